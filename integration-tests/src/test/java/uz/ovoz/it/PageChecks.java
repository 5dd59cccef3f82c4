package uz.ovoz.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;

/**
 * Accessibility checks run in the browser on what a page shows: axe-core is not on Maven Central as
 * a webjar this build can resolve, so the checks that matter most for these pages are made here:
 * every visible control has a name a screen reader can say, every image has an alt text, the page
 * says its language, and on a phone page every visible button is a touch target of 44 px or more.
 */
final class PageChecks {

    private static final String SCRIPT = """
            const problems = [];
            const visible = (el) => el.offsetParent !== null || el.getClientRects().length > 0;
            const name = (el) => (el.getAttribute('aria-label') || (el.labels ? [...el.labels].map((l) => l.textContent).join(' ') : '')
                || el.textContent || el.getAttribute('alt') || el.title || '').trim();
            document.querySelectorAll('button, input:not([type=hidden]), select, textarea, a[href]').forEach((el) => {
              if (visible(el) && !name(el)) problems.push('no name: ' + el.outerHTML.slice(0, 120));
            });
            document.querySelectorAll('img').forEach((img) => {
              if (!img.hasAttribute('alt')) problems.push('no alt: ' + img.outerHTML.slice(0, 120));
            });
            if (!document.documentElement.lang) problems.push('no lang on html');
            if (arguments[0]) {
              document.querySelectorAll('main button').forEach((b) => {
                if (visible(b) && b.getBoundingClientRect().height < 44) problems.push('small target: ' + b.outerHTML.slice(0, 120));
              });
            }
            return problems;
            """;

    private PageChecks() {}

    /** Fails with every problem found on the page as it is now; {@code phone} adds the touch-target check. */
    @SuppressWarnings("unchecked")
    static void accessible(WebDriver driver, boolean phone) {
        List<String> problems = (List<String>) ((JavascriptExecutor) driver).executeScript(SCRIPT, phone);
        assertEquals(List.of(), problems, driver.getCurrentUrl());
    }
}
