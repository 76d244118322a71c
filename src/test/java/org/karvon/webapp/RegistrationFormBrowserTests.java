package org.karvon.webapp;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.karvon.consignment.MrnCheck;
import org.karvon.support.Api;
import org.karvon.support.IntegrationTest;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A carrier's clerk registers Uzbekistan's block train without a code book: posts found by name,
 * the itinerary proposed, 91 containers pasted with their check digits verified line by line.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RegistrationFormBrowserTests {

	@Autowired
	Api api;

	@LocalServerPort
	int port;

	Browser browser;

	RegistrationForm form;

	@BeforeAll
	void openBrowser() {
		browser = Browser.open(port, "en-US");
		form = new RegistrationForm(browser);
	}

	@AfterAll
	void closeBrowser() {
		browser.close();
	}

	@Test
	void registersTheBlockTrainOfNinetyOneContainersThroughTheForm() {
		WebUsers.User carrier = new WebUsers(api).carrier();
		openForm(carrier);
		form.fillPartiesAndGoods();
		form.pickPost("departure-post", "Tashk", "UZTAS");
		form.pickPost("destination-post", "baku", "AZBAK");
		assertThat(form.itinerary()).containsExactly("UZ", "TM", "AZ");
		assertThat(form.text("itinerary")).contains("Uzbekistan", "Turkmenistan", "Azerbaijan", "Proposed from the posts");
		new Select(browser.visible(By.id("transport-mode"))).selectByValue("RAIL");
		browser.type(By.id("plates"), "UZ-RAIL-2041");

		List<String> containers = containers(91);
		List<String> pasted = new ArrayList<>(containers);
		pasted.set(16, wrongCheckDigit(containers.get(16)));
		form.paste("containers", String.join("\n", pasted));
		browser.waitForText(By.id("containers-count"), "91 containers — 1 to fix");
		assertThat(browser.visible(By.cssSelector("#containers-check li[data-line='17']")).getText())
			.contains(pasted.get(16), "check digit should be " + containers.get(16).charAt(10));
		assertThat(browser.driver().findElements(By.cssSelector("#containers-check li.ok"))).hasSize(90);
		browser.screenshot("registration-block-train-bad-line");

		form.paste("containers", String.join("\n", containers));
		browser.waitForText(By.id("containers-count"), "91 containers");
		assertThat(form.text("containers-count")).doesNotContain("to fix");
		Map<String, Object> rule = Api.asMap(api.get(carrier.token(),
				"/api/transit-deadline?departurePost=UZTAS&destinationPost=AZBAK&itinerary=UZ,TM,AZ")
			.expectStatus().isOk().expectBody(Map.class).returnResult().getResponseBody());
		assertThat(form.text("deadline-proposal")).as("the server's rule, not a second one in the browser")
			.contains("Proposed:", "about " + rule.get("transitDays") + " days");
		browser.click(By.id("deadline-use"));
		assertThat(browser.visible(By.id("deadline")).getDomProperty("value")).isNotBlank();

		form.submit();
		browser.visible(By.id("download-pdf"));
		String number = (String) browser.script("return document.querySelector('#record h1 .mono').textContent");
		Map<String, Object> record = api.consignment(carrier.token(), number);
		assertThat((List<?>) ((Map<?, ?>) record.get("transport")).get("containers")).hasSize(91).isEqualTo(containers);
		assertThat(record.get("itinerary")).isEqualTo(List.of("UZ", "TM", "AZ"));
		assertThat(record).containsEntry("departurePost", "UZTAS").containsEntry("destinationPost", "AZBAK");
		browser.screenshot("registration-block-train-record");
	}

	@Test
	void aBadContainerLineBlocksSubmissionAndNothingIsRegistered() {
		WebUsers.User carrier = new WebUsers(api).carrier();
		openForm(carrier);
		form.fillPartiesAndGoods();
		form.pickPost("departure-post", "Tashkent", "UZTAS");
		form.pickPost("destination-post", "Almaty", "KZALA");
		assertThat(form.itinerary()).containsExactly("UZ", "KZ");
		form.paste("containers", "CSQU3054383, CSQU3054384 CSQU3054383");
		browser.waitForText(By.id("containers-count"), "3 containers — 2 to fix");
		assertThat(form.text("containers-check")).contains("check digit should be 3, not 4", "same as No. 1");

		form.submit();
		browser.waitForText(By.id("register-problem"), "Please correct the marked fields.");
		browser.waitForText(By.id("containers-error"), "No. 2, 3");
		assertThat(browser.visible(By.id("containers")).getDomAttribute("aria-invalid")).isEqualTo("true");
		assertThat(browser.script("return location.hash")).isEqualTo("#/new");
		assertThat(total(carrier)).isZero();
	}

	@Test
	void movesAndRemovesCountriesOfTheProposedItineraryByKeyboard() {
		WebUsers.User carrier = new WebUsers(api).carrier();
		openForm(carrier);
		form.pickPost("departure-post", "Tashk", "UZTAS");
		form.pickPost("destination-post", "Red Bridge", "AZRBR");
		assertThat(form.itinerary()).containsExactly("UZ", "TM", "AZ");
		new Select(browser.visible(By.id("itinerary-add"))).selectByValue("KZ");
		browser.click(By.id("itinerary-add-button"));
		assertThat(form.itinerary()).containsExactly("UZ", "TM", "KZ", "AZ");
		browser.click(By.cssSelector("#itinerary li[data-country='KZ'] [data-action='up']"));
		assertThat(form.itinerary()).containsExactly("UZ", "KZ", "TM", "AZ");
		assertThat(browser.script("return document.activeElement.getAttribute('aria-label')")).isEqualTo("Move Kazakhstan up");
		browser.click(By.cssSelector("#itinerary li[data-country='TM'] [data-action='remove']"));
		assertThat(form.itinerary()).containsExactly("UZ", "KZ", "AZ");
		assertThat(form.text("itinerary")).contains("Changed by you.");
		form.pickPost("destination-post", "Almaty", "KZALA");
		assertThat(form.itinerary()).as("an edited itinerary is not replaced").containsExactly("UZ", "KZ", "AZ");
		browser.click(By.id("itinerary-propose"));
		assertThat(form.itinerary()).containsExactly("UZ", "KZ");
	}

	@Test
	void flagsWagonNumbersWhoseUicCheckDigitIsWrong() {
		WebUsers.User carrier = new WebUsers(api).carrier();
		openForm(carrier);
		new Select(browser.visible(By.id("transport-mode"))).selectByValue("RAIL");
		form.paste("wagons", "21 81 2471 217-3\n518008430010\n21 81 2471 217-4\n1234");
		browser.waitForText(By.id("wagons-count"), "4 wagons — 2 to fix");
		assertThat(form.text("wagons-check")).contains("218124712173", "check digit should be 3, not 4", "must be 12 digits (has 4)");
	}

	@Test
	void showsServerFieldErrorsNextToTheFields() {
		WebUsers.User carrier = new WebUsers(api).carrier();
		openForm(carrier);
		form.fillPartiesAndGoods();
		form.pickPost("departure-post", "Tashk", "UZTAS");
		form.pickPost("destination-post", "Almaty", "KZALA");
		browser.click(By.cssSelector("#itinerary li[data-country='KZ'] [data-action='up']"));
		form.submit();
		browser.waitForText(By.id("itinerary-error"), "must be UZ, the country of the departure post");
		assertThat(browser.visible(By.id("itinerary")).getDomAttribute("aria-invalid")).isEqualTo("true");
		assertThat(total(carrier)).isZero();
	}

	@Test
	void fitsAPhoneOf360PixelsWithTheListOpen() {
		WebUsers.User carrier = new WebUsers(api).carrier();
		browser.resize(360, 800);
		try {
			openForm(carrier);
			form.pickPost("departure-post", "Tashk", "UZTAS");
			form.paste("containers", "CSQU3054383\nCSQU3054384");
			browser.visible(By.id("destination-post")).sendKeys("a");
			browser.visible(By.id("destination-post-list"));
			assertThat(browser.script("return document.documentElement.scrollWidth <= document.documentElement.clientWidth"))
				.as("no horizontal scrolling at 360 px").isEqualTo(true);
			browser.screenshot("registration-form-360");
		}
		finally {
			browser.resize(1280, 1000);
		}
	}

	@Test
	void worksInTurkmenAndThenInRussianWithTranslatedLabelsAndNames() {
		WebUsers.User carrier = new WebUsers(api).carrier();
		try (Browser turkmen = Browser.open(port, "tk")) {
			RegistrationForm tk = new RegistrationForm(turkmen);
			turkmen.signIn(carrier.username(), carrier.password());
			turkmen.click(By.cssSelector("#nav a[href='#/new']"));
			turkmen.waitForText(By.cssSelector("#register-form"), "Üstaşyr möhleti");
			tk.pickPost("departure-post", "Daşk", "UZTAS");
			turkmen.visible(By.id("destination-post")).sendKeys("Baku");
			turkmen.waitForText(By.id("destination-post-list"), "deňiz porty");
			tk.pickPost("destination-post", "Baku", "AZBAK");
			assertThat(turkmen.visible(By.id("departure-post")).getDomProperty("value")).isEqualTo("Daşkent (UZTAS)");
			assertThat(tk.text("itinerary")).contains("Türkmenistan", "ugradyş ýurdy", "Postlar boýunça teklip edildi");
			tk.paste("containers", "CSQU3054384");
			turkmen.waitForText(By.id("containers-check"), "barlag sany 4 däl-de, 3 bolmaly");
			assertThat(tk.text("view-register")).contains("Ugradyş posty", "Konteýner belgileri", "Möhlet (üýtgedip bolýar)")
				.doesNotContain("Departure post", "Container numbers", "check digit");
			turkmen.screenshot("registration-form-tk");

			new Select(turkmen.visible(By.id("language"))).selectByValue("ru");
			turkmen.waitForText(By.cssSelector("#register-form"), "Срок таможенного транзита");
			assertThat(turkmen.visible(By.id("departure-post")).getDomProperty("value")).isEqualTo("Ташкент (UZTAS)");
			assertThat(tk.text("itinerary")).contains("Туркменистан", "страна отправления");
			assertThat(tk.text("containers-check")).contains("контрольная цифра должна быть 3, а не 4");
			assertThat(tk.text("view-register")).contains("Пост отправления", "Номера контейнеров", "Срок (можно изменить)")
				.doesNotContain("Departure post", "Türkmenistan", "barlag");
			tk.submit();
			turkmen.waitForText(By.id("register-problem"), "Исправьте");
			turkmen.screenshot("registration-form-ru");
		}
	}

	@Test
	void checksDigitsAndProposesRoutesByTheServersRules() {
		WebUsers.User carrier = new WebUsers(api).carrier();
		openForm(carrier);
		List<String> sample = new ArrayList<>(List.of("CSQU3054383", "CSQU3054384", "CSQX3054383", "CSQU305438", " csqu 305438 3 "));
		java.util.Random random = new java.util.Random(14);
		for (int i = 0; i < 500; i++) {
			StringBuilder payload = new StringBuilder();
			for (int j = 0; j < 3; j++) {
				payload.append((char) ('A' + random.nextInt(26)));
			}
			payload.append("UJZ".charAt(random.nextInt(3))).append(String.format("%06d", random.nextInt(1_000_000)));
			sample.add(payload.toString() + (char) ('0' + random.nextInt(10)));
		}
		@SuppressWarnings("unchecked")
		Map<String, Object> answers = (Map<String, Object>) browser.driver().executeAsyncScript("""
				const done = arguments[arguments.length - 1];
				Promise.all([import('/js/check-digits.js'), import('/js/route-plan.js')]).then(([digits, plan]) => done({
					containers: arguments[0].map((raw) => digits.checkContainer(raw).ok),
					wagons: ['218124712173', '518008430010', '21 81 2471 217-3', '218124712174', '21812471217'].map((raw) => digits.checkWagon(raw).ok),
					routes: [['UZ', 'AZ'], ['UZ', 'KZ'], ['KG', 'GE'], ['TJ', 'TM'], ['UZ', 'UZ']].map(([a, b]) => plan.proposeItinerary(a, b).join('-')),
					iso: plan.localToIso('2026-12-09T14:30'),
				}));
				""", sample);
		List<Boolean> expected = sample.stream().map(RegistrationFormBrowserTests::javaAccepts).toList();
		assertThat(answers.get("containers")).isEqualTo(expected);
		assertThat(expected).contains(true, false);
		assertThat(answers.get("wagons")).isEqualTo(List.of(true, true, true, false, false));
		assertThat(answers.get("routes")).isEqualTo(List.of("UZ-TM-AZ", "UZ-KZ", "KG-KZ-AZ-GE", "TJ-UZ-TM", "UZ"));
		assertThat((String) answers.get("iso")).matches("2026-12-09T14:30:00[+-]\\d{2}:\\d{2}");
	}

	private static boolean javaAccepts(String raw) {
		try {
			org.karvon.consignment.ContainerNumber.parse(raw);
			return true;
		}
		catch (RuntimeException ex) {
			return false;
		}
	}

	private void openForm(WebUsers.User carrier) {
		browser.signIn(carrier.username(), carrier.password());
		browser.click(By.cssSelector("#nav a[href='#/new']"));
		browser.visible(By.id("goods-0-hsCode"));
		browser.await().until((driver) -> ((Number) browser.script(
				"return document.querySelectorAll('#itinerary-add option').length")).intValue() > 5);
	}

	private long total(WebUsers.User carrier) {
		return ((Number) Api.asMap(api.get(carrier.token(), "/api/consignments").expectStatus().isOk()
			.expectBody(Map.class).returnResult().getResponseBody()).get("total")).longValue();
	}

	/** count ISO 6346 container numbers with correct check digits, as the Java code computes them. */
	static List<String> containers(int count) {
		List<String> containers = new ArrayList<>();
		for (int i = 0; i < count; i++) {
			String payload = String.format("KRVU%06d", 205000 + i);
			containers.add(payload + MrnCheck.checkCharacterOf(payload));
		}
		return containers;
	}

	private static String wrongCheckDigit(String container) {
		char digit = container.charAt(10);
		return container.substring(0, 10) + (digit == '9' ? '0' : (char) (digit + 1));
	}

}
