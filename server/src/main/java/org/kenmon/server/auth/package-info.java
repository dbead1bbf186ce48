/**
 * Access control: API keys ({@link org.kenmon.server.auth.KeyRing}, cached from the store), browser
 * sessions for the web UI ({@link org.kenmon.server.auth.Sessions}), and the {@link
 * org.kenmon.server.auth.Guard} that checks every route's {@link org.kenmon.server.auth.Access}.
 */
package org.kenmon.server.auth;
