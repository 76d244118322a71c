/** Carrier organizations and user accounts, managed by administrators. */
package org.karvon.identity;
