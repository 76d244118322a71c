package org.karvon.webapp;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.karvon.signing.ContainerListPages;
import org.karvon.signing.Fixtures;
import org.karvon.signing.KeyRing;
import org.karvon.signing.QrClaims;
import org.karvon.signing.QrTokenSigner;
import org.karvon.signing.SigningKeys;

/**
 * The officer's device checks a block train's list pages offline (static/js/token/listpages.js)
 * against the digest of the verified KV1 code, with the same answers as the server's
 * {@link ContainerListPages#verify}.
 */
class ListPagesBrowserTests {

	private static final Path STATIC = Path.of("src/main/resources/static");

	private static final KeyRing RING = KeyRing.of(SigningKeys.generate("k-2026-12-0001"));

	private static final QrClaims TRAIN = Fixtures.blockTrain();

	private static final List<String> PAGES = ContainerListPages.pages(TRAIN.number(), 1, TRAIN.containers());

	private static HttpServer server;

	private static Browser browser;

	@BeforeAll
	static void serveTheStaticFolderAndOpenChromium() throws IOException {
		server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
		server.createContext("/", (exchange) -> {
			String path = exchange.getRequestURI().getPath();
			Path file = STATIC.resolve(path.equals("/") ? "index.html" : path.substring(1)).normalize();
			byte[] body = file.startsWith(STATIC) && Files.isRegularFile(file) ? Files.readAllBytes(file) : new byte[0];
			exchange.getResponseHeaders().add("Content-Type", path.endsWith(".js") ? "text/javascript" : "text/html");
			exchange.sendResponseHeaders(body.length > 0 ? 200 : 404, body.length > 0 ? body.length : -1);
			exchange.getResponseBody().write(body);
			exchange.close();
		});
		server.start();
		browser = Browser.open(server.getAddress().getPort(), "en-US");
		browser.driver().get("http://localhost:" + server.getAddress().getPort() + "/");
		browser.driver().manage().timeouts().scriptTimeout(Duration.ofSeconds(60));
	}

	@AfterAll
	static void close() {
		browser.close();
		server.stop(0);
	}

	@Test
	void judgesPagesOfflineLikeTheServer() {
		String token = new QrTokenSigner(RING).sign(TRAIN);
		List<String> reversed = new ArrayList<>(PAGES);
		java.util.Collections.reverse(reversed);
		List<String> tampered = new ArrayList<>(PAGES);
		tampered.set(2, PAGES.get(2).replace("KZCU3054420", "KZCU3054999"));
		String otherVersion = ContainerListPages.pages(TRAIN.number(), 2, TRAIN.containers()).get(0);

		List<?> verdicts = (List<?>) browser.driver().executeAsyncScript("""
				const [token, jwks, sets, done] = arguments;
				Promise.all([import('/js/token/cose.js'), import('/js/token/listpages.js')]).then(async ([cose, pages]) => {
				  const { claims } = await cose.verifyCoseToken(token, JSON.parse(jwks));
				  const verdicts = [];
				  for (const codes of sets) {
				    const checked = await pages.checkPages(claims, codes);
				    verdicts.push(checked.verdict + ':' + checked.missing.join(','));
				  }
				  done(verdicts);
				}).catch((e) => done(String(e)));
				""", token, RING.publicJwks(), List.of(reversed, List.of(PAGES.get(0), PAGES.get(4)), tampered,
				List.of(otherVersion), List.of("KVL1:nonsense")));

		assertThat(verdicts).isEqualTo(List.of("COMPLETE:", "INCOMPLETE:2,3,4", "TAMPERED:", "OTHER_CONSIGNMENT:",
				"MALFORMED:"));
	}

}
