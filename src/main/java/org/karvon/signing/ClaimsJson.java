package org.karvon.signing;

import java.text.ParseException;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.nimbusds.jose.util.JSONObjectUtils;

/** Writes and reads the compact payload JSON described on {@link QrClaims}. */
final class ClaimsJson {

	private ClaimsJson() {
	}

	static String write(QrClaims claims) {
		Map<String, Object> json = new LinkedHashMap<>();
		json.put("n", claims.number());
		json.put("v", claims.version());
		json.put("iat", claims.issuedAt().getEpochSecond());
		json.put("dp", claims.departurePost());
		json.put("ds", claims.destinationPost());
		json.put("it", claims.itinerary());
		putUnlessEmpty(json, "pl", claims.vehiclePlates());
		putUnlessEmpty(json, "ct", claims.containers());
		putUnlessEmpty(json, "sl", claims.seals());
		return JSONObjectUtils.toJSONString(json);
	}

	/**
	 * Reads a payload.
	 * @throws ParseException (or {@link IllegalArgumentException} from {@link QrClaims}) when the JSON
	 * is invalid, a claim is missing or has the wrong type
	 */
	static QrClaims read(String payload) throws ParseException {
		Map<String, Object> json = JSONObjectUtils.parse(payload);
		long version = JSONObjectUtils.getLong(required(json, "v"), "v");
		if (version < 1 || version > Integer.MAX_VALUE) {
			throw new ParseException("v out of range", 0);
		}
		return new QrClaims(JSONObjectUtils.getString(required(json, "n"), "n"), (int) version,
				Instant.ofEpochSecond(JSONObjectUtils.getLong(required(json, "iat"), "iat")),
				JSONObjectUtils.getString(required(json, "dp"), "dp"),
				JSONObjectUtils.getString(required(json, "ds"), "ds"),
				JSONObjectUtils.getStringList(required(json, "it"), "it"), optionalList(json, "pl"),
				optionalList(json, "ct"), optionalList(json, "sl"));
	}

	private static Map<String, Object> required(Map<String, Object> json, String name) throws ParseException {
		if (json.get(name) == null) {
			throw new ParseException("missing claim " + name, 0);
		}
		return json;
	}

	private static List<String> optionalList(Map<String, Object> json, String name) throws ParseException {
		List<String> list = JSONObjectUtils.getStringList(json, name);
		return (list != null) ? list : List.of();
	}

	private static void putUnlessEmpty(Map<String, Object> json, String name, List<String> values) {
		if (!values.isEmpty()) {
			json.put(name, values);
		}
	}

}
