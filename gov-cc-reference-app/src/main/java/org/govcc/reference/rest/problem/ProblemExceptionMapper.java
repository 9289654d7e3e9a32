package org.govcc.reference.rest.problem;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.govcc.reference.rest.ProblemException;

/** A service's refusal, as the problem it carries. */
@Provider
public class ProblemExceptionMapper implements ExceptionMapper<ProblemException> {

    @Override
    public Response toResponse(ProblemException e) {
        return e.problem().response();
    }
}
