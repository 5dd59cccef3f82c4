package uz.ovoz.voting.event.control;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/**
 * The HEMIS employee list as MicroProfile Rest Client sees it. The base URI is the list's own
 * address ({@code ovoz.hemis.url}), so the interface has no path of its own; {@link HemisPages}
 * builds the client from the application's keys rather than from {@code hemis/mp-rest/url}.
 */
@RegisterRestClient(configKey = "hemis")
public interface HemisApi {

    /**
     * One page of the list as the registry wrote it; {@link HemisPage} reads it leniently. A
     * status of 400 or more arrives as a {@code WebApplicationException}.
     *
     * @param authorization {@code Bearer <token>}, or null to send none
     */
    @GET
    @Produces(MediaType.APPLICATION_JSON)
    String page(
            @QueryParam("page") int page,
            @QueryParam("limit") int limit,
            @HeaderParam("Authorization") String authorization);
}
