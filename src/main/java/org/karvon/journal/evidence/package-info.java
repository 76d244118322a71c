/**
 * Evidence bundles: a consignment's record and journal, signed by the service, verifiable offline
 * with the published JWKS — by any JOSE library or with {@code java -jar karvon.jar verify-evidence}.
 */
package org.karvon.journal.evidence;
