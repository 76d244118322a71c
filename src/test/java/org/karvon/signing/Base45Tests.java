package org.karvon.signing;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class Base45Tests {

	@ParameterizedTest
	@CsvSource(delimiter = '|', value = { "AB|BB8", "Hello!!|%69 VD92EX0", "base-45|UJCLQE7W581", "ietf!|QED8WEX0" })
	void encodesAndDecodesTheExamplesOfRfc9285(String text, String base45) {
		byte[] bytes = text.getBytes(StandardCharsets.US_ASCII);

		assertThat(Base45.encode(bytes)).isEqualTo(base45);
		assertThat(Base45.decode(base45)).hasValueSatisfying((decoded) -> assertThat(decoded).isEqualTo(bytes));
	}

	@Test
	void roundTripsEveryLengthAndByteValue() {
		Random random = new Random(45);
		for (int length = 0; length < 300; length++) {
			byte[] bytes = new byte[length];
			random.nextBytes(bytes);
			String text = Base45.encode(bytes);
			assertThat(text).matches("[0-9A-Z $%*+\\-./:]*").hasSize(length / 2 * 3 + length % 2 * 2);
			assertThat(Base45.decode(text)).hasValueSatisfying((decoded) -> assertThat(decoded).isEqualTo(bytes));
		}
		assertThat(Base45.encode(new byte[] { (byte) 0xFF, (byte) 0xFF, (byte) 0xFF })).isEqualTo("FGWU5");
	}

	@ParameterizedTest
	@ValueSource(strings = { "A", "ABCD", "GGW", "ZZZ", "::", "6/", "ab8", "BB\u00e9", "BB8\u0000", "%69 VD92EX" })
	void refusesTextThatIsNotCanonicalBase45(String text) {
		assertThat(Base45.decode(text)).isEmpty();
	}

}
