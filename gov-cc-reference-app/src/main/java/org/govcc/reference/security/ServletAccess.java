package org.govcc.reference.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * The REST API's access rule for plain servlets (such as the metrics): 401 with a Basic challenge when anonymous,
 * 403 without one of the roles, as problem+json. Their paths carry no {@code web.xml} constraint, so that a scraper
 * gets a status and not the sign-in page.
 */
public final class ServletAccess {

    private ServletAccess() {
    }

    /** Returns whether the request may go on; if not, the refusal has been sent. */
    public static boolean permits(HttpServletRequest request, HttpServletResponse response, String... roles)
            throws IOException {
        if (request.getUserPrincipal() == null) {
            response.setHeader("WWW-Authenticate", "Basic realm=\"" + StaffIdentities.REALM + "\"");
            refuse(response, 401, "Unauthorized", "sign in first (HTTP Basic, or a session from signin.html)");
            return false;
        }
        for (String role : roles) {
            if (request.isUserInRole(role)) {
                return true;
            }
        }
        refuse(response, 403, "Forbidden", "this needs one of the roles " + String.join(", ", roles));
        return false;
    }

    private static void refuse(HttpServletResponse response, int status, String title, String detail)
            throws IOException {
        byte[] body = ("{\"type\":\"about:blank\",\"title\":\"" + title + "\",\"status\":" + status
                + ",\"detail\":\"" + detail + "\"}").getBytes(StandardCharsets.UTF_8);
        response.setStatus(status);
        response.setContentType("application/problem+json");
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
    }
}
