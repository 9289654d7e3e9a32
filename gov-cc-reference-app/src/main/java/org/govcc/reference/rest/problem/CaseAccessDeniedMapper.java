package org.govcc.reference.rest.problem;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.govcc.api.cases.CaseAccessDeniedException;
import org.govcc.reference.rest.Problem;

/** A sealed request the signed-in user may not touch: 403 about the request's id (the store audited the refusal). */
@Provider
public class CaseAccessDeniedMapper implements ExceptionMapper<CaseAccessDeniedException> {

    @Override
    public Response toResponse(CaseAccessDeniedException e) {
        return Problem.about(Response.Status.FORBIDDEN, "id", "this request is confidential: only its line's"
                + " readers may see or change it").response();
    }
}
