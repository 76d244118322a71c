package org.karvon.consignment;

import org.karvon.kernel.CountryCode;
import org.karvon.kernel.InvalidValueException;
import java.time.Year;
import java.util.Random;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ConsignmentNumberTests {

	private static final String PAYLOAD = "25UZ2345678ABCDEF";

	private static final String VALID = PAYLOAD + MrnCheck.checkCharacterOf(PAYLOAD);

	@Test
	void parsesEighteenCharactersWithTheirCheckCharacter() {
		ConsignmentNumber number = ConsignmentNumber.parse(VALID);

		assertThat(number.toString()).isEqualTo(VALID);
		assertThat(number.issuingCountry()).isEqualTo(CountryCode.parse("UZ"));
	}

	@Test
	void acceptsLowerCaseAndSurroundingWhitespaceAsOfficersTypeIt() {
		assertThat(ConsignmentNumber.parse("  " + VALID.toLowerCase() + "\t")).isEqualTo(ConsignmentNumber.parse(VALID));
	}

	@Test
	void rejectsAWrongLength() {
		assertThatThrownBy(() -> ConsignmentNumber.parse(PAYLOAD)).isInstanceOf(InvalidValueException.class)
			.hasMessage("must be 18 characters, got 17");
	}

	@Test
	void rejectsAYearThatIsNotTwoDigits() {
		assertThatThrownBy(() -> ConsignmentNumber.parse("X" + VALID.substring(1))).hasMessageContaining("two-digit year");
	}

	@Test
	void rejectsAnIssuingCountryThatIsNotLetters() {
		assertThatThrownBy(() -> ConsignmentNumber.parse("2512" + VALID.substring(4))).hasMessageContaining("issuing country");
	}

	@Test
	void rejectsAnIssuingCountryThatDoesNotExist() {
		String payload = "25QQ2345678ABCDEF";
		assertThatThrownBy(() -> ConsignmentNumber.parse(payload + MrnCheck.checkCharacterOf(payload)))
			.hasMessageContaining("'QQ' is not an ISO 3166-1");
	}

	@Test
	void rejectsPunctuationInTheBody() {
		assertThatThrownBy(() -> ConsignmentNumber.parse("25UZ2345678ABCD-F0")).hasMessageContaining("only be letters");
	}

	@Test
	void rejectsMistypedCheckCharacterAndSaysWhichWasExpected() {
		char expected = VALID.charAt(17);
		char typo = (expected == '9') ? '8' : (char) (expected + 1);

		assertThatThrownBy(() -> ConsignmentNumber.parse(PAYLOAD + typo))
			.hasMessageStartingWith("check character should be '" + expected + "' but is '" + typo + "'");
	}

	@Test
	void rejectsTwoSwappedCharacters() {
		String swapped = "25UZ3245678ABCDEF" + VALID.charAt(17);

		assertThatThrownBy(() -> ConsignmentNumber.parse(swapped)).hasMessageContaining("check character");
	}

	@Test
	void generatesNumbersThatParseBack() {
		Random random = new Random(42);
		for (int i = 0; i < 500; i++) {
			ConsignmentNumber number = ConsignmentNumber.generate(Year.of(2025), CountryCode.parse("UZ"), random);

			assertThat(ConsignmentNumber.parse(number.toString())).isEqualTo(number);
			assertThat(number.toString()).startsWith("25UZ");
		}
	}

	@Test
	void generatesBodiesWithoutCharactersThatAreEasyToConfuse() {
		Random random = new Random(7);
		for (int i = 0; i < 500; i++) {
			String body = ConsignmentNumber.generate(Year.of(2025), CountryCode.parse("KZ"), random).value()
				.substring(4, 17);

			assertThat(body).doesNotContain("0", "O", "1", "I").hasSize(13);
		}
	}

	@Test
	void validatesAnNctsMrnWithTheSameCheckCharacter() {
		String payload = "24DE0000000000001";
		String mrn = payload + MrnCheck.checkCharacterOf(payload);

		assertThat(NctsMrn.parse(mrn.toLowerCase()).value()).isEqualTo(mrn);
		assertThatThrownBy(() -> NctsMrn.parse(payload + ((mrn.charAt(17) == '0') ? '1' : '0')))
			.hasMessageContaining("check character");
	}

}
