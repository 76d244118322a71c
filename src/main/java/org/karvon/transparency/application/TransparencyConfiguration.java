package org.karvon.transparency.application;

import java.time.Clock;

import org.karvon.database.CachedHealth;
import org.karvon.keys.application.KeyVault;
import org.karvon.transparency.persistence.LogQueue;
import org.karvon.transparency.persistence.LogStore;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.reactive.TransactionalOperator;

/** Wires the transparency log: key, proofs, witnesses, and the scheduled sequencer and checkpoint publisher. */
@Configuration(proxyBeanMethods = false)
class TransparencyConfiguration {

	@Bean
	LogKey logKey(KeyVault vault, Clock clock, TransparencyProperties properties) {
		return new LogKey(vault, clock, properties.origin());
	}

	@Bean
	LogProofs logProofs(LogStore store) {
		return new LogProofs(store);
	}

	@Bean
	LogAudit logAudit(LogStore store, LogKey key, Witnesses witnesses) {
		return new LogAudit(store, key, witnesses);
	}

	/** Readiness {@code transparency}: three reads, run at most once per {@link CachedHealth#READINESS}. */
	@Bean("transparency")
	CachedHealth transparencyHealth(LogStore store, java.time.Clock clock) {
		return new CachedHealth(new TransparencyHealth(store, clock), CachedHealth.READINESS);
	}

	@Bean
	Witnesses witnesses(TransparencyProperties properties) {
		return Witnesses.parse(properties.witnesses());
	}

	@Bean
	CheckpointPublisher checkpointPublisher(LogQueue queue, LogStore store, LogProofs proofs, LogKey key,
			Witnesses witnesses, TransactionalOperator transaction) {
		return new CheckpointPublisher(new Sequencer(queue, store, transaction), store, proofs, key, witnesses);
	}

	@Bean
	CheckpointSchedule checkpointSchedule(CheckpointPublisher publisher, TransparencyProperties properties) {
		return new CheckpointSchedule(publisher, properties.checkpointInterval());
	}

}
