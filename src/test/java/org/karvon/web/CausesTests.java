package org.karvon.web;

import java.io.IOException;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class CausesTests {

	@Test
	void findsTheFirstCauseOfAType() {
		IOException io = new IOException("disk");
		RuntimeException outer = new RuntimeException("outer", new IllegalStateException("middle", io));

		assertThat(Causes.first(outer, IOException.class)).containsSame(io);
		assertThat(Causes.any(outer, IllegalArgumentException.class::isInstance)).isFalse();
	}

	@Test
	void stopsOnACauseChainThatLoops() {
		RuntimeException a = new RuntimeException("a");
		RuntimeException b = new RuntimeException("b", a);
		a.initCause(b);

		assertThat(Causes.of(a)).hasSize(Causes.MAX_DEPTH);
		assertThat(Causes.first(a, IOException.class)).isEmpty();
	}

}
