/**
 * Telling people that a run has ended: an e-mail per role over SMTP and a JSON webhook, both
 * optional and off by default ({@code trend.notifications.*}). A notification never changes how the run
 * ended: every failure to deliver one is logged and dropped.
 */
package io.trendreports.notify;
