package org.karvon.journal;

import java.util.Optional;
import java.util.OptionalLong;

/**
 * The result of checking a journal's hash chain: how many events, the head hash (last event's hash,
 * or the genesis hash when empty) and, when broken, the first broken {@code seq} and why.
 */
public record ChainVerification(boolean valid, int events, String head, OptionalLong brokenAtSeq,
		Optional<String> reason) {

	static ChainVerification intact(int events, String head) {
		return new ChainVerification(true, events, head, OptionalLong.empty(), Optional.empty());
	}

	static ChainVerification broken(int events, String head, long seq, String reason) {
		return new ChainVerification(false, events, head, OptionalLong.of(seq), Optional.of(reason));
	}

}
