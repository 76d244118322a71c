/** The accompanying document: an A4 PDF with the consignment, its barcode and signed QR code, labels in English and Russian. */
package org.karvon.document;
