package uz.ovoz.chat.rest;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import java.util.Map;
import uz.ovoz.platform.web.UnreadableBody;

/** Serves the chat REST resources under {@code /chat/api}, the paths the old chat's tools call. */
@ApplicationPath("api")
public class ChatApi extends Application {

    @Override
    public Map<String, Object> getProperties() {
        return Map.of(UnreadableBody.PROVIDERS, UnreadableBody.class.getName());
    }
}
