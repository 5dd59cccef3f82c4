package uz.ovoz.platform.rest;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;
import uz.ovoz.platform.web.UnreadableBody;

/** Serves the voting REST resources under {@code /api}, the path the old system's scripts call. */
@ApplicationPath("api")
@OpenAPIDefinition(
        info =
                @Info(
                        title = "Ovoz voting API",
                        version = "1",
                        description = "Admin API of live voting. Every path needs an admin account (HTTP Basic). "
                                + "Errors are {\"error\": message}."))
@SecurityScheme(securitySchemeName = "admin", type = SecuritySchemeType.HTTP, scheme = "basic")
public class VotingApi extends Application {

    @Override
    public Map<String, Object> getProperties() {
        return Map.of(UnreadableBody.PROVIDERS, UnreadableBody.class.getName());
    }
}
