package uz.ovoz.platform.web;

import jakarta.json.JsonException;
import jakarta.json.bind.JsonbException;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * A request body JSON-B cannot read (an array where an object belongs, a string where a number
 * does, text nested too deep) is the client's mistake: 400 with a message, where JAX-RS would
 * answer 500. Registered by both APIs ({@code jersey.config.server.provider.classnames}), as
 * providers in the business tier are not scanned in the EAR.
 */
public class UnreadableBody implements ExceptionMapper<ProcessingException> {

    private static final Logger LOG = Logger.getLogger(UnreadableBody.class.getName());

    /** Registers this mapper in an API's {@code Application.getProperties()}. */
    public static final String PROVIDERS = "jersey.config.server.provider.classnames";

    @Override
    public Response toResponse(ProcessingException failure) {
        if (!bodyUnreadable(failure)) {
            LOG.log(Level.WARNING, "A request failed", failure);
            return answer(500, "The server failed to handle this request; please try again");
        }
        // The parser's own message names the application's classes: the client gets a plain one
        return answer(400, "The request body is not JSON of the shape this resource takes");
    }

    private static boolean bodyUnreadable(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof JsonbException || cause instanceof JsonException) {
                return true;
            }
        }
        return false;
    }

    private static Response answer(int status, String message) {
        return Response.status(status)
                .type(MediaType.APPLICATION_JSON_TYPE)
                .entity(new ErrorPage.Body(message))
                .build();
    }
}
