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

	@Bean
	KarvonDatabase karvonDatabase(DatabaseProperties properties) {
		return new KarvonDatabase(properties);
	}

	/**
	 * The pool gets its own non-colocated event loops: with colocation every pooled connection
	 * lands on the loop of the thread that opened it, which funnels all queries through one core.
	 * Short acquire and connect timeouts make requests fail fast (503) while PostgreSQL is down.
	 */
	@Bean(destroyMethod = "dispose")
	ConnectionPool connectionFactory(KarvonDatabase database, DatabaseProperties properties) {
		DatabaseEndpoint endpoint = database.endpoint();
		int threads = Math.max(2, Runtime.getRuntime().availableProcessors());
		var postgres = endpoint.r2dbc("karvon")
			.loopResources(LoopResources.create("karvon-pg", 1, threads, true, false))
			.build();
		ConnectionFactory factory = new PostgresqlConnectionFactory(postgres);
		return new ConnectionPool(ConnectionPoolConfiguration.builder(factory)
			.name("karvon")
			.initialSize(Math.min(4, properties.poolSize()))
			.maxSize(properties.poolSize())
			.maxAcquireTime(Duration.ofSeconds(3))
			.maxCreateConnectionTime(Duration.ofSeconds(3))
			.maxIdleTime(Duration.ofMinutes(10))
			.build());
	}

}
