package uz.ovoz.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.shrinkwrap.api.exporter.ZipExporter;
import org.junit.jupiter.api.Test;

/**
 * A thousand connections that come and go, with votes and chat messages all along, for a bounded
 * time ({@code ovoz.soak.seconds}: 75 in CI, 600 for the long run). Afterwards, with every client
 * gone and a full GC, the server's heap, live threads, open descriptors and (once the pool has closed
 * its idle connections) database connections are where they were after the warm-up, within the
 * tolerances below: what a long event leaks shows here.
 * Run by the {@code faults} profile.
 */
class SoakIT {

    private static final Path DIR = Path.of("target", "soak").toAbsolutePath();
    private static final int CONNECTIONS = 1000;
    /** Heap after a full GC may grow by this much or a quarter, whichever is larger. */
    private static final long HEAP_SLACK = 48L << 20;
    /**
     * Grizzly keeps a closed connection's objects (about 9 KB each) for up to a minute after the
     * socket is gone: a soak that opened 16,000 connections ended 42–60 MB above its warm-up and was
     * 30 MB above it a minute later. The heap is read again until then; what a leak keeps
     * stays.
     */
    private static final Duration HEAP_SETTLE = Duration.ofSeconds(120);

    private static final int THREAD_SLACK = 10;
    private static final int FD_SLACK = 20;
    private static final int POOL_SLACK = 4;
    /**
     * The pool grows with the load's peaks and gives idle connections back after this long: only a
     * connection never returned (a leak) keeps it above where it was.
     */
    private static final int POOL_IDLE_SECONDS = 10;

    /**
     * The database connections at the soak's first reading, 10 s in. The pool reaches the load's
     * working size in the first seconds, which the 15 s warm-up does not always do (4 connections
     * after it in one run, 10 in another, 10 all through both soaks), and Payara has been seen to keep
     * such a pool past its idle timeout: a leak is a count that goes on growing after this.
     */
    private volatile long poolEarlyInSoak = -1;

    private final Map<Integer, WebSocketProbe> open = new ConcurrentHashMap<>();
    private final AtomicInteger opened = new AtomicInteger();
    private volatile boolean churning;
    /** Which load a slot's cycle belongs to: the warm-up's cycles must not run on into the soak. */
    private final AtomicInteger generation = new AtomicInteger();

    @Test
    void aThousandConnectionsComingAndGoingLeaveHeapThreadsDescriptorsAndPoolFlat() throws Exception {
        int seconds = Integer.getInteger("ovoz.soak.seconds", 75);
        Files.createDirectories(DIR);
        File voting = DIR.resolve("ROOT.war").toFile();
        File chat = DIR.resolve("chat.war").toFile();
        Deployments.voting().as(ZipExporter.class).exportTo(voting, true);
        Deployments.chat().as(ZipExporter.class).exportTo(chat, true);
        String run = UUID.randomUUID().toString().substring(0, 8);
        MicroInstance server = MicroInstance.alone(
                "soak-" + run,
                MicroInstance.freePort(),
                DIR,
                List.of(voting, chat),
                Map.of(
                        "OVOZ_DB_URL",
                        System.getProperty("ovoz.it.db.url"),
                        "OVOZ_DB_USER",
                        System.getProperty("ovoz.it.db.user", ""),
                        "OVOZ_DB_PASSWORD",
                        System.getProperty("ovoz.it.db.password", ""),
                        "OVOZ_ADMIN_USERNAME",
                        AdminApi.USER,
                        "OVOZ_ADMIN_PASSWORD",
                        AdminApi.PASSWORD,
                        "OVOZ_DB_POOL_IDLE_TIMEOUT_SECONDS",
                        String.valueOf(POOL_IDLE_SECONDS)));
        StoredRows database = StoredRows.ofTestDatabase();
        ScheduledExecutorService clients = Executors.newScheduledThreadPool(8);
        try {
            server.awaitReady(Duration.ofSeconds(240));
            Endpoints endpoints = server.endpoints();
            List<String> links = events(new AdminApi(endpoints));
            List<ChatClient> users = new ArrayList<>();
            for (int i = 0; i < 10; i++) {
                users.add(ChatClient.signup(endpoints, "soak-" + run + "-" + i));
            }
            long room = users.get(0)
                    .createRoom(
                            "Soak " + run,
                            users.stream().skip(1).map(user -> user.username).toArray(String[]::new));

            // Warm-up: every code path once, the pools at their working size; then all clients gone
            Storm warmUp = load(endpoints, run + "w", links, users, room, clients, Duration.ofSeconds(15), null);
            Figures start = settle(server, database, warmUp);
            System.out.println("[soak] after the warm-up: " + start);

            Storm soak = load(
                    endpoints,
                    run,
                    links,
                    users,
                    room,
                    clients,
                    Duration.ofSeconds(seconds),
                    () -> System.out.println("[soak] " + reading(server, database) + ", " + open.size() + " open, "
                            + opened.get() + " opened"));
            Figures end = settle(server, database, soak);
            System.out.printf(
                    "[soak] %d s: %d connections opened, %d votes confirmed, %d messages acked, %d refusals;"
                            + " end %s%n",
                    seconds, opened.get(), soak.confirmed.size(), soak.acked.size(), soak.refusals.size(), end);

            assertTrue(opened.get() > CONNECTIONS * 2, "connections came and went: " + opened.get());
            assertTrue(
                    soak.confirmed.size() > seconds * 20L && soak.acked.size() > seconds * 10L,
                    "votes and messages all along: " + soak.confirmed.size() + ", " + soak.acked.size());
            long heapLimit = start.heap + Math.max(HEAP_SLACK, start.heap / 4);
            Figures settled = end;
            for (long deadline = System.nanoTime() + HEAP_SETTLE.toNanos();
                    settled.heap > heapLimit && System.nanoTime() < deadline; ) {
                Thread.sleep(10_000);
                settled = Figures.of(server, database, true);
                System.out.println("[soak] settling: " + settled);
            }
            assertTrue(settled.heap <= heapLimit, "heap after GC " + start + " -> " + end + " -> " + settled);
            assertTrue(end.threads <= start.threads + THREAD_SLACK, "live threads " + start + " -> " + end);
            assertTrue(end.fds <= start.fds + FD_SLACK, "open descriptors " + start + " -> " + end);
            long poolLimit = Math.max(start.pool, poolEarlyInSoak) + POOL_SLACK;
            FaultsIT.await(
                    "database connections back to " + poolLimit + " once idle (" + start + ", " + poolEarlyInSoak
                            + " early in the soak -> " + end + ")",
                    Duration.ofSeconds(POOL_IDLE_SECONDS * 9L),
                    () -> connectionsOf(database) <= poolLimit);
            assertEquals(0, end.connections, "no socket left registered once every client has gone");
        } finally {
            churning = false;
            clients.shutdownNow();
            server.stop();
        }
    }

    /** CONNECTIONS voter sockets with churn, plus a storm of votes and messages, for a while; then all closed. */
    private Storm load(
            Endpoints endpoints,
            String run,
            List<String> links,
            List<ChatClient> users,
            long room,
            ScheduledExecutorService clients,
            Duration length,
            Runnable every10s)
            throws Exception {
        int current = generation.incrementAndGet();
        churning = true;
        for (int slot = 0; slot < CONNECTIONS; slot++) {
            int chosen = slot;
            clients.schedule(
                    () -> cycle(clients, endpoints, links.get(chosen % links.size()), chosen, current),
                    chosen * 10L,
                    TimeUnit.MILLISECONDS);
        }
        Storm storm = new Storm(endpoints, run, Duration.ofMillis(200))
                .voters(5, links)
                .chatters(users, room);
        long endAt = System.nanoTime() + length.toNanos();
        while (System.nanoTime() < endAt) {
            Thread.sleep(Math.min(10_000, Math.max(1, (endAt - System.nanoTime()) / 1_000_000)));
            if (every10s != null) {
                every10s.run();
            }
        }
        churning = false;
        storm.finish();
        open.values().forEach(WebSocketProbe::close);
        return storm;
    }

    /** Opens a socket in a slot, keeps it open 2 to 8 seconds, closes it and opens the next. */
    private void cycle(ScheduledExecutorService clients, Endpoints endpoints, String link, int slot, int load) {
        if (!churning || generation.get() != load) {
            return;
        }
        try {
            WebSocketProbe socket = WebSocketProbe.connect(endpoints.ws("/ws/vote/" + link));
            opened.incrementAndGet();
            WebSocketProbe previous = open.put(slot, socket);
            if (previous != null) {
                previous.close();
            }
            // the load may have ended while this one connected: nobody else would close it
            if (!churning || generation.get() != load) {
                open.remove(slot, socket);
                socket.close();
                return;
            }
        } catch (Exception | AssertionError refused) {
            System.out.println("[soak] a connection failed: " + refused);
        }
        clients.schedule(
                () -> {
                    WebSocketProbe socket = open.remove(slot);
                    if (socket != null) {
                        socket.close();
                    }
                    cycle(clients, endpoints, link, slot, load);
                },
                ThreadLocalRandom.current().nextLong(2000, 8000),
                TimeUnit.MILLISECONDS);
    }

    /** Waits until the server has no client left, collects garbage, and reads the figures. */
    private Figures settle(MicroInstance server, StoredRows database, Storm storm) throws Exception {
        FaultsIT.await(
                "every socket closed on the server", Duration.ofSeconds(60), () -> Figures.connections(server) == 0);
        assertTrue(storm.refusals.isEmpty(), "answers other than a confirmation: " + storm.refusals);
        return Figures.of(server, database, true);
    }

    /** The figures during the soak; the first reading's database connections are kept. */
    private String reading(MicroInstance server, StoredRows database) {
        try {
            Figures now = Figures.of(server, database, false);
            if (poolEarlyInSoak < 0) {
                poolEarlyInSoak = now.pool;
            }
            return now.toString();
        } catch (Exception unreadable) {
            return "figures not readable: " + unreadable;
        }
    }

    private static int connectionsOf(StoredRows database) {
        try {
            return database.serverConnections();
        } catch (SQLException unreadable) {
            throw new IllegalStateException(unreadable);
        }
    }

    private static List<String> events(AdminApi admin) throws Exception {
        List<String> links = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            long candidate = admin.createCandidate("Soak " + UUID.randomUUID(), "Rector");
            JsonObject event = admin.createEvent("Soak " + i, "\"duration_sec\":3600", candidate);
            long id = event.getJsonNumber("id").longValue();
            admin.action(id, "start");
            // votes are taken while the candidate's countdown runs: the event's hour
            admin.ok("POST", "/events/" + id + "/timer", "{}");
            links.add(event.getString("link"));
        }
        return links;
    }

    /** The server's figures: used heap, live threads, open descriptors, database connections, sockets. */
    record Figures(long heap, long threads, long fds, long pool, long connections) {

        static Figures of(MicroInstance server, StoredRows database, boolean afterGc) throws Exception {
            if (afterGc) {
                // jcmd's GC.run is a System.gc() in the server: what stays is what is still referenced
                Process gc = new ProcessBuilder(
                                Path.of(System.getProperty("java.home"), "bin", "jcmd")
                                        .toString(),
                                String.valueOf(server.pid()),
                                "GC.run")
                        .redirectErrorStream(true)
                        .start();
                gc.getInputStream().readAllBytes();
                assertEquals(0, gc.waitFor(), "jcmd GC.run");
            }
            // Read from the process itself: MicroProfile Metrics names its base gauges differently by version
            long fds;
            try (var entries = Files.list(Path.of("/proc", String.valueOf(server.pid()), "fd"))) {
                fds = entries.count();
            }
            return new Figures(
                    usedHeap(server), threads(server), fds, database.serverConnections(), connections(server));
        }

        /** Used heap in bytes, as the JVM's {@code GC.heap_info} reports it. */
        private static long usedHeap(MicroInstance server) throws Exception {
            Process info = new ProcessBuilder(
                            Path.of(System.getProperty("java.home"), "bin", "jcmd")
                                    .toString(),
                            String.valueOf(server.pid()),
                            "GC.heap_info")
                    .redirectErrorStream(true)
                    .start();
            String text = new String(info.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            info.waitFor();
            Matcher used = Pattern.compile("used (\\d+)K").matcher(text);
            assertTrue(used.find(), "jcmd GC.heap_info: " + text);
            return Long.parseLong(used.group(1)) << 10;
        }

        /** The process's threads (Java and native), from /proc. */
        private static long threads(MicroInstance server) throws Exception {
            return Files.readAllLines(Path.of("/proc", String.valueOf(server.pid()), "status")).stream()
                    .filter(line -> line.startsWith("Threads:"))
                    .mapToLong(line -> Long.parseLong(line.replaceAll("\\D", "")))
                    .findFirst()
                    .orElseThrow();
        }

        static long connections(MicroInstance server) {
            try {
                return Math.round(
                        new MetricsScrape(server.endpoints().get("/metrics").body()).value("ovoz_connections"));
            } catch (Exception notNow) {
                return -1;
            }
        }

        @Override
        public String toString() {
            return String.format(
                    "heap %d MB, %d threads, %d fds, %d database connections, %d sockets",
                    heap >> 20, threads, fds, pool, connections);
        }
    }
}
