package uz.ovoz.loadtest.voting;

import java.io.IOException;
import uz.ovoz.loadtest.Http;

/**
 * The server's resident memory, as its {@code /ws-stats} reports it. Given the server's process id,
 * a full GC runs first (through {@code jcmd}), so that the figure is live data rather than garbage.
 */
final class ServerMemory {

    private final Http http;
    private final int pid;

    ServerMemory(Http http, int pid) {
        this.http = http;
        this.pid = pid;
    }

    double residentMb() {
        if (pid > 0) {
            try {
                new ProcessBuilder("jcmd", String.valueOf(pid), "GC.run")
                        .redirectErrorStream(true)
                        .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                        .start()
                        .waitFor();
            } catch (IOException e) {
                System.out.println("jcmd GC.run failed: " + e.getMessage());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        return http.get("/ws-stats", null).path("system").path("memory_mb").asDouble();
    }
}
