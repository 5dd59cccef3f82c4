package uz.ovoz.platform.config;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Checks every tunable before anything else starts. A value out of range would otherwise surface
 * much later as a strange failure under load; here it fails the deployment with the key's name.
 */
@Singleton(name = "ConfigCheck")
@Startup
public class ConfigCheck {

    private static final Logger LOG = Logger.getLogger(ConfigCheck.class.getName());

    @PostConstruct
    void check() {
        Config config = ConfigProvider.getConfig(ConfigCheck.class.getClassLoader());
        try {
            Map<String, Long> values = Tunables.check(key -> config.getOptionalValue(key, String.class));
            LOG.log(Level.FINE, "Configuration checked: {0}", values);
        } catch (InvalidConfiguration e) {
            LOG.log(Level.SEVERE, "Invalid configuration: {0}", e.getMessage());
            throw e;
        }
    }
}
