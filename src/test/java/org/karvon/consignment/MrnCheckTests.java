package org.karvon.consignment;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class MrnCheckTests {

	@Test
	void computesTheIso6346CheckDigitOfAKnownContainer() {
		assertThat(MrnCheck.checkCharacterOf("CSQU305438")).isEqualTo('3');
	}

	@Test
	void skipsMultiplesOfElevenWhenValuingLetters() {
		assertThat(MrnCheck.valueOf('A')).isEqualTo(10);
		assertThat(MrnCheck.valueOf('B')).isEqualTo(12);
		assertThat(MrnCheck.valueOf('K')).isEqualTo(21);
		assertThat(MrnCheck.valueOf('L')).isEqualTo(23);
		assertThat(MrnCheck.valueOf('U')).isEqualTo(32);
		assertThat(MrnCheck.valueOf('V')).isEqualTo(34);
		assertThat(MrnCheck.valueOf('Z')).isEqualTo(38);
	}

	@Test
	void weighsEachPositionByAPowerOfTwo() {
		// 1*1 + 0*2 + A(10)*4 = 41; 41 mod 11 = 8
		assertThat(MrnCheck.checkCharacterOf("10A")).isEqualTo('8');
	}

	@Test
	void mapsRemainderTenToZero() {
		// A(10)*1 = 10; 10 mod 11 = 10 → 0
		assertThat(MrnCheck.checkCharacterOf("A")).isEqualTo('0');
	}

	@Test
	void acceptsAValueEndingInItsCheckCharacterOnly() {
		assertThat(MrnCheck.isValid("CSQU3054383")).isTrue();
		assertThat(MrnCheck.isValid("CSQU3054384")).isFalse();
	}

}
