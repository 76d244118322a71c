/**
 * Finds the PostgreSQL Karvon runs on (configured, embedded or the local server), migrates it and
 * exposes one pooled R2DBC connection factory.
 */
package org.karvon.database;
