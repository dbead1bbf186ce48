package org.kenmon.server.api;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Handler;
import org.kenmon.server.auth.Access;

/** Registers routes with the access each needs; every route says who may use it. */
public final class Routes {
  private final RoutesConfig routes;

  public Routes(RoutesConfig routes) {
    this.routes = routes;
  }

  public void get(String path, Access access, Handler h) {
    routes.get(path, h, access);
  }

  public void post(String path, Access access, Handler h) {
    routes.post(path, h, access);
  }

  public void put(String path, Access access, Handler h) {
    routes.put(path, h, access);
  }
}
