package org.karvon.database;

/** No PostgreSQL could be found or started; the message tells the operator what to set. */
public class NoDatabaseException extends RuntimeException {

	public NoDatabaseException(String message, Throwable cause) {
		super(message, cause);
	}

}
