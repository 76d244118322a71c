/** The relay: claims the outbox, publishes entries to the broker, marks them relayed once confirmed. */
package org.karvon.feed.application;
