package uz.ovoz.platform.websocket;

import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.websocket.Session;
import java.lang.reflect.Field;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.nio.ByteBuffer;
import java.util.Optional;
import java.util.concurrent.Future;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import uz.ovoz.platform.metrics.OvozMetrics;

/**
 * Gives each session a {@link FrameWriter} that sends {@link PreparedFrame}s as they are, so that a
 * broadcast to 10,000 voters encodes its frame once instead of 10,000 times.
 * <p>
 * The standard API takes only a {@code String} and frames it anew for every session. Tyrus'
 * {@code TyrusWebSocket.sendRawFrame(ByteBuffer)} is public and is what Tyrus' own broadcast uses
 * (its broadcast reaches every session of the endpoint, that is every event, so we cannot use it);
 * the socket behind a session is the package-private field {@code webSocket} of Tyrus' remote
 * endpoint. If a Tyrus version lacks either, or the session negotiated an extension that changes
 * frames (compression), this logs once and sessions get the standard {@code sendText}.
 * {@code ovoz.live.prepared-frames=false} turns raw frames off.
 */
@Singleton
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
// In memory only: no call of the hot path should begin and commit a transaction
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class FrameWriters {

    private static final Logger LOG = Logger.getLogger(FrameWriters.class.getName());
    static final String SOCKET_FIELD = "webSocket";
    static final String SEND_RAW = "sendRawFrame";

    @Inject
    @ConfigProperty(name = "ovoz.live.prepared-frames", defaultValue = "true")
    boolean enabled;

    @Inject
    OvozMetrics metrics;

    // Every session is of the same Tyrus classes: looked up at the first, not per connection
    private volatile Optional<Access> tyrus;
    private volatile boolean warned;

    private record Access(Field socket, Method sendRaw) {}

    /** The session's writer; {@code ovoz_frame_writers{mode}} counts which kind sessions got. */
    public FrameWriter forSession(Session session) {
        Optional<FrameWriter> prepared = prepared(session);
        metrics.count("ovoz_frame_writers", "mode", prepared.isPresent() ? "prepared" : "standard");
        return prepared.orElseGet(() -> text(session));
    }

    /** The writer that sends frames as they are, where this Tyrus and the session allow it. */
    public Optional<FrameWriter> prepared(Session session) {
        if (enabled && session.getNegotiatedExtensions().isEmpty()) {
            return socketOf(session)
                    .map(socket -> raw(socket, tyrus.orElseThrow().sendRaw()));
        }
        return Optional.empty();
    }

    /** The standard API, one message at a time; the future of the last stands for all (they complete in order). */
    static FrameWriter text(Session session) {
        return frame -> {
            Future<?> last = null;
            for (String text : frame.texts()) {
                last = session.getAsyncRemote().sendText(text);
            }
            return last;
        };
    }

    private FrameWriter raw(Object socket, Method sendRaw) {
        return frame -> {
            try {
                return (Future<?>) sendRaw.invoke(socket, ByteBuffer.wrap(frame.wire()));
            } catch (InvocationTargetException e) {
                throw e.getCause() instanceof RuntimeException cause ? cause : new IllegalStateException(e.getCause());
            } catch (IllegalAccessException e) {
                throw new IllegalStateException(e);
            }
        };
    }

    private Optional<Object> socketOf(Session session) {
        Object remote = session.getAsyncRemote();
        Optional<Access> access = access(remote.getClass());
        if (access.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.ofNullable(access.get().socket().get(remote));
        } catch (IllegalAccessException | RuntimeException e) {
            warnOnce(remote.getClass(), e);
            return Optional.empty();
        }
    }

    private Optional<Access> access(Class<?> remoteType) {
        Optional<Access> known = tyrus;
        if (known == null) {
            try {
                Field socket = field(remoteType);
                socket.setAccessible(true);
                known = Optional.of(new Access(socket, socket.getType().getMethod(SEND_RAW, ByteBuffer.class)));
            } catch (NoSuchFieldException | NoSuchMethodException | RuntimeException e) {
                warnOnce(remoteType, e);
                known = Optional.empty();
            }
            tyrus = known;
        }
        return known;
    }

    static Field field(Class<?> type) throws NoSuchFieldException {
        for (Class<?> c = type; c != null; c = c.getSuperclass()) {
            for (Field field : c.getDeclaredFields()) {
                if (field.getName().equals(SOCKET_FIELD)) {
                    return field;
                }
            }
        }
        throw new NoSuchFieldException(type.getName() + "." + SOCKET_FIELD);
    }

    private void warnOnce(Class<?> type, Exception e) {
        if (!warned) {
            warned = true;
            LOG.log(
                    Level.WARNING,
                    "Prepared frames cannot be sent through {0} ({1}); every frame is encoded " + "for each session",
                    new Object[] {type.getName(), e.toString()});
        }
    }
}
