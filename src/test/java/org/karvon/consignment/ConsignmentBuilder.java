package org.karvon.consignment;

import java.time.Instant;
import java.util.UUID;

/**
 * Registered consignments for tests: {@code aConsignment().from("UZTAS").to("KZALA").build()}.
 */
public final class ConsignmentBuilder {

	public static final Instant REGISTERED_AT = Instant.parse("2025-05-01T06:00:00Z");

	public static final UUID SILK_WAY_CARRIER = UUID.fromString("6f1c1f8e-8a51-4a0e-9a8e-2b1f0c4d7e11");

	private final ConsignmentDraftBuilder draft = ConsignmentDraftBuilder.aDraft();

	private String number = "25UZ2345678ABCDEF" + MrnCheck.checkCharacterOf("25UZ2345678ABCDEF");

	public static ConsignmentBuilder aConsignment() {
		return new ConsignmentBuilder();
	}

	public ConsignmentBuilder from(String post) {
		this.draft.from(post);
		return this;
	}

	public ConsignmentBuilder to(String post) {
		this.draft.to(post);
		return this;
	}

	public ConsignmentBuilder via(String... countries) {
		this.draft.via(countries);
		return this;
	}

	public ConsignmentBuilder sealedWith(String... seals) {
		this.draft.sealedWith(seals);
		return this;
	}

	public ConsignmentBuilder numbered(String number) {
		this.number = number;
		return this;
	}

	public ConsignmentDetails details() {
		return this.draft.build().validate().orElseThrow();
	}

	public Consignment build() {
		return Consignment.register(ConsignmentNumber.parse(this.number), SILK_WAY_CARRIER, details(), REGISTERED_AT);
	}

}
