package org.karvon.consignment.application;

import static org.mockito.ArgumentMatchers.any;

import java.time.Clock;

import org.karvon.consignment.persistence.Consignments;
import org.karvon.consignment.persistence.PostAccessGrants;
import org.karvon.registry.persistence.Registries;
import org.karvon.support.NoTransaction;
import org.mockito.Mockito;

/** The real {@link ConsignmentService} over fakes, for tests with no Spring and no database. */
public final class ConsignmentServices {

	/** What every QR token of these tests reads: signing is tested in {@code signing/}. */
	public static final String SIGNED = "signed-qr-token";

	private ConsignmentServices() {
	}

	public static ConsignmentService over(Consignments consignments, PostAccessGrants grants, Registries registries,
			Clock clock) {
		QrTokens tokens = Mockito.mock(QrTokens.class);
		Mockito.when(tokens.sign(any(), any())).thenReturn(SIGNED);
		return new ConsignmentService(consignments, grants, registries, tokens, new NoTransaction(), clock);
	}

}
