package org.karvon.webapp;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.nimbusds.jose.util.JSONObjectUtils;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.karvon.hostile.Forgery;
import org.karvon.signing.KeyRing;
import org.karvon.signing.QrClaims;
import org.karvon.signing.QrTokenSigner;
import org.karvon.signing.QrTokenVerifier;
import org.karvon.signing.SigningKey;
import org.karvon.signing.SigningKeys;
import org.karvon.signing.Verification;
import org.karvon.support.IntegrationTest;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The browser's verifier (js/token, WebCrypto Ed25519 in Chromium) and the server's
 * ({@link QrTokenVerifier}) give the same verdict for every token of the forged-token corpus:
 * genuine, every position changed to other characters, the attacker's twelve kinds of forgery
 * ({@link Forgery}), an unknown key, malformed text, and codes of a revoked key (REVOKED when genuine,
 * FORGED when altered) with the revocations the trust list carries ({@code /api/trust/revoked}).
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DeviceVerifierAgreementTests {

	/** Characters of both formats: base64url and the dot (JWS), and Base45's alphanumeric symbols (KV1). */
	private static final String REPLACEMENTS = "AQgw09-_.aZ $%*+/:";

	@LocalServerPort
	int port;

	Browser browser;

	@BeforeAll
	void openBrowser() {
		browser = Browser.open(port, "en-US");
		browser.start("#/login");
		browser.driver().manage().timeouts().scriptTimeout(Duration.ofMinutes(3));
	}

	@AfterAll
	void closeBrowser() {
		browser.close();
	}

	@Test
	void browserAndServerAgreeOnEveryTokenOfTheCorpus() {
		SigningKey withdrawn = SigningKeys.generate("k-2026-10-dead", Instant.parse("2026-10-01T00:00:00Z"));
		KeyRing ring = KeyRing.of(List.of(SigningKeys.generate("k-2026-11-a1b2", Instant.parse("2026-11-01T00:00:00Z")),
				SigningKeys.generate("k-2026-12-c3d4", Instant.parse("2026-12-01T00:00:00Z"))),
				List.of(new KeyRing.Revoked(withdrawn, Instant.parse("2026-12-02T00:00:00Z"))));
		List<String> genuine = genuineTokens(ring, withdrawn);
		List<String> corpus = corpus(genuine);
		QrTokenVerifier server = new QrTokenVerifier(ring);
		List<String> expected = corpus.stream().map((token) -> serverVerdict(server.verify(token))).toList();

		List<String> actual = deviceVerdicts(corpus, ring.publicJwks(),
				JSONObjectUtils.toJSONString(Map.of("revoked", ring.revocations())));

		Map<String, String> disagreements = new LinkedHashMap<>();
		for (int i = 0; i < corpus.size(); i++) {
			if (!expected.get(i).equals(actual.get(i))) {
				disagreements.put(corpus.get(i), "server " + expected.get(i) + ", browser " + actual.get(i));
			}
		}
		assertThat(disagreements).as("tokens the two verifiers judge differently").isEmpty();
		assertThat(expected).contains("VALID_ON_DEVICE", "REVOKED", "FORGED", "UNKNOWN_KEY", "MALFORMED");
		// some "forgeries" are the genuine text again (two equal characters swapped, a token's own segments)
		assertThat(expected.stream().filter("VALID_ON_DEVICE"::equals).count()).isGreaterThanOrEqualTo(genuine.size());
		assertThat(corpus).hasSizeGreaterThan(5_000);
	}

	private static List<String> genuineTokens(KeyRing ring, SigningKey withdrawn) {
		Instant issued = Instant.parse("2026-11-05T09:30:00Z");
		QrClaims example = new QrClaims("26UZ4G7K2M9XQ3P8R5", 1, issued, "UZTAS", "KZALA", List.of("UZ", "KZ"),
				List.of("01A123BC"), List.of(), List.of("UZ1234567"));
		QrClaims big = new QrClaims("26UZ9T3K7M2PX8Q4R1", 3, issued, "UZTAS", "AZRBR",
				List.of("UZ", "TM", "AZ", "GE", "TR"), List.of("01A123BC", "01B456DE", "01C789FG"),
				List.of("MSCU1234565", "TGHU7654321"), List.of("UZ1234567", "UZ1234568", "UZ1234569"));
		KeyRing older = KeyRing.of(ring.keys().stream().filter((key) -> key.kid().equals("k-2026-11-a1b2")).toList());
		return List.of(new QrTokenSigner(ring).sign(example), new QrTokenSigner(ring).sign(big),
				new QrTokenSigner(older).sign(example), new QrTokenSigner(KeyRing.of(withdrawn)).sign(example));
	}

	/** Genuine tokens, each position of one changed to several characters, and the forgery kinds. */
	private static List<String> corpus(List<String> genuine) {
		List<String> corpus = new ArrayList<>(genuine);
		String token = genuine.get(0);
		for (int at = 0; at < token.length(); at++) {
			for (char replacement : REPLACEMENTS.toCharArray()) {
				if (token.charAt(at) != replacement) {
					corpus.add(token.substring(0, at) + replacement + token.substring(at + 1));
				}
			}
		}
		String revoked = genuine.get(genuine.size() - 1);
		for (int at = 0; at < revoked.length(); at += 3) {
			char replacement = (revoked.charAt(at) == 'A') ? 'Q' : 'A';
			corpus.add(revoked.substring(0, at) + replacement + revoked.substring(at + 1));
		}
		for (int kind = 0; kind < Forgery.KINDS; kind++) {
			for (long seed = 0; seed < 150; seed++) {
				corpus.add(Forgery.mutate(genuine, kind, seed * 31 + kind));
			}
		}
		String unknown = new QrTokenSigner(KeyRing.of(SigningKeys.generate("k-2099-01-ffff"))).sign(
				new QrClaims("26UZ4G7K2M9XQ3P8R5", 1, Instant.now(), "UZTAS", "KZALA", List.of("UZ"), List.of(),
						List.of(), List.of()));
		corpus.addAll(List.of(unknown, "", "hello", "26UZ4G7K2M9XQ3P8R5", "a.b.c", "..", token + "=", "KV0:" + token));
		return corpus;
	}

	@SuppressWarnings("unchecked")
	private List<String> deviceVerdicts(List<String> corpus, String jwks, String revocations) {
		Object result = browser.driver().executeAsyncScript("""
				const [tokens, jwks, revoked, done] = [arguments[0], JSON.parse(arguments[1]),
					JSON.parse(arguments[2]).revoked, arguments[arguments.length - 1]];
				import('/js/token/verify.js').then(async (verifier) => {
					const verdicts = [];
					for (const token of tokens) {
						verdicts.push((await verifier.verifyOnDevice(token, jwks, revoked)).verdict);
					}
					done(verdicts);
				}).catch((error) => done(String(error)));
				""", corpus, jwks, revocations);
		assertThat(result).as("the browser verifier ran").isInstanceOf(List.class);
		return (List<String>) result;
	}

	private static String serverVerdict(Verification verification) {
		if (verification instanceof Verification.Genuine) {
			return "VALID_ON_DEVICE";
		}
		if (verification instanceof Verification.Revoked) {
			return "REVOKED";
		}
		if (verification instanceof Verification.Forged) {
			return "FORGED";
		}
		return verification instanceof Verification.UnknownKey ? "UNKNOWN_KEY" : "MALFORMED";
	}

}
