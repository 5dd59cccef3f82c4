package uz.ovoz.voting.event.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.faulttolerance.exceptions.CircuitBreakerOpenException;
import org.eclipse.microprofile.faulttolerance.exceptions.FaultToleranceException;
import uz.ovoz.platform.error.Rejected;

/** Reads every page of the configured HEMIS-style employee list, up to the last page it names. */
@ApplicationScoped
public class HemisClient {

    static final int MAX_PAGES = 1000;

    @Inject
    HemisPages pages;

    public List<CandidateRow> all() {
        if (!pages.configured()) {
            throw Rejected.conflict("HEMIS import is not configured: set ovoz.hemis.url");
        }
        List<CandidateRow> rows = new ArrayList<>();
        for (int number = 1; number <= MAX_PAGES; number++) {
            HemisPage page = page(number);
            rows.addAll(page.rows());
            if (page.rows().isEmpty() || number >= page.pageCount()) {
                break;
            }
        }
        return rows;
    }

    private HemisPage page(int number) {
        try {
            return pages.page(number);
        } catch (CircuitBreakerOpenException e) {
            throw Rejected.conflict("HEMIS import is paused after repeated failures; try again in a minute");
        } catch (HemisUnavailable e) {
            throw Rejected.conflict(e.getMessage());
        } catch (FaultToleranceException e) {
            throw Rejected.conflict("HEMIS did not answer page " + number + " in time");
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            // Payara's retry delay sleeps on the thread that a timed-out attempt left interrupted, and
            // throws the InterruptedException through the proxy (docs/upstream/fault-tolerance-interrupt.md)
            if (e instanceof InterruptedException) {
                Thread.interrupted();
                throw Rejected.conflict("HEMIS did not answer page " + number + " in time");
            }
            throw new IllegalStateException(e);
        }
    }
}
