/** Who is calling: access tokens, roles, the filter chain and the login throttle. */
package org.karvon.security;
