/**
 * The web UI: server-rendered pages ({@link org.kenmon.server.web.Web} registers them), one
 * stylesheet with print rules, htmx and uPlot from WebJars. Pages read without JavaScript.
 */
package org.kenmon.server.web;
