package org.govcc.reference.rest;

import jakarta.json.bind.annotation.JsonbNillable;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.govcc.api.internal.Require;

/**
 * An error as RFC 9457 describes it ({@code application/problem+json}): every refusal of the REST API has this
 * shape, with the field at fault named when there is one.
 *
 * @param type a URI naming the kind of problem ({@code about:blank} when the status says it all)
 * @param title the status' short phrase
 * @param status the HTTP status
 * @param detail what was wrong, in words an integrator can act on
 * @param field the input at fault (a JSON pointer or parameter name), or null
 */
@JsonbPropertyOrder({"type", "title", "status", "detail", "field"})
@JsonbNillable(false)
public record Problem(String type, String title, int status, String detail, String field) {

    /** The media type of RFC 9457. */
    public static final String MEDIA_TYPE = "application/problem+json";

    /** Validates the values. */
    public Problem {
        Require.nonBlank(type, "type");
        Require.nonBlank(title, "title");
        Require.inRange(status, 400, 599, "status");
        Require.nonNull(detail, "detail");
    }

    /** Returns a problem of {@code status} with no field. */
    public static Problem of(Response.Status status, String detail) {
        return new Problem("about:blank", status.getReasonPhrase(), status.getStatusCode(), detail, null);
    }

    /** Returns a problem of {@code status} about {@code field}. */
    public static Problem about(Response.Status status, String field, String detail) {
        return new Problem("about:blank", status.getReasonPhrase(), status.getStatusCode(), detail,
                Require.nonBlank(field, "field"));
    }

    /** Returns this problem as a response. */
    public Response response() {
        return Response.status(status).type(MediaType.valueOf(MEDIA_TYPE)).entity(this).build();
    }
}
