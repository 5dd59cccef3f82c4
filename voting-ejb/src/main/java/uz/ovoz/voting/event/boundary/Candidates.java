package uz.ovoz.voting.event.boundary;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import uz.ovoz.platform.error.Rejected;
import uz.ovoz.voting.event.entity.Candidate;

/** The people who can stand in events: create, edit, list, delete. */
@Stateless
public class Candidates {

    @PersistenceContext
    EntityManager em;

    public List<Candidate> all() {
        return em.createQuery("SELECT c FROM Candidate c ORDER BY c.fullName, c.id", Candidate.class)
                .getResultList();
    }

    public Candidate find(long id) {
        Candidate candidate = em.find(Candidate.class, id);
        if (candidate == null) {
            throw Rejected.notFound("No candidate " + id);
        }
        return candidate;
    }

    public Candidate create(CandidateFields fields) {
        Candidate candidate = new Candidate(CandidateRules.name(fields.fullName()));
        fields.applyTo(candidate);
        em.persist(candidate);
        return candidate;
    }

    public Candidate update(long id, CandidateFields fields) {
        Candidate candidate = find(id);
        if (fields.fullName() != null) {
            candidate.setFullName(CandidateRules.name(fields.fullName()));
        }
        fields.applyTo(candidate);
        return candidate;
    }

    public void delete(long id) {
        Candidate candidate = find(id);
        if (candidate.isImported()) {
            throw Rejected.conflict("Imported candidates cannot be deleted by hand");
        }
        long places = em.createQuery(
                        "SELECT COUNT(ec) FROM EventCandidate ec WHERE ec.candidate = :candidate", Long.class)
                .setParameter("candidate", candidate)
                .getSingleResult();
        if (places > 0) {
            throw Rejected.conflict("The candidate is in " + places + " event(s); remove them from those first");
        }
        em.remove(candidate);
    }
}
