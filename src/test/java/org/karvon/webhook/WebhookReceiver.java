package org.karvon.webhook;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * A carrier's system in the test: an HTTP server on localhost that checks every request's Standard
 * Webhooks signature with its own HMAC (not Karvon's code) and answers 500 to the first
 * {@code failuresPerMessage} attempts of each message, then 204.
 */
final class WebhookReceiver implements AutoCloseable {

	record Received(String id, String timestamp, String body, boolean signatureValid, int answeredWith) {
	}

	private final HttpServer server;

	private final List<Received> received = new CopyOnWriteArrayList<>();

	private final Map<String, AtomicInteger> attempts = new ConcurrentHashMap<>();

	private volatile String secret;

	private volatile int failuresPerMessage;

	WebhookReceiver() throws IOException {
		server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
		server.createContext("/hook", this::handle);
		server.start();
	}

	String url() {
		return "http://127.0.0.1:" + server.getAddress().getPort() + "/hook";
	}

	void expect(String secret, int failuresPerMessage) {
		this.secret = secret;
		this.failuresPerMessage = failuresPerMessage;
	}

	List<Received> received() {
		return List.copyOf(received);
	}

	private void handle(HttpExchange exchange) throws IOException {
		String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
		String id = exchange.getRequestHeaders().getFirst("webhook-id");
		String timestamp = exchange.getRequestHeaders().getFirst("webhook-timestamp");
		String signature = exchange.getRequestHeaders().getFirst("webhook-signature");
		boolean valid = signature != null && signature.equals(expectedSignature(id + "." + timestamp + "." + body));
		int attempt = attempts.computeIfAbsent(String.valueOf(id), (key) -> new AtomicInteger()).incrementAndGet();
		int status = attempt <= failuresPerMessage ? 500 : 204;
		received.add(new Received(id, timestamp, body, valid, status));
		exchange.sendResponseHeaders(status, -1);
		exchange.close();
	}

	private String expectedSignature(String content) {
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(new SecretKeySpec(Base64.getDecoder().decode(secret.substring("whsec_".length())), "HmacSHA256"));
			return "v1," + Base64.getEncoder().encodeToString(mac.doFinal(content.getBytes(StandardCharsets.UTF_8)));
		}
		catch (Exception ex) {
			return "cannot compute: " + ex;
		}
	}

	@Override
	public void close() {
		server.stop(0);
	}

}
