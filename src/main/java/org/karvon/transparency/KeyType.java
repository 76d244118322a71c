package org.karvon.transparency;

/**
 * The signature types of C2SP signed-note keys that Karvon uses: {@code 0x01} a plain Ed25519 note
 * signature (the log's checkpoint signature), {@code 0x04} a C2SP tlog-cosignature {@code cosignature/v1}
 * (a witness's timestamped Ed25519 cosignature).
 */
public enum KeyType {

	ED25519((byte) 0x01, Ed25519.SIGNATURE_BYTES), COSIGNATURE_V1((byte) 0x04, 8 + Ed25519.SIGNATURE_BYTES);

	private final byte id;

	private final int payloadBytes;

	KeyType(byte id, int payloadBytes) {
		this.id = id;
		this.payloadBytes = payloadBytes;
	}

	public byte id() {
		return id;
	}

	/** Bytes after the 4-byte key id in a signature line. */
	public int payloadBytes() {
		return payloadBytes;
	}

	public static KeyType of(byte id) {
		for (KeyType type : values()) {
			if (type.id == id) {
				return type;
			}
		}
		throw new IllegalArgumentException("unsupported key type 0x%02x".formatted(id));
	}

}
