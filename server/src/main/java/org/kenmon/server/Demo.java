package org.kenmon.server;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.kenmon.screen.Screener;
import org.kenmon.screen.Verdict;
import org.kenmon.screen.pipeline.Summary;
import org.kenmon.screen.pipeline.VerdictSink;
import org.kenmon.server.data.Snapshot;
import org.kenmon.store.holds.HoldingSink;
import org.kenmon.store.keys.ApiKey;
import org.kenmon.store.keys.ApiKeys;
import org.kenmon.store.keys.KeyRole;
import org.kenmon.transaction.read.JsonTransactionParser;
import org.kenmon.transaction.read.ReadOutcome;
import org.kenmon.transaction.read.Reject;

/**
 * {@code kenmon serve --demo}: the 2014 demo ledger screened into the store (each transaction on
 * its own date, held when it needs action, as {@code kenmon screen --hold} would; running it again
 * stores nothing twice), and a fresh admin key named {@value #KEY_NAME}, the previous demo key
 * revoked, so that a newcomer can sign in at once.
 */
public final class Demo {
  public static final String KEY_NAME = "demo admin";
  static final String LEDGER = "/org/kenmon/server/web/examples/ledger.jsonl";
  private static final String ACTOR = "kenmon-demo";

  private Demo() {}

  /** What the demo prepared: the key to sign in with and how many holds the store has. */
  public record Prepared(String key, long held) {}

  public static Prepared prepare(KenmonServer server) {
    Snapshot snap = server.data().current();
    Prepared prepared = server.store().call(st -> {
      ApiKeys keys = new ApiKeys(st);
      for (ApiKey k : keys.list()) {
        if (k.active() && k.name().equals(KEY_NAME)) {
          keys.revoke(k.keyId(), ACTOR);
        }
      }
      String key = keys.create(KEY_NAME, KeyRole.ADMIN, ACTOR).secret();
      HoldingSink sink = HoldingSink.start(st, NOTHING, snap.state(), null, ACTOR, "examples/2014/ledger.jsonl",
          HoldingSink.DEFAULT_BATCH);
      Screener screener = snap.screener(null, java.util.Set.of());
      JsonTransactionParser parser = new JsonTransactionParser();
      try (InputStream in = Demo.class.getResourceAsStream(LEDGER)) {
        if (in == null) {
          throw new IllegalStateException("the jar has no demo ledger at " + LEDGER);
        }
        BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        String line;
        long n = 0;
        while ((line = r.readLine()) != null) {
          n++;
          if (line.isBlank()) {
            continue;
          }
          ReadOutcome read = parser.parse("examples/2014/ledger.jsonl", n, line);
          if (!read.isRejected()) {
            sink.verdict(screener.screen(read.transaction()), null);
          }
        }
        sink.finish(new Summary());
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      return new Prepared(key, new org.kenmon.store.holds.Holds(st).counts()
          .get(org.kenmon.store.holds.HoldStatus.HELD));
    });
    server.refreshKeys();
    return prepared;
  }

  private static final VerdictSink NOTHING = new VerdictSink() {
    @Override
    public void verdict(Verdict v) {}

    @Override
    public void reject(Reject r) {}
  };
}
