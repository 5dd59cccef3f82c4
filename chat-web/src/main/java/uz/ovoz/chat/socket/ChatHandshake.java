package uz.ovoz.chat.socket;

import jakarta.websocket.HandshakeResponse;
import jakarta.websocket.Session;
import jakarta.websocket.server.HandshakeRequest;
import jakarta.websocket.server.ServerEndpointConfig;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import uz.ovoz.platform.websocket.ClientAddressConfigurator;

/**
 * The chat socket's handshake: besides the client's address, the token a client sent as
 * {@code Authorization: Bearer …} (clients that cannot set headers send {@code ?token=}, which wins).
 */
public class ChatHandshake extends ClientAddressConfigurator {

    static final String BEARER = "uz.ovoz.chat.bearer";
    private static final String PREFIX = "Bearer ";

    @Override
    public void modifyHandshake(ServerEndpointConfig config, HandshakeRequest request, HandshakeResponse response) {
        super.modifyHandshake(config, request, response);
        for (Map.Entry<String, List<String>> header : request.getHeaders().entrySet()) {
            if ("Authorization".equalsIgnoreCase(header.getKey()) && header.getValue() != null) {
                header.getValue().stream().filter(value -> value.regionMatches(true, 0, PREFIX, 0, PREFIX.length()))
                        .findFirst().ifPresent(value -> config.getUserProperties().put(BEARER,
                                value.substring(PREFIX.length()).strip()));
            }
        }
    }

    /** The token the client presented, if any. */
    static Optional<String> token(Session session) {
        List<String> query = session.getRequestParameterMap().get("token");
        if (query != null && !query.isEmpty()) {
            return Optional.of(query.get(0));
        }
        return Optional.ofNullable((String) session.getUserProperties().get(BEARER));
    }
}
