package org.karvon.transparency;

import java.nio.ByteBuffer;
import java.util.Base64;

/**
 * One signature line of a C2SP signed note: {@code "— " name " " base64(key id (4 bytes, big-endian) ‖
 * payload) "\n"}, where "—" is U+2014 EM DASH.
 */
public record NoteSignature(String name, int keyId, byte[] payload) {

	public NoteSignature {
		KeyNames.check(name);
		payload = payload.clone();
	}

	public String line() {
		byte[] bytes = ByteBuffer.allocate(4 + payload.length).putInt(keyId).put(payload).array();
		return Notes.DASH + " " + name + " " + Base64.getEncoder().encodeToString(bytes) + "\n";
	}

	@Override
	public byte[] payload() {
		return payload.clone();
	}

}
