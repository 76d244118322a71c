package org.karvon.journal.web;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.karvon.journal.persistence.ExpectedArrivals;
import org.karvon.journal.persistence.ExpectedArrivalsListener;
import org.karvon.registry.CustomsPost;
import org.karvon.registry.Registries;
import org.karvon.security.Actor;
import org.karvon.security.Role;
import org.karvon.web.ApiException;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.http.MediaType;
import org.springframework.http.codec.ServerSentEvent;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Cargo heading to a post: what departed or left a neighbouring country towards this post's
 * country, the post across the border first. Only officers of that country may look.
 */
@RestController
@RequestMapping("/api/posts/{code}/expected")
class ExpectedArrivalsController {

	private static final int LIMIT = 500;

	private static final Duration HEARTBEAT = Duration.ofSeconds(15);

	private final ExpectedArrivals expected;

	private final ExpectedArrivalsListener listener;

	private final Registries registries;

	ExpectedArrivalsController(ExpectedArrivals expected, ExpectedArrivalsListener listener, Registries registries) {
		this.expected = expected;
		this.listener = listener;
		this.registries = registries;
	}

	@GetMapping
	Mono<List<ExpectedArrivals.ExpectedRow>> expected(@AuthenticationPrincipal Actor actor, @PathVariable String code) {
		return postOf(actor, code).flatMap((post) -> expected.at(post.code(), post.country(), LIMIT).collectList());
	}

	/** Live: an {@code expected} event when cargo heads here, {@code gone} when it entered or arrived. */
	@GetMapping(path = "/stream", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
	Flux<ServerSentEvent<Object>> stream(@AuthenticationPrincipal Actor actor, @PathVariable String code) {
		return postOf(actor, code).flatMapMany((post) -> {
			Flux<ServerSentEvent<Object>> changes = listener.changes()
				.filter((change) -> change.country().equals(post.country()))
				.concatMap((change) -> "gone".equals(change.kind())
						? Mono.just(ServerSentEvent.builder((Object) Map.of("number", change.number()))
							.event("gone")
							.build())
						: expected.one(change.number())
							.map((row) -> ServerSentEvent.builder((Object) row).event("expected").id(row.number()).build()));
			Flux<ServerSentEvent<Object>> heartbeat = Flux.interval(HEARTBEAT)
				.map((tick) -> ServerSentEvent.builder().comment("keep-alive").build());
			return Flux.merge(changes, heartbeat);
		});
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
