package org.karvon.journal;

/**
 * What happened on the way.
 */
public enum IncidentKind {

	ACCIDENT, TRANSSHIPMENT, BREAKDOWN, OTHER

}
