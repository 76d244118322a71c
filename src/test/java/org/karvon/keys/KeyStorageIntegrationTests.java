package org.karvon.keys;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.karvon.KarvonApplication;
import org.karvon.database.KarvonDatabase;
import org.karvon.keys.application.KeyVault;
import org.karvon.keys.application.MasterKeyFile;
import org.karvon.keys.persistence.WrappedKeyStore;
import org.karvon.signing.application.TrustedKeys;
import org.karvon.support.Api;
import org.karvon.support.IntegrationTest;
import org.karvon.support.SecondInstance;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.karvon.support.ConsignmentRequestBuilder.aCottonShipment;

/** Private keys are in the database only wrapped: a dump holds none, and only the right master key opens them. */
@IntegrationTest
class KeyStorageIntegrationTests {

	@Autowired
	Api api;

	@Autowired
	KarvonDatabase database;

	@Autowired
	WrappedKeyStore store;

	@Autowired
	KeyVault vault;

	@Autowired
	MasterKeyFile masterKeyFile;

	@Autowired
	TrustedKeys trustedKeys;

	@Test
	void aDumpOfTheDatabaseHoldsNoPrivateKeyWhileARestartedInstanceSignsAndVerifies() throws Exception {
		String carrier = api.carrierOf(api.newOrganization());
		String before = (String) api.register(carrier, aCottonShipment().build()).get("qr");
		api.post(api.adminToken(), "/api/admin/signing-keys", null).expectStatus().isCreated();
		api.post(api.adminToken(), "/api/admin/token-keys", null).expectStatus().isCreated();
		String number = (String) api.register(carrier, aCottonShipment().build()).get("number");
		api.get(carrier, "/api/consignments/{n}/evidence", number).expectStatus().isOk();

		List<StoredKey> stored = store.all().collectList().block();
		assertThat(stored).extracting(StoredKey::purpose).contains(KeyPurpose.QR_SIGNING, KeyPurpose.ACCESS_TOKEN_HMAC,
				KeyPurpose.EVIDENCE_SIGNING);
		List<byte[]> secrets = new ArrayList<>(stored.stream().map(vault::unwrap).toList());
		secrets.add(Base64.getDecoder().decode(Files.readString(masterKeyFile.path()).strip()));
		String dump = dump();
		assertThat(dump).contains("wrapped_key").contains(trustedKeys.ring().current().kid());
		for (byte[] secret : secrets) {
			for (String form : formsOf(secret)) {
				assertThat(dump).as("the dump holds a private key").doesNotContain(form);
			}
		}

		try (SecondInstance restarted = SecondInstance.start(database)) {
			assertThat(restarted.verdictOf(before)).isEqualTo("VALID");
			String after = restarted.client().post().uri("/api/consignments").headers((h) -> h.setBearerAuth(carrier))
				.bodyValue(aCottonShipment().build()).retrieve().bodyToMono(Map.class)
				.block(java.time.Duration.ofSeconds(30)).get("qr").toString();
			assertThat(api.client().get().uri((uri) -> uri.path("/api/verify").queryParam("qr", "{qr}").build(after))
				.exchange().expectBody(Map.class).returnResult().getResponseBody()).containsEntry("verdict", "VALID");
		}
	}

	@Test
	void refusesToStartWithAnotherMasterKey(@TempDir Path dir) throws IOException {
		Path wrong = dir.resolve("master.key");
		byte[] key = new byte[32];
		new SecureRandom().nextBytes(key);
		Files.write(wrong, MasterKey.encode(key));

		assertThatThrownBy(() -> start("--karvon.keys.master-key-file=" + wrong))
			.hasStackTraceContaining("does not open the private keys stored in the database");
	}

	@Test
	void refusesToStartWithoutTheMasterKeyFileOnceKeysAreWrapped(@TempDir Path dir) {
		Path missing = dir.resolve("nowhere/master.key");

		assertThatThrownBy(() -> start("--karvon.keys.master-key-file=" + missing))
			.hasStackTraceContaining("does not exist");
		assertThat(missing).doesNotExist();
	}

	private void start(String... extra) {
		new SpringApplicationBuilder(KarvonApplication.class).run(SecondInstance.arguments(database, extra)).close();
	}

	/** A secret as raw bytes (Latin-1), base64 (both alphabets, padded or not) and hex (both cases). */
	private static List<String> formsOf(byte[] secret) {
		String hex = HexFormat.of().formatHex(secret);
		List<String> forms = new ArrayList<>(List.of(new String(secret, StandardCharsets.ISO_8859_1),
				Base64.getEncoder().encodeToString(secret), Base64.getEncoder().withoutPadding().encodeToString(secret),
				Base64.getUrlEncoder().withoutPadding().encodeToString(secret), hex, hex.toUpperCase()));
		// a private JWK (QR and evidence keys): its private member alone would be enough to sign
		java.util.regex.Matcher d = java.util.regex.Pattern.compile("\"d\":\"([^\"]+)\"")
			.matcher(new String(secret, StandardCharsets.ISO_8859_1));
		if (d.find()) {
			forms.add(d.group(1));
		}
		return forms;
	}

	/** {@code pg_dump} of the whole test database, as its owner. */
	private String dump() throws Exception {
		var endpoint = database.endpoint();
		Path out = Files.createTempFile("karvon-dump", ".sql");
		try {
			ProcessBuilder builder = new ProcessBuilder(pgDump(), "-h", endpoint.host(), "-p", Integer.toString(endpoint.port()),
					"-U", endpoint.user(), "-f", out.toString(), endpoint.database()).redirectErrorStream(true);
			if (endpoint.password() != null) {
				builder.environment().put("PGPASSWORD", endpoint.password());
			}
			Process process = builder.start();
			String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
			assertThat(process.waitFor(120, TimeUnit.SECONDS)).isTrue();
			assertThat(process.exitValue()).as(output).isZero();
			return Files.readString(out, StandardCharsets.ISO_8859_1);
		}
		finally {
			Files.deleteIfExists(out);
		}
	}

	private static String pgDump() throws IOException {
		try (var versions = Files.list(Path.of("/usr/lib/postgresql"))) {
			return versions.map((dir) -> dir.resolve("bin/pg_dump")).filter(Files::isExecutable)
				.max(java.util.Comparator.comparing(Path::toString))
				.map(Path::toString)
				.orElse("pg_dump");
		}
	}

}
