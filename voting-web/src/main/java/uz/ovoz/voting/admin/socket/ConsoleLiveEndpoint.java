package uz.ovoz.voting.admin.socket;

import jakarta.inject.Inject;
import jakarta.websocket.CloseReason;
import jakarta.websocket.OnClose;
import jakarta.websocket.OnError;
import jakarta.websocket.OnOpen;
import jakarta.websocket.Session;
import jakarta.websocket.server.ServerEndpoint;

/**
 * The console pages' live channel: a socket that hears {@value LivePush#MOVED} when connection counts
 * or tallies changed, so the page re-renders its live parts. Under {@code /admin}, so the
 * handshake needs an admin's console session like every console page.
 */
@ServerEndpoint("/admin/live")
public class ConsoleLiveEndpoint {

    @Inject
    LivePush push;

    @OnOpen
    public void open(Session session) {
        push.listen(session);
    }

    @OnClose
    public void close(Session session, CloseReason reason) {
        push.forget(session);
    }

    @OnError
    public void error(Session session, Throwable error) {
        push.forget(session);
    }
}
