package org.karvon.signing;

import static org.assertj.core.api.Assertions.assertThat;

import com.upokecenter.cbor.CBORObject;
import org.junit.jupiter.api.Test;

class ClaimsCborTests {

	@Test
	void readsBackWhatItWrites() {
		assertThat(ClaimsCbor.read(ClaimsCbor.write(Fixtures.exampleClaims()))).isEqualTo(Fixtures.exampleClaims());
		assertThat(ClaimsCbor.read(ClaimsCbor.write(Fixtures.bigClaims()))).isEqualTo(Fixtures.bigClaims().byContainerDigest());
	}

	@Test
	void refusesUnknownClaimsWrongTypesAndBothContainerForms() {
		CBORObject example = ClaimsCbor.write(Fixtures.exampleClaims());

		assertThat(readsAs(copy(example).Add(1, "issuer"))).isInstanceOf(IllegalArgumentException.class);
		assertThat(readsAs(copy(example).Add(-10, 1))).isInstanceOf(IllegalArgumentException.class);
		assertThat(readsAs(copy(example).Set(-1, "1"))).isInstanceOf(IllegalArgumentException.class);
		assertThat(readsAs(copy(example).Set(-1, 0))).isInstanceOf(IllegalArgumentException.class);
		assertThat(readsAs(copy(example).Set(6, -5))).isInstanceOf(IllegalArgumentException.class);
		assertThat(readsAs(copy(example).Set(-4, CBORObject.NewArray()))).isInstanceOf(IllegalArgumentException.class);
		assertThat(readsAs(copy(example).Add(-6, CBORObject.NewArray().Add("MSCU1234565")).Add(-8, 1)
			.Add(-9, new byte[32]))).isInstanceOf(IllegalArgumentException.class);
		assertThat(readsAs(copy(example).Add(-8, 91).Add(-9, new byte[31]))).isInstanceOf(IllegalArgumentException.class);
		CBORObject withoutNumber = copy(example);
		withoutNumber.Remove(CBORObject.FromObject(2));
		assertThat(readsAs(withoutNumber)).isInstanceOf(IllegalArgumentException.class);
		assertThat(readsAs(CBORObject.NewArray())).isInstanceOf(IllegalArgumentException.class);
	}

	static Object readsAs(CBORObject claims) {
		try {
			return ClaimsCbor.read(claims);
		}
		catch (RuntimeException ex) {
			return ex;
		}
	}

	private static CBORObject copy(CBORObject map) {
		return CBORObject.DecodeFromBytes(map.EncodeToBytes());
	}

}
