package uz.ovoz.voting.event.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import uz.ovoz.platform.error.Rejected;

class CandidateCsvTest {

    @Test
    void commaSeparatedRowsWithAHeaderInAnyOrderAndCase() {
        CandidateCsv.Parsed parsed = CandidateCsv.parse(
                "Which_Position,FULL_NAME,degree,unknown\nRector,Aziza Karimova,DSc,x\nDean,Bobur Aliyev,,y\n");
        assertEquals(2, parsed.rows().size());
        assertEquals("Aziza Karimova", parsed.rows().get(0).fields().fullName());
        assertEquals("Rector", parsed.rows().get(0).fields().whichPosition());
        assertEquals("DSc", parsed.rows().get(0).fields().degree());
        assertNull(parsed.rows().get(1).fields().degree(), "an empty cell is no value");
        assertTrue(parsed.problems().isEmpty());
    }

    @Test
    void semicolonsQuotesEscapesEmbeddedNewlinesAndABom() {
        CandidateCsv.Parsed parsed = CandidateCsv.parse("\uFEFFfull_name;description;external_id\r\n"
                + "\"Karimov; Aziz\";\"He said \"\"yes\"\"\nand left\";H-1\r\n");
        assertEquals(1, parsed.rows().size());
        assertEquals("Karimov; Aziz", parsed.rows().get(0).fields().fullName());
        assertEquals("He said \"yes\"\nand left", parsed.rows().get(0).fields().description());
        assertEquals("H-1", parsed.rows().get(0).externalId());
    }

    @Test
    void badRowsAreReportedByLineAndGoodRowsKept() {
        CandidateCsv.Parsed parsed = CandidateCsv.parse(
                "full_name,degree\nGood One,PhD\n,PhD\n" + "Too Long," + "x".repeat(201) + "\nGood Two,\n");
        assertEquals(2, parsed.rows().size());
        assertEquals(2, parsed.problems().size());
        assertEquals(3, parsed.problems().get(0).line());
        assertEquals("full_name is empty", parsed.problems().get(0).message());
        assertEquals(4, parsed.problems().get(1).line());
        assertTrue(parsed.problems().get(1).message().startsWith("degree is longer than"));
    }

    @Test
    void lineNumbersCountTheLinesInsideQuotedFields() {
        CandidateCsv.Parsed parsed = CandidateCsv.parse("full_name,description\nA,\"one\ntwo\"\n,empty name\n");
        assertEquals(4, parsed.problems().get(0).line());
    }

    @Test
    void aFileWithoutAFullNameColumnIsRejectedWhole() {
        Rejected rejected = assertThrows(Rejected.class, () -> CandidateCsv.parse("name,degree\nA,B\n"));
        assertTrue(rejected.getMessage().contains("full_name"));
        assertThrows(Rejected.class, () -> CandidateCsv.parse(""));
    }

    @Test
    void blankLinesAreSkipped() {
        assertEquals(1, CandidateCsv.parse("full_name\n\nA\n\n").rows().size());
    }

    @Test
    void textAfterAClosingQuoteRejectsTheFileInsteadOfGuessing() {
        Rejected rejected =
                assertThrows(Rejected.class, () -> CandidateCsv.parse("full_name,degree\n\"Aziza\"x,PhD\n"));
        assertTrue(rejected.getMessage().startsWith("The file is not valid CSV"));
    }

    @Test
    void crlfLineEndsKeepLineNumbersAndTheSeparatorIsReadFromTheHeaderOnly() {
        CandidateCsv.Parsed parsed = CandidateCsv.parse("full_name,description\r\nA,\"x;y;z\"\r\n,\r\n;;,D\r\n");
        assertEquals(",", String.valueOf(CandidateCsv.separator("full_name,description\nA;B;C")));
        assertEquals(2, parsed.rows().size());
        assertEquals("x;y;z", parsed.rows().get(0).fields().description());
        assertEquals(";;", parsed.rows().get(1).fields().fullName());
        assertTrue(parsed.problems().isEmpty(), "a row of empty cells is a blank line");
    }
}
