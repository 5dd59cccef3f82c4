package uz.ovoz.platform.websocket;

import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.inject.Inject;
import jakarta.websocket.CloseReason;
import jakarta.websocket.Session;
import java.io.IOException;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Ends a socket the server has nothing more to say to (refused on open: unknown event, event not
 * running, instance full, bad chat token; or its event was deleted) so that the peer closes the
 * connection, not the server.
 * <p>
 * A close from the server makes Tyrus close the servlet connection at once, and Payara then recycles
 * the upgrade request: inside the open handler while its own thread still serves that request, or
 * later while a worker thread reads the peer's close reply. Either way the recycled objects can end up
 * serving another connection: measured here, about one handshake in 200 after a refused one never
 * got its 101 or got another request's {@code Sec-WebSocket-Accept}, with NullPointerExceptions from
 * Grizzly and Catalina in server.log. A close the peer starts is handled on the thread reading it, and
 * showed neither. So the close frame goes out as a raw frame (Tyrus still thinks the socket is open),
 * the peer answers with its own close, and Tyrus ends the connection on its read path. A peer that
 * has not answered after {@code ovoz.live.refusal-close-wait-ms} is closed by the server (outside the
 * open handler); where raw frames are not available, that delayed close is the only one. Peers that
 * fell behind or whose writes failed are still closed by the server at once: they may never answer.
 */
@Singleton
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
// In memory only: no call of the hot path should begin and commit a transaction
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class ClosingHandshake {

    private static final Logger LOG = Logger.getLogger(ClosingHandshake.class.getName());

    @Inject
    @ConfigProperty(name = "ovoz.live.refusal-close-wait-ms", defaultValue = "2000")
    long closeWaitMs;

    @EJB
    FrameWriters writers;

    @Resource
    ManagedScheduledExecutorService scheduler;

    /** Sends the close code and reason; the connection ends when the peer answers, or after the wait. */
    public void close(Session session, CloseReason reason) {
        Optional<FrameWriter> raw = writers.prepared(session);
        raw.ifPresent(writer -> writer.write(PreparedFrame.close(reason)));
        scheduler.schedule(() -> closeIfOpen(session, reason), closeWaitMs, TimeUnit.MILLISECONDS);
    }

    private static void closeIfOpen(Session session, CloseReason reason) {
        if (!session.isOpen()) {
            return;
        }
        try {
            session.close(reason);
        } catch (IOException | IllegalStateException alreadyGone) {
            LOG.log(Level.FINE, "A socket was gone before the server closed it", alreadyGone);
        }
    }
}
