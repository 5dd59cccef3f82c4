package uz.ovoz.voting.admin.web.export;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * The official results document (Office Open XML) in the old system's format: a centred bold 16 pt
 * title "{@code <event> - Ovoz berish natijalari}", the date and the number who voted, then one
 * "Table Grid" table of eight columns, on a landscape page with narrow margins. Written directly:
 * the document needs five small parts, not an office library in the EAR.
 */
public final class ResultsDocx {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");
    // Word's "Narrow" margins: half an inch (720 twips) on every side
    private static final String PAGE = "<w:sectPr><w:pgSz w:w=\"16838\" w:h=\"11906\" w:orient=\"landscape\"/>"
            + "<w:pgMar w:top=\"720\" w:right=\"720\" w:bottom=\"720\" w:left=\"720\" w:header=\"708\""
            + " w:footer=\"708\" w:gutter=\"0\"/></w:sectPr>";

    private ResultsDocx() {}

    public static byte[] write(ResultsTable table, ResultsLanguage language) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            part(zip, "[Content_Types].xml", DocxParts.CONTENT_TYPES);
            part(zip, "_rels/.rels", DocxParts.RELATIONSHIPS);
            part(zip, "word/_rels/document.xml.rels", DocxParts.DOCUMENT_RELATIONSHIPS);
            part(zip, "word/styles.xml", DocxParts.STYLES);
            part(zip, "word/document.xml", document(table, language));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    private static void part(ZipOutputStream zip, String name, String xml) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(xml.getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
    }

    static String document(ResultsTable table, ResultsLanguage language) {
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>")
                .append("<w:document xmlns:w=\"")
                .append(DocxParts.W)
                .append("\"><w:body>")
                .append("<w:p><w:pPr><w:jc w:val=\"center\"/></w:pPr><w:r><w:rPr><w:b/><w:sz w:val=\"32\"/>")
                .append("<w:szCs w:val=\"32\"/></w:rPr>")
                .append(text(language.title(table.eventName())))
                .append("</w:r></w:p>");
        paragraph(xml, language.dateLabel() + ": " + DATE.format(table.date()));
        paragraph(xml, language.votersLabel() + ": " + table.voters());
        xml.append("<w:tbl><w:tblPr><w:tblStyle w:val=\"TableGrid\"/><w:tblW w:w=\"5000\" w:type=\"pct\"/>")
                .append("<w:tblLook w:val=\"04A0\"/></w:tblPr>");
        row(xml, language.columns(), true);
        table.rows().forEach(result -> row(xml, ResultsTable.documentCells(result, language), false));
        return xml.append("</w:tbl><w:p/>")
                .append(PAGE)
                .append("</w:body></w:document>")
                .toString();
    }

    private static void paragraph(StringBuilder xml, String line) {
        xml.append("<w:p><w:r>").append(text(line)).append("</w:r></w:p>");
    }

    private static void row(StringBuilder xml, List<String> cells, boolean header) {
        xml.append(header ? "<w:tr><w:trPr><w:tblHeader/></w:trPr>" : "<w:tr>");
        for (String cell : cells) {
            xml.append("<w:tc><w:p><w:r>")
                    .append(header ? "<w:rPr><w:b/></w:rPr>" : "")
                    .append(text(cell))
                    .append("</w:r></w:p></w:tc>");
        }
        xml.append("</w:tr>");
    }

    /** The runs' text, a line break where the text has a newline (as Word does for Shift+Enter). */
    private static String text(String value) {
        StringBuilder runs = new StringBuilder();
        String[] lines = value.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            if (i > 0) {
                runs.append("<w:br/>");
            }
            runs.append("<w:t xml:space=\"preserve\">").append(escape(lines[i])).append("</w:t>");
        }
        return runs.toString();
    }

    static String escape(String text) {
        StringBuilder escaped = new StringBuilder(text.length());
        text.codePoints().forEach(c -> {
            switch (c) {
                case '&' -> escaped.append("&amp;");
                case '<' -> escaped.append("&lt;");
                case '>' -> escaped.append("&gt;");
                case '"' -> escaped.append("&quot;");
                default -> {
                    // XML 1.0 cannot carry most control characters at all
                    if (c >= 0x20 || c == '\t' || c == '\r') {
                        escaped.appendCodePoint(c);
                    }
                }
            }
        });
        return escaped.toString();
    }
}
