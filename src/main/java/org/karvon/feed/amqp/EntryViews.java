package org.karvon.feed.amqp;

import java.util.UUID;

import org.karvon.feed.EntryKind;
import org.karvon.feed.OutboxEntry;
import org.karvon.feed.application.EntryRenderer;
import org.karvon.journal.persistence.Journals;
import org.karvon.journal.web.EventView;
import reactor.core.publisher.Mono;
import tools.jackson.databind.json.JsonMapper;

/**
 * Renders entries as the API shows them: a movement event exactly as {@code GET …/events} returns it
 * (the same view, the same JSON mapper); declarations and notices as frozen when they were written.
 */
final class EntryViews implements EntryRenderer {

	private final Journals journals;

	private final JsonMapper json;

	EntryViews(Journals journals, JsonMapper json) {
		this.journals = journals;
		this.json = json;
	}

	@Override
	public Mono<String> data(OutboxEntry entry) {
		if (entry.kind() == EntryKind.EVENT) {
			UUID id = UUID.fromString(entry.entryRef().orElseThrow());
			// never skip: a missing event would let its consignment's later entries overtake it
			return journals.event(id)
				.map((event) -> json.writeValueAsString(EventView.of(event, entry.logIndex().orElse(null), json)))
				.switchIfEmpty(Mono.error(() -> new IllegalStateException("outbox entry " + entry.id() + " names no stored event")));
		}
		return Mono.just(entry.frozenData()
			.orElseGet(() -> json.writeValueAsString(java.util.Map.of("number", entry.consignmentNumber()))));
	}

}
