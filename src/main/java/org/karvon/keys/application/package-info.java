/** The master key file, the start-up check that it opens every stored key, and wrapping for the features that own keys. */
package org.karvon.keys.application;
