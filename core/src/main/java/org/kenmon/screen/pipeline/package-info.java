/**
 * Screening many records: {@link org.kenmon.screen.pipeline.BatchScreening} reads, parses and
 * screens in parallel and writes in input order, in constant memory, keeping a {@link
 * org.kenmon.screen.pipeline.Summary} whose counts always reconcile.
 */
package org.kenmon.screen.pipeline;
