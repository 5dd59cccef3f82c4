package uz.ovoz.voting.live.socket;

import jakarta.json.JsonException;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import uz.ovoz.platform.json.JsonMessages;
import uz.ovoz.voting.ballot.boundary.CastVote;
import uz.ovoz.voting.ballot.boundary.Refusal;

/**
 * A frame from a voter, read field by field so that each mistake gets its own message: not JSON,
 * no type, a field of the wrong JSON type.
 */
record ClientMessage(String type, JsonObject body) {

    static ClientMessage parse(String text, int maxLength) {
        if (text.length() > maxLength) {
            throw new Refusal("Message too large: at most " + maxLength + " characters");
        }
        JsonObject body;
        try {
            JsonValue value = JsonMessages.readValue(text);
            if (value.getValueType() != JsonValue.ValueType.OBJECT) {
                throw new Refusal("Message must be a JSON object");
            }
            body = value.asJsonObject();
        } catch (JsonException | IllegalStateException e) {
            throw new Refusal("Message is not valid JSON");
        }
        String type = string(body, "type");
        if (type == null) {
            throw new Refusal("Missing field: type");
        }
        return new ClientMessage(type, body);
    }

    CastVote castVote() {
        return new CastVote(
                string(body, "vote_type"),
                string(body, "nonce"),
                string(body, "device_id"),
                number(body, "candidate_id"),
                string(body, "code"));
    }

    String field(String name) {
        return string(body, name);
    }

    private static String string(JsonObject body, String name) {
        JsonValue value = body.get(name);
        if (value == null || value == JsonValue.NULL) {
            return null;
        }
        if (value instanceof JsonString text) {
            return text.getString();
        }
        throw new Refusal("Field " + name + " must be a string");
    }

    private static Long number(JsonObject body, String name) {
        JsonValue value = body.get(name);
        if (value == null || value == JsonValue.NULL) {
            return null;
        }
        if (value instanceof JsonNumber number && number.isIntegral()) {
            try {
                return number.longValueExact();
            } catch (ArithmeticException tooLarge) {
                // longValue() would wrap it round to another candidate's id
                throw new Refusal("Field " + name + " is out of range");
            }
        }
        if (value instanceof JsonString text && text.getString().matches("\\d{1,18}")) {
            // the old clients sent ids from form fields, as strings
            return Long.parseLong(text.getString());
        }
        throw new Refusal("Field " + name + " must be a whole number");
    }
}
