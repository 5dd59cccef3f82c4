package uz.ovoz.platform.openapi;

import java.util.Map;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.Components;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;

/**
 * The errors every operation of the admin API ({@code /api}) can answer, described once here rather
 * than on each resource: 401 everywhere, 400 and 409 where a request changes something, 404 where
 * the path names something. A resource still names its own 404 when "no such event" would say too
 * little. Every error body of the admin and the chat API is {@code {"error": message}}, so a
 * resource's {@code @APIResponse} names only its code and what it means.
 */
final class AdminErrors {

    static final String BODY = "ErrorBody";

    // The admin API's 401 is the Basic challenge's, without a JSON body
    private static final String ADMIN_UNAUTHENTICATED = "No or wrong admin credentials (HTTP Basic)";

    private static final Map<String, String> WHEN_CHANGING = Map.of(
            "400", "Invalid input; the body says what to fix",
            "409", "Not allowed in the current state; the body says why");

    private AdminErrors() {}

    static void describe(OpenAPI openAPI) {
        if (openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) {
            return;
        }
        Components components = openAPI.getComponents();
        if (components.getSchemas() == null || !components.getSchemas().containsKey(BODY)) {
            components.addSchema(
                    BODY,
                    OASFactory.createSchema()
                            .type(Schema.SchemaType.OBJECT)
                            .addProperty("error", OASFactory.createSchema().type(Schema.SchemaType.STRING))
                            .addRequired("error"));
        }
        openAPI.getPaths()
                .getPathItems()
                .forEach((path, item) -> item.getOperations().forEach((verb, operation) -> {
                    boolean admin = admin(operation);
                    if (admin) {
                        describe(path, verb, operation);
                    }
                    withBodies(operation, admin);
                }));
    }

    // Not by path: each WAR deployed alone serves its API under /api, the chat's as well
    private static boolean admin(Operation operation) {
        return operation.getTags() == null
                || operation.getTags().stream().noneMatch(tag -> tag.startsWith(WireFormatFilter.CHAT_TAG_PREFIX));
    }

    private static void describe(String path, PathItem.HttpMethod verb, Operation operation) {
        if (operation.getResponses() == null) {
            operation.setResponses(OASFactory.createAPIResponses());
        }
        APIResponses responses = operation.getResponses();
        addIfAbsent(responses, "401", ADMIN_UNAUTHENTICATED, false);
        if (path.contains("{")) {
            addIfAbsent(responses, "404", "No such event or candidate", true);
        }
        if (verb != PathItem.HttpMethod.GET) {
            WHEN_CHANGING.forEach((code, description) -> addIfAbsent(responses, code, description, true));
        }
    }

    /** Every error the admin or chat API sends is {@code {"error": …}}, 401 of the admin API aside. */
    private static void withBodies(Operation operation, boolean admin) {
        if (operation.getResponses() == null || operation.getResponses().getAPIResponses() == null) {
            return;
        }
        operation.getResponses().getAPIResponses().forEach((code, response) -> {
            if (code.startsWith("4") && withoutBody(response) && !(admin && "401".equals(code))) {
                response.setContent(errorBody());
            }
        });
    }

    // An annotation without content gets an empty content object, not none
    private static boolean withoutBody(APIResponse response) {
        return response.getContent() == null
                || response.getContent().getMediaTypes() == null
                || response.getContent().getMediaTypes().isEmpty();
    }

    private static void addIfAbsent(APIResponses responses, String code, String description, boolean body) {
        if (responses.hasAPIResponse(code)) {
            return;
        }
        APIResponse response = OASFactory.createAPIResponse().description(description);
        responses.addAPIResponse(code, body ? response.content(errorBody()) : response);
    }

    private static org.eclipse.microprofile.openapi.models.media.Content errorBody() {
        return OASFactory.createContent()
                .addMediaType(
                        "application/json",
                        OASFactory.createMediaType()
                                .schema(OASFactory.createSchema().ref(BODY)));
    }
}
