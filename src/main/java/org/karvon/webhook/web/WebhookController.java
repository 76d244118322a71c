package org.karvon.webhook.web;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import org.karvon.kernel.Actor;
import org.karvon.kernel.DomainException;
import org.karvon.kernel.Page;
import org.karvon.webhook.application.WebhookService;
import reactor.core.publisher.Mono;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** A carrier's webhook endpoints (api-contract "Carrier webhooks"). */
@Tag(name = "Webhooks")
@RestController
@RequestMapping("/api/webhooks")
class WebhookController {

	private final WebhookService webhooks;

	WebhookController(WebhookService webhooks) {
		this.webhooks = webhooks;
	}

	/** The only answer that carries the secret. */
	@Operation(operationId = "registerWebhook",
			summary = "Register an https endpoint for consignment events; its secret is shown only here",
			description = "CARRIER. Targets must be https on public addresses. Deliveries are signed: webhook-signature "
					+ "v1,<base64 HMAC-SHA256 of \"<id>.<timestamp>.<body>\"> keyed with the secret.")
	@PostMapping
	Mono<ResponseEntity<EndpointView>> register(@AuthenticationPrincipal Actor actor, @RequestBody WebhookRequest request) {
		return webhooks.register(actor, request.url(), request.events())
			.map((registered) -> ResponseEntity.created(URI.create("/api/webhooks/" + registered.endpoint().id()))
				.body(EndpointView.of(registered.endpoint(), registered.secret())));
	}

	@Operation(operationId = "listWebhooks",
			summary = "The organization's endpoints",
			description = "CARRIER: the endpoints of its organization.")
	@GetMapping
	Mono<List<EndpointView>> list(@AuthenticationPrincipal Actor actor) {
		return webhooks.list(actor).map((endpoints) -> endpoints.stream().map((e) -> EndpointView.of(e, null)).toList());
	}

	@Operation(operationId = "deleteWebhook",
			summary = "Delete an endpoint",
			description = "CARRIER of the endpoint's organization.")
	@DeleteMapping("/{id}")
	Mono<ResponseEntity<Void>> delete(@AuthenticationPrincipal Actor actor, @PathVariable String id) {
		return webhooks.delete(actor, uuid(id)).then(Mono.just(ResponseEntity.noContent().build()));
	}

	/** Re-enables an endpoint that repeated failures disabled; pending deliveries are tried again. */
	@Operation(operationId = "enableWebhook",
			summary = "Enable an endpoint that was disabled",
			description = "CARRIER of the endpoint's organization.")
	@PostMapping("/{id}/enable")
	Mono<EndpointView> enable(@AuthenticationPrincipal Actor actor, @PathVariable String id) {
		return webhooks.enable(actor, uuid(id)).map((endpoint) -> EndpointView.of(endpoint, null));
	}

	@Operation(operationId = "listDeliveries",
			summary = "A page of an endpoint's deliveries, with status and attempts",
			description = "CARRIER of the endpoint's organization.")
	@GetMapping("/{id}/deliveries")
	Mono<Page<DeliveryView>> deliveries(@AuthenticationPrincipal Actor actor, @PathVariable String id,
			@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size) {
		return webhooks.deliveries(actor, uuid(id), page, size).map((deliveries) -> deliveries.map(DeliveryView::of));
	}

	/** An id that is not a UUID names no endpoint: the same answer as another organization's id. */
	private static UUID uuid(String id) {
		try {
			return UUID.fromString(id);
		}
		catch (IllegalArgumentException ex) {
			throw new DomainException.NotFound("No webhook endpoint " + id.substring(0, Math.min(id.length(), 40))
					+ " in your organization.");
		}
	}

}
