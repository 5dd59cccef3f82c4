package uz.ovoz.platform.json;

import jakarta.json.JsonException;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbConfig;
import jakarta.json.bind.JsonbException;
import jakarta.json.spi.JsonProvider;
import java.io.StringReader;
import java.util.Optional;

/**
 * Reads and writes JSON messages through one shared, thread-safe {@link Jsonb}: building one per
 * message is expensive, and one instance keeps the wire format identical everywhere.
 */
public final class JsonMessages {

    // Null values are written: the old clients test fields such as "candidate" for null. A property
    // renamed with @JsonbProperty must also say nillable = true, or JSON-B drops it when null.
    private static final Jsonb JSONB = JsonbBuilder.create(new JsonbConfig().withNullValues(true));
    // Json.createReader and friends look the provider up anew on every call, and in an application
    // server that is a ServiceLoader scan of the application's class path: about 8 % of the server's
    // CPU in a vote storm when every voter frame was read that way (docs/performance.md).
    private static final JsonProvider JSONP = JsonProvider.provider();

    private JsonMessages() {}

    /** The shared instance, also used by JAX-RS so that REST and WebSocket JSON look the same. */
    public static Jsonb jsonb() {
        return JSONB;
    }

    public static String toJson(Object message) {
        return JSONB.toJson(message);
    }

    /** A JSON-P reader over the text, for messages read field by field. */
    public static JsonReader reader(String text) {
        return JSONP.createReader(new StringReader(text));
    }

    /**
     * The text's one JSON value. Every way text fails to be JSON is a {@link JsonException}: the
     * parser refuses input nested deeper than 1,000 levels with a plain {@code RuntimeException},
     * which a frame handler catching {@code JsonException} would let escape its socket.
     */
    public static JsonValue readValue(String text) {
        try (JsonReader reader = reader(text)) {
            return reader.readValue();
        } catch (JsonException e) {
            throw e;
        } catch (RuntimeException e) {
            throw new JsonException("not JSON: " + e.getMessage(), e);
        }
    }

    public static JsonObjectBuilder objectBuilder() {
        return JSONP.createObjectBuilder();
    }

    /** The parsed message, or empty when the text is not JSON of that shape. */
    public static <T> Optional<T> fromJson(String text, Class<T> type) {
        try {
            return Optional.ofNullable(JSONB.fromJson(text, type));
        } catch (JsonbException | ClassCastException e) {
            return Optional.empty();
        }
    }
}
