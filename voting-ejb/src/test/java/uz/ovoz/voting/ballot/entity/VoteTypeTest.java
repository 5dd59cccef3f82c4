package uz.ovoz.voting.ballot.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class VoteTypeTest {

    private final VoteTypeConverter converter = new VoteTypeConverter();

    @Test
    void wireSpellingsOfTheOldSystemAreRead() {
        assertEquals(Optional.of(VoteType.YES), VoteType.fromWire("yes"));
        assertEquals(Optional.of(VoteType.NO), VoteType.fromWire("no"));
        assertEquals(Optional.of(VoteType.NEUTRAL), VoteType.fromWire("neutral"));
    }

    @Test
    void otherSpellingsAreNotVoteTypes() {
        assertTrue(VoteType.fromWire("YES").isEmpty());
        assertTrue(VoteType.fromWire("maybe").isEmpty());
        assertTrue(VoteType.fromWire(null).isEmpty());
    }

    @Test
    void databaseStoresTheWireSpellingAndReadsItBack() {
        for (VoteType type : VoteType.values()) {
            assertEquals(type.wire(), converter.convertToDatabaseColumn(type));
            assertEquals(type, converter.convertToEntityAttribute(type.wire()));
        }
    }

    @Test
    void unknownValueInTheDatabaseIsAnErrorNotASilentNull() {
        assertThrows(IllegalArgumentException.class, () -> converter.convertToEntityAttribute("maybe"));
    }
}
