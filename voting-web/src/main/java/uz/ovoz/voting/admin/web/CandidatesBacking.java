package uz.ovoz.voting.admin.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.util.List;
import uz.ovoz.platform.error.Rejected;
import uz.ovoz.voting.event.boundary.CandidateFields;
import uz.ovoz.voting.event.boundary.CandidateImport;
import uz.ovoz.voting.event.boundary.CandidatePhotos;
import uz.ovoz.voting.event.boundary.Candidates;
import uz.ovoz.voting.event.entity.Candidate;

/** The people who can stand in events: list, add, edit with a photo, delete, import from CSV or HEMIS. */
@Named
@ViewScoped
public class CandidatesBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    static final int CSV_MAX_BYTES = 5 * 1024 * 1024;

    @Inject
    Candidates candidates;

    @Inject
    CandidatePhotos photos;

    @Inject
    CandidateImport imports;

    private List<Candidate> all;
    private Long editing;

    @NotBlank
    @Size(max = Candidate.NAME_LENGTH)
    private String fullName;

    @Size(max = Candidate.POSITION_LENGTH)
    private String whichPosition;

    @Size(max = Candidate.DEGREE_LENGTH)
    private String degree;

    @Size(max = Candidate.DESCRIPTION_LENGTH)
    private String description;

    private transient Part photo;
    private transient Part csv;

    @PostConstruct
    void load() {
        all = candidates.all();
    }

    public void save() {
        try {
            byte[] photoBytes = photoBytes();
            Candidate saved = photos.save(
                    editing, new CandidateFields(fullName, null, whichPosition, degree, description, null), photoBytes);
            FacesMessages.info("candidates.saved", saved.getFullName());
            clear();
            load();
        } catch (Rejected refusal) {
            FacesMessages.refused(refusal);
        } catch (IOException e) {
            FacesMessages.error("upload.failed");
        }
    }

    /** The uploaded photo, or null if none; a too-large one is refused before it is read. */
    private byte[] photoBytes() throws IOException {
        if (photo == null || photo.getSize() == 0) {
            return null;
        }
        if (photo.getSize() > photos.maxKilobytes() * 1024L) {
            throw Rejected.invalid(FacesMessages.text(
                    "photo.tooLarge", String.valueOf(photo.getSize() / 1024), String.valueOf(photos.maxKilobytes())));
        }
        try (InputStream in = photo.getInputStream()) {
            return in.readAllBytes();
        }
    }

    public void edit(Candidate candidate) {
        editing = candidate.getId();
        fullName = candidate.getFullName();
        whichPosition = candidate.getWhichPosition();
        degree = candidate.getDegree();
        description = candidate.getDescription();
    }

    public void clear() {
        editing = null;
        fullName = null;
        whichPosition = null;
        degree = null;
        description = null;
    }

    public void delete(Candidate candidate) {
        FacesMessages.attempt(() -> {
            candidates.delete(candidate.getId());
            FacesMessages.info("candidates.deleted", candidate.getFullName());
        });
        load();
    }

    public void importCsv() {
        if (csv == null || csv.getSize() == 0) {
            FacesMessages.error("import.noFile");
            return;
        }
        if (csv.getSize() > CSV_MAX_BYTES) {
            FacesMessages.error("import.tooLarge", CSV_MAX_BYTES / 1024 / 1024);
            return;
        }
        try (InputStream in = csv.getInputStream()) {
            report(imports.importCsv(new String(in.readAllBytes(), StandardCharsets.UTF_8)));
        } catch (Rejected refusal) {
            FacesMessages.refused(refusal);
        } catch (IOException e) {
            FacesMessages.error("upload.failed");
        }
        load();
    }

    public void importHemis() {
        FacesMessages.attempt(() -> report(imports.importHemis()));
        load();
    }

    private static void report(CandidateImport.Summary summary) {
        FacesMessages.info(
                "import.done",
                summary.created(),
                summary.updated(),
                summary.errors().size());
        summary.errors().stream()
                .limit(20)
                .forEach(problem -> FacesMessages.error("import.problem", problem.line(), problem.message()));
    }

    public List<Candidate> getAll() {
        return all;
    }

    public Long getEditing() {
        return editing;
    }

    public String getFullName() {
        return fullName;
    }

    public void setFullName(String fullName) {
        this.fullName = fullName;
    }

    public String getWhichPosition() {
        return whichPosition;
    }

    public void setWhichPosition(String whichPosition) {
        this.whichPosition = whichPosition;
    }

    public String getDegree() {
        return degree;
    }

    public void setDegree(String degree) {
        this.degree = degree;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public Part getPhoto() {
        return photo;
    }

    public void setPhoto(Part photo) {
        this.photo = photo;
    }

    public Part getCsv() {
        return csv;
    }

    public void setCsv(Part csv) {
        this.csv = csv;
    }

    public int getPhotoMaxKilobytes() {
        return photos.maxKilobytes();
    }
}
