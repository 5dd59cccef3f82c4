package uz.ovoz.platform.batch;

import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;

/**
 * Writes every queued vote and chat message when a web module stops, and refuses new ones from then
 * on. A flusher's own {@code @PreDestroy} comes too late for that where the business tier is deployed
 * inside a WAR (Payara Micro): the datasource its {@code @DataSourceDefinition} declares belongs to
 * the web module's naming environment, and Payara undeploys it (connection pool included) as soon as
 * the web context has stopped, while the EJB container, stopped after the web container, destroys its
 * singletons only later: the drain there found no connection and answered every queued vote "busy"
 * and every queued message "could not be stored". {@code contextDestroyed} runs inside the context's
 * stop, before that, while the datasource and the client sockets still work.
 *
 * <p>Registered in each web module's {@code web.xml}; whichever stops first drains every queue of
 * the application, the others find them drained.
 */
public class DrainOnStop implements ServletContextListener {

    @Inject
    @Any
    Instance<BatchQueue<?, ?>> queues;

    @Override
    public void contextDestroyed(ServletContextEvent event) {
        for (BatchQueue<?, ?> queue : queues) {
            queue.drain();
        }
    }
}
