package uz.ovoz.platform.config;

/** A configuration value the application cannot start with; the message names the key. */
public class InvalidConfiguration extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public InvalidConfiguration(String message) {
        super(message);
    }
}
