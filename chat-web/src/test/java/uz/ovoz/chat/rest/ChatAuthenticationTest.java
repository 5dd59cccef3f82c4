package uz.ovoz.chat.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.Json;
import jakarta.json.JsonValue;
import jakarta.servlet.http.HttpServletRequest;
import java.lang.reflect.Proxy;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.junit.jupiter.api.Test;
import uz.ovoz.chat.control.ChatPrincipal;

class ChatAuthenticationTest {

    @Test
    void theApiTakesTheBearerHeaderOnlyAndTheSocketPrefersItsQuery() {
        assertEquals(Optional.of("abc"), ChatAuthentication.token(request("/api", "bearer abc ", "q")));
        assertEquals(Optional.empty(), ChatAuthentication.token(request("/api", null, "q")), "no ?token= on the API");
        assertEquals(Optional.of("q"), ChatAuthentication.token(request("/ws", "Bearer abc", "q")));
        assertEquals(Optional.of("abc"), ChatAuthentication.token(request("/ws", "Bearer abc", null)));
        assertEquals(Optional.empty(), ChatAuthentication.token(request("/ws", "Basic YTpi", "")));
        assertEquals(Optional.empty(), ChatAuthentication.token(request("/api", "Bearer ", null)));
    }

    @Test
    void theCallerIsTheTokensNameAndNumericUid() {
        assertEquals(
                Optional.of(new ChatPrincipal(42, "aziza")),
                ChatAuthentication.principal(token("aziza", Map.of("uid", Json.createValue(42)))));
        assertEquals(Optional.empty(), ChatAuthentication.principal(token("aziza", Map.of())), "no uid");
        assertEquals(
                Optional.empty(), ChatAuthentication.principal(token("aziza", Map.of("uid", Json.createValue("42")))));
        assertEquals(Optional.empty(), ChatAuthentication.principal(token(null, Map.of())), "unauthenticated");
    }

    private static HttpServletRequest request(String servletPath, String authorization, String query) {
        return (HttpServletRequest) Proxy.newProxyInstance(
                ChatAuthenticationTest.class.getClassLoader(),
                new Class<?>[] {HttpServletRequest.class},
                (proxy, method, args) -> switch (method.getName()) {
                    case "getServletPath" -> servletPath;
                    case "getHeader" -> "Authorization".equalsIgnoreCase((String) args[0]) ? authorization : null;
                    case "getParameter" -> "token".equals(args[0]) ? query : null;
                    default -> throw new UnsupportedOperationException(method.getName());
                });
    }

    private static JsonWebToken token(String name, Map<String, JsonValue> claims) {
        return new JsonWebToken() {
            @Override
            public String getName() {
                return name;
            }

            @Override
            public Set<String> getClaimNames() {
                return claims.keySet();
            }

            @Override
            @SuppressWarnings("unchecked")
            public <T> T getClaim(String claimName) {
                return (T) claims.get(claimName);
            }
        };
    }
}
