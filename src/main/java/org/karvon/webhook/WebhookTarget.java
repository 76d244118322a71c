package org.karvon.webhook;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;

import org.karvon.kernel.InvalidValueException;

/**
 * Where an endpoint's deliveries go: an absolute {@code https} URL without credentials or fragment.
 * Plain {@code http} is accepted only where private targets are (local development and tests). The
 * address it resolves to is judged separately ({@link TargetAddresses}), at registration and again at
 * every delivery, because DNS can change in between.
 */
public record WebhookTarget(URI uri, String host, int port, boolean secure) {

	public static final int MAX_LENGTH = 2048;

	public static WebhookTarget parse(String raw, boolean allowPlainHttp) {
		if (raw == null || raw.isBlank() || raw.length() > MAX_LENGTH) {
			throw new InvalidValueException("must be an https URL of at most " + MAX_LENGTH + " characters");
		}
		URI uri = uri(raw.strip());
		String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
		boolean secure = scheme.equals("https");
		if (!secure && !(allowPlainHttp && scheme.equals("http"))) {
			throw new InvalidValueException("must use https (got '" + scheme + "')");
		}
		if (uri.getHost() == null || uri.getRawUserInfo() != null || uri.getRawFragment() != null) {
			throw new InvalidValueException("must name a host, without user name, password or #fragment");
		}
		String host = uri.getHost().toLowerCase(Locale.ROOT);
		if (!allowPlainHttp && (host.equals("localhost") || host.endsWith(".localhost"))) {
			throw new InvalidValueException("must not be localhost; webhooks go only to public addresses");
		}
		int port = uri.getPort() != -1 ? uri.getPort() : (secure ? 443 : 80);
		return new WebhookTarget(uri, host.startsWith("[") ? host.substring(1, host.length() - 1) : host, port, secure);
	}

	/** The request target sent to the pinned address: path and query, never empty. */
	public String pathAndQuery() {
		String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
		return uri.getRawQuery() == null ? path : path + "?" + uri.getRawQuery();
	}

	private static URI uri(String raw) {
		try {
			URI uri = new URI(raw);
			if (!uri.isAbsolute() || uri.isOpaque()) {
				throw new InvalidValueException("must be an absolute URL such as https://example.com/karvon");
			}
			return uri;
		}
		catch (URISyntaxException ex) {
			throw new InvalidValueException("is not a URL: " + ex.getReason());
		}
	}

}
