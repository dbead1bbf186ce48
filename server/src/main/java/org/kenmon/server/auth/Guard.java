package org.kenmon.server.auth;

import io.javalin.http.Context;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.List;
import java.util.Optional;
import org.kenmon.server.api.ApiException;

/**
 * Runs before every matched route: finds who is calling and lets them through only if the route's
 * {@link Access} allows their role. The API ({@code /api/…}) takes {@code Authorization: Bearer
 * <key>} and answers 401 or 403 as problem JSON; the web UI takes the session cookie, sends people
 * who are not signed in to the sign-in page, and checks the CSRF token of every form it posts.
 */
public final class Guard {
  /** Request attribute: the {@link Principal}, when someone is signed in. */
  public static final String PRINCIPAL = "kenmon.principal";
  /** Request attribute: the web {@link Sessions.Session}, when the browser has one. */
  public static final String SESSION = "kenmon.session";
  /** The form field (or {@code X-CSRF-Token} header) carrying the session's CSRF token. */
  public static final String CSRF_FIELD = "csrf";

  private final KeyRing keys;
  private final Sessions sessions;

  public Guard(KeyRing keys, Sessions sessions) {
    this.keys = keys;
    this.sessions = sessions;
  }

  /** The web UI asks to sign in: thrown for a page that needs a session when there is none. */
  public static final class SignInRequired extends RuntimeException {
    private static final long serialVersionUID = 1L;

    SignInRequired() {
      super("sign in first", null, false, false);
    }
  }

  /** The web UI refuses: the role is too low, or a form came without the session's token. */
  public static final class Forbidden extends RuntimeException {
    private static final long serialVersionUID = 1L;

    Forbidden(String message) {
      super(message, null, false, false);
    }
  }

  public void check(Context ctx) {
    Access access = ctx.routeRoles().stream().filter(Access.class::isInstance).map(Access.class::cast)
        .findFirst().orElse(Access.PUBLIC);
    if (isApi(ctx.path())) {
      checkApi(ctx, access);
    } else {
      checkWeb(ctx, access);
    }
  }

  public static boolean isApi(String path) {
    return path.startsWith("/api/");
  }

  /** The principal of the request, if someone is signed in. */
  public static Optional<Principal> principal(Context ctx) {
    return Optional.ofNullable(ctx.attribute(PRINCIPAL));
  }

  private void checkApi(Context ctx, Access access) {
    String header = ctx.header("Authorization");
    Principal p = null;
    if (header != null) {
      if (!header.regionMatches(true, 0, "Bearer ", 0, 7)) {
        throw unauthorized(ctx, "send the API key as 'Authorization: Bearer <key>'");
      }
      p = keys.authenticate(header.substring(7).trim()).orElseThrow(() -> unauthorized(ctx,
          "the API key is not valid, or was revoked"));
      ctx.attribute(PRINCIPAL, p);
    }
    if (access.allows(p == null ? null : p.role())) {
      return;
    }
    if (p == null) {
      throw unauthorized(ctx, "this needs an API key with the role " + access.role().code() + " or higher: send "
          + "'Authorization: Bearer <key>' (kenmon keys create)");
    }
    throw new ApiException(403, "forbidden", "the key \"" + p.name() + "\" has the role " + p.role().code()
        + "; this needs " + access.role().code() + " or higher", null, 0, List.of());
  }

  private static ApiException unauthorized(Context ctx, String detail) {
    ctx.header("WWW-Authenticate", "Bearer realm=\"kenmon\"");
    return new ApiException(401, "unauthorized", detail, "Authorization", 0, List.of());
  }

  private void checkWeb(Context ctx, Access access) {
    Optional<Sessions.Session> session = sessions.find(ctx.cookie(Sessions.COOKIE));
    if (session.isPresent() && !keys.stillActive(session.get().principal().keyId())) {
      sessions.close(session.get().id());
      session = Optional.empty();
    }
    session.ifPresent(s -> {
      ctx.attribute(SESSION, s);
      ctx.attribute(PRINCIPAL, s.principal());
    });
    Principal p = session.map(Sessions.Session::principal).orElse(null);
    if (!access.allows(p == null ? null : p.role())) {
      if (p == null) {
        throw new SignInRequired();
      }
      throw new Forbidden("You are signed in as " + p.name() + " (" + p.role().code() + "); this needs the role "
          + access.role().code() + " or higher.");
    }
    if (access != Access.PUBLIC && isWrite(ctx) && !csrfMatches(ctx, session.orElseThrow())) {
      throw new Forbidden("The form has expired or did not come from this site. Reload the page and try again.");
    }
  }

  private static boolean isWrite(Context ctx) {
    String m = ctx.method().name();
    return !m.equals("GET") && !m.equals("HEAD") && !m.equals("OPTIONS");
  }

  private static boolean csrfMatches(Context ctx, Sessions.Session s) {
    String sent = ctx.header("X-CSRF-Token");
    if (sent == null && ctx.isFormUrlencoded()) {
      sent = ctx.formParam(CSRF_FIELD);
    }
    return sent != null && MessageDigest.isEqual(sent.getBytes(StandardCharsets.UTF_8),
        s.csrf().getBytes(StandardCharsets.UTF_8));
  }
}
