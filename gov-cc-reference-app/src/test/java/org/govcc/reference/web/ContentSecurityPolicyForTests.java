package org.govcc.reference.web;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * The Content-Security-Policy the line sends on every response, added to the WAR the browser tests deploy so that
 * the pages are tested under it: an inline script or style, or anything from outside the WAR, is refused by the
 * browser and shows in its console. Stateless and thread-safe.
 */
@WebFilter("/*")
public class ContentSecurityPolicyForTests implements Filter {

    /** The policy, as the production configuration sets it. */
    public static final String POLICY =
            "default-src 'self'; frame-ancestors 'none'; object-src 'none'; base-uri 'self'; form-action 'self'";

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        ((HttpServletResponse) response).setHeader("Content-Security-Policy", POLICY);
        chain.doFilter(request, response);
    }
}
