package uz.ovoz.voting.admin.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ejb.EJBException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import uz.ovoz.voting.admin.entity.AdminUser;

class FirstAdminTest {

    private final StubAccounts accounts = new StubAccounts();
    private final FirstAdmin firstAdmin = new FirstAdmin();
    private final List<LogRecord> log = new ArrayList<>();
    private final Logger logger = Logger.getLogger(FirstAdmin.class.getName());
    private final Handler recorder = new Handler() {
        @Override
        public void publish(LogRecord record) {
            log.add(record);
        }

        @Override
        public void flush() {}

        @Override
        public void close() {}
    };

    @BeforeEach
    void configureDefaults() {
        firstAdmin.accounts = accounts;
        firstAdmin.username = "admin";
        firstAdmin.password = Optional.empty();
        logger.addHandler(recorder);
    }

    @AfterEach
    void stopRecording() {
        logger.removeHandler(recorder);
    }

    @Test
    void existingAdminIsLeftAlone() {
        accounts.count = 1;
        firstAdmin.createIfNone();
        assertNull(accounts.createdName);
        assertTrue(log.isEmpty());
    }

    @Test
    void configuredNameAndPasswordAreUsed() {
        firstAdmin.username = "root";
        firstAdmin.password = Optional.of("configured-secret");
        firstAdmin.createIfNone();
        assertEquals("root", accounts.createdName);
        assertEquals("configured-secret", accounts.createdPassword);
        assertTrue(log.stream().noneMatch(record -> record.getLevel() == Level.WARNING));
    }

    @Test
    void missingPasswordIsGeneratedAndLoggedOnceAsAWarning() {
        firstAdmin.createIfNone();
        assertEquals("admin", accounts.createdName);
        assertEquals(InitialPassword.LENGTH, accounts.createdPassword.length());
        List<LogRecord> warnings = log.stream()
                .filter(record -> record.getLevel() == Level.WARNING)
                .toList();
        assertEquals(1, warnings.size());
        String message = formatted(warnings.get(0));
        assertTrue(message.contains(accounts.createdPassword), message);
        assertTrue(message.contains("OVOZ_ADMIN_PASSWORD"), message);
        assertTrue(message.contains("change it"), message);
    }

    @Test
    void accountCreatedByAConcurrentStartIsAcceptedWithoutLoggingAPassword() {
        accounts.failCreate = true;
        accounts.existsAfterFailure = true;
        firstAdmin.createIfNone();
        assertTrue(log.stream().noneMatch(record -> record.getLevel() == Level.WARNING));
    }

    @Test
    void failureThatLeavesNoAccountFailsTheStart() {
        accounts.failCreate = true;
        assertThrows(EJBException.class, firstAdmin::createIfNone);
    }

    private static String formatted(LogRecord record) {
        return java.text.MessageFormat.format(record.getMessage(), record.getParameters());
    }

    /** Accounts that are counted and created in memory, and can fail as a lost race does. */
    private static final class StubAccounts extends AdminAccounts {
        long count;
        boolean failCreate;
        boolean existsAfterFailure;
        String createdName;
        String createdPassword;

        @Override
        public long count() {
            return count;
        }

        @Override
        public AdminUser create(String username, String plainPassword) {
            if (failCreate) {
                throw new EJBException("unique constraint uq_admin_users_username violated");
            }
            createdName = username;
            createdPassword = plainPassword;
            return new AdminUser(username, "fake:" + plainPassword);
        }

        @Override
        public Optional<AdminUser> byUsername(String username) {
            return existsAfterFailure ? Optional.of(new AdminUser(username, "fake:x")) : Optional.empty();
        }
    }
}
