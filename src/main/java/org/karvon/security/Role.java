package org.karvon.security;

public enum Role {

	/** Runs the system: creates organizations and users. */
	ADMIN,
	/** Works for one carrier organization and registers its consignments. */
	CARRIER,
	/** Works at one customs post, hence for one member state. */
	OFFICER;

	public String authority() {
		return "ROLE_" + name();
	}

}
