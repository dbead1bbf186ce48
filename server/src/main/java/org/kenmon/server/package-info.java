/**
 * Kenmon as a service. Start from {@link org.kenmon.server.KenmonServer#start}; {@link
 * org.kenmon.server.ServerConfig} holds the options. docs/service.md describes the endpoints,
 * roles and errors.
 */
package org.kenmon.server;
