/**
 * The region-wide transparency log in plain Java: RFC 9162 Merkle tree hashing and proofs, C2SP signed
 * notes, checkpoints and cosignatures. Knows bytes and text, not HTTP or databases.
 */
package org.karvon.transparency;
