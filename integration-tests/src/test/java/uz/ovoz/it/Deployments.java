package uz.ovoz.it;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.importer.ZipImporter;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/**
 * Builds the test deployments from the real modules. Payara Micro cannot deploy the EAR, so each
 * web module is deployed as the WAR the build produced, with the business tier and the shared
 * libraries that the EAR keeps in {@code lib/} added under {@code WEB-INF/lib}. The WAR names give
 * the EAR's context roots: {@code ROOT.war} is {@code /}, {@code chat.war} is {@code /chat}.
 */
public final class Deployments {

    private static final Path PARTS = Path.of(System.getProperty("ovoz.deployment.dir", "target/deployment"));

    private Deployments() {}

    /** The voting module at {@code /}: pages, voter and display channels, the API. */
    public static WebArchive voting() {
        return webModule("voting-web.war", "ROOT.war");
    }

    /** The chat module at {@code /chat}. */
    public static WebArchive chat() {
        return webModule("chat-web.war", "chat.war");
    }

    private static WebArchive webModule(String builtWar, String deployedName) {
        File war = PARTS.resolve(builtWar).toFile();
        if (!war.isFile()) {
            throw new IllegalStateException(war + " is missing: run the tests through Maven (./mvnw verify)");
        }
        return ShrinkWrap.create(ZipImporter.class, deployedName)
                .importFrom(war)
                .as(WebArchive.class)
                .addAsLibraries(businessTierAndLibraries());
    }

    private static File[] businessTierAndLibraries() {
        try (Stream<Path> files = Files.list(PARTS)) {
            return files.filter(file -> file.toString().endsWith(".jar"))
                    .map(Path::toFile)
                    .toArray(File[]::new);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
