package uz.ovoz.voting.ballot.rest;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import uz.ovoz.voting.ballot.boundary.EventResults;
import uz.ovoz.voting.event.boundary.EventAdmin;

/** {@code GET /api/events/{id}/results}: the event's results, counted from the stored votes. */
@Tag(name = "Events")
@SecurityRequirement(name = "admin")
@APIResponse(responseCode = "404", description = "No such event")
@Path("events/{id}/results")
@Produces(MediaType.APPLICATION_JSON)
public class ResultsResource {

    @Inject
    EventAdmin admin;

    @Inject
    EventResults results;

    @GET
    public List<ResultRow> results(@PathParam("id") long id) {
        return ResultRow.all(results.of(admin.find(id)));
    }
}
