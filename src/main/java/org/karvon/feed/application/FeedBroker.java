package org.karvon.feed.application;

import java.util.List;

import org.karvon.feed.FeedMessage;
import reactor.core.publisher.Mono;

/** Where the feed goes. Implementations must not block the caller's thread. */
public interface FeedBroker {

	/** Connects if not connected; false (not an error) while the broker cannot be reached. */
	Mono<Boolean> connect();

	/** Publishes in order; completes only when the broker confirmed every message, errors otherwise. */
	Mono<Void> publish(List<FeedMessage> messages);

}
