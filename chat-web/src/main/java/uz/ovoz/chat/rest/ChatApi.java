package uz.ovoz.chat.rest;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import java.util.Map;
import org.eclipse.microprofile.auth.LoginConfig;
import uz.ovoz.platform.web.UnreadableBody;

/**
 * Serves the chat REST resources under {@code /chat/api}, the paths the old chat's tools call.
 * {@code @LoginConfig} installs Payara's MicroProfile JWT (its identity store, the injectable
 * {@code JsonWebToken}, the {@code @RolesAllowed} filter), which checks every chat token; the token is
 * found by {@link ChatAuthentication}. Payara looks for the annotation on CDI beans only, hence the scope.
 */
@LoginConfig(authMethod = "MP-JWT")
@ApplicationScoped
@ApplicationPath("api")
public class ChatApi extends Application {

    @Override
    public Map<String, Object> getProperties() {
        return Map.of(UnreadableBody.PROVIDERS, UnreadableBody.class.getName());
    }
}
