package uz.ovoz.platform.openapi;

import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import java.lang.reflect.Method;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.Components;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;

/**
 * Makes the OpenAPI document describe the JSON the API really sends. Left to itself Payara names a
 * record's properties after its Java components ({@code durationSec} where the wire says
 * {@code duration_sec}), gives an operation no success response once its class declares error
 * responses, describes records of the business tier as bare objects, lists every scanned class (the
 * console's Faces backing beans among them) as a schema, and in the EAR merges the two web modules'
 * documents under the title "Deployed Resources". It also adds the admin API's common errors
 * ({@link AdminErrors}). Registered through {@code mp.openapi.filter}.
 */
public class WireFormatFilter implements OASFilter {

    /**
     * How every chat resource's tag begins ("Chat accounts", "Chat rooms"): an operation without such
     * a tag is the admin API's and gets its errors, the Basic 401 among them. The web modules'
     * architecture tests hold every resource to it.
     */
    public static final String CHAT_TAG_PREFIX = "Chat ";

    // The REST resources; one the module does not carry is skipped, so one list serves the voting
    // WAR, the chat WAR and the EAR.
    private static final List<String> RESOURCES = List.of(
            "uz.ovoz.voting.event.rest.EventsResource",
            "uz.ovoz.voting.event.rest.LineupResource",
            "uz.ovoz.voting.event.rest.GroupsResource",
            "uz.ovoz.voting.ballot.rest.ResultsResource",
            "uz.ovoz.voting.ballot.rest.CodesResource",
            "uz.ovoz.voting.ballot.rest.NextCandidateResource",
            "uz.ovoz.voting.event.rest.CandidatesResource",
            "uz.ovoz.voting.live.rest.EventAuditResource",
            "uz.ovoz.voting.admin.rest.MeResource",
            "uz.ovoz.voting.oldsystem.rest.OldSystemImportResource",
            "uz.ovoz.chat.rest.AuthResource",
            "uz.ovoz.chat.rest.RoomsResource");

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        openAPI.setInfo(OASFactory.createInfo()
                .title("Ovoz API")
                .version("1")
                .description("Live voting's admin API under /api (every path needs an admin account, HTTP Basic) and "
                        + "the chat's API under /chat/api (a bearer token from /chat/api/auth/login). "
                        + "Errors are {\"error\": message}."));
        if (openAPI.getComponents() == null) {
            openAPI.setComponents(OASFactory.createComponents());
        }
        Components components = openAPI.getComponents();
        Map<String, Schema> scanned = components.getSchemas() == null ? Map.of() : Map.copyOf(components.getSchemas());
        // The console's backing beans are scanned because they are CDI beans; none is a body
        scanned.keySet().stream().filter(name -> name.endsWith("Backing")).forEach(components::removeSchema);
        WireSchemas wire = new WireSchemas();
        if (openAPI.getPaths() != null) {
            for (String resource : RESOURCES) {
                load(resource).ifPresent(type -> describeAnswers(type, openAPI, wire));
            }
        }
        AdminErrors.describe(openAPI);
        // The scanned schema objects are corrected in place: Payara keeps its own references to them
        wire.all().forEach((name, schema) -> {
            Schema known = scanned.get(name);
            if (known == null) {
                components.addSchema(name, schema);
            } else {
                known.setType(schema.getType());
                known.setProperties(new LinkedHashMap<>(schema.getProperties()));
                known.setRequired(null);
            }
        });
    }

    /** Gives each operation of the resource the success response its Java return type says. */
    private static void describeAnswers(Class<?> resource, OpenAPI openAPI, WireSchemas wire) {
        String base = path(resource.getAnnotation(Path.class));
        for (Method method : resource.getMethods()) {
            String verb = verb(method);
            Schema answer = verb == null ? null : wire.of(method.getGenericReturnType());
            if (answer == null) {
                continue;
            }
            String suffix = join(base, path(method.getAnnotation(Path.class)));
            List<String> matches = openAPI.getPaths().getPathItems().keySet().stream()
                    .filter(documented -> documented.endsWith("/api" + suffix))
                    .toList();
            if (matches.size() != 1) {
                continue;
            }
            PathItem item = openAPI.getPaths().getPathItem(matches.get(0));
            Operation operation = item.getOperations().get(PathItem.HttpMethod.valueOf(verb));
            if (operation == null) {
                continue;
            }
            if (operation.getResponses() == null) {
                operation.setResponses(OASFactory.createAPIResponses());
            }
            APIResponse fallback = operation.getResponses().getDefaultValue();
            if (fallback != null) {
                operation.getResponses().removeAPIResponse(APIResponses.DEFAULT);
            }
            operation
                    .getResponses()
                    .addAPIResponse(
                            "200",
                            OASFactory.createAPIResponse()
                                    .description(
                                            fallback != null && fallback.getDescription() != null
                                                    ? fallback.getDescription()
                                                    : "OK")
                                    .content(OASFactory.createContent()
                                            .addMediaType(
                                                    "application/json",
                                                    OASFactory.createMediaType().schema(answer))));
        }
    }

    private static String verb(Method method) {
        if (method.isAnnotationPresent(GET.class)) {
            return "GET";
        }
        if (method.isAnnotationPresent(POST.class)) {
            return "POST";
        }
        if (method.isAnnotationPresent(PUT.class)) {
            return "PUT";
        }
        return method.isAnnotationPresent(DELETE.class) ? "DELETE" : null;
    }

    private static String path(Path path) {
        return path == null ? "" : path.value().replaceAll("^/+|/+$", "");
    }

    private static String join(String base, String sub) {
        String joined = base.isEmpty() ? sub : sub.isEmpty() ? base : base + "/" + sub;
        return "/" + joined;
    }

    private static Optional<Class<?>> load(String name) {
        for (ClassLoader loader : new ClassLoader[] {
            Thread.currentThread().getContextClassLoader(), WireFormatFilter.class.getClassLoader()
        }) {
            if (loader == null) {
                continue;
            }
            try {
                return Optional.of(Class.forName(name, false, loader));
            } catch (ClassNotFoundException | LinkageError e) {
                // not in this module: the next loader, or none
            }
        }
        return Optional.empty();
    }
}
