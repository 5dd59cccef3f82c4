package uz.ovoz.voting.admin.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;
import uz.ovoz.voting.event.boundary.ResultRow;

class ResultsExportTest {

    private static final ResultRow PASSED = new ResultRow(1, "Rector", "Aziza \"Azi\" Karimova, PhD", 7, null,
            5, 4, 1, 0, 80, 20, 0, true, "passed");
    private static final ResultRow FORMULA = new ResultRow(2, "=HYPERLINK(\"x\")", "Борис <Иванов> & Co", 8, 1,
            0, 0, 0, 0, 0, 0, 0, false, "failed");
    private static final ResultsTable TABLE = new ResultsTable("Kengash 2026", List.of(PASSED, FORMULA));

    @Test
    void csvHasTheOldColumnsAndQuotesWhatNeedsQuoting() {
        List<String> lines = ResultsCsv.write(TABLE).lines().toList();
        assertEquals("\uFEFFNo,Position,Candidate,Participants,Yes,No,Neutral,Result", lines.get(0));
        assertEquals("1,Rector,\"Aziza \"\"Azi\"\" Karimova, PhD\",5,4,1,0,passed", lines.get(1));
        assertEquals(3, lines.size());
    }

    @Test
    void csvCellThatASpreadsheetWouldRunIsDefused() {
        assertEquals("\"'=HYPERLINK(\"\"x\"\")\"", ResultsCsv.cell("=HYPERLINK(\"x\")"));
        assertEquals("-3", ResultsCsv.cell("-3"));
        assertEquals("'\t=1+1", ResultsCsv.cell("\t=1+1"));
        assertEquals("\"'\r=1+1\"", ResultsCsv.cell("\r=1+1"));
    }

    @Test
    void csvReadsBackCellForCellWithTheFormulaDefused() throws Exception {
        String csv = ResultsCsv.write(TABLE).substring(1);
        List<CSVRecord> records = CSVFormat.RFC4180.parse(new StringReader(csv)).getRecords();
        assertEquals(List.of("1", "Rector", "Aziza \"Azi\" Karimova, PhD", "5", "4", "1", "0", "passed"),
                records.get(1).toList());
        assertEquals("'=HYPERLINK(\"x\")", records.get(2).get(1));
        assertEquals("Борис <Иванов> & Co", records.get(2).get(2));
    }

    @Test
    void docxIsAnOfficeOpenXmlPackageWithTheResultsTable() throws Exception {
        Map<String, byte[]> parts = unzip(ResultsDocx.write(TABLE));
        assertTrue(parts.containsKey("[Content_Types].xml"));
        assertTrue(parts.containsKey("_rels/.rels"));
        Document document = DocumentBuilderFactory.newDefaultNSInstance().newDocumentBuilder()
                .parse(new ByteArrayInputStream(parts.get("word/document.xml")));
        NodeList rows = document.getElementsByTagNameNS("*", "tr");
        assertEquals(3, rows.getLength());
        assertEquals("NoPositionCandidateParticipantsYesNoNeutralResult", rows.item(0).getTextContent());
        assertEquals("2=HYPERLINK(\"x\")Борис <Иванов> & Co0000failed", rows.item(2).getTextContent());
    }

    @Test
    void controlCharactersThatXmlCannotCarryAreDropped() {
        assertEquals("ab&lt;c", ResultsDocx.escape("a\u0001b<c"));
    }

    private static Map<String, byte[]> unzip(byte[] zip) throws Exception {
        Map<String, byte[]> parts = new HashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip), StandardCharsets.UTF_8)) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                parts.put(entry.getName(), in.readAllBytes());
            }
        }
        return parts;
    }
}
