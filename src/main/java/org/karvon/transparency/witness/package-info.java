/**
 * A C2SP tlog-witness as its own process ({@code java -jar karvon.jar witness}): verifies a log's checkpoint
 * signature and the consistency proof from the last checkpoint it cosigned, and cosigns. Plain Java and the
 * JDK's HTTP server: no Spring context, no database.
 */
package org.karvon.transparency.witness;
