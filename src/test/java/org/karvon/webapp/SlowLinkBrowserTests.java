package org.karvon.webapp;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.karvon.support.Api;
import org.karvon.support.IntegrationTest;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;
import static org.karvon.support.ConsignmentRequestBuilder.aCottonShipment;
import static org.karvon.support.EventRequestBuilder.anEvent;

/**
 * A post on a bad link (Chromium's network emulation: 256 kbit/s each way, 400 ms latency): the scan
 * screen's first load stays within 300 KB, a typed number's verdict within 20 KB and 3 seconds.
 * Sizes are the Resource Timing API's transferSize (headers and compressed bodies as sent).
 */
@IntegrationTest
class SlowLinkBrowserTests {

	static final long FIRST_LOAD_BUDGET = 300 * 1024;

	static final long ROUND_TRIP_BUDGET = 20 * 1024;

	private static final String TRANSFERRED = """
			return performance.getEntriesByType('navigation').concat(performance.getEntriesByType('resource'))
				.reduce((sum, entry) => sum + entry.transferSize, 0)""";

	private static final String SUBMIT_AND_TIME = """
			const done = arguments[arguments.length - 1];
			const title = document.getElementById('verdict-title');
			const start = performance.now();
			new MutationObserver((changes, observer) => {
				if (title.textContent) {
					observer.disconnect();
					done(performance.now() - start);
				}
			}).observe(title, { childList: true, characterData: true, subtree: true });
			document.querySelector('#scan-typed button[type=submit]').click();
			""";

	@Autowired
	Api api;

	@LocalServerPort
	int port;

	@Test
	void showsTheVerdictForATypedNumberWithinThreeSecondsAt256Kbits() {
		String carrier = api.carrierOf(api.newOrganization());
		String number = (String) api.register(carrier, aCottonShipment().build()).get("number");
		api.record(api.officerAt("UZTAS"), number, anEvent("DEPARTURE").build());
		WebUsers.User officer = new WebUsers(api).officerAt("UZYAL");
		try (Browser browser = Browser.open(port, "en-US")) {
			browser.signIn(officer.username(), officer.password());
			ChromeDriver driver = browser.driver();
			driver.executeCdpCommand("Network.enable", Map.of());
			driver.executeCdpCommand("Network.clearBrowserCache", Map.of());
			driver.executeCdpCommand("Network.emulateNetworkConditions", Map.of("offline", false, "latency", 400,
					"downloadThroughput", 256_000 / 8, "uploadThroughput", 256_000 / 8));

			long started = System.nanoTime();
			driver.navigate().refresh();
			browser.visible(By.id("scan-text"));
			long firstLoadMillis = (System.nanoTime() - started) / 1_000_000;
			long firstLoad = ((Number) browser.script(TRANSFERRED)).longValue();

			browser.script("performance.clearResourceTimings()");
			browser.type(By.id("scan-text"), number);
			double verdictMillis = ((Number) driver.executeAsyncScript(SUBMIT_AND_TIME)).doubleValue();
			browser.waitForText(By.id("verdict-title"), "VALID");
			long roundTrip = ((Number) browser.script(TRANSFERRED.replace("performance.getEntriesByType('navigation')", "[]")))
				.longValue();
			System.out.printf("slow link: first load %d bytes in %d ms; typed-number verdict %d bytes in %.0f ms%n",
					firstLoad, firstLoadMillis, roundTrip, verdictMillis);

			assertThat(firstLoad).as("bytes for the first load of the scan screen").isPositive().isLessThanOrEqualTo(FIRST_LOAD_BUDGET);
			assertThat(roundTrip).as("bytes for one scan round trip").isPositive().isLessThanOrEqualTo(ROUND_TRIP_BUDGET);
			assertThat(verdictMillis).as("milliseconds until the verdict shows").isLessThanOrEqualTo(3000);
			browser.screenshot("slow-link-verdict");
		}
	}

}
