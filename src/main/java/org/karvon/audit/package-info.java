/** The security event log: failed logins, refusals, user changes, grants and key rotations, append-only. */
package org.karvon.audit;
