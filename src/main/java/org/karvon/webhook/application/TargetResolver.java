package org.karvon.webhook.application;

import java.net.InetAddress;
import java.util.List;

import reactor.core.publisher.Mono;

/** Resolves a target's host name (without blocking the caller's thread); an unknown host is an empty list. */
public interface TargetResolver {

	Mono<List<InetAddress>> resolve(String host);

}
