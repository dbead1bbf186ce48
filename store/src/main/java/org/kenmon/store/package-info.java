/**
 * Kenmon's store: verdicts, holds and the hash-chained audit log, in an embedded H2 file of the
 * data directory (the default) or in PostgreSQL, one schema for both ({@code db/migration}, by
 * Flyway). Start from {@link org.kenmon.store.Store}: {@link org.kenmon.store.StoreLocation} says
 * where, {@link org.kenmon.store.Store#write} is the only way to change anything (one database
 * transaction holding the audit head lock), {@link org.kenmon.store.Store#verify} checks it all.
 * {@link org.kenmon.store.DataState} names what verdicts were judged against. docs/store.md has
 * the schema and the guarantees.
 */
package org.kenmon.store;
