package org.karvon.consignment;

import org.karvon.kernel.FieldErrors;
import org.karvon.kernel.InvalidValueException;
import org.karvon.kernel.RawText;
import java.math.BigDecimal;
import java.util.Optional;

import org.karvon.consignment.ConsignmentDraft.GoodsDraft;

/**
 * Parses one line of goods of a {@link ConsignmentDraft}, reporting errors under its JSON path.
 */
final class GoodsItemParser {

	private GoodsItemParser() {
	}

	static GoodsItem parse(String path, GoodsDraft draft, FieldErrors errors) {
		if (draft == null) {
			errors.reject(path, "is required");
			return null;
		}
		HsCode hsCode = errors.check(path + ".hsCode", () -> HsCode.parse(draft.hsCode()));
		String description = errors.check(path + ".description",
				() -> RawText.text(draft.description(), GoodsItem.MAX_DESCRIPTION));
		Integer packages = errors.check(path + ".packages", () -> packages(draft.packages()));
		BigDecimal gross = errors.check(path + ".grossMassKg", () -> positive(RawText.decimal(draft.grossMassKg())));
		Optional<BigDecimal> net = errors.check(path + ".netMassKg",
				() -> ConsignmentDraftParser.optionalDecimal(draft.netMassKg()).map(GoodsItemParser::positive));
		if (gross != null && net != null && net.isPresent() && net.get().compareTo(gross) > 0) {
			errors.reject(path + ".netMassKg", "must not exceed the gross mass of " + gross.toPlainString() + " kg");
		}
		Money value = money(path + ".value", draft.value(), errors);
		return errors.isEmpty() ? new GoodsItem(hsCode, description, packages, gross, net, value) : null;
	}

	private static int packages(Integer packages) {
		if (packages == null || packages < 1) {
			throw new InvalidValueException("must be at least 1");
		}
		return packages;
	}

	private static BigDecimal positive(BigDecimal mass) {
		if (mass.signum() <= 0) {
			throw new InvalidValueException("must be greater than 0");
		}
		return mass;
	}

	private static Money money(String path, ConsignmentDraft.MoneyDraft draft, FieldErrors errors) {
		if (draft == null) {
			errors.reject(path, "is required");
			return null;
		}
		BigDecimal amount = errors.check(path + ".amount", () -> RawText.decimal(draft.amount()));
		CurrencyCode currency = errors.check(path + ".currency", () -> CurrencyCode.parse(draft.currency()));
		if (amount == null || currency == null) {
			return null;
		}
		return errors.check(path + ".amount", () -> new Money(amount, currency));
	}

}
