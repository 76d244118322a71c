package org.karvon.webapp;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.karvon.support.Api;
import org.karvon.support.IntegrationTest;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;
import static org.karvon.support.ConsignmentRequestBuilder.aCottonShipment;

/** A carrier's clerk at a desk: the list of consignments, the registration form, the PDF download. */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CarrierBrowserTests {

	@Autowired
	Api api;

	@LocalServerPort
	int port;

	Browser browser;

	@BeforeAll
	void openBrowser() {
		browser = Browser.open(port, "en-US");
	}

	@AfterAll
	void closeBrowser() {
		browser.close();
	}

	@Test
	void registersAConsignmentThroughTheFormAndDownloadsItsDocument() throws IOException {
		WebUsers.User carrier = new WebUsers(api).carrier();
		Map<String, Object> existing = api.register(carrier.token(), aCottonShipment().build());
		browser.start("#/login");
		browser.visible(By.id("login-username"));
		browser.screenshot("login");
		browser.signIn(carrier.username(), carrier.password());

		browser.waitForText(By.id("list-items"), (String) existing.get("number"));
		browser.screenshot("carrier-list");

		browser.click(By.cssSelector("#nav a[href='#/new']"));
		RegistrationForm form = new RegistrationForm(browser);
		form.fillPartiesAndGoods();
		browser.type(By.id("plates"), "01A123BC");
		form.pickPost("departure-post", "Tashk", "UZTAS");
		form.pickPost("destination-post", "Almaty", "KZALA");
		browser.click(By.cssSelector("#itinerary li[data-country='KZ'] [data-action='up']"));
		browser.type(By.id("goods-0-hsCode"), "12");
		browser.waitForText(By.id("goods-0-hsCode-error"), "6 to 10 digits");
		browser.type(By.id("goods-0-hsCode"), "520100");
		browser.click(By.id("register-submit"));
		browser.waitForText(By.id("itinerary-error"), "KZ");
		assertThat(browser.visible(By.id("itinerary")).getDomAttribute("aria-invalid")).isEqualTo("true");
		browser.screenshot("registration-form");

		browser.click(By.id("itinerary-propose"));
		assertThat(form.itinerary()).containsExactly("UZ", "KZ");
		browser.click(By.id("register-submit"));
		browser.visible(By.id("download-pdf"));
		String number = (String) browser.script("return document.querySelector('#record h1 .mono').textContent");
		assertThat(number).hasSize(18);
		browser.waitForText(By.id("record"), "Silk Way Textiles LLC");
		browser.screenshot("carrier-record");

		browser.click(By.id("download-pdf"));
		Path pdf = browser.downloads().resolve(number + ".pdf");
		browser.await().until((driver) -> Files.exists(pdf) && sizeOf(pdf) > 0);
		assertThat(new String(Files.readAllBytes(pdf), 0, 5, StandardCharsets.ISO_8859_1)).isEqualTo("%PDF-");
	}

	@Test
	void cancelsARegisteredConsignmentAfterConfirmation() {
		WebUsers.User carrier = new WebUsers(api).carrier();
		String number = (String) api.register(carrier.token(), aCottonShipment().build()).get("number");
		browser.signIn(carrier.username(), carrier.password());
		browser.go("#/c/" + number);
		browser.click(By.cssSelector("#record button.danger"));
		browser.click(By.id("confirm-yes"));
		browser.waitForText(By.cssSelector("#record h1"), "Cancelled");
		assertThat(browser.driver().findElements(By.cssSelector("#record button.danger"))).isEmpty();
	}

	@Test
	void amendsARegisteredConsignmentInTheFilledInForm() {
		WebUsers.User carrier = new WebUsers(api).carrier();
		String number = (String) api.register(carrier.token(), aCottonShipment().build()).get("number");
		browser.signIn(carrier.username(), carrier.password());
		browser.go("#/c/" + number);
		browser.click(By.cssSelector("#record a[href='#/edit/" + number + "']"));
		browser.await().until((driver) -> "Silk Way Textiles LLC".equals(driver.findElement(By.id("consignor-name")).getDomProperty("value")));
		assertThat(browser.visible(By.id("goods-0-hsCode")).getDomProperty("value")).isEqualTo("520100");
		browser.type(By.id("plates"), "01A999ZZ");
		browser.click(By.id("register-submit"));
		browser.waitForText(By.id("flash"), "version 2");
		browser.waitForText(By.id("record"), "01A999ZZ");
		browser.waitForText(By.id("versions"), "Amended");
		assertThat(browser.driver().findElements(By.cssSelector("#versions li"))).hasSize(2);
	}

	@Test
	void switchesLanguageFromTheHeader() {
		WebUsers.User carrier = new WebUsers(api).carrier();
		browser.signIn(carrier.username(), carrier.password());
		browser.waitForText(By.cssSelector("#view-consignments h1"), "My consignments");
		new Select(browser.visible(By.id("language"))).selectByValue("kk");
		browser.waitForText(By.cssSelector("#view-consignments h1"), "Менің жүктерім");
		assertThat(browser.script("return document.documentElement.lang")).isEqualTo("kk");
		new Select(browser.visible(By.id("language"))).selectByValue("en");
		browser.waitForText(By.cssSelector("#view-consignments h1"), "My consignments");
	}

	private static long sizeOf(Path file) {
		try {
			return Files.size(file);
		}
		catch (IOException ex) {
			return 0;
		}
	}

}
