package org.govcc.reference.testing;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/** HTTP to the WAR deployed for the ITs (WildFly with ports shifted by 100 unless told otherwise). */
public final class WarHttp {

    /** The WAR's base address, ending in a slash. */
    public static final String BASE = System.getProperty("govcc.it.baseUrl", "http://127.0.0.1:8180/gov-cc/");

    /** The test server's management interface (health), ending in a slash. */
    public static final String MANAGEMENT = System.getProperty("govcc.it.managementUrl", "http://127.0.0.1:10090/");

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private WarHttp() {
    }

    /** GETs {@code path} (relative to the WAR, e.g. {@code api/lines}) and returns the response as text. */
    public static HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return getUrl(BASE + path);
    }

    /** GETs {@code path} of the management interface (e.g. {@code health/ready}). */
    public static HttpResponse<String> management(String path) throws IOException, InterruptedException {
        return getUrl(MANAGEMENT + path);
    }

    private static HttpResponse<String> getUrl(String url) throws IOException, InterruptedException {
        return HTTP.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(10)).build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
