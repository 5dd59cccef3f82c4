package uz.ovoz.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;

import com.tngtech.archunit.lang.ArchRule;
import java.util.List;
import java.util.stream.Stream;

/**
 * The direction of dependencies written in {@code uz.ovoz}'s package-info, as rules. Each rule is
 * made for a root package, so that a test can also run it against a small set of classes that
 * breaks it on purpose.
 */
public final class Direction {

    private Direction() {}

    /** Every rule, for the application's root {@code uz.ovoz}. */
    public static List<ArchRule> ofApplication() {
        return of("uz.ovoz");
    }

    /** Every rule for {@code root}; a rule with no class to check passes, since a module may lack a root. */
    public static List<ArchRule> of(String root) {
        return Stream.of(
                        platformImportsNoFeature(root),
                        chatDoesNotImportVoting(root),
                        votingDoesNotImportChat(root),
                        votingFeaturesPointDown(root))
                .map(rule -> rule.allowEmptyShould(true))
                .toList();
    }

    static ArchRule platformImportsNoFeature(String root) {
        return noClasses()
                .that()
                .resideInAPackage(root + ".platform..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(root + ".voting..", root + ".chat..")
                .because("platform is what the features share; what both need moves there");
    }

    static ArchRule chatDoesNotImportVoting(String root) {
        return noClasses()
                .that()
                .resideInAPackage(root + ".chat..")
                .should()
                .dependOnClassesThat()
                .resideInAPackage(root + ".voting..")
                .because("chat and voting share only platform");
    }

    static ArchRule votingDoesNotImportChat(String root) {
        return noClasses()
                .that()
                .resideInAPackage(root + ".voting..")
                .should()
                .dependOnClassesThat()
                .resideInAPackage(root + ".chat..")
                .because("chat and voting share only platform");
    }

    /** admin → oldsystem; admin, oldsystem, display → live → ballot → event; nothing points back up. */
    static ArchRule votingFeaturesPointDown(String root) {
        String voting = root + ".voting.";
        return layeredArchitecture()
                .consideringOnlyDependenciesInLayers()
                .withOptionalLayers(true)
                .layer("admin")
                .definedBy(voting + "admin..")
                .layer("oldsystem")
                .definedBy(voting + "oldsystem..")
                .layer("display")
                .definedBy(voting + "display..")
                .layer("live")
                .definedBy(voting + "live..")
                .layer("ballot")
                .definedBy(voting + "ballot..")
                .layer("event")
                .definedBy(voting + "event..")
                .whereLayer("admin")
                .mayNotBeAccessedByAnyLayer()
                .whereLayer("oldsystem")
                .mayOnlyBeAccessedByLayers("admin")
                .whereLayer("display")
                .mayNotBeAccessedByAnyLayer()
                .whereLayer("live")
                .mayOnlyBeAccessedByLayers("admin", "display")
                .whereLayer("ballot")
                .mayOnlyBeAccessedByLayers("live", "admin", "oldsystem", "display")
                .whereLayer("event")
                .mayOnlyBeAccessedByLayers("ballot", "live", "admin", "oldsystem", "display")
                .because("an event's facts are event's, a vote's are ballot's; live puts them on the wire");
    }
}
