package org.karvon.webapp;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The app opens offline only if the service worker keeps every file it serves: a file added to
 * static/ and forgotten in sw.js would be missing at a post with no network.
 */
class ServiceWorkerShellTests {

	private static final String WORKER = StaticAssets.read("sw.js");

	/** Served but never needed offline: the worker itself, licence texts; index.html is kept as "/". */
	private static final Set<String> NOT_KEPT = Set.of("/sw.js", "/index.html");

	@Test
	void keepsEveryFileTheAppServes() {
		Set<String> kept = keptPaths();
		List<String> missing = StaticAssets.files().stream()
			.filter((path) -> !NOT_KEPT.contains(path) && !path.endsWith("/LICENSE"))
			.filter((path) -> !kept.contains(path))
			.toList();
		assertThat(missing).as("files under static/ missing from SHELL in sw.js").isEmpty();
		assertThat(kept).contains("/", "/api/trust/keys");
	}

	@Test
	void keepsNoFileThatDoesNotExist() {
		Set<String> shipped = new TreeSet<>(StaticAssets.files());
		List<String> absent = keptPaths().stream()
			.filter((path) -> !path.equals("/") && !path.startsWith("/api/") && !optional().contains(path))
			.filter((path) -> !shipped.contains(path))
			.toList();
		assertThat(absent).as("SHELL entries in sw.js with no file (install would fail)").isEmpty();
	}

	@Test
	void manifestMakesTheAppInstallableAtTheRoot() {
		JsonNode manifest = JsonMapper.shared().readTree(StaticAssets.read("manifest.webmanifest"));
		assertThat(manifest.get("scope").asString()).isEqualTo("/");
		assertThat(manifest.get("display").asString()).isEqualTo("standalone");
		Set<String> icons = new TreeSet<>();
		manifest.get("icons").forEach((icon) -> icons.add(icon.get("src").asString()));
		assertThat(StaticAssets.files()).containsAll(icons);
		assertThat(manifest.get("icons").valueStream().map((icon) -> icon.get("sizes").asString()))
			.contains("192x192", "512x512");
	}

	/** The SHELL list and the trust list, as the worker's install step fetches them. */
	private static Set<String> keptPaths() {
		Set<String> paths = pathsIn("const SHELL");
		paths.addAll(pathsIn("const TRUST"));
		return paths;
	}

	private static Set<String> optional() {
		return pathsIn("const OPTIONAL");
	}

	private static Set<String> pathsIn(String declaration) {
		int start = WORKER.indexOf(declaration);
		String list = WORKER.substring(start, WORKER.indexOf(";", start));
		Set<String> paths = new TreeSet<>();
		Pattern.compile("'(/[^']*)'").matcher(list).results().forEach((match) -> paths.add(match.group(1)));
		return paths;
	}

}
