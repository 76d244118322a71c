package org.karvon.consignment.application;

import java.time.Clock;
import java.time.Duration;

import org.karvon.consignment.ConsignmentRecord;
import org.karvon.consignment.persistence.Consignments;
import org.karvon.kernel.DomainException;
import org.karvon.keys.application.KeysProperties;
import org.karvon.signing.Verification;
import org.karvon.signing.application.TrustedKeys;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Mono;

import org.springframework.stereotype.Service;

/**
 * Revoking a QR signing key (it leaked): the key stops verifying and leaves the JWKS, and every live
 * consignment whose code it signed gets a new code signed by the active key — its QR and PDF change, and the
 * carrier must reprint. A second pass runs once every instance has re-read the keys, for a code another
 * instance signed with the revoked key in the meantime.
 */
@Service
public class CodeReissue {

	private static final Logger log = LoggerFactory.getLogger(CodeReissue.class);

	private final TrustedKeys keys;

	private final Consignments consignments;

	private final QrTokens tokens;

	private final Clock clock;

	private final Duration settle;

	CodeReissue(TrustedKeys keys, Consignments consignments, QrTokens tokens, Clock clock, KeysProperties properties) {
		this.keys = keys;
		this.consignments = consignments;
		this.tokens = tokens;
		this.clock = clock;
		this.settle = properties.refreshInterval().multipliedBy(2).plusSeconds(1);
	}

	/** Revokes {@code kid} and reissues the codes it signed; 404 for a key Karvon never had. */
	public Mono<Outcome> revoke(String kid) {
		return keys.revoke(kid)
			.switchIfEmpty(Mono.error(() -> new DomainException.NotFound("There is no QR signing key " + kid + ".")))
			.flatMap((revocation) -> reissue().map((count) -> new Outcome(revocation, count)))
			.doOnNext((outcome) -> Mono.delay(settle).then(reissue()).subscribe((late) -> {
				if (late > 0) {
					log.info("Reissued {} more codes signed with revoked key {}", late, kid);
				}
			}, (ex) -> log.warn("The second reissue pass after revoking {} failed: {}", kid, ex.toString())));
	}

	/** Gives every live record whose code a revoked key signed a new code; the number reissued. */
	Mono<Long> reissue() {
		return consignments.live()
			.filter((record) -> keys.verifier().verify(record.qrToken()) instanceof Verification.Revoked)
			.concatMap(this::reissue)
			.filter(Boolean::booleanValue)
			.count();
	}

	private Mono<Boolean> reissue(ConsignmentRecord record) {
		String reissued = tokens.sign(record.consignment(), clock.instant());
		return consignments.reissueQr(record.number(), record.qrToken(), reissued, clock.instant());
	}

	/** The revocation and how many codes were reissued at once. */
	public record Outcome(TrustedKeys.Revocation revocation, long reissued) {
	}

}
