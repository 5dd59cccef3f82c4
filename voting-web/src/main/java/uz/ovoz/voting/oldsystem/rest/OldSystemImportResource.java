package uz.ovoz.voting.oldsystem.rest;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import uz.ovoz.platform.error.Rejected;
import uz.ovoz.voting.oldsystem.boundary.ImportReport;
import uz.ovoz.voting.oldsystem.boundary.OldSystemImport;

/**
 * {@code POST /api/import/old-system}: brings an old voting database across (see
 * {@code scripts/import-old-system.sh}). The database and the uploads folder are read by the
 * server, so their paths are paths on the server's machine.
 */
@Tag(name = "Import", description = "Bring the old voting system's candidates, events and votes across")
@SecurityRequirement(name = "admin")
@Path("import/old-system")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class OldSystemImportResource {

    @Inject
    OldSystemImport importer;

    /** The old database: {@code from} is its JDBC URL; user and password only for PostgreSQL. */
    public record Source(String from, String uploads, String user, String password) {}

    @POST
    @Operation(summary = "Import an old voting database; a second run of the same source adds nothing")
    public ImportReport run(Source source) {
        if (source == null) {
            throw Rejected.invalid("Send {\"from\": \"jdbc:sqlite:/path/voting.db\", \"uploads\": \"/path/uploads\"}");
        }
        return importer.run(source.from(), source.user(), source.password(), source.uploads());
    }
}
