package uz.ovoz.platform.config;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.util.Properties;

/**
 * The defaults in this module's {@code META-INF/microprofile-config.properties}, the one place they
 * are written. Read from the jar holding this class, not the first such file on the class path,
 * since libraries in the same application may ship one of their own.
 */
final class Defaults {

    static final String FILE = "META-INF/microprofile-config.properties";

    private static volatile Properties loaded;

    private Defaults() {}

    /** The default of {@code key}; a key without one is a mistake in the file, not in the setting. */
    static String of(String key) {
        String value = all().getProperty(key);
        if (value == null) {
            throw new IllegalStateException(key + " has no default in " + FILE);
        }
        return value;
    }

    static Properties all() {
        Properties properties = loaded;
        if (properties == null) {
            properties = load();
            loaded = properties;
        }
        return properties;
    }

    private static Properties load() {
        String self = Defaults.class.getName().replace('.', '/') + ".class";
        String url = Defaults.class.getClassLoader().getResource(self).toString();
        String root = url.substring(0, url.length() - self.length());
        Properties properties = new Properties();
        try (InputStream in = new URL(root + FILE).openStream()) {
            properties.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + root + FILE, e);
        }
        return properties;
    }
}
