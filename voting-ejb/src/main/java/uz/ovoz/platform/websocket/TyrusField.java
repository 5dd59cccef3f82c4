package uz.ovoz.platform.websocket;

import java.lang.reflect.Field;
import java.util.Optional;
import java.util.concurrent.ScheduledExecutorService;

/**
 * A private {@link ScheduledExecutorService} field of a Tyrus class, found by name in the class or
 * its superclasses at the first object and then reused: every session (every container) is of the
 * same Tyrus class.
 */
final class TyrusField {

    private final String name;
    // null until the first lookup; empty when this Tyrus version lacks the field
    private volatile Optional<Field> field;

    TyrusField(String name) {
        this.name = name;
    }

    String name() {
        return name;
    }

    /** The field in {@code type}'s hierarchy, made writable; empty when there is none. */
    Optional<Field> in(Class<?> type) {
        Optional<Field> known = field;
        if (known == null) {
            try {
                Field found = find(type, name);
                found.setAccessible(true);
                known = Optional.of(found);
            } catch (NoSuchFieldException | RuntimeException e) {
                known = Optional.empty();
            }
            field = known;
        }
        return known;
    }

    static Field find(Class<?> type, String name) throws NoSuchFieldException {
        for (Class<?> c = type; c != null; c = c.getSuperclass()) {
            for (Field candidate : c.getDeclaredFields()) {
                if (candidate.getName().equals(name) && candidate.getType() == ScheduledExecutorService.class) {
                    return candidate;
                }
            }
        }
        throw new NoSuchFieldException(type.getName() + "." + name);
    }
}
