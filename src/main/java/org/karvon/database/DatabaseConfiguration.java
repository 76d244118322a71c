package org.karvon.database;

import java.time.Duration;

import io.r2dbc.pool.ConnectionPool;
import io.r2dbc.pool.ConnectionPoolConfiguration;
import io.r2dbc.postgresql.PostgresqlConnectionFactory;
import io.r2dbc.spi.ConnectionFactory;
import reactor.netty.resources.LoopResources;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class DatabaseConfiguration {

	private static final Duration TIMEOUT = Duration.ofSeconds(5);

	@Bean
	KarvonDatabase karvonDatabase(DatabaseProperties properties) {
		return new KarvonDatabase(properties);
	}

	/**
	 * The pool gets its own non-colocated event loops: with colocation every pooled connection
	 * lands on the loop of the thread that opened it, which funnels all queries through one core.
	 * Acquire and connect timeouts make requests fail fast (503) while PostgreSQL is down; an
	 * unreachable server answers "refused" at once, so they only bound a silent network. Five seconds
	 * (not three) because a busy two-core host took longer than three to open the first connections
	 * at start-up and to hand one to each of 64 concurrent writers, which failed start-up or gave 503s.
	 */
	@Bean(destroyMethod = "dispose")
	ConnectionPool connectionFactory(KarvonDatabase database, DatabaseProperties properties) {
		DatabaseEndpoint endpoint = database.endpoint();
		int threads = Math.max(2, Runtime.getRuntime().availableProcessors());
		var postgres = endpoint.r2dbc("karvon")
			.connectTimeout(TIMEOUT)
			.loopResources(LoopResources.create("karvon-pg", 1, threads, true, false))
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
