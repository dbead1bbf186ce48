/**
 * The append-only, hash-chained audit log. {@link org.kenmon.store.audit.AuditRecord} defines a
 * record's canonical form and hash; {@link org.kenmon.store.audit.AuditLog} appends under the head
 * lock and verifies the chain and the rows it vouches for ({@link
 * org.kenmon.store.audit.AuditedTable}), reporting each {@link org.kenmon.store.audit.AuditProblem}
 * with its sequence numbers. Independent of the rest of the store.
 */
package org.kenmon.store.audit;
