package org.karvon.consignment;

import org.karvon.kernel.InvalidValueException;
import org.karvon.kernel.PostCode;
import java.util.Optional;

/**
 * One page of a consignment list: optional status filter and search text (a number prefix or a
 * vehicle plate), only overdue ones if asked, only those departing from or destined for one post if
 * asked (what concerns a departure or destination post), zero-based page, page size 1..{@value #MAX_SIZE}.
 */
public record ConsignmentQuery(Optional<ConsignmentStatus> status, Optional<String> search, boolean overdue,
		Optional<PostCode> endingAt, int page, int size) {

	public static final int MAX_SIZE = 100;

	public static final int DEFAULT_SIZE = 20;

	public ConsignmentQuery {
		if (page < 0 || page > 100_000) {
			throw new InvalidValueException("page must be between 0 and 100000");
		}
		if (size < 1 || size > MAX_SIZE) {
			throw new InvalidValueException("size must be between 1 and " + MAX_SIZE);
		}
		search = search.map(String::trim).map((text) -> text.toUpperCase(java.util.Locale.ROOT)).filter((text) -> !text.isEmpty());
		if (search.isPresent() && search.get().length() > 40) {
			throw new InvalidValueException("search text must be at most 40 characters");
		}
	}

	public ConsignmentQuery(Optional<ConsignmentStatus> status, Optional<String> search, boolean overdue, int page,
			int size) {
		this(status, search, overdue, Optional.empty(), page, size);
	}

	public ConsignmentQuery(Optional<ConsignmentStatus> status, Optional<String> search, int page, int size) {
		this(status, search, false, page, size);
	}

	public long offset() {
		return (long) page * size;
	}

}
