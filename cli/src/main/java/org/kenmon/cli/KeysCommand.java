package org.kenmon.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.kenmon.store.Store;
import org.kenmon.store.StoreException;
import org.kenmon.store.keys.ApiKey;
import org.kenmon.store.keys.ApiKeys;
import org.kenmon.store.keys.KeyRole;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code kenmon keys create|revoke|list}: the service's API keys in the store (docs/service.md).
 * Only the SHA-256 of a key is stored, so {@code create} prints the key once; each change is in the
 * audit log with the operating-system account that made it.
 */
@Command(name = "keys", mixinStandardHelpOptions = true,
    description = "API keys of the service (kenmon serve): make one, revoke one, list them. Roles: viewer (reads), "
        + "screener (also screens), admin (also changes lists, agreements and regimes, releases holds).",
    subcommands = {KeysCommand.Create.class, KeysCommand.Revoke.class, KeysCommand.ListKeys.class})
final class KeysCommand implements Runnable {
  @Spec CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  /** Turns a role code into a {@link KeyRole}; a bad code is a usage error naming the accepted ones. */
  static final class RoleConverter implements CommandLine.ITypeConverter<KeyRole> {
    @Override
    public KeyRole convert(String value) {
      try {
        return KeyRole.parse(value);
      } catch (IllegalArgumentException e) {
        throw new CommandLine.TypeConversionException(e.getMessage());
      }
    }
  }

  @Command(name = "create", mixinStandardHelpOptions = true,
      description = "Make a key and print it. It is shown this once: only its hash is stored.")
  static final class Create implements Callable<Integer> {
    @Spec CommandSpec spec;
    @Mixin ListsCommand.DataOption data;
    @Mixin DbOption db;

    @Option(names = "--name", required = true, paramLabel = "NAME",
        description = "Who or what will use the key; the audit log names it as the actor of what the key does.")
    String name;

    @Option(names = "--role", required = true, paramLabel = "ROLE", converter = RoleConverter.class,
        description = "viewer, screener or admin.")
    KeyRole role;

    @Override
    public Integer call() {
      PrintWriter out = spec.commandLine().getOut();
      ApiKeys.NewKey made;
      try (Store store = db.open(data.data)) {
        made = new ApiKeys(store).create(name, role, ScreeningSetup.actor());
      } catch (IllegalArgumentException e) {
        throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
      } catch (StoreException e) {
        throw new InputException(e.getMessage(), e);
      }
      out.println(made.secret());
      spec.commandLine().getErr().printf("key %s made for \"%s\", role %s; it is shown only this once, keep it "
          + "secret%n", made.key().keyId(), made.key().name(), made.key().role().code());
      out.flush();
      return ExitCodes.OK;
    }
  }

  @Command(name = "revoke", mixinStandardHelpOptions = true,
      description = "Revoke a key by its id (the 10 hex digits after kenmon_, as 'kenmon keys list' shows). A running "
          + "service refuses it within seconds.")
  static final class Revoke implements Callable<Integer> {
    @Spec CommandSpec spec;
    @Mixin ListsCommand.DataOption data;
    @Mixin DbOption db;

    @Parameters(paramLabel = "KEY_ID", description = "The key's id.")
    String keyId;

    @Override
    public Integer call() {
      ApiKey k;
      try (Store store = db.open(data.data)) {
        k = new ApiKeys(store).revoke(keyId.trim(), ScreeningSetup.actor());
      } catch (IllegalArgumentException | IllegalStateException e) {
        throw new InputException(e.getMessage(), e);
      } catch (StoreException e) {
        throw new InputException(e.getMessage(), e);
      }
      spec.commandLine().getOut().printf("revoked key %s (\"%s\", %s)%n", k.keyId(), k.name(), k.role().code());
      spec.commandLine().getOut().flush();
      return ExitCodes.OK;
    }
  }

  /** Output formats. */
  enum Format { text, json }

  @Command(name = "list", mixinStandardHelpOptions = true,
      description = "Every key, revoked ones included, oldest first; never the keys themselves.")
  static final class ListKeys implements Callable<Integer> {
    @Spec CommandSpec spec;
    @Mixin ListsCommand.DataOption data;
    @Mixin DbOption db;

    @Option(names = "--format", description = "text or json (default: ${DEFAULT-VALUE}).")
    Format format = Format.text;

    @Override
    public Integer call() {
      PrintWriter out = spec.commandLine().getOut();
      List<ApiKey> keys;
      try (Store store = db.open(data.data)) {
        keys = new ApiKeys(store).list();
      } catch (StoreException e) {
        throw new InputException(e.getMessage(), e);
      }
      if (format == Format.json) {
        ObjectMapper json = new ObjectMapper();
        ObjectNode root = json.createObjectNode();
        ArrayNode arr = root.putArray("keys");
        for (ApiKey k : keys) {
          ObjectNode o = arr.addObject();
          o.put("key_id", k.keyId());
          o.put("name", k.name());
          o.put("role", k.role().code());
          o.put("active", k.active());
          o.put("created_at", k.createdAt().toString());
          o.put("created_by", k.createdBy());
          o.put("revoked_at", k.revokedAt() == null ? null : k.revokedAt().toString());
          o.put("revoked_by", k.revokedBy());
        }
        out.println(root.toPrettyString());
      } else if (keys.isEmpty()) {
        out.println("no keys; make one with: kenmon keys create --name NAME --role viewer|screener|admin");
      } else {
        out.printf(Locale.ROOT, "%-10s  %-8s  %-8s  %-20s  %s%n", "KEY_ID", "ROLE", "STATUS", "CREATED", "NAME");
        for (ApiKey k : keys) {
          out.printf(Locale.ROOT, "%-10s  %-8s  %-8s  %-20s  %s%n", k.keyId(), k.role().code(),
              k.active() ? "active" : "revoked", k.createdAt().toString().substring(0, 19) + "Z", k.name());
        }
      }
      out.flush();
      return ExitCodes.OK;
    }
  }
}
