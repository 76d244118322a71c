package org.karvon.journal.application;

import java.util.concurrent.atomic.AtomicInteger;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.karvon.journal.persistence.ExpectedArrivals;
import org.karvon.journal.persistence.ExpectedArrivals.ExpectedRow;
import org.karvon.journal.persistence.ExpectedArrivalsListener;
import org.karvon.journal.persistence.ExpectedArrivalsListener.Change;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.BufferOverflowStrategy;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.stereotype.Component;

/**
 * Expected-arrival changes, each read from the database once per instance and shared by every live
 * stream (before, each stream read each change itself: a thousand officers watching meant a
 * thousand queries per truck). Lookups are counted in {@code karvon.expected.lookups}. A stream too
 * slow to keep up loses its oldest pushes, never anyone else's.
 */
@Component
public class ExpectedArrivalsFeed {

	private static final Logger log = LoggerFactory.getLogger(ExpectedArrivalsFeed.class);

	private static final int BUFFER = 256;

	private final Flux<Push> pushes;

	private final AtomicInteger subscribers = new AtomicInteger();

	ExpectedArrivalsFeed(ExpectedArrivalsListener listener, ExpectedArrivals expected, MeterRegistry meters) {
		Counter lookups = Counter.builder("karvon.expected.lookups")
			.description("expected-arrival rows read to push to live streams")
			.register(meters);
		this.pushes = listener.changes().concatMap((change) -> resolve(change, expected, lookups)).share();
	}

	/** Pushes for one country's posts, as they commit on any instance. */
	public Flux<Push> forCountry(String country) {
		return pushes.filter((push) -> push.country().equals(country))
			.onBackpressureBuffer(BUFFER, BufferOverflowStrategy.DROP_OLDEST)
			.doOnSubscribe((subscription) -> subscribers.incrementAndGet())
			.doFinally((signal) -> subscribers.decrementAndGet());
	}

	/** Streams hearing the feed on this instance: what a test waits for instead of sleeping. */
	public int subscribers() {
		return subscribers.get();
	}

	private static Mono<Push> resolve(Change change, ExpectedArrivals expected, Counter lookups) {
		if ("gone".equals(change.kind())) {
			return Mono.just(new Push.Gone(change.number(), change.country()));
		}
		if ("deviated".equals(change.kind())) {
			return Mono.just(new Push.Deviated(change.number(), change.post(), change.country()));
		}
		return Mono.defer(() -> {
			lookups.increment();
			return expected.one(change.number()).<Push>map(Push.Expected::new);
		}).onErrorResume((ex) -> {
			log.warn("expected arrival {} not pushed: {}", change.number(), ex.toString());
			return Mono.empty();
		});
	}

	/** What a stream sends: a consignment now expected, one no longer expected, or one off its route. */
	public sealed interface Push {

		String country();

		record Expected(ExpectedRow row) implements Push {

			@Override
			public String country() {
				return row.country();
			}

		}

		record Gone(String number, String country) implements Push {
		}

		/** Cargo with this country on its itinerary entered a country off its route, at {@code post}. */
		record Deviated(String number, String post, String country) implements Push {
		}

	}

}
