/** Cross-cutting HTTP concerns: every error becomes RFC 9457 problem+json here, in one place. */
package org.karvon.web;
