package org.karvon.keys;

/** What a stored private key is for. Each purpose has its own wrapping key ({@link MasterKey#wrapFor}). */
public enum KeyPurpose {

	/** Ed25519 keys that sign QR codes (the JWKS at {@code /api/trust/keys}). */
	QR_SIGNING("qr-signing"),
	/** The transparency log's Ed25519 checkpoint key. */
	LOG_SIGNING("log-signing"),
	/** Keys that sign evidence bundles. */
	EVIDENCE_SIGNING("evidence-signing"),
	/** The HMAC-SHA256 key of the access tokens. */
	ACCESS_TOKEN_HMAC("access-token-hmac");

	private final String label;

	KeyPurpose(String label) {
		this.label = label;
	}

	/** The name stored in {@code wrapped_key.purpose} and used in the HKDF info and the GCM associated data. */
	public String label() {
		return label;
	}

	public static KeyPurpose ofLabel(String label) {
		for (KeyPurpose purpose : values()) {
			if (purpose.label.equals(label)) {
				return purpose;
			}
		}
		throw new IllegalArgumentException("unknown key purpose " + label);
	}

}
