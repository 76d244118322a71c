package org.karvon.webhook.http;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;

import org.karvon.webhook.application.TargetResolver;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

import org.springframework.stereotype.Component;

/**
 * The operating system's resolver (what the JVM uses for every name). Its call blocks, so it runs on
 * the bounded elastic scheduler, never on an event loop.
 */
@Component
class SystemResolver implements TargetResolver {

	@Override
	public Mono<List<InetAddress>> resolve(String host) {
		return Mono.fromCallable(() -> {
			try {
				return List.of(InetAddress.getAllByName(host));
			}
			catch (UnknownHostException ex) {
				return List.<InetAddress>of();
			}
		}).subscribeOn(Schedulers.boundedElastic());
	}

}
