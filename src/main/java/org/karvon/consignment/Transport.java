package org.karvon.consignment;

import org.karvon.kernel.InvalidValueException;
import org.karvon.kernel.RawText;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The means of transport: mode, vehicle plates (tractor, trailer…), containers and rail wagons. A
 * block train carries up to {@value #MAX_CONTAINERS} containers on up to {@value #MAX_WAGONS} wagons;
 * no container or wagon may appear twice.
 */
public record Transport(TransportMode mode, List<String> vehiclePlates, List<ContainerNumber> containers,
		List<WagonNumber> wagons, Optional<String> vessel) {

	public static final int MAX_PLATES = 10;

	public static final int MAX_PLATE_LENGTH = 15;

	public static final int MAX_CONTAINERS = 200;

	public static final int MAX_WAGONS = 200;

	public static final int MAX_VESSEL_NAME = 100;

	public Transport {
		if (mode == null) {
			throw new InvalidValueException("mode is required");
		}
		vehiclePlates = vehiclePlates.stream().map(Transport::plate).toList();
		containers = List.copyOf(containers);
		wagons = List.copyOf(wagons);
		vessel = Objects.requireNonNull(vessel, "vessel");
		if (vehiclePlates.size() > MAX_PLATES || containers.size() > MAX_CONTAINERS || wagons.size() > MAX_WAGONS) {
			throw new InvalidValueException("at most " + MAX_PLATES + " plates, " + MAX_CONTAINERS + " containers and "
					+ MAX_WAGONS + " wagons");
		}
		if (firstRepeated(containers) >= 0 || firstRepeated(wagons) >= 0) {
			throw new InvalidValueException("a container or wagon is listed twice");
		}
	}

	public Transport(TransportMode mode, List<String> vehiclePlates, List<ContainerNumber> containers) {
		this(mode, vehiclePlates, containers, List.of(), Optional.empty());
	}

	/** The same containers, carried on from a transshipment by {@code next}. */
	public Transport transferredTo(Conveyance next) {
		return new Transport(next.mode(), next.vehiclePlates(), this.containers, next.wagons(), next.vessel());
	}

	/** A vessel's name, at most {@value #MAX_VESSEL_NAME} characters; blank means none. */
	public static Optional<String> vessel(String raw) {
		return RawText.optionalText(raw, MAX_VESSEL_NAME);
	}

	/**
	 * The container numbers in declaration order, then the wagon numbers: the list the QR token
	 * commits to by count and digest, and the document prints page by page.
	 */
	public List<String> listedUnits() {
		return java.util.stream.Stream.concat(this.containers.stream().map(ContainerNumber::toString),
				this.wagons.stream().map(WagonNumber::toString)).toList();
	}

	/** A vehicle registration plate, upper-cased, at most 15 characters. */
	public static String plate(String raw) {
		return RawText.text(RawText.code(raw), MAX_PLATE_LENGTH);
	}

	/** The index of the first entry that repeats an earlier one, or -1. */
	public static int firstRepeated(List<?> entries) {
		HashSet<Object> seen = new HashSet<>();
		for (int i = 0; i < entries.size(); i++) {
			if (entries.get(i) != null && !seen.add(entries.get(i))) {
				return i;
			}
		}
		return -1;
	}

}
