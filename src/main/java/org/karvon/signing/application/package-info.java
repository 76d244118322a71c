/** The key ring this instance signs and verifies with, loaded from and rotated in the database. */
package org.karvon.signing.application;
