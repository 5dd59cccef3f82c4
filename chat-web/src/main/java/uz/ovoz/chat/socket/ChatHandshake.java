package uz.ovoz.chat.socket;

import jakarta.enterprise.inject.spi.CDI;
import jakarta.websocket.HandshakeResponse;
import jakarta.websocket.Session;
import jakarta.websocket.server.HandshakeRequest;
import jakarta.websocket.server.ServerEndpointConfig;
import java.util.Optional;
import org.eclipse.microprofile.jwt.JsonWebToken;
import uz.ovoz.chat.control.ChatPrincipal;
import uz.ovoz.chat.rest.ChatAuthentication;
import uz.ovoz.platform.websocket.ClientAddressConfigurator;

/**
 * The chat socket's handshake: besides the client's address, the chat user whose token
 * ({@code ?token=} or {@code Authorization: Bearer …}) Payara's MicroProfile JWT accepted for the
 * upgrade request ({@link ChatAuthentication}). It is read here, during the HTTP request, where the
 * request's {@link JsonWebToken} is still the caller's.
 */
public class ChatHandshake extends ClientAddressConfigurator {

    static final String CALLER = "uz.ovoz.chat.caller";

    @Override
    public void modifyHandshake(ServerEndpointConfig config, HandshakeRequest request, HandshakeResponse response) {
        super.modifyHandshake(config, request, response);
        Optional<ChatPrincipal> caller = ChatAuthentication.principal(
                CDI.current().select(JsonWebToken.class).get());
        if (caller.isPresent()) {
            config.getUserProperties().put(CALLER, caller.get());
        } else {
            config.getUserProperties().remove(CALLER);
        }
    }

    /** The user the socket's token names, if it was valid. */
    static Optional<ChatPrincipal> caller(Session session) {
        return Optional.ofNullable((ChatPrincipal) session.getUserProperties().get(CALLER));
    }
}
