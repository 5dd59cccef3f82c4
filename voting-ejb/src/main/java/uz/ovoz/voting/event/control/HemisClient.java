package uz.ovoz.voting.event.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import uz.ovoz.platform.error.Rejected;

/** Reads every page of the configured HEMIS-style employee list. */
@ApplicationScoped
public class HemisClient {

    static final int MAX_PAGES = 1000;

    @Inject
    @ConfigProperty(name = "ovoz.hemis.url")
    Optional<String> url;

    @Inject
    @ConfigProperty(name = "ovoz.hemis.token")
    Optional<String> token;

    @Inject
    @ConfigProperty(name = "ovoz.hemis.page-size", defaultValue = "200")
    int pageSize;

    @Inject
    @ConfigProperty(name = "ovoz.hemis.timeout-seconds", defaultValue = "20")
    int timeoutSeconds;

    public List<CandidateRow> all() {
        String base = url.filter(value -> !value.isBlank())
                .orElseThrow(() -> Rejected.conflict("HEMIS import is not configured: set ovoz.hemis.url"));
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(timeoutSeconds)).build();
        List<CandidateRow> rows = new ArrayList<>();
        for (int page = 1; page <= MAX_PAGES; page++) {
            HemisPage answer = HemisPage.parse(fetch(http, base, page));
            rows.addAll(answer.rows());
            if (answer.rows().isEmpty() || page >= answer.pageCount()) {
                break;
            }
        }
        return rows;
    }

    private String fetch(HttpClient http, String base, int page) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + (base.contains("?") ? "&" : "?")
                + "page=" + page + "&limit=" + pageSize)).timeout(Duration.ofSeconds(timeoutSeconds))
                .header("Accept", "application/json");
        token.filter(value -> !value.isBlank()).ifPresent(value -> request.header("Authorization", "Bearer " + value));
        try {
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() / 100 != 2) {
                throw Rejected.conflict("HEMIS answered HTTP " + response.statusCode() + " for page " + page);
            }
            return response.body();
        } catch (java.io.IOException e) {
            throw Rejected.conflict("HEMIS could not be reached: " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw Rejected.conflict("HEMIS import was interrupted");
        }
    }
}
