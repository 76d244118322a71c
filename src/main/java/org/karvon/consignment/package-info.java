/**
 * Consignments: what a carrier declares, the typed value objects it is made of, and its lifecycle.
 */
package org.karvon.consignment;
