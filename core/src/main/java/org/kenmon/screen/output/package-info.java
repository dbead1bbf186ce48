/** Verdicts and rejects written as JSON Lines, CSV and an HTML report. */
package org.kenmon.screen.output;
