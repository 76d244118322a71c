package org.karvon.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.models.examples.Example;

/**
 * The {@code code} values each route's problems can carry, by route and status, as the services raise
 * them ({@code Lifecycle}, {@code TransitionRules}, {@code JurisdictionRule}, {@code AccessPolicy},
 * {@code JournalService}, {@code ScanService}, {@code Accounts} …). {@link ProblemResponses} lists them
 * in the response's description and gives one example problem per code.
 */
final class ProblemCodes {

	/** Why a movement event is refused: the lifecycle, the route, and whose jurisdiction it is. */
	private static final List<String> EVENT_REFUSALS = List.of("NOT_DEPARTED", "NOT_REGISTERED", "HELD", "ALREADY_HELD",
			"NOT_HELD", "ALREADY_ARRIVED", "NOT_ARRIVED", "CONSIGNMENT_CLOSED", "BEFORE_REGISTRATION", "NOT_OVERDUE",
			"NOT_AT_TRANSFER_POINT", "DEPARTURE_NOT_AT_DEPARTURE_POST", "COMPLETION_NOT_AT_DESTINATION",
			"NOT_AN_OFFICER_HERE", "ENTRY_FIRST", "HOLD_OF_ANOTHER_STATE", "NOT_DEPARTURE_OR_DESTINATION_STATE",
			"CARGO_NOT_HERE", "EVENT_ID_REUSED");

	private static final Map<String, Map<String, List<String>>> CODES = Map.of(
			"POST /api/auth/token", Map.of("400", List.of("VALIDATION_FAILED"), "429", List.of("LOGIN_THROTTLED", "LOGIN_BUSY")),
			"POST /api/consignments", Map.of("400", List.of("VALIDATION_FAILED")),
			"PUT /api/consignments/{number}", Map.of("400", List.of("VALIDATION_FAILED"), "409", List.of("NOT_REGISTERED")),
			"POST /api/consignments/{number}/cancel", Map.of("409", List.of("NOT_REGISTERED")),
			"POST /api/consignments/{number}/events", Map.of("400", List.of("VALIDATION_FAILED"), "409", EVENT_REFUSALS),
			"POST /api/scans", Map.of("400", List.of("VALIDATION_FAILED"), "409", List.of("SCAN_GRANT_LIMIT"), "413",
					List.of("IMAGE_TOO_LARGE"), "422", List.of("NO_QR_CODE", "NOT_AN_IMAGE"), "503", List.of("DECODER_BUSY")),
			"POST /api/admin/organizations", Map.of("400", List.of("VALIDATION_FAILED"), "409", List.of("ORGANIZATION_EXISTS")),
			"POST /api/admin/users", Map.of("400", List.of("VALIDATION_FAILED"), "409", List.of("USERNAME_TAKEN")),
			"POST /api/admin/users/{id}/disable", Map.of("409", List.of("CANNOT_DISABLE_SELF")),
			"GET /api/posts/{code}/expected/stream", Map.of("429", List.of("TOO_MANY_STREAMS")));

	/** The problem's title: by status, or by code where one status has several. */
	private static final Map<String, String> TITLES = Map.of("400", "Invalid request", "409", "Conflict", "413",
			"Image too large", "422", "Unprocessable content", "LOGIN_THROTTLED", "Too many failed logins", "LOGIN_BUSY",
			"Too many logins at once", "TOO_MANY_STREAMS", "Too many streams", "DECODER_BUSY", "Busy");

	private ProblemCodes() {
	}

	/** The codes of this route's problems with this status; empty when they carry none. */
	static List<String> of(String route, String status) {
		return CODES.getOrDefault(route, Map.of()).getOrDefault(status, List.of());
	}

	/** The statuses at which this route answers with coded problems. */
	static Iterable<String> statuses(String route) {
		return CODES.getOrDefault(route, Map.of()).keySet();
	}

	/** One example problem per code, named by the code. */
	static Map<String, Example> examples(String path, String status, List<String> codes) {
		Map<String, Example> examples = new LinkedHashMap<>();
		for (String code : codes) {
			Map<String, Object> problem = new LinkedHashMap<>();
			problem.put("type", "about:blank");
			problem.put("title", TITLES.getOrDefault(code, TITLES.get(status)));
			problem.put("status", Integer.parseInt(status));
			problem.put("detail", "…");
			problem.put("instance", path);
			problem.put("code", code);
			examples.put(code, new Example().value(problem));
		}
		return examples;
	}

}
