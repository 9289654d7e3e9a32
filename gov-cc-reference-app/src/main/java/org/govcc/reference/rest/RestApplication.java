package org.govcc.reference.rest;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

/** Mounts the REST API under {@code /api}. */
@ApplicationPath("/api")
public class RestApplication extends Application {
}
