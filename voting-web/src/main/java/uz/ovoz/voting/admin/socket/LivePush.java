package uz.ovoz.voting.admin.socket;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.websocket.Session;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import uz.ovoz.platform.websocket.FrameWriters;
import uz.ovoz.platform.websocket.Outbox;
import uz.ovoz.voting.ballot.control.TallyBoard;
import uz.ovoz.voting.live.control.SessionRegistry;
import uz.ovoz.voting.live.control.SessionRegistry.Kind;

/**
 * Tells open console pages that connection counts or tallies moved, at most once a second and only
 * when they did; the pages then re-render their live parts. One comparison a second costs nothing
 * next to re-rendering on a timer in every browser.
 *
 * <p>A plain WebSocket endpoint ({@link ConsoleLiveEndpoint}) carries it rather than Faces'
 * {@code f:websocket}: registering the Faces push endpoint made Tyrus intermittently answer 404 to
 * the voter channel's handshakes on Payara 6.
 */
@ApplicationScoped
public class LivePush {

    static final String MOVED = "moved";
    private static final int OUTBOX_LIMIT = 4;
    private static final Logger LOG = Logger.getLogger(LivePush.class.getName());

    @EJB
    SessionRegistry registry;

    @EJB
    TallyBoard tallies;

    @EJB
    FrameWriters writers;

    @Resource
    ManagedScheduledExecutorService scheduler;

    private final Map<String, Outbox> pages = new ConcurrentHashMap<>();
    private ScheduledFuture<?> watch;
    private volatile String lastSeen = "";

    void start(@Observes @Initialized(ApplicationScoped.class) Object started) {
        watch = scheduler.scheduleWithFixedDelay(this::pushIfMoved, 1, 1, TimeUnit.SECONDS);
        LOG.info("Console pages are told of connection and tally changes once a second");
    }

    @PreDestroy
    void stop() {
        if (watch != null) {
            watch.cancel(false);
        }
    }

    void listen(Session page) {
        pages.put(
                page.getId(),
                new Outbox(
                        page,
                        writers.forSession(page),
                        // a console page gets one word per push: the frame limit alone bounds it
                        new Outbox.Backlog(OUTBOX_LIMIT, Long.MAX_VALUE),
                        () -> forget(page),
                        reason -> forget(page)));
    }

    void forget(Session page) {
        pages.remove(page.getId());
    }

    void pushIfMoved() {
        try {
            String now = snapshot();
            if (!now.equals(lastSeen)) {
                lastSeen = now;
                LOG.log(Level.FINE, "Live figures moved: {0}", now);
                pages.values().forEach(page -> page.send(MOVED));
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Console live update failed", e);
        }
    }

    private String snapshot() {
        Set<String> links = new HashSet<>(registry.links(Kind.VOTER));
        links.addAll(registry.links(Kind.DISPLAY));
        TreeMap<String, String> counts = new TreeMap<>();
        for (String link : links) {
            counts.put(link, registry.count(Kind.VOTER, link) + "/" + registry.count(Kind.DISPLAY, link));
        }
        return tallies.changes() + " " + counts;
    }
}
