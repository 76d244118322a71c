package org.karvon.journal;

/**
 * What a seal check found: seals intact, broken (the consignment is held), or replaced by new ones.
 */
public enum SealCheckStatus {

	INTACT, BROKEN, REPLACED

}
