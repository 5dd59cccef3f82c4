package uz.ovoz.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The admin console in a real browser: log in, create an event and its candidates, run it with a
 * display and two phones, export the results; bad input in its forms; login, logout and CSRF.
 */
class AdminConsoleIT extends VotingServerIT {

    private static final Duration WAIT = Duration.ofSeconds(15);

    @Test
    void adminRunsAnEventFromTheConsoleAndExportsItsResults() throws Exception {
        WebDriver console = Browser.start();
        WebDriver display = null;
        WebDriver phoneOne = null;
        WebDriver phoneTwo = null;
        try {
            logIn(console);
            Browser.screenshot(console, "console-dashboard");
            String eventName = "Council " + run;
            type(console, "create:name", eventName);
            console.findElement(By.id("create:submit")).click();
            WebElement eventLink = wait(console).until(ExpectedConditions.elementToBeClickable(By.linkText(eventName)));

            console.findElement(By.id("nav-candidates")).click();
            List<String> names = List.of("Aziza Karimova " + run, "Boris Ivanov " + run, "Dilnoza Rahimova " + run);
            addCandidate(
                    console, names.get(0), "Rector", Files.write(Browser.dir().resolve("photo.png"), TestImages.png()));
            addCandidate(console, names.get(1), "Dean", null);
            addCandidate(console, names.get(2), "Head of department", null);
            WebElement photo = console.findElement(By.cssSelector("img.thumb[alt='" + names.get(0) + "']"));
            assertEquals(
                    200,
                    endpoints
                            .get(URI.create(photo.getAttribute("src")).getPath())
                            .statusCode());
            Browser.screenshot(console, "console-candidates");

            console.findElement(By.id("nav-events")).click();
            wait(console)
                    .until(ExpectedConditions.elementToBeClickable(By.linkText(eventName)))
                    .click();
            long eventId = eventId(console.getCurrentUrl());
            try {
                for (String name : names) {
                    new Select(console.findElement(By.id("room:add"))).selectByVisibleText(name);
                    console.findElement(By.id("room:addButton")).click();
                    wait(console).until(ExpectedConditions.textToBePresentInElementLocated(By.id("room:order"), name));
                }
            } catch (RuntimeException failed) {
                Browser.keepFailure(console, "console-add-failed");
                throw failed;
            }
            console.findElement(By.id("room:start")).click();
            wait(console).until(ExpectedConditions.textToBe(By.id("event-status"), "Running"));
            assertEquals(
                    names.get(0), console.findElement(By.id("current-name")).getText());

            display = Browser.start();
            phoneOne = Browser.start();
            phoneTwo = Browser.start();
            display.get(console.findElement(By.id("display-link")).getAttribute("href"));
            String voterPage = console.findElement(By.id("voter-link")).getAttribute("href");
            phoneOne.get(voterPage);
            phoneTwo.get(voterPage);
            wait(display).until(ExpectedConditions.textToBe(By.id("name"), names.get(0)));
            // The console learns of the connections by push, without a reload
            try {
                wait(console).until(ExpectedConditions.textToBe(By.id("voters-connected"), "2"));
            } catch (RuntimeException notPushed) {
                Browser.keepFailure(console, "console-not-pushed");
                throw notPushed;
            }

            console.findElement(By.id("room:startTimer")).click();
            VoterPage.vote(phoneOne, "yes", WAIT);
            VoterPage.vote(phoneTwo, "no", WAIT);
            wait(display).until(ExpectedConditions.textToBe(By.id("total"), "2"));
            wait(console).until(ExpectedConditions.textToBe(By.id("tally-total"), "2"));
            assertEquals("1", console.findElement(By.id("tally-yes")).getText());
            assertEquals("1", console.findElement(By.id("tally-no")).getText());
            Browser.screenshot(console, "console-control-room");
            Browser.screenshot(display, "console-run-display");
            Browser.screenshot(phoneOne, "console-run-voter");

            console.findElement(By.id("room:next")).click();
            wait(console).until(ExpectedConditions.textToBe(By.id("current-name"), names.get(1)));
            wait(display).until(ExpectedConditions.textToBe(By.id("name"), names.get(1)));

            console.findElement(By.id("room:results")).click();
            WebElement firstRow = wait(console)
                    .until(ExpectedConditions.visibilityOfElementLocated(
                            By.cssSelector("#results tbody tr:first-child")));
            assertTrue(firstRow.getText().contains(names.get(0)), firstRow.getText());
            // the count recounted from the database agrees with the server's tally and the display
            assertTrue(
                    console.findElement(By.id("audit-consistent")).getText().startsWith("Consistent"),
                    console.findElement(By.id("audit")).getText());
            Browser.screenshot(console, "console-results");

            String session = console.manage().getCookieNamed("JSESSIONID").getValue();
            String csv = download(eventId, "csv", session, HttpResponse.BodyHandlers.ofString())
                    .body();
            List<String> lines = csv.lines().toList();
            assertEquals("\uFEFFNo,Position,Candidate,Participants,Yes,No,Neutral,Result", lines.get(0));
            assertEquals("1,Rector," + names.get(0) + ",2,1,1,0,failed", lines.get(1));
            assertEquals(4, lines.size(), csv);
            assertOfficialDocument(eventId, session, eventName);
        } finally {
            for (WebDriver driver : new WebDriver[] {console, display, phoneOne, phoneTwo}) {
                if (driver != null) {
                    driver.quit();
                }
            }
        }
    }

    @Test
    void badCandidateInputGivesAClearMessageAndStoresNothing() throws Exception {
        WebDriver console = Browser.start();
        try {
            logIn(console);
            console.findElement(By.id("nav-candidates")).click();

            console.findElement(By.id("candidate:save")).click();
            assertMessage(console, "Full name: a value is required");

            // The field stops typing at 200 characters; a forged request is checked again on the server
            String tooLong = "x".repeat(201);
            ((JavascriptExecutor) console)
                    .executeScript(
                            "var field = document.getElementById('candidate:fullName');"
                                    + "field.removeAttribute('maxlength'); field.value = arguments[0];",
                            tooLong);
            console.findElement(By.id("candidate:save")).click();
            assertMessage(console, "200");

            String bigPhoto = "Big photo " + run;
            Path twentyMegabytes = Browser.dir().resolve("big.png");
            Files.write(twentyMegabytes, TestImages.pngOfSize(20 * 1024 * 1024));
            addCandidate(console, bigPhoto, "Dean", twentyMegabytes);
            assertMessage(console, "at most 2048 KB is allowed");

            String textPhoto = "Text photo " + run;
            addCandidate(
                    console, textPhoto, "Dean", Files.writeString(Browser.dir().resolve("photo.txt"), "not an image"));
            assertMessage(console, "must be a JPEG, PNG or WEBP image");
            Browser.screenshot(console, "console-bad-input");

            String stored = admin.okArray("GET", "/candidates").toString();
            assertFalse(stored.contains(bigPhoto) || stored.contains(textPhoto) || stored.contains(tooLong), stored);
        } finally {
            console.quit();
        }
    }

    @Test
    void ballotCodesAreGeneratedInTheControlRoomAndPrintedOnASheet() throws Exception {
        String eventName = "Coded " + run;
        long eventId = admin.createEvent(eventName, "\"duration_sec\":30,\"requires_codes\":true")
                .getJsonNumber("id")
                .longValue();
        WebDriver console = Browser.start();
        try {
            logIn(console);
            wait(console)
                    .until(ExpectedConditions.elementToBeClickable(By.linkText(eventName)))
                    .click();
            // 50 codes, the form's default
            console.findElement(By.id("room:generate")).click();
            wait(console).until(ExpectedConditions.textToBe(By.id("codes-issued"), "50"));

            String controlRoom = console.getWindowHandle();
            console.findElement(By.id("room:codes-sheet")).click();
            wait(console).until(driver -> driver.getWindowHandles().size() == 2);
            console.getWindowHandles().stream()
                    .filter(handle -> !handle.equals(controlRoom))
                    .findFirst()
                    .ifPresent(sheet -> console.switchTo().window(sheet));
            List<String> printed = wait(console).until(driver -> {
                List<String> codes = driver.findElements(By.cssSelector(".ballot .code")).stream()
                        .map(WebElement::getText)
                        .toList();
                return codes.size() == 50 ? codes : null;
            });
            List<String> issued = admin.ok("GET", "/events/" + eventId + "/codes", null)
                    .getJsonArray("codes")
                    .getValuesAs(JsonString::getString);
            assertEquals(Set.copyOf(issued), Set.copyOf(printed));
            assertEquals(
                    50,
                    console.findElements(By.cssSelector(".ballot img[alt^='QR']"))
                            .size());
            Browser.screenshot(console, "console-ballot-codes");
        } finally {
            console.quit();
        }
    }

    @Test
    void consoleAsksForLoginAndForgetsTheAdminAtLogout() throws Exception {
        HttpClient http = HttpClient.newBuilder()
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
        HttpResponse<String> anonymous = http.send(
                HttpRequest.newBuilder(endpoints.http("/admin/index.xhtml")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(302, anonymous.statusCode());
        assertTrue(anonymous.headers().firstValue("Location").orElseThrow().contains("/login.xhtml?from="));
        HttpResponse<String> apiWithoutLogin = http.send(
                HttpRequest.newBuilder(endpoints.http("/api/events")).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(401, apiWithoutLogin.statusCode());
        assertTrue(apiWithoutLogin
                .headers()
                .firstValue("WWW-Authenticate")
                .orElseThrow()
                .startsWith("Basic"));
        AssertionError liveWithoutLogin =
                assertThrows(AssertionError.class, () -> WebSocketProbe.connect(endpoints.ws("/admin/live")));
        assertTrue(liveWithoutLogin.getMessage().contains("answered 302"), liveWithoutLogin.getMessage());

        WebDriver console = Browser.start();
        try {
            console.get(endpoints.http("/admin/").toString());
            type(console, "login:username", AdminApi.USER);
            type(console, "login:password", "wrong");
            console.findElement(By.id("login:submit")).click();
            assertMessage(console, "Wrong username or password.");

            logIn(console);
            String session = console.manage().getCookieNamed("JSESSIONID").getValue();
            // A control room address typed or linked from elsewhere lacks the console's token
            console.get(endpoints.http("/admin/control.xhtml?id=1").toString());
            assertTrue(console.findElement(By.id("expired")).isDisplayed());

            console.get(endpoints.http("/admin/index.xhtml").toString());
            console.findElement(By.id("logout:logout")).click();
            wait(console).until(ExpectedConditions.urlContains("loggedOut=true"));
            HttpResponse<String> afterLogout = http.send(
                    HttpRequest.newBuilder(endpoints.http("/admin/index.xhtml"))
                            .header("Cookie", "JSESSIONID=" + session)
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(302, afterLogout.statusCode());

            new Select(console.findElement(By.id("language:choice"))).selectByValue("ru");
            wait(console).until(ExpectedConditions.textToBe(By.tagName("h2"), "Вход администратора"));
            new Select(console.findElement(By.id("language:choice"))).selectByValue("uz");
            wait(console).until(ExpectedConditions.textToBe(By.tagName("h2"), "Administrator kirishi"));
            Browser.screenshot(console, "console-login-uz");
        } finally {
            console.quit();
        }
    }

    @Test
    void secondAdminIsAddedAndLogsInAndTheFirstChangesTheirPassword() throws Exception {
        String second = "second-" + run;
        String secondPassword = "second-secret-" + run;
        String changed = "changed-secret-" + run;
        WebDriver first = Browser.start();
        WebDriver other = null;
        try {
            logIn(first);
            first.findElement(By.id("nav-admins")).click();
            type(first, "add:username", second);
            type(first, "add:password", "short");
            first.findElement(By.id("add:submit")).click();
            assertMessage(first, "A password needs 10 to 128 characters.");
            type(first, "add:password", secondPassword);
            first.findElement(By.id("add:submit")).click();
            assertMessage(first, "Admin " + second + " added.");
            Browser.screenshot(first, "console-admins");

            other = Browser.start();
            logIn(other, second, secondPassword);
            other.findElement(By.id("nav-admins")).click();
            List<String> listed = other.findElements(By.cssSelector(".admin-name")).stream()
                    .map(WebElement::getText)
                    .toList();
            assertTrue(listed.containsAll(List.of(AdminApi.USER, second)), listed.toString());
            // nobody can remove themselves: their own row has no remove button
            assertEquals(
                    listed.size() - 1,
                    other.findElements(By.cssSelector("button[id$=':remove']")).size());

            changeOwnPassword(first, "wrong-current-password", changed);
            assertMessage(first, "The current password is wrong.");
            changeOwnPassword(first, AdminApi.PASSWORD, changed);
            assertMessage(first, "Your password has been changed.");
            assertEquals(401, basic(AdminApi.USER, AdminApi.PASSWORD));
            assertEquals(200, basic(AdminApi.USER, changed));
            assertEquals(200, basic(second, secondPassword));
        } finally {
            // the other tests of this class log in with the first password
            if (basic(AdminApi.USER, changed) == 200) {
                changeOwnPassword(first, changed, AdminApi.PASSWORD);
                assertMessage(first, "Your password has been changed.");
            }
            first.quit();
            if (other != null) {
                other.quit();
            }
        }
        assertEquals(200, basic(AdminApi.USER, AdminApi.PASSWORD));
    }

    @Test
    void removedAdminCanNoLongerLogInAndTheirSessionEnds() throws Exception {
        String second = "removed-" + run;
        String secondPassword = "removed-secret-" + run;
        WebDriver first = Browser.start();
        WebDriver other = Browser.start();
        try {
            logIn(first);
            first.findElement(By.id("nav-admins")).click();
            type(first, "add:username", second);
            type(first, "add:password", secondPassword);
            first.findElement(By.id("add:submit")).click();
            assertMessage(first, "Admin " + second + " added.");
            logIn(other, second, secondPassword);

            WebElement row =
                    first.findElement(By.xpath("//tr[.//span[@class='admin-name' and text()='" + second + "']]"));
            row.findElement(By.cssSelector("button[id$=':remove']")).click();
            wait(first)
                    .until(ExpectedConditions.elementToBeClickable(By.cssSelector(".ui-confirmdialog-yes")))
                    .click();
            assertMessage(first, "Admin " + second + " removed.");

            assertEquals(401, basic(second, secondPassword));
            other.get(endpoints.http("/admin/index.xhtml").toString());
            wait(other).until(ExpectedConditions.urlContains("/login.xhtml"));
        } finally {
            first.quit();
            other.quit();
        }
    }

    private static void changeOwnPassword(WebDriver console, String current, String replacement) {
        console.findElement(By.id("nav-admins")).click();
        type(console, "own:current", current);
        type(console, "own:replacement", replacement);
        type(console, "own:again", replacement);
        console.findElement(By.id("own:submit")).click();
    }

    /** The status a Basic-authenticated API call gets with these credentials. */
    private int basic(String user, String password) throws Exception {
        return Endpoints.client()
                .send(
                        HttpRequest.newBuilder(endpoints.http("/api/events"))
                                .header(
                                        "Authorization",
                                        "Basic "
                                                + Base64.getEncoder()
                                                        .encodeToString((user + ":" + password)
                                                                .getBytes(StandardCharsets.UTF_8)))
                                .build(),
                        HttpResponse.BodyHandlers.discarding())
                .statusCode();
    }

    private void logIn(WebDriver console) {
        logIn(console, AdminApi.USER, AdminApi.PASSWORD);
    }

    private void logIn(WebDriver console, String user, String password) {
        console.get(endpoints.http("/admin/").toString());
        wait(console).until(ExpectedConditions.urlContains("/login.xhtml"));
        Browser.screenshot(console, "console-login");
        type(console, "login:username", user);
        type(console, "login:password", password);
        console.findElement(By.id("login:submit")).click();
        wait(console).until(ExpectedConditions.presenceOfElementLocated(By.id("logout:logout")));
    }

    private static void addCandidate(WebDriver console, String name, String position, Path photo) {
        type(console, "candidate:fullName", name);
        type(console, "candidate:position", position);
        if (photo != null) {
            console.findElement(By.id("candidate:photo"))
                    .sendKeys(photo.toAbsolutePath().toString());
        }
        console.findElement(By.id("candidate:save")).click();
        wait(console).until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".ui-messages")));
    }

    private static void type(WebDriver driver, String id, String text) {
        WebElement field = driver.findElement(By.id(id));
        field.clear();
        field.sendKeys(text);
    }

    private static void assertMessage(WebDriver console, String expected) {
        try {
            wait(console)
                    .until(ExpectedConditions.textToBePresentInElementLocated(
                            By.cssSelector(".ui-messages"), expected));
        } catch (RuntimeException missing) {
            Browser.keepFailure(console, "console-message-missing");
            throw missing;
        }
    }

    private static WebDriverWait wait(WebDriver driver) {
        return new WebDriverWait(driver, WAIT);
    }

    private static long eventId(String address) {
        Matcher id = Pattern.compile("[?&]id=(\\d+)").matcher(address);
        assertTrue(id.find(), address);
        return Long.parseLong(id.group(1));
    }

    /**
     * The official document, read as Word would, agrees cell by cell with the results counted from the
     * stored votes (the API's recount) and with the votes the phones cast: one yes, one no.
     */
    private void assertOfficialDocument(long eventId, String session, String eventName) throws Exception {
        JsonArray stored = admin.okArray("GET", "/events/" + eventId + "/results");
        byte[] docx = download(eventId, "docx", session, HttpResponse.BodyHandlers.ofByteArray())
                .body();
        try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(docx))) {
            assertEquals(
                    eventName + " - Ovoz berish natijalari",
                    document.getParagraphs().get(0).getText());
            assertEquals(
                    "Ovoz berishda qatnashganlar: 2",
                    document.getParagraphs().get(2).getText());
            XWPFTable table = document.getTables().get(0);
            assertEquals("TableGrid", table.getStyleID());
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
                    cells(table, 0));
            assertEquals(stored.size() + 1, table.getNumberOfRows());
            for (int i = 0; i < stored.size(); i++) {
                JsonObject row = stored.getJsonObject(i);
                assertEquals(
                        List.of(
                                String.valueOf(row.getInt("number")),
                                row.getString("position", ""),
                                row.getString("candidate"),
                                String.valueOf(row.getInt("participants")),
                                share(row, "yes"),
                                share(row, "no"),
                                share(row, "neutral"),
                                row.getBoolean("passed") ? "O'tdi" : "O'tmadi"),
                        cells(table, i + 1));
            }
            assertEquals(
                    List.of("1\n(50.0%)", "1\n(50.0%)", "0\n(0.0%)", "O'tmadi"),
                    cells(table, 1).subList(4, 8));
        }
        byte[] english = download(eventId, "docx?lang=en", session, HttpResponse.BodyHandlers.ofByteArray())
                .body();
        try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(english))) {
            assertEquals(
                    eventName + " - Voting results",
                    document.getParagraphs().get(0).getText());
            assertEquals(
                    "Not passed",
                    document.getTables().get(0).getRow(1).getCell(7).getText());
        }
    }

    private static List<String> cells(XWPFTable table, int row) {
        return table.getRow(row).getTableCells().stream()
                .map(cell -> cell.getText())
                .toList();
    }

    private static String share(JsonObject row, String type) {
        return row.getInt(type) + "\n"
                + String.format(
                        Locale.ROOT,
                        "(%.1f%%)",
                        row.getJsonNumber(type + "_percent").doubleValue());
    }

    private <T> HttpResponse<T> download(long eventId, String format, String session, HttpResponse.BodyHandler<T> body)
            throws Exception {
        HttpResponse<T> response = Endpoints.client()
                .send(
                        HttpRequest.newBuilder(endpoints.http("/admin/export/" + eventId + "." + format))
                                .header("Cookie", "JSESSIONID=" + session)
                                .build(),
                        body);
        assertEquals(200, response.statusCode());
        assertTrue(response.headers()
                .firstValue("Content-Disposition")
                .orElseThrow()
                .contains("." + format.replaceFirst("\\?.*", "")));
        return response;
    }
}
