package uz.ovoz.voting.event.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import uz.ovoz.platform.error.Rejected;
import uz.ovoz.voting.event.control.PhotoFormat;
import uz.ovoz.voting.event.entity.Candidate;
import uz.ovoz.voting.event.entity.CandidatePhoto;

/** Uploaded candidate photos: checked, stored in the database, and linked from the candidate. */
@Stateless
public class CandidatePhotos {

    /** Where a stored photo is served; the candidate's {@code image} points here. */
    public static final String PATH = "/photos/";

    @PersistenceContext
    EntityManager em;

    @Inject
    Candidates candidates;

    @Inject
    @ConfigProperty(name = "ovoz.admin.photo-max-kb", defaultValue = "2048")
    int maxKilobytes;

    /**
     * Creates ({@code id == null}) or updates a candidate and stores its photo, if one is given, in one
     * transaction: a refused photo leaves no candidate and no change behind.
     */
    public Candidate save(Long id, CandidateFields fields, byte[] photo) {
        Candidate candidate = id == null ? candidates.create(fields) : candidates.update(id, fields);
        if (photo != null) {
            em.flush();
            store(candidate.getId(), photo);
        }
        return candidate;
    }

    /**
     * Stores {@code data} as the candidate's photo if it is a JPEG, PNG or WEBP image within the size
     * limit; otherwise nothing is stored and the refusal says why.
     */
    public Candidate store(long candidateId, byte[] data) {
        Candidate candidate = candidates.find(candidateId);
        if (data == null || data.length == 0) {
            throw Rejected.invalid("The photo file is empty");
        }
        if (data.length > maxKilobytes * 1024L) {
            throw Rejected.invalid(
                    "The photo is " + data.length / 1024 + " KB; at most " + maxKilobytes + " KB is allowed");
        }
        PhotoFormat format =
                PhotoFormat.of(data).orElseThrow(() -> Rejected.invalid("The photo must be a JPEG, PNG or WEBP image"));
        CandidatePhoto photo = em.find(CandidatePhoto.class, candidateId);
        if (photo == null) {
            em.persist(new CandidatePhoto(candidateId, format.contentType(), data));
        } else {
            photo.replace(format.contentType(), data);
        }
        // The version makes browsers and displays fetch a replaced photo instead of a cached one
        candidate.setImage(PATH + candidateId + "?v=" + System.currentTimeMillis());
        return candidate;
    }

    public Optional<CandidatePhoto> find(long candidateId) {
        return Optional.ofNullable(em.find(CandidatePhoto.class, candidateId));
    }

    public int maxKilobytes() {
        return maxKilobytes;
    }
}
