package uz.ovoz.chat.rest;

import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import uz.ovoz.chat.entity.ChatUser;
import uz.ovoz.platform.error.Rejected;
import uz.ovoz.platform.net.ClientAddresses;
import uz.ovoz.platform.rate.LoginThrottle;

/** Sign-up and login under {@code /chat/api/auth}, with batch forms for load tools. */
@Tag(name = "Chat accounts", description = "Sign-up and login; tokens for the API and the channel")
@APIResponse(responseCode = "400", description = "Missing or invalid fields; the body says which")
@APIResponse(responseCode = "401", description = "Wrong username or password")
@APIResponse(responseCode = "409", description = "The username is taken")
@APIResponse(
        responseCode = "429",
        description = "Too many failed logins, or batch calls, from this account or address;"
                + " Retry-After says when to try again")
@Path("auth")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class AuthResource {

    static final String REALM = "chat";

    /** {@code {username, password}}. */
    public record Credentials(String username, String password) {}

    public record Token(String token, String username) {}

    public record Batch(List<Credentials> users) {}

    public record Problem(String username, String error) {}

    public record Created(List<String> created, List<Problem> errors) {}

    public record LoggedIn(List<Token> results, List<Problem> errors) {}

    @Inject
    uz.ovoz.chat.boundary.ChatAccounts accounts;

    @Inject
    LoginThrottle throttle;

    @Inject
    ClientAddresses addresses;

    // Each user of a batch costs a password hash (about 50 ms of CPU) and nobody is logged in yet
    @Inject
    @ConfigProperty(name = "ovoz.chat.auth-batch-max", defaultValue = "100")
    int maxBatch;

    @Context
    HttpServletRequest request;

    @POST
    @Path("signup")
    public Response signup(Credentials body) {
        Credentials credentials = required(body);
        ChatUser user = accounts.signup(credentials.username(), credentials.password());
        return Response.status(Response.Status.CREATED)
                .entity(new Created(List.of(user.getUsername()), List.of()))
                .build();
    }

    @POST
    @Path("login")
    public Token login(Credentials body) {
        Credentials credentials = required(body);
        return login(credentials, address());
    }

    @POST
    @Path("signup-batch")
    public Created signupBatch(Batch body) {
        List<Credentials> users = users(body);
        throttle.batch(address());
        List<String> created = new ArrayList<>();
        List<Problem> errors = new ArrayList<>();
        for (Credentials credentials : users) {
            try {
                created.add(accounts.signup(credentials.username(), credentials.password())
                        .getUsername());
            } catch (Rejected rejected) {
                errors.add(new Problem(credentials.username(), rejected.getMessage()));
            }
        }
        return new Created(created, errors);
    }

    @POST
    @Path("login-batch")
    public LoggedIn loginBatch(Batch body) {
        List<Credentials> users = users(body);
        String address = address();
        throttle.batch(address);
        List<Token> results = new ArrayList<>();
        List<Problem> errors = new ArrayList<>();
        for (Credentials credentials : users) {
            try {
                results.add(login(credentials, address));
            } catch (Rejected rejected) {
                errors.add(new Problem(credentials.username(), rejected.getMessage()));
            }
        }
        return new LoggedIn(results, errors);
    }

    /** Refused (429) without hashing while the account or the address must wait after failed logins. */
    private Token login(Credentials credentials, String address) {
        String username =
                credentials.username() == null ? "" : credentials.username().strip();
        throttle.check(REALM, username, address);
        try {
            Token token = new Token(accounts.login(credentials.username(), credentials.password()), username);
            throttle.succeeded(REALM, username);
            return token;
        } catch (Rejected rejected) {
            if (rejected.reason() == Rejected.Reason.UNAUTHORIZED) {
                throttle.failed(REALM, username, address);
            }
            throw rejected;
        }
    }

    private String address() {
        return addresses.of(request).orElse(ClientAddresses.UNKNOWN);
    }

    private static Credentials required(Credentials body) {
        if (body == null) {
            throw Rejected.invalid("username and password are required");
        }
        return body;
    }

    private List<Credentials> users(Batch body) {
        if (body == null || body.users() == null) {
            throw Rejected.invalid("users is required");
        }
        if (body.users().size() > maxBatch) {
            throw Rejected.invalid("At most " + maxBatch + " users per batch");
        }
        return body.users().stream()
                .map(credentials -> credentials == null ? new Credentials(null, null) : credentials)
                .toList();
    }
}
