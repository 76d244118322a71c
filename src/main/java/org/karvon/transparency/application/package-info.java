/** Use cases of the transparency log: sequence queued entries, publish checkpoints, ask witnesses to cosign. */
package org.karvon.transparency.application;
