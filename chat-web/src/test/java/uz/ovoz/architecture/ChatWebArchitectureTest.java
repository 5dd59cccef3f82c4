package uz.ovoz.architecture;

import static org.junit.jupiter.api.Assertions.assertFalse;

import org.junit.jupiter.api.Test;

/** chat-web keeps the direction with the business tier, in package names of its own. */
class ChatWebArchitectureTest {

    @Test
    void webClassesLiveInWebPackageNames() {
        assertFalse(WebModule.own().isEmpty(), "no classes under target/classes");
        WebModule.ownPackages("uz.ovoz.chat.rest..", "uz.ovoz.chat.socket..").check(WebModule.own());
    }

    @Test
    void everyResourceIsTaggedAsTheChatsSoThatTheApiDocumentGivesItTheChatErrors() {
        WebModule.resourcesTaggedAsChat(true).check(WebModule.own());
    }

    @Test
    void webAndBusinessTierKeepTheDirection() {
        Direction.ofApplication().forEach(rule -> rule.check(WebModule.withBusinessTier()));
    }
}
