/**
 * The download portal started by {@code serve}: server-rendered pages over the published runs
 * ({@code output/runs/<run-id>/manifest.json}), downloads of exactly the files a manifest lists,
 * search across kept runs, and "run now" for operators. Every bean here exists only in a servlet
 * web application, so {@code run}, {@code schedule}, {@code history} and {@code status} never
 * create any of them. The job is reached only through this package's own interfaces
 * {@link io.trendreports.portal.RunHistory} and {@link io.trendreports.portal.RunTrigger},
 * implemented in {@code launch} where Spring Batch is known. File names, kinds and CSV columns
 * come from the writers' constants.
 */
package io.trendreports.portal;
