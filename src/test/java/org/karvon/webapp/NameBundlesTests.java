package org.karvon.webapp;

import java.util.Map;
import java.util.regex.Pattern;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The names bundles are written in each language's own script and are really translated; the scripts
 * never ask the browser for names (Intl.DisplayNames has none for tk, ky, az, tg, uz).
 */
class NameBundlesTests {

	private static final NameBundles ENGLISH = NameBundles.of("en");

	@ParameterizedTest
	@ValueSource(strings = { "ru", "kk", "ky", "tg" })
	void writesCyrillicLanguagesInCyrillic(String language) {
		NameBundles bundle = NameBundles.of(language);
		assertInScript(bundle.countries(), "\\p{IsCyrillic}[\\p{IsCyrillic} ,.()-]*", language);
		assertInScript(bundle.posts(), "[\\p{IsCyrillic}][\\p{IsCyrillic} ,./()-]*", language);
	}

	@ParameterizedTest
	@ValueSource(strings = { "uz", "tk", "az" })
	void writesLatinLanguagesInTheirOwnOrthography(String language) {
		NameBundles bundle = NameBundles.of(language);
		assertInScript(bundle.countries(), "[\\p{IsLatin}ʻ][\\p{IsLatin}ʻ ,.()-]*", language);
		assertInScript(bundle.posts(), "[\\p{IsLatin}ʻ][\\p{IsLatin}ʻ ,./()-]*", language);
		long english = bundle.countries().entrySet().stream()
			.filter((entry) -> entry.getValue().equals(ENGLISH.countries().get(entry.getKey()))).count();
		assertThat(english).as("country names of names/%s.json identical to English", language).isLessThanOrEqualTo(2);
	}

	@Test
	void everyLanguageNamesTheSameCountriesAndPosts() {
		for (String language : StaticAssets.LANGUAGES) {
			assertThat(NameBundles.of(language).countries().keySet()).isEqualTo(ENGLISH.countries().keySet());
			assertThat(NameBundles.of(language).posts().keySet()).isEqualTo(ENGLISH.posts().keySet());
		}
	}

	@Test
	void scriptsNeverAskTheBrowserForNames() {
		StaticAssets.scripts().forEach((name, script) -> assertThat(script).as(name).doesNotContain("DisplayNames("));
	}

	private static void assertInScript(Map<String, String> names, String script, String language) {
		Pattern pattern = Pattern.compile(script);
		names.forEach((code, name) -> assertThat(name).as("%s in names/%s.json", code, language).matches(pattern));
	}

}
