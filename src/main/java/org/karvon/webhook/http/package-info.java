/** Outbound HTTP for webhooks: name resolution off the event loop and the pinned, guarded POST. */
package org.karvon.webhook.http;
