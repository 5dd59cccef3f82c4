package uz.ovoz.voting.ballot.entity;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/** Stores vote types in their wire spelling, as the old system's database did. */
@Converter(autoApply = true)
public class VoteTypeConverter implements AttributeConverter<VoteType, String> {

    @Override
    public String convertToDatabaseColumn(VoteType type) {
        return type == null ? null : type.wire();
    }

    @Override
    public VoteType convertToEntityAttribute(String value) {
        return value == null
                ? null
                : VoteType.fromWire(value)
                        .orElseThrow(() -> new IllegalArgumentException("Unknown vote type in database: " + value));
    }
}
