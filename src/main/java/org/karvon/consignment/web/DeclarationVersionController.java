package org.karvon.consignment.web;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.karvon.consignment.application.DeclarationHistory;
import org.karvon.kernel.Actor;
import reactor.core.publisher.Mono;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** A record's declaration history: each entry of its declaration chain, and every version as declared. */
@Tag(name = "Consignments")
@RestController
@RequestMapping("/api/consignments/{number}/versions")
class DeclarationVersionController {

	private final DeclarationHistory history;

	private final JsonMapper json;

	DeclarationVersionController(DeclarationHistory history, JsonMapper json) {
		this.history = history;
		this.json = json;
	}

	@GetMapping
	@Operation(operationId = "listVersions",
			summary = "The declaration chain: registration, amendments, cancellation, grants, oldest first",
			description = "Readable by whoever may read the record; logIndex is null until the entry is sequenced "
					+ "into the transparency log.")
	Mono<List<VersionEntryView>> versions(@AuthenticationPrincipal Actor actor, @PathVariable String number) {
		return history.entries(actor, number).map((entries) -> entries.stream().map(VersionEntryView::of).toList());
	}

	@GetMapping("/{version}")
	@Operation(operationId = "readVersion", summary = "The declaration of one version, as declared",
			description = "The record's declaration fields in the same shape, plus 'canonical', the exact text whose "
					+ "SHA-256 is declarationHash. 400 for a version that is not a whole number, 404 for an unknown one.")
	Mono<DeclarationView> version(@AuthenticationPrincipal Actor actor, @PathVariable String number,
			@PathVariable String version) {
		return history.version(actor, number, version).map((logged) -> DeclarationView.of(logged, json));
	}

}
