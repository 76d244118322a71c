package org.karvon.support;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.karvon.KarvonApplication;
import org.karvon.database.KarvonDatabase;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.web.reactive.function.client.WebClient;

/**
 * Another Karvon instance on the test's database (as after a restart, or a second node), with its own
 * context and port; extra arguments override its configuration.
 */
public final class SecondInstance implements AutoCloseable {

	private final ConfigurableApplicationContext context;

	private final WebClient client;

	private SecondInstance(ConfigurableApplicationContext context) {
		this.context = context;
		this.client = WebClient.create("http://localhost:" + ((WebServerApplicationContext) context).getWebServer().getPort());
	}

	public static SecondInstance start(KarvonDatabase database, String... extra) {
		return new SecondInstance(new SpringApplicationBuilder(KarvonApplication.class).run(arguments(database, extra)));
	}

	/** The arguments that point an instance at the test's database. */
	public static String[] arguments(KarvonDatabase database, String... extra) {
		var endpoint = database.endpoint();
		List<String> args = new ArrayList<>(List.of("--server.port=0",
				"--karvon.db.url=postgresql://" + endpoint.host() + ":" + endpoint.port() + "/" + endpoint.database(),
				"--karvon.db.user=" + endpoint.user(), "--karvon.db.throwaway=false", "--karvon.db.pool-size=4",
				"--karvon.admin-password=" + Api.ADMIN_PASSWORD));
		args.addAll(List.of(extra));
		return args.toArray(String[]::new);
	}

	public ConfigurableApplicationContext context() {
		return context;
	}

	public WebClient client() {
		return client;
	}

	/** {@code GET /api/verify?qr=…} here: the verdict. */
	public String verdictOf(String qr) {
		Map<?, ?> body = client.get().uri((uri) -> uri.path("/api/verify").queryParam("qr", "{qr}").build(qr))
			.retrieve().bodyToMono(Map.class).block(Duration.ofSeconds(30));
		return (String) body.get("verdict");
	}

	public String get(String path) {
		return client.get().uri(path).retrieve().bodyToMono(String.class).block(Duration.ofSeconds(30));
	}

	@Override
	public void close() {
		context.close();
	}

}
