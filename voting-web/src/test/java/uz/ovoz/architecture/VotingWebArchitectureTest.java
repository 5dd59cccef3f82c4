package uz.ovoz.architecture;

import static org.junit.jupiter.api.Assertions.assertFalse;

import org.junit.jupiter.api.Test;

/** voting-web keeps the direction with the business tier, in package names of its own. */
class VotingWebArchitectureTest {

    @Test
    void webClassesLiveInWebPackageNames() {
        assertFalse(WebModule.own().isEmpty(), "no classes under target/classes");
        WebModule.ownPackages(
                        "uz.ovoz.voting.*.rest..",
                        "uz.ovoz.voting.*.socket..",
                        "uz.ovoz.voting.*.web..",
                        "uz.ovoz.platform..")
                .check(WebModule.own());
    }

    @Test
    void noResourceIsTaggedAsTheChatsSoThatTheApiDocumentGivesItTheAdminErrors() {
        WebModule.resourcesTaggedAsChat(false).check(WebModule.own());
    }

    @Test
    void webAndBusinessTierKeepTheDirection() {
        Direction.ofApplication().forEach(rule -> rule.check(WebModule.withBusinessTier()));
    }
}
