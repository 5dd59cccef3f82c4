package uz.ovoz.voting.event.control;

import jakarta.json.bind.annotation.JsonbProperty;

/** A row an import could not take, and why: by CSV line or by registry id. */
// nillable = true: a renamed property is otherwise left out when null
@SuppressWarnings("deprecation")
public record ImportProblem(
        Integer line,

        @JsonbProperty(value = "external_id", nillable = true)
        String externalId,

        String message) {}
