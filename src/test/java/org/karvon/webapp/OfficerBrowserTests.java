package org.karvon.webapp;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.karvon.support.Api;
import org.karvon.support.IntegrationTest;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;

import org.karvon.journal.persistence.ExpectedArrivalsListener;
import org.karvon.support.Eventually;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;
import static org.karvon.support.ConsignmentRequestBuilder.aCottonShipment;
import static org.karvon.support.EventRequestBuilder.anEvent;

/** Officers with a phone: scan, verdict, record and exit at Yallama; expected arrivals at Zhibek Zholy. */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OfficerBrowserTests {

	@Autowired
	Api api;

	@Autowired
	ExpectedArrivalsListener listener;

	@LocalServerPort
	int port;

	Browser browser;

	String carrier;

	@BeforeAll
	void openBrowser() {
		browser = Browser.open(port, "en-US");
		carrier = api.carrierOf(api.newOrganization());
	}

	@AfterAll
	void closeBrowser() {
		browser.close();
	}

	@Test
	void scansAPhotoSeesTheValidVerdictAndRecordsAnExit() throws IOException {
		String number = departedConsignment();
		Path photo = Files.createTempFile("qr-", ".png");
		Files.write(photo, api.get(carrier, "/api/consignments/{n}/qr.png", number).expectStatus().isOk()
			.expectBody(byte[].class).returnResult().getResponseBody());
		WebUsers.User officer = new WebUsers(api).officerAt("UZYAL");
		browser.signIn(officer.username(), officer.password());
		browser.visible(By.id("scan-camera"));
		browser.screenshot("scan");

		browser.driver().findElement(By.id("scan-photo")).sendKeys(photo.toAbsolutePath().toString());
		browser.waitForText(By.id("verdict-title"), "VALID");
		assertThat(browser.visible(By.id("verdict-panel")).getAttribute("class")).contains("verdict-green");
		assertThat(browser.visible(By.id("verdict-facts")).getText()).contains(number, "01A123BC", "UZ1234567", "UZTAS",
				"KZALA");
		assertThat(browser.script("return document.activeElement.id")).isEqualTo("verdict-title");
		browser.screenshot("verdict-valid");
		browser.resize(360, 800);
		browser.screenshot("phone-360-verdict-valid");
		assertThat(browser.script("return document.documentElement.scrollWidth <= document.documentElement.clientWidth"))
			.as("no horizontal scrolling at 360 px").isEqualTo(true);
		browser.resize(1280, 1000);

		browser.click(By.id("verdict-open"));
		browser.click(By.cssSelector("[data-event='EXIT']"));
		browser.visible(By.id("ev-occurredAt"));
		browser.type(By.id("ev-remarks"), "Seals intact, driver cooperative");
		browser.click(By.cssSelector(".event-form button[type=submit]"));
		browser.click(By.id("confirm-yes"));
		browser.waitForText(By.id("timeline"), "Exit");
		browser.waitForText(By.id("record"), "Journal chain intact: 2 events verified.");
		assertThat(browser.visible(By.id("timeline")).getText()).contains("Departure", "UZYAL",
				"Seals intact, driver cooperative");

		browser.click(By.cssSelector("[data-event='INSPECTION']"));
		new Select(browser.visible(By.id("ev-inspection-result"))).selectByValue("FINDINGS");
		browser.type(By.id("ev-inspection-findings"), "5 bales more than declared");
		browser.click(By.cssSelector(".event-form button[type=submit]"));
		browser.click(By.id("confirm-yes"));
		browser.waitForText(By.id("timeline"), "Result: Findings · 5 bales more than declared");
		browser.waitForText(By.id("record"), "Journal chain intact: 3 events verified.");
		browser.resize(1280, 2000);
		browser.screenshot("record-timeline");
		browser.resize(1280, 1000);
	}

	@Test
	void showsTheRedVerdictForAForgedCode() {
		String qr = (String) api.register(carrier, aCottonShipment().build()).get("qr");
		String forged = org.karvon.signing.TokenSurgery.withSignatureCharacterChanged(qr);
		WebUsers.User officer = new WebUsers(api).officerAt("UZYAL");
		browser.signIn(officer.username(), officer.password());
		browser.type(By.id("scan-text"), forged);
		browser.click(By.cssSelector("#scan-typed button[type=submit]"));
		browser.waitForText(By.id("verdict-title"), "FORGED");
		assertThat(browser.visible(By.id("verdict-panel")).getAttribute("class")).contains("verdict-red");
		assertThat(browser.driver().findElement(By.id("verdict-open")).isDisplayed()).isFalse();
		browser.screenshot("verdict-forged");
	}

	@Test
	void listsExpectedArrivalsAndAddsNewOnesLive() throws InterruptedException {
		String first = departedConsignment();
		WebUsers.User officer = new WebUsers(api).officerAt("KZZHZ");
		browser.signIn(officer.username(), officer.password());
		browser.click(By.cssSelector("#nav a[href='#/expected']"));
		browser.waitForText(By.id("expected-list"), first);
		browser.waitForText(By.id("expected-state"), "Live");
		Eventually.holds(() -> listener.hears(1));
		String second = departedConsignment();
		browser.waitForText(By.id("expected-list"), second);
		browser.screenshot("expected-arrivals");
	}

	@Test
	void readsTheCodeThroughTheCamera() throws IOException {
		String number = departedConsignment();
		byte[] png = api.get(carrier, "/api/consignments/{n}/qr.png", number).expectStatus().isOk()
			.expectBody(byte[].class).returnResult().getResponseBody();
		WebUsers.User officer = new WebUsers(api).officerAt("UZYAL");
		try (Browser phone = Browser.withCameraFilming(port, CameraFrames.mjpegOf(png))) {
			phone.signIn(officer.username(), officer.password());
			phone.click(By.id("scan-camera"));
			phone.waitForText(By.id("verdict-title"), "VALID");
			assertThat(phone.visible(By.id("verdict-facts")).getText()).contains(number);
			assertThat(phone.script("return document.getElementById('scan-video').srcObject")).isNull();
		}
	}

	@Test
	void saysSoWhenAPhotoHasNoReadableCode() throws IOException {
		WebUsers.User officer = new WebUsers(api).officerAt("UZYAL");
		browser.signIn(officer.username(), officer.password());
		browser.driver().findElement(By.id("scan-photo")).sendKeys(CameraFrames.blankPng().toAbsolutePath().toString());
		browser.waitForText(By.id("scan-problem"), "No QR code could be read");
		assertThat(browser.visible(By.id("scan-camera")).isDisplayed()).isTrue();
	}

	private String departedConsignment() {
		String number = (String) api.register(carrier, aCottonShipment().build()).get("number");
		api.record(api.officerAt("UZTAS"), number, anEvent("DEPARTURE").build());
		return number;
	}

}
