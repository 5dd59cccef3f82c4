package uz.ovoz.loadtest;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordingFile;

/**
 * Where the CPU went in a JFR recording of the server: the methods most often on top of the sampled
 * stacks (self time) and those most often anywhere on them (inclusive), as shares of all samples.
 *
 * <pre>java -cp loadtest/target/classes uz.ovoz.loadtest.JfrSummary server.jfr [rows] [WORD,WORD,...]</pre>
 * With words, it also prints the share of samples whose stack mentions each word (a class or method
 * name), leaving out the samples of WebSocket connection set-up ({@code TyrusHttpUpgradeHandler}).
 */
public final class JfrSummary {

    private JfrSummary() {}

    public static void main(String[] args) throws IOException {
        int rows = args.length > 1 ? Integer.parseInt(args[1]) : 25;
        Map<String, Integer> self = new HashMap<>();
        Map<String, Integer> inclusive = new HashMap<>();
        List<String> words = args.length > 2 ? List.of(args[2].split(",")) : List.of();
        Map<String, Integer> mentions = new java.util.LinkedHashMap<>();
        words.forEach(word -> mentions.put(word, 0));
        int steady = 0;
        int samples = 0;
        for (RecordedEvent event : RecordingFile.readAllEvents(Path.of(args[0]))) {
            if (!event.getEventType().getName().equals("jdk.ExecutionSample") || event.getStackTrace() == null) {
                continue;
            }
            samples++;
            List<RecordedFrame> frames = event.getStackTrace().getFrames();
            if (!frames.isEmpty()) {
                self.merge(name(frames.get(0)), 1, Integer::sum);
            }
            Set<String> seen = new HashSet<>();
            frames.forEach(frame -> seen.add(name(frame)));
            seen.forEach(method -> inclusive.merge(method, 1, Integer::sum));
            if (seen.stream().noneMatch(method -> method.contains("TyrusHttpUpgradeHandler"))) {
                steady++;
                words.forEach(word -> {
                    if (seen.stream().anyMatch(method -> method.contains(word))) {
                        mentions.merge(word, 1, Integer::sum);
                    }
                });
            }
        }
        System.out.printf("%d execution samples%n", samples);
        print("self", self, samples, rows);
        print("inclusive", inclusive, samples, rows);
        if (!words.isEmpty()) {
            System.out.printf("%n%d samples outside connection set-up, share mentioning each word%n", steady);
            for (Map.Entry<String, Integer> mention : mentions.entrySet()) {
                System.out.printf("%5.1f%%  %s%n", 100.0 * mention.getValue() / Math.max(1, steady), mention.getKey());
            }
        }
    }

    private static void print(String title, Map<String, Integer> counts, int samples, int rows) {
        System.out.printf("%n%s%n", title);
        counts.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
                .limit(rows)
                .forEach(entry ->
                        System.out.printf("%5.1f%%  %s%n", 100.0 * entry.getValue() / samples, entry.getKey()));
    }

    private static String name(RecordedFrame frame) {
        return frame.getMethod().getType().getName() + "." + frame.getMethod().getName();
    }
}
