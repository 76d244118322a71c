package org.karvon.identity.application;

import org.karvon.identity.NewUser;
import org.karvon.identity.PasswordPolicy;
import java.security.SecureRandom;
import java.util.Base64;

import org.karvon.kernel.Role;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;

/**
 * Creates the first administrator on an empty database: with {@code KARVON_ADMIN_PASSWORD}, or
 * with a random password printed once, since nobody could log in otherwise.
 */
@Component
class AdminBootstrap implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(AdminBootstrap.class);

	private final Accounts accounts;

	private final String configuredPassword;

	AdminBootstrap(Accounts accounts, @Value("${karvon.admin-password:}") String configuredPassword) {
		this.accounts = accounts;
		this.configuredPassword = configuredPassword;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (Boolean.TRUE.equals(accounts.anyUser().block())) {
			return;
		}
		boolean generated = configuredPassword.isBlank();
		String password = generated ? randomPassword() : configuredPassword;
		PasswordPolicy.refusal(password).ifPresent((reason) -> {
			throw new IllegalStateException("KARVON_ADMIN_PASSWORD " + reason + "; choose another or leave it unset "
					+ "to have one generated");
		});
		accounts.createUser(new NewUser("admin", password, Role.ADMIN, null, null)).block();
		if (generated) {
			log.warn("Created user 'admin' with generated password: {}  (shown once; set KARVON_ADMIN_PASSWORD to choose it)",
					password);
		}
		else {
			log.info("Created user 'admin' with the password from KARVON_ADMIN_PASSWORD");
		}
	}

	private static String randomPassword() {
		byte[] bytes = new byte[18];
		new SecureRandom().nextBytes(bytes);
		return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
	}

}
