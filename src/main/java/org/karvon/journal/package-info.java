/**
 * The movement journal: events officers record, the rules that accept or refuse them, and the hash chain.
 */
package org.karvon.journal;
