package org.karvon.feed;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class OutboxEntryTests {

	private static final String NUMBER = "26UZ3QJ1S0VK8T2WA7";

	@Test
	void fansOutOneMessagePerMemberStateConcerned() {
		List<FeedMessage> messages = anEntry("ENTRY", List.of("KZ", "UZ")).fanOut("{}");

		assertThat(messages).extracting(FeedMessage::routingKey).containsExactly("KZ.ENTRY", "UZ.ENTRY");
		assertThat(messages).extracting(FeedMessage::type).containsOnly("org.karvon.ENTRY");
		assertThat(messages).extracting(FeedMessage::subject).containsOnly(NUMBER);
	}

	@Test
	void givesEachCountryItsOwnIdThatIsTheSameOnEveryRelay() {
		OutboxEntry entry = anEntry("REGISTERED", List.of("KZ", "UZ"));

		assertThat(entry.fanOut("{}")).extracting(FeedMessage::id)
			.containsExactly(NUMBER + "-4-KZ", NUMBER + "-4-UZ")
			.isEqualTo(entry.fanOut("{\"other\":true}").stream().map(FeedMessage::id).toList());
	}

	@Test
	void sendsNothingForAnEntryThatConcernsNoMemberState() {
		assertThat(anEntry("OVERDUE", List.of()).fanOut("{}")).isEmpty();
	}

	private static OutboxEntry anEntry(String type, List<String> audience) {
		return new OutboxEntry(17, NUMBER, 4, EntryKind.DECLARATION, type, Optional.of("1"), Optional.empty(), audience,
				Instant.parse("2026-12-02T01:00:00Z"), Optional.of("{}"), Optional.of("ab".repeat(32)), Optional.of(9L));
	}

}
