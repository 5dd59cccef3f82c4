package uz.ovoz.chat.rest;

import jakarta.json.bind.Jsonb;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ContextResolver;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import uz.ovoz.platform.error.Rejected;
import uz.ovoz.platform.json.JsonMessages;

/** Answers a refused chat request with its status and {@code {"error": message}}, as the old chat did. */
@Provider
public class ChatErrors implements ExceptionMapper<Rejected>, ContextResolver<Jsonb> {

    /** The error body. */
    public record Body(String error) {}

    @Override
    public Response toResponse(Rejected rejected) {
        Response response = response(rejected.reason().status(), rejected.getMessage());
        if (rejected.retryAfterSeconds() > 0) {
            response.getHeaders().add("Retry-After", rejected.retryAfterSeconds());
        }
        return response;
    }

    static Response response(int status, String message) {
        return Response.status(status)
                .type(MediaType.APPLICATION_JSON_TYPE)
                .entity(new Body(message))
                .build();
    }

    /** The application's one JSON-B instance for the chat API too. */
    @Override
    public Jsonb getContext(Class<?> type) {
        return JsonMessages.jsonb();
    }
}
