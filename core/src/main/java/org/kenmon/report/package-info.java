/**
 * Renderings of regimes for people and programs: {@link org.kenmon.report.RegimeJson} (the stable
 * JSON shapes of show and diff), {@link org.kenmon.report.RegimeText}, and the timeline as text
 * ({@link org.kenmon.report.TimelineText}) or SVG ({@link org.kenmon.report.TimelineSvg}).
 */
package org.kenmon.report;
