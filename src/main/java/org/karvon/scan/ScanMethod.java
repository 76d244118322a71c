package org.karvon.scan;

/** How the officer presented the code: its text from a scanner app, a photo, or the number typed by hand. */
public enum ScanMethod {

	QR_TEXT, IMAGE, NUMBER

}
