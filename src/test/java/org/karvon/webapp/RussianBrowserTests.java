package org.karvon.webapp;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.karvon.support.Api;
import org.karvon.support.IntegrationTest;
import org.openqa.selenium.By;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;
import static org.karvon.support.ConsignmentRequestBuilder.aCottonShipment;
import static org.karvon.support.EventRequestBuilder.anEvent;

/**
 * A browser whose language is Russian gets the whole app in Russian: the main screens show no text
 * that is an English message (data such as numbers, codes and names are not messages).
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RussianBrowserTests {

	@Autowired
	Api api;

	@LocalServerPort
	int port;

	Browser browser;

	List<Pattern> english;

	@BeforeAll
	void openBrowser() {
		browser = Browser.open(port, "ru");
		Map<String, String> en = StaticAssets.bundle("en");
		Map<String, String> ru = StaticAssets.bundle("ru");
		english = new ArrayList<>();
		en.forEach((key, value) -> {
			if (!value.equals(ru.get(key))) {
				english.add(Pattern.compile(
						Pattern.quote(value).replaceAll("\\{\\w+\\}", "\\\\E.*\\\\Q"), Pattern.CASE_INSENSITIVE));
			}
		});
	}

	@AfterAll
	void closeBrowser() {
		browser.close();
	}

	@Test
	void showsTheMainScreensInRussianWithoutEnglishLeftovers() throws IOException {
		browser.start("#/login");
		browser.waitForText(By.cssSelector("#login-form h1"), "Вход");
		assertThat(browser.script("return document.documentElement.lang")).isEqualTo("ru");
		assertNoEnglish("login");
		browser.screenshot("russian-login");

		WebUsers users = new WebUsers(api);
		WebUsers.User carrier = users.carrier();
		String number = (String) api.register(carrier.token(), aCottonShipment().build()).get("number");
		api.record(api.officerAt("UZTAS"), number, anEvent("DEPARTURE").build());
		browser.signIn(carrier.username(), carrier.password());
		browser.waitForText(By.id("list-items"), number);
		assertNoEnglish("carrier list");
		browser.click(By.cssSelector("#nav a[href='#/new']"));
		browser.visible(By.id("goods-0-hsCode")).sendKeys("1");
		browser.click(By.id("register-submit"));
		browser.waitForText(By.id("register-problem"), "Исправьте");
		assertNoEnglish("registration form with errors");
		browser.screenshot("russian-registration-form");
		browser.go("#/c/" + number);
		browser.waitForText(By.id("record"), "Отправление");
		assertNoEnglish("carrier record");
		browser.signOut();

		WebUsers.User officer = users.officerAt("UZYAL");
		browser.signIn(officer.username(), officer.password());
		browser.visible(By.id("scan-camera"));
		assertNoEnglish("scan");
		Path photo = Files.createTempFile("qr-", ".png");
		Files.write(photo, api.get(carrier.token(), "/api/consignments/{n}/qr.png", number).expectStatus().isOk()
			.expectBody(byte[].class).returnResult().getResponseBody());
		browser.driver().findElement(By.id("scan-photo")).sendKeys(photo.toAbsolutePath().toString());
		browser.waitForText(By.id("verdict-title"), "ДЕЙСТВИТЕЛЕН");
		assertNoEnglish("verdict");
		browser.screenshot("russian-verdict");
		browser.click(By.id("verdict-open"));
		browser.visible(By.cssSelector("[data-event='EXIT']")).click();
		browser.visible(By.id("ev-occurredAt"));
		assertNoEnglish("record with the exit form");
		browser.resize(1280, 1800);
		browser.screenshot("russian-record");
		browser.resize(1280, 1000);
	}

	private void assertNoEnglish(String screen) {
		List<String> leftovers = browser.visibleTexts().stream()
			.filter((text) -> english.stream().anyMatch((pattern) -> pattern.matcher(text).matches()))
			.toList();
		assertThat(leftovers).as("English text on the %s screen", screen).isEmpty();
	}

}
