package uz.ovoz.voting.oldsystem.control;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import uz.ovoz.voting.oldsystem.entity.ImportedRow;
import uz.ovoz.voting.oldsystem.entity.ImportedRow.Kind;

/** One import's memory: what earlier runs of the same source brought across, and this run's counts and problems. */
public final class ImportLedger {

    private final Map<Kind, Map<Long, Long>> known = new EnumMap<>(Kind.class);
    private final Map<String, Integer> counts = new HashMap<>();
    private final List<String> problems = new ArrayList<>();
    private final int maxProblems;

    public ImportLedger(List<ImportedRow> earlier, int maxProblems) {
        for (Kind kind : Kind.values()) {
            known.put(kind, new HashMap<>());
        }
        earlier.forEach(row -> known.get(row.getKind()).put(row.getOldId(), row.getNewId()));
        this.maxProblems = maxProblems;
    }

    /** The id here of an old row brought across before. */
    public Optional<Long> newId(Kind kind, long oldId) {
        return Optional.ofNullable(known.get(kind).get(oldId));
    }

    public void remember(Kind kind, long oldId, long newId) {
        known.get(kind).put(oldId, newId);
    }

    /** Counts one more of {@code what} (a {@link Kind} added, or a word such as {@code vote-known}). */
    public void add(Object what) {
        counts.merge(String.valueOf(what), 1, Integer::sum);
    }

    public int total(Object what) {
        return counts.getOrDefault(String.valueOf(what), 0);
    }

    public void problem(String text) {
        if (problems.size() < maxProblems) {
            problems.add(text);
        }
    }

    public List<String> problems() {
        return List.copyOf(problems);
    }
}
