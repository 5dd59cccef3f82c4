package uz.ovoz.loadtest;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The command line: a scenario name, then {@code --name value} pairs. Every option read is remembered,
 * with its default if it was not given, so that the report says exactly what ran.
 */
public final class Options {

    private static final Set<String> LOOPBACK = Set.of("127.0.0.1", "localhost", "[::1]");

    private final String command;
    private final Map<String, String> given;
    private final Map<String, String> used = new LinkedHashMap<>();

    private Options(String command, Map<String, String> given) {
        this.command = command;
        this.given = given;
    }

    public static Options parse(String... args) {
        if (args.length == 0 || args[0].startsWith("--")) {
            throw new IllegalArgumentException("The first argument names the scenario");
        }
        Map<String, String> given = new LinkedHashMap<>();
        for (int i = 1; i < args.length; i += 2) {
            if (!args[i].startsWith("--") || i + 1 >= args.length) {
                throw new IllegalArgumentException("Options come in pairs: --name value; got " + List.of(args));
            }
            given.put(args[i].substring(2), args[i + 1]);
        }
        return new Options(args[0], given);
    }

    public String command() {
        return command;
    }

    public String string(String name, String fallback) {
        String value = given.getOrDefault(name, fallback);
        used.put(name, value);
        return value;
    }

    public int integer(String name, int fallback) {
        return Integer.parseInt(string(name, String.valueOf(fallback)).replace("_", ""));
    }

    public double decimal(String name, double fallback) {
        return Double.parseDouble(string(name, String.valueOf(fallback)).replace("_", ""));
    }

    /** The server's base URL; load goes to loopback addresses only. */
    public URI url() {
        URI url = URI.create(string("url", "http://127.0.0.1:8080").replaceAll("/$", ""));
        if (url.getHost() == null
                || !(LOOPBACK.contains(url.getHost()) || url.getHost().startsWith("127."))) {
            throw new IllegalArgumentException("Load runs target loopback only, not " + url);
        }
        return url;
    }

    /** Options given but never read: most likely misspelt. */
    public Set<String> unused() {
        Set<String> unused = new java.util.TreeSet<>(given.keySet());
        unused.removeAll(used.keySet());
        return unused;
    }

    public Map<String, String> used() {
        return Map.copyOf(used);
    }
}
