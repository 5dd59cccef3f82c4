package uz.ovoz.it;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/** A client-side test of the voting module as it is built, with its default configuration. */
abstract class VotingServerIT extends ServerIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.voting();
    }
}
