package org.karvon.webapp;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's headless Chromium driven through /usr/bin/chromedriver (never downloaded by Selenium
 * Manager), with a fresh profile, a download folder, and screenshots saved under target/screenshots.
 */
final class Browser implements AutoCloseable {

	static final Path SCREENSHOTS = Path.of("target/screenshots");

	private final ChromeDriver driver;

	private final String base;

	private final Path downloads;

	private final Path profile;

	private Browser(String base, String language, String... extraArguments) throws IOException {
		this.base = base;
		this.profile = Files.createTempDirectory("karvon-chromium-");
		this.downloads = Files.createTempDirectory("karvon-downloads-");
		ChromeOptions options = new ChromeOptions();
		options.setBinary("/usr/bin/chromium");
		options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
				"--disable-dev-shm-usage", "--disable-component-update", "--no-first-run", "--user-data-dir=" + profile,
				"--lang=" + language, "--window-size=1280,1000");
		options.addArguments(extraArguments);
		options.setExperimentalOption("prefs", Map.of("intl.accept_languages", language,
				"download.default_directory", downloads.toString(), "download.prompt_for_download", false));
		ChromeDriverService service = new ChromeDriverService.Builder()
			.usingDriverExecutable(Path.of("/usr/bin/chromedriver").toFile())
			.build();
		this.driver = new ChromeDriver(service, options);
		driver.executeCdpCommand("Browser.setDownloadBehavior",
				Map.of("behavior", "allow", "downloadPath", downloads.toString()));
		Files.createDirectories(SCREENSHOTS);
	}

	static Browser open(int port, String language, String... extraArguments) {
		try {
			return new Browser("http://localhost:" + port, language, extraArguments);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** A browser whose camera films the given MJPEG file over and over (Chromium's fake capture device). */
	static Browser withCameraFilming(int port, Path mjpeg) {
		return open(port, "en-US", "--use-fake-ui-for-media-stream", "--use-fake-device-for-media-stream",
				"--use-file-for-fake-video-capture=" + mjpeg.toAbsolutePath());
	}

	/** Opens the app at a hash route, e.g. "#/scan", in a new session (empty sessionStorage). */
	void start(String route) {
		driver.get(base + "/" + route);
		driver.executeScript("sessionStorage.clear(); localStorage.clear();");
		driver.navigate().refresh();
	}

	void go(String route) {
		driver.executeScript("location.hash = arguments[0];", route);
	}

	void signIn(String username, String password) {
		start("#/login");
		WebElement user = visible(By.id("login-username"));
		user.sendKeys(username);
		driver.findElement(By.id("login-password")).sendKeys(password);
		driver.findElement(By.cssSelector("#login-form button[type=submit]")).click();
		await().until((d) -> Boolean.TRUE.equals(((JavascriptExecutor) d).executeScript(
				"return document.getElementById('view-login').hidden && !document.getElementById('logout').hidden")));
	}

	void signOut() {
		driver.findElement(By.id("logout")).click();
		visible(By.id("login-username"));
	}

	WebElement visible(By by) {
		return await().until(ExpectedConditions.visibilityOfElementLocated(by));
	}

	void waitForText(By by, String text) {
		await().until(ExpectedConditions.textToBePresentInElementLocated(by, text));
	}

	WebDriverWait await() {
		return new WebDriverWait(driver, Duration.ofSeconds(15));
	}

	void type(By by, String text) {
		WebElement input = visible(by);
		input.clear();
		input.sendKeys(text);
	}

	void click(By by) {
		await().until(ExpectedConditions.elementToBeClickable(by)).click();
	}

	Object script(String script, Object... arguments) {
		return driver.executeScript(script, arguments);
	}

	/** Every piece of text a user can see or hear: visible text nodes plus labels that are attributes. */
	@SuppressWarnings("unchecked")
	List<String> visibleTexts() {
		return (List<String>) driver.executeScript("""
				const out = [];
				const shown = (el) => {
					const target = el.closest('select') || el;
					return target.checkVisibility ? target.checkVisibility() : target.offsetParent !== null;
				};
				const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
				while (walker.nextNode()) {
					const node = walker.currentNode;
					const text = node.textContent.trim();
					if (text && node.parentElement && !node.parentElement.closest('template') && shown(node.parentElement)) {
						out.push(text);
					}
				}
				document.querySelectorAll('[placeholder], [aria-label], [title]').forEach((el) => {
					['placeholder', 'aria-label', 'title'].forEach((name) => el.getAttribute(name) && out.push(el.getAttribute(name)));
				});
				out.push(document.title);
				return out;
				""");
	}

	void resize(int width, int height) {
		driver.manage().window().setSize(new Dimension(width, height));
	}

	void screenshot(String name) {
		try {
			Files.write(SCREENSHOTS.resolve(name + ".png"), driver.getScreenshotAs(OutputType.BYTES));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	Path downloads() {
		return downloads;
	}

	ChromeDriver driver() {
		return driver;
	}

	@Override
	public void close() {
		driver.quit();
	}

}
