/**
 * Finds source reports in the input folder, checks they are readable text and parses their
 * Markdown (flexmark) into {@link io.trendreports.model.SourceReport}s. Knows nothing about
 * themes, storage or output formats.
 */
package io.trendreports.source;
