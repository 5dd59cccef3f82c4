package uz.ovoz.platform.grid;

import com.hazelcast.config.TopicConfig;
import com.hazelcast.core.HazelcastInstance;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.naming.InitialContext;
import javax.naming.NamingException;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import uz.ovoz.platform.database.SchemaMigration;
import uz.ovoz.platform.json.JsonMessages;
import uz.ovoz.platform.metrics.OvozMetrics;

/**
 * The Payara data grid this instance belongs to, if any: the Hazelcast instance Payara runs for a
 * deployment group or a Payara Micro cluster. Committed changes go to the other instances through
 * its topics as JSON text (no application class crosses the grid, so instances need not agree on
 * class loaders). Without a grid (Payara Micro with {@code --nohazelcast}, or
 * {@code ovoz.cluster.enabled=false}) publishing does nothing and the instance works alone.
 */
@Singleton
@Startup
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class Grid {

    /** Where Payara binds its Hazelcast instance. */
    static final String HAZELCAST = "payara/Hazelcast";

    private static final Logger LOG = Logger.getLogger(Grid.class.getName());
    private static final char ORIGIN_END = '\n';

    @Inject
    @ConfigProperty(name = "ovoz.cluster.enabled", defaultValue = "true")
    boolean enabled;

    @Resource
    ManagedExecutorService executor;

    @Resource(lookup = SchemaMigration.DATASOURCE)
    DataSource dataSource;

    @Inject
    OvozMetrics metrics;

    private HazelcastInstance hazelcast;
    private String self = "alone";

    @PostConstruct
    void join() {
        if (enabled) {
            hazelcast = lookup().orElse(null);
        }
        if (hazelcast != null) {
            self = hazelcast.getCluster().getLocalMember().getUuid().toString();
            LOG.log(Level.INFO, "In the data grid {0} as member {1}; {2} members now", new Object[] {
                hazelcast.getConfig().getClusterName(), self, members()
            });
            if (onEmbeddedDatabase()) {
                LOG.warning("This instance is in a data grid but uses the embedded H2 database, which no other"
                        + " instance can share: it is not ready while the grid has other members. A cluster needs"
                        + " PostgreSQL: set ovoz.db.url (OVOZ_DB_URL) on every instance.");
            }
        } else {
            LOG.info("No data grid: this instance works alone");
        }
        metrics.gauge("ovoz_grid_members", this::members);
    }

    /** Whether the database is the embedded H2, which a cluster cannot share. */
    public boolean onEmbeddedDatabase() {
        try (Connection connection = dataSource.getConnection()) {
            return connection
                    .getMetaData()
                    .getDatabaseProductName()
                    .toLowerCase()
                    .contains("h2");
        } catch (SQLException unavailable) {
            // the database's own readiness check reports that
            return false;
        }
    }

    private static Optional<HazelcastInstance> lookup() {
        try {
            HazelcastInstance found = (HazelcastInstance) new InitialContext().lookup(HAZELCAST);
            return found != null && found.getLifecycleService().isRunning() ? Optional.of(found) : Optional.empty();
        } catch (NamingException | RuntimeException | LinkageError absent) {
            LOG.log(Level.FINE, "No Hazelcast instance at " + HAZELCAST, absent);
            return Optional.empty();
        }
    }

    /** Whether this instance is in a data grid (perhaps still its only member). */
    public boolean joined() {
        return hazelcast != null;
    }

    /** The members of the grid, this instance included; 1 without a grid. */
    public int members() {
        try {
            return hazelcast == null ? 1 : hazelcast.getCluster().getMembers().size();
        } catch (RuntimeException shuttingDown) {
            return 1;
        }
    }

    /** Sends a message to the other instances; nothing without a grid. */
    public void publish(String topic, Object message) {
        if (hazelcast == null) {
            return;
        }
        try {
            hazelcast.<String>getTopic(topic).publish(self + ORIGIN_END + JsonMessages.toJson(message));
        } catch (RuntimeException e) {
            // The change is committed; instances that miss it catch up from the database
            LOG.log(Level.WARNING, "Could not publish to the grid topic " + topic, e);
        }
    }

    /**
     * Calls the handler, in order, with each message another instance publishes on the topic. Every
     * instance sees a topic's messages in one order.
     */
    public <T> void subscribe(String topic, Class<T> type, Consumer<T> handler) {
        if (hazelcast == null) {
            return;
        }
        hazelcast.getConfig().addTopicConfig(new TopicConfig(topic).setGlobalOrderingEnabled(true));
        InOrder<T> inOrder = new InOrder<>(executor, handler);
        hazelcast.<String>getTopic(topic).addMessageListener(received -> {
            String text = received.getMessageObject();
            int end = text.indexOf(ORIGIN_END);
            if (end > 0 && !text.substring(0, end).equals(self)) {
                JsonMessages.fromJson(text.substring(end + 1), type).ifPresent(inOrder::accept);
            }
        });
    }
}
