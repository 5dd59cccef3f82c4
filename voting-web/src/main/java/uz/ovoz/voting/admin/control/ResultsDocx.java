package uz.ovoz.voting.admin.control;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Results as a Word document (Office Open XML): a title and one table with the old system's columns.
 * Written directly: the document needs three small parts, not an office library in the EAR.
 */
public final class ResultsDocx {

    private static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
    private static final String CONTENT_TYPES = """
            <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
            <Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">\
            <Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>\
            <Default Extension="xml" ContentType="application/xml"/>\
            <Override PartName="/word/document.xml" \
            ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>\
            </Types>""";
    private static final String RELATIONSHIPS = """
            <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
            <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">\
            <Relationship Id="rId1" \
            Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" \
            Target="word/document.xml"/></Relationships>""";

    private ResultsDocx() {
    }

    public static byte[] write(ResultsTable table) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            part(zip, "[Content_Types].xml", CONTENT_TYPES);
            part(zip, "_rels/.rels", RELATIONSHIPS);
            part(zip, "word/document.xml", document(table));
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

    static String document(ResultsTable table) {
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>")
                .append("<w:document xmlns:w=\"").append(W).append("\"><w:body>")
                .append("<w:p><w:r><w:rPr><w:b/><w:sz w:val=\"32\"/></w:rPr><w:t xml:space=\"preserve\">")
                .append(escape(table.title())).append("</w:t></w:r></w:p>")
                .append("<w:tbl><w:tblPr><w:tblStyle w:val=\"TableGrid\"/><w:tblW w:w=\"0\" w:type=\"auto\"/>")
                .append("<w:tblBorders>").append(borders()).append("</w:tblBorders></w:tblPr>");
        row(xml, ResultsTable.COLUMNS, true);
        table.rows().forEach(result -> row(xml, ResultsTable.cells(result), false));
        return xml.append("</w:tbl><w:p/><w:sectPr><w:pgSz w:w=\"16838\" w:h=\"11906\" w:orient=\"landscape\"/>")
                .append("</w:sectPr></w:body></w:document>").toString();
    }

    private static String borders() {
        StringBuilder borders = new StringBuilder();
        for (String side : List.of("top", "left", "bottom", "right", "insideH", "insideV")) {
            borders.append("<w:").append(side).append(" w:val=\"single\" w:sz=\"4\" w:space=\"0\" w:color=\"000000\"/>");
        }
        return borders.toString();
    }

    private static void row(StringBuilder xml, List<String> cells, boolean header) {
        xml.append("<w:tr>");
        for (String cell : cells) {
            xml.append("<w:tc><w:p><w:r>").append(header ? "<w:rPr><w:b/></w:rPr>" : "")
                    .append("<w:t xml:space=\"preserve\">").append(escape(cell)).append("</w:t></w:r></w:p></w:tc>");
        }
        xml.append("</w:tr>");
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
                    if (c >= 0x20 || c == '\t' || c == '\n' || c == '\r') {
                        escaped.appendCodePoint(c);
                    }
                }
            }
        });
        return escaped.toString();
    }
}
