/**
 * The Spring Batch job, read top-down in {@link io.trendreports.job.TrendJobConfiguration}:
 * ingest (partitioned by file), one step per output writer (partitioned by report when the writer
 * makes one file per report), publish; its readers, processors, tasklets, and the typed run
 * parameters ({@link io.trendreports.job.RunParameters}). Where partitions run is
 * {@link io.trendreports.job.Partitioning}'s business: local threads here, worker processes in
 * {@code job.remote}. Launching a run is {@code launch}'s.
 */
package io.trendreports.job;
