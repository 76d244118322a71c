/** The scan log table, with hand-written SQL. */
package org.karvon.scan.persistence;
