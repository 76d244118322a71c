package org.karvon.journal.evidence;

import java.util.Map;

/**
 * The file an officer or court receives: the signed document as compact JWS, and for convenience
 * the keys published when it was made. Trust comes from keys obtained independently
 * ({@code --jwks}); the embedded set only helps when none is at hand.
 */
public record EvidenceBundle(String format, String jws, Map<String, Object> jwks) {
}
