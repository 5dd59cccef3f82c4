package uz.ovoz.voting.live.control;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.inject.Inject;
import jakarta.websocket.CloseReason;
import jakarta.websocket.Session;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.atomic.AtomicInteger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import uz.ovoz.platform.metrics.OvozMetrics;
import uz.ovoz.platform.websocket.ClosingHandshake;
import uz.ovoz.platform.websocket.ConnectionsPerAddress;
import uz.ovoz.platform.websocket.Outbox;
import uz.ovoz.platform.websocket.Outboxes;
import uz.ovoz.platform.websocket.OverLimit;
import uz.ovoz.platform.websocket.PreparedFrame;

/**
 * The open voter and display sessions of every event on this instance. Sessions leave the moment
 * they close, so counts are always of live connections. Started with the application so that its
 * gauges are exported before the first connection.
 */
@Singleton
@Startup
// Tunables are range-checked (ovoz.live.broadcast-threads among them) before this sizes its threads
@DependsOn("ConfigCheck")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
// In memory only: no call of the hot path should begin and commit a transaction
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class SessionRegistry {

    /** The two kinds of live channel. */
    public enum Kind {
        VOTER,
        DISPLAY
    }

    // A share of a broadcast is at least this many recipients: for fewer a hand-off costs more than it saves
    private static final int SPLIT_AT = 1000;

    private final Map<Kind, Map<String, Map<String, Outbox>>> channels =
            Map.of(Kind.VOTER, new ConcurrentHashMap<>(), Kind.DISPLAY, new ConcurrentHashMap<>());
    private final AtomicInteger open = new AtomicInteger();

    @Inject
    @ConfigProperty(name = "ovoz.live.max-connections", defaultValue = "20000")
    int maxConnections;

    @Inject
    @ConfigProperty(name = "ovoz.live.max-connections-per-event", defaultValue = "10000")
    int maxPerEvent;

    // A hall has a few screens: an event's displays are capped far below its voters
    @Inject
    @ConfigProperty(name = "ovoz.live.max-displays-per-event", defaultValue = "200")
    int maxDisplaysPerEvent;

    @Inject
    @ConfigProperty(name = "ovoz.live.broadcast-threads", defaultValue = "2")
    int broadcastThreads;

    @Inject
    OvozMetrics metrics;

    // Threads of its own rather than the managed executor: no context capture per share, and a
    // broadcast made on a managed-executor thread (the voters' tally) never waits for that same pool
    @Resource
    ManagedThreadFactory threads;

    private ExecutorService shares;

    @EJB
    Outboxes outboxes;

    @EJB
    ClosingHandshake closing;

    @EJB
    ConnectionsPerAddress perAddress;

    @PostConstruct
    void registerGauges() {
        for (Kind kind : Kind.values()) {
            metrics.gauge("ovoz_connections", () -> count(kind), "kind", tag(kind));
            metrics.gauge("ovoz_events_with_connections", () -> eventsWithConnections(kind), "kind", tag(kind));
        }
        if (broadcastThreads > 1) {
            ThreadPoolExecutor pool = (ThreadPoolExecutor) Executors.newFixedThreadPool(broadcastThreads - 1, threads);
            // now rather than in the first large broadcast, which the first admin change after a start is
            pool.prestartAllCoreThreads();
            shares = pool;
        }
    }

    @PreDestroy
    void stopShares() {
        if (shares != null) {
            shares.shutdownNow();
        }
    }

    /**
     * Registers a session from the client at {@code address}.
     *
     * @throws OverLimit when this instance, this event or this address has no room for it
     */
    public Outbox join(Kind kind, String link, Session session, String address) throws OverLimit {
        Map<String, Outbox> event = channels.get(kind).computeIfAbsent(link, key -> new ConcurrentHashMap<>());
        if (event.size() >= (kind == Kind.DISPLAY ? maxDisplaysPerEvent : maxPerEvent)) {
            throw refusal(kind, OverLimit.Limit.EVENT);
        }
        if (open.incrementAndGet() > maxConnections) {
            open.decrementAndGet();
            throw refusal(kind, OverLimit.Limit.INSTANCE);
        }
        if (!perAddress.admit(session.getId(), address)) {
            open.decrementAndGet();
            throw refusal(kind, OverLimit.Limit.ADDRESS);
        }
        Outbox outbox = outboxes.open(session, () -> metrics.count("ovoz_send_failures", "kind", tag(kind)));
        event.put(session.getId(), outbox);
        metrics.count("ovoz_connects", "kind", tag(kind));
        return outbox;
    }

    private OverLimit refusal(Kind kind, OverLimit.Limit limit) {
        refused(kind, limit.reason());
        return new OverLimit(limit);
    }

    public void leave(Kind kind, String link, Session session) {
        Map<String, Outbox> event = channels.get(kind).get(link);
        if (event != null && event.remove(session.getId()) != null) {
            open.decrementAndGet();
            perAddress.release(session.getId());
            metrics.count("ovoz_disconnects", "kind", tag(kind));
        }
    }

    /**
     * Sends one frame, encoded once, to every session of the event. A large audience is split among
     * {@code ovoz.live.broadcast-threads} threads (this one included): each send is a socket write of
     * its own, and one thread alone took 0.4–0.55 s for 10,000 voters. Returns when every session has
     * been handed the frame, so broadcasts made one after another by one caller stay in order.
     */
    public void broadcast(Kind kind, String link, PreparedFrame frame) {
        long start = System.nanoTime();
        List<Outbox> recipients = List.copyOf(sessions(kind, link));
        List<List<Outbox>> parts = split(recipients, broadcastThreads, SPLIT_AT);
        List<Future<?>> others = new ArrayList<>();
        for (List<Outbox> share : parts.subList(1, parts.size())) {
            others.add(shares.submit(() -> send(share, frame)));
        }
        send(parts.get(0), frame);
        others.forEach(SessionRegistry::awaitQuietly);
        metrics.time("ovoz_broadcast", Duration.ofNanos(System.nanoTime() - start), "kind", tag(kind));
        metrics.record("ovoz_broadcast_recipients", recipients.size(), "kind", tag(kind));
    }

    /** Consecutive shares of at least {@code splitAt} each (one share for fewer), at most {@code threads} of them. */
    static <T> List<List<T>> split(List<T> all, int threads, int splitAt) {
        int parts = Math.max(1, Math.min(threads, all.size() / splitAt));
        int size = (all.size() + parts - 1) / parts;
        List<List<T>> shares = new ArrayList<>();
        for (int from = 0; from < all.size() || shares.isEmpty(); from += size) {
            shares.add(all.subList(from, Math.min(all.size(), from + size)));
        }
        return shares;
    }

    /**
     * Runs with the platform class loader as context loader: where a send still goes through Tyrus'
     * standard path, it makes the server capture the thread's context, which with the application's
     * loader means scanning its class path (measured about twice as slow).
     */
    private static void send(List<Outbox> recipients, PreparedFrame frame) {
        Thread thread = Thread.currentThread();
        ClassLoader application = thread.getContextClassLoader();
        thread.setContextClassLoader(ClassLoader.getPlatformClassLoader());
        try {
            recipients.forEach(outbox -> outbox.send(frame));
        } finally {
            thread.setContextClassLoader(application);
        }
    }

    private static void awaitQuietly(Future<?> part) {
        try {
            part.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException e) {
            // a send never throws for its peer (a failed peer is closed by its outbox); anything else is a bug
            throw new IllegalStateException("A broadcast share failed", e.getCause());
        }
    }

    /** Counts a connection refused before it joined (unknown event, event not running). */
    public void refused(Kind kind, String reason) {
        metrics.count("ovoz_refusals", "kind", tag(kind), "reason", reason);
    }

    static String tag(Kind kind) {
        return kind.name().toLowerCase();
    }

    public Collection<Outbox> sessions(Kind kind, String link) {
        Map<String, Outbox> event = channels.get(kind).get(link);
        return event == null ? List.of() : event.values();
    }

    public int count(Kind kind, String link) {
        return sessions(kind, link).size();
    }

    public int count(Kind kind) {
        return channels.get(kind).values().stream().mapToInt(Map::size).sum();
    }

    public long eventsWithConnections(Kind kind) {
        return channels.get(kind).values().stream()
                .filter(event -> !event.isEmpty())
                .count();
    }

    public Set<String> links(Kind kind) {
        return Set.copyOf(channels.get(kind).keySet());
    }

    /** Closes every session of an event (it was deleted); each client ends its connection. */
    public void closeAll(String link, CloseReason reason) {
        for (Kind kind : Kind.values()) {
            sessions(kind, link).forEach(outbox -> closing.close(outbox.session(), reason));
        }
    }
}
