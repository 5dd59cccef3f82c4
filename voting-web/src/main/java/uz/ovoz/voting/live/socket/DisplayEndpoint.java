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
import uz.ovoz.platform.json.JsonMessages;
import uz.ovoz.platform.websocket.ClientAddressConfigurator;
import uz.ovoz.platform.websocket.Outbox;
import uz.ovoz.voting.live.control.LiveEvents;
import uz.ovoz.voting.live.control.LiveFrame;
import uz.ovoz.voting.live.control.SessionRegistry.Kind;

/**
 * A big screen showing an event: read-only, in any status (a finished event shows its results).
 * Gets a {@code display_update} on open, on every change and when it sends the text {@code update}.
 */
@ServerEndpoint(value = "/ws/display/{link}", configurator = ClientAddressConfigurator.class)
public class DisplayEndpoint {

    @EJB
    LiveEvents events;

    @Inject
    LiveSockets sockets;

    private Outbox outbox;

    @OnOpen
    public void open(Session session, @PathParam("link") String link) {
        if (events.snapshot(link).isEmpty()) {
            sockets.refuse(Kind.DISPLAY, session, "unknown_event", CloseCodes.UNKNOWN_EVENT);
            return;
        }
        outbox = sockets.join(Kind.DISPLAY, link, session).orElse(null);
        if (outbox == null) {
            return;
        }
        events.showOnDisplay(link, frame -> outbox.send(JsonMessages.toJson(frame)));
    }

    @OnMessage(maxMessageSize = 4096)
    public void message(String text, @PathParam("link") String link) {
        if (outbox == null) {
            return;
        }
        String request = text.strip();
        if ("update".equals(request) || request.contains("\"update\"")) {
            events.showOnDisplay(link, frame -> outbox.send(JsonMessages.toJson(frame)));
        } else if (request.contains("\"ping\"")) {
            outbox.send(JsonMessages.toJson(new LiveFrame.Pong()));
        } else {
            outbox.send(JsonMessages.toJson(new LiveFrame.Error("Displays are read-only: send update or ping")));
        }
    }

    @OnClose
    public void close(Session session, CloseReason reason, @PathParam("link") String link) {
        sockets.leave(Kind.DISPLAY, link, session);
    }

    @OnError
    public void error(Session session, Throwable error, @PathParam("link") String link) {
        sockets.fail(Kind.DISPLAY, link, session);
    }
}
