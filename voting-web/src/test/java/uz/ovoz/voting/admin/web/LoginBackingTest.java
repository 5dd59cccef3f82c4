package uz.ovoz.voting.admin.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class LoginBackingTest {

    private static String after(String from) {
        LoginBacking login = new LoginBacking();
        login.setFrom(from);
        return login.target();
    }

    @Test
    void returnsToTheConsolePageThatAskedForTheLogin() {
        assertEquals("/admin/results.xhtml?id=4", after("/admin/results.xhtml?id=4"));
    }

    @Test
    void neverRedirectsToAnotherSite() {
        assertEquals(LoginBacking.CONSOLE, after("https://evil.example/admin/"));
        assertEquals(LoginBacking.CONSOLE, after("//evil.example/admin/"));
        assertEquals(LoginBacking.CONSOLE, after("/admin//evil.example"));
        assertEquals(LoginBacking.CONSOLE, after(null));
    }

    @Test
    void protectedViewsAreReachedThroughTheConsoleNotByAddress() {
        assertEquals(LoginBacking.CONSOLE, after("/admin/control.xhtml?id=4"));
    }
}
