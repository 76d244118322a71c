package org.karvon.journal.application;

import org.karvon.journal.StoredEvent;

/** A recorded event, and whether this request stored it ({@code false}: an identical re-send). */
public record Recorded(StoredEvent event, boolean created) {
}
