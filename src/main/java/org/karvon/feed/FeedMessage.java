package org.karvon.feed;

import java.time.Instant;
import java.util.Optional;

/**
 * One message of the feed, for one member state: the CloudEvents attributes and the routing key.
 * {@code id} is unique per entry and country ({@code <number>-<seq>-<country>}); {@code data} is JSON text;
 * {@code entryHash} and {@code logIndex} tie the message to the hash chain and the transparency log.
 */
public record FeedMessage(String id, String routingKey, String type, String subject, long seq, Instant time,
		String data, Optional<String> entryHash, Optional<Long> logIndex) {

	public static final String EXCHANGE = "karvon.events";

	public static final String SOURCE = "karvon";

	public static final String CONTENT_TYPE = "application/cloudevents+json";

}
