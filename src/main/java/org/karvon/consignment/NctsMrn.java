package org.karvon.consignment;

/**
 * A Movement Reference Number of an NCTS transit declaration that a consignment links to. Same layout
 * and check character as a {@link ConsignmentNumber}; the issuing country is not restricted.
 */
public record NctsMrn(String value) {

	public NctsMrn {
		value = MrnLayout.normalise(value);
	}

	public static NctsMrn parse(String raw) {
		return new NctsMrn(raw);
	}

	@Override
	public String toString() {
		return this.value;
	}

}
