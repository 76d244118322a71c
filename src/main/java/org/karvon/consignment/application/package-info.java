/** Use cases of consignments: register, read, amend, cancel, list — with who-may-see-what enforced. */
package org.karvon.consignment.application;
