package org.karvon.keys;

/** Where a stored key is in its life: it signs, it only verifies, or it was withdrawn. */
public enum KeyState {
	ACTIVE, RETIRED, REVOKED
}
