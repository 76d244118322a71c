/**
 * Signing keys, the public JWKS and signed QR tokens: JWS compact serialization (RFC 7515) with
 * EdDSA/Ed25519 (RFC 8037), chosen because the QR content stays plain text (QR byte mode), any JOSE
 * library can verify it offline with the published JWKS, and Ed25519 signatures are only 64 bytes.
 * Knows bytes, not HTTP.
 */
package org.karvon.signing;
