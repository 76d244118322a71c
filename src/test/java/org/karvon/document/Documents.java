package org.karvon.document;

import java.time.Instant;
import java.util.List;
import java.util.stream.IntStream;

import org.karvon.document.DocumentData.GoodsLine;
import org.karvon.document.DocumentData.Party;
import org.karvon.document.DocumentData.Post;
import org.karvon.document.DocumentData.Transport;

/** Document data for tests: the API contract's example consignment, with as many goods lines as needed. */
final class Documents {

	static final String NUMBER = "26UZ4G7K2M9XQ3P8R5";

	private Documents() {
	}

	static DocumentData exampleConsignment() {
		return withGoods(List.of(new GoodsLine("520100", "Raw cotton", 40, "20000", "45000.00", "USD")));
	}

	static DocumentData withGoodsLines(int count) {
		return withGoods(IntStream.rangeClosed(1, count)
			.mapToObj(i -> new GoodsLine("5201" + String.format("%02d", i % 100), "Cotton lot " + i + " / Хлопок партия " + i,
					i, Integer.toString(100 * i), i + "00.00", "USD"))
			.toList());
	}

	private static DocumentData withGoods(List<GoodsLine> goods) {
		return new DocumentData(NUMBER, 1, Instant.parse("2026-11-05T09:30:00Z"), "Karvon Logistics LLC",
				new Party("Silk Way Textiles LLC", "UZ", "Tashkent"),
				new Party("Almaty Trade House", "KZ", "Almaty"), new Post("UZTAS", "Tashkent"),
				new Post("KZALA", "Almaty"), List.of("UZ", "KZ"), new Transport("ROAD", List.of("01A123BC"), List.of()),
				List.of("UZ1234567"), goods);
	}

}
