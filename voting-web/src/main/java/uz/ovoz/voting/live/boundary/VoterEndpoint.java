package uz.ovoz.voting.live.boundary;

import jakarta.inject.Inject;
import jakarta.websocket.OnMessage;
import jakarta.websocket.OnOpen;
import jakarta.websocket.Session;
import jakarta.websocket.server.PathParam;
import jakarta.websocket.server.ServerEndpoint;
import java.io.IOException;
import java.util.Optional;
import uz.ovoz.platform.json.JsonMessages;
import uz.ovoz.voting.event.boundary.Events;
import uz.ovoz.voting.event.entity.Event;
import uz.ovoz.voting.event.entity.EventStatus;

/**
 * A voter's phone, connected to one event by its link. Refuses unknown links (4004) and events
 * that are not running (4003), as the old system did.
 */
@ServerEndpoint("/ws/vote/{link}")
public class VoterEndpoint {

    @Inject
    Events events;

    @OnOpen
    public void open(Session session, @PathParam("link") String link) throws IOException {
        Optional<Event> event = events.byLink(link);
        if (event.isEmpty()) {
            session.close(CloseCodes.UNKNOWN_EVENT);
        } else if (event.get().getStatus() != EventStatus.ACTIVE) {
            session.close(CloseCodes.EVENT_NOT_ACTIVE);
        }
    }

    @OnMessage
    public void message(Session session, String text) {
        ServerFrame reply = JsonMessages.fromJson(text, ClientFrame.class)
                .map(frame -> answer(frame))
                .orElseGet(() -> new ServerFrame.Error("Message is not valid JSON"));
        session.getAsyncRemote().sendText(JsonMessages.toJson(reply));
    }

    private static ServerFrame answer(ClientFrame frame) {
        if ("ping".equals(frame.type())) {
            return new ServerFrame.Pong();
        }
        return new ServerFrame.Error("Unknown message type: " + frame.type());
    }
}
