package org.karvon.consignment.application;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.Year;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.karvon.kernel.DomainException;
import org.karvon.consignment.Consignment;
import org.karvon.consignment.access.AccessPolicy;
import org.karvon.consignment.access.PostGrant;
import org.karvon.consignment.access.Visibility;
import org.karvon.consignment.ConsignmentDetails;
import org.karvon.consignment.ConsignmentDraft;
import org.karvon.consignment.ConsignmentNumber;
import org.karvon.consignment.ConsignmentQuery;
import org.karvon.consignment.ConsignmentRecord;
import org.karvon.consignment.TransitDeadline;
import org.karvon.consignment.TransitTime;
import org.karvon.kernel.FieldError;
import org.karvon.kernel.InvalidValueException;
import org.karvon.kernel.Outcome;
import org.karvon.kernel.Page;
import org.karvon.kernel.Validated;
import org.karvon.consignment.persistence.Consignments;
import org.karvon.consignment.persistence.PostAccessGrants;
import org.karvon.registry.persistence.Registries;
import org.karvon.registry.Registry;
import org.karvon.kernel.Actor;
import org.karvon.kernel.Role;
import reactor.core.publisher.Mono;

import org.springframework.stereotype.Service;
import org.springframework.transaction.reactive.TransactionalOperator;

/**
 * Registers, reads, amends and cancels consignments. Every read goes through
 * {@link #readable(Actor, String)}, so no endpoint can forget the visibility rule.
 */
@Service
public class ConsignmentService {

	private static final int NUMBER_ATTEMPTS = 5;

	private final Consignments consignments;

	private final PostAccessGrants grants;

	private final Registries registries;

	private final QrTokens tokens;

	private final TransactionalOperator transaction;

	private final Clock clock;

	private final SecureRandom random = new SecureRandom();

	ConsignmentService(Consignments consignments, PostAccessGrants grants, Registries registries, QrTokens tokens,
			TransactionalOperator transaction, Clock clock) {
		this.consignments = consignments;
		this.grants = grants;
		this.registries = registries;
		this.tokens = tokens;
		this.transaction = transaction;
		this.clock = clock;
	}

	public Mono<ConsignmentRecord> register(Actor carrier, ConsignmentDraft draft) {
		requireCarrier(carrier);
		return validated(draft).flatMap((declared) -> insert(carrier, declared, NUMBER_ATTEMPTS));
	}

	/** The whole record if this actor may see it; otherwise 404, exactly as if it did not exist. */
	public Mono<ConsignmentRecord> readable(Actor actor, String rawNumber) {
		return viewable(actor, rawNumber).filter((seen) -> seen.visibility() == Visibility.FULL)
			.map(Seen::record)
			.switchIfEmpty(Mono.error(() -> notFound(parseNumber(rawNumber))));
	}

	/** The record and how much of it this actor sees (a post off the itinerary may see only the transport view). */
	public Mono<Seen> viewable(Actor actor, String rawNumber) {
		ConsignmentNumber number = parseNumber(rawNumber);
		return consignments.byNumber(number)
			.flatMap((record) -> visibility(actor, record).flatMap(Mono::justOrEmpty)
				.map((visibility) -> new Seen(record, visibility)))
			.switchIfEmpty(Mono.error(() -> notFound(number)));
	}

	public Mono<Boolean> mayRead(Actor actor, ConsignmentRecord record) {
		return visibility(actor, record).map((seen) -> seen.filter(Visibility.FULL::equals).isPresent());
	}

	public Mono<Optional<Visibility>> visibility(Actor actor, ConsignmentRecord record) {
		return grantOf(actor, record).map((grant) -> AccessPolicy.visibility(actor, record.consignment(), grant));
	}

	/** How far a scan opened the record to the actor's post; looked up only when it can matter. */
	public Mono<PostGrant> grantOf(Actor actor, ConsignmentRecord record) {
		if (AccessPolicy.dependsOnScanGrant(actor, record.consignment())) {
			return grants.stateOf(record.number(), actor.postCode(), clock.instant());
		}
		return Mono.just(PostGrant.NONE);
	}

	public Mono<ConsignmentRecord> amend(Actor carrier, String rawNumber, ConsignmentDraft draft) {
		requireCarrier(carrier);
		ConsignmentNumber number = parseNumber(rawNumber);
		return validated(draft).flatMap((declared) -> change(carrier, number, (record, now) -> record.consignment()
			.amend(declared.details(), now)
			.map((changed) -> record.with(changed, tokens.sign(changed, now)).withDeadline(declared.deadline(now)))));
	}

	public Mono<ConsignmentRecord> cancel(Actor carrier, String rawNumber) {
		requireCarrier(carrier);
		return change(carrier, parseNumber(rawNumber), (record, now) -> record.consignment()
			.cancel(now)
			.map((changed) -> record.with(changed, record.qrToken())));
	}

	public Mono<Page<ConsignmentRecord>> list(Actor actor, ConsignmentQuery query) {
		return consignments.page(actor, query);
	}

	private Mono<ConsignmentRecord> insert(Actor carrier, Declared declared, int attemptsLeft) {
		ConsignmentDetails details = declared.details();
		Instant now = clock.instant();
		ConsignmentNumber number = ConsignmentNumber.generate(Year.now(clock.withZone(ZoneOffset.UTC)),
				details.departurePost().country(), random);
		Consignment consignment = Consignment.register(number, carrier.organizationId(), details, now);
		ConsignmentRecord record = new ConsignmentRecord(consignment, tokens.sign(consignment, now), 0, null, null)
			.withDeadline(declared.deadline(now));
		return consignments.add(record).flatMap((added) -> {
			if (added) {
				return consignments.byNumber(number);
			}
			// a number drawn twice: astronomically rare, but numbers are never reused, so draw again
			return attemptsLeft > 1 ? insert(carrier, declared, attemptsLeft - 1)
					: Mono.error(new IllegalStateException("no free consignment number after " + NUMBER_ATTEMPTS + " draws"));
		});
	}

	private Mono<ConsignmentRecord> change(Actor carrier, ConsignmentNumber number, Change change) {
		return consignments.lock(number)
			.filter((record) -> AccessPolicy.mayDeclare(carrier, record.consignment()))
			.switchIfEmpty(Mono.error(() -> notFound(number)))
			.flatMap((record) -> {
				Outcome<ConsignmentRecord> outcome = change.apply(record, clock.instant());
				if (outcome instanceof Outcome.Rejected<ConsignmentRecord> rejected) {
					return Mono.error(new DomainException.Refused(rejected.rejection()));
				}
				ConsignmentRecord changed = outcome.orElseThrow();
				return consignments.update(changed).thenReturn(changed);
			})
			.as(transaction::transactional)
			.flatMap((changed) -> consignments.byNumber(number));
	}

	private Mono<Declared> validated(ConsignmentDraft draft) {
		return registries.current().map((registry) -> {
			Instant now = clock.instant();
			Validated<ConsignmentDetails> validated = draft.validate();
			List<FieldError> problems = new ArrayList<>(validated.errors());
			checkPost(registry, "departurePost", draft.departurePost(), problems);
			checkPost(registry, "destinationPost", draft.destinationPost(), problems);
			Optional<Instant> declaredDeadline = declaredDeadline(draft.transitDeadline(), now, problems);
			if (!problems.isEmpty()) {
				throw new DomainException.Invalid(problems);
			}
			ConsignmentDetails details = validated.orElseThrow();
			TransitTime time = TransitDeadlines.transitTime(registry, details.departurePost(), details.destinationPost(),
					details.itinerary());
			return new Declared(details, declaredDeadline, time);
		});
	}

	private static Optional<Instant> declaredDeadline(String raw, Instant now, List<FieldError> problems) {
		if (raw == null || raw.isBlank()) {
			return Optional.empty();
		}
		try {
			return Optional.of(TransitDeadline.parseDeclared(raw, now));
		}
		catch (InvalidValueException ex) {
			problems.add(new FieldError("transitDeadline", ex.getMessage()));
			return Optional.empty();
		}
	}

	private static void checkPost(Registry registry, String field, String code, List<FieldError> problems) {
		if (code == null || problems.stream().anyMatch((problem) -> problem.field().equals(field))) {
			return;
		}
		String normalized = code.trim().toUpperCase(Locale.ROOT);
		registry.post(normalized).ifPresentOrElse((post) -> {
			if (!registry.isMember(post.country())) {
				problems.add(new FieldError(field, normalized + " is not in a member state; Karvon accompanies "
						+ "cargo between posts of UZ, KZ, KG, TJ, TM and AZ"));
			}
		}, () -> problems.add(new FieldError(field, "no customs post " + normalized + "; see GET /api/posts")));
	}

	/** Parses a number from a path or form, turning a typo into a 400 that says what is wrong. */
	public static ConsignmentNumber parseNumber(String raw) {
		try {
			return ConsignmentNumber.parse(raw);
		}
		catch (RuntimeException ex) {
			throw new DomainException.Malformed("Invalid consignment number", ex.getMessage());
		}
	}

	/** The one answer for a record that does not exist or may not be seen: existence must not leak. */
	public static DomainException notFound(Object number) {
		return new DomainException.NotFound("No consignment " + number + " that you may see.");
	}

	private static void requireCarrier(Actor actor) {
		if (!actor.is(Role.CARRIER)) {
			throw new DomainException.NotPermitted("Only carriers register and change consignments.");
		}
	}

	/** The validated declaration, the deadline the carrier declared (if any) and the route's transit time. */
	private record Declared(ConsignmentDetails details, Optional<Instant> declaredDeadline, TransitTime time) {

		/** The declared deadline, or the rule's counted from {@code now}, the instant of the registration or amendment. */
		TransitDeadline deadline(Instant now) {
			return declaredDeadline.map((at) -> TransitDeadline.declared(at, time))
				.orElseGet(() -> TransitDeadline.byRule(now, time));
		}

	}

	/** A record and how much of it the asker sees. */
	public record Seen(ConsignmentRecord record, Visibility visibility) {
	}

	@FunctionalInterface
	interface Change {

		Outcome<ConsignmentRecord> apply(ConsignmentRecord record, Instant now);

	}

}
