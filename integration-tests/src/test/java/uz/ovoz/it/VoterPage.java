package uz.ovoz.it;

import java.time.Duration;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** What a phone does on the voter page {@code /vote/{link}}, for the browser tests. */
final class VoterPage {

    private VoterPage() {}

    /** Taps the {@code yes}, {@code no} or {@code neutral} button and waits for the confirmation. */
    static void vote(WebDriver phone, String type, Duration wait) {
        new WebDriverWait(phone, wait)
                .until(ExpectedConditions.elementToBeClickable(By.cssSelector("#choices button." + type)))
                .click();
        new WebDriverWait(phone, wait).until(ExpectedConditions.visibilityOfElementLocated(By.id("confirmation")));
    }
}
