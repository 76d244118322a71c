/** The outbox table: claiming, reading and marking entries, and the backlog. */
package org.karvon.feed.persistence;
