package org.karvon.transparency.web;

import java.util.Base64;
import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.karvon.kernel.DomainException;
import org.karvon.transparency.application.LogKey;
import org.karvon.transparency.application.LogProofs;
import org.karvon.transparency.persistence.LogStore;
import reactor.core.publisher.Mono;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The public face of the transparency log (README "Transparency log"): checkpoint, key and proofs. */
@RestController
@RequestMapping("/api/log")
@Tag(name = "Transparency log", description = "Public: the witnessed Merkle log of every chain entry")
class LogController {

	private static final MediaType TEXT = new MediaType("text", "plain", java.nio.charset.StandardCharsets.UTF_8);

	private final LogStore store;

	private final LogProofs proofs;

	private final LogKey key;

	LogController(LogStore store, LogProofs proofs, LogKey key) {
		this.store = store;
		this.proofs = proofs;
		this.key = key;
	}

	@GetMapping("/checkpoint")
	@Operation(operationId = "readCheckpoint",
			summary = "The latest checkpoint: the log-signed note followed by the witnesses' cosignatures",
			description = "Public. text/plain, a C2SP signed note: origin, tree size, base64 root hash, empty line, "
					+ "signature lines.")
	Mono<ResponseEntity<String>> checkpoint() {
		return store.latestCheckpoint()
			.map((stored) -> ResponseEntity.ok().contentType(TEXT).body(stored.note() + stored.cosignatures()))
			.switchIfEmpty(Mono.error(() -> new DomainException.NotFound("no checkpoint has been published yet")));
	}

	@GetMapping("/key")
	@Operation(operationId = "readLogKey",
			summary = "The log's note verifier key, <name>+<key id>+<base64 key>",
			description = "Public. text/plain.")
	Mono<ResponseEntity<String>> key() {
		return key.verifier().map((verifier) -> ResponseEntity.ok().contentType(TEXT).body(verifier + "\n"));
	}

	@GetMapping("/proof/inclusion")
	@Operation(operationId = "proveInclusion",
			summary = "RFC 9162 inclusion proof of leaf index in the tree of size",
			description = "Public. Leaves are the entries' hash values; leaf hash SHA-256(0x00 || hash).")
	Mono<Map<String, Object>> inclusion(@RequestParam(required = false) String index,
			@RequestParam(required = false) String size) {
		long i = number("index", index);
		long n = number("size", size);
		return proofs.inclusionFor(i, n).map((proof) -> Map.of("index", proof.index(), "size", proof.size(), "leafHash",
				base64(proof.leafHash()), "path", base64(proof.path())));
	}

	@GetMapping("/proof/consistency")
	@Operation(operationId = "proveConsistency",
			summary = "RFC 9162 consistency proof between the trees of sizes from and to",
			description = "Public.")
	Mono<Map<String, Object>> consistency(@RequestParam(required = false) String from,
			@RequestParam(required = false) String to) {
		long m = number("from", from);
		long n = number("to", to);
		return proofs.consistencyFor(m, n).map((path) -> Map.of("from", m, "to", n, "path", base64(path)));
	}

	private static long number(String name, String value) {
		if (value == null || !value.matches("0|[1-9][0-9]{0,17}")) {
			throw new DomainException.Malformed(name, name + " is a decimal number without sign or leading zeros");
		}
		return Long.parseLong(value);
	}

	private static String base64(byte[] hash) {
		return Base64.getEncoder().encodeToString(hash);
	}

	private static List<String> base64(List<byte[]> path) {
		return path.stream().map(LogController::base64).toList();
	}

}
