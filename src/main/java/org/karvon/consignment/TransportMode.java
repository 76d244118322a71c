package org.karvon.consignment;

/**
 * How the goods travel.
 */
public enum TransportMode {

	ROAD, RAIL, SEA, MULTIMODAL

}
