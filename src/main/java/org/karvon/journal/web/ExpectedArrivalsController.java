package org.karvon.journal.web;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.karvon.journal.persistence.ExpectedArrivals;
import org.karvon.journal.application.ExpectedArrivalsFeed;
import org.karvon.journal.application.ExpectedArrivalsFeed.Push;
import org.karvon.registry.CustomsPost;
import org.karvon.registry.persistence.Registries;
import org.karvon.kernel.Actor;
import org.karvon.kernel.Role;
import org.karvon.security.LiveStreams;
import org.karvon.web.ApiException;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.http.MediaType;
import org.springframework.http.codec.ServerSentEvent;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Cargo heading to a post: what departed or left a neighbouring country towards this post's
 * country, the post across the border first. Only officers of that country may look.
 */
@Tag(name = "Expected arrivals")
@RestController
@RequestMapping("/api/posts/{code}/expected")
class ExpectedArrivalsController {

	private static final int LIMIT = 500;

	private static final Duration HEARTBEAT = Duration.ofSeconds(15);

	private final ExpectedArrivals expected;

	private final ExpectedArrivalsFeed feed;

	private final Registries registries;

	private final LiveStreams streams;

	ExpectedArrivalsController(ExpectedArrivals expected, ExpectedArrivalsFeed feed, Registries registries,
			LiveStreams streams) {
		this.expected = expected;
		this.feed = feed;
		this.registries = registries;
		this.streams = streams;
	}

	@Operation(operationId = "listExpected",
			summary = "Consignments expected next at this post or in its country",
			description = "OFFICER of that post's country.")
	@GetMapping
	Mono<List<ExpectedArrivals.ExpectedRow>> expected(@AuthenticationPrincipal Actor actor, @PathVariable String code) {
		return postOf(actor, code).flatMap((post) -> expected.at(post.code(), post.country(), LIMIT).collectList());
	}

	/**
	 * Live: an {@code expected} event when cargo heads here, {@code gone} when it entered or arrived, and
	 * {@code deviated} when cargo with this state on its itinerary entered a country off its route.
	 * Ends when the token expires or its user is disabled; limited per user and in all ({@link LiveStreams}).
	 */
	@Operation(operationId = "streamExpected",
			summary = "The expected arrivals as Server-Sent Events: expected, gone, deviated",
			description = "OFFICER of that post's country. The stream ends when the token expires or the user is disabled; "
					+ "beyond the stream limits 429 TOO_MANY_STREAMS.")
	@GetMapping(path = "/stream", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
	Flux<ServerSentEvent<Object>> stream(@AuthenticationPrincipal Actor actor, Authentication caller,
			@PathVariable String code) {
		return postOf(actor, code).flatMapMany((post) -> streams.open(caller, Flux.defer(() -> {
			Flux<ServerSentEvent<Object>> changes = feed.forCountry(post.country()).map(ExpectedArrivalsController::event);
			// the first comment goes out at once: it flushes the headers (compression would hold them back
			// until the first event) so the client knows at once that it is live
			Flux<ServerSentEvent<Object>> heartbeat = Flux.interval(Duration.ZERO, HEARTBEAT)
				.map((tick) -> ServerSentEvent.builder().comment("keep-alive").build());
			return Flux.merge(changes, heartbeat);
		})));
	}

	private static ServerSentEvent<Object> event(Push push) {
		if (push instanceof Push.Expected expected) {
			return ServerSentEvent.builder((Object) expected.row()).event("expected").id(expected.row().number()).build();
		}
		if (push instanceof Push.Deviated deviated) {
			return ServerSentEvent.builder((Object) Map.of("number", deviated.number(), "post", deviated.post()))
				.event("deviated")
				.build();
		}
		return ServerSentEvent.builder((Object) Map.of("number", ((Push.Gone) push).number())).event("gone").build();
	}

	private Mono<CustomsPost> postOf(Actor actor, String code) {
		return registries.current().map((registry) -> {
			CustomsPost post = registry.post(code.toUpperCase(Locale.ROOT))
				.orElseThrow(() -> ApiException.notFound("No customs post with code " + code + "."));
			if (!actor.is(Role.OFFICER) || !post.country().equals(actor.country())) {
				throw ApiException.forbidden("Only officers of " + post.country() + " see cargo expected at its posts.");
			}
			return post;
		});
	}

}
