package org.karvon.registry;

import java.util.List;

import org.karvon.registry.persistence.Registries;
import org.mockito.Mockito;
import reactor.core.publisher.Mono;

/**
 * The part of the registry the Tashkent → Almaty trip crosses, as {@code schema/V1} seeds it, plus
 * China's Horgos as a post outside the member states. For tests with no database.
 */
public final class SilkRoad {

	private SilkRoad() {
	}

	public static Registry registry() {
		return new Registry(
				List.of(new Country("UZ", "Uzbekistan", true), new Country("KZ", "Kazakhstan", true),
						new Country("KG", "Kyrgyzstan", true), new Country("CN", "China", false)),
				List.of(post("UZTAS", "Tashkent", PostKind.INLAND, null), post("UZYAL", "Yallama", PostKind.BORDER, "KZZHZ"),
						post("KZZHZ", "Zhibek Zholy", PostKind.BORDER, "UZYAL"), post("KZALA", "Almaty", PostKind.INLAND, null),
						post("CNHRG", "Horgos", PostKind.BORDER, null)));
	}

	/** {@link Registries} answering with {@link #registry()}: the real one loads it from the database. */
	public static Registries registries() {
		Registries registries = Mockito.mock(Registries.class);
		Mockito.when(registries.current()).thenReturn(Mono.just(registry()));
		return registries;
	}

	private static CustomsPost post(String code, String name, PostKind kind, String counterpart) {
		return new CustomsPost(code, name, code.substring(0, 2), kind, 0, 0, counterpart);
	}

}
