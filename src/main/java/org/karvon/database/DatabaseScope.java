package org.karvon.database;

/**
 * Narrows the located server to the database one instance runs on, and cleans it up on shutdown.
 * Production has none (the located database is used as it is); the tests plug in a throwaway
 * database per run, which is why the implementation lives in test code.
 */
public interface DatabaseScope {

	DatabaseEndpoint open(DatabaseEndpoint server);

	void close(DatabaseEndpoint opened, DatabaseEndpoint server);

}
