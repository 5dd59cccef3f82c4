package uz.ovoz.platform.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Keeps docs/configuration.md, microprofile-config.properties and the defaults the code repeats in
 * step: the properties file owns every default, the others must agree with it.
 */
class ConfigurationDocumentTest {

    private static final Path ROOT = Path.of(System.getProperty("basedir", "."))
            .toAbsolutePath()
            .resolve("..")
            .normalize();
    private static final List<String> MODULES = List.of("voting-ejb", "voting-web", "chat-web");

    /** The application's wiring rather than a setting an operator changes. */
    private static final String NOT_A_SETTING = "mp.openapi.";

    private static final Pattern INJECTED = Pattern.compile(
            "@ConfigProperty\\(\\s*name\\s*=\\s*\"([^\"]+)\"(?:\\s*,\\s*defaultValue\\s*=\\s*\"([^\"]*)\")?\\s*\\)");
    private static final Pattern LOOKED_UP =
            Pattern.compile("getOptionalValue\\(\"((?:ovoz|mp)\\.[^\"]+)\"[^)]*\\)(?:\\.orElse\\(([^)]*)\\))?");
    private static final Pattern DATASOURCE = Pattern.compile("\\$\\{MPCONFIG=([a-z][a-z0-9.-]*)(?::([^}]*))?}");
    private static final Pattern ROW = Pattern.compile("^\\| `([^`]+)` \\| `([^`]+)` \\| ([^|]+) \\|");

    private final Properties defaults = Defaults.all();
    private final Map<String, String> codeDefaults = new LinkedHashMap<>();
    private final Set<String> keysInCode = new TreeSet<>();

    ConfigurationDocumentTest() throws IOException {
        for (String module : MODULES) {
            try (Stream<Path> files = Files.walk(ROOT.resolve(module).resolve("src/main/java"))) {
                for (Path file :
                        files.filter(path -> path.toString().endsWith(".java")).toList()) {
                    readKeys(file, Files.readString(file));
                }
            }
        }
    }

    private void readKeys(Path file, String source) {
        for (Pattern pattern : List.of(INJECTED, LOOKED_UP, DATASOURCE)) {
            Matcher matcher = pattern.matcher(source);
            while (matcher.find()) {
                keysInCode.add(matcher.group(1));
                if (matcher.group(2) != null) {
                    codeDefaults.put(
                            file.getFileName() + ": " + matcher.group(1),
                            matcher.group(2).trim());
                }
            }
        }
    }

    private static Map<String, String[]> documented() throws IOException {
        Map<String, String[]> rows = new LinkedHashMap<>();
        for (String line : Files.readAllLines(ROOT.resolve("docs/configuration.md"))) {
            Matcher row = ROW.matcher(line);
            if (row.find()) {
                String[] previous = rows.put(
                        row.group(1), new String[] {row.group(2), row.group(3).trim()});
                assertTrue(previous == null, row.group(1) + " is listed twice");
            }
        }
        return rows;
    }

    private Set<String> settings() {
        return defaults.stringPropertyNames().stream()
                .filter(key -> !key.startsWith(NOT_A_SETTING))
                .collect(Collectors.toCollection(TreeSet::new));
    }

    @Test
    void everyDefaultWrittenInTheCodeIsThePropertiesFilesDefault() {
        assertFalse(codeDefaults.isEmpty(), "no defaults found under " + ROOT);
        codeDefaults.forEach((where, value) -> {
            String key = where.substring(where.indexOf(": ") + 2);
            assertEquals(defaults.getProperty(key), value, where + " disagrees with microprofile-config.properties");
        });
    }

    @Test
    void everyKeyOfThePropertiesFileIsReadByTheCode() {
        Set<String> unread = settings();
        unread.removeAll(keysInCode);
        assertEquals(Set.of(), unread, "keys in microprofile-config.properties that no code reads");
    }

    @Test
    void everyTunableHasItsDefaultInThePropertiesFile() {
        for (Tunable tunable : Tunables.ALL) {
            assertTrue(defaults.containsKey(tunable.key()), tunable.key());
        }
    }

    @Test
    void documentListsEveryKeyTheCodeReadsAndNoOther() throws IOException {
        Set<String> expected = new TreeSet<>(keysInCode);
        expected.addAll(settings());
        Set<String> listed = new TreeSet<>(documented().keySet());
        listed.removeIf(key -> key.contains("/"));
        Set<String> missing = new TreeSet<>(expected);
        missing.removeAll(listed);
        Set<String> extra = new TreeSet<>(listed);
        extra.removeAll(expected);
        assertEquals(Set.of(), missing, "keys the code reads that docs/configuration.md does not list");
        assertEquals(Set.of(), extra, "keys docs/configuration.md lists that no code reads");
    }

    @Test
    void documentedDefaultsAreThePropertiesFilesAndKeysWithoutOneSayNone() throws IOException {
        documented().forEach((key, row) -> {
            if (key.contains("/")) {
                return;
            }
            String value = defaults.getProperty(key);
            if (value == null) {
                assertTrue(row[1].startsWith("none"), key + " has no default, yet the document gives " + row[1]);
            } else {
                assertEquals("`" + value + "`", row[1], key);
            }
        });
    }

    @Test
    void documentedEnvironmentVariablesFollowMicroProfileConfigsRule() throws IOException {
        documented()
                .forEach((key, row) ->
                        assertEquals(key.replaceAll("[^A-Za-z0-9_]", "_").toUpperCase(Locale.ROOT), row[0], key));
    }

    /** Fault Tolerance keys: {@code <class>/<method>/<annotation>/<parameter>}, defaults from the annotation. */
    @Test
    void documentedFaultToleranceKeysNameRealAnnotationsWithTheirValues() throws Exception {
        List<String> checked = new ArrayList<>();
        for (Map.Entry<String, String[]> entry : documented().entrySet()) {
            String[] parts = entry.getKey().split("/");
            if (parts.length != 4) {
                continue;
            }
            Class<?> owner = Class.forName(parts[0], false, getClass().getClassLoader());
            Method method = Arrays.stream(owner.getDeclaredMethods())
                    .filter(m -> m.getName().equals(parts[1]))
                    .findFirst()
                    .orElseThrow(() -> new AssertionError(entry.getKey() + ": no method " + parts[1]));
            Annotation annotation = Arrays.stream(method.getAnnotations())
                    .filter(a -> a.annotationType().getSimpleName().equals(parts[2]))
                    .findFirst()
                    .orElseThrow(() -> new AssertionError(entry.getKey() + ": no @" + parts[2]));
            Object value = annotation.annotationType().getMethod(parts[3]).invoke(annotation);
            assertEquals("`" + value + "`", entry.getValue()[1], entry.getKey());
            checked.add(entry.getKey());
        }
        assertFalse(checked.isEmpty(), "no Fault Tolerance keys documented");
    }
}
