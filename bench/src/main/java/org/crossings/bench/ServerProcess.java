package org.crossings.bench;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The real server ({@code crossings-server-exec.jar}, what {@code ./crossings serve} runs) started as a child
 * process on a free loopback port and a data directory of its own, ready once {@code GET /health} answers 200;
 * closing it stops the server and its embedded PostgreSQL (SIGTERM, then SIGKILL), as {@link StartupBench} does.
 */
final class ServerProcess implements AutoCloseable {

    private final Process process;
    private final Path dataDir;
    private final int port;
    private final Thread killer;

    private ServerProcess(Process process, Path dataDir, int port) {
        this.process = process;
        this.dataDir = dataDir;
        this.port = port;
        this.killer = new Thread(process::destroyForcibly);
        Runtime.getRuntime().addShutdownHook(killer);
    }

    /** Starts the jar with the extra JVM options given and waits until it is ready; its output goes to server.log. */
    static ServerProcess start(Path jar, Path dataDir, List<String> jvmOptions) throws Exception {
        int port = StartupBench.freePort();
        Files.createDirectories(dataDir);
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString()));
        command.addAll(jvmOptions);
        command.addAll(List.of("-jar", jar.toString()));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(dataDir.resolve("server.log").toFile());
        builder.environment().put("CROSSINGS_PORT", Integer.toString(port));
        builder.environment().put("CROSSINGS_DATA_DIR", dataDir.toString());
        builder.environment().remove("CROSSINGS_DB_URL");
        ServerProcess server = new ServerProcess(builder.start(), dataDir, port);
        try {
            StartupBench.awaitHealth(server.process, port, dataDir);
        } catch (Exception | Error failure) {
            server.close();
            throw failure;
        }
        return server;
    }

    URI url(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }

    Path dataDir() {
        return dataDir;
    }

    /** CPU time so far in ms of the java process and of the embedded PostgreSQL's processes, by pid. */
    Map<Long, Long> cpuMillis() throws IOException {
        Map<Long, Long> cpu = new HashMap<>();
        List<Long> pids = new ArrayList<>(List.of(process.pid()));
        pids.addAll(StartupBench.postgresPids(dataDir));
        for (long pid : pids) {
            long millis = cpuMillisOf(pid);
            if (millis >= 0) {
                cpu.put(pid, millis);
            }
        }
        return cpu;
    }

    long pid() {
        return process.pid();
    }

    /** utime + stime of a process from /proc/pid/stat (clock ticks of 10 ms), or -1 if it is gone. */
    static long cpuMillisOf(long pid) {
        try {
            String stat = Files.readString(Path.of("/proc", Long.toString(pid), "stat"));
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            return (Long.parseLong(fields[11]) + Long.parseLong(fields[12])) * 10;
        } catch (IOException | RuntimeException gone) {
            return -1;
        }
    }

    @Override
    public void close() throws Exception {
        try {
            StartupBench.stop(process, dataDir);
        } finally {
            Runtime.getRuntime().removeShutdownHook(killer);
        }
    }
}
