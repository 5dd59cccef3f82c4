package uz.ovoz.voting.ballot.rest;

import jakarta.inject.Inject;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import uz.ovoz.voting.ballot.boundary.NextCandidate;
import uz.ovoz.voting.event.rest.EventView;
import uz.ovoz.voting.event.rest.EventViews;

/**
 * {@code POST /api/events/{id}/next}: on to the next candidate that still needs votes; past the last
 * one the event finishes.
 */
@Tag(name = "Events")
@SecurityRequirement(name = "admin")
@APIResponse(responseCode = "404", description = "No such event")
@Path("events/{id}/next")
@Produces(MediaType.APPLICATION_JSON)
public class NextCandidateResource {

    @Inject
    NextCandidate nextCandidate;

    @Inject
    EventViews views;

    @POST
    public EventView next(@PathParam("id") long id) {
        return views.of(nextCandidate.move(id));
    }
}
