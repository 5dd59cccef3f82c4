package uz.ovoz.platform.openapi;

import jakarta.json.bind.annotation.JsonbProperty;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.media.Schema;

/**
 * OpenAPI schemas of the records that travel as JSON, written from the records themselves: a property
 * is named as JSON-B names it ({@code @JsonbProperty}), which Payara's scanner ignores. A record
 * reached through a field is collected too, so one answer type brings its whole tree.
 */
final class WireSchemas {

    private final Map<String, Schema> schemas = new LinkedHashMap<>();
    private final Map<Class<?>, String> names = new LinkedHashMap<>();

    Map<String, Schema> all() {
        return schemas;
    }

    /** The schema of a value of this type, a reference when it is a record; null when unknown. */
    Schema of(Type type) {
        if (type instanceof ParameterizedType parameterized
                && parameterized.getRawType() instanceof Class<?> raw
                && Collection.class.isAssignableFrom(raw)) {
            Schema items = of(parameterized.getActualTypeArguments()[0]);
            return items == null
                    ? null
                    : OASFactory.createSchema().type(Schema.SchemaType.ARRAY).items(items);
        }
        if (!(type instanceof Class<?> plain)) {
            return null;
        }
        if (plain.isRecord()) {
            return OASFactory.createSchema().ref(add(plain));
        }
        return scalar(plain);
    }

    /** Adds the record's schema, named as the record unless another record took that name. */
    private String add(Class<?> record) {
        String known = names.get(record);
        if (known != null) {
            return known;
        }
        String name = record.getSimpleName();
        if (schemas.containsKey(name) && record.getEnclosingClass() != null) {
            name = record.getEnclosingClass().getSimpleName() + name;
        }
        names.put(record, name);
        Schema schema = OASFactory.createSchema().type(Schema.SchemaType.OBJECT);
        schemas.put(name, schema);
        for (RecordComponent component : record.getRecordComponents()) {
            Schema property = of(component.getGenericType());
            schema.addProperty(wireName(component), property == null ? OASFactory.createSchema() : property);
        }
        return name;
    }

    private static String wireName(RecordComponent component) {
        // @JsonbProperty cannot target a record component; Java puts it on the accessor (and field)
        JsonbProperty property = component.getAccessor().getAnnotation(JsonbProperty.class);
        return property == null || property.value().isEmpty() ? component.getName() : property.value();
    }

    private static Schema scalar(Class<?> type) {
        Schema schema = OASFactory.createSchema();
        if (type == String.class) {
            return schema.type(Schema.SchemaType.STRING);
        }
        if (type == boolean.class || type == Boolean.class) {
            return schema.type(Schema.SchemaType.BOOLEAN);
        }
        if (type == long.class || type == Long.class) {
            return schema.type(Schema.SchemaType.INTEGER).format("int64");
        }
        if (type == int.class || type == Integer.class) {
            return schema.type(Schema.SchemaType.INTEGER).format("int32");
        }
        if (type == double.class || type == Double.class) {
            return schema.type(Schema.SchemaType.NUMBER).format("double");
        }
        return null;
    }
}
