package org.karvon.webapp;

import java.net.InetSocketAddress;
import java.util.concurrent.atomic.AtomicInteger;

import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.karvon.support.Api;
import org.karvon.support.Eventually;
import org.karvon.support.IntegrationTest;
import org.openqa.selenium.By;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.karvon.support.ConsignmentRequestBuilder.aCottonShipment;
import static org.karvon.support.EventRequestBuilder.anEvent;

/** A carrier connects its own system: adds an endpoint, keeps the secret shown once, reads the delivery log. */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestPropertySource(properties = { "karvon.webhook.allow-private=true", "karvon.webhook.poll-interval=100ms" })
class WebhookBrowserTests {

	@Autowired
	Api api;

	@LocalServerPort
	int port;

	Browser browser;

	HttpServer receiver;

	final AtomicInteger received = new AtomicInteger();

	@BeforeAll
	void open() throws Exception {
		receiver = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
		receiver.createContext("/hook", (exchange) -> {
			exchange.getRequestBody().readAllBytes();
			received.incrementAndGet();
			exchange.sendResponseHeaders(204, -1);
			exchange.close();
		});
		receiver.start();
		browser = Browser.open(port, "en-US");
	}

	@AfterAll
	void close() {
		browser.close();
		receiver.stop(0);
	}

	@Test
	void aCarrierAddsAnEndpointSeesTheSecretOnceAndThenADeliveryAfterADeparture() {
		WebUsers.User carrier = new WebUsers(api).carrier();
		browser.signIn(carrier.username(), carrier.password());
		browser.click(By.cssSelector("#nav a[href='#/webhooks']"));
		browser.waitForText(By.id("hooks-list"), "No endpoints yet.");

		browser.type(By.id("hooks-url"), "ftp://example.com/");
		browser.click(By.cssSelector("#hooks-form button[type=submit]"));
		browser.waitForText(By.id("hooks-url-error"), "https");

		String url = "http://127.0.0.1:" + receiver.getAddress().getPort() + "/hook";
		browser.type(By.id("hooks-url"), url);
		browser.click(By.cssSelector("#hooks-events input[value='consignment.departed']"));
		browser.click(By.cssSelector("#hooks-form button[type=submit]"));
		String secret = browser.visible(By.id("hooks-secret-value")).getAttribute("value");
		assertThat(secret).startsWith("whsec_");
		browser.waitForText(By.id("hooks-secret"), "only once");
		browser.waitForText(By.id("hooks-list"), url);
		browser.screenshot("webhooks-secret-once");

		browser.go("#/consignments");
		browser.go("#/webhooks");
		browser.waitForText(By.id("hooks-list"), url);
		assertThat(browser.visible(By.id("hooks-list")).getText()).doesNotContain(secret);
		assertThat(browser.driver().findElement(By.id("hooks-secret")).isDisplayed()).isFalse();

		String number = (String) api.register(carrier.token(), aCottonShipment().from("UZTAS").to("KZALA").via("UZ", "KZ").build())
			.get("number");
		api.record(api.officerAt("UZTAS"), number, anEvent("DEPARTURE").build());
		Eventually.holds(() -> received.get() >= 2);

		browser.click(By.cssSelector("#hooks-list .hooks-deliveries"));
		browser.waitForText(By.cssSelector("#hooks-list .hooks-log"), number);
		browser.waitForText(By.cssSelector("#hooks-list .hooks-log"), "Delivered");
		browser.waitForText(By.cssSelector("#hooks-list .hooks-log"), "Departure");
		browser.screenshot("webhooks-deliveries");
	}

}
