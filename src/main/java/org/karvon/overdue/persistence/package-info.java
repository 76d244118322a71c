/** The claim on newly overdue consignments, with {@code FOR UPDATE SKIP LOCKED}. */
package org.karvon.overdue.persistence;
