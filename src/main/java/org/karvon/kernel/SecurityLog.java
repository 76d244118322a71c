package org.karvon.kernel;

/**
 * Where features report what a security reviewer wants to see later (a user disabled, a password
 * reset). Implemented by {@code security.SecurityEvents}; an interface here so that features the
 * security package itself depends on (identity) can report without a dependency cycle.
 */
public interface SecurityLog {

	/** Never blocks and never fails; fields may be empty. */
	void record(String kind, String username, String address, String detail);

}
