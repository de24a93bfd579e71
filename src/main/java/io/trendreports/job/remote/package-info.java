/**
 * Remote mode: the partitions of the job's partitioned steps run on {@code worker} processes,
 * sent over a RabbitMQ queue and recorded in a shared PostgreSQL job repository. The manager
 * side and the worker side each have their own configuration.
 */
package io.trendreports.job.remote;
