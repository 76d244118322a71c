package org.karvon.webapp;

import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.karvon.consignment.ConsignmentStatus;
import org.karvon.consignment.TransportMode;
import org.karvon.journal.Anomaly;
import org.karvon.consignment.EventType;
import org.karvon.journal.IncidentKind;
import org.karvon.journal.InspectionResult;
import org.karvon.journal.SealCheckStatus;
import org.karvon.kernel.Role;

import static org.assertj.core.api.Assertions.assertThat;

/** Every language has exactly the English keys, each with a real translation; every key used exists. */
class MessageBundlesTests {

	private static final Map<String, String> ENGLISH = StaticAssets.bundle("en");

	private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\w+\\}");

	static Stream<String> translations() {
		return StaticAssets.LANGUAGES.stream().filter((language) -> !language.equals("en"));
	}

	@ParameterizedTest
	@MethodSource("translations")
	void hasExactlyTheEnglishKeys(String language) {
		Set<String> keys = StaticAssets.bundle(language).keySet();
		assertThat(difference(ENGLISH.keySet(), keys)).as("keys missing from %s.json", language).isEmpty();
		assertThat(difference(keys, ENGLISH.keySet())).as("keys in %s.json but not in en.json", language).isEmpty();
	}

	@ParameterizedTest
	@MethodSource("translations")
	void hasNoEmptyValueAndKeepsEveryPlaceholder(String language) {
		StaticAssets.bundle(language).forEach((key, value) -> {
			assertThat(value).as("%s in %s.json", key, language).isNotBlank();
			assertThat(placeholders(value)).as("placeholders of %s in %s.json", key, language)
				.isEqualTo(placeholders(ENGLISH.get(key)));
		});
	}

	@ParameterizedTest
	@MethodSource("translations")
	void translatesRatherThanCopiesEnglish(String language) {
		Map<String, String> bundle = StaticAssets.bundle(language);
		long copied = ENGLISH.entrySet().stream()
			.filter((entry) -> !entry.getKey().startsWith("lang.") && !entry.getKey().startsWith("dl.qr"))
			.filter((entry) -> !entry.getKey().equals("app.title"))
			.filter((entry) -> entry.getValue().equals(bundle.get(entry.getKey())))
			.count();
		assertThat(copied).as("messages of %s.json identical to English", language).isLessThan(8);
	}

	@Test
	void englishHasNoEmptyValue() {
		ENGLISH.forEach((key, value) -> assertThat(value).as(key).isNotBlank());
	}

	@Test
	void namesEveryLanguageInItsOwnWords() {
		for (String language : StaticAssets.LANGUAGES) {
			assertThat(ENGLISH).containsKey("lang." + language);
		}
	}

	@Test
	void coversEveryValueTheApiCanReturn() {
		Set<String> needed = new TreeSet<>();
		Arrays.stream(ConsignmentStatus.values()).forEach((value) -> needed.add("status." + value));
		Arrays.stream(TransportMode.values()).forEach((value) -> needed.add("mode." + value));
		Arrays.stream(EventType.values()).forEach((value) -> needed.add("event." + value));
		Arrays.stream(Anomaly.values()).forEach((value) -> needed.add("anomaly." + value));
		Arrays.stream(InspectionResult.values()).forEach((value) -> needed.add("inspection." + value));
		Arrays.stream(SealCheckStatus.values()).forEach((value) -> needed.add("seals." + value));
		Arrays.stream(IncidentKind.values()).forEach((value) -> needed.add("incident." + value));
		Arrays.stream(Role.values()).forEach((value) -> needed.add("role." + value));
		Stream.of("VALID", "SUPERSEDED", "CANCELLED", "FORGED", "UNKNOWN_KEY", "MALFORMED").forEach((verdict) -> {
			needed.add("verdict." + verdict);
			needed.add("verdict.hint." + verdict);
		});
		assertThat(difference(needed, ENGLISH.keySet())).isEmpty();
	}

	@Test
	void hasEveryKeyTheMarkupAndScriptsUse() {
		Set<String> used = new TreeSet<>();
		collect(Pattern.compile("data-i18n(?:-[a-z-]+)?=\"([^\"]+)\""), StaticAssets.read("index.html"), used);
		Pattern inScripts = Pattern.compile("(?:\\bt\\(|i18n: |has\\()'([a-zA-Z]+\\.[a-zA-Z.]+)'");
		StaticAssets.scripts().values().forEach((script) -> collect(inScripts, script, used));
		assertThat(used).hasSizeGreaterThan(90);
		assertThat(difference(used, ENGLISH.keySet())).isEmpty();
	}

	private static void collect(Pattern pattern, String text, Set<String> into) {
		Matcher matcher = pattern.matcher(text);
		while (matcher.find()) {
			into.add(matcher.group(1));
		}
	}

	private static Set<String> placeholders(String message) {
		Set<String> found = new TreeSet<>();
		collect(Pattern.compile("(\\{\\w+\\})"), message, found);
		return found;
	}

	private static Set<String> difference(Set<String> left, Set<String> right) {
		Set<String> result = new LinkedHashSet<>(left);
		result.removeAll(right);
		return result;
	}

}
