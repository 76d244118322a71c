package org.karvon.webapp;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Visible text lives only in the message bundles: the markup has no text of its own (every element's
 * text comes from a data-i18n key) and the scripts set no literal prose. Also: nothing is fetched from
 * another origin, and nothing inline that the Content-Security-Policy would block.
 */
class HardCodedTextTests {

	private static final String HTML = StaticAssets.read("index.html");

	@Test
	void markupHasNoTextOutsideMessageKeys() {
		String withoutTitle = HTML.replaceFirst("<title>Karvon</title>", "");
		String text = withoutTitle.replaceAll("(?s)<!--.*?-->", "").replaceAll("(?s)<[^>]*>", " ").trim();
		assertThat(text).as("text in index.html outside tags").isEmpty();
	}

	@Test
	void markupHasNoLiteralLabelsOrPlaceholders() {
		Matcher matcher = Pattern.compile("\\s(placeholder|aria-label|title|alt|value)=\"([^\"]*[A-Za-z]{2}[^\"]*)\"").matcher(HTML);
		List<String> found = new ArrayList<>();
		while (matcher.find()) {
			if (!matcher.group(1).equals("value") || !matcher.group(2).matches("[A-Z_]+")) {
				found.add(matcher.group());
			}
		}
		assertThat(found).isEmpty();
	}

	@Test
	void scriptsSetNoLiteralText() {
		Pattern forbidden = Pattern.compile(
				"innerHTML|innerText|outerHTML|insertAdjacentHTML|document\\.write|\\balert\\(|window\\.confirm|\\bprompt\\("
						+ "|textContent\\s*=\\s*['\"`][^'\"`]*[A-Za-z]");
		Pattern literal = Pattern.compile("'([^'\\n]*)'|\"([^\"\\n]*)\"|`([^`\\n]*)`");
		List<String> found = new ArrayList<>();
		StaticAssets.scripts().forEach((name, script) -> {
			String code = script.replaceAll("(?m)^\\s*//.*$", "").replaceAll("(?s)/\\*.*?\\*/", "");
			Matcher bad = forbidden.matcher(code);
			while (bad.find()) {
				found.add(name + ": " + bad.group());
			}
			Matcher strings = literal.matcher(code);
			while (strings.find()) {
				String value = strings.group(1) != null ? strings.group(1)
						: strings.group(2) != null ? strings.group(2) : strings.group(3);
				if (looksLikeProse(value)) {
					found.add(name + ": " + value);
				}
			}
		});
		assertThat(found).isEmpty();
	}

	@Test
	void requestsNothingFromOtherOrigins() {
		List<String> found = new ArrayList<>();
		Pattern external = Pattern.compile("(https?:)?//[a-z0-9.-]+\\.[a-z]{2,}", Pattern.CASE_INSENSITIVE);
		StaticAssets.scripts().forEach((name, script) -> external.matcher(script).results()
			.forEach((match) -> found.add(name + ": " + match.group())));
		external.matcher(HTML).results().forEach((match) -> found.add("index.html: " + match.group()));
		external.matcher(StaticAssets.read("css/app.css")).results().forEach((match) -> found.add("app.css: " + match.group()));
		assertThat(found).isEmpty();
		assertThat(StaticAssets.read("css/app.css")).doesNotContain("@import", "url(");
	}

	@Test
	void markupHasNoInlineScriptsStylesOrHandlers() {
		assertThat(HTML).doesNotContainPattern("<script(?![^>]*\\ssrc=)[^>]*>");
		assertThat(HTML).doesNotContainPattern("<style");
		assertThat(HTML).doesNotContainPattern("\\sstyle=");
		assertThat(HTML).doesNotContainPattern("\\son[a-z]+=");
	}

	/** A capitalised word, or words separated by spaces starting with a capital, or a sentence. */
	private static boolean looksLikeProse(String value) {
		return value.matches("[A-Z][a-z]{2,}") || value.matches(".*\\b[A-Z][a-z]*\\s+[a-z]{2,}.*")
				|| value.matches(".*[a-z]{2,}[.!?…]$") && value.contains(" ");
	}

}
