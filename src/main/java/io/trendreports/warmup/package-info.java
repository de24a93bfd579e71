/**
 * Start-up warm-up for {@code run}: while Spring starts on one core, a daemon thread on the other
 * loads and exercises the parser, the normalizer and the output writers on two built-in sample
 * reports, so the real run finds their classes loaded, their schema and font data parsed and their
 * hot code compiled. Nothing it produces is kept.
 */
package io.trendreports.warmup;
