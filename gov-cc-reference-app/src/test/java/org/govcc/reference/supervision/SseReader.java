package org.govcc.reference.supervision;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.govcc.reference.testing.Staff;

/**
 * A test's client of a server-sent event stream: reads it on a thread of its own into a queue of events, which the
 * test takes with a time-out (never by sleeping). {@link #close} ends the connection.
 */
final class SseReader implements AutoCloseable {

    /** One event: its name and its data. */
    record Event(String name, String data) {
    }

    private final BlockingQueue<Event> events = new LinkedBlockingQueue<>();
    private final HttpResponse<java.io.InputStream> response;
    private final Thread reader;

    private SseReader(HttpResponse<java.io.InputStream> response) {
        this.response = response;
        this.reader = new Thread(this::read, "sse-reader");
        reader.setDaemon(true);
        reader.start();
    }

    /** Opens {@code url} as {@code as}; the answer must be 200. */
    static SseReader open(URI url, Staff as) throws Exception {
        HttpResponse<java.io.InputStream> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(url)
                .header("Accept", "text/event-stream").header("Authorization", as.authorization()).build(),
                HttpResponse.BodyHandlers.ofInputStream());
        if (r.statusCode() != 200) {
            throw new AssertionError(url + ": " + r.statusCode() + " " + new String(r.body().readAllBytes(),
                    StandardCharsets.UTF_8));
        }
        return new SseReader(r);
    }

    /** The next event named {@code name} within {@code wait} (other events are skipped), or null. */
    Event next(String name, Duration wait) throws InterruptedException {
        long end = System.nanoTime() + wait.toNanos();
        for (long left = wait.toNanos(); left > 0; left = end - System.nanoTime()) {
            Event e = events.poll(left, TimeUnit.NANOSECONDS);
            if (e != null && e.name().equals(name)) {
                return e;
            }
        }
        return null;
    }

    private void read() {
        try (BufferedReader in = new BufferedReader(new InputStreamReader(response.body(), StandardCharsets.UTF_8))) {
            String name = "message";
            StringBuilder data = new StringBuilder();
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                if (line.isEmpty()) {
                    if (data.length() > 0) {
                        events.add(new Event(name, data.toString()));
                    }
                    name = "message";
                    data.setLength(0);
                } else if (line.startsWith("event:")) {
                    name = line.substring(6).strip();
                } else if (line.startsWith("data:")) {
                    data.append(data.length() > 0 ? "\n" : "").append(line.substring(5).strip());
                }
            }
        } catch (java.io.IOException closed) {
            // the test closed the stream
        }
    }

    @Override
    public void close() throws Exception {
        response.body().close();
        reader.interrupt();
    }
}
