/** Who may see and do what with a consignment: one table of rules, answered in Java and as SQL. */
package org.karvon.consignment.access;
