/**
 * The one document model every reader produces and every writer consumes: plain immutable
 * records and the {@link io.trendreports.model.RunSnapshot} view of a run. Nothing here knows
 * about Markdown, Spring Batch, JDBC or any output format.
 */
package io.trendreports.model;
