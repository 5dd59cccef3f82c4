package uz.ovoz.voting.event.rest;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import uz.ovoz.voting.event.boundary.EventAdmin;
import uz.ovoz.voting.event.boundary.EventLineup;
import uz.ovoz.voting.event.entity.Event;

/** Candidates voted on together, under {@code /api/events/{id}/groups}. */
@Tag(name = "Events")
@SecurityRequirement(name = "admin")
@APIResponse(responseCode = "404", description = "No such event, candidate or group")
@Path("events/{id}/groups")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class GroupsResource {

    @Inject
    EventAdmin admin;

    @Inject
    EventLineup lineup;

    @Inject
    EventViews views;

    @POST
    public EventView group(@PathParam("id") long id, EventRequests.CandidateIds body) {
        Event event = admin.find(id);
        lineup.group(event, EventRequests.CandidateIds.required(body));
        return views.of(event);
    }

    @DELETE
    @Path("{groupNo}")
    public EventView ungroup(@PathParam("id") long id, @PathParam("groupNo") int groupNo) {
        Event event = admin.find(id);
        lineup.ungroup(event, groupNo);
        return views.of(event);
    }
}
