/**
 * API keys of the service: {@link org.kenmon.store.keys.ApiKeys} makes, lists and revokes them in
 * the store, each change in the audit log; {@link org.kenmon.store.keys.KeyRole} says what a key
 * may do. Only hashes of keys are kept.
 */
package org.kenmon.store.keys;
