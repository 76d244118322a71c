package org.karvon.journal.persistence;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.karvon.consignment.ConsignmentNumber;
import org.karvon.kernel.CountryCode;
import org.karvon.journal.NextStop;
import reactor.core.publisher.Mono;

/** Expected arrivals in memory: the announcements a service made, in order, as short sentences. */
public class InMemoryExpectedArrivals extends ExpectedArrivals {

	private final List<String> announcements = new ArrayList<>();

	private final Map<ConsignmentNumber, CountryCode> expectedIn = new HashMap<>();

	public InMemoryExpectedArrivals() {
		super(null);
	}

	@Override
	public Mono<Void> expect(ConsignmentNumber number, NextStop.Expected expected, String fromPost, Instant since) {
		return Mono.fromRunnable(() -> expectedIn.put(number, CountryCode.parse(expected.country().toString())))
			.then(Mono.fromRunnable(() -> announcements.add("expected in " + expected.country()
				+ (expected.postCode() == null ? "" : " at " + expected.postCode()) + " from " + fromPost)));
	}

	@Override
	public Mono<Void> settle(ConsignmentNumber number) {
		return Mono.fromRunnable(() -> {
			expectedIn.remove(number);
			announcements.add("settled");
		});
	}

	@Override
	public Mono<Optional<CountryCode>> countryOf(ConsignmentNumber number) {
		return Mono.fromCallable(() -> Optional.ofNullable(expectedIn.get(number)));
	}

	@Override
	public Mono<Void> deviated(ConsignmentNumber number, String atPost, List<String> countries) {
		return Mono.fromRunnable(() -> announcements.add("deviated at " + atPost + " to " + countries));
	}

	public List<String> announcements() {
		return List.copyOf(announcements);
	}

}
