package org.karvon.architecture;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The browser app's modules depend on each other one way only, as the Java features do. */
class WebAppModulesTests {

	private static final Path MODULES = Path.of("src/main/resources/static/js");

	/** Static {@code import … from './x.js'} and dynamic {@code import('./x.js')} alike. */
	private static final Pattern IMPORT = Pattern.compile("(?:from\\s+|import\\s*\\(\\s*|^import\\s+)['\"]\\./([\\w-]+\\.js)['\"]",
			Pattern.MULTILINE);

	@Test
	void haveNoImportCycles() throws IOException {
		Map<String, List<String>> imports = imports();

		assertThat(imports).isNotEmpty().containsKey("app.js");
		assertThat(cycles(imports)).isEmpty();
	}

	@Test
	void findsACycleWhenTwoModulesImportEachOther() {
		assertThat(cycles(Map.of("a.js", List.of("b.js"), "b.js", List.of("a.js")))).isNotEmpty();
	}

	static Map<String, List<String>> imports() throws IOException {
		Map<String, List<String>> graph = new TreeMap<>();
		try (Stream<Path> files = Files.list(MODULES)) {
			for (Path file : files.filter((path) -> path.toString().endsWith(".js")).toList()) {
				Matcher matcher = IMPORT.matcher(Files.readString(file));
				List<String> targets = new ArrayList<>();
				while (matcher.find()) {
					targets.add(matcher.group(1));
				}
				graph.put(file.getFileName().toString(), targets);
			}
		}
		return graph;
	}

	/** Each import path that leads back to where it started, as {@code a.js → b.js → a.js}. */
	static List<String> cycles(Map<String, List<String>> graph) {
		List<String> found = new ArrayList<>();
		for (String start : graph.keySet()) {
			Deque<List<String>> paths = new ArrayDeque<>(List.of(List.of(start)));
			Set<String> seen = new HashSet<>();
			while (!paths.isEmpty()) {
				List<String> path = paths.pop();
				for (String next : graph.getOrDefault(path.get(path.size() - 1), List.of())) {
					if (next.equals(start)) {
						found.add(String.join(" → ", path) + " → " + start);
					}
					else if (seen.add(next)) {
						List<String> longer = new ArrayList<>(path);
						longer.add(next);
						paths.push(longer);
					}
				}
			}
		}
		return found;
	}

}
