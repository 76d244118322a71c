package org.karvon.registry.persistence;

import org.karvon.registry.Country;
import org.karvon.registry.CustomsPost;
import org.karvon.registry.PostKind;
import org.karvon.registry.Registry;
import reactor.core.publisher.Mono;

import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Component;

/** Loads the registry once from the database and hands out the same snapshot afterwards. */
@Component
public class Registries {

	private final Mono<Registry> snapshot;

	Registries(DatabaseClient db) {
		Mono<java.util.List<Country>> countries = db.sql("select code, name, member from country")
			.map((row, meta) -> new Country(row.get("code", String.class), row.get("name", String.class),
					Boolean.TRUE.equals(row.get("member", Boolean.class))))
			.all()
			.collectList();
		Mono<java.util.List<CustomsPost>> posts = db
			.sql("select code, name, country, kind, latitude, longitude, counterpart from customs_post")
			.map((row, meta) -> new CustomsPost(row.get("code", String.class), row.get("name", String.class),
					row.get("country", String.class), PostKind.valueOf(row.get("kind", String.class)),
					row.get("latitude", java.math.BigDecimal.class).doubleValue(),
					row.get("longitude", java.math.BigDecimal.class).doubleValue(), row.get("counterpart", String.class)))
			.all()
			.collectList();
		this.snapshot = Mono.zip(countries, posts, Registry::new).cache();
	}

	public Mono<Registry> current() {
		return snapshot;
	}

}
