package org.karvon.webhook;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.karvon.kernel.FieldError;
import org.karvon.kernel.Validated;

import static org.assertj.core.api.Assertions.assertThat;

class EndpointDraftTests {

	@Test
	void acceptsAnHttpsUrlAndKnownEventsWithoutDuplicates() {
		EndpointDraft draft = EndpointDraft
			.parse("https://hooks.example.com/karvon?x=1", List.of("consignment.departed", "consignment.event",
					"consignment.departed"), false)
			.orElseThrow();
		assertThat(draft.eventNames()).containsExactly("consignment.departed", "consignment.event");
		assertThat(draft.target().port()).isEqualTo(443);
		assertThat(draft.target().pathAndQuery()).isEqualTo("/karvon?x=1");
	}

	@ParameterizedTest
	@ValueSource(strings = { "http://hooks.example.com/", "ftp://hooks.example.com/", "https://user:pw@hooks.example.com/",
			"https://hooks.example.com/#frag", "hooks.example.com/path", "https:///path", "https://localhost/",
			"https://a.localhost/", "not a url" })
	void refusesUrlsThatAreNotPlainHttpsToAHost(String url) {
		assertThat(fields(EndpointDraft.parse(url, List.of("consignment.event"), false))).containsExactly("url");
	}

	@Test
	void acceptsPlainHttpToLoopbackWhenPrivateTargetsAreAllowed() {
		assertThat(EndpointDraft.parse("http://127.0.0.1:8080/", List.of("consignment.event"), true))
			.isInstanceOf(Validated.Valid.class);
	}

	@Test
	void namesEveryUnknownEventType() {
		assertThat(fields(EndpointDraft.parse("https://hooks.example.com/", List.of("consignment.event", "order.paid"), false)))
			.containsExactly("events[1]");
		assertThat(fields(EndpointDraft.parse("https://hooks.example.com/", List.of(), false))).containsExactly("events");
	}

	private static List<String> fields(Validated<EndpointDraft> result) {
		return result.errors().stream().map(FieldError::field).toList();
	}

}
