package org.karvon.web;

import org.karvon.kernel.FieldError;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.http.HttpStatusCode;

/**
 * An RFC 9457 problem. {@code code} is the stable upper-case name of a business rule refusal,
 * {@code errors} the list of bad fields; both are omitted when absent.
 */
public record Problem(int status, String title, String detail, String code, List<FieldError> errors) {

	public static Problem of(HttpStatusCode status, String title, String detail) {
		return new Problem(status.value(), title, detail, null, List.of());
	}

	public Map<String, Object> toBody(String instance) {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("type", "about:blank");
		body.put("title", title);
		body.put("status", status);
		body.put("detail", detail);
		body.put("instance", instance);
		if (code != null) {
			body.put("code", code);
		}
		if (!errors.isEmpty()) {
			body.put("errors", errors);
		}
		return body;
	}

}
