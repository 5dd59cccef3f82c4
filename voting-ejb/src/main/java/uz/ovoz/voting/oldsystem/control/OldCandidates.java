package uz.ovoz.voting.oldsystem.control;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import uz.ovoz.voting.event.boundary.CandidatePhotos;
import uz.ovoz.voting.event.control.PhotoFormat;
import uz.ovoz.voting.event.entity.Candidate;
import uz.ovoz.voting.oldsystem.entity.ImportedRow;
import uz.ovoz.voting.oldsystem.entity.ImportedRow.Kind;

/**
 * The old candidates as Ovoz candidates. One synced from HEMIS that is already here (the same
 * HEMIS id) is used, not copied. A photo in the old uploads folder is stored like one uploaded in
 * the console; a HEMIS image URL is kept; a photo that cannot be stored is reported.
 */
@Stateless
public class OldCandidates {

    public static final String KNOWN = "candidate-known";
    public static final String PHOTO = "photo";

    @PersistenceContext
    EntityManager em;

    @Inject
    CandidatePhotos photos;

    public void bring(List<OldRows.Candidate> olds, Path uploads, String source, ImportLedger ledger) {
        for (OldRows.Candidate old : olds) {
            if (ledger.newId(Kind.CANDIDATE, old.id()).isPresent()) {
                ledger.add(KNOWN);
                continue;
            }
            Optional<Candidate> fromHemis = old.externalId() == null
                    ? Optional.empty()
                    : em.createNamedQuery(Candidate.BY_EXTERNAL_ID, Candidate.class)
                            .setParameter("externalId", String.valueOf(old.externalId()))
                            .getResultStream()
                            .findFirst();
            Candidate candidate = fromHemis.orElseGet(() -> create(old, uploads, ledger));
            if (fromHemis.isPresent()) {
                ledger.add(KNOWN);
            } else {
                ledger.add(Kind.CANDIDATE);
            }
            em.persist(new ImportedRow(source, Kind.CANDIDATE, old.id(), candidate.getId()));
            ledger.remember(Kind.CANDIDATE, old.id(), candidate.getId());
        }
    }

    private Candidate create(OldRows.Candidate old, Path uploads, ImportLedger ledger) {
        String name = old.fullName() == null || old.fullName().isBlank() ? "Candidate " + old.id() : old.fullName();
        Candidate candidate = new Candidate(OldEvents.cut(name, Candidate.NAME_LENGTH));
        candidate.setWhichPosition(OldEvents.cut(old.position(), Candidate.POSITION_LENGTH));
        candidate.setDegree(OldEvents.cut(old.degree(), Candidate.DEGREE_LENGTH));
        candidate.setDescription(OldEvents.cut(old.description(), Candidate.DESCRIPTION_LENGTH));
        candidate.setElectionTime(OldEvents.cut(old.electionTime(), Candidate.ELECTION_TIME_LENGTH));
        if (old.externalId() != null) {
            candidate.markImported(String.valueOf(old.externalId()));
        }
        em.persist(candidate);
        Optional<String> uploaded = OldPhotos.uploadedName(old.image());
        if (uploaded.isPresent()) {
            photo(candidate, uploads, uploaded.get(), ledger);
        } else if (old.image() != null
                && old.image().startsWith("http")
                && old.image().length() <= Candidate.IMAGE_LENGTH) {
            candidate.setImage(old.image());
        }
        return candidate;
    }

    private void photo(Candidate candidate, Path uploads, String file, ImportLedger ledger) {
        String who = "Candidate '" + candidate.getFullName() + "'";
        if (uploads == null) {
            ledger.problem(who + ": photo " + file + " not brought across (no uploads folder given)");
            return;
        }
        try {
            Optional<byte[]> data = OldPhotos.read(uploads, file);
            if (data.isEmpty()) {
                ledger.problem(who + ": photo " + file + " is not in " + uploads);
            } else if (data.get().length > photos.maxKilobytes() * 1024L
                    || PhotoFormat.of(data.get()).isEmpty()) {
                ledger.problem(who + ": photo " + file + " is not a JPEG, PNG or WEBP of at most "
                        + photos.maxKilobytes() + " KB");
            } else {
                em.flush();
                photos.store(candidate.getId(), data.get());
                ledger.add(PHOTO);
            }
        } catch (IOException unreadable) {
            ledger.problem(who + ": photo " + file + " cannot be read: " + unreadable.getMessage());
        }
    }
}
