/**
 * Reproducibility stamps: content hashes of the data a result was computed from (regime files,
 * list versions, inputs), so that a verdict can be recomputed and checked.
 */
package org.kenmon.stamp;
