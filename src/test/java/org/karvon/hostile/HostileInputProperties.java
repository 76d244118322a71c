package org.karvon.hostile;

import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.ShrinkingMode;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;
import org.karvon.hostile.RunningKarvon.Answer;
import org.karvon.hostile.RunningKarvon.Attack;
import org.karvon.hostile.Routes.Endpoint;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Ten thousand malformed requests against every endpoint in the route table (plus actuator and
 * OpenAPI), as every role and as nobody: broken and oversized bodies, invalid UTF-8, text PostgreSQL
 * cannot store (U+0000, unpaired surrogates, see {@link Hostility#unstorable}), wrong types and content
 * types, wrong methods, mangled paths. None may get a 5xx, hang, or leak internals.
 */
class HostileInputProperties {

	static final int BATCH = 25;

	static final int TRIES = 420;

	private static final AtomicLong checked = new AtomicLong();

	private static RunningKarvon karvon;

	private static List<Endpoint> endpoints;

	@BeforeContainer
	static void start() {
		karvon = RunningKarvon.get();
		endpoints = new java.util.ArrayList<>(Routes.of(karvon.context));
		endpoints.addAll(Routes.OPERATIONS);
	}

	@AfterContainer
	static void report() {
		System.out.printf("Hostile input: %d malformed requests over %d endpoints, %d answers checked%n",
				karvon.sent.get(), endpoints.size(), checked.get());
		assertThat(checked.get()).isGreaterThanOrEqualTo(10_000);
	}

	@Property(tries = TRIES, seed = "7007", shrinking = ShrinkingMode.OFF)
	void noMalformedRequestGetsA5xxOrLeaksInternals(@ForAll("batches") List<Attack> batch) {
		for (Answer answer : karvon.sendAll(batch, 6)) {
			Answers.assertClean(answer);
			checked.incrementAndGet();
		}
	}

	@Example
	void refusesBodiesOver256KibWith413() {
		for (Endpoint endpoint : endpoints) {
			if (!endpoint.takesBody() || !readsBody(endpoint)) {
				continue;
			}
			List<Attack> attacks = java.util.Arrays.stream(Hostility.ROLES)
				.map((role) -> Hostility.attack(endpoint, karvon.number, endpoint.method(), safe(endpoint, role),
						"application/json", 0, 6, role.hashCode()))
				.toList();
			List<Answer> answers = karvon.sendAll(attacks, 4);
			answers.forEach(Answers::assertClean);
			assertThat(answers).as(endpoint.key()).extracting(Answer::status).allMatch((s) -> List.of(401, 403, 404, 413).contains(s))
				.contains(413);
			checked.addAndGet(answers.size());
		}
	}

	private static boolean readsBody(Endpoint endpoint) {
		return !endpoint.pattern().endsWith("/cancel") && !endpoint.pattern().endsWith("/signing-keys")
				&& !endpoint.pattern().endsWith("/revoke") && !endpoint.pattern().endsWith("/token-keys")
				&& !endpoint.pattern().endsWith("/disable") && !endpoint.pattern().endsWith("/enable");
	}

	@Provide
	Arbitrary<List<Attack>> batches() {
		Arbitrary<Endpoint> endpoint = Arbitraries.of(endpoints);
		Arbitrary<String> role = Arbitraries.of(Hostility.ROLES);
		Arbitrary<String> contentType = Arbitraries.of(Hostility.CONTENT_TYPES);
		Arbitrary<Integer> wrongMethod = Arbitraries.integers().between(-8, Hostility.WRONG_METHODS.length - 1);
		Arbitrary<Integer> pathKind = Arbitraries.frequencyOf(
				net.jqwik.api.Tuple.of(6, Arbitraries.just(0)), net.jqwik.api.Tuple.of(6, Arbitraries.integers().between(1, 10)));
		Arbitrary<Integer> bodyKind = Arbitraries.integers().between(0, 13);
		Arbitrary<Long> seed = Arbitraries.longs();
		Arbitrary<Attack> attack = Combinators.combine(endpoint, role, contentType, wrongMethod, pathKind, bodyKind, seed)
			.as((e, r, type, m, p, b, s) -> Hostility.attack(e, karvon.number, m < 0 ? e.method() : Hostility.WRONG_METHODS[m],
					safe(e, r), type, p, b, s));
		return attack.list().ofSize(BATCH);
	}

	/** Rotating signing or token keys thousands of times would fill the key rings other tests rely on. */
	private static String safe(Endpoint endpoint, String role) {
		boolean rotates = endpoint.pattern().startsWith("/api/admin/signing-keys") || endpoint.pattern().equals("/api/admin/token-keys");
		return rotates && role.equals("ADMIN") ? "CARRIER" : role;
	}

}
