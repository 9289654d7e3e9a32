package org.govcc.reference.rest.problem;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.govcc.reference.rest.Problem;

/**
 * The JAX-RS runtime's own refusals (no such resource, a method or media type it does not serve, an unreadable
 * parameter) as problem+json with their status, instead of the server's HTML page. A response that already carries
 * an entity is left as it is.
 */
@Provider
public class WebApplicationProblemMapper implements ExceptionMapper<WebApplicationException> {

    @Override
    public Response toResponse(WebApplicationException e) {
        Response original = e.getResponse();
        if (original.hasEntity()) {
            return original;
        }
        int status = original.getStatus() >= 400 ? original.getStatus() : 500;
        Response.StatusType type = Response.Status.fromStatusCode(status);
        String phrase = type != null ? type.getReasonPhrase() : "Error";
        Problem problem = new Problem("about:blank", phrase, status, e.getMessage() == null ? phrase : e.getMessage(),
                null);
        Response.ResponseBuilder answer = Response.fromResponse(problem.response());
        Object allow = original.getHeaders().getFirst(HttpHeaders.ALLOW);
        if (allow != null) {
            answer.header(HttpHeaders.ALLOW, allow); // a 405 says what the resource does take
        }
        return answer.build();
    }
}
