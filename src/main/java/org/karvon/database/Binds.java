package org.karvon.database;

import java.util.Optional;

import org.springframework.r2dbc.core.DatabaseClient;

/** Binding helpers for hand-written SQL: R2DBC needs the type of a null. */
public final class Binds {

	private Binds() {
	}

	public static <T> DatabaseClient.GenericExecuteSpec nullable(DatabaseClient.GenericExecuteSpec spec, String name,
			Optional<T> value, Class<T> type) {
		return value.isPresent() ? spec.bind(name, value.get()) : spec.bindNull(name, type);
	}

}
