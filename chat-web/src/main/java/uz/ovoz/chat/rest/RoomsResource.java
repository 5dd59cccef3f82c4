package uz.ovoz.chat.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import uz.ovoz.chat.boundary.ChatRooms;
import uz.ovoz.chat.control.ChatFrame;
import uz.ovoz.chat.control.ChatPrincipal;
import uz.ovoz.chat.control.ChatTokens;
import uz.ovoz.chat.entity.ChatRoom;
import uz.ovoz.platform.error.Rejected;

/**
 * Rooms under {@code /chat/api}: create, list mine, invite, leave, history. Only for holders of a chat
 * token: Payara's MicroProfile JWT checks it ({@link ChatAuthentication}) and its {@code @RolesAllowed}
 * filter refuses everyone else ({@link Unauthenticated}).
 */
@Tag(name = "Chat rooms", description = "Rooms, members and history; needs a bearer token")
@APIResponse(responseCode = "400", description = "Missing or invalid fields; the body says which")
@APIResponse(responseCode = "401", description = "No, invalid or expired token")
@APIResponse(responseCode = "403", description = "You are not a member of the room")
@APIResponse(responseCode = "404", description = "No such room or user")
@Path("")
@RolesAllowed(ChatTokens.GROUP)
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class RoomsResource {

    static final int MAX_BATCH = 1000;

    /** A room as the API shows it. */
    public record Room(long id, String name, String createdBy, String createdAt, List<String> participants) {}

    public record NewRoom(String name, List<String> participants) {}

    public record NewRooms(List<NewRoom> rooms) {}

    public record Invite(List<String> usernames, String username) {}

    public record Problem(int index, String error) {}

    public record CreatedRooms(List<Room> created, List<Problem> errors) {}

    public record Invited(long roomId, List<String> added) {}

    public record Left(long roomId, boolean deleted) {}

    @Inject
    ChatRooms rooms;

    @Inject
    JsonWebToken token;

    @POST
    @Path("chatrooms")
    public Response create(NewRoom body) {
        if (body == null) {
            throw Rejected.invalid("name is required");
        }
        return Response.status(Response.Status.CREATED)
                .entity(room(rooms.create(caller().userId(), body.name(), body.participants())))
                .build();
    }

    @POST
    @Path("chatrooms-batch")
    public CreatedRooms createBatch(NewRooms body) {
        if (body == null || body.rooms() == null || body.rooms().size() > MAX_BATCH) {
            throw Rejected.invalid("rooms is required, at most " + MAX_BATCH);
        }
        List<Room> created = new ArrayList<>();
        List<Problem> errors = new ArrayList<>();
        for (int i = 0; i < body.rooms().size(); i++) {
            NewRoom room = body.rooms().get(i);
            try {
                created.add(room(rooms.create(
                        caller().userId(),
                        room == null ? null : room.name(),
                        room == null ? null : room.participants())));
            } catch (Rejected rejected) {
                errors.add(new Problem(i, rejected.getMessage()));
            }
        }
        return new CreatedRooms(created, errors);
    }

    @GET
    @Path("chatrooms")
    public List<Room> mine() {
        return rooms.of(caller().userId()).stream().map(this::room).toList();
    }

    @POST
    @Path("chatrooms/{roomId}/invite")
    public Invited invite(@PathParam("roomId") long roomId, Invite body) {
        List<String> names = body == null
                ? null
                : body.usernames() != null
                        ? body.usernames()
                        : body.username() != null ? List.of(body.username()) : null;
        if (names == null || names.isEmpty()) {
            throw Rejected.invalid("usernames is required");
        }
        return new Invited(roomId, rooms.invite(caller().userId(), roomId, names));
    }

    @POST
    @Path("chatrooms/{roomId}/leave")
    public Left leave(@PathParam("roomId") long roomId) {
        return new Left(roomId, rooms.leave(caller().userId(), roomId));
    }

    @GET
    @Path("chatrooms/{roomId}/messages")
    public List<ChatFrame.Message> messages(
            @PathParam("roomId") long roomId,
            @QueryParam("before") Long before,
            @QueryParam("after") Long after,
            @QueryParam("limit") Integer limit) {
        return rooms.history(caller().userId(), roomId, before, after, limit);
    }

    private Room room(ChatRoom room) {
        return new Room(
                room.getId(),
                room.getName(),
                room.getCreatedBy().getUsername(),
                room.getCreatedAt().toInstant().toString(),
                rooms.memberNames(room.getId()).stream().sorted().toList());
    }

    private ChatPrincipal caller() {
        return ChatAuthentication.principal(token).orElseThrow(() -> Rejected.unauthorized("Invalid or expired token"));
    }
}
