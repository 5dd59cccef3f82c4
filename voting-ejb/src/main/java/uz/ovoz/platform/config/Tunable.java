package uz.ovoz.platform.config;

import java.util.Objects;
import java.util.Optional;

/**
 * A numeric configuration key with the range the application can work with. The default is the one
 * the injection points use; it is repeated here so that rules between keys can be checked when only
 * one of them is set.
 */
public record Tunable(String key, long min, long max, long defaultValue) {

    public Tunable {
        Objects.requireNonNull(key, "key");
        if (min > max || defaultValue < min || defaultValue > max) {
            throw new IllegalArgumentException("Inconsistent range for " + key);
        }
    }

    /** The configured value, or the default; a problem names the key, the range and the value. */
    long read(Optional<String> configured) {
        if (configured.isEmpty() || configured.get().isBlank()) {
            return defaultValue;
        }
        String text = configured.get().trim();
        long value;
        try {
            value = Long.parseLong(text);
        } catch (NumberFormatException e) {
            throw new InvalidConfiguration(key + " must be a whole number between " + min + " and " + max
                    + ", was \"" + text + "\"");
        }
        if (value < min || value > max) {
            throw new InvalidConfiguration(key + " must be between " + min + " and " + max + ", was " + value);
        }
        return value;
    }
}
