package org.karvon.security.web;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.karvon.identity.Accounts;
import org.karvon.security.AccessTokens;
import org.karvon.security.LoginThrottle;
import org.karvon.web.ApiException;
import reactor.core.publisher.Mono;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Exchanges a username and password for a short-lived access token. */
@RestController
@RequestMapping("/api/auth")
class AuthController {

	private final Accounts accounts;

	private final AccessTokens tokens;

	private final LoginThrottle throttle;

	AuthController(Accounts accounts, AccessTokens tokens, LoginThrottle throttle) {
		this.accounts = accounts;
		this.tokens = tokens;
		this.throttle = throttle;
	}

	@PostMapping("/token")
	Mono<TokenResponse> token(@Valid @RequestBody TokenRequest request) {
		var wait = throttle.waitBefore(request.username());
		if (wait.isPresent()) {
			long seconds = Math.max(1, wait.get().toSeconds());
			return Mono.error(new ApiException(HttpStatus.TOO_MANY_REQUESTS, "Too many failed logins",
					"Too many failed logins for this username; try again in " + seconds + " seconds.", "LOGIN_THROTTLED",
					java.util.List.of()));
		}
		return accounts.authenticate(request.username(), request.password())
			.doOnNext((actor) -> throttle.succeeded(request.username()))
			.map((actor) -> TokenResponse.of(tokens.issue(actor)))
			.switchIfEmpty(Mono.defer(() -> {
				throttle.failed(request.username());
				return Mono.error(new ApiException(HttpStatus.UNAUTHORIZED, "Unauthorized",
						"Unknown username or wrong password.", null, java.util.List.of()));
			}));
	}

	record TokenRequest(@NotBlank @Size(max = 64) String username, @NotBlank @Size(max = 128) String password) {
	}

	record TokenResponse(String accessToken, String tokenType, long expiresIn) {

		static TokenResponse of(AccessTokens.IssuedToken issued) {
			return new TokenResponse(issued.accessToken(), "Bearer", issued.expiresIn());
		}

	}

}
