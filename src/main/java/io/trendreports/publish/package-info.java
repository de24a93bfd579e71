/**
 * Turns a run's private working folder into a published run: writes {@code manifest.json},
 * moves the folder into {@code runs/} in one atomic rename and repoints {@code latest}.
 */
package io.trendreports.publish;
