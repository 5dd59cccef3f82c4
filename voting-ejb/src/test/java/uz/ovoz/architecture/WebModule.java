package uz.ovoz.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import java.nio.file.Path;
import java.util.Set;
import java.util.stream.Collectors;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import uz.ovoz.platform.openapi.WireFormatFilter;

/**
 * A web module's classes, for its architecture test: they keep {@link Direction} together with the
 * business tier, and they live in package names of their own, so that an import shows every use of
 * the business tier.
 */
public final class WebModule {

    private static final ImportOption MAIN_CLASSES_ONLY =
            location -> !location.contains("/test-classes/") && !location.contains("-tests.jar");

    private WebModule() {}

    private static JavaClasses own;
    private static JavaClasses withBusinessTier;

    /** The module's own classes; Surefire runs in the module's directory. */
    public static synchronized JavaClasses own() {
        if (own == null) {
            own = new ClassFileImporter().importPath(Path.of("target", "classes"));
        }
        return own;
    }

    /** The module's classes and the business tier's, as the application runs them (read once: it takes seconds). */
    public static synchronized JavaClasses withBusinessTier() {
        if (withBusinessTier == null) {
            withBusinessTier =
                    new ClassFileImporter().withImportOption(MAIN_CLASSES_ONLY).importPackages("uz.ovoz");
        }
        return withBusinessTier;
    }

    /**
     * The module's classes reside in the given packages, and in none that holds a business-tier
     * class.
     */
    public static ArchRule ownPackages(String... packageIdentifiers) {
        Set<String> own = own().stream().map(JavaClass::getName).collect(Collectors.toSet());
        Set<String> businessPackages = withBusinessTier().stream()
                .filter(type -> !own.contains(type.getName()))
                .map(JavaClass::getPackageName)
                .collect(Collectors.toSet());
        return classes().should().resideInAnyPackage(packageIdentifiers).andShould(notResideIn(businessPackages));
    }

    /**
     * Every JAX-RS resource of the module carries a tag that marks it as the chat's ({@code chat}) or
     * none does: the API document gives every operation without such a tag the admin API's errors,
     * its Basic 401 among them ({@link WireFormatFilter#CHAT_TAG_PREFIX}).
     */
    public static ArchRule resourcesTaggedAsChat(boolean chat) {
        return classes().that().areAnnotatedWith(jakarta.ws.rs.Path.class).should(taggedAsChat(chat));
    }

    private static ArchCondition<JavaClass> taggedAsChat(boolean chat) {
        String prefix = WireFormatFilter.CHAT_TAG_PREFIX;
        String tag = "a @Tag named \"" + prefix + "…\"";
        return new ArchCondition<>((chat ? "carry " : "carry no ") + tag) {
            @Override
            public void check(JavaClass type, ConditionEvents events) {
                boolean chatTagged = type.tryGetAnnotationOfType(Tag.class)
                        .map(found -> found.name().startsWith(prefix))
                        .orElse(false);
                if (chatTagged != chat) {
                    events.add(
                            SimpleConditionEvent.violated(type, type.getName() + (chat ? " has no " : " has ") + tag));
                }
            }
        };
    }

    private static ArchCondition<JavaClass> notResideIn(Set<String> businessPackages) {
        return new ArchCondition<>("not reside in a package of the business tier") {
            @Override
            public void check(JavaClass type, ConditionEvents events) {
                if (businessPackages.contains(type.getPackageName())) {
                    events.add(SimpleConditionEvent.violated(
                            type, type.getName() + " shares its package with the business tier"));
                }
            }
        };
    }
}
