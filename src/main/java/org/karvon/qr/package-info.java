/** QR codes: renders token text as PNG/SVG and reads it back from phone photos; the only package that imports ZXing. */
package org.karvon.qr;
