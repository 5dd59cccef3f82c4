package uz.ovoz.voting.event.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.List;
import uz.ovoz.platform.error.Rejected;
import uz.ovoz.voting.event.control.CandidateCsv;
import uz.ovoz.voting.event.control.CandidateRow;
import uz.ovoz.voting.event.control.HemisClient;
import uz.ovoz.voting.event.control.ImportProblem;
import uz.ovoz.voting.event.entity.Candidate;

/**
 * Imports candidates from a CSV upload or from HEMIS. A row with an external id updates the
 * candidate imported with that id before, so importing twice never duplicates.
 */
@Stateless
public class CandidateImport {

    /** What an import did. */
    public record Summary(int created, int updated, List<ImportProblem> errors) {}

    @PersistenceContext
    EntityManager em;

    @Inject
    HemisClient hemis;

    public Summary importCsv(String text) {
        CandidateCsv.Parsed parsed = CandidateCsv.parse(text);
        Summary stored = store(parsed.rows());
        List<ImportProblem> errors = new ArrayList<>(parsed.problems());
        errors.addAll(stored.errors());
        return new Summary(stored.created(), stored.updated(), errors);
    }

    public Summary importHemis() {
        return store(hemis.all());
    }

    private Summary store(List<CandidateRow> rows) {
        int created = 0;
        int updated = 0;
        List<ImportProblem> errors = new ArrayList<>();
        for (CandidateRow row : rows) {
            try {
                if (storeRow(row)) {
                    created++;
                } else {
                    updated++;
                }
            } catch (Rejected rejected) {
                errors.add(new ImportProblem(null, row.externalId(), rejected.getMessage()));
            }
        }
        return new Summary(created, updated, errors);
    }

    /** True if the row created a candidate, false if it updated one imported before. */
    private boolean storeRow(CandidateRow row) {
        String name = CandidateRules.name(row.fields().fullName());
        Candidate existing = row.externalId() == null
                ? null
                : em.createNamedQuery(Candidate.BY_EXTERNAL_ID, Candidate.class)
                        .setParameter("externalId", row.externalId())
                        .getResultStream()
                        .findFirst()
                        .orElse(null);
        Candidate candidate = existing != null ? existing : new Candidate(name);
        candidate.setFullName(name);
        row.fields().applyTo(candidate);
        if (existing == null) {
            if (row.externalId() != null) {
                candidate.markImported(row.externalId());
            }
            em.persist(candidate);
        }
        return existing == null;
    }
}
