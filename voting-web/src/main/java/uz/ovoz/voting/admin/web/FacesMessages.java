package uz.ovoz.voting.admin.web;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.text.MessageFormat;
import java.util.ResourceBundle;
import uz.ovoz.platform.error.Rejected;

/** Messages to the admin, from the console's bundle in the page's language. */
final class FacesMessages {

    static final String BUNDLE = "uz.ovoz.voting.admin.messages";

    private FacesMessages() {}

    static String text(String key, Object... arguments) {
        FacesContext faces = FacesContext.getCurrentInstance();
        ResourceBundle bundle =
                ResourceBundle.getBundle(BUNDLE, faces.getViewRoot().getLocale());
        return MessageFormat.format(bundle.getString(key), arguments);
    }

    static void info(String key, Object... arguments) {
        add(FacesMessage.SEVERITY_INFO, text(key, arguments));
    }

    static void warn(String key, Object... arguments) {
        add(FacesMessage.SEVERITY_WARN, text(key, arguments));
    }

    static void error(String key, Object... arguments) {
        add(FacesMessage.SEVERITY_ERROR, text(key, arguments));
    }

    /** A refusal from the business tier, whose message is already meant for people. */
    static void refused(Rejected refusal) {
        add(FacesMessage.SEVERITY_ERROR, refusal.getMessage());
    }

    /** Runs an admin's action; a refusal from the business tier is shown on the page instead. */
    static boolean attempt(Runnable action) {
        try {
            action.run();
            return true;
        } catch (Rejected refusal) {
            refused(refusal);
            return false;
        }
    }

    /**
     * Loads what a page shows; an id that names nothing (the business tier refuses it) answers the
     * request with 404 and the refusal's message instead of an error page.
     */
    static void orNotFound(Runnable load) {
        try {
            load.run();
        } catch (Rejected missing) {
            FacesContext faces = FacesContext.getCurrentInstance();
            try {
                faces.getExternalContext().responseSendError(404, missing.getMessage());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            faces.responseComplete();
        }
    }

    private static void add(FacesMessage.Severity severity, String summary) {
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(severity, summary, null));
    }
}
