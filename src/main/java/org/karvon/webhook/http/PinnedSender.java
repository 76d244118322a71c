package org.karvon.webhook.http;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.UnknownHostException;
import java.util.Map;

import io.netty.channel.ChannelOption;
import org.karvon.webhook.Admission;
import org.karvon.webhook.AttemptResult;
import org.karvon.webhook.WebhookTarget;
import org.karvon.webhook.application.TargetResolver;
import org.karvon.webhook.application.WebhookProperties;
import org.karvon.webhook.application.WebhookSender;
import reactor.core.publisher.Mono;
import reactor.netty.http.client.HttpClient;
import reactor.netty.resources.ConnectionProvider;

import org.springframework.stereotype.Component;

/**
 * POSTs a delivery with reactor-netty, guarded against server-side request forgery: the host is
 * resolved and every address judged ({@link Admission}) just before the attempt, and the connection
 * goes to the address that was judged (the request carries a relative target, so reactor-netty does
 * not resolve the name again; TLS still verifies the certificate for the host name). Redirects are
 * never followed — a 3xx is a failed attempt — and the answer's body is never read: only its status.
 */
@Component
class PinnedSender implements WebhookSender {

	private final TargetResolver resolver;

	private final WebhookProperties properties;

	private final HttpClient client;

	PinnedSender(TargetResolver resolver, WebhookProperties properties) {
		this.resolver = resolver;
		this.properties = properties;
		this.client = HttpClient.create(ConnectionProvider.newConnection())
			.followRedirect(false)
			.option(ChannelOption.CONNECT_TIMEOUT_MILLIS, (int) properties.connectTimeout().toMillis())
			.responseTimeout(properties.responseTimeout());
	}

	@Override
	public Mono<AttemptResult> post(WebhookTarget target, Map<String, String> headers, String body) {
		return resolver.resolve(target.host())
			.map((addresses) -> Admission.judge(target.host(), addresses, properties.allowPrivate()))
			.flatMap((admission) -> attempt(target, admission, headers, body))
			.timeout(properties.connectTimeout().plus(properties.responseTimeout()))
			.onErrorResume((ex) -> Mono.just(AttemptResult.failed(ex.getClass().getSimpleName() + ": " + ex.getMessage())));
	}

	private Mono<AttemptResult> attempt(WebhookTarget target, Admission admission, Map<String, String> headers,
			String body) {
		if (admission instanceof Admission.Pinned pinned) {
			return send(target, pinned.address(), headers, body);
		}
		return Mono.just(AttemptResult.failed(admission instanceof Admission.Refused refused ? "refused: " + refused.reason()
				: "unknown host " + target.host()));
	}

	private Mono<AttemptResult> send(WebhookTarget target, InetAddress address, Map<String, String> headers, String body) {
		InetSocketAddress pinned = new InetSocketAddress(named(target.host(), address), target.port());
		HttpClient configured = target.secure() ? client.secure() : client.noSSL();
		return configured.remoteAddress(() -> pinned)
			.headers((h) -> {
				headers.forEach(h::set);
				h.set("content-type", "application/json");
				h.set("user-agent", "Karvon-Webhooks/1");
			})
			.post()
			.uri(target.pathAndQuery())
			.send(reactor.netty.ByteBufFlux.fromString(Mono.just(body)))
			.responseConnection((response, connection) -> {
				int code = response.status().code();
				connection.dispose();
				return Mono.just(AttemptResult.answered(code));
			})
			.next();
	}

	/** The judged address, carrying the host name for SNI, certificate checks and the Host header. */
	private static InetAddress named(String host, InetAddress address) {
		try {
			return InetAddress.getByAddress(host, address.getAddress());
		}
		catch (UnknownHostException ex) {
			throw new IllegalStateException("an address of 4 or 16 bytes is always accepted", ex);
		}
	}

}
