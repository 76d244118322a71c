package org.karvon.webhook.application;

import org.karvon.webhook.DueDelivery;
import reactor.core.publisher.Mono;

/** The delivery's body {@code {"type","timestamp","data"}}, with {@code data} as the API shows the entry. */
public interface PayloadRenderer {

	Mono<String> body(DueDelivery delivery);

}
