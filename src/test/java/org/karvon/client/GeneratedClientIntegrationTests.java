package org.karvon.client;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.karvon.client.api.AdministrationApi;
import org.karvon.client.api.AuthenticationApi;
import org.karvon.client.api.ConsignmentsApi;
import org.karvon.client.api.JournalApi;
import org.karvon.client.api.ScanningApi;
import org.karvon.client.model.ConsignmentDraft;
import org.karvon.client.model.ConsignmentView;
import org.karvon.client.model.EventDraft;
import org.karvon.client.model.EventView;
import org.karvon.client.model.GoodsDraft;
import org.karvon.client.model.MoneyDraft;
import org.karvon.client.model.OrganizationRequest;
import org.karvon.client.model.PartyDraft;
import org.karvon.client.model.Problem;
import org.karvon.client.model.ScanRequest;
import org.karvon.client.model.ScanResponse;
import org.karvon.client.model.TokenRequest;
import org.karvon.client.model.TransportDraft;
import org.karvon.client.model.UserRequest;
import org.karvon.support.Api;
import org.karvon.support.IntegrationTest;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * A carrier's and the border posts' systems, built only from the committed OpenAPI description: the
 * Java client openapi-generator makes of {@code src/test/resources/openapi/karvon-api.json} drives a
 * running Karvon through one trip, and reads a refusal as an RFC 9457 problem with its code.
 */
@IntegrationTest
class GeneratedClientIntegrationTests {

	@LocalServerPort
	int port;

	private AdministrationApi admin;

	@BeforeEach
	void signInAsAdmin() throws ApiException {
		admin = new AdministrationApi(as(signIn("admin", Api.ADMIN_PASSWORD)));
	}

	@Test
	void carriesAConsignmentFromRegistrationToArrivalThroughTheGeneratedClient() throws ApiException {
		ApiClient carrier = as(carrier());
		ApiClient tashkent = as(officerAt("UZTAS"));
		ApiClient yallama = as(officerAt("UZYAL"));
		ApiClient zhibekZholy = as(officerAt("KZZHZ"));
		ApiClient almaty = as(officerAt("KZALA"));

		ApiResponse<ConsignmentView> registered = new ConsignmentsApi(carrier)
			.registerConsignmentWithHttpInfo(contractRegistration());
		ConsignmentView record = registered.getData();
		assertThat(registered.getStatusCode()).isEqualTo(201);
		assertThat(registered.getHeaders().get("Location")).containsExactly("/api/consignments/" + record.getNumber());
		assertThat(record.getNumber()).hasSize(18);
		assertThat(record.getStatus()).isEqualTo("REGISTERED");

		String number = record.getNumber();
		EventView departure = new JournalApi(tashkent).recordEvent(number, event("DEPARTURE"));
		assertThat(departure.getSeq()).isEqualTo(1);
		assertThat(departure.getPost()).isEqualTo("UZTAS");
		assertThat(new ConsignmentsApi(carrier).readConsignment(number).getStatus()).isEqualTo("IN_TRANSIT");

		ScanResponse scanned = new ScanningApi(yallama).scan(new ScanRequest().qr(record.getQr()));
		assertThat(scanned.getVerdict()).isEqualTo(ScanResponse.VerdictEnum.VALID);
		assertThat(scanned.getConsignment().getNumber()).isEqualTo(number);
		new JournalApi(yallama).recordEvent(number, event("EXIT"));

		ScanResponse typed = new ScanningApi(zhibekZholy).scan(new ScanRequest().number(number));
		assertThat(typed.getConsignment().getStatus()).isEqualTo("IN_TRANSIT");
		new JournalApi(zhibekZholy).recordEvent(number, event("ENTRY"));
		new JournalApi(almaty).recordEvent(number, event("ARRIVAL"));

		List<EventView> events = new JournalApi(carrier).listEvents(number, null, null);
		assertThat(events).extracting(EventView::getType).containsExactly("DEPARTURE", "EXIT", "ENTRY", "ARRIVAL");
		assertThat(events).extracting(EventView::getSeq).containsExactly(1L, 2L, 3L, 4L);
		assertThat(new ConsignmentsApi(carrier).readConsignment(number).getStatus()).isEqualTo("ARRIVED");
		assertThat(new JournalApi(almaty).checkIntegrity(number).getValid()).isTrue();
	}

	@Test
	void readsARefusedTransitionAsAProblemWithItsCode() throws Exception {
		ApiClient carrier = as(carrier());
		JournalApi tashkent = new JournalApi(as(officerAt("UZTAS")));
		String number = new ConsignmentsApi(carrier).registerConsignment(contractRegistration()).getNumber();
		tashkent.recordEvent(number, event("DEPARTURE"));

		ApiException refused = catchThrowableOfType(ApiException.class,
				() -> tashkent.recordEvent(number, event("DEPARTURE")));

		assertThat(refused.getCode()).isEqualTo(409);
		assertThat(refused.getResponseHeaders().firstValue("Content-Type")).hasValue("application/problem+json");
		Problem problem = carrier.getObjectMapper().readValue(refused.getResponseBody(), Problem.class);
		assertThat(problem.getStatus()).isEqualTo(409);
		assertThat(problem.getCode()).isEqualTo("NOT_REGISTERED");
		assertThat(problem.getTitle()).isNotBlank();
		assertThat(problem.getDetail()).isNotBlank();
	}

	/** The registration request of the API contract, typed. */
	private static ConsignmentDraft contractRegistration() {
		return new ConsignmentDraft()
			.consignor(new PartyDraft().name("Silk Way Textiles LLC").country("UZ").address("Tashkent"))
			.consignee(new PartyDraft().name("Almaty Trade House").country("KZ").address("Almaty"))
			.departurePost("UZTAS")
			.destinationPost("KZALA")
			.itinerary(List.of("UZ", "KZ"))
			.transport(new TransportDraft().mode("ROAD").vehiclePlates(List.of("01A123BC")).containers(List.of()))
			.seals(List.of("UZ1234567"))
			.goods(List.of(new GoodsDraft().hsCode("520100").description("Raw cotton").packages(40).grossMassKg("20000")
				.value(new MoneyDraft().amount("45000.00").currency("USD"))));
	}

	private static EventDraft event(String type) {
		return new EventDraft().id(UUID.randomUUID().toString()).type(type)
			.occurredAt(OffsetDateTime.now().minusSeconds(1).toString());
	}

	private String carrier() throws ApiException {
		UUID organization = admin.createOrganization(new OrganizationRequest().name("Carrier " + Api.uniqueSuffix())
			.country("UZ")).getId();
		return newUser(new UserRequest().role(UserRequest.RoleEnum.CARRIER).organizationId(organization));
	}

	private String officerAt(String post) throws ApiException {
		return newUser(new UserRequest().role(UserRequest.RoleEnum.OFFICER).postCode(post));
	}

	private String newUser(UserRequest request) throws ApiException {
		String username = "client-" + Api.uniqueSuffix();
		String password = "secret-" + UUID.randomUUID();
		admin.createUser(request.username(username).password(password));
		return signIn(username, password);
	}

	private String signIn(String username, String password) throws ApiException {
		return new AuthenticationApi(as(null)).issueToken(new TokenRequest().username(username).password(password))
			.getAccessToken();
	}

	/** A client of this Karvon that sends the token, if any, as the bearer. */
	private ApiClient as(String token) {
		ApiClient client = new ApiClient();
		client.updateBaseUri("http://localhost:" + port);
		if (token != null) {
			client.setRequestInterceptor((request) -> request.header("Authorization", "Bearer " + token));
		}
		return client;
	}

}
