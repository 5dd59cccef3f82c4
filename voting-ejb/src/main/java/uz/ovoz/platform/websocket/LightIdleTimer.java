package uz.ovoz.platform.websocket;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.inject.Inject;
import jakarta.websocket.Session;
import jakarta.websocket.WebSocketContainer;
import java.lang.reflect.Field;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Takes Tyrus' idle-timeout bookkeeping off Payara's managed executor.
 * <p>
 * Tyrus 2.1.5.payara-p2 reschedules a session's idle-timeout task on every frame sent or received,
 * even when no idle timeout is set (the task then runs at once and does nothing), on the executor its
 * container looked up as {@code java:comp/DefaultManagedScheduledExecutorService}. Every submission
 * there makes Payara capture thread context, including a {@code ServiceLoader} scan of the caller's
 * class path: about a quarter of the server's CPU in a 10,000-voter storm, and a tenth of a connect
 * (see docs/performance.md). This bean gives each session a {@link LightScheduler} instead, which
 * drops the do-nothing tasks and runs real idle timeouts and heartbeats on one thread of its own,
 * without context capture (their work, closing or pinging a socket, needs none).
 * <p>
 * Two private fields are replaced: the session's {@code service}, for the session at hand, and its
 * container's {@code managedScheduledExecutorService}, which Tyrus' session constructor reads (and
 * schedules the first idle task on) for every later session of that container. Tyrus' server
 * sessions are that executor's only users. If a Tyrus version lacks a field, this logs once and
 * leaves it as it is. {@code ovoz.live.light-idle-timer=false} turns it off.
 */
@Singleton
@Startup
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
// In memory only: no call of the hot path should begin and commit a transaction
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class LightIdleTimer {

    private static final Logger LOG = Logger.getLogger(LightIdleTimer.class.getName());
    static final TyrusField SESSION_EXECUTOR = new TyrusField("service");
    static final TyrusField CONTAINER_EXECUTOR = new TyrusField("managedScheduledExecutorService");

    @Inject
    @ConfigProperty(name = "ovoz.live.light-idle-timer", defaultValue = "true")
    boolean enabled;

    @Resource
    ManagedThreadFactory threads;

    private LightScheduler scheduler;
    private final Set<String> warned = ConcurrentHashMap.newKeySet();

    @PostConstruct
    void start() {
        scheduler = new LightScheduler(threads);
    }

    @PreDestroy
    void stop() {
        scheduler.shutdownNow();
    }

    /** Moves the session's idle timeout to the light scheduler; false when it stays on Tyrus' own. */
    public boolean apply(Session session) {
        if (!enabled) {
            return false;
        }
        WebSocketContainer container = session.getContainer();
        if (container != null) {
            replace(CONTAINER_EXECUTOR, container);
        }
        return replace(SESSION_EXECUTOR, session);
    }

    /** Puts the light scheduler into the object's field unless it is there already; false when it cannot. */
    boolean replace(TyrusField tyrusField, Object tyrusObject) {
        Optional<Field> field = tyrusField.in(tyrusObject.getClass());
        if (field.isEmpty()) {
            warnOnce(tyrusField, tyrusObject.getClass(), "no such field");
            return false;
        }
        try {
            if (field.get().get(tyrusObject) != scheduler) {
                field.get().set(tyrusObject, scheduler);
                if (tyrusField == CONTAINER_EXECUTOR) {
                    LOG.log(
                            Level.INFO,
                            "WebSocket sessions of {0} now start on the light idle-timeout scheduler",
                            tyrusObject);
                }
            }
            return true;
        } catch (ReflectiveOperationException | RuntimeException e) {
            warnOnce(tyrusField, tyrusObject.getClass(), e.toString());
            return false;
        }
    }

    LightScheduler scheduler() {
        return scheduler;
    }

    private void warnOnce(TyrusField field, Class<?> type, String why) {
        if (warned.add(field.name())) {
            LOG.log(
                    Level.WARNING,
                    "Tyrus'' idle-timeout executor {0} could not be replaced in {1} ({2}); "
                            + "WebSocket frames keep costing a managed-executor submission",
                    new Object[] {field.name(), type.getName(), why});
        }
    }
}
