package uz.ovoz.it;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * HAProxy as payara-config ships it (payara-config/src/main/haproxy/ovoz.cfg), with this test's
 * ports put in: round robin, WebSocket tunnels, health checks on {@code /health/ready}.
 */
final class Balancer {

    static final Path SHIPPED =
            Path.of(System.getProperty("ovoz.haproxy.cfg", "../payara-config/src/main/haproxy/ovoz.cfg"));

    private final Process process;

    private Balancer(Process process) {
        this.process = process;
    }

    static boolean installed() {
        try {
            return new ProcessBuilder("haproxy", "-v").start().waitFor(10, TimeUnit.SECONDS);
        } catch (IOException | InterruptedException absent) {
            return false;
        }
    }

    static Balancer start(int port, List<Integer> servers, Path dir) throws IOException {
        String config = Files.readString(SHIPPED)
                .replace("bind 127.0.0.1:8000", "bind 127.0.0.1:" + port)
                .replace("127.0.0.1:28080", "127.0.0.1:" + servers.get(0))
                .replace("127.0.0.1:28081", "127.0.0.1:" + servers.get(1));
        Path file = dir.resolve("haproxy.cfg");
        Files.writeString(file, config);
        return new Balancer(new ProcessBuilder("haproxy", "-db", "-f", file.toString())
                .redirectErrorStream(true)
                .redirectOutput(dir.resolve("haproxy.log").toFile())
                .start());
    }

    void stop() {
        process.destroy();
    }
}
