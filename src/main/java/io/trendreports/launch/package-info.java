/**
 * Starting and looking back at runs from outside the job: the {@code run} command (run, resume,
 * or nothing to do, decided from the input and settings fingerprints), the run lock, graceful
 * stop on a signal, the run-summary line, {@code history} and {@code status}, the schedule, and
 * the portal's view of runs ({@link io.trendreports.portal.RunHistory} and
 * {@link io.trendreports.portal.RunTrigger}).
 */
package io.trendreports.launch;
