package org.karvon.journal.evidence;

import java.text.ParseException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSObject;
import com.nimbusds.jose.crypto.Ed25519Verifier;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.OctetKeyPair;
import com.nimbusds.jose.util.Base64URL;
import org.karvon.journal.ChainVerification;
import org.karvon.journal.HashChain;
import org.karvon.journal.StoredEvent;
import org.karvon.transparency.Checkpoint;
import org.karvon.transparency.InclusionProof;
import org.karvon.transparency.MerkleTree;
import org.karvon.transparency.Note;
import org.karvon.transparency.VerifierKey;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Checks an evidence bundle offline, in this order (README "Transparency log", "Evidence bundles"): the file
 * is exactly the compact JSON {@code {"format","jws","jwks"}} it parses to, its JWS segments are canonical
 * base64url; the service's signature over the document verifies with the JWKS; the document's
 * {@code jwksSha256} is the SHA-256 of the bundle's {@code jwks} member; the hash chain of its events holds
 * and ends where the record says. Then, with a log key: the checkpoint carries the log's signature and its
 * origin is the key's name, and every event's inclusion proof leads from {@code SHA-256(0x00 ‖ hash)} at
 * {@code logIndex} to the checkpoint's root; with witness keys: at least {@code quorum} of them cosigned it.
 */
public final class EvidenceVerifier {

	private static final JsonMapper json = JsonMapper.builder().build();

	private static final Set<String> MEMBERS = Set.of("format", "jws", "jwks");

	private EvidenceVerifier() {
	}

	/** Verifies against {@code jwksJson}, or the bundle's own keys when it is null; no log check. */
	public static Result verify(String bundleJson, String jwksJson) {
		return verify(bundleJson, jwksJson, null, List.of(), 0);
	}

	/**
	 * @param logKey the log's verifier key, or null to skip the log checks
	 * @param witnessKeys witness verifier keys trusted independently of the operator
	 * @param quorum how many of them must have cosigned the checkpoint
	 */
	public static Result verify(String bundleJson, String jwksJson, VerifierKey logKey, List<VerifierKey> witnessKeys,
			int quorum) {
		List<String> problems = new ArrayList<>();
		try {
			JsonNode tree = json.readTree(bundleJson);
			if (!json.writeValueAsString(tree).equals(bundleJson) || tree.size() != MEMBERS.size()
					|| !MEMBERS.stream().allMatch(tree::has)) {
				return Result.invalid("the file is not an evidence bundle exactly as Karvon writes it");
			}
			EvidenceBundle bundle = json.treeToValue(tree, EvidenceBundle.class);
			JWKSet keys = JWKSet.parse(jwksJson != null ? jwksJson : json.writeValueAsString(bundle.jwks()));
			JWSObject jws = JWSObject.parse(bundle.jws());
			for (Base64URL part : jws.getParsedParts()) {
				if (!Base64URL.encode(part.decode()).toString().equals(part.toString())) {
					return Result.invalid("the signed document is not canonical base64url");
				}
			}
			JWK key = keys.getKeyByKeyId(jws.getHeader().getKeyID());
			if (!JWSAlgorithm.EdDSA.equals(jws.getHeader().getAlgorithm()) || !(key instanceof OctetKeyPair okp)) {
				return Result.invalid("the bundle is signed with a key the JWKS does not hold (kid "
						+ jws.getHeader().getKeyID() + ")");
			}
			if (!jws.verify(new Ed25519Verifier(okp.toPublicJWK()))) {
				return Result.invalid("the service signature does not verify: the bundle was altered");
			}
			EvidenceDocument document = json.readValue(jws.getPayload().toString(), EvidenceDocument.class);
			if (!EvidenceDocument.FORMAT.equals(document.format()) || !EvidenceDocument.FORMAT.equals(bundle.format())) {
				return Result.invalid("not a " + EvidenceDocument.FORMAT + " bundle");
			}
			if (!EvidenceDocument.digest(json.writeValueAsString(tree.get("jwks"))).equals(document.jwksSha256())) {
				problems.add("the embedded JWKS is not the one the document was signed with");
			}
			List<StoredEvent> events = document.events().stream().map(EvidenceEvent::toStoredEvent).toList();
			ChainVerification chain = HashChain.verify(events);
			if (!chain.valid()) {
				problems.add("the hash chain breaks at seq " + chain.brokenAtSeq().orElse(-1) + ": "
						+ chain.reason().orElse("?"));
			}
			String head = events.isEmpty() ? HashChain.GENESIS : events.get(events.size() - 1).hash();
			if (events.size() != document.journalLength() || !head.equals(document.journalHead())) {
				problems.add("the journal has " + events.size() + " events ending at " + head + " but the record says "
						+ document.journalLength() + " ending at " + document.journalHead());
			}
			events.stream()
				.filter((event) -> !event.consignmentNumber().toString().equals(document.number()))
				.findFirst()
				.ifPresent((event) -> problems.add("event " + event.id() + " belongs to another consignment"));
			Witnessing witnessing = logKey == null ? new Witnessing(0, 0)
					: log(document, logKey, witnessKeys, problems);
			return new Result(problems.isEmpty(), problems, document.number(), events.size(), head, logKey != null,
					witnessing.cosigned(), witnessing.uncovered(), quorum);
		}
		catch (ParseException | JOSEException | JacksonException | IllegalArgumentException | NullPointerException ex) {
			return Result.invalid("not a readable evidence bundle: " + ex.getMessage());
		}
	}

	/** The checkpoint's signatures and every event's inclusion proof; returns who cosigned and what is not covered. */
	private static Witnessing log(EvidenceDocument document, VerifierKey logKey, List<VerifierKey> witnessKeys,
			List<String> problems) {
		if (document.checkpoint() == null) {
			return new Witnessing(0, document.events().size());
		}
		Note note = Note.parse(document.checkpoint());
		if (!note.isSignedBy(logKey)) {
			problems.add("the checkpoint does not carry a valid signature of the log key " + logKey);
			return new Witnessing(0, 0);
		}
		Checkpoint checkpoint = Checkpoint.parse(note.text());
		if (!checkpoint.origin().equals(logKey.name())) {
			problems.add("the checkpoint is of the log " + checkpoint.origin() + ", not " + logKey.name());
		}
		int cosigned = (int) witnessKeys.stream().distinct().filter(note::isSignedBy).count();
		int uncovered = 0;
		for (EvidenceEvent event : document.events()) {
			if (event.logIndex() == null || event.inclusionProof() == null) {
				uncovered++;
				continue;
			}
			List<byte[]> path = event.inclusionProof().stream().map((hash) -> Base64.getDecoder().decode(hash)).toList();
			byte[] leaf = MerkleTree.leafHash(HexFormat.of().parseHex(event.hash()));
			if (!InclusionProof.verify(event.logIndex(), checkpoint.size(), leaf, path, checkpoint.root())) {
				problems.add("event " + event.seq() + " is not in the checkpoint at log index " + event.logIndex());
			}
		}
		return new Witnessing(cosigned, uncovered);
	}

	private record Witnessing(int cosigned, int uncovered) {
	}

	/**
	 * The verdict on a bundle, with every problem found. {@code valid}: signature, chain and (if checked) log
	 * proofs hold; {@code witnessed()}: also at least {@code quorum} witnesses cosigned a checkpoint that
	 * includes every event.
	 */
	public record Result(boolean valid, List<String> problems, String number, int events, String head, boolean logChecked,
			int witnessCosignatures, int uncoveredEvents, int quorum) {

		static Result invalid(String problem) {
			return new Result(false, List.of(problem), null, 0, null, false, 0, 0, 0);
		}

		public boolean witnessed() {
			return valid && logChecked && quorum > 0 && witnessCosignatures >= quorum && uncoveredEvents == 0;
		}

	}

}
