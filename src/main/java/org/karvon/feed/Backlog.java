package org.karvon.feed;

import java.time.Duration;

/** What waits in the outbox: how many entries, and how long the oldest has waited. */
public record Backlog(long entries, Duration lag) {

	public static final Backlog EMPTY = new Backlog(0, Duration.ZERO);

}
