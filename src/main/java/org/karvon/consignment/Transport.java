package org.karvon.consignment;

import java.util.List;

/**
 * The means of transport: mode, vehicle plates (tractor, trailer…) and containers.
 */
public record Transport(TransportMode mode, List<String> vehiclePlates, List<ContainerNumber> containers) {

	public static final int MAX_PLATES = 10;

	public static final int MAX_PLATE_LENGTH = 15;

	public static final int MAX_CONTAINERS = 20;

	public Transport {
		if (mode == null) {
			throw new InvalidValueException("mode is required");
		}
		vehiclePlates = vehiclePlates.stream().map(Transport::plate).toList();
		containers = List.copyOf(containers);
		if (vehiclePlates.size() > MAX_PLATES || containers.size() > MAX_CONTAINERS) {
			throw new InvalidValueException("at most " + MAX_PLATES + " plates and " + MAX_CONTAINERS + " containers");
		}
	}

	/** A vehicle registration plate, upper-cased, at most 15 characters. */
	public static String plate(String raw) {
		return RawText.text(RawText.code(raw), MAX_PLATE_LENGTH);
	}

}
