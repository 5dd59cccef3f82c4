package uz.ovoz.voting.event.rest;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import uz.ovoz.platform.error.Rejected;
import uz.ovoz.voting.event.boundary.EventAdmin;
import uz.ovoz.voting.event.entity.Event;

/**
 * The admin API of events under {@code /api/events}: the events themselves and running them. The
 * running order, groups, results, ballot codes and the move to the next candidate have resources of
 * their own under {@code /api/events/{id}/…}. Errors are {@code {"error": …}} with 400, 404
 * or 409.
 */
@Tag(name = "Events", description = "Run events: running order, timer, next candidate, results, ballot codes")
@SecurityRequirement(name = "admin")
@Path("events")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class EventsResource {

    @Inject
    EventAdmin admin;

    @Inject
    EventViews views;

    @Context
    UriInfo uri;

    @GET
    public List<EventView> all() {
        return admin.all().stream().map(this::view).toList();
    }

    @POST
    public Response create(EventRequests.Settings body) {
        EventView created = view(admin.create(required(body).settings()));
        return Response.created(uri.getAbsolutePathBuilder()
                        .path(String.valueOf(created.id()))
                        .build())
                .entity(created)
                .build();
    }

    @GET
    @Path("{id}")
    public EventView get(@PathParam("id") long id) {
        return view(admin.find(id));
    }

    @PUT
    @Path("{id}")
    public EventView update(@PathParam("id") long id, EventRequests.Settings body) {
        return view(admin.update(id, required(body).settings()));
    }

    @DELETE
    @Path("{id}")
    public Response delete(@PathParam("id") long id) {
        admin.delete(id);
        return Response.noContent().build();
    }

    @POST
    @Path("{id}/duplicate")
    public Response duplicate(@PathParam("id") long id) {
        EventView copy = view(admin.duplicate(id));
        return Response.created(uri.getBaseUriBuilder()
                        .path("events")
                        .path(String.valueOf(copy.id()))
                        .build())
                .entity(copy)
                .build();
    }

    @POST
    @Path("{id}/reset")
    public EventView reset(@PathParam("id") long id) {
        return view(admin.reset(id));
    }

    @POST
    @Path("{id}/archive")
    public EventView archive(@PathParam("id") long id) {
        return view(admin.archive(id));
    }

    @POST
    @Path("{id}/start")
    public EventView start(@PathParam("id") long id) {
        return view(admin.start(id));
    }

    @POST
    @Path("{id}/stop")
    public EventView stop(@PathParam("id") long id) {
        return view(admin.stop(id));
    }

    @POST
    @Path("{id}/current")
    public EventView current(@PathParam("id") long id, EventRequests.Index body) {
        if (body == null || body.index() == null) {
            throw Rejected.invalid("index is required");
        }
        return view(admin.setCurrent(id, body.index()));
    }

    @POST
    @Path("{id}/timer")
    public EventView timer(@PathParam("id") long id, EventRequests.Timer body) {
        return view(admin.startTimer(id, body == null ? null : body.durationSec()));
    }

    @DELETE
    @Path("{id}/votes")
    public EventRequests.Cleared clearVotes(@PathParam("id") long id, @QueryParam("candidate_id") Long candidateId) {
        if (candidateId == null) {
            throw Rejected.invalid("candidate_id is required");
        }
        return new EventRequests.Cleared(admin.clearVotes(id, candidateId));
    }

    private EventView view(Event event) {
        return views.of(event);
    }

    private static EventRequests.Settings required(EventRequests.Settings body) {
        if (body == null) {
            throw Rejected.invalid("A JSON body is required");
        }
        return body;
    }
}
