/** HTTP for scanning: POST /api/scans, the public GET /api/verify and a consignment's scan log. */
package org.karvon.scan.web;
