package org.govcc.reference.rest.problem;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.govcc.reference.rest.Problem;

/**
 * Bean Validation failures of a resource method's input: 400 naming the first field at fault (the body's property
 * as a dotted path, e.g. {@code referral.reference}, or the query parameter), with every violation in the detail.
 *
 * <p>Typed on {@link ConstraintViolationException}: RESTEasy's own mapper takes {@code ValidationException}, and the
 * closest type wins, so RESTEasy's violations come here.
 */
@Provider
public class ConstraintViolationMapper implements ExceptionMapper<ConstraintViolationException> {

    @Override
    public Response toResponse(ConstraintViolationException e) {
        List<String[]> violations = new ArrayList<>();
        for (ConstraintViolation<?> v : e.getConstraintViolations()) {
            violations.add(new String[] {field(v.getPropertyPath()), v.getMessage()});
        }
        if (violations.isEmpty()) {
            return Problem.of(Response.Status.BAD_REQUEST, String.valueOf(e.getMessage())).response();
        }
        violations.sort(Comparator.comparing((String[] v) -> v[0]));
        // A record component's constraint may be reported twice (its field and its accessor): say each once.
        Set<String> lines = new LinkedHashSet<>();
        violations.forEach(v -> lines.add(v[0] + ": " + v[1]));
        return Problem.about(Response.Status.BAD_REQUEST, violations.get(0)[0], String.join("; ", lines)).response();
    }

    /** The property path without the method and its parameter: what the client sent, as it named it. */
    static String field(Path path) {
        List<String> names = new ArrayList<>();
        String parameter = null;
        for (Path.Node node : path) {
            if (node.getKind() == ElementKind.METHOD || node.getKind() == ElementKind.CONSTRUCTOR
                    || node.getKind() == ElementKind.RETURN_VALUE || node.getKind() == ElementKind.CROSS_PARAMETER) {
                continue;
            }
            if (node.getKind() == ElementKind.PARAMETER) {
                parameter = node.getName();
                continue;
            }
            if (node.getName() != null) {
                names.add(node.getName());
            }
        }
        if (!names.isEmpty()) {
            return String.join(".", names);
        }
        return parameter != null ? parameter : "body";
    }
}
