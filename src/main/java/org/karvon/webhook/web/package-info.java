/** The carrier's webhook API and the rendering of delivery bodies as the API shows entries. */
package org.karvon.webhook.web;
