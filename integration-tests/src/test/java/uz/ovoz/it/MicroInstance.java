package uz.ovoz.it;

import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A Payara Micro instance of a cluster, run as its own process: the command line an operator would
 * use (docs/cluster.md), on loopback only, its data grid a TCP/IP member list.
 */
final class MicroInstance {

    private final String name;
    private final int httpPort;
    private final Process process;
    private final Path log;

    private MicroInstance(String name, int httpPort, Process process, Path log) {
        this.name = name;
        this.httpPort = httpPort;
        this.process = process;
        this.log = log;
    }

    static MicroInstance start(
            String name,
            int httpPort,
            int gridPort,
            List<Integer> gridPorts,
            String clusterName,
            Path dir,
            List<File> wars,
            Map<String, String> environment,
            boolean ownEnvironmentOnly)
            throws IOException {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx512m",
                "-Dhazelcast.socket.bind.any=false",
                "-Dh2.bindAddress=127.0.0.1",
                "-jar",
                System.getProperty("ovoz.micro.jar", "target/payara-micro.jar"),
                "--port",
                String.valueOf(httpPort),
                "--name",
                name,
                "--clustername",
                clusterName,
                "--clustermode",
                "tcpip:"
                        + String.join(
                                ",",
                                gridPorts.stream()
                                        .map(port -> "127.0.0.1:" + port)
                                        .toList()),
                "--startport",
                String.valueOf(gridPort),
                "--interfaces",
                "127.0.0.1"));
        return launch(name, httpPort, dir, wars, command, environment, ownEnvironmentOnly);
    }

    /**
     * A single instance outside any cluster (no data grid), as the product runs by default, with
     * exactly the {@code OVOZ_*} and {@code MP_JWT_*} variables given: none is inherited from the test's
     * own environment (whose chat token keys would not match the instance's own secret).
     */
    static MicroInstance alone(
            String name, int httpPort, Path dir, List<File> wars, Map<String, String> environment, String... jvmOptions)
            throws IOException {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx512m",
                "-Dh2.bindAddress=127.0.0.1"));
        command.addAll(List.of(jvmOptions));
        command.addAll(List.of(
                "-jar",
                System.getProperty("ovoz.micro.jar", "target/payara-micro.jar"),
                "--port",
                String.valueOf(httpPort),
                "--name",
                name,
                "--nohazelcast"));
        return launch(name, httpPort, dir, wars, command, environment, true);
    }

    private static MicroInstance launch(
            String name,
            int httpPort,
            Path dir,
            List<File> wars,
            List<String> command,
            Map<String, String> environment,
            boolean ownEnvironmentOnly)
            throws IOException {
        command.addAll(List.of(
                "--prebootcommandfile",
                        System.getProperty("ovoz.micro.preboot", "target/test-classes/micro-preboot.asadmin"),
                "--rootdir", dir.resolve(name).toString()));
        for (File war : wars) {
            command.add("--deploy");
            command.add(war.getPath());
        }
        Path log = dir.resolve(name + ".log");
        ProcessBuilder builder =
                new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
        if (ownEnvironmentOnly) {
            builder.environment().keySet().removeIf(key -> key.startsWith("OVOZ_") || key.startsWith("MP_JWT_"));
        }
        builder.environment().putAll(environment);
        return new MicroInstance(name, httpPort, builder.start(), log);
    }

    static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    Endpoints endpoints() {
        return Endpoints.at(httpPort);
    }

    int httpPort() {
        return httpPort;
    }

    long pid() {
        return process.pid();
    }

    Path log() {
        return log;
    }

    /** Waits until readiness answers 200 with the grid's member count; fails with the log's place. */
    void awaitReady(int members, Duration wait) throws Exception {
        awaitReady("\"members\":\"" + members + "\"", wait);
    }

    /** Waits until readiness answers 200 (an instance {@link #alone}); fails with the log's place. */
    void awaitReady(Duration wait) throws Exception {
        awaitReady("UP", wait);
    }

    private void awaitReady(String readiness, Duration wait) throws Exception {
        long deadline = System.nanoTime() + wait.toNanos();
        String last = "no answer";
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new AssertionError(name + " exited with " + process.exitValue() + "; see " + log);
            }
            try {
                HttpResponse<String> ready = endpoints().get("/health/ready");
                last = ready.statusCode() + " " + ready.body();
                // Health answers once the first module is up: Payara Micro's own "ready" line says all are.
                // MicroProfile Health writes the check's data as strings.
                if (ready.statusCode() == 200
                        && ready.body().contains(readiness)
                        && Files.readString(log, StandardCharsets.ISO_8859_1).contains(") ready in ")) {
                    return;
                }
            } catch (IOException notYet) {
                last = notYet.toString();
            }
            Thread.sleep(500);
        }
        throw new AssertionError(name + " not ready (" + readiness + ") after " + wait + ": " + last + "; see " + log);
    }

    /** As {@code kill -9}: no shutdown hook, no drain, the sockets just drop. */
    void kill() throws InterruptedException {
        process.destroyForcibly().waitFor();
    }

    /**
     * As {@code kill} (SIGTERM): the shutdown an operator or a service manager asks for; waits for
     * the process to end and returns its exit code.
     */
    int terminate(Duration wait) throws InterruptedException {
        process.destroy();
        if (!process.waitFor(wait.toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS)) {
            throw new AssertionError(name + " still running " + wait + " after SIGTERM; see " + log);
        }
        return process.exitValue();
    }

    void stop() throws InterruptedException {
        if (process.isAlive()) {
            process.destroy();
            if (!process.waitFor(30, java.util.concurrent.TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor();
            }
        }
    }
}
