package org.karvon.signing;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import com.upokecenter.cbor.CBORObject;
import com.upokecenter.cbor.CBORType;

/**
 * The COSE token's payload: a CWT-style claims map (RFC 8392) with one-byte integer keys. {@code 2}
 * ({@code sub}) and {@code 6} ({@code iat}) are the registered CWT claims; Karvon's own claims use
 * negative keys, which the CWT registry leaves unassigned, so no registered claim is ever misread:
 * <pre>
 *  2 number (text)           -1 version (uint)         -2 departure post   -3 destination post
 *  6 issued at (epoch s)     -4 itinerary [text]       -5 plates [text]    -6 containers [text]
 * -7 seals [text]            -8 container count (uint) -9 container digest (32-byte SHA-256)
 * </pre>
 * Empty lists are left out. A list of up to {@value #MAX_LISTED} containers is carried as
 * {@code -6}; a longer one as {@code -8} and {@code -9} (see {@link ContainerDigest}), which cost
 * about as much as three listed containers. Reading is strict: unknown keys, wrong types and both
 * forms at once are refused.
 */
final class ClaimsCbor {

	static final int MAX_LISTED = 3;

	static final int NUMBER = 2, ISSUED_AT = 6, VERSION = -1, DEPARTURE = -2, DESTINATION = -3, ITINERARY = -4,
			PLATES = -5, CONTAINERS = -6, SEALS = -7, CONTAINER_COUNT = -8, CONTAINER_DIGEST = -9;

	private static final Set<Integer> KEYS = Set.of(NUMBER, ISSUED_AT, VERSION, DEPARTURE, DESTINATION, ITINERARY,
			PLATES, CONTAINERS, SEALS, CONTAINER_COUNT, CONTAINER_DIGEST);

	/** 9999-12-31T23:59:59Z: any later issue time is nonsense. */
	private static final long LATEST_ISSUE = 253_402_300_799L;

	private static final int LONGEST_TEXT = 100;

	private ClaimsCbor() {
	}

	static CBORObject write(QrClaims claims) {
		CBORObject map = CBORObject.NewMap()
			.Add(NUMBER, claims.number())
			.Add(ISSUED_AT, claims.issuedAt().getEpochSecond())
			.Add(VERSION, claims.version())
			.Add(DEPARTURE, claims.departurePost())
			.Add(DESTINATION, claims.destinationPost())
			.Add(ITINERARY, texts(claims.itinerary()));
		addUnlessEmpty(map, PLATES, claims.vehiclePlates());
		addUnlessEmpty(map, SEALS, claims.seals());
		if (claims.containerDigest().count() <= MAX_LISTED && claims.listsEveryContainer()) {
			addUnlessEmpty(map, CONTAINERS, claims.containers());
		}
		else {
			map.Add(CONTAINER_COUNT, claims.containerDigest().count());
			map.Add(CONTAINER_DIGEST, claims.containerDigest().bytes());
		}
		return map;
	}

	/** @throws IllegalArgumentException when a claim is missing, unknown or of the wrong type */
	static QrClaims read(CBORObject map) {
		require(map.getType() == CBORType.Map, "claims are not a map");
		for (CBORObject key : map.getKeys()) {
			require(key.getType() == CBORType.Integer && key.CanValueFitInInt32() && KEYS.contains(key.AsInt32Value()),
					"unknown claim " + key);
		}
		List<String> containers = list(map, CONTAINERS);
		boolean digested = map.ContainsKey(CONTAINER_COUNT) || map.ContainsKey(CONTAINER_DIGEST);
		require(!digested || containers.isEmpty(), "containers both listed and digested");
		ContainerDigest digest = digested
				? ContainerDigest.of((int) integer(map, CONTAINER_COUNT, Integer.MAX_VALUE), bytes(map, CONTAINER_DIGEST))
				: ContainerDigest.of(containers);
		return new QrClaims(text(map, NUMBER), (int) integer(map, VERSION, Integer.MAX_VALUE),
				Instant.ofEpochSecond(integer(map, ISSUED_AT, LATEST_ISSUE)), text(map, DEPARTURE),
				text(map, DESTINATION), list(map, ITINERARY), list(map, PLATES), containers, list(map, SEALS), digest);
	}

	private static CBORObject texts(List<String> values) {
		CBORObject array = CBORObject.NewArray();
		values.forEach(array::Add);
		return array;
	}

	private static void addUnlessEmpty(CBORObject map, int key, List<String> values) {
		if (!values.isEmpty()) {
			map.Add(key, texts(values));
		}
	}

	private static String text(CBORObject map, int key) {
		CBORObject value = map.get(key);
		require(value != null && value.getType() == CBORType.TextString, "claim " + key + " must be text");
		require(value.AsString().length() <= LONGEST_TEXT, "claim " + key + " too long");
		return value.AsString();
	}

	private static long integer(CBORObject map, int key, long max) {
		CBORObject value = map.get(key);
		require(value != null && value.getType() == CBORType.Integer && value.CanValueFitInInt64(),
				"claim " + key + " must be an integer");
		long number = value.AsInt64Value();
		require(number >= 0 && number <= max, "claim " + key + " out of range");
		return number;
	}

	private static byte[] bytes(CBORObject map, int key) {
		CBORObject value = map.get(key);
		require(value != null && value.getType() == CBORType.ByteString, "claim " + key + " must be bytes");
		return value.GetByteString();
	}

	private static List<String> list(CBORObject map, int key) {
		CBORObject value = map.get(key);
		if (value == null) {
			return List.of();
		}
		require(value.getType() == CBORType.Array && value.size() > 0, "claim " + key + " must be a non-empty array");
		List<String> texts = new ArrayList<>(value.size());
		for (CBORObject item : value.getValues()) {
			require(item.getType() == CBORType.TextString, "claim " + key + " must hold text");
			texts.add(item.AsString());
		}
		return texts;
	}

	private static void require(boolean condition, String reason) {
		if (!condition) {
			throw new IllegalArgumentException(reason);
		}
	}

}
