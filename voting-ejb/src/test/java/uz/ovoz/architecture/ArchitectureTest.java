package uz.ovoz.architecture;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.EvaluationResult;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The business tier's classes keep the direction {@link Direction} states. */
class ArchitectureTest {

    private static final JavaClasses EJB = new ClassFileImporter().importPath(Path.of("target", "classes"));

    @Test
    void businessTierKeepsTheDirection() {
        assertFalse(EJB.isEmpty(), "no classes under target/classes");
        Direction.ofApplication().forEach(rule -> rule.check(EJB));
    }

    @Test
    void eachRuleReportsAClassThatBreaksIt() {
        JavaClasses broken = new ClassFileImporter().importPackages("uz.ovoz.architecture.fixture");
        for (ArchRule rule : Direction.of("uz.ovoz.architecture.fixture")) {
            EvaluationResult result = rule.evaluate(broken);
            assertTrue(result.hasViolation(), () -> "not reported: " + rule.getDescription());
        }
    }

    @Test
    void aRuleAcceptsTheDirectionItStates() {
        JavaClasses kept = new ClassFileImporter()
                .importClasses(
                        uz.ovoz.architecture.fixture.voting.live.LiveScreen.class,
                        uz.ovoz.architecture.fixture.voting.event.EventFacts.class);
        for (ArchRule rule : Direction.of("uz.ovoz.architecture.fixture")) {
            assertFalse(rule.evaluate(kept).hasViolation(), () -> "reported: " + rule.getDescription());
        }
    }
}
