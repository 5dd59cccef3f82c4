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
import java.lang.reflect.Field;
import java.util.Optional;
import java.util.concurrent.ScheduledExecutorService;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Takes Tyrus' idle-timeout bookkeeping off Payara's managed executor.
 * <p>
 * Tyrus 2.1.5.payara-p2 reschedules a session's idle-timeout task on every frame sent or received,
 * even when no idle timeout is set (the task then runs at once and does nothing), on the executor it
 * looked up as {@code java:comp/DefaultManagedScheduledExecutorService}. Every submission there makes
 * Payara capture thread context, including a {@code ServiceLoader} scan of the caller's class path:
 * about a quarter of the server's CPU in a 10,000-voter storm (see docs/performance.md). This bean gives each session
 * a {@link LightScheduler} instead, which drops the do-nothing tasks and runs real idle timeouts and
 * heartbeats on one thread of its own, without context capture (their work, closing or pinging a
 * socket, needs none).
 * <p>
 * The executor is Tyrus' private field {@code service}; if a Tyrus version lacks it, this logs once
 * and leaves sessions as they are. {@code ovoz.live.light-idle-timer=false} turns it off.
 */
@Singleton
@Startup
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
// In memory only: no call of the hot path should begin and commit a transaction
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class LightIdleTimer {

    private static final Logger LOG = Logger.getLogger(LightIdleTimer.class.getName());
    static final String FIELD = "service";

    @Inject
    @ConfigProperty(name = "ovoz.live.light-idle-timer", defaultValue = "true")
    boolean enabled;

    @Resource
    ManagedThreadFactory threads;

    private LightScheduler scheduler;
    private volatile boolean warned;
    // Every session is of the same Tyrus class: its field is looked up at the first, not per connection
    private volatile Optional<Field> tyrusField;

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
        Optional<Field> field = tyrusField(session.getClass());
        if (field.isEmpty()) {
            return false;
        }
        try {
            field.get().set(session, scheduler);
            return true;
        } catch (ReflectiveOperationException | RuntimeException e) {
            warnOnce(session.getClass(), e);
            return false;
        }
    }

    private Optional<Field> tyrusField(Class<?> type) {
        Optional<Field> known = tyrusField;
        if (known == null) {
            try {
                Field field = field(type);
                field.setAccessible(true);
                known = Optional.of(field);
            } catch (NoSuchFieldException | RuntimeException e) {
                warnOnce(type, e);
                known = Optional.empty();
            }
            tyrusField = known;
        }
        return known;
    }

    private void warnOnce(Class<?> type, Exception e) {
        if (!warned) {
            warned = true;
            LOG.log(
                    Level.WARNING,
                    "Tyrus'' idle-timeout executor could not be replaced in {0} ({1}); "
                            + "every WebSocket frame keeps costing a managed-executor submission",
                    new Object[] {type.getName(), e.toString()});
        }
    }

    static Field field(Class<?> type) throws NoSuchFieldException {
        for (Class<?> c = type; c != null; c = c.getSuperclass()) {
            for (Field field : c.getDeclaredFields()) {
                if (field.getName().equals(FIELD) && field.getType() == ScheduledExecutorService.class) {
                    return field;
                }
            }
        }
        throw new NoSuchFieldException(type.getName() + "." + FIELD);
    }
}
