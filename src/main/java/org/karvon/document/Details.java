package org.karvon.document;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;

import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;

/** Parties, route, transport, seals, carrier and issue: labelled boxes in two columns. */
final class Details {

	private static final DateTimeFormatter ISSUED = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'")
		.withZone(ZoneOffset.UTC);

	private static final String NONE = "—";

	private Details() {
	}

	static PdfPTable of(DocumentData data, Fonts fonts) {
		PdfPTable table = new PdfPTable(2);
		table.setWidthPercentage(100);
		table.setSpacingAfter(10);
		Boxes boxes = new Boxes(table, fonts);
		boxes.add("Consignor / Грузоотправитель", party(data.consignor()));
		boxes.add("Consignee / Грузополучатель", party(data.consignee()));
		boxes.add("Departure post / Пост отправления", post(data.departurePost()));
		boxes.add("Destination post / Пост назначения", post(data.destinationPost()));
		boxes.add("Itinerary / Страны маршрута", String.join(" → ", data.itinerary()));
		boxes.add("Transport mode / Вид транспорта", data.transport().mode());
		boxes.add("Vehicle plates / Номера транспортных средств", list(data.transport().vehiclePlates()));
		boxes.add("Containers / Контейнеры", units(data, data.transport().containers()));
		if (!data.transport().wagons().isEmpty()) {
			boxes.add("Wagons / Вагоны", units(data, data.transport().wagons()));
		}
		if (data.transport().vessel() != null) {
			boxes.add("Vessel / Судно", data.transport().vessel());
		}
		boxes.add("Seals / Пломбы", list(data.seals()));
		boxes.add("Carrier / Перевозчик", data.carrierName());
		boxes.add("Issued / Дата выдачи", ISSUED.format(data.issuedAt()));
		boxes.add("Version / Версия", Integer.toString(data.version()));
		return table;
	}

	private static String party(DocumentData.Party party) {
		return party.name() + "\n" + party.address() + ", " + party.country();
	}

	private static String post(DocumentData.Post post) {
		return post.code() + " — " + post.name();
	}

	/** A long list is printed on the list pages; here only how many and where. */
	private static String units(DocumentData data, List<String> numbers) {
		if (data.listPages().isEmpty()) {
			return list(numbers);
		}
		return numbers.size() + " — see the list pages / см. листы списка 1–" + data.listPages().size();
	}

	private static String list(List<String> values) {
		return values.isEmpty() ? NONE : String.join(", ", values);
	}

	/** Adds label-over-value cells. */
	private record Boxes(PdfPTable table, Fonts fonts) {

		void add(String label, String value) {
			PdfPCell cell = new PdfPCell();
			cell.setBorder(Rectangle.BOX);
			cell.setBorderWidth(0.5f);
			cell.setPadding(4);
			cell.setPaddingBottom(6);
			cell.addElement(new Phrase(label, this.fonts.label));
			cell.addElement(new Paragraph(value, this.fonts.text));
			this.table.addCell(cell);
		}

	}

}
