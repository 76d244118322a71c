package org.karvon.identity;

/** What decides whether a user's token is still good: enabled, and issued at the current version. */
public record AccountStanding(boolean enabled, int tokenVersion) {

	public boolean accepts(int issuedAtVersion) {
		return enabled && issuedAtVersion == tokenVersion;
	}

}
