package uz.ovoz.platform.batch;

import java.text.MessageFormat;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Logs what a stop did where it can still be read. The JVM's own shutdown hook resets
 * {@code java.util.logging} while Payara Micro's hook is still stopping the applications, so a record
 * logged then reaches no handler and is lost; such a line goes to standard error instead, which the
 * process's output (the operator's log) still carries.
 */
public final class StopLog {

    private StopLog() {}

    public static void info(Logger log, String pattern, Object... parameters) {
        if (published(log)) {
            log.log(Level.INFO, pattern, parameters);
        } else {
            System.err.println(log.getName() + ": " + MessageFormat.format(pattern, parameters));
        }
    }

    /** Whether a record of this logger reaches a handler: none does after the logging reset. */
    private static boolean published(Logger log) {
        for (Logger at = log; at != null; at = at.getUseParentHandlers() ? at.getParent() : null) {
            if (at.getHandlers().length > 0) {
                return true;
            }
        }
        return false;
    }
}
