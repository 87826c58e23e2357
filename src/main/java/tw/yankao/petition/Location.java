package tw.yankao.petition;

/**
 * Where a case is: any of the parts may be missing, but a point has both coordinates.
 *
 * @param address the street address
 * @param district a district of the city profile
 * @param latitude WGS84 degrees
 * @param longitude WGS84 degrees
 */
public record Location(String address, String district, Double latitude, Double longitude) {

	public static final Location UNKNOWN = new Location(null, null, null, null);

	public boolean hasPoint() {
		return latitude != null && longitude != null;
	}
}
