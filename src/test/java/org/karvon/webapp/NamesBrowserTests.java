package org.karvon.webapp;

import java.io.IOException;
import java.nio.file.Files;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.karvon.support.Api;
import org.karvon.support.IntegrationTest;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;
import static org.karvon.support.ConsignmentRequestBuilder.aCottonShipment;
import static org.karvon.support.EventRequestBuilder.anEvent;

/** Posts and countries by name in the officer's language (from Karvon's bundles), and the route map. */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class NamesBrowserTests {

	private static final NameBundles ENGLISH = NameBundles.of("en");

	@Autowired
	Api api;

	@LocalServerPort
	int port;

	String carrier;

	@BeforeAll
	void carrier() {
		carrier = api.carrierOf(api.newOrganization());
	}

	@ParameterizedTest
	@ValueSource(strings = { "tk", "ky", "az" })
	void showsTheVerdictsRouteByNameInTheOfficersLanguageOnAPhone(String language) {
		NameBundles names = NameBundles.of(language);
		String number = departedConsignment();
		WebUsers.User officer = new WebUsers(api).officerAt("UZYAL");
		try (Browser browser = Browser.open(port, language)) {
			browser.resize(360, 800);
			browser.signIn(officer.username(), officer.password());
			assertThat(browser.script("return document.documentElement.lang")).isEqualTo(language);
			browser.type(By.id("scan-text"), number);
			browser.click(By.cssSelector("#scan-typed button[type=submit]"));
			browser.waitForText(By.id("verdict-facts"), number);
			String facts = browser.visible(By.id("verdict-facts")).getText();

			assertThat(facts).contains(names.posts().get("UZTAS") + " (UZTAS)", names.posts().get("KZALA") + " (KZALA)",
					names.countries().get("UZ") + " → " + names.countries().get("KZ"));
			assertThat(facts).doesNotContain(ENGLISH.countries().get("UZ"), ENGLISH.countries().get("KZ"));
			assertThat(facts.replaceAll("\\((UZTAS|KZALA)\\)", "")).as("no bare post codes").doesNotContain("UZTAS", "KZALA");
			assertThat(browser.script("return document.documentElement.scrollWidth <= document.documentElement.clientWidth"))
				.as("no horizontal scrolling at 360 px").isEqualTo(true);
			browser.script("document.querySelector('#verdict-facts dd:last-of-type').scrollIntoView()");
			browser.screenshot("names-" + language + "-verdict-360");
		}
	}

	@Test
	void drawsTheRouteOnAMapWithTheLastSeenPostMarkedByName() throws IOException {
		String number = departedConsignment();
		api.record(api.officerAt("UZYAL"), number, anEvent("EXIT").build());
		WebUsers.User officer = new WebUsers(api).officerAt("KZZHZ");
		NameBundles names = NameBundles.of("ky");
		try (Browser browser = Browser.open(port, "ky")) {
			browser.signIn(officer.username(), officer.password());
			browser.go("#/c/" + number);
			WebElement map = browser.visible(By.cssSelector("#route-map svg"));

			assertThat(countries(browser, "path.country.on-route")).containsExactlyInAnyOrder("UZ", "KZ");
			assertThat(countries(browser, "path.country")).hasSize(14);
			assertThat(map.findElements(By.cssSelector("polyline.path"))).isNotEmpty();
			WebElement here = map.findElement(By.cssSelector("g.post.here"));
			assertThat(here.getAttribute("data-post")).isEqualTo("UZYAL");
			assertThat(here.findElement(By.tagName("text")).getText()).isEqualTo(names.posts().get("UZYAL"));
			assertThat(map.findElements(By.cssSelector("g.post")).stream().map((g) -> g.getAttribute("data-post")))
				.contains("UZTAS", "UZYAL", "KZALA");
			assertThat(map.findElements(By.cssSelector("g.post text")).stream().map(WebElement::getText))
				.as("every post labelled by name").contains(names.posts().get("UZTAS"), names.posts().get("KZALA"));
			assertThat(map.getAttribute("aria-label")).contains(names.posts().get("KZALA"));
			browser.script("arguments[0].scrollIntoView()", map);
			Files.write(Browser.SCREENSHOTS.resolve("record-map.png"), map.getScreenshotAs(OutputType.BYTES));
		}
	}

	@SuppressWarnings("unchecked")
	private static List<String> countries(Browser browser, String selector) {
		return (List<String>) browser.script("return [...document.querySelectorAll('#route-map ' + arguments[0])]"
				+ ".map((p) => p.dataset.country)", selector);
	}

	private String departedConsignment() {
		String number = (String) api.register(carrier, aCottonShipment().build()).get("number");
		api.record(api.officerAt("UZTAS"), number, anEvent("DEPARTURE").build());
		return number;
	}

}
