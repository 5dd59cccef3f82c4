package uz.ovoz.platform.rest;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

/** Serves the voting REST resources under {@code /api}, the path the old system's scripts call. */
@ApplicationPath("api")
public class VotingApi extends Application {
}
