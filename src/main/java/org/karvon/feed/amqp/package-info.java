/**
 * The feed on the wire: RabbitMQ through the plain AMQP client, CloudEvents JSON, and the wiring
 * that turns the relay on only when {@code KARVON_BROKER_URL} is set.
 */
package org.karvon.feed.amqp;
