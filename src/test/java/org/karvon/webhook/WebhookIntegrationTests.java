package org.karvon.webhook;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.karvon.support.Api;
import org.karvon.support.Eventually;
import org.karvon.support.IntegrationTest;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.karvon.support.ConsignmentRequestBuilder.aCottonShipment;
import static org.karvon.support.EventRequestBuilder.anEvent;

@IntegrationTest
@TestPropertySource(properties = { "karvon.webhook.allow-private=true", "karvon.webhook.poll-interval=100ms",
		"karvon.webhook.initial-backoff=100ms", "karvon.webhook.max-backoff=300ms", "karvon.webhook.retry-for=3s",
		"karvon.webhook.disable-after=2", "karvon.webhook.max-endpoints=3" })
class WebhookIntegrationTests {

	@Autowired
	Api api;

	private final JsonMapper json = JsonMapper.builder().build();

	private WebhookReceiver receiver;

	private String carrier;

	@BeforeEach
	void startReceiver() throws Exception {
		receiver = new WebhookReceiver();
		carrier = api.carrierOf(api.newOrganization());
	}

	@AfterEach
	void stopReceiver() {
		receiver.close();
	}

	@Test
	void signsEveryDeliveryAndRetriesAfterServerErrorsUntilItIsAccepted() {
		Map<String, Object> endpoint = register(List.of("consignment.departed", "consignment.event"));
		receiver.expect((String) endpoint.get("secret"), 2);
		String number = depart();

		Eventually.holds(() -> receiver.received().stream().filter((r) -> r.answeredWith() == 204).count() == 2);
		List<WebhookReceiver.Received> received = receiver.received();
		assertThat(received).allMatch(WebhookReceiver.Received::signatureValid);
		assertThat(received).hasSize(6);
		assertThat(received.stream().map(WebhookReceiver.Received::id).distinct()).hasSize(2);
		assertThat(received.stream().map((r) -> (String) json.readValue(r.body(), Map.class).get("type")).distinct())
			.containsExactlyInAnyOrder("consignment.departed", "consignment.event");
		Map<?, ?> body = json.readValue(received.get(0).body(), Map.class);
		assertThat(((Map<?, ?>) body.get("data")).get("consignment")).isEqualTo(number);
		assertThat(((Map<?, ?>) body.get("data")).get("type")).isEqualTo("DEPARTURE");
		assertThat(Long.parseLong(received.get(0).timestamp())).isCloseTo(Instant.now().getEpochSecond(),
				org.assertj.core.api.Assertions.within(60L));
		Eventually.holds(() -> deliveries(endpoint).stream().allMatch((d) -> "SUCCEEDED".equals(d.get("status"))));
		assertThat(deliveries(endpoint)).allSatisfy((delivery) -> {
			assertThat(delivery.get("attempts")).isEqualTo(3);
			assertThat(delivery.get("lastResponseCode")).isEqualTo(204);
			assertThat(delivery.get("consignment")).isEqualTo(number);
		});
	}

	@Test
	void deliversOnlyTheSubscribedTypes() {
		Map<String, Object> endpoint = register(List.of("consignment.arrived"));
		receiver.expect((String) endpoint.get("secret"), 0);
		depart();
		assertThat(deliveries(endpoint)).isEmpty();
	}

	@Test
	void disablesAnEndpointWhoseDeliveriesKeepFailingAndEnablesItAgainOnRequest() {
		Map<String, Object> endpoint = register(List.of("consignment.departed", "consignment.event"));
		receiver.expect((String) endpoint.get("secret"), Integer.MAX_VALUE);
		depart();

		Eventually.holds(() -> Boolean.FALSE.equals(endpoints().get(0).get("enabled")));
		assertThat(deliveries(endpoint)).allSatisfy((delivery) -> {
			assertThat(delivery.get("status")).isEqualTo("FAILED");
			assertThat((Integer) delivery.get("attempts")).isGreaterThan(1);
			assertThat(delivery.get("lastResponseCode")).isEqualTo(500);
		});
		assertThat(receiver.received()).allMatch(WebhookReceiver.Received::signatureValid);

		receiver.expect((String) endpoint.get("secret"), 0);
		api.post(carrier, "/api/webhooks/{id}/enable", null, endpoint.get("id"))
			.expectStatus().isOk()
			.expectBody().jsonPath("$.enabled").isEqualTo(true).jsonPath("$.secret").doesNotExist();
		String number = depart();
		Eventually.holds(() -> deliveries(endpoint).stream()
			.anyMatch((d) -> number.equals(d.get("consignment")) && "SUCCEEDED".equals(d.get("status"))));
	}

	@Test
	void showsTheSecretOnlyOnceAndListsEndpointsWithoutIt() {
		Map<String, Object> endpoint = register(List.of("consignment.overdue"));
		assertThat((String) endpoint.get("secret")).startsWith("whsec_");
		api.get(carrier, "/api/webhooks").expectStatus().isOk()
			.expectBody()
			.jsonPath("$[0].id").isEqualTo(endpoint.get("id"))
			.jsonPath("$[0].events[0]").isEqualTo("consignment.overdue")
			.jsonPath("$[0].secret").doesNotExist();
	}

	@Test
	void anotherCarrierCannotSeeOrDeleteTheEndpoint() {
		Map<String, Object> endpoint = register(List.of("consignment.event"));
		String stranger = api.carrierOf(api.newOrganization());
		Object id = endpoint.get("id");
		api.get(stranger, "/api/webhooks").expectStatus().isOk().expectBody().json("[]");
		api.get(stranger, "/api/webhooks/{id}/deliveries", id).expectStatus().isNotFound();
		api.post(stranger, "/api/webhooks/{id}/enable", null, id).expectStatus().isNotFound();
		api.client().delete().uri("/api/webhooks/{id}", id).headers((h) -> h.setBearerAuth(stranger)).exchange()
			.expectStatus().isNotFound();
		api.client().delete().uri("/api/webhooks/{id}", UUID.randomUUID()).headers((h) -> h.setBearerAuth(carrier)).exchange()
			.expectStatus().isNotFound();
		api.client().delete().uri("/api/webhooks/{id}", id).headers((h) -> h.setBearerAuth(carrier)).exchange()
			.expectStatus().isNoContent();
		assertThat(endpoints()).isEmpty();
	}

	@Test
	void officersAndAdminsHaveNoEndpoints() {
		String officer = api.officerAt("UZTAS");
		Map<String, Object> request = Map.of("url", receiver.url(), "events", List.of("consignment.event"));
		api.post(officer, "/api/webhooks", request).expectStatus().isForbidden();
		api.get(officer, "/api/webhooks").expectStatus().isForbidden();
		api.post(api.adminToken(), "/api/webhooks", request).expectStatus().isForbidden();
		api.client().get().uri("/api/webhooks").exchange().expectStatus().isUnauthorized();
	}

	@Test
	void namesEveryInvalidFieldAndLimitsEndpointsPerOrganization() {
		api.post(carrier, "/api/webhooks", Map.of("url", "ftp://example.com/", "events", List.of("consignment.event", "x.y")))
			.expectStatus().isBadRequest()
			.expectBody()
			.jsonPath("$.errors[?(@.field == 'url')]").exists()
			.jsonPath("$.errors[?(@.field == 'events[1]')]").exists();
		api.post(carrier, "/api/webhooks", Map.of("url", receiver.url())).expectStatus().isBadRequest()
			.expectBody().jsonPath("$.errors[0].field").isEqualTo("events");
		for (int i = 0; i < 3; i++) {
			register(List.of("consignment.event"));
		}
		api.post(carrier, "/api/webhooks", Map.of("url", receiver.url(), "events", List.of("consignment.event")))
			.expectStatus().isBadRequest()
			.expectBody().jsonPath("$.errors[0].field").isEqualTo("url")
			.jsonPath("$.errors[0].message").value((message) -> assertThat((String) message).contains("3 endpoints"));
	}

	private Map<String, Object> register(List<String> events) {
		return Api.asMap(api.post(carrier, "/api/webhooks", Map.of("url", receiver.url(), "events", events))
			.expectStatus().isCreated()
			.expectHeader().exists("Location")
			.expectBody(Map.class).returnResult().getResponseBody());
	}

	private String depart() {
		String number = (String) api.register(carrier, aCottonShipment().from("UZTAS").to("KZALA").via("UZ", "KZ").build())
			.get("number");
		api.record(api.officerAt("UZTAS"), number, anEvent("DEPARTURE").build());
		return number;
	}

	@SuppressWarnings("unchecked")
	private List<Map<String, Object>> endpoints() {
		return api.get(carrier, "/api/webhooks").expectStatus().isOk().expectBody(List.class).returnResult().getResponseBody();
	}

	@SuppressWarnings("unchecked")
	private List<Map<String, Object>> deliveries(Map<String, Object> endpoint) {
		Map<String, Object> page = Api.asMap(api.get(carrier, "/api/webhooks/{id}/deliveries?size=100", endpoint.get("id"))
			.expectStatus().isOk().expectBody(Map.class).returnResult().getResponseBody());
		return (List<Map<String, Object>>) page.get("items");
	}

}
