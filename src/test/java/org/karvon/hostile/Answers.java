package org.karvon.hostile;

import java.util.List;
import java.util.Locale;

import org.karvon.hostile.RunningKarvon.Answer;

import org.springframework.http.MediaType;

import static org.assertj.core.api.Assertions.assertThat;

/** What every answer to a hostile request must look like: no 5xx, no hang, a clean problem. */
final class Answers {

	/** Text that would tell an attacker about our code, runtime or database. */
	static final List<String> LEAKS = List.of("org.karvon", "java.", "Exception", "\tat ", "springframework", "reactor.",
			"io.netty", "r2dbc", "select ", "insert into", "update consignment", "movement_event", "sqlstate",
			"syntax error at");

	private Answers() {
	}

	static void assertClean(Answer answer) {
		assertThat(answer.status()).as("%s answered %s: %s", answer.attack(), answer.status(), answer.body())
			.isBetween(100, 499);
		if (answer.status() < 400) {
			return;
		}
		if (answer.status() == 404 && answer.body().isEmpty() && answer.attack().path().startsWith("/actuator/health/")) {
			return; // KNOWN, not fixed yet: Actuator answers an unknown health group with an empty 404 of its own
		}
		if (answer.attack().method().equals("HEAD")) {
			return; // no body, so nothing to type or to leak
		}
		assertThat(answer.type()).as("%s: content type of a %s", answer.attack(), answer.status())
			.matches((type) -> type != null && MediaType.APPLICATION_PROBLEM_JSON.isCompatibleWith(type));
		String lower = answer.body().toLowerCase(Locale.ROOT);
		for (String leak : LEAKS) {
			assertThat(lower).as("%s leaks %s", answer.attack(), leak).doesNotContain(leak.toLowerCase(Locale.ROOT));
		}
		assertThat(answer.body()).as("%s", answer.attack()).contains("\"status\":" + answer.status());
	}

}
