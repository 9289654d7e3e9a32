package org.govcc.reference.security;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.govcc.reference.rest.Problem;

/**
 * The REST API's access rule for plain servlets (such as the metrics): 401 with a Basic challenge when anonymous,
 * 403 without one of the roles, as problem+json. Their paths carry no {@code web.xml} constraint, so that a scraper
 * gets a status and not the sign-in page.
 */
public final class ServletAccess {

    /** The REST API's own serialisation of problems (JSON-B), for the same body as AccessFilter's. */
    private static final Jsonb JSON = JsonbBuilder.create();

    private ServletAccess() {
    }

    /** Returns whether the request may go on; if not, the refusal has been sent. */
    public static boolean permits(HttpServletRequest request, HttpServletResponse response, String... roles)
            throws IOException {
        if (request.getUserPrincipal() == null) {
            response.setHeader("WWW-Authenticate", "Basic realm=\"" + StaffIdentities.REALM + "\"");
            refuse(response, Response.Status.UNAUTHORIZED, "sign in first (HTTP Basic, or a session from signin.html)");
            return false;
        }
        for (String role : roles) {
            if (request.isUserInRole(role)) {
                return true;
            }
        }
        refuse(response, Response.Status.FORBIDDEN, "this needs one of the roles " + String.join(", ", roles));
        return false;
    }

    private static void refuse(HttpServletResponse response, Response.Status status, String detail)
            throws IOException {
        byte[] body = JSON.toJson(Problem.of(status, detail)).getBytes(StandardCharsets.UTF_8);
        response.setStatus(status.getStatusCode());
        response.setContentType(Problem.MEDIA_TYPE);
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
    }
}
