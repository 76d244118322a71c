package org.karvon.consignment;

import org.karvon.kernel.CountryCode;
import org.karvon.kernel.InvalidValueException;
import org.karvon.kernel.PostCode;
import java.math.BigDecimal;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ValueObjectTests {

	@Test
	void parsesAContainerNumberIgnoringSpacesAndCase() {
		assertThat(ContainerNumber.parse(" csqu 305438 3 ").value()).isEqualTo("CSQU3054383");
	}

	@Test
	void rejectsAContainerNumberWithAWrongCheckDigit() {
		assertThatThrownBy(() -> ContainerNumber.parse("CSQU3054384")).hasMessage("check digit should be 3 but is 4");
	}

	@Test
	void rejectsAContainerNumberWithAnUnknownCategory() {
		assertThatThrownBy(() -> ContainerNumber.parse("CSQX3054383")).hasMessageContaining("category U, J or Z");
	}

	@Test
	void acceptsHsCodesOfSixToTenDigits() {
		assertThat(HsCode.parse("520100").value()).isEqualTo("520100");
		assertThat(HsCode.parse("5201000010").value()).isEqualTo("5201000010");
		assertThatThrownBy(() -> HsCode.parse("52010")).hasMessageContaining("6 to 10 digits");
		assertThatThrownBy(() -> HsCode.parse("52010000001")).hasMessageContaining("6 to 10 digits");
	}

	@Test
	void knowsIsoCountriesAndCurrencies() {
		assertThat(CountryCode.parse(" uz ").value()).isEqualTo("UZ");
		assertThatThrownBy(() -> CountryCode.parse("XX")).isInstanceOf(InvalidValueException.class);
		assertThat(CurrencyCode.parse("usd").fractionDigits()).isEqualTo(2);
		assertThatThrownBy(() -> CurrencyCode.parse("ABC")).hasMessageContaining("ISO 4217");
	}

	@Test
	void rejectsMoreDecimalsThanTheCurrencyHas() {
		assertThat(Money.parse("45000.00", "USD").amount()).isEqualByComparingTo("45000");
		assertThat(Money.parse("45000.000", "USD").amount()).isEqualByComparingTo("45000");
		assertThatThrownBy(() -> Money.parse("1.005", "USD")).hasMessage("USD amounts have at most 2 decimals");
		assertThatThrownBy(() -> Money.parse("100.5", "JPY")).hasMessage("JPY amounts have at most 0 decimals");
	}

	@Test
	void rejectsNegativeOrExponentAmounts() {
		assertThatThrownBy(() -> new Money(new BigDecimal("-1"), CurrencyCode.parse("USD"))).hasMessage("must not be negative");
		assertThatThrownBy(() -> Money.parse("1E5", "USD")).hasMessageContaining("decimal number");
	}

	@Test
	void derivesThePostCountryFromItsFirstTwoLetters() {
		assertThat(PostCode.parse("kzzhz").country()).isEqualTo(CountryCode.parse("KZ"));
		assertThatThrownBy(() -> PostCode.parse("UZTA5")).hasMessageContaining("5 letters");
		assertThatThrownBy(() -> PostCode.parse("QQTAS")).hasMessageContaining("'QQ'");
	}

	@Test
	void acceptsSealsOfUpToTwentyLettersDigitsAndHyphens() {
		assertThat(Seal.parse("uz-123").value()).isEqualTo("UZ-123");
		assertThatThrownBy(() -> Seal.parse("UZ 123")).isInstanceOf(InvalidValueException.class);
		assertThatThrownBy(() -> Seal.parse("X".repeat(21))).isInstanceOf(InvalidValueException.class);
	}

	@Test
	void answersQuestionsAboutTheOrderOfAnItinerary() {
		Itinerary route = Itinerary.of("UZ", "KZ", "KG");

		assertThat(route.isNextAfter(CountryCode.parse("UZ"), CountryCode.parse("KZ"))).isTrue();
		assertThat(route.isNextAfter(CountryCode.parse("UZ"), CountryCode.parse("KG"))).isFalse();
		assertThat(route.indexOf(CountryCode.parse("KG"))).isEqualTo(2);
		assertThat(route.contains(CountryCode.parse("TJ"))).isFalse();
		assertThat(route.first()).isEqualTo(CountryCode.parse("UZ"));
		assertThat(route.last()).isEqualTo(CountryCode.parse("KG"));
	}

	@Test
	void rejectsAnItineraryListingACountryTwiceInARowOrTooShort() {
		assertThatThrownBy(() -> Itinerary.of("UZ", "KZ", "KZ")).hasMessage("KZ is listed twice in a row");
		assertThatThrownBy(() -> Itinerary.of("UZ")).hasMessageContaining("2 to 12");
		assertThat(Itinerary.of("UZ", "KZ", "UZ").countries()).hasSize(3);
	}

	@Test
	void acceptsATirCarnetOfTwoLettersAndEightDigits() {
		assertThat(RegimeLinks.tirCarnet("xh12345678")).isEqualTo("XH12345678");
		assertThatThrownBy(() -> RegimeLinks.tirCarnet("XH1234567")).hasMessageContaining("2 letters and 8 digits");
	}

}
