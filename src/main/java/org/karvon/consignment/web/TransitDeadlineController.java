package org.karvon.consignment.web;

import org.karvon.consignment.application.TransitDeadlines;
import reactor.core.publisher.Mono;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** What deadline Karvon's rule would set for a route, so a registration form can propose it. */
@Tag(name = "Consignments")
@RestController
class TransitDeadlineController {

	private final TransitDeadlines deadlines;

	TransitDeadlineController(TransitDeadlines deadlines) {
		this.deadlines = deadlines;
	}

	/** {@code itinerary} is comma-separated country codes, e.g. {@code UZ,KZ}. */
	@Operation(operationId = "proposeTransitDeadline",
			summary = "The transit deadline the rule would set now for this route",
			description = "Any role.")
	@GetMapping("/api/transit-deadline")
	Mono<TransitDeadlines.Proposal> propose(@RequestParam(required = false) String departurePost,
			@RequestParam(required = false) String destinationPost, @RequestParam(required = false) String itinerary) {
		return deadlines.propose(departurePost, destinationPost, itinerary);
	}

}
