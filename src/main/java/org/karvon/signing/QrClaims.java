package org.karvon.signing;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Objects;

/**
 * What a QR token asserts about one version of a consignment: enough for an officer to match the
 * paper, the truck and the seals without a network. No commercial data (parties, goods, values).
 * <p>
 * {@code containers} are the containers the token lists; {@code containerDigest} commits to the
 * whole ordered list. A short list is carried in full (and the digest is just computed from it); a
 * long one (a block train) is carried by its digest and count only, {@code containers} is then
 * empty, and the document's list pages ({@link ContainerListPages}) carry the containers.
 * How the claims are written is up to the format: see {@link CoseTokens} (current) and
 * {@link ClaimsJson} (the JWS tokens printed before).
 */
public record QrClaims(String number, int version, Instant issuedAt, String departurePost,
		String destinationPost, List<String> itinerary, List<String> vehiclePlates, List<String> containers,
		List<String> seals, ContainerDigest containerDigest) {

	public QrClaims {
		requireText(number, "number");
		requireText(departurePost, "departurePost");
		requireText(destinationPost, "destinationPost");
		if (version < 1) {
			throw new IllegalArgumentException("version must be at least 1");
		}
		issuedAt = Objects.requireNonNull(issuedAt, "issuedAt").truncatedTo(ChronoUnit.SECONDS);
		itinerary = List.copyOf(itinerary);
		vehiclePlates = List.copyOf(vehiclePlates);
		containers = List.copyOf(containers);
		seals = List.copyOf(seals);
		if (itinerary.isEmpty()) {
			throw new IllegalArgumentException("itinerary must name at least one country");
		}
		Objects.requireNonNull(containerDigest, "containerDigest");
		if (!containers.isEmpty() && !containerDigest.equals(ContainerDigest.of(containers))) {
			throw new IllegalArgumentException("the container digest does not match the listed containers");
		}
	}

	/** Claims that list all their containers. */
	public QrClaims(String number, int version, Instant issuedAt, String departurePost, String destinationPost,
			List<String> itinerary, List<String> vehiclePlates, List<String> containers, List<String> seals) {
		this(number, version, issuedAt, departurePost, destinationPost, itinerary, vehiclePlates, containers, seals,
				ContainerDigest.of(containers));
	}

	/** Whether {@link #containers()} is the whole list, not only the part a digest commits to. */
	public boolean listsEveryContainer() {
		return this.containers.size() == this.containerDigest.count();
	}

	/** The same claims carrying the containers by their digest only, as a long list is signed. */
	public QrClaims byContainerDigest() {
		return new QrClaims(this.number, this.version, this.issuedAt, this.departurePost, this.destinationPost,
				this.itinerary, this.vehiclePlates, List.of(), this.seals, this.containerDigest);
	}

	private static void requireText(String value, String name) {
		if (value == null || value.isBlank()) {
			throw new IllegalArgumentException(name + " is required");
		}
	}

}
