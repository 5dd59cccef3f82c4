package uz.ovoz.platform.rest;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import uz.ovoz.platform.error.Rejected;

/** Answers a refused request with its status and {@code {"error": message}}, as the old API did. */
@Provider
public class RejectedMapper implements ExceptionMapper<Rejected> {

    /** The error body of every API. */
    public record ErrorBody(String error) {}

    @Override
    public Response toResponse(Rejected rejected) {
        Response.ResponseBuilder response = Response.status(rejected.reason().status())
                .type(MediaType.APPLICATION_JSON_TYPE)
                .entity(new ErrorBody(rejected.getMessage()));
        if (rejected.retryAfterSeconds() > 0) {
            response.header("Retry-After", rejected.retryAfterSeconds());
        }
        return response.build();
    }
}
