package org.govcc.reference.rest.requests;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.net.http.HttpResponse;
import java.util.concurrent.atomic.AtomicLong;
import org.govcc.api.citizen.Amka;
import org.govcc.reference.testing.ReferenceServer;
import org.govcc.reference.testing.Staff;
import org.govcc.reference.testing.WarHttp;

/** {@code /api/requests} of the deployed WAR, for the ITs: signed-in calls, fresh citizens, problem checks. */
final class RequestsClient {

    static final ObjectMapper JSON = new ObjectMapper();
    /** A fresh AMKA payload per call in this JVM, so that tests sharing one server do not see each other. */
    private static final AtomicLong NEXT = new AtomicLong(System.currentTimeMillis() % 1_000_000_000L * 10);

    private final URL base;

    RequestsClient(URL base) {
        this.base = base;
    }

    static Staff staff(String user) {
        return ReferenceServer.staff(user);
    }

    /** Returns a valid AMKA nobody used yet. */
    static String freshAmka() {
        while (true) {
            String payload = String.format("%010d", NEXT.incrementAndGet() % 10_000_000_000L);
            for (int d = 0; d < 10; d++) {
                if (Amka.isValid(payload + d)) {
                    return payload + d;
                }
            }
        }
    }

    /** The body of a request on the main line. */
    static ObjectNode request(String topic, String amka, String subject) {
        ObjectNode body = JSON.createObjectNode().put("line", "main").put("topic", topic).put("subject", subject);
        if (amka != null) {
            body.put("amka", amka);
        }
        return body;
    }

    HttpResponse<String> get(String path, Staff as) {
        try {
            return as == null ? WarHttp.get(base, path) : WarHttp.get(base, path, as);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    HttpResponse<String> post(String path, Staff as, String body, String... headers) {
        try {
            return WarHttp.post(base, path, as, body, headers);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Opens a request as {@code as} and returns it; fails unless the answer is 201. */
    JsonNode open(Staff as, ObjectNode body) {
        HttpResponse<String> r = post("api/requests", as, body.toString());
        assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
        return json(r);
    }

    /** Returns the request {@code id} as the supervisor reads it. */
    JsonNode read(String id) {
        HttpResponse<String> r = get("api/requests/" + id, staff(Staff.SUPERVISOR));
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        return json(r);
    }

    /** How many unsealed requests there are in all (the supervisor's search: every body's). */
    long total() {
        HttpResponse<String> r = get("api/requests?size=1", staff(Staff.SUPERVISOR));
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        return json(r).get("total").asLong();
    }

    static JsonNode json(HttpResponse<String> r) {
        try {
            return JSON.readTree(r.body());
        } catch (IOException e) {
            throw new UncheckedIOException(r.body(), e);
        }
    }

    /** Asserts that {@code r} is a problem+json of {@code status} about {@code field}; returns its detail. */
    static String assertProblem(HttpResponse<String> r, int status, String field) {
        assertThat(r.statusCode()).as(r.body()).isEqualTo(status);
        assertThat(r.headers().firstValue("Content-Type")).as(r.body()).hasValueSatisfying(t ->
                assertThat(t).startsWith("application/problem+json"));
        JsonNode problem = json(r);
        assertThat(problem.get("status").asInt()).isEqualTo(status);
        if (field != null) {
            assertThat(problem.path("field").asText()).as(r.body()).isEqualTo(field);
        }
        return problem.get("detail").asText();
    }
}
