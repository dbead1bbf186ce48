/**
 * Helpers shared by the list readers and not meant for callers: the metered input that enforces
 * the size limit while hashing ({@link org.kenmon.lists.internal.MeteredInput}), the per-read log
 * of counts and problems ({@link org.kenmon.lists.internal.ReadLog}) and the builder of one entry
 * ({@link org.kenmon.lists.internal.EntryDraft}). Start with {@code ReadLog}: every reader creates
 * one, turns each record into a draft, and finishes with the log's result.
 */
package org.kenmon.lists.internal;
