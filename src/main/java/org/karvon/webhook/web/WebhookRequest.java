package org.karvon.webhook.web;

import java.util.List;

/** {@code {"url","events":[…]}}; both are validated by the service, every field error at once. */
record WebhookRequest(String url, List<String> events) {

}
