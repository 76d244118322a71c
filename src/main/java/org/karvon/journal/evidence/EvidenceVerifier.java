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
import org.karvon.consignment.DeclarationChain;
import org.karvon.consignment.DeclarationEntry;
import org.karvon.consignment.DeclarationVerification;
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
 * and ends where the record says; the declaration chain (v3) holds and is the record's. Then, with a log key:
 * the checkpoint carries the log's signature and its origin is the key's name, and the inclusion proof of every
 * event and declaration entry leads from {@code SHA-256(0x00 ‖ hash)} at {@code logIndex} to the checkpoint's
 * root; with witness keys: at least {@code quorum} of them cosigned it.
 */
public final class EvidenceVerifier {

	private static final JsonMapper json = JsonMapper.builder().build();

	private static final Set<String> MEMBERS = Set.of("format", "jws", "jwks");

	private static final Set<String> FORMATS = Set.of(EvidenceDocument.FORMAT, EvidenceDocument.FORMAT_V2);

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
			if (!FORMATS.contains(document.format()) || !document.format().equals(bundle.format())) {
				return Result.invalid("not a " + EvidenceDocument.FORMAT + " (or " + EvidenceDocument.FORMAT_V2 + ") bundle");
			}
			List<EvidenceDeclaration> declarations = declarations(document, problems);
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
					: log(document, declarations, logKey, witnessKeys, problems);
			return new Result(problems.isEmpty(), problems, document.number(), events.size(), declarations.size(), head,
					logKey != null, witnessing.cosigned(), witnessing.uncovered(), quorum);
		}
		catch (ParseException | JOSEException | JacksonException | IllegalArgumentException | NullPointerException ex) {
			return Result.invalid("not a readable evidence bundle: " + ex.getMessage());
		}
	}

	/**
	 * The declaration chain of a {@value EvidenceDocument#FORMAT} bundle, its links and hashes checked (a
	 * {@value EvidenceDocument#FORMAT_V2} bundle has none).
	 */
	private static List<EvidenceDeclaration> declarations(EvidenceDocument document, List<String> problems) {
		if (EvidenceDocument.FORMAT_V2.equals(document.format())) {
			return List.of();
		}
		if (document.declarations() == null || document.declarations().isEmpty()) {
			problems.add("the bundle carries no declaration history");
			return List.of();
		}
		List<DeclarationEntry> entries = document.declarations().stream().map(EvidenceDeclaration::toEntry).toList();
		DeclarationVerification chain = DeclarationChain.verifyLinks(entries);
		chain.reason().ifPresent(problems::add);
		if (!entries.get(0).consignmentNumber().equals(document.number())) {
			problems.add("the declaration history belongs to another consignment");
		}
		return document.declarations();
	}

	/**
	 * The checkpoint's signatures and the inclusion proof of every event and declaration entry; returns who
	 * cosigned and how many entries the checkpoint does not cover yet.
	 */
	private static Witnessing log(EvidenceDocument document, List<EvidenceDeclaration> declarations, VerifierKey logKey,
			List<VerifierKey> witnessKeys, List<String> problems) {
		if (document.checkpoint() == null) {
			return new Witnessing(0, document.events().size() + declarations.size());
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
			uncovered += included("event " + event.seq(), event.hash(), event.logIndex(), event.inclusionProof(),
					checkpoint, problems);
		}
		for (EvidenceDeclaration entry : declarations) {
			uncovered += included("declaration entry " + entry.seq(), entry.hash(), entry.logIndex(),
					entry.inclusionProof(), checkpoint, problems);
		}
		return new Witnessing(cosigned, uncovered);
	}

	/** 1 when the entry is not in the checkpoint yet; a problem when its proof does not lead to the root. */
	private static int included(String what, String hash, Long logIndex, List<String> inclusionProof,
			Checkpoint checkpoint, List<String> problems) {
		if (logIndex == null || inclusionProof == null) {
			return 1;
		}
		List<byte[]> path = inclusionProof.stream().map((node) -> Base64.getDecoder().decode(node)).toList();
		byte[] leaf = MerkleTree.leafHash(HexFormat.of().parseHex(hash));
		if (!InclusionProof.verify(logIndex, checkpoint.size(), leaf, path, checkpoint.root())) {
			problems.add(what + " is not in the checkpoint at log index " + logIndex);
		}
		return 0;
	}

	private record Witnessing(int cosigned, int uncovered) {
	}

	/**
	 * The verdict on a bundle, with every problem found. {@code valid}: signature, chain and (if checked) log
	 * proofs hold; {@code witnessed()}: also at least {@code quorum} witnesses cosigned a checkpoint that
	 * includes every event.
	 */
	public record Result(boolean valid, List<String> problems, String number, int events, int declarations, String head,
			boolean logChecked, int witnessCosignatures, int uncoveredEvents, int quorum) {

		static Result invalid(String problem) {
			return new Result(false, List.of(problem), null, 0, 0, null, false, 0, 0, 0);
		}

		public boolean witnessed() {
			return valid && logChecked && quorum > 0 && witnessCosignatures >= quorum && uncoveredEvents == 0;
		}

	}

}
