package org.karvon.feed.application;

import org.karvon.feed.OutboxEntry;
import reactor.core.publisher.Mono;

/** Renders an entry's CloudEvent {@code data} (JSON text) when it is relayed. */
public interface EntryRenderer {

	Mono<String> data(OutboxEntry entry);

}
