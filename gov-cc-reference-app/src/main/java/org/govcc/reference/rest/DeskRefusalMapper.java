package org.govcc.reference.rest;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.govcc.reference.desk.DeskRefusal;

/** Answers a refused desk command as problem+json: 409 for the state, 422 naming the field, 403 for a non-agent. */
@Provider
public class DeskRefusalMapper implements ExceptionMapper<DeskRefusal> {

    @Override
    public Response toResponse(DeskRefusal refusal) {
        if (refusal.kind() == DeskRefusal.Kind.INVALID) {
            // 422 has no constant in Response.Status.
            return new Problem("about:blank", "Unprocessable Content", 422, refusal.getMessage(), refusal.field())
                    .response();
        }
        Response.Status status = refusal.kind() == DeskRefusal.Kind.CONFLICT ? Response.Status.CONFLICT
                : Response.Status.FORBIDDEN;
        return Problem.of(status, refusal.getMessage()).response();
    }
}
