package org.karvon.feed;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeoutException;
import java.util.function.Predicate;

import com.rabbitmq.client.BuiltinExchangeType;
import com.rabbitmq.client.Channel;
import com.rabbitmq.client.Connection;
import com.rabbitmq.client.ConnectionFactory;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * What a national system runs, with the plain AMQP client: a queue of its own bound to
 * {@code karvon.events} for its country ({@code KZ.#}), de-duplicating by CloudEvent id. Here the
 * queue is exclusive and uniquely named so tests never share one; a real system declares a durable
 * quorum queue (see README).
 */
public final class FeedConsumer implements AutoCloseable {

	private static final JsonMapper json = JsonMapper.builder().build();

	private final Connection connection;

	private final List<Map<String, Object>> received = new CopyOnWriteArrayList<>();

	private FeedConsumer(Connection connection) {
		this.connection = connection;
	}

	/** Consumes everything routed with {@code bindingKey}, e.g. {@code KZ.#}, from now on. */
	public static FeedConsumer bound(String amqpUrl, String bindingKey) throws Exception {
		String queue = "karvon-test-" + bindingKey.replace("#", "all") + "-" + UUID.randomUUID();
		return consume(amqpUrl, queue, false, bindingKey);
	}

	/** Consumes from a durable queue that outlives this consumer and a broker restart, as a national system's does. */
	public static FeedConsumer durable(String amqpUrl, String queue, String bindingKey) throws Exception {
		return consume(amqpUrl, queue, true, bindingKey);
	}

	private static FeedConsumer consume(String amqpUrl, String queue, boolean durable, String bindingKey)
			throws Exception {
		ConnectionFactory factory = new ConnectionFactory();
		factory.setUri(amqpUrl);
		FeedConsumer consumer = new FeedConsumer(factory.newConnection("karvon-test-consumer"));
		Channel channel = consumer.connection.createChannel();
		channel.exchangeDeclare("karvon.events", BuiltinExchangeType.TOPIC, true);
		channel.queueDeclare(queue, durable, !durable, !durable, null);
		channel.queueBind(queue, "karvon.events", bindingKey);
		channel.basicConsume(queue, false, (tag, delivery) -> {
			Map<String, Object> event = json.readValue(new String(delivery.getBody(), StandardCharsets.UTF_8),
					new TypeReference<LinkedHashMap<String, Object>>() {
					});
			event.put("_routingKey", delivery.getEnvelope().getRoutingKey());
			event.put("_contentType", delivery.getProperties().getContentType());
			event.put("_deliveryMode", delivery.getProperties().getDeliveryMode());
			consumer.received.add(event);
			channel.basicAck(delivery.getEnvelope().getDeliveryTag(), false);
		}, (tag) -> {
		});
		return consumer;
	}

	/** Every message received about the consignment, duplicates included, in arrival order. */
	public List<Map<String, Object>> about(String number) {
		return received.stream().filter((event) -> number.equals(event.get("subject"))).toList();
	}

	/** The messages about the consignment after de-duplication by id: first delivery wins. */
	public List<Map<String, Object>> distinctAbout(String number) {
		Map<Object, Map<String, Object>> byId = new LinkedHashMap<>();
		about(number).forEach((event) -> byId.putIfAbsent(event.get("id"), event));
		return new ArrayList<>(byId.values());
	}

	public List<Map<String, Object>> all() {
		return List.copyOf(received);
	}

	/** Waits until the condition holds on what was received; fails after {@code timeout}. */
	public void await(Duration timeout, Predicate<FeedConsumer> condition) throws InterruptedException {
		long deadline = System.nanoTime() + timeout.toNanos();
		while (!condition.test(this)) {
			if (System.nanoTime() > deadline) {
				throw new AssertionError("feed did not deliver within " + timeout + "; received " + received.size());
			}
			Thread.sleep(100);
		}
	}

	@Override
	public void close() throws IOException, TimeoutException {
		connection.close();
	}

}
