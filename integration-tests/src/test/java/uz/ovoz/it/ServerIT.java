package uz.ovoz.it;

import java.net.URL;
import java.util.UUID;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A client-side test of one deployed web module: its address, an admin signed in to its API, and a
 * run id that keeps this test's events, candidates and users apart from the others' in the shared
 * database. The subclass names the archive with a static {@code @Deployment} method, which Arquillian
 * also finds on a superclass ({@link VotingServerIT}).
 */
@ExtendWith(ArquillianExtension.class)
abstract class ServerIT {

    @ArquillianResource
    URL url;

    Endpoints endpoints;
    AdminApi admin;
    String run;

    // Not named like a subclass's own @BeforeEach: a method of the same name would hide this one
    @BeforeEach
    void connectToTheServer() {
        endpoints = Endpoints.of(url);
        admin = new AdminApi(endpoints);
        run = UUID.randomUUID().toString().substring(0, 6);
    }
}
