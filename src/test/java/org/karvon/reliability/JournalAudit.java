package org.karvon.reliability;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.karvon.support.Api;

import org.springframework.core.ParameterizedTypeReference;

import static org.assertj.core.api.Assertions.assertThat;

/** Reads journals back and checks what a lost or duplicated update would break. */
final class JournalAudit {

	private static final int PAGE = 100;

	private final Api api;

	private final String reader;

	JournalAudit(Api api, String reader) {
		this.api = api;
		this.reader = reader;
	}

	/** The event ids of the journal, in seq order. */
	List<String> ids(String number) {
		return events(number).stream().map((event) -> (String) event.get("id")).toList();
	}

	/**
	 * Asserts the journal is one linear chain (seq 1..n, each event linked to the one before, no id
	 * twice) that verifies, and returns its ids.
	 */
	Set<String> assertLinearAndValid(String number) {
		List<Map<String, Object>> events = events(number);
		Set<String> ids = new HashSet<>();
		for (int i = 0; i < events.size(); i++) {
			Map<String, Object> event = events.get(i);
			assertThat(((Number) event.get("seq")).intValue()).as("seq of event %d of %s", i, number).isEqualTo(i + 1);
			if (i > 0) {
				assertThat(event.get("prevHash")).as("link of seq %d of %s", i + 1, number)
					.isEqualTo(events.get(i - 1).get("hash"));
			}
			assertThat(ids.add((String) event.get("id"))).as("id %s once in %s", event.get("id"), number).isTrue();
		}
		api.get(reader, "/api/consignments/{n}/integrity", number)
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.valid")
			.isEqualTo(true)
			.jsonPath("$.events")
			.isEqualTo(events.size());
		return ids;
	}

	/**
	 * After a crash: every acknowledged event is in its journal; re-sending each unacknowledged one
	 * (same id, same content) answers 200 when it had committed and 201 when it had not; afterwards
	 * every event sent is in its journal exactly once and every journal is still one valid chain.
	 */
	CrashOutcome assertRecovered(List<String> numbers, EventLoad load) {
		Set<String> committed = new HashSet<>();
		numbers.forEach((number) -> committed.addAll(assertLinearAndValid(number)));
		List<EventLoad.Sent> sent = load.sent();
		List<EventLoad.Sent> unacknowledged = sent.stream().filter((event) -> !event.acknowledged()).toList();
		sent.stream()
			.filter(EventLoad.Sent::acknowledged)
			.forEach((event) -> assertThat(committed).as("acknowledged %s", event.id()).contains(event.id()));
		int committedUnacknowledged = 0;
		for (EventLoad.Sent event : unacknowledged) {
			boolean wasCommitted = committed.contains(event.id());
			committedUnacknowledged += wasCommitted ? 1 : 0;
			assertThat(load.resend(event).status()).as("re-sent %s", event.id()).isEqualTo(wasCommitted ? 200 : 201);
		}
		Set<String> journals = new HashSet<>();
		numbers.forEach((number) -> journals.addAll(assertLinearAndValid(number)));
		assertThat(journals).hasSize(numbers.size() + sent.size())
			.containsAll(sent.stream().map(EventLoad.Sent::id).toList());
		return new CrashOutcome(sent.size() - unacknowledged.size(), unacknowledged.size(), committedUnacknowledged);
	}

	/** Events acknowledged before the crash, events without an answer, and how many of those had committed. */
	record CrashOutcome(int acknowledged, int unacknowledged, int committedUnacknowledged) {
	}

	/** The whole journal, read in pages small enough for the client's 256 KiB buffer. */
	private List<Map<String, Object>> events(String number) {
		List<Map<String, Object>> events = new ArrayList<>();
		List<Map<String, Object>> page;
		do {
			page = api.get(reader, "/api/consignments/{n}/events?fromSeq={from}&limit={limit}", number,
					events.size() + 1, PAGE)
				.expectStatus()
				.isOk()
				.expectBody(new ParameterizedTypeReference<List<Map<String, Object>>>() {
				})
				.returnResult()
				.getResponseBody();
			events.addAll(page);
		}
		while (page.size() == PAGE);
		return events;
	}

}
