package uz.ovoz.chat.boundary;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import uz.ovoz.chat.entity.ChatUser;
import uz.ovoz.platform.error.Rejected;

/** Sign-up and login under {@code /chat/api/auth}, with batch forms for load tools. */
@Tag(name = "Chat accounts", description = "Sign-up and login; tokens for the API and the channel")
@APIResponse(responseCode = "400", description = "Missing or invalid fields; the body says which",
        content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ChatErrors.Body.class)))
@APIResponse(responseCode = "401", description = "Wrong username or password",
        content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ChatErrors.Body.class)))
@APIResponse(responseCode = "409", description = "The username is taken",
        content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ChatErrors.Body.class)))
@Path("auth")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class AuthResource {

    static final int MAX_BATCH = 1000;

    /** {@code {username, password}}. */
    public record Credentials(String username, String password) {
    }

    public record Token(String token, String username) {
    }

    public record Batch(List<Credentials> users) {
    }

    public record Problem(String username, String error) {
    }

    public record Created(List<String> created, List<Problem> errors) {
    }

    public record LoggedIn(List<Token> results, List<Problem> errors) {
    }

    @Inject
    uz.ovoz.chat.boundary.ChatAccounts accounts;

    @POST
    @Path("signup")
    public Response signup(Credentials body) {
        Credentials credentials = required(body);
        ChatUser user = accounts.signup(credentials.username(), credentials.password());
        return Response.status(Response.Status.CREATED).entity(new Created(List.of(user.getUsername()), List.of()))
                .build();
    }

    @POST
    @Path("login")
    public Token login(Credentials body) {
        Credentials credentials = required(body);
        return new Token(accounts.login(credentials.username(), credentials.password()), credentials.username().strip());
    }

    @POST
    @Path("signup-batch")
    public Created signupBatch(Batch body) {
        List<String> created = new ArrayList<>();
        List<Problem> errors = new ArrayList<>();
        for (Credentials credentials : users(body)) {
            try {
                created.add(accounts.signup(credentials.username(), credentials.password()).getUsername());
            } catch (Rejected rejected) {
                errors.add(new Problem(credentials.username(), rejected.getMessage()));
            }
        }
        return new Created(created, errors);
    }

    @POST
    @Path("login-batch")
    public LoggedIn loginBatch(Batch body) {
        List<Token> results = new ArrayList<>();
        List<Problem> errors = new ArrayList<>();
        for (Credentials credentials : users(body)) {
            try {
                results.add(new Token(accounts.login(credentials.username(), credentials.password()),
                        credentials.username()));
            } catch (Rejected rejected) {
                errors.add(new Problem(credentials.username(), rejected.getMessage()));
            }
        }
        return new LoggedIn(results, errors);
    }

    private static Credentials required(Credentials body) {
        if (body == null) {
            throw Rejected.invalid("username and password are required");
        }
        return body;
    }

    private static List<Credentials> users(Batch body) {
        if (body == null || body.users() == null) {
            throw Rejected.invalid("users is required");
        }
        if (body.users().size() > MAX_BATCH) {
            throw Rejected.invalid("At most " + MAX_BATCH + " users per batch");
        }
        return body.users().stream().map(credentials -> credentials == null ? new Credentials(null, null) : credentials)
                .toList();
    }
}
