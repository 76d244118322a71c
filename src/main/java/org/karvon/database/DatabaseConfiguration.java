package org.karvon.database;

import java.time.Duration;
import java.util.Optional;

import io.r2dbc.pool.ConnectionPool;
import io.r2dbc.pool.ConnectionPoolConfiguration;
import io.r2dbc.postgresql.PostgresqlConnectionFactory;
import io.r2dbc.spi.ConnectionFactory;
import org.flywaydb.core.api.migration.JavaMigration;
import reactor.netty.resources.LoopResources;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.r2dbc.health.ConnectionFactoryHealthIndicator;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class DatabaseConfiguration {

	private static final Duration TIMEOUT = Duration.ofSeconds(5);

	@Bean
	KarvonDatabase karvonDatabase(DatabaseProperties properties, ObjectProvider<DatabaseScope> scope,
			@Value("${karvon.db.runtime-user:}") String runtimeUser,
			@Value("${karvon.db.runtime-password:}") String runtimePassword, ObjectProvider<JavaMigration> javaMigrations) {
		return new KarvonDatabase(properties, Optional.ofNullable(scope.getIfAvailable()), runtimeUser,
				runtimePassword.isBlank() ? null : runtimePassword, javaMigrations.orderedStream().toList());
	}

	/**
	 * The pool gets its own non-colocated event loops: with colocation every pooled connection
	 * lands on the loop of the thread that opened it, which funnels all queries through one core.
	 * Acquire and connect timeouts make requests fail fast (503) while PostgreSQL is down; an
	 * unreachable server answers "refused" at once, so they only bound a silent network. Five seconds
	 * (not three) because a busy two-core host took longer than three to open the first connections
	 * at start-up and to hand one to each of 64 concurrent writers, which failed start-up or gave 503s.
	 * <p>
	 * The group gets twice as many loops as cores: reactor-netty takes {@code next()} twice per new
	 * connection, so with the round-robin chooser every connection lands on every other loop. With
	 * one loop per core, all connections shared ONE thread (measured: 16 connections, one
	 * {@code karvon-pg-epoll} thread); with two per core, one loop per core is used.
	 */
	/** Readiness {@code r2dbc}: Boot's check of a pooled connection, run at most once per {@link CachedHealth#READINESS}. */
	@Bean
	CachedHealth r2dbcHealthContributor(ConnectionFactory connectionFactory) {
		return new CachedHealth(new ConnectionFactoryHealthIndicator(connectionFactory), CachedHealth.READINESS);
	}

	@Bean(destroyMethod = "dispose")
	ConnectionPool connectionFactory(KarvonDatabase database, DatabaseProperties properties) {
		DatabaseEndpoint endpoint = database.runtimeEndpoint();
		int threads = Math.max(2, Runtime.getRuntime().availableProcessors());
		var postgres = endpoint.r2dbc("karvon")
			.connectTimeout(TIMEOUT)
			.loopResources(LoopResources.create("karvon-pg", 1, 2 * threads, true, false))
			.build();
		ConnectionFactory factory = new PostgresqlConnectionFactory(postgres);
		return new ConnectionPool(ConnectionPoolConfiguration.builder(factory)
			.name("karvon")
			.initialSize(Math.min(4, properties.poolSize()))
			.maxSize(properties.poolSize())
			.maxAcquireTime(TIMEOUT)
			.maxCreateConnectionTime(TIMEOUT)
			.maxIdleTime(Duration.ofMinutes(10))
			.build());
	}

}
