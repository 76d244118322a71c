package org.karvon.journal;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * A validated event an officer wants to record, before the transition rules decide on it.
 */
public record MovementEvent(UUID id, EventType type, Instant occurredAt, Optional<String> remarks,
		EventDetails details) {

	/** Remarks and type-specific fields as canonical JSON, e.g. {@code {"newSeals":["KZ1"],"sealStatus":"REPLACED"}}. */
	public String payload() {
		Map<String, Object> fields = new HashMap<>(this.details.fields());
		this.remarks.ifPresent((text) -> fields.put("remarks", text));
		return CanonicalJson.write(fields);
	}

}
