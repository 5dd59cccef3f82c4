package uz.ovoz.voting.admin.web.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.math.BigInteger;
import java.time.LocalDate;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.junit.jupiter.api.Test;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STPageOrientation;
import uz.ovoz.voting.ballot.control.Tally;
import uz.ovoz.voting.ballot.entity.VoteType;
import uz.ovoz.voting.ballot.rest.ResultRow;

class ResultsExportTest {

    private static final ResultRow PASSED = row(1, "Rector", "Aziza \"Azi\" Karimova, PhD", 4, 1, 0);
    private static final ResultRow FORMULA = row(2, "=HYPERLINK(\"x\")", "Борис <Иванов> & Co", 0, 0, 0);
    private static final ResultsTable TABLE =
            new ResultsTable("Kengash 2026", LocalDate.of(2026, 3, 12), 5, List.of(PASSED, FORMULA));

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
        assertEquals(
                List.of("1", "Rector", "Aziza \"Azi\" Karimova, PhD", "5", "4", "1", "0", "passed"),
                records.get(1).toList());
        assertEquals("'=HYPERLINK(\"x\")", records.get(2).get(1));
        assertEquals("Борис <Иванов> & Co", records.get(2).get(2));
    }

    @Test
    void uzbekDocumentHasTheOldSystemsTitleTableAndPageCellByCell() throws Exception {
        // 42 of 50 yes passes; exactly half does not; nobody voting does not; shares round to one decimal
        List<ResultRow> rows = List.of(
                row(1, "Rektor", "Aziza Karimova", 42, 5, 3),
                row(2, "Dekan", "Boris Ivanov", 25, 25, 0),
                row(3, null, "Dilnoza Rahimova", 0, 0, 0),
                row(4, "Kafedra mudiri", "Sardor <Aliyev> & Co", 1, 2, 0));
        ResultsTable table = new ResultsTable("Kengash 2026", LocalDate.of(2026, 3, 12), 50, rows);
        try (XWPFDocument document = open(table, ResultsLanguage.UZ)) {
            XWPFParagraph title = document.getParagraphs().get(0);
            assertEquals("Kengash 2026 - Ovoz berish natijalari", title.getText());
            assertEquals(ParagraphAlignment.CENTER, title.getAlignment());
            XWPFRun titleRun = title.getRuns().get(0);
            assertTrue(titleRun.isBold());
            assertEquals(16.0, titleRun.getFontSizeAsDouble());
            assertEquals("Sana: 12.03.2026", document.getParagraphs().get(1).getText());
            assertEquals(
                    "Ovoz berishda qatnashganlar: 50",
                    document.getParagraphs().get(2).getText());

            XWPFTable grid = document.getTables().get(0);
            assertEquals("TableGrid", grid.getStyleID());
            assertEquals(
                    "Table Grid", document.getStyles().getStyle("TableGrid").getName());
            assertEquals(
                    List.of(
                            "T/r",
                            "Lavozim",
                            "Nomzodlar",
                            "Ovoz berishda qatnashganlar soni",
                            "Rozi",
                            "Qarshi",
                            "Betaraf",
                            "Natija"),
                    texts(grid.getRow(0)));
            assertEquals(
                    List.of("1", "Rektor", "Aziza Karimova", "50", "42\n(84.0%)", "5\n(10.0%)", "3\n(6.0%)", "O'tdi"),
                    texts(grid.getRow(1)));
            assertEquals(
                    List.of("2", "Dekan", "Boris Ivanov", "50", "25\n(50.0%)", "25\n(50.0%)", "0\n(0.0%)", "O'tmadi"),
                    texts(grid.getRow(2)));
            assertEquals(
                    List.of("3", "", "Dilnoza Rahimova", "0", "0\n(0.0%)", "0\n(0.0%)", "0\n(0.0%)", "O'tmadi"),
                    texts(grid.getRow(3)));
            assertEquals(
                    List.of(
                            "4",
                            "Kafedra mudiri",
                            "Sardor <Aliyev> & Co",
                            "3",
                            "1\n(33.3%)",
                            "2\n(66.7%)",
                            "0\n(0.0%)",
                            "O'tmadi"),
                    texts(grid.getRow(4)));
            assertEquals(5, grid.getNumberOfRows());

            assertEquals(
                    STPageOrientation.LANDSCAPE,
                    document.getDocument().getBody().getSectPr().getPgSz().getOrient());
            CTPageMar margins = document.getDocument().getBody().getSectPr().getPgMar();
            for (Object margin :
                    List.of(margins.getTop(), margins.getBottom(), margins.getLeft(), margins.getRight())) {
                assertEquals(BigInteger.valueOf(720), margin);
            }
        }
    }

    @Test
    void russianAndEnglishDocumentsAreTheSameTableInTheirLanguage() throws Exception {
        try (XWPFDocument russian = open(TABLE, ResultsLanguage.RU);
                XWPFDocument english = open(TABLE, ResultsLanguage.EN)) {
            assertEquals(
                    "Kengash 2026 - Результаты голосования",
                    russian.getParagraphs().get(0).getText());
            assertEquals("Дата: 12.03.2026", russian.getParagraphs().get(1).getText());
            assertEquals(
                    List.of(
                            "1",
                            "Rector",
                            "Aziza \"Azi\" Karimova, PhD",
                            "5",
                            "4\n(80.0%)",
                            "1\n(20.0%)",
                            "0\n(0.0%)",
                            "Прошёл"),
                    texts(russian.getTables().get(0).getRow(1)));
            assertEquals(
                    "Kengash 2026 - Voting results",
                    english.getParagraphs().get(0).getText());
            assertEquals(
                    "Took part in the vote: 5", english.getParagraphs().get(2).getText());
            assertEquals(
                    "Candidates",
                    english.getTables().get(0).getRow(0).getCell(2).getText());
            assertEquals(
                    List.of(
                            "2",
                            "=HYPERLINK(\"x\")",
                            "Борис <Иванов> & Co",
                            "0",
                            "0\n(0.0%)",
                            "0\n(0.0%)",
                            "0\n(0.0%)",
                            "Not passed"),
                    texts(english.getTables().get(0).getRow(2)));
        }
    }

    @Test
    void unknownLanguageGivesTheOfficialUzbekDocument() {
        assertEquals(ResultsLanguage.UZ, ResultsLanguage.of(null));
        assertEquals(ResultsLanguage.UZ, ResultsLanguage.of("de"));
        assertEquals(ResultsLanguage.RU, ResultsLanguage.of("ru"));
    }

    @Test
    void controlCharactersThatXmlCannotCarryAreDropped() {
        assertEquals("ab&lt;c", ResultsDocx.escape("a\u0001b<c"));
    }

    private static XWPFDocument open(ResultsTable table, ResultsLanguage language) throws Exception {
        return new XWPFDocument(new ByteArrayInputStream(ResultsDocx.write(table, language)));
    }

    private static List<String> texts(XWPFTableRow row) {
        return row.getTableCells().stream().map(cell -> cell.getText()).toList();
    }

    /** A row as the results give it for these votes. */
    private static ResultRow row(int number, String position, String name, int yes, int no, int neutral) {
        Tally tally = new Tally();
        tally.add(VoteType.YES, yes);
        tally.add(VoteType.NO, no);
        tally.add(VoteType.NEUTRAL, neutral);
        Tally.Counts counts = tally.counts();
        return new ResultRow(
                number,
                position,
                name,
                number,
                null,
                counts.total(),
                counts.yes(),
                counts.no(),
                counts.neutral(),
                counts.percent(yes),
                counts.percent(no),
                counts.percent(neutral),
                counts.passed(),
                counts.passed() ? "passed" : "failed");
    }
}
