package org.karvon.journal.evidence;

import java.text.ParseException;
import java.util.ArrayList;
import java.util.List;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSObject;
import com.nimbusds.jose.crypto.Ed25519Verifier;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.OctetKeyPair;
import org.karvon.journal.ChainVerification;
import org.karvon.journal.HashChain;
import org.karvon.journal.StoredEvent;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * Checks an evidence bundle with nothing but a JWKS: the service's signature over the document,
 * then the hash chain of its events, then that the chain ends where the record says it does (so
 * a dropped last event is caught too). Needs no network and no database.
 */
public final class EvidenceVerifier {

	private static final JsonMapper json = JsonMapper.builder().build();

	private EvidenceVerifier() {
	}

	/** Verifies against {@code jwksJson}, or the bundle's own keys when it is null. */
	public static Result verify(String bundleJson, String jwksJson) {
		List<String> problems = new ArrayList<>();
		try {
			EvidenceBundle bundle = json.readValue(bundleJson, EvidenceBundle.class);
			JWKSet keys = JWKSet.parse(jwksJson != null ? jwksJson : json.writeValueAsString(bundle.jwks()));
			JWSObject jws = JWSObject.parse(bundle.jws());
			JWK key = keys.getKeyByKeyId(jws.getHeader().getKeyID());
			if (!JWSAlgorithm.EdDSA.equals(jws.getHeader().getAlgorithm()) || !(key instanceof OctetKeyPair okp)) {
				return Result.invalid("the bundle is signed with a key the JWKS does not hold (kid "
						+ jws.getHeader().getKeyID() + ")");
			}
			if (!jws.verify(new Ed25519Verifier(okp.toPublicJWK()))) {
				return Result.invalid("the service signature does not verify: the bundle was altered");
			}
			EvidenceDocument document = json.readValue(jws.getPayload().toString(), EvidenceDocument.class);
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
			return new Result(problems.isEmpty(), problems, document.number(), events.size(), head);
		}
		catch (ParseException | JOSEException | JacksonException | IllegalArgumentException | NullPointerException ex) {
			return Result.invalid("not a readable evidence bundle: " + ex.getMessage());
		}
	}

	/** The verdict on a bundle, with every problem found. */
	public record Result(boolean valid, List<String> problems, String number, int events, String head) {

		static Result invalid(String problem) {
			return new Result(false, List.of(problem), null, 0, null);
		}

	}

}
