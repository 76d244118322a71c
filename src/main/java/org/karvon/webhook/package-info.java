/** Carrier webhooks: endpoints, signed deliveries with retries, and the guard against internal targets. */
package org.karvon.webhook;
