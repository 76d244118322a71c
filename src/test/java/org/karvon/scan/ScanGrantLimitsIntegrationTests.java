package org.karvon.scan;

import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.karvon.support.Api;
import org.karvon.support.Eventually;
import org.karvon.support.IntegrationTest;
import reactor.core.publisher.Flux;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;
import org.springframework.test.context.TestPropertySource;
import org.springframework.web.reactive.function.client.WebClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.karvon.support.ConsignmentRequestBuilder.aCottonShipment;
import static org.karvon.support.EventRequestBuilder.anEvent;

/** Grants off the itinerary expire without an ENTRY and are bounded per officer and day (here 2 and 3 s). */
@IntegrationTest
@TestPropertySource(properties = { "karvon.scan.grants-per-officer-per-day=2", "karvon.scan.grant-lifetime=PT3S" })
class ScanGrantLimitsIntegrationTests {

	@Autowired
	Api api;

	@LocalServerPort
	int port;

	Scans scans;

	String carrier;

	@BeforeEach
	void aCarrier() {
		scans = new Scans(api);
		carrier = api.carrierOf(api.newOrganization());
	}

	@Test
	void aGrantWithoutEntryExpiresAndAFreshScanRenewsIt() {
		Map<String, Object> record = departed();
		String number = (String) record.get("number");
		String fotekhobod = api.officerAt("TJFOT");
		scans.qr(fotekhobod, (String) record.get("qr")).expectStatus().isOk();
		api.get(fotekhobod, "/api/consignments/{n}", number).expectStatus().isOk();

		Eventually.holds(() -> api.get(fotekhobod, "/api/consignments/{n}", number).returnResult(String.class)
			.getStatus().value() == 404);
		api.post(fotekhobod, "/api/consignments/{n}/events", anEvent("ENTRY").build(), number).expectStatus()
			.isNotFound();

		scans.qr(fotekhobod, (String) record.get("qr")).expectStatus().isOk().expectBody()
			.jsonPath("$.consignment.view").isEqualTo("TRANSPORT");
		api.record(fotekhobod, number, anEvent("ENTRY").build());
		api.get(carrier, "/api/consignments/{n}/grants", number).expectBody().jsonPath("$.total").isEqualTo(2);
	}

	@Test
	void refusesAnOfficersGrantsBeyondTheDailyBoundAndLogsTheScanAnyway() {
		String fotekhobod = api.officerAt("TJFOT");
		scans.qr(fotekhobod, (String) departed().get("qr")).expectStatus().isOk();
		scans.qr(fotekhobod, (String) departed().get("qr")).expectStatus().isOk();
		Map<String, Object> third = departed();

		scans.qr(fotekhobod, (String) third.get("qr")).expectStatus().isEqualTo(409)
			.expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.expectBody().jsonPath("$.code").isEqualTo("SCAN_GRANT_LIMIT");
		api.get(fotekhobod, "/api/consignments/{n}", third.get("number")).expectStatus().isNotFound();
		api.get(carrier, "/api/consignments/{n}/scans", third.get("number")).expectBody()
			.jsonPath("$.total").isEqualTo(1)
			.jsonPath("$.items[0].granted").isEqualTo(false);
		scans.qr(api.officerAt("TJFOT"), (String) third.get("qr")).expectStatus().isOk();
	}

	@Test
	void countsParallelScansOfOneOfficerAgainstEachOther() {
		String fotekhobod = api.officerAt("TJFOT");
		List<String> codes = IntStream.range(0, 5).mapToObj((i) -> (String) departed().get("qr")).toList();
		WebClient client = WebClient.create("http://localhost:" + port);

		List<Integer> statuses = Flux.fromIterable(codes)
			.flatMap((qr) -> client.post().uri("/api/scans").headers((h) -> h.setBearerAuth(fotekhobod))
				.contentType(MediaType.APPLICATION_JSON).bodyValue(Map.of("qr", qr))
				.exchangeToMono((response) -> response.releaseBody().thenReturn(response.statusCode().value())))
			.collectList()
			.block();

		assertThat(statuses).filteredOn((status) -> status == 200).hasSize(2);
		assertThat(statuses).filteredOn((status) -> status == 409).hasSize(3);
	}

	private Map<String, Object> departed() {
		Map<String, Object> record = api.register(carrier, aCottonShipment().build());
		api.record(api.officerAt("UZTAS"), (String) record.get("number"), anEvent("DEPARTURE").build());
		return record;
	}

}
