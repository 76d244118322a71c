package org.karvon.webhook;

/** PENDING until an attempt succeeds (SUCCEEDED) or the retry window closes (FAILED). */
public enum DeliveryStatus {

	PENDING, SUCCEEDED, FAILED

}
