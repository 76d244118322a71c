/** The overdue watch: the periodic sweep that announces newly overdue consignments. */
package org.karvon.overdue.application;
