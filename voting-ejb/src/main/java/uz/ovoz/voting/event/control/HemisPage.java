package uz.ovoz.voting.event.control;

import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.util.ArrayList;
import java.util.List;
import uz.ovoz.platform.error.Rejected;
import uz.ovoz.platform.json.JsonMessages;
import uz.ovoz.voting.event.boundary.CandidateFields;

/**
 * One page of a HEMIS-style employee list: {@code {"data":{"items":[…],"pagination":{"pageCount":N}}}}
 * (or {@code items} at the top level). An answer with {@code "success": false} is HEMIS refusing the
 * request (its {@code error} says why) and is rejected whole. Each item gives {@code id, full_name, image,
 * staffPosition.name, academicDegree.name}; missing or null parts are left empty.
 */
public record HemisPage(List<CandidateRow> rows, int pageCount) {

    public static HemisPage parse(String json) {
        JsonObject root;
        try {
            root = JsonMessages.reader(json).readObject();
        } catch (JsonException | IllegalStateException | ClassCastException e) {
            throw Rejected.conflict("The HEMIS answer is not a JSON object");
        }
        if (JsonValue.FALSE.equals(root.get("success"))) {
            String error = text(root, "error");
            throw Rejected.conflict(
                    "HEMIS refused the list: " + (error == null || error.isBlank() ? "no reason given" : error));
        }
        JsonObject data = object(root, "data");
        JsonObject container = data != null && data.containsKey("items") ? data : root;
        JsonValue items = container.get("items");
        List<CandidateRow> rows = new ArrayList<>();
        if (items != null && items.getValueType() == JsonValue.ValueType.ARRAY) {
            for (JsonValue item : items.asJsonArray()) {
                if (item.getValueType() == JsonValue.ValueType.OBJECT) {
                    row(item.asJsonObject()).ifPresent(rows::add);
                }
            }
        }
        JsonObject pagination = object(container, "pagination");
        int pageCount = pagination != null && pagination.get("pageCount") instanceof jakarta.json.JsonNumber count
                ? count.intValue()
                : 1;
        return new HemisPage(rows, pageCount);
    }

    private static java.util.Optional<CandidateRow> row(JsonObject item) {
        String name = text(item, "full_name");
        if (name == null || name.isBlank()) {
            return java.util.Optional.empty();
        }
        CandidateFields fields = new CandidateFields(
                name,
                text(item, "image"),
                text(object(item, "staffPosition"), "name"),
                text(object(item, "academicDegree"), "name"),
                null,
                null);
        JsonValue id = item.get("id");
        String externalId = id == null || id == JsonValue.NULL
                ? null
                : id.getValueType() == JsonValue.ValueType.STRING ? item.getString("id") : id.toString();
        return java.util.Optional.of(new CandidateRow(fields, externalId));
    }

    private static JsonObject object(JsonObject parent, String name) {
        if (parent == null) {
            return null;
        }
        JsonValue value = parent.get(name);
        return value != null && value.getValueType() == JsonValue.ValueType.OBJECT ? value.asJsonObject() : null;
    }

    private static String text(JsonObject parent, String name) {
        if (parent == null) {
            return null;
        }
        JsonValue value = parent.get(name);
        if (value == null || value == JsonValue.NULL) {
            return null;
        }
        return value.getValueType() == JsonValue.ValueType.STRING ? parent.getString(name) : value.toString();
    }
}
