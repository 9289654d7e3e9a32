package org.govcc.reference.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/** HTTP to the WAR deployed for the ITs and to its server's management interface. */
public final class WarHttp {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static final Duration TIMEOUT = Duration.ofSeconds(20);

    private WarHttp() {
    }

    /**
     * GETs {@code path} relative to the WAR's address {@code base} (Arquillian's {@code @ArquillianResource URL},
     * ending in a slash; {@code path} e.g. {@code api/lines}) and returns the response as text.
     */
    public static HttpResponse<String> get(URL base, String path) throws IOException, InterruptedException {
        try {
            return getUrl(base.toURI().resolve(path));
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("not a URI: " + base, e);
        }
    }

    /** GETs {@code path} like {@link #get(URL, String)}, signed in as {@code as}. */
    public static HttpResponse<String> get(URL base, String path, Staff as) throws IOException, InterruptedException {
        try {
            return send(HttpRequest.newBuilder(base.toURI().resolve(path)).header("Authorization", as.authorization()));
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("not a URI: " + base, e);
        }
    }

    /**
     * POSTs {@code json} to {@code path} like {@link #get(URL, String, Staff)}, signed in as {@code as} (or anonymous
     * when null), with {@code headers} (name, value, name, value, ...; a Content-Type given replaces JSON's).
     */
    public static HttpResponse<String> post(URL base, String path, Staff as, String json, String... headers)
            throws IOException, InterruptedException {
        return HTTP.send(request(base, "POST", path, as, json, headers), HttpResponse.BodyHandlers.ofString());
    }

    /**
     * Sends {@code method} to {@code path} as {@link #post} does, with a JSON body only when {@code json} is not null;
     * an I/O failure is thrown unchecked, so that tests can send from lambdas.
     */
    public static HttpResponse<String> exchange(URL base, String method, String path, Staff as, String json,
                                                String... headers) {
        try {
            return HTTP.send(request(base, method, path, as, json, headers), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static HttpRequest request(URL base, String method, String path, Staff as, String json,
                                       String... headers) {
        HttpRequest.Builder request;
        try {
            request = HttpRequest.newBuilder(base.toURI().resolve(path)).timeout(TIMEOUT).method(method,
                    json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json));
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("not a URI: " + base, e);
        }
        if (json != null) {
            request.header("Content-Type", "application/json");
        }
        if (as != null) {
            request.header("Authorization", as.authorization());
        }
        for (int i = 0; i + 1 < headers.length; i += 2) {
            request.setHeader(headers[i], headers[i + 1]); // may replace the Content-Type
        }
        return request.build();
    }

    /** GETs {@code path} of the server's management interface (e.g. {@code health/ready}). */
    public static HttpResponse<String> management(String path) throws IOException, InterruptedException {
        return getUrl(ReferenceServer.managementUrl().resolve(path));
    }

    private static HttpResponse<String> getUrl(URI url) throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(url));
    }

    private static HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
        return HTTP.send(request.timeout(TIMEOUT).build(), HttpResponse.BodyHandlers.ofString());
    }
}
