package org.karvon.support;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.transaction.reactive.TransactionCallback;
import org.springframework.transaction.reactive.TransactionalOperator;

/**
 * A {@link TransactionalOperator} that runs the work as it is, for services over in-memory fakes: the
 * fakes apply each change at once, and atomicity is proven by the real-PostgreSQL tests.
 */
public final class NoTransaction implements TransactionalOperator {

	@Override
	public <T> Mono<T> transactional(Mono<T> mono) {
		return mono;
	}

	@Override
	public <T> Flux<T> transactional(Flux<T> flux) {
		return flux;
	}

	@Override
	public <T> Flux<T> execute(TransactionCallback<T> action) {
		throw new UnsupportedOperationException("services here use transactional(Mono) only");
	}

}
