package org.karvon.hostile;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.ShrinkingMode;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;
import org.karvon.hostile.RunningKarvon.Answer;
import org.karvon.hostile.RunningKarvon.Attack;
import org.karvon.support.Api;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.karvon.support.ConsignmentRequestBuilder.aCottonShipment;

/**
 * Ten thousand damaged or forged QR tokens, half scanned by an officer, half checked publicly.
 * Only the exact text Karvon issued may come back VALID, SUPERSEDED or CANCELLED.
 */
class ForgedQrProperties {

	static final int BATCH = 25;

	// ~5 % of mutations reproduce the original text (how many depends on the tokens of the run), so
	// generate enough that at least 10,000 really changed tokens are always sent
	static final int TRIES = 450;

	private static final Set<String> GENUINE_VERDICTS = Set.of("VALID", "SUPERSEDED", "CANCELLED");

	private static final Pattern VERDICT = Pattern.compile("\"verdict\"\\s*:\\s*\"([A-Z_]+)\"");

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final AtomicLong mutated = new AtomicLong();

	private static final AtomicLong unchanged = new AtomicLong();

	/** Changed codes refused as bad requests before any verdict (unstorable characters). */
	private static final AtomicLong rejectedAtTheBoundary = new AtomicLong();

	private static final AtomicLong scanned = new AtomicLong();

	private static RunningKarvon karvon;

	private static List<String> genuine;

	@BeforeContainer
	static void issueThreeGenuineTokens() {
		karvon = RunningKarvon.get();
		String carrier = karvon.api.carrierOf(karvon.api.newOrganization());
		Map<String, Object> live = karvon.api.register(carrier, aCottonShipment().build());
		String superseded = (String) live.get("qr");
		String current = (String) Api.asMap(karvon.api.put(carrier, "/api/consignments/{n}", aCottonShipment().withSeals("UZ7654321").build(), live.get("number"))
			.expectStatus().isOk().expectBody(Map.class).returnResult().getResponseBody()).get("qr");
		Map<String, Object> doomed = karvon.api.register(carrier, aCottonShipment().build());
		karvon.api.post(carrier, "/api/consignments/{n}/cancel", null, doomed.get("number")).expectStatus().isOk();
		genuine = List.of(current, superseded, (String) doomed.get("qr"));
	}

	@AfterContainer
	static void report() {
		System.out.printf("Forged QR: %d tokens mutated or forged (%d came out unchanged), %d scanned by an officer, %d verified publicly%n",
				mutated.get(), unchanged.get(), scanned.get(), mutated.get() - scanned.get());
		assertThat(mutated.get() - unchanged.get()).isGreaterThanOrEqualTo(10_000);
	}

	@Property(tries = TRIES, seed = "4242", shrinking = ShrinkingMode.OFF)
	void onlyTheIssuedTextIsGenuine(@ForAll("forgeries") List<String> tokens) {
		List<Attack> attacks = new ArrayList<>();
		for (int i = 0; i < tokens.size(); i++) {
			attacks.add(i % 2 == 0 || tokens.get(i).length() > 1_000 ? scan(tokens.get(i)) : verify(tokens.get(i)));
		}
		List<Answer> answers = karvon.sendAll(attacks, 6);
		for (int i = 0; i < answers.size(); i++) {
			Answer answer = answers.get(i);
			String token = tokens.get(i);
			Answers.assertClean(answer);
			mutated.incrementAndGet();
			if (genuine.contains(token)) {
				unchanged.incrementAndGet();
				continue;
			}
			if (answer.status() == 400) {
				// no code at all, or text refused at the boundary (e.g. unstorable characters) is a clean
				// bad request (Answers.assertClean checked the problem body): certainly not a genuine verdict
				rejectedAtTheBoundary.incrementAndGet();
				continue;
			}
			assertThat(answer.status()).as("%s", answer.attack()).isEqualTo(200);
			Matcher verdict = VERDICT.matcher(answer.body());
			assertThat(verdict.find()).as(answer.body()).isTrue();
			assertThat(verdict.group(1)).as("verdict for %s", token).isNotIn(GENUINE_VERDICTS);
		}
	}

	@Provide
	Arbitrary<List<String>> forgeries() {
		return Combinators.combine(Arbitraries.integers().between(0, Forgery.KINDS - 1), Arbitraries.longs())
			.as((kind, seed) -> Forgery.mutate(genuine, kind, seed))
			.list()
			.ofSize(BATCH);
	}

	private static Attack scan(String token) {
		scanned.incrementAndGet();
		return new Attack("POST", "/api/scans", "OFFICER", "application/json",
				JSON.writeValueAsString(Map.of("qr", token)).getBytes(StandardCharsets.UTF_8));
	}

	private static Attack verify(String token) {
		return new Attack("GET", "/api/verify?qr=" + URLEncoder.encode(token, StandardCharsets.UTF_8).replace("+", "%20"),
				"NONE", null, null);
	}

}
