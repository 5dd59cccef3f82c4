package uz.ovoz.voting.live.rest;

import jakarta.ejb.EJB;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import uz.ovoz.voting.live.control.CountAudit;

/** {@code GET /api/events/{id}/audit}: the event recounted from the database and compared. */
@Tag(name = "Events")
@SecurityRequirement(name = "admin")
@Path("events/{id}/audit")
@Produces(MediaType.APPLICATION_JSON)
public class EventAuditResource {

    @EJB
    CountAudit audit;

    @GET
    @Operation(
            summary = "Recount the event from the database and compare with the server's tally and the displays",
            description = "consistent is true when every candidate's database count equals the server's tally and what"
                    + " displays were last sent; otherwise each candidate's differences say what differs.")
    public CountAudit.Report audit(@PathParam("id") long id) {
        return audit.audit(id);
    }
}
