package org.karvon.consignment;

/**
 * Karvon's default transit time, the rule used when a carrier declares no deadline:
 * <pre>
 *   days = max(2, ceil(greatCircleKm(departure, destination) × 1.3 ÷ 300) + borders)
 * </pre>
 * where {@code greatCircleKm} is the haversine distance on a sphere of radius 6371 km between the
 * posts' registry coordinates, {@code 1.3} is the road (or rail, or ferry) detour over the straight
 * line, {@code 300} km is a conservative day's distance for a truck in the region, and
 * {@code borders} is one day for every border the itinerary crosses (its length minus one). Tashkent →
 * Almaty (≈ 680 km) comes to 3 + 1 = 4 days; Tashkent → Baku via TM by ferry to 8 + 2 = 10 days.
 */
public record TransitTime(int days, long distanceKm) {

	public static final double EARTH_RADIUS_KM = 6371.0;

	public static final double ROUTE_FACTOR = 1.3;

	public static final double KM_PER_DAY = 300.0;

	public static final int MIN_DAYS = 2;

	public static TransitTime between(double fromLatitude, double fromLongitude, double toLatitude, double toLongitude,
			Itinerary itinerary) {
		double km = greatCircleKm(fromLatitude, fromLongitude, toLatitude, toLongitude);
		int borders = itinerary.countries().size() - 1;
		int days = (int) Math.ceil(km * ROUTE_FACTOR / KM_PER_DAY) + borders;
		return new TransitTime(Math.min(TransitDeadline.MAX_DAYS, Math.max(MIN_DAYS, days)), Math.round(km));
	}

	static double greatCircleKm(double lat1, double lon1, double lat2, double lon2) {
		double dLat = Math.toRadians(lat2 - lat1);
		double dLon = Math.toRadians(lon2 - lon1);
		double a = Math.pow(Math.sin(dLat / 2), 2)
				+ Math.cos(Math.toRadians(lat1)) * Math.cos(Math.toRadians(lat2)) * Math.pow(Math.sin(dLon / 2), 2);
		return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1.0, Math.sqrt(a)));
	}

}
