package org.karvon.feed.amqp;

import org.karvon.feed.FeedMessage;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * A feed message as a CloudEvents 1.0 structured-mode JSON document. {@code seq} is an extension
 * attribute: the entry's place in its consignment's feed, for consumers that want to check order.
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
		event.set("data", json.readTree(message.data()));
		return json.writeValueAsBytes(event);
	}

}
