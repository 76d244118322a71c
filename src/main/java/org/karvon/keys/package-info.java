/**
 * Keys out of the data: the master key (a file, never in the database), one wrapping key per purpose derived
 * from it with HKDF, and AES-GCM wrapping of every private key the database stores.
 */
package org.karvon.keys;
