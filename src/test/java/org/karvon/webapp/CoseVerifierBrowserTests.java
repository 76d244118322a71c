package org.karvon.webapp;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.karvon.signing.Fixtures;
import org.karvon.signing.KeyRing;
import org.karvon.signing.QrTokenSigner;
import org.karvon.signing.QrTokenVerifier;
import org.karvon.signing.SigningKeys;
import org.karvon.signing.TokenSurgery;
import org.karvon.signing.Verification;

/**
 * The browser's verifier (static/js/token/cose.js, WebCrypto Ed25519 in Debian's Chromium) and the
 * server's agree on every token of a corpus of genuine, damaged and forged KV1 codes. The module is
 * served from the app's static folder by a bare HTTP server: it needs an origin, not a database.
 */
class CoseVerifierBrowserTests {

	private static final Path STATIC = Path.of("src/main/resources/static");

	private static final KeyRing RING = KeyRing.of(SigningKeys.generate("k-2026-10-0001"))
		.with(SigningKeys.generate("k-2026-11-0002", java.time.Instant.now().plusSeconds(60)));

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
		browser.driver().manage().timeouts().scriptTimeout(Duration.ofSeconds(120));
	}

	@AfterAll
	static void close() {
		browser.close();
		server.stop(0);
	}

	@Test
	void agreesWithTheServerOnEveryGenuineDamagedAndForgedToken() {
		List<String> corpus = corpus();
		QrTokenVerifier server = new QrTokenVerifier(RING);

		List<?> browserVerdicts = (List<?>) browser.driver().executeAsyncScript("""
				const [tokens, jwks, done] = arguments;
				import('/js/token/cose.js').then(async (module) => {
				  const verdicts = [];
				  for (const token of tokens) verdicts.push((await module.verifyCoseToken(token, JSON.parse(jwks))).verdict);
				  done(verdicts);
				}).catch((e) => done(String(e)));
				""", corpus, RING.publicJwks());

		assertThat(browserVerdicts).hasSize(corpus.size());
		Map<String, Long> counts = new java.util.TreeMap<>();
		for (int i = 0; i < corpus.size(); i++) {
			String expected = onDevice(server.verify(corpus.get(i)));
			assertThat(browserVerdicts.get(i)).as("token %d: %s", i, corpus.get(i)).isEqualTo(expected);
			counts.merge(expected, 1L, Long::sum);
		}
		System.out.println("browser and server agree on " + corpus.size() + " tokens: " + counts);
		assertThat(counts.keySet()).contains("VALID_ON_DEVICE", "FORGED", "UNKNOWN_KEY", "MALFORMED");
	}

	@Test
	void readsTheSameClaimsAsTheServer() {
		String train = new QrTokenSigner(RING).sign(Fixtures.blockTrain());

		Map<?, ?> claims = (Map<?, ?>) browser.driver().executeAsyncScript("""
				const [token, jwks, done] = arguments;
				import('/js/token/cose.js').then(async (m) => done((await m.verifyCoseToken(token, JSON.parse(jwks))).claims));
				""", train, RING.publicJwks());

		assertThat(claims.get("number")).isEqualTo("26UZ7B3T9R2AIN4X15");
		assertThat(claims.get("itinerary")).isEqualTo(List.of("UZ", "TM", "AZ"));
		assertThat(claims.get("containerDigest")).isEqualTo(Map.of("count", 91L,
				"sha256", Fixtures.blockTrain().containerDigest().sha256()));
	}

	private static List<String> corpus() {
		QrTokenSigner signer = new QrTokenSigner(RING);
		List<String> genuine = List.of(signer.sign(Fixtures.exampleClaims()), signer.sign(Fixtures.blockTrain()),
				signer.sign(Fixtures.bigClaims()), new QrTokenSigner(KeyRing.of(RING.find("k-2026-10-0001").orElseThrow()))
					.sign(Fixtures.exampleClaims()));
		List<String> corpus = new ArrayList<>(genuine);
		String alphabet = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ $%*+-./:a";
		Random random = new Random(13);
		for (String token : genuine) {
			for (int i = 0; i < 400; i++) {
				int at = random.nextInt(token.length());
				corpus.add(token.substring(0, at) + alphabet.charAt(random.nextInt(alphabet.length())) + token.substring(at + 1));
			}
			for (int cut = 0; cut < token.length(); cut += 17) {
				corpus.add(token.substring(0, cut));
			}
			corpus.add(TokenSurgery.withSignedTextReplaced(token, "UZTAS", "UZTAT"));
			corpus.add(TokenSurgery.withSignatureCharacterChanged(token));
			corpus.add(TokenSurgery.withSignedBytesReplaced(token, "0127", "0126"));
			corpus.add(TokenSurgery.withSignedBytesReplaced(token, "a058", "a10000" + "58"));
			corpus.add(token + "00");
		}
		corpus.add(new QrTokenSigner(KeyRing.of(SigningKeys.generate("k-2099-01-ffff"))).sign(Fixtures.exampleClaims()));
		corpus.add(new QrTokenSigner(KeyRing.of(SigningKeys.generate("k-2026-11-0002"))).sign(Fixtures.exampleClaims()));
		corpus.addAll(List.of("KV1:", "KV1:BB8", "KV1:%69 VD92EX0", "HC1:ABC", "KV1:GGW", "KV1:" + "0".repeat(3390)));
		return corpus;
	}

	private static String onDevice(Verification verification) {
		if (verification instanceof Verification.Genuine) {
			return "VALID_ON_DEVICE";
		}
		if (verification instanceof Verification.Forged) {
			return "FORGED";
		}
		return (verification instanceof Verification.UnknownKey) ? "UNKNOWN_KEY" : "MALFORMED";
	}

}
