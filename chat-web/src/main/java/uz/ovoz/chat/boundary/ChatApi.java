package uz.ovoz.chat.boundary;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

/** Serves the chat REST resources under {@code /chat/api}, the paths the old chat's tools call. */
@ApplicationPath("api")
public class ChatApi extends Application {
}
