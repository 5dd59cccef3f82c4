package uz.ovoz.platform.rest;

import jakarta.json.bind.Jsonb;
import jakarta.ws.rs.ext.ContextResolver;
import jakarta.ws.rs.ext.Provider;
import uz.ovoz.platform.json.JsonMessages;

/** Makes JAX-RS read and write JSON with the application's one JSON-B instance. */
@Provider
public class SharedJsonb implements ContextResolver<Jsonb> {

    @Override
    public Jsonb getContext(Class<?> type) {
        return JsonMessages.jsonb();
    }
}
