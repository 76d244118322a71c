package org.karvon.webapp;

import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.karvon.identity.People;
import org.karvon.identity.People.Person;
import org.karvon.support.Api;
import org.karvon.support.IntegrationTest;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;

import static org.assertj.core.api.Assertions.assertThat;

/** Administrators at work: an ADMIN manages everyone, a COUNTRY_ADMIN only its own country's officers. */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AdminBrowserTests {

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
	void anAdminCreatesAnOfficerAndDisablesHimSoHisLoginFails() {
		String username = "officer-" + Api.uniqueSuffix();
		String password = "pass-" + UUID.randomUUID();
		browser.signIn("admin", Api.ADMIN_PASSWORD);
		browser.click(By.cssSelector("#nav a[href='#/admin/users']"));
		browser.type(By.id("users-username"), username);
		browser.type(By.id("users-password"), password);
		new Select(browser.visible(By.id("users-role"))).selectByValue("OFFICER");
		browser.type(By.id("users-post"), "UZYAL");
		browser.click(By.id("users-submit"));
		browser.waitForText(By.id("flash"), "User " + username + " created.");

		search(username);
		browser.waitForText(row(username), "Active");
		browser.screenshot("admin-users");
		browser.click(By.cssSelector("li[data-username='" + username + "'] button.toggle"));
		browser.waitForText(row(username), "Disabled");
		browser.waitForText(By.id("flash"), "is disabled");

		browser.signOut();
		browser.type(By.id("login-username"), username);
		browser.type(By.id("login-password"), password);
		browser.click(By.cssSelector("#login-form button[type=submit]"));
		browser.await().until((driver) -> !driver.findElement(By.cssSelector("#login-form .problem")).getText().isBlank());
		assertThat(browser.script("return document.getElementById('view-login').hidden")).isEqualTo(false);
		assertThat(signIn(username, password)).isEqualTo(401);
	}

	@Test
	void anAdminCreatesAnOrganization() {
		String name = "Caravan Freight " + Api.uniqueSuffix();
		browser.signIn("admin", Api.ADMIN_PASSWORD);
		browser.click(By.cssSelector("#nav a[href='#/admin/organizations']"));
		browser.type(By.id("orgs-name"), name);
		browser.type(By.id("orgs-country"), "kz");
		browser.click(By.id("orgs-submit"));
		browser.waitForText(By.id("orgs-items"), name);
	}

	@Test
	void aCountryAdminSeesOnlyItsCountrysOfficersAndResetsAPassword() {
		People people = new People(api);
		Person kzAdmin = people.countryAdminOf("KZ");
		Person kazakh = people.officerAt("KZZHZ");
		Person uzbek = people.officerAt("UZYAL");
		browser.signIn(kzAdmin.username(), kzAdmin.password());
		browser.waitForText(By.cssSelector("#view-users h1"), "Users");
		assertThat(new Select(browser.visible(By.id("users-role"))).getOptions()).extracting(WebElement::getText)
			.containsExactly("Officer");
		assertThat(browser.driver().findElements(By.cssSelector("#nav a[href='#/admin/organizations']")))
			.allSatisfy((link) -> assertThat(link.isDisplayed()).isFalse());

		search(uzbek.username());
		browser.waitForText(By.id("users-items"), "No users found.");
		search(kazakh.username());
		browser.waitForText(row(kazakh.username()), "Active");

		browser.click(By.cssSelector("li[data-username='" + kazakh.username() + "'] button.reset"));
		browser.waitForText(By.id("users-reset-heading"), kazakh.username());
		browser.type(By.id("users-new-password"), "short");
		browser.click(By.cssSelector("#users-reset button[type=submit]"));
		browser.waitForText(By.id("users-new-password-error"), "12 characters");
		browser.type(By.id("users-new-password"), "caravan over the steppe");
		browser.click(By.cssSelector("#users-reset button[type=submit]"));
		browser.waitForText(By.id("flash"), "Password of " + kazakh.username() + " changed");
		assertThat(signIn(kazakh.username(), kazakh.password())).isEqualTo(401);
		assertThat(signIn(kazakh.username(), "caravan over the steppe")).isEqualTo(200);
	}

	private void search(String text) {
		browser.type(By.id("users-q"), text);
		browser.click(By.cssSelector("#users-filter button[type=submit]"));
	}

	private static By row(String username) {
		return By.cssSelector("li[data-username='" + username + "']");
	}

	private int signIn(String username, String password) {
		return api.client().post().uri("/api/auth/token").contentType(MediaType.APPLICATION_JSON)
			.bodyValue(Map.of("username", username, "password", password))
			.exchange().expectBody().returnResult().getStatus().value();
	}

}
