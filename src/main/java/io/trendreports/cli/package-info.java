/** The command-line contract: commands, options, usage text and exit codes. */
package io.trendreports.cli;
