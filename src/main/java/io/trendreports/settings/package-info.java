/**
 * The {@code trend.*} settings as Spring binds them, and the fingerprint derived from them and
 * the knowledge files, which decides whether a run has anything new to do.
 */
package io.trendreports.settings;
