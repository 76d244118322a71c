/** Scanning: an officer's QR code, photo or typed number becomes a verdict, and every scan is audited. */
package org.karvon.scan;
