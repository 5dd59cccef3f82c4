package uz.ovoz.it;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/** The server's OpenAPI document (as JSON), asked what it says an operation answers. */
public final class OpenApiDocument {

    private final JsonObject document;

    private OpenApiDocument(JsonObject document) {
        this.document = document;
    }

    public static OpenApiDocument of(Endpoints endpoints) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(endpoints.http("/openapi"))
                .timeout(Duration.ofSeconds(20))
                .header("Accept", "application/json")
                .GET()
                .build();
        HttpResponse<String> response = Endpoints.client().send(request, HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new AssertionError("/openapi answered " + response.statusCode() + ": " + response.body());
        }
        return new OpenApiDocument(
                Json.createReader(new StringReader(response.body())).readObject());
    }

    public String title() {
        return document.getJsonObject("info").getString("title");
    }

    public Set<String> schemaNames() {
        return document.getJsonObject("components").getJsonObject("schemas").keySet();
    }

    public Set<String> schemaProperties(String name) {
        JsonObject schema =
                document.getJsonObject("components").getJsonObject("schemas").getJsonObject(name);
        if (schema == null) {
            throw new AssertionError("no schema " + name + " among " + schemaNames());
        }
        return schema.getJsonObject("properties").keySet();
    }

    /**
     * The property names of the object the operation answers with its 200 (for an array, of its
     * items), following $ref into the components.
     */
    public Set<String> responseProperties(String path, String method) {
        JsonObject content = responses(path, method).getJsonObject("200").getJsonObject("content");
        JsonObject schema = resolve(
                content.getJsonObject(content.keySet().iterator().next()).getJsonObject("schema"));
        if ("array".equals(schema.getString("type", ""))) {
            schema = resolve(schema.getJsonObject("items"));
        }
        JsonValue properties = schema.get("properties");
        if (!(properties instanceof JsonObject object)) {
            throw new AssertionError(method + " " + path + " answers a schema without properties: " + schema);
        }
        return object.keySet();
    }

    /**
     * The operation's 4xx answers: code to the schema name its JSON body refers to ("" for an answer
     * without a body).
     */
    public Map<String, String> errors(String path, String method) {
        JsonObject responses = responses(path, method);
        Map<String, String> errors = new TreeMap<>();
        responses.forEach((code, response) -> {
            if (code.startsWith("4")) {
                JsonObject content = response.asJsonObject().getJsonObject("content");
                String ref = content == null
                        ? ""
                        : content.getJsonObject("application/json")
                                .getJsonObject("schema")
                                .getString("$ref", "");
                errors.put(code, ref.substring(ref.lastIndexOf('/') + 1));
            }
        });
        return errors;
    }

    /** The one documented path that ends with this (a module's context root may precede it). */
    public String pathEndingWith(String suffix) {
        Set<String> paths = document.getJsonObject("paths").keySet();
        List<String> matching =
                paths.stream().filter(path -> path.endsWith(suffix)).toList();
        if (matching.size() != 1) {
            throw new AssertionError(suffix + " matches " + matching + " among " + paths);
        }
        return matching.get(0);
    }

    /** The description of the operation's answer with this code. */
    public String description(String path, String method, String code) {
        return responses(path, method).getJsonObject(code).getString("description");
    }

    /** The documented answers of an operation, or an assertion error naming the paths there are. */
    private JsonObject responses(String path, String method) {
        JsonObject paths = document.getJsonObject("paths");
        JsonObject operation =
                paths.containsKey(path) ? paths.getJsonObject(path).getJsonObject(method.toLowerCase()) : null;
        if (operation == null) {
            throw new AssertionError(method + " " + path + " not in the document, which has " + paths.keySet());
        }
        return operation.getJsonObject("responses");
    }

    private JsonObject resolve(JsonObject schema) {
        String ref = schema.getString("$ref", null);
        if (ref == null) {
            return schema;
        }
        String name = ref.substring(ref.lastIndexOf('/') + 1);
        return document.getJsonObject("components").getJsonObject("schemas").getJsonObject(name);
    }
}
