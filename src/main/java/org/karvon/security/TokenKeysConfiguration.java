package org.karvon.security;

import java.time.Clock;
import java.time.Duration;

import org.karvon.keys.application.KeyVault;
import org.karvon.keys.application.KeysProperties;
import org.karvon.keys.persistence.WrappedKeyStore;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The access-token keys from the database (slice tests supply fixed ones instead). */
@Configuration(proxyBeanMethods = false)
class TokenKeysConfiguration {

	/** The HMAC keys, wrapped in the database; a rotated-out key is accepted for one token lifetime. */
	@Bean
	TokenKeys tokenKeys(WrappedKeyStore store, KeyVault vault, Clock clock, KeysProperties keys,
			@Value("${karvon.security.token-lifetime:PT15M}") Duration lifetime) {
		return new TokenKeys(store, vault, clock, lifetime, keys.refreshInterval());
	}

}
