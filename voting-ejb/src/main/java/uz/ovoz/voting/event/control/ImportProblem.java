package uz.ovoz.voting.event.control;

import jakarta.json.bind.annotation.JsonbProperty;

/** A row an import could not take, and why: by CSV line or by registry id. */
public record ImportProblem(Integer line, @JsonbProperty("external_id") String externalId, String message) {
}
