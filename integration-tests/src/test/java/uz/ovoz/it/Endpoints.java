package uz.ovoz.it;

import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/**
 * Client-side addresses of a deployment. The adapter reports the host's name, but the server listens
 * on loopback only, so every URL is rebuilt from 127.0.0.1 and the reported port.
 */
public final class Endpoints {

    private static final HttpClient HTTP =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private final int port;

    private Endpoints(int port) {
        this.port = port;
    }

    public static Endpoints of(URL deploymentUrl) {
        return new Endpoints(deploymentUrl.getPort());
    }

    /** A server (or a load balancer) listening on 127.0.0.1 at this port. */
    public static Endpoints at(int port) {
        return new Endpoints(port);
    }

    public URI http(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }

    public URI ws(String path) {
        return URI.create("ws://127.0.0.1:" + port + path);
    }

    public HttpResponse<String> get(String path) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(http(path))
                .timeout(Duration.ofSeconds(20))
                .GET()
                .build();
        return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
    }

    public static HttpClient client() {
        return HTTP;
    }
}
