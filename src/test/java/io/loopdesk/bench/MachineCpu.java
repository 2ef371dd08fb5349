package io.loopdesk.bench;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The machine's CPU time from {@code /proc/stat} (all processes: the node, PostgreSQL, the client), in clock
 * ticks of 10 ms; a figure per ticket that the host's noise in wall-clock throughput does not move. The share of
 * this JVM (the node and the benchmark's client) is read apart, so the rest is mostly PostgreSQL's.
 */
public record MachineCpu(long busy, long steal, long total, long jvmNanos) {

    public static MachineCpu now() throws Exception {
        String[] f = Files.readAllLines(Path.of("/proc/stat")).getFirst().trim().split("\\s+");
        long user = Long.parseLong(f[1]) + Long.parseLong(f[2]);
        long system = Long.parseLong(f[3]) + Long.parseLong(f[6]) + Long.parseLong(f[7]);
        long idle = Long.parseLong(f[4]) + Long.parseLong(f[5]);
        long steal = Long.parseLong(f[8]);
        long jvm = ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
        return new MachineCpu(user + system, steal, user + system + idle + steal, jvm);
    }

    public MachineCpu minus(MachineCpu earlier) {
        return new MachineCpu(
                busy - earlier.busy, steal - earlier.steal, total - earlier.total, jvmNanos - earlier.jvmNanos);
    }

    /** CPU time of this JVM: the node (and the benchmark's client, where it runs in the same process). */
    public double jvmMillis() {
        return jvmNanos / 1e6;
    }

    public double busyMillis() {
        return busy * 10.0;
    }

    public double busyPercent() {
        return 100.0 * busy / Math.max(1, total);
    }

    public double stealPercent() {
        return 100.0 * steal / Math.max(1, total);
    }
}
