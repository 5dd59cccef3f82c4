package uz.ovoz.voting.admin.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import uz.ovoz.voting.oldsystem.boundary.ImportReport;
import uz.ovoz.voting.oldsystem.boundary.OldSystemImport;

/** The console's import from the old voting system: where its database and photos are, and what the import did. */
@Named
@ViewScoped
public class ImportBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    OldSystemImport importer;

    private String from;
    private String uploads;
    private String user;
    private String password;
    private ImportReport report;

    public void run() {
        FacesMessages.attempt(() -> {
            report = importer.run(from, user, password, uploads);
            FacesMessages.info("oldImport.done", report.candidatesAdded(), report.eventsAdded(), report.votesAdded());
        });
        password = null;
    }

    public ImportReport getReport() {
        return report;
    }

    public String getFrom() {
        return from;
    }

    public void setFrom(String from) {
        this.from = from;
    }

    public String getUploads() {
        return uploads;
    }

    public void setUploads(String uploads) {
        this.uploads = uploads;
    }

    public String getUser() {
        return user;
    }

    public void setUser(String user) {
        this.user = user;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }
}
