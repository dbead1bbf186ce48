package org.kenmon.bench.speed;

import java.lang.management.ManagementFactory;
import java.lang.ref.Reference;
import java.util.List;
import org.kenmon.bench.BenchData;
import org.kenmon.bench.Md;
import org.kenmon.bench.RunInfo;
import org.kenmon.entity.ListVersion;
import org.kenmon.match.MatchQuery;
import org.kenmon.match.MatchThresholds;
import org.kenmon.match.NameMatcher;
import org.kenmon.match.index.ListIndex;
import org.kenmon.match.normalize.NameNormalizer;

/**
 * The heap the UN + OFAC SDN 2021 lists and their index keep after a full GC: used heap measured
 * before and after each step (lists read, index built, first query on a thread, which allocates
 * that thread's search scratch). ICU is warmed first so its data is not counted. An estimate (used
 * heap after {@code System.gc()}), not a heap dump; run it with the serial collector for stable
 * numbers:
 *
 * <pre>
 * java -XX:+UseSerialGC -cp "bench/target/kenmon-bench.jar:bench/target/lib/*" org.kenmon.bench.speed.IndexHeap
 * </pre>
 */
public final class IndexHeap {
  private IndexHeap() {}

  private static long used() {
    for (int i = 0; i < 4; i++) {
      System.gc();
    }
    return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
  }

  public static void main(String[] args) {
    NameNormalizer.normalize("김동명 金東明 Ким");
    long base = used();
    List<ListVersion> versions = BenchData.unAndOfac();
    long lists = used();
    ListIndex index = ListIndex.of(versions);
    long built = used();
    new NameMatcher(index, MatchThresholds.DEFAULT).match(MatchQuery.name("Kim Tong Myong"));
    long searched = used();
    System.out.println("## Index heap\n\n" + RunInfo.current().markdown() + " Index: " + Md.n(index.entryCount())
        + " entries, " + Md.n(index.nameCount()) + " names, " + Md.n(index.vocabularySize()) + " terms.\n\n"
        + Md.header("retained after GC", "MiB") + Md.row("lists as read (ListVersion)", mib(lists - base))
        + Md.row("index on top of the lists", mib(built - lists))
        + Md.row("search scratch, per querying thread", mib(searched - built))
        + Md.row("total", mib(searched - base)));
    Reference.reachabilityFence(versions);
    Reference.reachabilityFence(index);
  }

  private static String mib(long bytes) {
    return Md.f2(bytes / 1048576.0);
  }
}
