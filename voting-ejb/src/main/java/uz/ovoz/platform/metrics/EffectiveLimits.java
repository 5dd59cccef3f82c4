package uz.ovoz.platform.metrics;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Exports the process's descriptor counts and logs the limits in force once at start-up, so an operator sees a too-low one at once: the old
 * system's first outage was a file-descriptor limit nobody could see.
 */
@Singleton
@Startup
public class EffectiveLimits {

    private static final Logger LOG = Logger.getLogger(EffectiveLimits.class.getName());
    /** Descriptors the server uses besides client connections (jars, logs, pools), measured ≈ 360. */
    static final int SERVER_DESCRIPTORS = 400;

    @Inject
    @ConfigProperty(name = "ovoz.live.max-connections", defaultValue = "20000")
    int maxConnections;

    @Inject
    @ConfigProperty(name = "ovoz.db.pool.max", defaultValue = "32")
    int poolMax;

    @Inject
    @ConfigProperty(name = "ovoz.votes.batch-size", defaultValue = "500")
    int batchSize;

    @Inject
    OvozMetrics metrics;

    @PostConstruct
    void log() {
        // Payara's base and vendor metrics have no descriptor counts: the old system's first outage
        metrics.gauge("ovoz_process_open_fds", ProcessFigures::openFiles);
        metrics.gauge("ovoz_process_max_fds", ProcessFigures::maxFiles);
        metrics.gauge("ovoz_process_cpu_percent", ProcessFigures::cpuPercent);
        metrics.gauge("ovoz_process_cpu_seconds", ProcessFigures::cpuSeconds);
        long maxFiles = ProcessFigures.maxFiles();
        LOG.log(
                Level.INFO,
                "Ovoz limits: file descriptors {0} (open {1}), heap max {2} MB, "
                        + "live connections max {3}, database pool max {4}, vote batch {5}",
                new Object[] {
                    maxFiles,
                    ProcessFigures.openFiles(),
                    Runtime.getRuntime().maxMemory() / (1024 * 1024),
                    maxConnections,
                    poolMax,
                    batchSize
                });
        if (maxFiles > 0 && maxFiles < (long) maxConnections + SERVER_DESCRIPTORS) {
            LOG.log(
                    Level.WARNING,
                    "The file-descriptor limit {0} is below ovoz.live.max-connections + {1}: "
                            + "connections beyond it will hang. Raise LimitNOFILE (systemd) or ulimit -n.",
                    new Object[] {maxFiles, SERVER_DESCRIPTORS});
        }
    }
}
