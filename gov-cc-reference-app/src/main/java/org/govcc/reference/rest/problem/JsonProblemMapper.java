package org.govcc.reference.rest.problem;

import jakarta.json.bind.JsonbException;
import jakarta.json.stream.JsonParsingException;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.govcc.reference.rest.Problem;

/**
 * A request body that is not the JSON the resource takes (malformed, a property the resource does not know, a
 * value of the wrong type): 400 naming the property when JSON-B says which, else {@code body}. Anything else that
 * failed on the way in or out is a 500 whose cause is logged, not shown.
 */
@Provider
public class JsonProblemMapper implements ExceptionMapper<ProcessingException> {

    private static final Logger LOG = Logger.getLogger(JsonProblemMapper.class.getName());

    /** Where Yasson names the property (its messages, version 3). */
    private static final List<Pattern> PROPERTY = List.of(
            Pattern.compile("Json property (\\S+) can not be mapped"),
            Pattern.compile("property '([^']+)'"),
            Pattern.compile("JsonbCreator parameter (\\S+) is missing"));

    @Override
    public Response toResponse(ProcessingException e) {
        String field = "body";
        String why = null;
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof JsonbException || t instanceof JsonParsingException) {
                why = why == null ? t.getMessage() : why;
                String named = property(t.getMessage());
                if (named != null && field.equals("body")) {
                    field = named;
                }
            }
        }
        if (why == null) {
            LOG.log(Level.WARNING, "gov-cc: a REST request failed while its body was read or written", e);
            return Problem.of(Response.Status.INTERNAL_SERVER_ERROR, "the server could not handle this request")
                    .response();
        }
        return Problem.about(Response.Status.BAD_REQUEST, field, "the body is not the JSON this resource takes: "
                + why).response();
    }

    private static String property(String message) {
        if (message == null) {
            return null;
        }
        for (Pattern p : PROPERTY) {
            Matcher m = p.matcher(message);
            if (m.find()) {
                return m.group(1);
            }
        }
        return null;
    }
}
