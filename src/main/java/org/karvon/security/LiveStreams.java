package org.karvon.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

import org.karvon.web.ApiException;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.publisher.Sinks;

import org.springframework.context.SmartLifecycle;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.jwt.Jwt;

/**
 * The lifetime and the number of long-lived streams (server-sent events). A stream ends when the
 * token that opened it expires, or within {@link #RECHECK} plus the standing cache's time to live
 * once its user is disabled or reset; a user may hold {@code perUser} streams and the instance
 * {@code total}; beyond either, 429 {@code TOO_MANY_STREAMS} before the stream starts.
 * <p>
 * Every stream also ends, completed cleanly, when the instance shuts down: this lifecycle stops before
 * the web server's graceful shutdown, which would otherwise wait out its whole timeout for streams
 * that never end by themselves (their heartbeat keeps them open).
 */
public class LiveStreams implements SmartLifecycle {

	static final Duration RECHECK = Duration.ofSeconds(1);

	private final TokenStanding standing;

	private final Clock clock;

	private final int perUser;

	private final int total;

	private final AtomicInteger open = new AtomicInteger();

	private final Map<UUID, Integer> byUser = new ConcurrentHashMap<>();

	private volatile Sinks.Empty<Object> shuttingDown = Sinks.empty();

	private volatile boolean running;

	LiveStreams(TokenStanding standing, Clock clock, int perUser, int total) {
		this.standing = standing;
		this.clock = clock;
		this.perUser = perUser;
		this.total = total;
	}

	/** {@code stream} for as long as the caller's token is good, counted against the limits. */
	public <T> Flux<T> open(Authentication caller, Flux<T> stream) {
		Jwt token = (Jwt) caller.getCredentials();
		UUID user = UUID.fromString(token.getClaimAsString("uid"));
		return Flux.defer(() -> {
			Mono<Object> shutdown = shuttingDown.asMono();
			if (!admit(user)) {
				return Flux.error(new ApiException(HttpStatus.TOO_MANY_REQUESTS, "Too many streams",
						"At most " + perUser + " live streams per user and " + total
								+ " in all; close another stream and try again.", "TOO_MANY_STREAMS", java.util.List.of()));
			}
			return stream.takeUntilOther(Mono.firstWithSignal(ended(token), shutdown)).doFinally((signal) -> release(user));
		});
	}

	/** Streams open on this instance: what a test waits for. */
	public int open() {
		return open.get();
	}

	@Override
	public void start() {
		// a stopped context can be started again (the test framework pauses idle contexts): new streams
		// must not inherit the ended signal of the last stop
		if (!running) {
			shuttingDown = Sinks.empty();
		}
		running = true;
	}

	/** Ends every open stream (and any opened from now on) with a clean completion. */
	@Override
	public void stop() {
		running = false;
		shuttingDown.tryEmitEmpty();
	}

	@Override
	public boolean isRunning() {
		return running;
	}

	private Mono<Object> ended(Jwt token) {
		Instant expiry = token.getExpiresAt() == null ? clock.instant() : token.getExpiresAt();
		Duration left = Duration.between(clock.instant(), expiry);
		Mono<Object> expired = Mono.delay(left.isNegative() ? Duration.ZERO : left).cast(Object.class);
		Mono<Object> revoked = Flux.interval(RECHECK)
			.concatMap((tick) -> standing.isCurrent(token).onErrorReturn(true))
			.filter((current) -> !current)
			.next()
			.cast(Object.class);
		return Mono.firstWithSignal(expired, revoked);
	}

	private boolean admit(UUID user) {
		if (open.incrementAndGet() > total) {
			open.decrementAndGet();
			return false;
		}
		boolean[] admitted = { false };
		byUser.compute(user, (id, count) -> {
			int current = count == null ? 0 : count;
			admitted[0] = current < perUser;
			return admitted[0] ? current + 1 : count;
		});
		if (!admitted[0]) {
			open.decrementAndGet();
		}
		return admitted[0];
	}

	private void release(UUID user) {
		open.decrementAndGet();
		byUser.computeIfPresent(user, (id, count) -> count <= 1 ? null : count - 1);
	}

}
