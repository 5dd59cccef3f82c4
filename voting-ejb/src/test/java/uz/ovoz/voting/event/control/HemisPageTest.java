package uz.ovoz.voting.event.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import uz.ovoz.platform.error.Rejected;

class HemisPageTest {

    @Test
    void itemsUnderDataWithNestedPositionAndDegree() {
        HemisPage page = HemisPage.parse("""
                {"data":{"items":[{"id":123,"full_name":"Aziza Karimova","image":"https://x/a.jpg",
                  "staffPosition":{"name":"Rector"},"academicDegree":{"name":"DSc"}}],
                  "pagination":{"page":1,"pageCount":3}}}""");
        assertEquals(3, page.pageCount());
        CandidateRow row = page.rows().get(0);
        assertEquals("123", row.externalId());
        assertEquals("Aziza Karimova", row.fields().fullName());
        assertEquals("Rector", row.fields().whichPosition());
        assertEquals("DSc", row.fields().degree());
        assertEquals("https://x/a.jpg", row.fields().image());
    }

    @Test
    void itemsAtTheTopLevelWithMissingOrNullParts() {
        HemisPage page = HemisPage.parse("""
                {"items":[{"id":"7","full_name":"Bobur","staffPosition":null},{"id":8,"full_name":""},{"id":9}]}""");
        assertEquals(1, page.rows().size(), "items without a name are skipped");
        assertNull(page.rows().get(0).fields().whichPosition());
        assertNull(page.rows().get(0).fields().degree());
        assertEquals("7", page.rows().get(0).externalId());
        assertEquals(1, page.pageCount());
    }

    @Test
    void anAnswerThatIsNotJsonIsAClearError() {
        assertThrows(Rejected.class, () -> HemisPage.parse("<html>login</html>"));
    }

    @Test
    void anAnswerWithSuccessFalseIsRefusedWithHemisReason() {
        Rejected rejected = assertThrows(Rejected.class, () -> HemisPage.parse("""
                {"success":false,"error":"Token expired","data":null,"code":401}"""));
        assertEquals("HEMIS refused the list: Token expired", rejected.getMessage());
        assertEquals(2, HemisPage.parse("""
                {"success":true,"error":null,"data":{"items":[],"pagination":{"pageCount":2}}}""").pageCount());
    }
}
