/** Overdue cargo: consignments still open after their transit deadline, announced once to the feed and webhooks. */
package org.karvon.overdue;
