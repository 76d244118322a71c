package org.karvon.feed.amqp;

import org.karvon.feed.FeedMessage;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * A feed message as a CloudEvents 1.0 structured-mode JSON document. Extension attributes: {@code seq}, the
 * entry's place in its consignment's feed, for consumers that want to check order; {@code entryhash}, the hash
 * of the chain entry (absent for notices), and {@code logindex}, its index in the transparency log when it was
 * sequenced before the relay sent it, so a national system can ask for its inclusion proof.
 */
final class CloudEventJson {

	private final JsonMapper json;

	CloudEventJson(JsonMapper json) {
		this.json = json;
	}

	byte[] write(FeedMessage message) {
		ObjectNode event = json.createObjectNode()
			.put("specversion", "1.0")
			.put("id", message.id())
			.put("source", FeedMessage.SOURCE)
			.put("type", message.type())
			.put("subject", message.subject())
			.put("time", message.time().toString())
			.put("datacontenttype", "application/json")
			.put("seq", message.seq());
		message.entryHash().ifPresent((hash) -> event.put("entryhash", hash));
		message.logIndex().ifPresent((index) -> event.put("logindex", index));
		event.set("data", json.readTree(message.data()));
		return json.writeValueAsBytes(event);
	}

}
