package org.karvon.journal;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Chains a consignment's journal events so that changing, removing or reordering any of them shows.
 * <p>
 * {@code hash = hex(SHA-256(encoding))}, lower-case, where the encoding is the UTF-8 bytes of these
 * fields in this order, each written as {@code name ":" byteLength ":" value "\n"} ({@code byteLength}
 * is the decimal count of UTF-8 bytes of {@code value}, which makes the encoding unambiguous whatever
 * the values contain): {@code format} (always {@code karvon-journal-v1}), {@code prevHash},
 * {@code consignmentNumber}, {@code seq} (decimal), {@code id} (lower-case UUID), {@code type},
 * {@code postCode}, {@code country}, {@code officer}, {@code occurredAt} and {@code recordedAt} (UTC,
 * {@code yyyy-MM-dd'T'HH:mm:ss.SSS'Z'}, truncated to milliseconds), {@code payload} (canonical JSON)
 * and {@code anomalies} (names sorted, joined by {@code ","}, empty when none). The first event's
 * {@code prevHash} is {@link #GENESIS}, 64 zeros.
 */
public final class HashChain {

	public static final String GENESIS = "0".repeat(64);

	private static final DateTimeFormatter INSTANT = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'")
		.withZone(ZoneOffset.UTC);

	private HashChain() {
	}

	public static String hash(CanonicalEvent event, String prevHash) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(encode(event, prevHash)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("SHA-256 is required of every Java runtime", ex);
		}
	}

	static byte[] encode(CanonicalEvent event, String prevHash) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		fields(event, prevHash).forEach((name, value) -> {
			byte[] bytes = value.getBytes(StandardCharsets.UTF_8);
			out.writeBytes((name + ":" + bytes.length + ":").getBytes(StandardCharsets.UTF_8));
			out.writeBytes(bytes);
			out.write('\n');
		});
		return out.toByteArray();
	}

	private static Map<String, String> fields(CanonicalEvent event, String prevHash) {
		Map<String, String> fields = new LinkedHashMap<>();
		fields.put("format", "karvon-journal-v1");
		fields.put("prevHash", prevHash);
		fields.put("consignmentNumber", event.consignmentNumber().value());
		fields.put("seq", Long.toString(event.seq()));
		fields.put("id", event.id().toString());
		fields.put("type", event.type().name());
		fields.put("postCode", event.postCode().value());
		fields.put("country", event.country().value());
		fields.put("officer", event.officer());
		fields.put("occurredAt", instant(event.occurredAt()));
		fields.put("recordedAt", instant(event.recordedAt()));
		fields.put("payload", event.payload());
		fields.put("anomalies", event.anomalies().stream().map(Anomaly::name).collect(Collectors.joining(",")));
		return fields;
	}

	private static String instant(Instant instant) {
		return INSTANT.format(instant);
	}

	/** Checks order, links and hashes, oldest first; reports the first event that does not fit. */
	public static ChainVerification verify(List<StoredEvent> events) {
		String previous = GENESIS;
		for (int i = 0; i < events.size(); i++) {
			StoredEvent event = events.get(i);
			String head = events.get(events.size() - 1).hash();
			if (event.seq() != i + 1) {
				return ChainVerification.broken(events.size(), head, event.seq(), "expected seq " + (i + 1));
			}
			if (!event.consignmentNumber().equals(events.get(0).consignmentNumber())) {
				return ChainVerification.broken(events.size(), head, event.seq(), "belongs to another consignment");
			}
			if (!previous.equals(event.prevHash())) {
				return ChainVerification.broken(events.size(), head, event.seq(), "prevHash does not match the previous hash");
			}
			if (!hash(event.canonical(), event.prevHash()).equals(event.hash())) {
				return ChainVerification.broken(events.size(), head, event.seq(), "content does not match its hash");
			}
			if (!StoredEvent.chain(event.canonical(), event.prevHash()).equals(event)) {
				return ChainVerification.broken(events.size(), head, event.seq(),
						"stored with detail its hash does not cover (sub-millisecond time, unsorted anomalies)");
			}
			previous = event.hash();
		}
		return ChainVerification.intact(events.size(), previous);
	}

}
