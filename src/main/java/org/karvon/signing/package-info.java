/**
 * Signing keys, the public JWKS and signed QR tokens: {@code KV1:} + Base45 of a COSE_Sign1 (RFC 9052)
 * with EdDSA/Ed25519 over a CWT-style claims map — QR alphanumeric text, verifiable offline by any COSE
 * library with the published JWKS — and, still accepted, the JWS tokens printed before. Knows bytes,
 * not HTTP.
 */
package org.karvon.signing;
