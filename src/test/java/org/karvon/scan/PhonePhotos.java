package org.karvon.scan;

import org.karvon.support.Photos;

/**
 * 1280x720 JPEGs like an officer's phone takes: the code small and tilted on a wall, slightly out of
 * focus, lit unevenly.
 */
final class PhonePhotos {

	private PhonePhotos() {
	}

	static byte[] ofCode(byte[] qrPng, int size, double degrees) {
		return Photos.jpeg(Photos.unevenlyLit(Photos.blurred(Photos.inFrame(qrPng, size, degrees))), 0.85f);
	}

	static byte[] ofBlankWall() {
		return Photos.jpeg(Photos.unevenlyLit(Photos.blurred(Photos.noisy(Photos.blankFrame(), 12, 7))), 0.85f);
	}

}
