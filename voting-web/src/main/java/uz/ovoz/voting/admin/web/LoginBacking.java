package uz.ovoz.voting.admin.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.constraints.NotBlank;
import java.io.IOException;
import uz.ovoz.voting.admin.boundary.AdminAuthentication;
import uz.ovoz.voting.admin.boundary.AdminLoginThrottle;

/** The console's login form and logout button. */
@Named
@RequestScoped
public class LoginBacking {

    static final String CONSOLE = "/admin/index.xhtml";

    @Inject
    SecurityContext security;

    @NotBlank
    private String username;

    @NotBlank
    private String password;

    private String from;

    public void login() throws IOException {
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        AuthenticationStatus status = security.authenticate(
                (HttpServletRequest) external.getRequest(),
                (HttpServletResponse) external.getResponse(),
                AuthenticationParameters.withParams()
                        .newAuthentication(true)
                        .credential(new UsernamePasswordCredential(username, password)));
        if (status == AuthenticationStatus.SUCCESS) {
            external.redirect(external.getRequestContextPath() + target());
        } else if (external.getRequestMap().get(AdminLoginThrottle.WAIT_SECONDS) instanceof Long seconds) {
            FacesMessages.error("login.throttled", seconds);
        } else {
            FacesMessages.error("login.failed");
        }
    }

    public void logout() throws IOException, ServletException {
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        ((HttpServletRequest) external.getRequest()).logout();
        external.invalidateSession();
        external.redirect(external.getRequestContextPath() + AdminAuthentication.LOGIN_PAGE + "?loggedOut=true");
    }

    /**
     * Back to the page that asked for the login if it is a console page: never to another site, and
     * not to a protected view, which is only reached through the console's own links.
     */
    String target() {
        boolean console = from != null && from.startsWith("/admin/") && !from.contains("//") && !from.contains("\\");
        boolean protectedView = console && (from.startsWith("/admin/control") || from.startsWith("/admin/candidates"));
        return console && !protectedView ? from : CONSOLE;
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public String getFrom() {
        return from;
    }

    public void setFrom(String from) {
        this.from = from;
    }
}
