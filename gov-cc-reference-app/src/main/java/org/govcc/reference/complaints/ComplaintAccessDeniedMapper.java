package org.govcc.reference.complaints;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.govcc.api.complaint.ComplaintAccessDeniedException;
import org.govcc.reference.rest.Problem;

/**
 * A complaint the signed-in user may not touch: 403 about the complaint's id. The store has recorded the refusal
 * already, so the response is marked for {@link ComplaintRefusalAudit} not to record it a second time.
 */
@Provider
public class ComplaintAccessDeniedMapper implements ExceptionMapper<ComplaintAccessDeniedException> {

    @Context
    HttpServletRequest request;

    @Override
    public Response toResponse(ComplaintAccessDeniedException e) {
        request.setAttribute(ComplaintRefusalAudit.RECORDED, Boolean.TRUE);
        return Problem.about(Response.Status.FORBIDDEN, "id", e.getMessage()).response();
    }
}
