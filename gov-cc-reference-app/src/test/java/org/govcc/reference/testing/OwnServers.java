package org.govcc.reference.testing;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;
import org.junit.jupiter.api.parallel.ResourceLock;

/**
 * Marks an integration test that brings servers of its own (a {@link WildFlyServer}, a PostgreSQL cluster,
 * Keycloak) instead of testing the WAR that Arquillian deployed. Such tests run one at a time, beside the Arquillian
 * tests, which run one after another on Arquillian's one server: while one side waits for a server to boot, a call
 * to ring or a time-out to pass, the other uses the second core. Their servers' port offsets, SIP ports and RTP
 * ranges differ from Arquillian's; the pom's failsafe configuration turns on JUnit's parallel execution of classes
 * (every class not marked so runs in one thread, in turn).
 */
@Documented
@Inherited
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
@Execution(ExecutionMode.CONCURRENT)
@ResourceLock(OwnServers.LOCK)
public @interface OwnServers {

    /** The lock that keeps these tests to one at a time. */
    String LOCK = "org.govcc.reference.testing.own-servers";
}
