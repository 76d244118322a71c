package org.karvon.journal;

/**
 * Outcome of a physical or documentary inspection. {@code FINDINGS} requires a description of them;
 * {@code SAMPLES_TAKEN} means goods were sampled for analysis.
 */
public enum InspectionResult {

	NO_FINDINGS, FINDINGS, SAMPLES_TAKEN

}
