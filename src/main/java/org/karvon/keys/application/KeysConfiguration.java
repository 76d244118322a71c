package org.karvon.keys.application;

import org.flywaydb.core.api.migration.JavaMigration;
import org.karvon.keys.MasterKey;
import org.karvon.keys.persistence.V32__Wrap_plaintext_keys;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class KeysConfiguration {

	@Bean
	MasterKeyFile masterKeyFile(KeysProperties properties) {
		return new MasterKeyFile(properties);
	}

	/** Run by the database's Flyway (it collects every {@link JavaMigration} bean); reads the master key only if needed. */
	@Bean
	JavaMigration wrapPlaintextKeys(MasterKeyFile file) {
		return new V32__Wrap_plaintext_keys(new java.util.function.Supplier<MasterKey>() {

			private MasterKey key;

			@Override
			public synchronized MasterKey get() {
				if (key == null) {
					key = file.load(true);
				}
				return key;
			}

		});
	}

}
