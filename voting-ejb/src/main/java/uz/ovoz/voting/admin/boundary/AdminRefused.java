package uz.ovoz.voting.admin.boundary;

import uz.ovoz.platform.error.Rejected;

/**
 * A change to the admin accounts that is refused, with the rule it broke so that the console can
 * say it in the admin's language; the message is the English wording for logs and the API.
 */
public class AdminRefused extends Rejected {

    private static final long serialVersionUID = 1L;

    /** The rules an account change must keep. */
    public enum Rule {
        USERNAME,
        PASSWORD_TOO_SHORT,
        TAKEN,
        NOT_FOUND,
        LAST_ADMIN,
        YOURSELF,
        WRONG_PASSWORD
    }

    private final Rule rule;

    AdminRefused(Reason reason, Rule rule, String message) {
        super(reason, message);
        this.rule = rule;
    }

    public Rule rule() {
        return rule;
    }
}
