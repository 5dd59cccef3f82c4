package uz.ovoz.chat.control;

import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;
import org.eclipse.microprofile.config.spi.ConfigSource;

/**
 * Hands Payara's MicroProfile JWT the public key of chat tokens when the operator configured none:
 * {@code mp.jwt.verify.publickey} of the key {@link ChatKeys} derives from {@code ovoz.chat.jwt-secret}
 * (or of the random key). Silent when {@code ovoz.chat.jwt-private-key} or
 * {@code mp.jwt.verify.publickey.location} is configured: the operator's keys are then the ones.
 *
 * <p>A configuration source rather than a value set at start-up: Payara reads the key while the
 * application is still being deployed and caches what it finds, absent included, so the value must
 * be computable from the first read on. Its ordinal is below every file, variable and property, so any
 * configured {@code mp.jwt.verify.publickey} wins.
 */
public class ChatKeyConfigSource implements ConfigSource {

    static final String PUBLIC_KEY = "mp.jwt.verify.publickey";
    static final int ORDINAL = 50;
    private static final Logger LOG = Logger.getLogger(ChatKeyConfigSource.class.getName());

    private volatile String pem;

    @Override
    public Set<String> getPropertyNames() {
        return Set.of(PUBLIC_KEY);
    }

    @Override
    public Map<String, String> getProperties() {
        String value = getValue(PUBLIC_KEY);
        return value == null ? Map.of() : Map.of(PUBLIC_KEY, value);
    }

    @Override
    public String getValue(String propertyName) {
        if (!PUBLIC_KEY.equals(propertyName)) {
            return null;
        }
        String known = pem;
        if (known == null) {
            known = derive(ConfigProvider.getConfig(ChatKeyConfigSource.class.getClassLoader()));
            pem = known;
        }
        return known.isEmpty() ? null : known;
    }

    private static String derive(Config config) {
        if (configured(config, "ovoz.chat.jwt-private-key") || configured(config, "mp.jwt.verify.publickey.location")) {
            return "";
        }
        try {
            return ChatKeys.from(
                            Optional.empty(),
                            Optional.empty(),
                            config.getOptionalValue("ovoz.chat.jwt-secret", String.class))
                    .publicKeyPem();
        } catch (IllegalStateException invalid) {
            // ChatTokens fails with the same message when it starts; no key means no token is accepted
            LOG.log(Level.SEVERE, "No chat token key: {0}", invalid.getMessage());
            return "";
        }
    }

    private static boolean configured(Config config, String key) {
        return config.getOptionalValue(key, String.class)
                .filter(value -> !value.isBlank())
                .isPresent();
    }

    @Override
    public int getOrdinal() {
        return ORDINAL;
    }

    @Override
    public String getName() {
        return "Ovoz chat token key";
    }
}
