package org.karvon.consignment.application;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.karvon.consignment.Itinerary;
import org.karvon.consignment.TransitDeadline;
import org.karvon.consignment.TransitTime;
import org.karvon.kernel.CountryCode;
import org.karvon.kernel.DomainException;
import org.karvon.kernel.FieldError;
import org.karvon.kernel.FieldErrors;
import org.karvon.kernel.PostCode;
import org.karvon.registry.CustomsPost;
import org.karvon.registry.Registry;
import org.karvon.registry.persistence.Registries;
import reactor.core.publisher.Mono;

import org.karvon.kernel.InvalidValueException;

import org.springframework.stereotype.Service;

/**
 * The default transit deadline ({@link TransitTime}) for a route from the registry's coordinates:
 * what registration sets when the carrier declares none, and what a form proposes before it is sent.
 */
@Service
public class TransitDeadlines {

	private final Registries registries;

	private final Clock clock;

	TransitDeadlines(Registries registries, Clock clock) {
		this.registries = registries;
		this.clock = clock;
	}

	/** The deadline the rule would set if the consignment were registered now; 400 naming each bad parameter. */
	public Mono<Proposal> propose(String departurePost, String destinationPost, String itinerary) {
		return registries.current().map((registry) -> {
			FieldErrors errors = new FieldErrors();
			PostCode departure = errors.check("departurePost", () -> known(registry, departurePost));
			PostCode destination = errors.check("destinationPost", () -> known(registry, destinationPost));
			List<String> countries = (itinerary == null || itinerary.isBlank()) ? List.of()
					: Arrays.stream(itinerary.split(",", Itinerary.MAX + 1)).map(String::trim).toList();
			List<CountryCode> codes = errors.each("itinerary", countries, Itinerary.MIN, Itinerary.MAX, CountryCode::parse);
			Itinerary route = (codes.isEmpty() || codes.contains(null)) ? null
					: errors.check("itinerary", () -> new Itinerary(codes));
			List<FieldError> problems = new ArrayList<>(errors.toResult(() -> "").errors());
			if (!problems.isEmpty()) {
				throw new DomainException.Invalid(problems);
			}
			TransitTime time = transitTime(registry, departure, destination, route);
			Instant now = clock.instant();
			return new Proposal(TransitDeadline.byRule(now, time).at(), time.days(), time.distanceKm());
		});
	}

	static PostCode known(Registry registry, String raw) {
		PostCode code = PostCode.parse(raw);
		registry.post(code.toString())
			.orElseThrow(() -> new InvalidValueException("no customs post " + code + "; see GET /api/posts"));
		return code;
	}

	static TransitTime transitTime(Registry registry, PostCode departure, PostCode destination, Itinerary itinerary) {
		CustomsPost from = registry.post(departure.toString()).orElseThrow();
		CustomsPost to = registry.post(destination.toString()).orElseThrow();
		return TransitTime.between(from.latitude(), from.longitude(), to.latitude(), to.longitude(), itinerary);
	}

	/** A proposed deadline, the whole days the rule allows and the straight-line distance it measured. */
	public record Proposal(Instant transitDeadline, int transitDays, long distanceKm) {
	}

}
