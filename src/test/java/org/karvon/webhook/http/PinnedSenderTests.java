package org.karvon.webhook.http;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.karvon.webhook.AttemptResult;
import org.karvon.webhook.WebhookTarget;
import org.karvon.webhook.application.TargetResolver;
import org.karvon.webhook.application.WebhookProperties;
import reactor.core.publisher.Mono;

import static org.assertj.core.api.Assertions.assertThat;

/** The sender against a local server, with a resolver the test controls (as DNS would be by an attacker). */
class PinnedSenderTests {

	private HttpServer server;

	private final List<String> hosts = new CopyOnWriteArrayList<>();

	@BeforeEach
	void startServer() throws Exception {
		server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
		server.createContext("/hook", (exchange) -> {
			hosts.add(exchange.getRequestHeaders().getFirst("Host"));
			exchange.sendResponseHeaders(204, -1);
			exchange.close();
		});
		server.createContext("/moved", (exchange) -> {
			exchange.getResponseHeaders().add("Location", "http://169.254.169.254/latest/meta-data/");
			exchange.sendResponseHeaders(302, -1);
			exchange.close();
		});
		server.start();
	}

	@AfterEach
	void stopServer() {
		server.stop(0);
	}

	@Test
	void refusesANameThatResolvesToAPrivateAddressAtDeliveryTime() {
		AttemptResult result = post(sender(false, "127.0.0.1"), "https://hooks.example.com/hook");
		assertThat(result.succeeded()).isFalse();
		assertThat(result.error()).hasValueSatisfying((error) -> assertThat(error).contains("loopback"));
		assertThat(hosts).isEmpty();
	}

	@Test
	void refusesANameWithOnePublicAndOnePrivateAddress() {
		AttemptResult result = post(sender(false, "93.184.216.34", "10.1.2.3"), "https://hooks.example.com/hook");
		assertThat(result.error()).hasValueSatisfying((error) -> assertThat(error).contains("10.1.2.3", "private"));
	}

	@Test
	void connectsToTheJudgedAddressAndSendsTheNameAsHost() {
		AttemptResult result = post(sender(true, "127.0.0.1"), "http://hooks.invalid:" + port() + "/hook");
		assertThat(result.succeeded()).isTrue();
		assertThat(result.responseCode()).contains(204);
		assertThat(hosts).containsExactly("hooks.invalid:" + port());
	}

	@Test
	void doesNotFollowRedirects() {
		AttemptResult result = post(sender(true, "127.0.0.1"), "http://hooks.invalid:" + port() + "/moved");
		assertThat(result.succeeded()).isFalse();
		assertThat(result.responseCode()).contains(302);
	}

	@Test
	void failsAnUnknownHostWithoutAnException() {
		AttemptResult result = post(sender(true), "http://nowhere.invalid/hook");
		assertThat(result.error()).hasValueSatisfying((error) -> assertThat(error).contains("unknown host"));
	}

	private int port() {
		return server.getAddress().getPort();
	}

	private static AttemptResult post(PinnedSender sender, String url) {
		return sender.post(WebhookTarget.parse(url, true), Map.of("webhook-id", "msg_1"), "{}").block(Duration.ofSeconds(20));
	}

	private static PinnedSender sender(boolean allowPrivate, String... addresses) {
		TargetResolver resolver = (host) -> Mono.fromCallable(() -> {
			List<InetAddress> resolved = new java.util.ArrayList<>();
			for (String address : addresses) {
				resolved.add(InetAddress.getByName(address));
			}
			return resolved;
		});
		return new PinnedSender(resolver, new WebhookProperties(allowPrivate, 10, Duration.ofSeconds(1), 20,
				Duration.ofSeconds(60), Duration.ofSeconds(2), Duration.ofSeconds(5), Duration.ofMillis(100),
				Duration.ofSeconds(1), Duration.ofSeconds(10), 3));
	}

}
