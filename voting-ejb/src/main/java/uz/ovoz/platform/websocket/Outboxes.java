package uz.ovoz.platform.websocket;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.websocket.PongMessage;
import jakarta.websocket.Session;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import uz.ovoz.platform.metrics.OvozMetrics;

/**
 * Makes the {@link Outbox} of every voter, display and chat socket (Tyrus' idle timer moved off the
 * managed executor, frames sent prepared, a backlog of {@code ovoz.live.outbox-limit} frames and
 * {@code ovoz.live.outbox-limit-kb} kilobytes) and, once a second, closes
 * those whose oldest unwritten frame has waited {@code ovoz.live.write-stall-seconds}, pings those
 * silent for {@code ovoz.live.ping-seconds} and closes those that answered no ping for
 * {@code ovoz.live.idle-seconds}. Each socket the server closes is counted in
 * {@code ovoz_connections_dropped{reason}}.
 */
@Singleton
@Startup
// Tunables (ovoz.live.outbox-limit…, ovoz.live.write-stall-seconds) are range-checked before the first outbox
@DependsOn("ConfigCheck")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
// In memory only: no call of the hot path should begin and commit a transaction
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class Outboxes {

    private static final Logger LOG = Logger.getLogger(Outboxes.class.getName());

    private final Set<Outbox> open = ConcurrentHashMap.newKeySet();

    @Inject
    @ConfigProperty(name = "ovoz.live.outbox-limit", defaultValue = "256")
    int limit;

    @Inject
    @ConfigProperty(name = "ovoz.live.outbox-limit-kb", defaultValue = "256")
    long limitKb;

    @Inject
    @ConfigProperty(name = "ovoz.live.write-stall-seconds", defaultValue = "10")
    long writeStallSeconds;

    @Inject
    @ConfigProperty(name = "ovoz.live.ping-seconds", defaultValue = "30")
    long pingSeconds;

    @Inject
    @ConfigProperty(name = "ovoz.live.idle-seconds", defaultValue = "90")
    long idleSeconds;

    @EJB
    LightIdleTimer idleTimer;

    @EJB
    FrameWriters writers;

    @Inject
    OvozMetrics metrics;

    @Resource
    TimerService timerService;

    @PostConstruct
    void start() {
        timerService.createIntervalTimer(1000, 1000, new TimerConfig("outbox-pass", false));
    }

    /** The socket's outbox; {@code onFailure} runs when a frame cannot be written or the peer falls behind. */
    public Outbox open(Session session, Runnable onFailure) {
        idleTimer.apply(session);
        Outbox outbox = new Outbox(
                session,
                writers.forSession(session),
                new Outbox.Backlog(limit, limitKb * 1024),
                onFailure,
                reason -> metrics.count("ovoz_connections_dropped", "reason", reason));
        session.addMessageHandler(PongMessage.class, pong -> outbox.heard());
        open.add(outbox);
        return outbox;
    }

    @Timeout
    void pass() {
        Outbox.Closed closed = Outbox.pass(
                open,
                TimeUnit.SECONDS.toNanos(writeStallSeconds),
                TimeUnit.SECONDS.toNanos(pingSeconds),
                TimeUnit.SECONDS.toNanos(idleSeconds));
        if (closed.stalled() > 0) {
            LOG.log(
                    Level.WARNING,
                    "Closed {0} sockets whose frames waited more than {1} s to be written",
                    new Object[] {closed.stalled(), writeStallSeconds});
        }
        if (closed.silent() > 0) {
            LOG.log(Level.INFO, "Closed {0} sockets that answered no ping for {1} s", new Object[] {
                closed.silent(), idleSeconds
            });
        }
    }
}
