package org.karvon.webapp;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import tools.jackson.databind.json.JsonMapper;

/** The web app's files as they are in the source tree, for tests that read them without a browser. */
final class StaticAssets {

	static final Path ROOT = Path.of("src/main/resources/static");

	static final List<String> LANGUAGES = List.of("en", "ru", "uz", "kk", "ky", "tg", "tk", "az");

	private StaticAssets() {
	}

	static String read(String relative) {
		try {
			return Files.readString(ROOT.resolve(relative));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	static Map<String, String> bundle(String language) {
		Map<String, String> messages = new LinkedHashMap<>();
		JsonMapper.shared().readTree(read("i18n/" + language + ".json"))
			.properties()
			.forEach((entry) -> messages.put(entry.getKey(), entry.getValue().isString() ? entry.getValue().asString() : null));
		return messages;
	}

	/** Every script of the app, also in subfolders of js/, by its path below js/. */
	static Map<String, String> scripts() {
		Path js = ROOT.resolve("js");
		try (Stream<Path> files = Files.walk(js)) {
			Map<String, String> scripts = new LinkedHashMap<>();
			files.filter(Files::isRegularFile).sorted().forEach((file) -> {
				String name = js.relativize(file).toString().replace('\\', '/');
				scripts.put(name, read("js/" + name));
			});
			return scripts;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** Every file the app serves, by its URL path (e.g. "/js/app.js"). */
	static List<String> files() {
		try (Stream<Path> files = Files.walk(ROOT)) {
			return files.filter(Files::isRegularFile)
				.map((file) -> "/" + ROOT.relativize(file).toString().replace('\\', '/'))
				.sorted()
				.toList();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
