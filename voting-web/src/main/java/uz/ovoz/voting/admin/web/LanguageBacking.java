package uz.ovoz.voting.admin.web;

import jakarta.enterprise.context.SessionScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Locale;

/** The console's language: the browser's first supported one until the admin picks another. */
@Named
@SessionScoped
public class LanguageBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    static final List<String> LANGUAGES = List.of("uz", "ru", "en");

    private String language;

    public String getLanguage() {
        if (language == null) {
            Locale browser =
                    FacesContext.getCurrentInstance().getExternalContext().getRequestLocale();
            language = LANGUAGES.contains(browser.getLanguage()) ? browser.getLanguage() : "en";
        }
        return language;
    }

    public void setLanguage(String language) {
        if (LANGUAGES.contains(language)) {
            this.language = language;
        }
    }

    public Locale getLocale() {
        return Locale.forLanguageTag(getLanguage());
    }

    public List<String> getLanguages() {
        return LANGUAGES;
    }

    /** Shows the page again in the chosen language. */
    public void change() {
        FacesContext.getCurrentInstance().getViewRoot().setLocale(getLocale());
    }
}
