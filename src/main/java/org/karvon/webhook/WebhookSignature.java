package org.karvon.webhook;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The Standard Webhooks 1.0 signature: {@code webhook-signature} is {@code v1,} followed by the base64
 * HMAC-SHA256 of {@code <webhook-id>.<webhook-timestamp>.<body>}, keyed with the bytes that the base64
 * text after {@code whsec_} stands for. Receivers verify it with any Standard Webhooks library.
 */
public final class WebhookSignature {

	public static final String SECRET_PREFIX = "whsec_";

	/** 24 random bytes: the Standard Webhooks range is 24 to 64; 192 bits are beyond brute force. */
	static final int SECRET_BYTES = 24;

	private static final SecureRandom random = new SecureRandom();

	private WebhookSignature() {
	}

	public static String newSecret() {
		byte[] key = new byte[SECRET_BYTES];
		random.nextBytes(key);
		return SECRET_PREFIX + Base64.getEncoder().encodeToString(key);
	}

	public static String sign(String secret, String id, long timestamp, String body) {
		if (!secret.startsWith(SECRET_PREFIX)) {
			throw new IllegalArgumentException("a webhook secret starts with " + SECRET_PREFIX);
		}
		byte[] key = Base64.getDecoder().decode(secret.substring(SECRET_PREFIX.length()));
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(new SecretKeySpec(key, "HmacSHA256"));
			byte[] digest = mac.doFinal((id + "." + timestamp + "." + body).getBytes(StandardCharsets.UTF_8));
			return "v1," + Base64.getEncoder().encodeToString(digest);
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("HmacSHA256 is part of every JDK", ex);
		}
	}

}
