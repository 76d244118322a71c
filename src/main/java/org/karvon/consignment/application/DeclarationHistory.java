package org.karvon.consignment.application;

import java.util.List;

import org.karvon.consignment.ConsignmentRecord;
import org.karvon.consignment.DeclarationChain;
import org.karvon.consignment.DeclarationEntry;
import org.karvon.consignment.DeclarationVerification;
import org.karvon.consignment.persistence.DeclarationVersions;
import org.karvon.kernel.Actor;
import org.karvon.kernel.DomainException;
import reactor.core.publisher.Mono;

import org.springframework.stereotype.Service;

/**
 * A record's declaration history: every version as declared (old versions stay readable), its
 * cancellation and grants, and the check that the stored record agrees with that chain. Readable by
 * exactly whoever may read the record.
 */
@Service
public class DeclarationHistory {

	/** Versions beyond this are not parsed: no record is amended anywhere near a billion times. */
	private static final int MAX_VERSION_DIGITS = 9;

	private final ConsignmentService consignments;

	private final DeclarationVersions versions;

	DeclarationHistory(ConsignmentService consignments, DeclarationVersions versions) {
		this.consignments = consignments;
		this.versions = versions;
	}

	public Mono<List<DeclarationVersions.Logged>> entries(Actor actor, String number) {
		return consignments.readable(actor, number)
			.flatMap((record) -> versions.entries(record.number()).collectList());
	}

	/**
	 * The entry that declared version {@code rawVersion}. A record the actor may not read is 404 whatever
	 * the version says; then 400 when that is no version number, 404 when the chain has no such version.
	 */
	public Mono<DeclarationVersions.Logged> version(Actor actor, String number, String rawVersion) {
		return consignments.readable(actor, number)
			.flatMap((record) -> {
				int version = parseVersion(rawVersion);
				return versions.declaring(record.number(), version)
					.switchIfEmpty(Mono.error(() -> new DomainException.NotFound(
							"Consignment " + record.number() + " has no recorded version " + version + ".")));
			});
	}

	/** The record's declaration chain, oldest first; the caller has already checked access. */
	public Mono<List<DeclarationEntry>> chainOf(ConsignmentRecord record) {
		return versions.entries(record.number()).map(DeclarationVersions.Logged::entry).collectList();
	}

	/** Recomputes {@code chain} (read by {@link #chainOf}) and compares the record's own row with it. */
	public Mono<DeclarationVerification> verify(ConsignmentRecord record, List<DeclarationEntry> chain) {
		return versions.declared(record.number()).map((declared) -> DeclarationChain.verify(chain, declared));
	}

	static int parseVersion(String raw) {
		if (raw == null || raw.isEmpty() || raw.length() > MAX_VERSION_DIGITS
				|| !raw.chars().allMatch((c) -> c >= '0' && c <= '9')) {
			throw new DomainException.Malformed("Invalid version",
					"a version is a whole number from 1, up to " + MAX_VERSION_DIGITS + " digits");
		}
		return Integer.parseInt(raw);
	}

}
