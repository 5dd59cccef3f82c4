package uz.ovoz.voting.event.rest;

import jakarta.inject.Inject;
import jakarta.json.bind.annotation.JsonbProperty;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import uz.ovoz.platform.error.Rejected;
import uz.ovoz.voting.event.boundary.CandidateFields;
import uz.ovoz.voting.event.boundary.CandidateImport;
import uz.ovoz.voting.event.boundary.Candidates;
import uz.ovoz.voting.event.entity.Candidate;

/** The admin API of candidates under {@code /api/candidates}, in the old system's snake_case. */
@Tag(name = "Candidates", description = "People who can stand in events")
@SecurityRequirement(name = "admin")
@APIResponse(responseCode = "404", description = "No such candidate")
@Path("candidates")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
// nillable = true: a renamed property is otherwise left out when null
@SuppressWarnings("deprecation")
public class CandidatesResource {

    /** A candidate in and out of the API. */
    public record CandidateJson(
            Long id,

            @JsonbProperty(value = "full_name", nillable = true)
            String fullName,

            String image,

            @JsonbProperty(value = "which_position", nillable = true)
            String whichPosition,

            String degree,
            String description,

            @JsonbProperty(value = "election_time", nillable = true)
            String electionTime,

            @JsonbProperty(value = "external_id", nillable = true)
            String externalId) {

        static CandidateJson of(Candidate candidate) {
            return new CandidateJson(
                    candidate.getId(),
                    candidate.getFullName(),
                    candidate.getImage(),
                    candidate.getWhichPosition(),
                    candidate.getDegree(),
                    candidate.getDescription(),
                    candidate.getElectionTime(),
                    candidate.getExternalId());
        }

        CandidateFields fields() {
            return new CandidateFields(fullName, image, whichPosition, degree, description, electionTime);
        }
    }

    @Inject
    Candidates candidates;

    @Inject
    CandidateImport imports;

    @Context
    UriInfo uri;

    @GET
    public List<CandidateJson> all() {
        return candidates.all().stream().map(CandidateJson::of).toList();
    }

    @GET
    @Path("{id}")
    public CandidateJson get(@PathParam("id") long id) {
        return CandidateJson.of(candidates.find(id));
    }

    @POST
    public Response create(CandidateJson body) {
        CandidateJson created =
                CandidateJson.of(candidates.create(required(body).fields()));
        return Response.created(uri.getAbsolutePathBuilder()
                        .path(String.valueOf(created.id()))
                        .build())
                .entity(created)
                .build();
    }

    @PUT
    @Path("{id}")
    public CandidateJson update(@PathParam("id") long id, CandidateJson body) {
        return CandidateJson.of(candidates.update(id, required(body).fields()));
    }

    @DELETE
    @Path("{id}")
    public Response delete(@PathParam("id") long id) {
        candidates.delete(id);
        return Response.noContent().build();
    }

    @POST
    @Path("import/csv")
    @Consumes({"text/csv", MediaType.TEXT_PLAIN})
    public CandidateImport.Summary importCsv(String csv) {
        if (csv == null || csv.isBlank()) {
            throw Rejected.invalid("The CSV body is empty");
        }
        return imports.importCsv(csv);
    }

    @POST
    @Path("import/hemis")
    @Consumes(MediaType.WILDCARD)
    public CandidateImport.Summary importHemis() {
        return imports.importHemis();
    }

    private static CandidateJson required(CandidateJson body) {
        if (body == null) {
            throw Rejected.invalid("A JSON body is required");
        }
        return body;
    }
}
