package uz.ovoz.voting.ballot.rest;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import uz.ovoz.platform.error.Rejected;
import uz.ovoz.voting.ballot.boundary.BallotCodes;
import uz.ovoz.voting.event.boundary.EventAdmin;
import uz.ovoz.voting.event.rest.EventRequests;

/** An event's ballot codes under {@code /api/events/{id}/codes}: make more, list them. */
@Tag(name = "Events")
@SecurityRequirement(name = "admin")
@APIResponse(responseCode = "404", description = "No such event")
@Path("events/{id}/codes")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class CodesResource {

    @Inject
    EventAdmin admin;

    @Inject
    BallotCodes codes;

    @POST
    public EventRequests.Codes generate(@PathParam("id") long id, EventRequests.CodeCount body) {
        admin.find(id);
        if (body == null || body.count() == null || body.count() < 1 || body.count() > BallotCodes.MAX_PER_REQUEST) {
            throw Rejected.invalid("count must be between 1 and " + BallotCodes.MAX_PER_REQUEST);
        }
        return new EventRequests.Codes(codes.generate(id, body.count()));
    }

    @GET
    public EventRequests.Codes list(@PathParam("id") long id) {
        admin.find(id);
        return new EventRequests.Codes(codes.list(id));
    }
}
