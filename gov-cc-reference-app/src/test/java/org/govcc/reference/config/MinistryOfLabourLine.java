package org.govcc.reference.config;

import java.util.List;
import org.govcc.api.call.LineId;
import org.govcc.api.routing.TopicId;

/**
 * The ids of the WAR's default configuration (the Ministry of Labour's line) that tests name, and that
 * configuration loaded from the class path. The line itself is data: {@code config/ministry-of-labour/}.
 */
public final class MinistryOfLabourLine {

    /** The main line (1555). */
    public static final LineId MAIN = new LineId("main");
    /** The 24/7 line for complaints of sexual harassment, abuse and power violence. */
    public static final LineId COMPLAINTS = new LineId("complaints");
    /** The role allowed to read what the complaint line produces. */
    public static final String COMPLAINTS_SPECIALIST_ROLE = "complaint-officer";
    /** Insurance and pensions (e-EFKA). */
    public static final TopicId INSURANCE_PENSIONS = new TopicId("insurance-pensions");
    /** Equality. */
    public static final TopicId EQUALITY = new TopicId("equality");
    /** Complaints of sexual harassment, abuse and power violence. */
    public static final TopicId HARASSMENT_COMPLAINTS = new TopicId("harassment-complaints");

    private static final LineConfiguration DEFAULT = ConfigurationLoader.load(ConfigurationSource.classpath(
            ConfigurationSource.DEFAULT_RESOURCE, MinistryOfLabourLine.class.getClassLoader()));

    private MinistryOfLabourLine() {
    }

    /** Returns the WAR's default configuration, loaded once. */
    public static LineConfiguration configuration() {
        return DEFAULT;
    }

    /** Returns the default configuration's lines. */
    public static List<ServiceLine> lines() {
        return DEFAULT.lines();
    }
}
