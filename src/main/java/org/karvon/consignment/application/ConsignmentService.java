package org.karvon.consignment.application;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.Year;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.karvon.consignment.Consignment;
import org.karvon.consignment.ConsignmentAccess;
import org.karvon.consignment.ConsignmentDetails;
import org.karvon.consignment.ConsignmentDraft;
import org.karvon.consignment.ConsignmentNumber;
import org.karvon.consignment.ConsignmentQuery;
import org.karvon.consignment.ConsignmentRecord;
import org.karvon.consignment.FieldError;
import org.karvon.consignment.Outcome;
import org.karvon.consignment.Page;
import org.karvon.consignment.Validated;
import org.karvon.consignment.persistence.Consignments;
import org.karvon.consignment.persistence.PostAccessGrants;
import org.karvon.registry.Registries;
import org.karvon.registry.Registry;
import org.karvon.security.Actor;
import org.karvon.security.Role;
import org.karvon.web.ApiException;
import org.karvon.web.FieldProblem;
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
		return validated(draft).flatMap((details) -> insert(carrier, details, NUMBER_ATTEMPTS));
	}

	/** The record if this actor may see it; otherwise 404, exactly as if it did not exist. */
	public Mono<ConsignmentRecord> readable(Actor actor, String rawNumber) {
		ConsignmentNumber number = parseNumber(rawNumber);
		return consignments.byNumber(number)
			.filterWhen((record) -> mayRead(actor, record))
			.switchIfEmpty(Mono.error(() -> notFound(number)));
	}

	public Mono<Boolean> mayRead(Actor actor, ConsignmentRecord record) {
		if (ConsignmentAccess.mayRead(actor, record.consignment(), false)) {
			return Mono.just(true);
		}
		return actor.is(Role.OFFICER) ? grants.isGranted(record.number(), actor.postCode()) : Mono.just(false);
	}

	public Mono<ConsignmentRecord> amend(Actor carrier, String rawNumber, ConsignmentDraft draft) {
		requireCarrier(carrier);
		ConsignmentNumber number = parseNumber(rawNumber);
		return validated(draft).flatMap((details) -> change(carrier, number, (record, now) -> record.consignment()
			.amend(details, now)
			.map((changed) -> record.with(changed, tokens.sign(changed, now)))));
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

	private Mono<ConsignmentRecord> insert(Actor carrier, ConsignmentDetails details, int attemptsLeft) {
		Instant now = clock.instant();
		ConsignmentNumber number = ConsignmentNumber.generate(Year.now(clock.withZone(ZoneOffset.UTC)),
				details.departurePost().country(), random);
		Consignment consignment = Consignment.register(number, carrier.organizationId(), details, now);
		ConsignmentRecord record = new ConsignmentRecord(consignment, tokens.sign(consignment, now), 0, null, null);
		return consignments.add(record).flatMap((added) -> {
			if (added) {
				return consignments.byNumber(number);
			}
			// a number drawn twice: astronomically rare, but numbers are never reused, so draw again
			return attemptsLeft > 1 ? insert(carrier, details, attemptsLeft - 1)
					: Mono.error(new IllegalStateException("no free consignment number after " + NUMBER_ATTEMPTS + " draws"));
		});
	}

	private Mono<ConsignmentRecord> change(Actor carrier, ConsignmentNumber number, Change change) {
		return consignments.lock(number)
			.filter((record) -> ConsignmentAccess.mayDeclare(carrier, record.consignment()))
			.switchIfEmpty(Mono.error(() -> notFound(number)))
			.flatMap((record) -> {
				Outcome<ConsignmentRecord> outcome = change.apply(record, clock.instant());
				if (outcome instanceof Outcome.Rejected<ConsignmentRecord> rejected) {
					return Mono.error(ApiException.conflict(rejected.rejection().code(), rejected.rejection().message()));
				}
				ConsignmentRecord changed = outcome.orElseThrow();
				return consignments.update(changed).thenReturn(changed);
			})
			.as(transaction::transactional)
			.flatMap((changed) -> consignments.byNumber(number));
	}

	private Mono<ConsignmentDetails> validated(ConsignmentDraft draft) {
		return registries.current().map((registry) -> {
			Validated<ConsignmentDetails> validated = draft.validate();
			List<FieldProblem> problems = new ArrayList<>();
			for (FieldError error : validated.errors()) {
				problems.add(new FieldProblem(error.field(), error.message()));
			}
			checkPost(registry, "departurePost", draft.departurePost(), problems);
			checkPost(registry, "destinationPost", draft.destinationPost(), problems);
			if (!problems.isEmpty()) {
				throw ApiException.invalid(problems);
			}
			return validated.orElseThrow();
		});
	}

	private static void checkPost(Registry registry, String field, String code, List<FieldProblem> problems) {
		if (code == null || problems.stream().anyMatch((problem) -> problem.field().equals(field))) {
			return;
		}
		String normalized = code.trim().toUpperCase(Locale.ROOT);
		registry.post(normalized).ifPresentOrElse((post) -> {
			if (!registry.isMember(post.country())) {
				problems.add(new FieldProblem(field, normalized + " is not in a member state; Karvon accompanies "
						+ "cargo between posts of UZ, KZ, KG, TJ, TM and AZ"));
			}
		}, () -> problems.add(new FieldProblem(field, "no customs post " + normalized + "; see GET /api/posts")));
	}

	/** Parses a number from a path or form, turning a typo into a 400 that says what is wrong. */
	public static ConsignmentNumber parseNumber(String raw) {
		try {
			return ConsignmentNumber.parse(raw);
		}
		catch (RuntimeException ex) {
			throw ApiException.badRequest("Invalid consignment number", ex.getMessage());
		}
	}

	/** The one answer for a record that does not exist or may not be seen: existence must not leak. */
	public static ApiException notFound(Object number) {
		return ApiException.notFound("No consignment " + number + " that you may see.");
	}

	private static void requireCarrier(Actor actor) {
		if (!actor.is(Role.CARRIER)) {
			throw ApiException.forbidden("Only carriers register and change consignments.");
		}
	}

	@FunctionalInterface
	interface Change {

		Outcome<ConsignmentRecord> apply(ConsignmentRecord record, Instant now);

	}

}
