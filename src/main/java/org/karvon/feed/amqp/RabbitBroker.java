package org.karvon.feed.amqp;

import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import java.util.Date;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeoutException;

import com.rabbitmq.client.AMQP;
import com.rabbitmq.client.BuiltinExchangeType;
import com.rabbitmq.client.Channel;
import com.rabbitmq.client.Connection;
import com.rabbitmq.client.ConnectionFactory;
import org.karvon.feed.FeedMessage;
import org.karvon.feed.application.FeedBroker;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Scheduler;
import reactor.core.scheduler.Schedulers;

/**
 * RabbitMQ through the plain AMQP client, whose calls block: they all run on one dedicated thread
 * (never an event loop), which also keeps the one channel single-threaded as the client requires.
 * The channel is in confirm mode; a batch counts as published only when the broker confirmed all of
 * it. On any failure the connection is closed and opened anew on the next attempt (the client's own
 * automatic recovery is off: it would replay nothing we need and hide the outage from the relay).
 */
final class RabbitBroker implements FeedBroker, AutoCloseable {

	private static final Logger log = LoggerFactory.getLogger(RabbitBroker.class);

	private final ConnectionFactory factory = new ConnectionFactory();

	private final Duration confirmTimeout;

	private final ExecutorService thread = Executors.newSingleThreadExecutor((task) -> {
		Thread t = new Thread(task, "karvon-feed-broker");
		t.setDaemon(true);
		return t;
	});

	private final Scheduler scheduler = Schedulers.fromExecutorService(thread, "karvon-feed-broker");

	private final CloudEventJson cloudEvents;

	private Connection connection;

	private Channel channel;

	private boolean down;

	RabbitBroker(URI url, Duration confirmTimeout, CloudEventJson cloudEvents) {
		try {
			factory.setUri(url);
		}
		catch (Exception ex) {
			throw new IllegalArgumentException("KARVON_BROKER_URL is not an amqp:// URL: " + ex.getMessage(), ex);
		}
		factory.setAutomaticRecoveryEnabled(false);
		factory.setConnectionTimeout(2000);
		factory.setHandshakeTimeout(5000);
		factory.setRequestedHeartbeat(15);
		this.confirmTimeout = confirmTimeout;
		this.cloudEvents = cloudEvents;
	}

	@Override
	public Mono<Boolean> connect() {
		return Mono.fromCallable(() -> {
			try {
				open();
				return true;
			}
			catch (IOException | TimeoutException | RuntimeException ex) {
				broken(ex);
				return false;
			}
		}).subscribeOn(scheduler);
	}

	@Override
	public Mono<Void> publish(List<FeedMessage> messages) {
		return Mono.<Void>fromCallable(() -> {
			try {
				open();
				for (FeedMessage message : messages) {
					channel.basicPublish(FeedMessage.EXCHANGE, message.routingKey(), false, properties(message),
							cloudEvents.write(message));
				}
				channel.waitForConfirmsOrDie(confirmTimeout.toMillis());
				return null;
			}
			catch (IOException | TimeoutException | InterruptedException | RuntimeException ex) {
				broken(ex);
				throw ex;
			}
		}).subscribeOn(scheduler);
	}

	private static AMQP.BasicProperties properties(FeedMessage message) {
		return new AMQP.BasicProperties.Builder().contentType(FeedMessage.CONTENT_TYPE)
			.deliveryMode(2)
			.messageId(message.id())
			.timestamp(Date.from(message.time()))
			.type(message.type())
			.build();
	}

	private void open() throws IOException, TimeoutException {
		if (channel != null && channel.isOpen()) {
			return;
		}
		closeQuietly();
		connection = factory.newConnection("karvon-feed");
		channel = connection.createChannel();
		channel.confirmSelect();
		channel.exchangeDeclare(FeedMessage.EXCHANGE, BuiltinExchangeType.TOPIC, true);
		if (down) {
			log.info("Feed relay: connected to the broker again");
		}
		down = false;
	}

	private void broken(Exception ex) {
		if (!down) {
			log.warn("Feed relay: broker unavailable, entries wait in the outbox: {}", ex.toString());
		}
		down = true;
		closeQuietly();
	}

	private void closeQuietly() {
		try {
			if (connection != null) {
				connection.abort(1000);
			}
		}
		finally {
			connection = null;
			channel = null;
		}
	}

	@Override
	public void close() {
		Mono.fromRunnable(this::closeQuietly).subscribeOn(scheduler).timeout(Duration.ofSeconds(3)).onErrorComplete().block();
		scheduler.dispose();
	}

}
