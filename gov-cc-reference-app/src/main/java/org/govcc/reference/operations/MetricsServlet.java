package org.govcc.reference.operations;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.govcc.reference.security.Roles;
import org.govcc.reference.security.ServletAccess;

/**
 * {@code GET /gov-cc/metrics}: the line's metrics in Prometheus' text format (0.0.4), for administrators (a
 * scraper signs in with HTTP Basic).
 */
@WebServlet("/metrics")
public class MetricsServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    transient LineMetrics metrics;

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        if (!ServletAccess.permits(req, resp, Roles.ADMINISTRATOR)) {
            return;
        }
        byte[] body = metrics.scrape().getBytes(StandardCharsets.UTF_8);
        resp.setContentType("text/plain; version=0.0.4; charset=utf-8");
        resp.setContentLength(body.length);
        resp.getOutputStream().write(body);
    }
}
