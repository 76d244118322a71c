package org.karvon.webapp;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.karvon.support.Api;
import org.karvon.support.IntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpHeaders;

import static org.assertj.core.api.Assertions.assertThat;

/** Slow links: text is sent compressed; app files are revalidated, fingerprinted files kept for a year. */
@IntegrationTest
class StaticFileCachingIntegrationTests {

	@Autowired
	Api api;

	@LocalServerPort
	int port;

	@Test
	void compressesModulesBundlesJsonAndTheQrDecoder() throws IOException, InterruptedException {
		// java.net.http leaves the body and Content-Encoding as sent (WebTestClient would decompress)
		Map<String, String> encodings = new TreeMap<>();
		HttpClient client = HttpClient.newHttpClient();
		for (String uri : new String[] { "/js/record.js", "/i18n/ru.json", "/css/app.css", "/api/posts", mapFile(),
				"/vendor/zxing-wasm/reader/zxing_reader.wasm" }) {
			HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + uri))
				.header(HttpHeaders.ACCEPT_ENCODING, "gzip").build();
			HttpResponse<byte[]> response = client.send(request, HttpResponse.BodyHandlers.ofByteArray());
			assertThat(response.statusCode()).as(uri).isEqualTo(200);
			encodings.put(uri, response.headers().firstValue(HttpHeaders.CONTENT_ENCODING).orElse("none"));
		}
		assertThat(encodings).allSatisfy((uri, encoding) -> assertThat(encoding).as(uri).isEqualTo("gzip"));
	}

	@Test
	void revalidatesTheAppsFilesAndAnswersUnchangedOnesWith304() {
		String lastModified = api.client().get().uri("/js/app.js").exchange().expectStatus().isOk()
			.expectHeader().valueEquals(HttpHeaders.CACHE_CONTROL, "no-cache")
			.returnResult(byte[].class).getResponseHeaders().getFirst(HttpHeaders.LAST_MODIFIED);
		assertThat(lastModified).isNotBlank();
		api.client().get().uri("/js/app.js").header(HttpHeaders.IF_MODIFIED_SINCE, lastModified).exchange()
			.expectStatus().isNotModified();
	}

	@Test
	void keepsFingerprintedFilesForAYear() {
		api.client().get().uri(mapFile()).exchange().expectStatus().isOk()
			.expectHeader().valueEquals(HttpHeaders.CACHE_CONTROL, "max-age=31536000, public, immutable");
	}

	@Test
	void namesTheMapFileByTheHashOfItsContent() throws IOException, NoSuchAlgorithmException {
		String file = mapFile();
		byte[] content = Files.readAllBytes(StaticAssets.ROOT.resolve(file.substring(1)));
		String hash = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content)).substring(0, 12);
		assertThat(file).isEqualTo("/map/region-" + hash + ".json");
		try (var files = Files.list(StaticAssets.ROOT.resolve("map"))) {
			assertThat(files.map(Path::getFileName).map(Path::toString).filter((name) -> name.endsWith(".json")))
				.as("one map file, the one map.js loads").containsExactly(file.substring("/map/".length()));
		}
	}

	/** The outlines file map.js loads. */
	static String mapFile() {
		Matcher matcher = Pattern.compile("REGION = '([^']+)'").matcher(StaticAssets.read("js/map.js"));
		assertThat(matcher.find()).isTrue();
		return matcher.group(1);
	}

}
