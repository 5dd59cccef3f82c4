package uz.ovoz.voting.live.socket;

import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.websocket.CloseReason;
import jakarta.websocket.OnClose;
import jakarta.websocket.OnError;
import jakarta.websocket.OnMessage;
import jakarta.websocket.OnOpen;
import jakarta.websocket.Session;
import jakarta.websocket.server.PathParam;
import jakarta.websocket.server.ServerEndpoint;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import uz.ovoz.platform.json.JsonMessages;
import uz.ovoz.platform.metrics.OvozMetrics;
import uz.ovoz.platform.rate.TokenBucket;
import uz.ovoz.platform.websocket.ClientAddressConfigurator;
import uz.ovoz.platform.websocket.Outbox;
import uz.ovoz.voting.ballot.boundary.Refusal;
import uz.ovoz.voting.event.control.EventSnapshot;
import uz.ovoz.voting.event.entity.EventStatus;
import uz.ovoz.voting.live.control.LiveEvents;
import uz.ovoz.voting.live.control.LiveFrame;
import uz.ovoz.voting.live.control.LiveFrames;
import uz.ovoz.voting.live.control.SessionRegistry.Kind;

/**
 * A voter's phone, connected to one event by its link. Refuses unknown links (4004), events that
 * are not running (4003) and connections over the limits (1013); sends the full current state on
 * open, so a reconnecting phone needs nothing it may have missed.
 */
@ServerEndpoint(value = "/ws/vote/{link}", configurator = ClientAddressConfigurator.class)
public class VoterEndpoint {

    private static final Logger LOG = Logger.getLogger(VoterEndpoint.class.getName());

    @EJB
    LiveEvents events;

    @Inject
    LiveSockets sockets;

    @Inject
    LiveFrames frames;

    @Inject
    VoterMessages messages;

    @Inject
    OvozMetrics metrics;

    @Inject
    @ConfigProperty(name = "ovoz.live.max-frame-length", defaultValue = "2048")
    int maxFrameLength;

    @Inject
    @ConfigProperty(name = "ovoz.live.frames-per-second", defaultValue = "10")
    int framesPerSecond;

    @Inject
    @ConfigProperty(name = "ovoz.live.frames-burst", defaultValue = "20")
    int framesBurst;

    private Outbox outbox;
    private TokenBucket frameBudget;

    @OnOpen
    public void open(Session session, @PathParam("link") String link) {
        Optional<EventSnapshot> event = events.snapshot(link);
        if (event.isPresent() && event.get().status() != EventStatus.ACTIVE) {
            // the event may have started on another instance a moment ago
            event = events.reload(link);
        }
        if (event.isEmpty()) {
            sockets.refuse(Kind.VOTER, session, "unknown_event", CloseCodes.UNKNOWN_EVENT);
            return;
        }
        if (event.get().status() != EventStatus.ACTIVE) {
            sockets.refuse(Kind.VOTER, session, "not_active", CloseCodes.EVENT_NOT_ACTIVE);
            return;
        }
        outbox = sockets.join(Kind.VOTER, link, session).orElse(null);
        if (outbox == null) {
            return;
        }
        frameBudget = new TokenBucket(framesPerSecond, framesBurst);
        EventSnapshot snapshot = event.get();
        outbox.send(JsonMessages.toJson(frames.currentCandidate(snapshot)));
        snapshot.current()
                .flatMap(current -> frames.tally(snapshot, current.candidateId()))
                .ifPresent(tally -> outbox.send(JsonMessages.toJson(tally)));
    }

    // Larger than the frames we accept, so that an oversized frame gets an error, not a closed socket
    @OnMessage(maxMessageSize = 65536)
    public void message(Session session, String text, @PathParam("link") String link) {
        if (outbox == null) {
            return;
        }
        if (!frameBudget.tryTake()) {
            metrics.count("ovoz_frames_refused", "reason", "rate_limited");
            outbox.send(JsonMessages.toJson(LiveFrame.Error.of("rate_limited", "Too many messages: slow down")));
            return;
        }
        try {
            messages.handle(link, ClientMessage.parse(text, maxFrameLength), session, outbox);
        } catch (Refusal refusal) {
            metrics.count("ovoz_frames_refused", "reason", refusal.reason());
            outbox.send(JsonMessages.toJson(LiveFrame.Error.of(refusal.reason(), refusal.getMessage())));
        } catch (RuntimeException failure) {
            // The database failed under one frame (a ballot code, say): the voter keeps the socket, still
            // counted and still receiving broadcasts, and may send the frame again
            LOG.log(Level.WARNING, "A voter frame failed on event " + link, failure);
            metrics.count("ovoz_frames_refused", "reason", "server_error");
            outbox.send(JsonMessages.toJson(
                    LiveFrame.Error.of("server_error", "The server could not handle this message; please try again")));
        }
    }

    @OnClose
    public void close(Session session, CloseReason reason, @PathParam("link") String link) {
        sockets.leave(Kind.VOTER, link, session);
    }

    /** A socket the registry no longer counts must not stay open: the voter reconnects and gets the state anew. */
    @OnError
    public void error(Session session, Throwable error, @PathParam("link") String link) {
        sockets.fail(Kind.VOTER, link, session);
    }
}
