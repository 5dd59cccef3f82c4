package uz.ovoz.platform.web;

import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Marks the session cookie {@code Secure} on every response when {@code ovoz.session.cookie-secure}
 * is true. Payara marks it by itself when the request came over HTTPS to its own listener; behind a
 * load balancer that ends TLS, the request reaches Payara over plain HTTP, and only this setting keeps
 * the browser from ever sending the console's session over plain HTTP.
 */
public class SecureSessionCookie implements ServletContextListener {

    @Override
    public void contextInitialized(ServletContextEvent event) {
        if (ConfigProvider.getConfig()
                .getOptionalValue("ovoz.session.cookie-secure", Boolean.class)
                .orElse(false)) {
            event.getServletContext().getSessionCookieConfig().setSecure(true);
        }
    }
}
