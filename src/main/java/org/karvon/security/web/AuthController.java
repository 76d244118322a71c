package org.karvon.security.web;

import java.time.Duration;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.karvon.identity.application.Accounts;
import org.karvon.security.AccessTokens;
import org.karvon.security.LoginThrottle;
import org.karvon.security.LoginThrottle.Admission;
import org.karvon.security.PasswordChecks;
import org.karvon.audit.SecurityEvents;
import org.karvon.web.Problem;
import reactor.core.publisher.Mono;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Exchanges a username and password for a short-lived access token. The attempt is counted by the
 * throttle before the password is checked; refusals say when to retry ({@code Retry-After}).
 */
@Tag(name = "Authentication")
@RestController
@RequestMapping("/api/auth")
class AuthController {

	private final Accounts accounts;

	private final AccessTokens tokens;

	private final LoginThrottle throttle;

	private final SecurityEvents events;

	AuthController(Accounts accounts, AccessTokens tokens, LoginThrottle throttle, SecurityEvents events) {
		this.accounts = accounts;
		this.tokens = tokens;
		this.throttle = throttle;
		this.events = events;
	}

	@Operation(operationId = "issueToken",
			summary = "Exchange a username and password for an access token",
			description = "Anyone. The token lives KARVON_TOKEN_LIFETIME (15 minutes by default); send it as "
					+ "'Authorization: Bearer <accessToken>'. Wrong username or password, and a disabled user: 401. "
					+ "Attempts are throttled per username and address: 429 with Retry-After.")
	@ApiResponse(responseCode = "200", description = "The access token",
			content = @Content(schema = @Schema(implementation = TokenResponse.class)))
	@PostMapping("/token")
	Mono<ResponseEntity<Object>> token(@Valid @RequestBody TokenRequest request, ServerHttpRequest http) {
		String address = http.getRemoteAddress() == null ? null : http.getRemoteAddress().getAddress().getHostAddress();
		Admission admission = throttle.admit(request.username(), address);
		if (admission instanceof Admission.Refused refused) {
			events.record("LOGIN_THROTTLED", request.username(), address, "");
			return Mono.just(retryLater(http, refused.retryAfter(), "Too many failed logins", "LOGIN_THROTTLED",
					"Too many failed logins for this username from here; try again in " + seconds(refused.retryAfter())
							+ " seconds."));
		}
		Admission.Admitted admitted = (Admission.Admitted) admission;
		return accounts.signIn(request.username(), request.password())
			.map((signedIn) -> {
				throttle.succeeded(admitted);
				return ResponseEntity.ok((Object) TokenResponse.of(tokens.issue(signedIn.actor(), signedIn.tokenVersion())));
			})
			.switchIfEmpty(Mono.fromSupplier(() -> {
				events.record("LOGIN_FAILED", request.username(), address, "");
				// a disabled account gets the same answer as a wrong password: nothing to learn by guessing
				return problem(http, new Problem(401, "Unauthorized", "Unknown username or wrong password.", null, List.of()));
			}))
			.onErrorResume(PasswordChecks.Busy.class, (busy) -> Mono.just(retryLater(http, Duration.ofSeconds(1),
					"Too many logins at once", "LOGIN_BUSY", "Too many logins are being checked right now; retry in a second.")));
	}

	private static ResponseEntity<Object> retryLater(ServerHttpRequest http, Duration wait, String title, String code,
			String detail) {
		ResponseEntity<Object> problem = problem(http, new Problem(429, title, detail, code, List.of()));
		return ResponseEntity.status(429).headers(problem.getHeaders())
			.header(HttpHeaders.RETRY_AFTER, Long.toString(seconds(wait)))
			.body(problem.getBody());
	}

	private static ResponseEntity<Object> problem(ServerHttpRequest http, Problem problem) {
		return ResponseEntity.status(problem.status()).contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.body(problem.toBody(http.getPath().value()));
	}

	private static long seconds(Duration wait) {
		return Math.max(1, (wait.toMillis() + 999) / 1000);
	}

	record TokenRequest(@NotBlank @Size(max = 64) String username, @NotBlank @Size(max = 128) String password) {
	}

	record TokenResponse(String accessToken, String tokenType, long expiresIn) {

		static TokenResponse of(AccessTokens.IssuedToken issued) {
			return new TokenResponse(issued.accessToken(), "Bearer", issued.expiresIn());
		}

	}

}
