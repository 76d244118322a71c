package org.karvon.bench;

import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.time.Instant;
import java.time.Year;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Semaphore;
import java.util.stream.IntStream;

import org.karvon.consignment.ConsignmentNumber;
import org.karvon.kernel.CountryCode;
import org.karvon.keys.KeyPurpose;
import org.karvon.keys.MasterKey;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.OctetKeyPair;
import com.nimbusds.jose.util.Base64URL;
import org.karvon.signing.KeyRing;
import org.karvon.signing.QrClaims;
import org.karvon.signing.QrTokenSigner;
import org.karvon.signing.SigningKey;
import org.postgresql.PGConnection;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Seeds {@code karvon_bench} for the benchmark: users and 20 template consignments through the API
 * (so the declaration JSON is exactly what Karvon writes), then the bulk with COPY — fresh MRN
 * numbers and tokens signed with the server's own key — then departures through the API.
 * <p>
 * Arguments: base URL, JDBC URL, admin password, consignments, in-transit count, output folder.
 */
public final class BenchSeeder {

	static final String PASSWORD = "bench-Passw0rd-2026";

	private static final String[][] ROUTES = { { "KZALA", "UZ", "KZ" }, { "TJDYU", "UZ", "TJ" },
			{ "KGBIS", "UZ", "KZ", "KG" }, { "AZBAK", "UZ", "TM", "AZ" }, { "KZAKT", "UZ", "KZ" } };

	private static final String[] HS = { "520100", "847130", "870321", "080810", "610910", "940360", "300490" };

	private final Random random = new Random(7);

	private final BenchApi api;

	private final Path out;

	private final String jdbcUrl;

	private BenchSeeder(BenchApi api, Path out, String jdbcUrl) {
		this.api = api;
		this.out = out;
		this.jdbcUrl = jdbcUrl;
	}

	public static void main(String[] args) throws Exception {
		Path out = Files.createDirectories(Path.of(args[5]));
		new BenchSeeder(new BenchApi(args[0]), out, args[1]).seed(args[2], Integer.parseInt(args[3]),
				Integer.parseInt(args[4]));
	}

	private void seed(String adminPassword, int count, int transitCount) throws Exception {
		String admin = api.token("admin", adminPassword);
		String org = api.post("/api/admin/organizations", admin,
				"{\"name\":\"Silk Way Bench LLC\",\"country\":\"UZ\"}").get("id").asString();
		api.post("/api/admin/users", admin, user("bench-carrier", "CARRIER").put("organizationId", org).toString());
		api.post("/api/admin/users", admin, user("bench-officer", "OFFICER").put("postCode", "UZTAS").toString());
		String carrier = api.token("bench-carrier", PASSWORD);
		String officer = api.token("bench-officer", PASSWORD);
		List<String> templates = new ArrayList<>();
		for (int goods = 1; goods <= 20; goods++) {
			templates.add(api.post("/api/consignments", carrier, registration(goods, ROUTES[goods % ROUTES.length]).toString())
				.get("number").asString());
		}
		Files.writeString(out.resolve("register.json"), registration(5, ROUTES[0]).toString());
		List<String> numbers;
		try (Connection db = DriverManager.getConnection(jdbcUrl, "postgres", "")) {
			numbers = bulk(db, templates, count - templates.size());
			numbers.addAll(0, templates);
			db.createStatement().execute("analyze");
		}
		List<String> tokens = depart(officer, numbers, transitCount);
		Files.writeString(out.resolve("bench.env"), "CARRIER_TOKEN=" + carrier + "\nOFFICER_TOKEN=" + officer + "\n");
		Files.write(out.resolve("photo.jpg"), BenchPhoto.jpeg(tokens.get(0)));
		System.out.printf("seeded %d consignments, %d in transit%n", numbers.size(), transitCount);
	}

	private static ObjectNode user(String name, String role) {
		return BenchApi.JSON.createObjectNode().put("username", name).put("password", PASSWORD).put("role", role);
	}

	private ObjectNode registration(int goodsCount, String[] route) {
		ObjectNode request = BenchApi.JSON.createObjectNode();
		request.putObject("consignor").put("name", "Silk Way Textiles LLC").put("country", "UZ").put("address", "Tashkent");
		request.putObject("consignee").put("name", "Trade House " + route[0]).put("country", route[0].substring(0, 2))
			.put("address", "Central warehouse");
		request.put("departurePost", "UZTAS").put("destinationPost", route[0]);
		ArrayNode itinerary = request.putArray("itinerary");
		Arrays.stream(route, 1, route.length).forEach(itinerary::add);
		ObjectNode transport = request.putObject("transport").put("mode", "ROAD");
		transport.putArray("vehiclePlates").add(String.format("01A%03dBC", random.nextInt(1000)));
		transport.putArray("containers");
		request.putArray("seals").add(String.format("UZ%07d", random.nextInt(10_000_000)));
		ArrayNode goods = request.putArray("goods");
		for (int i = 0; i < goodsCount; i++) {
			ObjectNode item = goods.addObject().put("hsCode", HS[i % HS.length]).put("description", "Goods line " + (i + 1))
				.put("packages", 1 + random.nextInt(60)).put("grossMassKg", String.valueOf(100 + random.nextInt(20000)));
			item.putObject("value").put("amount", (1000 + random.nextInt(90000)) + ".00").put("currency", "USD");
		}
		return request;
	}

	/** The active QR signing key, unwrapped with the master key file the server uses (KARVON_MASTER_KEY_FILE, else data/master.key). */
	private static SigningKey activeSigningKey(Connection db) throws Exception {
		ResultSet key = db.createStatement().executeQuery(
				"select kid, wrapped, public_key, created_at from wrapped_key where purpose = 'qr-signing' and state = 'ACTIVE'");
		key.next();
		String configured = System.getenv("KARVON_MASTER_KEY_FILE");
		Path file = Path.of(configured != null && !configured.isBlank() ? configured
				: Objects.requireNonNullElse(System.getenv("KARVON_DATA_DIR"), "data") + "/master.key");
		String kid = key.getString("kid");
		byte[] seed = MasterKey.parse(Files.readAllBytes(file)).wrapFor(KeyPurpose.QR_SIGNING).unwrap(kid, key.getBytes("wrapped"));
		Instant created = key.getTimestamp("created_at").toInstant().truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
		OctetKeyPair pair = new OctetKeyPair.Builder(Curve.Ed25519, Base64URL.encode(key.getBytes("public_key")))
			.d(Base64URL.encode(seed)).keyID(kid).build();
		return new SigningKey(kid, pair, created, true);
	}

	/** COPYs {@code count} clones of the templates, each with its own number and a token signed for it. */
	private List<String> bulk(Connection db, List<String> templates, int count) throws Exception {
		QrTokenSigner signer = new QrTokenSigner(KeyRing.of(activeSigningKey(db)));
		List<Template> rows = new ArrayList<>();
		ResultSet found = db.createStatement().executeQuery("""
				select carrier_organization_id, departure_post, destination_post, itinerary, details::text, seals
				from consignment order by created_at""");
		while (found.next()) {
			rows.add(Template.of(found));
		}
		List<String> numbers = new ArrayList<>();
		Instant now = Instant.now();
		var copy = ((PGConnection) db.unwrap(PGConnection.class)).getCopyAPI();
		for (int from = 0; from < count; from += 5000) {
			int start = from;
			int size = Math.min(5000, count - start);
			String[] lines = IntStream.range(0, size).parallel().mapToObj((i) -> {
				Template t = rows.get(Math.floorMod((start + i) * 31 + 7, rows.size()));
				Random r = new Random(start + i);
				String number = ConsignmentNumber.generate(Year.of(2026), new CountryCode("UZ"), r).toString();
				Instant created = now.minusSeconds(60 + r.nextInt(30 * 86400)).truncatedTo(java.time.temporal.ChronoUnit.MILLIS);
				String token = signer.sign(t.claims(number, created));
				return t.csv(number, token, created.atOffset(ZoneOffset.UTC).toString());
			}).toArray(String[]::new);
			copy.copyIn("""
					copy consignment (number, version, status, carrier_organization_id, departure_post, destination_post,
					  itinerary, details, seals, qr_token, created_at, updated_at) from stdin (format csv)""",
					new StringReader(String.join("", lines)));
			Arrays.stream(lines).forEach((line) -> numbers.add(line.substring(0, 18)));
		}
		return numbers;
	}

	/** Departs a random {@code count} of them at UZTAS through the API; writes the token files. */
	private List<String> depart(String officer, List<String> numbers, int count) throws Exception {
		List<String> shuffled = new ArrayList<>(numbers);
		java.util.Collections.shuffle(shuffled, random);
		List<String> transit = shuffled.subList(0, count);
		Semaphore slots = new Semaphore(16);
		List<CompletableFuture<JsonNode>> sent = new ArrayList<>();
		for (String number : transit) {
			slots.acquire();
			String body = "{\"id\":\"" + UUID.randomUUID() + "\",\"type\":\"DEPARTURE\",\"occurredAt\":\""
					+ Instant.now().minusSeconds(5) + "\"}";
			sent.add(api.postAsync("/api/consignments/" + number + "/events", officer, body)
				.whenComplete((done, failure) -> slots.release()));
		}
		CompletableFuture.allOf(sent.toArray(CompletableFuture[]::new)).join();
		Files.write(out.resolve("transit.txt"), transit);
		Files.write(out.resolve("numbers.txt"), numbers);
		try (Connection db = DriverManager.getConnection(jdbcUrl, "postgres", "")) {
			List<String> tokens = new ArrayList<>();
			ResultSet rows = db.createStatement().executeQuery("select qr_token from consignment order by number");
			while (rows.next()) {
				tokens.add(rows.getString(1));
			}
			Files.write(out.resolve("tokens.txt"), tokens);
			return tokens;
		}
	}

	/** One API-registered consignment whose declaration the bulk rows copy. */
	private record Template(String carrier, String departure, String destination, String itinerary, String details,
			String seals, List<String> countries, List<String> plates, List<String> containers, List<String> sealList) {

		static Template of(ResultSet row) throws Exception {
			JsonNode details = BenchApi.JSON.readTree(row.getString(5));
			String[] countries = (String[]) row.getArray(4).getArray();
			String[] seals = (String[]) row.getArray(6).getArray();
			return new Template(row.getString(1), row.getString(2).trim(), row.getString(3).trim(), row.getString(4),
					row.getString(5), row.getString(6), List.of(countries), strings(details.path("transport").path("vehiclePlates")),
					strings(details.path("transport").path("containers")), List.of(seals));
		}

		QrClaims claims(String number, Instant issuedAt) {
			return new QrClaims(number, 1, issuedAt, departure, destination, countries, plates, containers, sealList);
		}

		String csv(String number, String token, String at) {
			return String.join(",", number, "1", "REGISTERED", carrier, departure, destination, quoted(itinerary),
					quoted(details), quoted(seals), quoted(token), at, at) + "\n";
		}

		private static String quoted(String text) {
			return "\"" + text.replace("\"", "\"\"") + "\"";
		}

		private static List<String> strings(JsonNode array) {
			List<String> values = new ArrayList<>();
			array.forEach((node) -> values.add(node.asString()));
			return values;
		}

	}

}
