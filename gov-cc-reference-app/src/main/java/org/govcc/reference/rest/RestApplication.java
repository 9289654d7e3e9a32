package org.govcc.reference.rest;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;

/**
 * Mounts the REST API under {@code /api}; WildFly's MicroProfile OpenAPI describes it at {@code /gov-cc/openapi}
 * ({@code META-INF/microprofile-config.properties}), read by {@code api.html}.
 */
@ApplicationPath("/api")
@OpenAPIDefinition(info = @Info(title = "gov-cc reference line", version = "0.1",
        description = "The Ministry of Labour's citizen line: lines' hours, the signed-in session, the wallboard, call"
                + " figures and citizen requests. Sign in with HTTP Basic or a session; refusals are"
                + " application/problem+json (RFC 9457) with the field at fault in 'field'."),
        security = @SecurityRequirement(name = "staff"))
@SecurityScheme(securitySchemeName = "staff", type = SecuritySchemeType.HTTP, scheme = "basic",
        description = "The staff realm (agents, supervisors, complaint officers, administrators)")
public class RestApplication extends Application {
}
