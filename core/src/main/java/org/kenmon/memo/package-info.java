/**
 * Bounded memos of pure functions: {@link org.kenmon.memo.BoundedMemo} remembers what a function
 * gave for a key, up to a fixed number of keys. A memo belongs to the instance that uses it (a
 * screener, a list index), never to a class, so there is no global state; answers are the same
 * with or without it.
 */
package org.kenmon.memo;
