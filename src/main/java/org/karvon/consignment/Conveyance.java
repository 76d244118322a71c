package org.karvon.consignment;

import org.karvon.kernel.InvalidValueException;
import java.util.List;
import java.util.Optional;

/**
 * What carries the containers from a transshipment on: the mode, the vehicle plates, the rail wagons
 * and the vessel's name. The containers themselves stay the same, so they are not part of it.
 */
public record Conveyance(TransportMode mode, List<String> vehiclePlates, List<WagonNumber> wagons,
		Optional<String> vessel) {

	public Conveyance {
		if (mode == null) {
			throw new InvalidValueException("mode is required");
		}
		vehiclePlates = List.copyOf(vehiclePlates);
		wagons = List.copyOf(wagons);
		if (vehiclePlates.isEmpty() && wagons.isEmpty() && vessel.isEmpty()) {
			throw new InvalidValueException("name the new plates, wagons or vessel");
		}
	}

}
