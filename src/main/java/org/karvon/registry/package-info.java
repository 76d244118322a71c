/** The member states, their neighbours and the customs posts where cargo is checked. */
package org.karvon.registry;
