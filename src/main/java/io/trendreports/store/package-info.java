/**
 * The record store: normalized records, input outcomes and written outputs of each run, kept in
 * the same JDBC database as the job repository (H2 by default, PostgreSQL in production).
 * Writers read it through the {@link io.trendreports.model.RunSnapshot} view only.
 */
package io.trendreports.store;
