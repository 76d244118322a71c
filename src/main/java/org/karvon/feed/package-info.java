/**
 * The feed for national customs systems: every chain entry of a consignment, announced once to each
 * member state it concerns, through a transactional outbox relayed to RabbitMQ.
 */
package org.karvon.feed;
