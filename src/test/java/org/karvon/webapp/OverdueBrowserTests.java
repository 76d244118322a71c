package org.karvon.webapp;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.karvon.support.Api;
import org.karvon.support.IntegrationTest;
import org.karvon.support.MutableClock;
import org.openqa.selenium.By;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.karvon.support.ConsignmentRequestBuilder.aCottonShipment;
import static org.karvon.support.EventRequestBuilder.anEvent;

/**
 * The destination post's officer finds overdue cargo on the overdue screen and records an enquiry.
 * Its own context (the sweep interval), so the clock it moves starts where the browser's does.
 */
@IntegrationTest
@Import(MutableClock.Configuration.class)
@TestPropertySource(properties = "karvon.overdue.sweep-interval=1h")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OverdueBrowserTests {

	@Autowired
	Api api;

	@Autowired
	MutableClock clock;

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
	void anOfficerAtTheDestinationSeesOverdueCargoAndRecordsAnEnquiryFromTheScreen() {
		String carrier = api.carrierOf(api.newOrganization());
		String number = (String) api.register(carrier, aCottonShipment().from("UZTAS").to("KZALA").via("UZ", "KZ")
			.with("transitDeadline", clock.instant().plusSeconds(30).toString()).build()).get("number");
		api.record(api.officerAt("UZTAS"), number, anEvent("DEPARTURE").with("occurredAt", clock.instant().toString()).build());
		clock.advance(Duration.ofMinutes(1));

		WebUsers.User officer = new WebUsers(api).officerAt("KZALA");
		browser.signIn(officer.username(), officer.password());
		assertThat(Integer.parseInt(browser.visible(By.id("nav-overdue-count")).getText())).isPositive();
		browser.click(By.cssSelector("#nav a[href='#/overdue']"));
		browser.waitForText(By.id("overdue-items"), number);
		browser.screenshot("overdue-at-destination");

		browser.click(By.cssSelector("#overdue-items a[href='#/c/" + number + "']"));
		browser.click(By.cssSelector("[data-event='ENQUIRY']"));
		browser.type(By.id("ev-enquiry-outcome"), "Carrier reports a breakdown near Shymkent");
		browser.click(By.cssSelector(".event-form button[type=submit]"));
		browser.click(By.id("confirm-yes"));
		browser.waitForText(By.id("timeline"), "Outcome of the enquiry: Carrier reports a breakdown near Shymkent");
		browser.waitForText(By.id("record"), "Journal chain intact: 2 events verified.");

		assertThat(events(carrier, number)).extracting((event) -> event.get("type"))
			.containsExactly("DEPARTURE", "ENQUIRY");
	}

	@SuppressWarnings("unchecked")
	private List<Map<String, Object>> events(String token, String number) {
		return api.get(token, "/api/consignments/{n}/events", number)
			.expectStatus().isOk()
			.expectBody(List.class).returnResult().getResponseBody();
	}

}
