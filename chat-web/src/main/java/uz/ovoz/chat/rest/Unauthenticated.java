package uz.ovoz.chat.rest;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.NotAuthorizedException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/**
 * Payara's {@code @RolesAllowed} filter refuses a caller without a valid token with an empty 401;
 * chat clients get the old chat's body: "Missing token" when no {@code Authorization} header came,
 * "Invalid or expired token" otherwise.
 */
@Provider
public class Unauthenticated implements ExceptionMapper<NotAuthorizedException> {

    @Context
    HttpServletRequest request;

    @Override
    public Response toResponse(NotAuthorizedException refused) {
        return ChatErrors.response(
                401,
                request.getHeader(HttpHeaders.AUTHORIZATION) == null ? "Missing token" : "Invalid or expired token");
    }
}
