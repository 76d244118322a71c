package org.karvon.webhook.application;

import java.util.List;
import java.util.UUID;

import org.karvon.kernel.Actor;
import org.karvon.kernel.DomainException;
import org.karvon.kernel.FieldError;
import org.karvon.kernel.Page;
import org.karvon.kernel.Role;
import org.karvon.kernel.Validated;
import org.karvon.webhook.Admission;
import org.karvon.webhook.Delivery;
import org.karvon.webhook.Endpoint;
import org.karvon.webhook.EndpointDraft;
import org.karvon.webhook.WebhookSignature;
import org.karvon.webhook.persistence.WebhookDeliveries;
import org.karvon.webhook.persistence.WebhookEndpoints;
import reactor.core.publisher.Mono;

import org.springframework.stereotype.Service;

/**
 * A carrier's endpoints. Only carriers have endpoints (anyone else: not permitted); an endpoint of
 * another organization does not exist for the caller (not found), so ids reveal nothing.
 */
@Service
public class WebhookService {

	public static final int MAX_PAGE = 100;

	private final WebhookEndpoints endpoints;

	private final WebhookDeliveries deliveries;

	private final TargetResolver resolver;

	private final WebhookProperties properties;

	WebhookService(WebhookEndpoints endpoints, WebhookDeliveries deliveries, TargetResolver resolver,
			WebhookProperties properties) {
		this.endpoints = endpoints;
		this.deliveries = deliveries;
		this.resolver = resolver;
		this.properties = properties;
	}

	/** A new endpoint, and its secret: the only time Karvon hands the secret out. */
	public record Registered(Endpoint endpoint, String secret) {
	}

	public Mono<Registered> register(Actor actor, String url, List<String> events) {
		return Mono.defer(() -> registerFor(carrierOrganization(actor), url, events));
	}

	private Mono<Registered> registerFor(UUID organization, String url, List<String> events) {
		Validated<EndpointDraft> draft = EndpointDraft.parse(url, events, properties.allowPrivate());
		if (draft instanceof Validated.Invalid<EndpointDraft> invalid) {
			return Mono.error(new DomainException.Invalid(invalid.errors()));
		}
		EndpointDraft valid = draft.orElseThrow();
		String secret = WebhookSignature.newSecret();
		return endpoints.count(organization)
			.filter((count) -> count < properties.maxEndpoints())
			.switchIfEmpty(invalid("url", "your organization already has " + properties.maxEndpoints()
					+ " endpoints, the most it may have; delete one first"))
			.then(resolver.resolve(valid.target().host()))
			.map((addresses) -> Admission.judge(valid.target().host(), addresses, properties.allowPrivate()))
			.flatMap((admission) -> admission instanceof Admission.Refused refused ? invalid("url", refused.reason())
					: endpoints.add(organization, valid.target().uri().toString(), valid.eventNames(), secret))
			.map((endpoint) -> new Registered(endpoint, secret));
	}

	public Mono<List<Endpoint>> list(Actor actor) {
		return Mono.defer(() -> endpoints.of(carrierOrganization(actor)).collectList());
	}

	public Mono<Void> delete(Actor actor, UUID id) {
		return Mono.defer(() -> endpoints.remove(id, carrierOrganization(actor)))
			.flatMap((removed) -> removed ? Mono.<Void>empty() : Mono.error(notFound(id)));
	}

	public Mono<Endpoint> enable(Actor actor, UUID id) {
		return Mono.defer(() -> endpoints.enable(id, carrierOrganization(actor))).switchIfEmpty(Mono.error(() -> notFound(id)));
	}

	public Mono<Page<Delivery>> deliveries(Actor actor, UUID id, int page, int size) {
		if (page < 0 || size < 1 || size > MAX_PAGE) {
			return invalid("size", "page must be at least 0 and size between 1 and " + MAX_PAGE);
		}
		return Mono.defer(() -> endpoints.find(id, carrierOrganization(actor)))
			.switchIfEmpty(Mono.error(() -> notFound(id)))
			.flatMap((endpoint) -> deliveries.page(endpoint.id(), page, size));
	}

	private static UUID carrierOrganization(Actor actor) {
		if (!actor.is(Role.CARRIER) || actor.organizationId() == null) {
			throw new DomainException.NotPermitted("Only a carrier manages webhook endpoints, for its own organization.");
		}
		return actor.organizationId();
	}

	private static DomainException.NotFound notFound(UUID id) {
		return new DomainException.NotFound("No webhook endpoint " + id + " in your organization.");
	}

	private static <T> Mono<T> invalid(String field, String message) {
		return Mono.error(new DomainException.Invalid(List.of(new FieldError(field, message))));
	}

}
