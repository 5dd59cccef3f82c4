package uz.ovoz.voting.event.rest;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import uz.ovoz.platform.error.Rejected;
import uz.ovoz.voting.event.boundary.EventAdmin;
import uz.ovoz.voting.event.boundary.EventLineup;
import uz.ovoz.voting.event.entity.Event;

/** An event's running order under {@code /api/events/{id}/candidates}: add, remove, reorder. */
@Tag(name = "Events")
@SecurityRequirement(name = "admin")
@Path("events/{id}/candidates")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class LineupResource {

    @Inject
    EventAdmin admin;

    @Inject
    EventLineup lineup;

    @Inject
    EventViews views;

    @POST
    public EventView add(@PathParam("id") long id, EventRequests.CandidateRef body) {
        if (body == null || body.candidateId() == null) {
            throw Rejected.invalid("candidate_id is required");
        }
        Event event = admin.find(id);
        lineup.add(event, body.candidateId());
        return views.of(event);
    }

    @DELETE
    @Path("{candidateId}")
    public EventView remove(@PathParam("id") long id, @PathParam("candidateId") long candidateId) {
        Event event = admin.find(id);
        lineup.remove(event, candidateId);
        return views.of(event);
    }

    @PUT
    @Path("order")
    public EventView reorder(@PathParam("id") long id, EventRequests.CandidateIds body) {
        Event event = admin.find(id);
        lineup.reorder(event, EventRequests.CandidateIds.required(body));
        return views.of(event);
    }
}
