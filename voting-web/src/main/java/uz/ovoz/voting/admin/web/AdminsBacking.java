package uz.ovoz.voting.admin.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Locale;
import uz.ovoz.voting.admin.boundary.AdminRefused;
import uz.ovoz.voting.admin.boundary.Admins;
import uz.ovoz.voting.admin.entity.AdminUser;

/** The console's admin accounts page: who can log in, add and remove admins, change one's own password. */
@Named
@ViewScoped
public class AdminsBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Admins admins;

    private List<AdminUser> all;
    private String username;
    private String password;
    private String currentPassword;
    private String newPassword;
    private String newPasswordAgain;

    @PostConstruct
    void load() {
        all = admins.all();
    }

    public void add() {
        if (act(() -> FacesMessages.info(
                "admins.added", admins.add(username, password, caller()).getUsername()))) {
            username = null;
            load();
        }
        password = null;
    }

    public void remove(AdminUser admin) {
        if (act(() -> admins.remove(admin.getUsername(), caller()))) {
            FacesMessages.info("admins.removed", admin.getUsername());
        }
        load();
    }

    public void changePassword() {
        if (!newPassword.equals(newPasswordAgain)) {
            FacesMessages.error("admins.refused.mismatch");
        } else if (act(() -> admins.changePassword(caller(), currentPassword, newPassword))) {
            FacesMessages.info("admins.passwordChanged");
        }
        currentPassword = null;
        newPassword = null;
        newPasswordAgain = null;
    }

    /** Runs an account change; a refusal is shown in the admin's language. */
    private boolean act(Runnable change) {
        try {
            change.run();
            return true;
        } catch (AdminRefused refused) {
            FacesMessages.error(
                    "admins.refused." + refused.rule().name().toLowerCase(Locale.ROOT),
                    admins.passwordMinLength(),
                    Admins.MAX_PASSWORD);
            return false;
        }
    }

    public boolean isYou(AdminUser admin) {
        return admin.getUsername().equals(caller());
    }

    private static String caller() {
        return FacesContext.getCurrentInstance().getExternalContext().getRemoteUser();
    }

    public List<AdminUser> getAll() {
        return all;
    }

    public int getPasswordMinLength() {
        return admins.passwordMinLength();
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

    public String getCurrentPassword() {
        return currentPassword;
    }

    public void setCurrentPassword(String currentPassword) {
        this.currentPassword = currentPassword;
    }

    public String getNewPassword() {
        return newPassword;
    }

    public void setNewPassword(String newPassword) {
        this.newPassword = newPassword;
    }

    public String getNewPasswordAgain() {
        return newPasswordAgain;
    }

    public void setNewPasswordAgain(String newPasswordAgain) {
        this.newPasswordAgain = newPasswordAgain;
    }
}
