package org.karvon.webapp;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.karvon.support.Api;
import org.karvon.support.IntegrationTest;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;
import static org.karvon.support.ConsignmentRequestBuilder.aCottonShipment;
import static org.karvon.support.EventRequestBuilder.anEvent;

/**
 * A post whose link drops: after one online sign-in the app opens, checks codes and records events
 * with the network cut, and what was recorded lands on the server exactly once when the link is back.
 * The network is cut twice over: DevTools' offline emulation for the page, and the relay the
 * browser reaches the server through ({@link CuttableLink}), because the emulation does not reach the
 * service worker's own fetches.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OfflineBorderPostBrowserTests {

	@Autowired
	Api api;

	@LocalServerPort
	int port;

	CuttableLink link;

	Browser browser;

	String carrier;

	@BeforeAll
	void openBrowser() {
		link = new CuttableLink(port);
		browser = Browser.open(link.port(), "en-US");
		carrier = api.carrierOf(api.newOrganization());
	}

	@AfterAll
	void closeBrowser() {
		browser.close();
		link.close();
	}

	@AfterEach
	void reconnect() {
		goOnline();
	}

	@Test
	void checksAGenuineAndAForgedCodeOnTheDeviceWithTheNetworkCut() {
		String qr = (String) departed().get("qr");
		signInAtYallama();
		goOffline();
		browser.driver().navigate().refresh();
		browser.visible(By.id("offline-badge"));

		scan(qr);
		awaitVerdict("VALID_ON_DEVICE");
		assertThat(browser.visible(By.id("verdict-panel")).getAttribute("class")).contains("verdict-amber");
		assertThat(browser.visible(By.id("verdict-device")).getText()).startsWith("Verified on this device, trust list of");
		assertThat(browser.visible(By.id("verdict-facts")).getText()).contains("01A123BC", "UZ1234567", "UZTAS", "KZALA");
		browser.screenshot("offline-verdict-genuine");

		scan(oneCharacterChanged(qr));
		awaitVerdict("FORGED");
		assertThat(browser.visible(By.id("verdict-panel")).getAttribute("class")).contains("verdict-red");
		assertThat(browser.driver().findElement(By.id("verdict-offline")).getText()).isEmpty();
		browser.screenshot("offline-verdict-forged");
	}

	@Test
	void devToolsOfflineAloneLeavesTheServiceWorkerOnline() {
		signInAtYallama();
		network(false);
		Object cachedAt = async("fetch('/api/trust/keys', { cache: 'no-store' })"
				+ ".then((r) => done(r.headers.get('Karvon-Cached-At')), (e) => done('failed'))");
		assertThat(cachedAt).as("the worker still reached the server, so its answer is fresh, not the kept copy")
			.isNull();
		link.cut();
		Object kept = async("fetch('/api/trust/keys', { cache: 'no-store' })"
				+ ".then((r) => done(r.headers.get('Karvon-Cached-At')), (e) => done('failed'))");
		assertThat(kept).as("with the relay cut, the worker serves the kept list with its fetch time")
			.isInstanceOf(String.class).isNotEqualTo("failed");
	}

	@Test
	void anEventRecordedOfflineLandsExactlyOnceAfterAReloadAndReconnecting() {
		Map<String, Object> consignment = departed();
		String number = (String) consignment.get("number");
		signInAtYallama();
		goOffline();
		recordExitOffline((String) consignment.get("qr"));

		browser.driver().navigate().refresh();
		browser.go("#/scan");
		browser.waitForText(By.id("outbox-list"), number);
		assertThat(entryState()).isEqualTo("waiting");

		goOnline();
		browser.await().until((driver) -> "sent".equals(entryState()));
		assertThat(exits(number)).hasSize(1);

		// the answer was lost on the way back: the device sends the same event (same id) again
		async("Promise.all([import('/js/store.js'), import('/js/outbox.js')]).then(async ([store, outbox]) => {"
				+ " const [entry] = await store.outbox(); entry.state = 'waiting'; await store.saveEntry(entry);"
				+ " await outbox.sync(entry.username); done((await store.outbox())[0].state); })");
		assertThat(entryState()).isEqualTo("sent");
		assertThat(exits(number)).hasSize(1);
	}

	@Test
	void keepsTheQueueWhenTheSignInIsLostOfflineAndSendsItAfterSigningInAgain() {
		Map<String, Object> consignment = departed();
		String number = (String) consignment.get("number");
		WebUsers.User officer = signInAtYallama();
		goOffline();
		recordExitOffline((String) consignment.get("qr"));

		browser.script("sessionStorage.clear();");
		browser.driver().navigate().refresh();
		browser.visible(By.id("offline-badge"));
		browser.waitForText(By.id("outbox-list"), number);

		goOnline();
		browser.waitForText(By.id("flash"), "Sign in to send");
		assertThat(exits(number)).isEmpty();
		browser.signIn(officer.username(), officer.password());
		browser.go("#/scan");
		browser.await().until((driver) -> "sent".equals(entryState()));
		assertThat(exits(number)).hasSize(1);
	}

	private WebUsers.User signInAtYallama() {
		WebUsers.User officer = new WebUsers(api).officerAt("UZYAL");
		browser.script("indexedDB.deleteDatabase('karvon');");
		browser.signIn(officer.username(), officer.password());
		browser.await().until((driver) -> Boolean.TRUE.equals(async(
				"navigator.serviceWorker.ready.then(() => caches.match('/api/trust/keys'))"
						+ ".then((kept) => done(Boolean(kept) && Boolean(navigator.serviceWorker.controller)))")));
		return officer;
	}

	private void recordExitOffline(String qr) {
		scan(qr);
		awaitVerdict("VALID_ON_DEVICE");
		browser.click(By.cssSelector("#verdict-offline [data-event='EXIT']"));
		browser.type(By.id("ev-remarks"), "Recorded with the link down");
		browser.click(By.cssSelector(".event-form button[type=submit]"));
		browser.click(By.id("confirm-yes"));
		browser.waitForText(By.id("flash"), "saved on this device");
	}

	private void scan(String text) {
		browser.go("#/scan");
		browser.type(By.id("scan-text"), text);
		browser.click(By.cssSelector("#scan-typed button[type=submit]"));
	}

	private void awaitVerdict(String verdict) {
		browser.await().until((driver) -> verdict.equals(browser.script(
				"return document.getElementById('view-verdict').hidden ? null"
						+ " : document.getElementById('verdict-panel').dataset.verdict")));
	}

	private String entryState() {
		return (String) browser.script("const item = document.querySelector('#outbox-list li');"
				+ " return item ? item.dataset.state : null;");
	}

	private List<Map<String, Object>> exits(String number) {
		List<Map<String, Object>> events = api.get(carrier, "/api/consignments/{n}/events", number)
			.expectStatus().isOk()
			.expectBody(new org.springframework.core.ParameterizedTypeReference<List<Map<String, Object>>>() {
			})
			.returnResult().getResponseBody();
		return events.stream().filter((event) -> "EXIT".equals(event.get("type"))).toList();
	}

	private Map<String, Object> departed() {
		Map<String, Object> consignment = api.register(carrier, aCottonShipment().build());
		api.record(api.officerAt("UZTAS"), (String) consignment.get("number"), anEvent("DEPARTURE").build());
		return consignment;
	}

	private static String oneCharacterChanged(String qr) {
		return org.karvon.signing.TokenSurgery.withSignatureCharacterChanged(qr);
	}

	private void goOffline() {
		link.cut();
		network(false);
	}

	private void goOnline() {
		link.restore();
		network(true);
	}

	private void network(boolean online) {
		browser.driver().executeCdpCommand("Network.enable", Map.of());
		browser.driver().executeCdpCommand("Network.emulateNetworkConditions", Map.of("offline", !online, "latency", 0,
				"downloadThroughput", -1, "uploadThroughput", -1));
	}

	private Object async(String body) {
		return ((JavascriptExecutor) browser.driver())
			.executeAsyncScript("const done = arguments[arguments.length - 1]; " + body + ";");
	}

}
