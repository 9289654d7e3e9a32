package org.govcc.reference.complaints;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.govcc.reference.rest.Problem;

/** A complaint operation refused for what was asked: problem+json with its kind's status, about its field. */
@Provider
public class ComplaintProblemMapper implements ExceptionMapper<ComplaintProblem> {

    @Override
    public Response toResponse(ComplaintProblem e) {
        Response.Status status = Response.Status.fromStatusCode(e.kind().status());
        String title = status == null ? "Unprocessable Content" : status.getReasonPhrase();
        return new Problem("about:blank", title, e.kind().status(), e.getMessage(), e.field()).response();
    }
}
