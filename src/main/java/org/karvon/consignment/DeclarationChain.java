package org.karvon.consignment;

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
import java.util.Optional;

/**
 * Chains everything that changes a record's declaration or who may read it — registration, each
 * amendment, cancellation, a grant to a post off the itinerary — so that editing, removing or
 * reordering any of them, or editing the record behind the chain's back, shows.
 * <p>
 * <b>Declaration text.</b> The declaration (the record's declaration fields in the API's shape, as
 * stored) in RFC 8785 (JCS) form with members whose value is {@code null} left out: object keys sorted,
 * no whitespace, strings escaped as JCS does; it holds only strings, integers, booleans, arrays and
 * objects. {@code declarationHash = hex(SHA-256(UTF-8 bytes of that text))}, lower-case.
 * <p>
 * <b>Entry hash.</b> {@code hash = hex(SHA-256(encoding))}, lower-case, where the encoding is the UTF-8
 * bytes of these fields in this order, each written as {@code name ":" byteLength ":" value "\n"}
 * ({@code byteLength} is the decimal count of UTF-8 bytes of {@code value}), exactly as the movement
 * journal's {@code HashChain} does: {@code format} (always {@code karvon-declaration-v1}),
 * {@code prevHash}, {@code consignmentNumber}, {@code seq} (decimal, 1 for the first entry),
 * {@code version} (decimal: the declaration version the entry concerns), {@code kind}
 * ({@code REGISTERED}, {@code AMENDED}, {@code CANCELLED} or {@code GRANTED}), {@code postCode} (the post
 * a GRANTED entry opened the record to, empty otherwise), {@code at} (UTC,
 * {@code yyyy-MM-dd'T'HH:mm:ss.SSS'Z'}; stored truncated to milliseconds) and {@code declarationHash}
 * (for CANCELLED and GRANTED, that of the version they concern). The first entry's {@code prevHash} is
 * 64 zeros. The entry hash is the record's leaf in the transparency log.
 * <p>
 * <b>Rules.</b> The first entry is REGISTERED (its version is 1, or the version a record had when the
 * history began: older versions were overwritten in place and are not recoverable); each AMENDED raises
 * the version by one; every other kind keeps it; the record stored is at the last entry's version,
 * is CANCELLED exactly when the chain holds a cancellation, and its declaration is the text of the last
 * REGISTERED or AMENDED entry.
 */
public final class DeclarationChain {

	public static final String GENESIS = "0".repeat(64);

	private static final DateTimeFormatter INSTANT = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'")
		.withZone(ZoneOffset.UTC);

	private DeclarationChain() {
	}

	/** The record as stored, beside its chain: version, whether cancelled, current declaration as canonical text. */
	public record Declared(int version, boolean cancelled, String declaration) {
	}

	public static String declarationHash(String canonicalDeclaration) {
		return sha256(canonicalDeclaration.getBytes(StandardCharsets.UTF_8));
	}

	public static String hash(DeclarationEntry entry) {
		return sha256(encode(entry));
	}

	static byte[] encode(DeclarationEntry entry) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		fields(entry).forEach((name, value) -> {
			byte[] bytes = value.getBytes(StandardCharsets.UTF_8);
			out.writeBytes((name + ":" + bytes.length + ":").getBytes(StandardCharsets.UTF_8));
			out.writeBytes(bytes);
			out.write('\n');
		});
		return out.toByteArray();
	}

	private static Map<String, String> fields(DeclarationEntry entry) {
		Map<String, String> fields = new LinkedHashMap<>();
		fields.put("format", "karvon-declaration-v1");
		fields.put("prevHash", entry.prevHash());
		fields.put("consignmentNumber", entry.consignmentNumber());
		fields.put("seq", Integer.toString(entry.seq()));
		fields.put("version", Integer.toString(entry.version()));
		fields.put("kind", entry.kind().name());
		fields.put("postCode", entry.postCode());
		fields.put("at", instant(entry.at()));
		fields.put("declarationHash", entry.declarationHash());
		return fields;
	}

	private static String sha256(byte[] bytes) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("SHA-256 is required of every Java runtime", ex);
		}
	}

	static String instant(Instant instant) {
		return INSTANT.format(instant);
	}

	/** Checks order, links, hashes and rules, oldest first, then the record against the chain's end. */
	public static DeclarationVerification verify(List<DeclarationEntry> entries, Declared record) {
		DeclarationVerification links = verifyLinks(entries);
		if (!links.valid()) {
			return links;
		}
		DeclarationEntry last = entries.isEmpty() ? null : entries.get(entries.size() - 1);
		Optional<DeclarationEntry> declared = entries.stream().filter((entry) -> entry.kind().declares())
			.reduce((earlier, later) -> later);
		boolean cancelled = entries.stream().anyMatch((entry) -> entry.kind() == DeclarationKind.CANCELLED);
		return disagreement(last, declared, cancelled, record)
			.map((reason) -> DeclarationVerification.disagrees(links.entries(), links.head(), reason))
			.orElse(links);
	}

	/**
	 * Checks order, links, hashes and rules, oldest first, without a stored record to compare with: what an
	 * offline verifier of an evidence bundle can check.
	 */
	public static DeclarationVerification verifyLinks(List<DeclarationEntry> entries) {
		String head = entries.isEmpty() ? GENESIS : entries.get(entries.size() - 1).hash();
		DeclarationEntry previous = null;
		for (int i = 0; i < entries.size(); i++) {
			DeclarationEntry entry = entries.get(i);
			Optional<String> misfit = misfit(entry, previous, i + 1, entries.get(0).consignmentNumber());
			if (misfit.isPresent()) {
				return DeclarationVerification.broken(entries.size(), head, entry.seq(), misfit.get());
			}
			previous = entry;
		}
		return DeclarationVerification.intact(entries.size(), head);
	}

	private static Optional<String> misfit(DeclarationEntry entry, DeclarationEntry previous, int seq, String number) {
		if (entry.seq() != seq) {
			return Optional.of("declaration entry " + entry.seq() + " where " + seq + " was expected");
		}
		if (!entry.consignmentNumber().equals(number)) {
			return Optional.of("declaration entry " + seq + " belongs to another consignment");
		}
		if (!(previous == null ? GENESIS : previous.hash()).equals(entry.prevHash())) {
			return Optional.of("declaration entry " + seq + ": prevHash does not match the previous hash");
		}
		Optional<String> rule = ruleBroken(entry, previous);
		if (rule.isPresent()) {
			return rule.map((reason) -> "declaration entry " + seq + ": " + reason);
		}
		if (!hash(entry).equals(entry.hash())) {
			return Optional.of("declaration entry " + seq + ": content does not match its hash");
		}
		return Optional.empty();
	}

	private static Optional<String> ruleBroken(DeclarationEntry entry, DeclarationEntry previous) {
		DeclarationKind kind = entry.kind();
		if ((previous == null) != (kind == DeclarationKind.REGISTERED)) {
			return Optional.of(previous == null ? "the chain does not begin with REGISTERED" : "a second REGISTERED");
		}
		int expected = previous == null ? Math.max(entry.version(), 1)
				: previous.version() + (kind == DeclarationKind.AMENDED ? 1 : 0);
		if (entry.version() != expected) {
			return Optional.of(kind + " at version " + entry.version() + " where " + expected + " was expected");
		}
		if ((kind == DeclarationKind.GRANTED) == entry.postCode().isEmpty()) {
			return Optional.of(kind + " with " + (entry.postCode().isEmpty() ? "no post" : "a post"));
		}
		if (kind.declares()) {
			return entry.declaration().filter((text) -> declarationHash(text).equals(entry.declarationHash())).isPresent()
					? Optional.empty() : Optional.of("the declaration does not match its declarationHash");
		}
		return entry.declaration().isPresent() || !entry.declarationHash().equals(previous.declarationHash())
				? Optional.of(kind + " does not repeat the declarationHash of version " + previous.version())
				: Optional.empty();
	}

	private static Optional<String> disagreement(DeclarationEntry last, Optional<DeclarationEntry> declared,
			boolean cancelled, Declared record) {
		if (last == null) {
			return Optional.of("the record has no declaration history");
		}
		if (last.version() != record.version()) {
			return Optional.of("the record is at version " + record.version() + " but its declaration chain at version "
					+ last.version());
		}
		if (cancelled != record.cancelled()) {
			return Optional.of(cancelled ? "the declaration chain records a cancellation the record does not show"
					: "the record is CANCELLED but its declaration chain records no cancellation");
		}
		if (!declared.flatMap(DeclarationEntry::declaration).orElse("").equals(record.declaration())) {
			return Optional.of("the record's declaration differs from version " + last.version() + " in its chain");
		}
		return Optional.empty();
	}

}
