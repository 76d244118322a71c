package org.karvon.kernel;

import java.util.List;

/**
 * The expected ways a request to a service fails, as domain outcomes, not HTTP: services raise them,
 * and {@code org.karvon.web.DomainProblems} alone maps each kind to a status and a problem body.
 * No stack traces: they are answers, not bugs.
 */
public abstract sealed class DomainException extends RuntimeException {

	private DomainException(String message) {
		super(message, null, false, false);
	}

	/** No such record, or one the caller may not see: existence must not leak. */
	public static final class NotFound extends DomainException {

		public NotFound(String detail) {
			super(detail);
		}

	}

	/** The caller's role may not do this at all. */
	public static final class NotPermitted extends DomainException {

		public NotPermitted(String detail) {
			super(detail);
		}

	}

	/** Fields of the request are invalid; every one is named. */
	public static final class Invalid extends DomainException {

		private final List<FieldError> errors;

		public Invalid(List<FieldError> errors) {
			super(errors.size() + " field(s) are invalid; see 'errors'.");
			this.errors = List.copyOf(errors);
		}

		public List<FieldError> errors() {
			return this.errors;
		}

	}

	/** A value in the request (a path segment, a parameter) cannot be read; {@code what} names it. */
	public static final class Malformed extends DomainException {

		private final String what;

		public Malformed(String what, String detail) {
			super(detail);
			this.what = what;
		}

		public String what() {
			return this.what;
		}

	}

	/** A business rule refuses the change, in the current state of the record. */
	public static final class Refused extends DomainException {

		private final Rejection rejection;

		public Refused(Rejection rejection) {
			super(rejection.message());
			this.rejection = rejection;
		}

		public Refused(String code, String message) {
			this(Rejection.withReason(code, message));
		}

		public Rejection rejection() {
			return this.rejection;
		}

	}

	/** Well-formed input whose content cannot be used (a photo without a code); {@code tooLarge} if over a limit. */
	public static final class Unusable extends DomainException {

		private final Rejection rejection;

		private final boolean tooLarge;

		public Unusable(Rejection rejection, boolean tooLarge) {
			super(rejection.message());
			this.rejection = rejection;
			this.tooLarge = tooLarge;
		}

		public Rejection rejection() {
			return this.rejection;
		}

		public boolean tooLarge() {
			return this.tooLarge;
		}

	}

	/** Karvon cannot take this now (a bounded pool is full); the caller may retry after a few seconds. */
	public static final class Busy extends DomainException {

		private final Rejection rejection;

		private final int retryAfterSeconds;

		public Busy(Rejection rejection, int retryAfterSeconds) {
			super(rejection.message());
			this.rejection = rejection;
			this.retryAfterSeconds = retryAfterSeconds;
		}

		public Rejection rejection() {
			return this.rejection;
		}

		public int retryAfterSeconds() {
			return this.retryAfterSeconds;
		}

	}

}
