package uz.ovoz.voting.admin.boundary;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import java.text.MessageFormat;
import java.util.ResourceBundle;

/** Messages to the admin, from the console's bundle in the page's language. */
final class FacesMessages {

    static final String BUNDLE = "uz.ovoz.voting.admin.messages";

    private FacesMessages() {
    }

    static String text(String key, Object... arguments) {
        FacesContext faces = FacesContext.getCurrentInstance();
        ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, faces.getViewRoot().getLocale());
        return MessageFormat.format(bundle.getString(key), arguments);
    }

    static void info(String key, Object... arguments) {
        add(FacesMessage.SEVERITY_INFO, text(key, arguments));
    }

    static void error(String key, Object... arguments) {
        add(FacesMessage.SEVERITY_ERROR, text(key, arguments));
    }

    /** A refusal from the business tier, whose message is already meant for people. */
    static void refused(RuntimeException refusal) {
        add(FacesMessage.SEVERITY_ERROR, refusal.getMessage());
    }

    /** Answers the page request with 404 and the refusal's message: an event id that does not exist. */
    static void notFound(RuntimeException refusal) {
        FacesContext faces = FacesContext.getCurrentInstance();
        try {
            faces.getExternalContext().responseSendError(404, refusal.getMessage());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        faces.responseComplete();
    }

    private static void add(FacesMessage.Severity severity, String summary) {
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(severity, summary, null));
    }
}
