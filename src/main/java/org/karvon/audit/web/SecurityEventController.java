package org.karvon.audit.web;

import java.time.Instant;
import java.util.List;

import org.karvon.audit.SecurityEvent;
import org.karvon.audit.persistence.SecurityEventLog;
import reactor.core.publisher.Mono;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ServerWebInputException;

/** The security event log, newest first. {@code ADMIN} only (the filter chain guards /api/admin/**). */
@Tag(name = "Administration")
@RestController
class SecurityEventController {

	private final SecurityEventLog log;

	SecurityEventController(SecurityEventLog log) {
		this.log = log;
	}

	@Operation(operationId = "listSecurityEvents",
			summary = "A page of security events, newest first",
			description = "ADMIN. Failed and throttled logins, 401 and 403 answers, jurisdiction refusals, scan grants, "
					+ "account changes and key rotations.")
	@GetMapping("/api/admin/security-events")
	Mono<EventPage> events(@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int size) {
		if (page < 0 || page > 100_000 || size < 1 || size > 200) {
			return Mono.error(new ServerWebInputException("page must be 0 to 100000 and size 1 to 200"));
		}
		return Mono.zip(log.page(page, size).map(EventView::of).collectList(), log.count())
			.map((found) -> new EventPage(found.getT1(), page, size, found.getT2()));
	}

	record EventPage(List<EventView> items, int page, int size, long total) {
	}

	record EventView(Instant at, String kind, String username, String address, String detail) {

		static EventView of(SecurityEvent event) {
			return new EventView(event.at(), event.kind(), event.username(), event.address(), event.detail());
		}

	}

}
