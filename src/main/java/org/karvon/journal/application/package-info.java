/** Use cases of the movement journal: record events at the officer's post, read and verify journals. */
package org.karvon.journal.application;
