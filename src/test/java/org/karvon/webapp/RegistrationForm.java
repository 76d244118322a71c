package org.karvon.webapp;

import java.util.List;
import java.util.stream.Stream;

import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/** The carrier's registration form as a person uses it: typing names, picking from lists, pasting numbers. */
record RegistrationForm(Browser browser) {

	/** The consignor, the consignee and one item of goods: everything but the route and the transport. */
	void fillPartiesAndGoods() {
		Stream.of(new String[][] { { "consignor-name", "Silk Way Textiles LLC" }, { "consignor-address", "Tashkent, Amir Temur 1" },
				{ "consignee-name", "Almaty Trade House" }, { "consignee-address", "Almaty, Abay 10" },
				{ "seals", "UZ7654321" }, { "goods-0-hsCode", "520100" }, { "goods-0-description", "Raw cotton" },
				{ "goods-0-packages", "40" }, { "goods-0-grossMassKg", "20000" }, { "goods-0-value-amount", "45000.00" },
				{ "goods-0-value-currency", "USD" } })
			.forEach((field) -> browser.type(By.id(field[0]), field[1]));
		browser.await().until((driver) -> new Select(driver.findElement(By.id("consignor-country"))).getOptions().size() > 5);
		new Select(browser.visible(By.id("consignor-country"))).selectByValue("UZ");
		new Select(browser.visible(By.id("consignee-country"))).selectByValue("KZ");
	}

	/** Types part of a post's name into the combobox and presses Enter on the option with that code. */
	void pickPost(String field, String typed, String code) {
		WebElement input = browser.visible(By.id(field));
		input.clear();
		input.sendKeys(typed);
		By option = By.id(field + "-list-" + code);
		browser.visible(option);
		for (int i = 0; i < 60 && !option(field).equals(field + "-list-" + code); i++) {
			input.sendKeys(Keys.ARROW_DOWN);
		}
		input.sendKeys(Keys.ENTER);
		browser.await().until((driver) -> code.equals(driver.findElement(By.id(field)).getDomAttribute("data-code")));
	}

	private String option(String field) {
		String active = browser.visible(By.id(field)).getDomAttribute("aria-activedescendant");
		return active == null ? "" : active;
	}

	/** The itinerary as drawn: country codes in order. */
	@SuppressWarnings("unchecked")
	List<String> itinerary() {
		return (List<String>) browser.script(
				"return [...document.querySelectorAll('#itinerary li')].map((li) => li.dataset.country)");
	}

	/** Puts text into a textarea the way a paste does: the whole value at once, then one input event. */
	void paste(String field, String text) {
		browser.script("""
				const box = document.getElementById(arguments[0]);
				box.focus();
				box.value = arguments[1];
				box.dispatchEvent(new Event('input', { bubbles: true }));
				""", field, text);
	}

	String text(String id) {
		return browser.visible(By.id(id)).getText();
	}

	void submit() {
		browser.click(By.id("register-submit"));
	}

}
