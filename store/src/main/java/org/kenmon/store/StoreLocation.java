package org.kenmon.store;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Objects;
import java.util.function.UnaryOperator;

/**
 * Where the store is: a JDBC URL and, for a server, the user and password.
 *
 * <p>{@link #resolve}: {@code --db URL}, else {@code $KENMON_DB}, else the embedded H2 file {@code
 * <data>/kenmon.mv.db}. A PostgreSQL URL ({@code jdbc:postgresql://host/db}) may carry {@code
 * ?user=…&password=…}, or take them from {@code $KENMON_DB_USER} and {@code $KENMON_DB_PASSWORD}.
 *
 * @param user null to use the URL's own
 * @param password null to use the URL's own
 */
public record StoreLocation(String url, String user, String password) {
  public static final String ENV_DB = "KENMON_DB";
  public static final String ENV_USER = "KENMON_DB_USER";
  public static final String ENV_PASSWORD = "KENMON_DB_PASSWORD";
  /**
   * The H2 settings: PostgreSQL's dialect and lower-case names, so one schema serves both; and
   * WRITE_DELAY=0, so that a commit is in the file when it returns (H2 otherwise writes up to
   * half a second later, and a killed process would lose transactions it had reported done).
   */
  static final String H2_SETTINGS = ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;WRITE_DELAY=0";
  private static final String H2_FILE = "jdbc:h2:file:";

  public StoreLocation {
    Objects.requireNonNull(url, "url");
    if (!url.startsWith("jdbc:postgresql:") && !url.startsWith("jdbc:h2:")) {
      throw new StoreException("the store must be a jdbc:postgresql: or jdbc:h2: URL, not \"" + url + "\"");
    }
  }

  /** The embedded store of a data directory: {@code <data>/kenmon.mv.db}. */
  public static StoreLocation h2(Path dataDir) {
    String path = dataDir.toAbsolutePath().normalize().resolve("kenmon").toString();
    if (path.contains(";")) {
      throw new StoreException("the data directory " + dataDir + " has a ';' in its path, which H2 cannot take; "
          + "choose another with --data");
    }
    return new StoreLocation(H2_FILE + path + H2_SETTINGS, null, null);
  }

  /** {@code --db}, else {@code $KENMON_DB}, else the H2 file in the data directory. */
  public static StoreLocation resolve(String dbOption, Path dataDir, UnaryOperator<String> env) {
    String url = dbOption != null && !dbOption.isBlank() ? dbOption : env.apply(ENV_DB);
    if (url == null || url.isBlank()) {
      return h2(dataDir);
    }
    return new StoreLocation(url.trim(), blankToNull(env.apply(ENV_USER)), blankToNull(env.apply(ENV_PASSWORD)));
  }

  /** Whether this is an embedded H2 file (one process at a time). */
  public boolean isH2File() {
    return url.startsWith(H2_FILE);
  }

  /**
   * Whether a store is there already. Always true for a server; for an H2 file, whether its file
   * exists (so that commands which only need a store if one is in use do not create one).
   */
  public boolean exists() {
    if (!isH2File()) {
      return true;
    }
    return Files.exists(Path.of(h2Path() + ".mv.db"));
  }

  /** The H2 file ({@code ….mv.db}), or the URL with any password masked, for messages. */
  public String display() {
    if (isH2File()) {
      return h2Path() + ".mv.db (H2)";
    }
    return url.replaceAll("(?i)(password=)[^&;]*", "$1***");
  }

  private String h2Path() {
    String path = url.substring(H2_FILE.length());
    int settings = path.indexOf(';');
    return settings < 0 ? path : path.substring(0, settings);
  }

  Connection connect() throws SQLException {
    if (user == null && password == null) {
      return DriverManager.getConnection(url);
    }
    return DriverManager.getConnection(url, user, password);
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s;
  }

  @Override
  public String toString() {
    return display();
  }
}
