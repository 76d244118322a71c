package org.karvon.web;

import tools.jackson.core.JacksonException;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.core.exc.StreamReadException;

/**
 * Says what is wrong with an unreadable body from Jackson's structured location, never by
 * rewriting its message: that message quotes the client's input (a 120,000-character string once
 * took a backtracking regex minutes of event-loop time) and names our Java classes. Every string
 * taken from a request or an exception is cut to {@link #MAX} characters before anything looks at it.
 */
final class JsonTrouble {

	static final int MAX = 200;

	private JsonTrouble() {
	}

	static String describe(Throwable failure) {
		JacksonException json = jacksonCause(failure);
		if (json == null) {
			return "unreadable input.";
		}
		String where = where(json.getLocation());
		if (json instanceof StreamConstraintsException) {
			return "it exceeds a parsing limit (nesting depth, number, string or name length)" + where + ".";
		}
		if (json instanceof StreamReadException) {
			return "it is not well-formed JSON" + where + ".";
		}
		return "a value has the wrong type or shape" + where + ".";
	}

	/** The first line of a message, at most {@link #MAX} characters; linear, whatever the input. */
	static String bounded(String message) {
		if (message == null) {
			return "";
		}
		String head = message.length() > MAX ? message.substring(0, MAX) : message;
		int newline = head.indexOf('\n');
		String line = newline >= 0 ? head.substring(0, newline) : head;
		return line.length() < message.length() && newline < 0 ? line + "…" : line;
	}

	private static String where(TokenStreamLocation location) {
		if (location == null || location.getLineNr() < 1) {
			return "";
		}
		return " at line " + location.getLineNr() + ", column " + location.getColumnNr();
	}

	private static JacksonException jacksonCause(Throwable failure) {
		return Causes.first(failure, JacksonException.class).orElse(null);
	}

}
