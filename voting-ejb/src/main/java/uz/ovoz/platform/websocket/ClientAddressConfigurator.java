package uz.ovoz.platform.websocket;

import jakarta.websocket.HandshakeResponse;
import jakarta.websocket.server.HandshakeRequest;
import jakarta.websocket.server.ServerEndpointConfig;
import java.lang.reflect.Method;
import java.util.List;
import java.util.Map;

/**
 * Keeps what the handshake says about the client's address in the session's user properties:
 * the {@code X-Forwarded-For} headers and the peer's address. JSR-356 has no API for the peer;
 * Tyrus' handshake request ({@code org.glassfish.tyrus.core.RequestContext}) has the public
 * {@code getRemoteAddr()}, which it fills from the servlet request. Tyrus hands each handshake its own
 * copy of the user properties and gives that copy to the session (Tyrus 2.1), so nothing is shared
 * between connections. {@code uz.ovoz.platform.net.ClientAddresses} reads the properties. It also
 * makes each session's endpoint instance ({@link EndpointInstances}).
 */
public class ClientAddressConfigurator extends ServerEndpointConfig.Configurator {

    public static final String PEER = "uz.ovoz.client.peer";
    public static final String FORWARDED_FOR = "uz.ovoz.client.forwarded-for";
    /** Why the peer could not be read, for the log. */
    public static final String PROBLEM = "uz.ovoz.client.problem";

    @Override
    public void modifyHandshake(ServerEndpointConfig config, HandshakeRequest request, HandshakeResponse response) {
        super.modifyHandshake(config, request, response);
        Map<String, Object> properties = config.getUserProperties();
        properties.put(FORWARDED_FOR, forwardedFor(request.getHeaders()));
        try {
            Method remoteAddr = request.getClass().getMethod("getRemoteAddr");
            Object peer = remoteAddr.invoke(request);
            if (peer != null) {
                properties.put(PEER, peer.toString());
            } else {
                properties.put(PROBLEM, request.getClass().getName() + ".getRemoteAddr() returned null");
            }
        } catch (ReflectiveOperationException | RuntimeException e) {
            properties.put(PROBLEM, request.getClass().getName() + " has no getRemoteAddr(): " + e);
        }
    }

    /** One injection target per endpoint class instead of one per session: {@link EndpointInstances}. */
    @Override
    public <T> T getEndpointInstance(Class<T> endpointClass) throws InstantiationException {
        return EndpointInstances.create(endpointClass);
    }

    /** Header names are matched without regard to case, as HTTP says. */
    private static List<String> forwardedFor(Map<String, List<String>> headers) {
        for (Map.Entry<String, List<String>> header : headers.entrySet()) {
            if ("X-Forwarded-For".equalsIgnoreCase(header.getKey()) && header.getValue() != null) {
                return List.copyOf(header.getValue());
            }
        }
        return List.of();
    }
}
