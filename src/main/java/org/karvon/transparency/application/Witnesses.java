package org.karvon.transparency.application;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BiFunction;

import org.karvon.transparency.Checkpoint;
import org.karvon.transparency.Note;
import org.karvon.transparency.NoteSignature;
import org.karvon.transparency.VerifierKey;
import org.karvon.transparency.witness.AddCheckpoint;

/**
 * Karvon's side of C2SP tlog-witness: sends each witness the signed checkpoint with the consistency proof
 * from the size it last cosigned (remembered per witness; a 409 tells the true size and the request is
 * repeated once with it), and keeps only cosignatures that verify with that witness's key. A witness that
 * refuses or is unreachable yields an empty result, never an exception.
 */
public class Witnesses {

	private static final Duration TIMEOUT = Duration.ofSeconds(10);

	private final List<Endpoint> endpoints;

	private final HttpClient http = HttpClient.newBuilder().connectTimeout(TIMEOUT).build();

	private final Map<VerifierKey, Long> knownSizes = new ConcurrentHashMap<>();

	public Witnesses(List<Endpoint> endpoints) {
		this.endpoints = List.copyOf(endpoints);
	}

	/** {@code KARVON_WITNESSES}: comma-separated {@code <witness verifier key>@<base URL>}; empty for none. */
	public static Witnesses parse(String configured) {
		if (configured == null || configured.isBlank()) {
			return new Witnesses(List.of());
		}
		return new Witnesses(Arrays.stream(configured.split(",")).map(String::strip).map(Endpoint::parse).toList());
	}

	/** Whether any witness is configured. */
	public boolean any() {
		return !endpoints.isEmpty();
	}

	public List<VerifierKey> keys() {
		return endpoints.stream().map(Endpoint::key).toList();
	}

	/** What every configured witness answered to {@code signedNote}, in configuration order. */
	public CompletableFuture<List<Answer>> ask(String signedNote, Proofs proofs) {
		Note note = Note.parse(signedNote);
		long size = Checkpoint.parse(note.text()).size();
		List<CompletableFuture<Answer>> asked = endpoints.stream()
			.map((endpoint) -> ask(endpoint, note, size, proofs, knownSizes.getOrDefault(endpoint.key(), 0L), true))
			.toList();
		return CompletableFuture.allOf(asked.toArray(CompletableFuture[]::new))
			.thenApply((done) -> asked.stream().map(CompletableFuture::join).toList());
	}

	/** The cosignature lines of every witness that cosigned {@code signedNote}, in configuration order. */
	public CompletableFuture<List<NoteSignature>> cosign(String signedNote, Proofs proofs) {
		return ask(signedNote, proofs)
			.thenApply((answers) -> answers.stream().map(Answer::cosignature).flatMap(Optional::stream).toList());
	}

	private CompletableFuture<Answer> ask(Endpoint endpoint, Note note, long size, Proofs proofs, long old, boolean retry) {
		if (old > size) {
			return CompletableFuture.completedFuture(Answer.refused(endpoint, 409,
					"the witness has cosigned size " + old + ", larger than this checkpoint's " + size));
		}
		// sent from a pool thread, never from the event loop that completed the proof
		return proofs.consistency(old, size).thenComposeAsync((proof) -> {
			HttpRequest request = HttpRequest.newBuilder(endpoint.url().resolve("add-checkpoint"))
				.timeout(TIMEOUT)
				.POST(HttpRequest.BodyPublishers.ofString(new AddCheckpoint(old, proof, note.format()).format()))
				.build();
			return http.sendAsync(request, HttpResponse.BodyHandlers.ofString());
		}).thenCompose((response) -> {
			if (response.statusCode() == 409 && retry && response.body().matches("[0-9]{1,19}\n")) {
				return ask(endpoint, note, size, proofs, Long.parseLong(response.body().strip()), false);
			}
			return CompletableFuture.completedFuture(answer(endpoint, note, size, response));
		}).exceptionally((failure) -> Answer.unreachable(endpoint, String.valueOf(failure.getMessage())));
	}

	private Answer answer(Endpoint endpoint, Note note, long size, HttpResponse<String> response) {
		String body = response.body().length() > 200 ? response.body().substring(0, 200) : response.body();
		if (response.statusCode() >= 500) {
			return Answer.unreachable(endpoint, response.statusCode() + " " + body.strip());
		}
		if (response.statusCode() != 200) {
			return Answer.refused(endpoint, response.statusCode(), body.strip());
		}
		Optional<NoteSignature> own;
		try {
			own = Note.parse(note.text() + "\n" + response.body()).signatures().stream()
				.filter((line) -> endpoint.key().verifies(note.text(), line))
				.findFirst();
		}
		catch (IllegalArgumentException ex) {
			own = Optional.empty();
		}
		if (own.isEmpty()) {
			return Answer.refused(endpoint, 200, "the witness answered without a valid cosignature of its key");
		}
		knownSizes.put(endpoint.key(), size);
		return new Answer(endpoint.key(), own, 200, "cosigned");
	}

	/** One witness's answer: a cosignature, a refusal (a 4xx status, kept and reported) or no answer (status 0). */
	public record Answer(VerifierKey witness, Optional<NoteSignature> cosignature, int status, String reason) {

		static Answer refused(Endpoint endpoint, int status, String reason) {
			return new Answer(endpoint.key(), Optional.empty(), status, reason);
		}

		static Answer unreachable(Endpoint endpoint, String reason) {
			return new Answer(endpoint.key(), Optional.empty(), 0, reason);
		}

		public boolean refused() {
			return cosignature.isEmpty() && status != 0;
		}

	}

	/** Where the consistency proofs come from (the log store, asynchronously). */
	@FunctionalInterface
	public interface Proofs extends BiFunction<Long, Long, CompletableFuture<List<byte[]>>> {

		default CompletableFuture<List<byte[]>> consistency(long from, long to) {
			return apply(from, to);
		}

	}

	/** One configured witness. */
	public record Endpoint(VerifierKey key, URI url) {

		static Endpoint parse(String configured) {
			int at = configured.lastIndexOf('@');
			if (at < 0) {
				throw new IllegalArgumentException("a witness is <verifier key>@<base URL>: " + configured);
			}
			String base = configured.substring(at + 1);
			return new Endpoint(VerifierKey.parse(configured.substring(0, at)), URI.create(base.endsWith("/") ? base : base + "/"));
		}

	}

}
