/** Webhook endpoints and deliveries in PostgreSQL (schema V23). */
package org.karvon.webhook.persistence;
