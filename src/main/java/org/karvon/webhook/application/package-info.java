/** Registering endpoints (who may, how many, where to) and dispatching deliveries with retries. */
package org.karvon.webhook.application;
