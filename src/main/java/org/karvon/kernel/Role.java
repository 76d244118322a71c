package org.karvon.kernel;

public enum Role {

	/** Runs the system: creates organizations and users. */
	ADMIN,
	/** Administers the officers of one member state's posts, and nobody else. */
	COUNTRY_ADMIN,
	/** Works for one carrier organization and registers its consignments. */
	CARRIER,
	/** Works at one customs post, hence for one member state. */
	OFFICER;

	public String authority() {
		return "ROLE_" + name();
	}

}
