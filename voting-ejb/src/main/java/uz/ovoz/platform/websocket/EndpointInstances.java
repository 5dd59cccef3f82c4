package uz.ovoz.platform.websocket;

import jakarta.enterprise.context.spi.CreationalContext;
import jakarta.enterprise.inject.spi.BeanManager;
import jakarta.enterprise.inject.spi.InjectionTarget;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import javax.naming.InitialContext;
import javax.naming.NamingException;

/**
 * Makes the endpoint instance of each new WebSocket session from one CDI injection target per
 * endpoint class, built at the class' first session. Tyrus' own CDI provider
 * ({@code CdiComponentProvider}) builds a new injection target for every session, reading the class'
 * annotations and validating every injection point again, all under one lock on the bean manager:
 * a third of a connect's CPU, and during a connect flood the handshakes queue for that lock. The
 * instance gets the same injection ({@code @Inject}, {@code @EJB}, {@code @ConfigProperty}) and
 * {@code @PostConstruct}.
 */
final class EndpointInstances {

    private record Maker<T>(BeanManager beans, InjectionTarget<T> target) {

        T make() {
            // An endpoint holds no dependent bean that must be destroyed: nothing to release at the close
            CreationalContext<T> context = beans.createCreationalContext(null);
            T instance = target.produce(context);
            target.inject(instance, context);
            target.postConstruct(instance);
            return instance;
        }
    }

    // An endpoint class lives in one web module: the bean manager of its first session's module
    private static final Map<Class<?>, Maker<?>> MAKERS = new ConcurrentHashMap<>();

    private EndpointInstances() {}

    static <T> T create(Class<T> endpointClass) throws InstantiationException {
        @SuppressWarnings("unchecked")
        Maker<T> maker = (Maker<T>) MAKERS.get(endpointClass);
        if (maker == null) {
            BeanManager beans = beanManager();
            maker = new Maker<>(
                    beans,
                    beans.getInjectionTargetFactory(beans.createAnnotatedType(endpointClass))
                            .createInjectionTarget(null));
            MAKERS.putIfAbsent(endpointClass, maker);
        }
        return maker.make();
    }

    private static BeanManager beanManager() throws InstantiationException {
        try {
            // the handshake runs in the endpoint's web module, whose naming context this is
            return (BeanManager) new InitialContext().lookup("java:comp/BeanManager");
        } catch (NamingException e) {
            InstantiationException failure = new InstantiationException("No CDI bean manager: " + e.getMessage());
            failure.initCause(e);
            throw failure;
        }
    }
}
