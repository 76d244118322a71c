package org.karvon.security;

import org.karvon.kernel.Actor;
import java.util.List;

import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.jwt.Jwt;

/** A validated access token whose principal is the {@link Actor} it names. */
class ActorAuthentication extends AbstractAuthenticationToken {

	private final Actor actor;

	private final Jwt token;

	ActorAuthentication(Actor actor, Jwt token) {
		super(List.of(new SimpleGrantedAuthority(actor.role().authority())));
		this.actor = actor;
		this.token = token;
		setAuthenticated(true);
	}

	@Override
	public Object getCredentials() {
		return token;
	}

	@Override
	public Actor getPrincipal() {
		return actor;
	}

	@Override
	public String getName() {
		return actor.username();
	}

}
