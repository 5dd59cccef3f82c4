package uz.ovoz.platform.config;

import java.util.Objects;
import java.util.Optional;

/**
 * A numeric configuration key with the range the application can work with. Its default is the one in
 * {@code microprofile-config.properties} ({@link Defaults}), so that rules between keys can be checked
 * when only one of them is set.
 */
public record Tunable(String key, long min, long max) {

    public Tunable {
        Objects.requireNonNull(key, "key");
        if (min > max) {
            throw new IllegalArgumentException("Inconsistent range for " + key);
        }
    }

    /** The configured value, or the default; a problem names the key, the range and the value. */
    long read(Optional<String> configured) {
        String text = configured
                .filter(value -> !value.isBlank())
                .orElseGet(() -> Defaults.of(key))
                .trim();
        long value;
        try {
            value = Long.parseLong(text);
        } catch (NumberFormatException e) {
            throw new InvalidConfiguration(
                    key + " must be a whole number between " + min + " and " + max + ", was \"" + text + "\"");
        }
        if (value < min || value > max) {
            throw new InvalidConfiguration(key + " must be between " + min + " and " + max + ", was " + value);
        }
        return value;
    }
}
