/**
 * The border-post and carrier web app: static ES modules under {@code static/}, served by Karvon itself,
 * and the little Java it needs (a looser Content-Security-Policy for Swagger UI only).
 */
package org.karvon.webapp;
