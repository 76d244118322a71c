package org.karvon.consignment;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.karvon.kernel.FieldError;
import org.karvon.kernel.InvalidValueException;
import org.karvon.consignment.ConsignmentDraft.TransportDraft;
import org.karvon.support.ConsignmentRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.karvon.consignment.ConsignmentDraftBuilder.aDraft;

/**
 * UIC wagon numbers and the transport limits of a block train. The check digit examples are the two
 * worked ones of the English Wikipedia article "UIC wagon numbers" (section "Calculation of the
 * self-check digit"): 21 81 2471 217-3 (digit sum 37, check digit 3) and 51 80 0843 001-0 (digit sum
 * 30, check digit 0).
 */
class WagonNumberTests {

	@Test
	void acceptsThePublishedExamplesWithTheirCheckDigits() {
		assertThat(WagonNumber.checkDigitOf("21812471217")).isEqualTo('3');
		assertThat(WagonNumber.checkDigitOf("51800843001")).isEqualTo('0');
		assertThat(WagonNumber.parse("21 81 2471 217-3").value()).isEqualTo("218124712173");
		assertThat(WagonNumber.parse("518008430010").value()).isEqualTo("518008430010");
	}

	@Test
	void refusesAWrongCheckDigitAndAnythingButTwelveDigits() {
		assertThatThrownBy(() -> WagonNumber.parse("21 81 2471 217-4")).isInstanceOf(InvalidValueException.class)
			.hasMessage("check digit should be 3 but is 4");
		for (String bad : new String[] { "2181247121", "2181247121733", "21812471217X", "CSQU3054383", "٢١٨١٢٤٧١٢١٧٣" }) {
			assertThatThrownBy(() -> WagonNumber.parse(bad)).as(bad).isInstanceOf(InvalidValueException.class);
		}
	}

	@Test
	void namesTheIndexOfAWagonWithABadCheckDigit() {
		List<String> wagons = new java.util.ArrayList<>(ConsignmentRequestBuilder.wagons(5));
		wagons.set(3, wagons.get(3).substring(0, 11) + ((wagons.get(3).charAt(11) - '0' + 1) % 10));
		ConsignmentDraft draft = aDraft().transport(new TransportDraft("RAIL", List.of(), List.of(), wagons, null)).build();

		assertThat(draft.validate().errors()).extracting(FieldError::field).containsExactly("transport.wagons[3]");
	}

	@Test
	void carriesUpTo200ContainersAnd200WagonsAndNoMore() {
		List<String> containers = ConsignmentRequestBuilder.containers(201);
		List<String> wagons = ConsignmentRequestBuilder.wagons(200);
		ConsignmentDraft most = aDraft().transport(new TransportDraft("RAIL", List.of(), containers.subList(0, 200),
				wagons, null)).build();
		ConsignmentDraft tooMany = aDraft().transport(new TransportDraft("RAIL", List.of(), containers, wagons, null))
			.build();

		assertThat(most.validate().orElseThrow().transport().listedUnits()).hasSize(400);
		assertThat(tooMany.validate().errors()).containsExactly(
				new FieldError("transport.containers", "must have 0 to 200 entries, got 201"));
	}

	@Test
	void refusesAContainerOrWagonListedTwice() {
		List<String> wagons = ConsignmentRequestBuilder.wagons(3);
		ConsignmentDraft draft = aDraft().transport(new TransportDraft("RAIL", List.of(),
				List.of("CSQU3054383", "CSQU3054383"), List.of(wagons.get(0), wagons.get(1), wagons.get(0)), null))
			.build();

		assertThat(draft.validate().errors()).containsExactlyInAnyOrder(
				new FieldError("transport.containers[1]", "is listed twice"),
				new FieldError("transport.wagons[2]", "is listed twice"));
	}

	@Test
	void aDeclarationWithWagonsAndAVesselReadsBackTheSame() {
		ConsignmentDetails details = aDraft().transport(new TransportDraft("MULTIMODAL", List.of("01A123BC"),
				List.of("CSQU3054383"), ConsignmentRequestBuilder.wagons(2), "Professor Gul")).build().validate()
			.orElseThrow();

		assertThat(ConsignmentDraft.of(details).validate().orElseThrow()).isEqualTo(details);
		assertThat(details.transport().listedUnits()).containsExactly("CSQU3054383",
				ConsignmentRequestBuilder.wagons(2).get(0), ConsignmentRequestBuilder.wagons(2).get(1));
	}

}
