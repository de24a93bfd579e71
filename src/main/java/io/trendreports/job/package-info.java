/**
 * The Spring Batch wiring, and the only package that knows Spring Batch: the nightly job
 * (ingest, the parallel writer steps, publish), its readers and writers, and its launcher.
 */
package io.trendreports.job;
