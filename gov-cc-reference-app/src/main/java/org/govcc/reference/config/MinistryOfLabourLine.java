package org.govcc.reference.config;

import java.time.DayOfWeek;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.govcc.api.agent.AgentId;
import org.govcc.api.agent.AgentProfile;
import org.govcc.api.agent.OrganisationId;
import org.govcc.api.call.Language;
import org.govcc.api.call.LineId;
import org.govcc.api.call.PhoneNumber;
import org.govcc.api.complaint.ConfidentialityPolicy;
import org.govcc.api.ivr.FlowId;
import org.govcc.api.routing.SkillId;
import org.govcc.api.routing.SkillLevel;
import org.govcc.api.routing.Topic;
import org.govcc.api.routing.TopicId;
import org.govcc.api.schedule.ScheduleId;
import org.govcc.routing.schedule.ServiceCalendar;

/**
 * The reference line: the Greek Ministry of Labour's single citizen-service number and its 24/7 complaint line.
 *
 * <p>Another ministry reuses gov-cc by writing its own class like this one (or loading the same values from
 * its own files); nothing in the engines knows these names.
 */
public final class MinistryOfLabourLine {

    /** Opening hours of the main line: Monday to Saturday 08:00-20:00 Athens time, closed on public holidays. */
    public static final ScheduleId MAIN_HOURS = new ScheduleId("main-line-hours");
    /** The complaint line never closes. */
    public static final ScheduleId ALWAYS_OPEN = new ScheduleId("always-open");

    /** The main line. */
    public static final LineId MAIN = new LineId("main");
    /** The 24/7 line for complaints of sexual harassment, abuse and power violence. */
    public static final LineId COMPLAINTS = new LineId("complaints");

    /** The role allowed to read what the complaint line produces. */
    public static final String COMPLAINTS_SPECIALIST_ROLE = "complaints-specialist";

    /** Insurance and pensions (e-EFKA). */
    public static final TopicId INSURANCE_PENSIONS = new TopicId("insurance-pensions");
    /** Employment and vocational training (DYPA). */
    public static final TopicId EMPLOYMENT_TRAINING = new TopicId("employment-training");
    /** Welfare benefits (OPEKA). */
    public static final TopicId WELFARE_BENEFITS = new TopicId("welfare-benefits");
    /** Labour relations (Labour Inspectorate). */
    public static final TopicId LABOUR_RELATIONS = new TopicId("labour-relations");
    /** Social solidarity. */
    public static final TopicId SOCIAL_SOLIDARITY = new TopicId("social-solidarity");
    /** Equality. */
    public static final TopicId EQUALITY = new TopicId("equality");
    /** Complaints of sexual harassment, abuse and power violence (the 24/7 line's only topic). */
    public static final TopicId HARASSMENT_COMPLAINTS = new TopicId("harassment-complaints");

    private MinistryOfLabourLine() {
    }

    /** Returns the service calendar of the line. */
    public static ServiceCalendar calendar() {
        return ServiceCalendar.builder()
                .id("ministry-of-labour-calendar")
                .schedule(MAIN_HOURS, s -> s.hours(DayOfWeek.MONDAY, DayOfWeek.SATURDAY, "08:00-20:00"))
                .alwaysOpen(ALWAYS_OPEN)
                .build();
    }

    /**
     * Returns the lines. 1555 is the ministry's citizen-service number; the complaint line's own short number
     * is a placeholder until the ministry assigns one.
     */
    public static List<ServiceLine> lines() {
        return List.of(
                new ServiceLine(MAIN, new PhoneNumber("1555"),
                        Map.of(Language.GREEK, "Ενιαίος αριθμός εξυπηρέτησης πολιτών",
                                Language.ENGLISH, "Citizen service line"),
                        MAIN_HOURS, ConfidentialityPolicy.standard()),
                new ServiceLine(COMPLAINTS, new PhoneNumber("15510"),
                        Map.of(Language.GREEK, "Γραμμή καταγγελιών σεξουαλικής παρενόχλησης, κακοποίησης και βίας",
                                Language.ENGLISH, "Line for complaints of sexual harassment, abuse and violence"),
                        ALWAYS_OPEN,
                        ConfidentialityPolicy.confidential(COMPLAINTS_SPECIALIST_ROLE, Duration.ofDays(5 * 365))));
    }

    /** Returns the topics, in the order the IVR menu offers them. */
    public static List<Topic> topics() {
        return List.of(
                topic(INSURANCE_PENSIONS, "Ασφάλιση και συντάξεις", "Insurance and pensions", MAIN_HOURS),
                topic(EMPLOYMENT_TRAINING, "Απασχόληση και επαγγελματική κατάρτιση",
                        "Employment and vocational training", MAIN_HOURS),
                topic(WELFARE_BENEFITS, "Προνοιακά επιδόματα", "Welfare benefits", MAIN_HOURS),
                topic(LABOUR_RELATIONS, "Εργασιακές σχέσεις", "Labour relations", MAIN_HOURS),
                topic(SOCIAL_SOLIDARITY, "Κοινωνική αλληλεγγύη", "Social solidarity", MAIN_HOURS),
                topic(EQUALITY, "Ισότητα", "Equality", MAIN_HOURS),
                topic(HARASSMENT_COMPLAINTS, "Καταγγελίες σεξουαλικής παρενόχλησης, κακοποίησης και βίας εξουσίας",
                        "Complaints of sexual harassment, abuse and power violence", ALWAYS_OPEN));
    }

    /**
     * Returns the flow each line runs: {@code ministry-main} on the main line, {@code ministry-complaints} on the
     * complaint line (the main flow's option for the 24/7 line leads to the same topic).
     */
    public static FlowId flowFor(LineId line) {
        return line.equals(COMPLAINTS) ? new FlowId("ministry-complaints") : new FlowId("ministry-main");
    }

    /** Returns the ids of the flows the line ships under {@code config/ivr/} on the classpath. */
    public static List<FlowId> flows() {
        return List.of(new FlowId("ministry-main"), new FlowId("ministry-complaints"), new FlowId("ministry-amka"));
    }

    /**
     * Returns the demonstration roster: two agents per topic from the body that serves it, and two complaint
     * specialists who also hold the equality skill. A ministry loads its own roster instead.
     */
    public static List<AgentProfile> agents() {
        List<AgentProfile> roster = new ArrayList<>();
        String[][] bodies = {
                {"insurance-pensions", "e-efka"}, {"employment-training", "dypa"}, {"welfare-benefits", "opeka"},
                {"labour-relations", "labour-inspectorate"}, {"social-solidarity", "ministry-of-labour"},
                {"equality", "gsgedv"}};
        int n = 1;
        for (String[] body : bodies) {
            for (int i = 0; i < 2; i++, n++) {
                roster.add(new AgentProfile(new AgentId(String.format("agent%02d", n)), "Agent " + n,
                        new OrganisationId(body[1]), Map.of(new SkillId(body[0]), SkillLevel.of(5 + i * 3))));
            }
        }
        for (int i = 1; i <= 2; i++, n++) {
            roster.add(new AgentProfile(new AgentId(String.format("agent%02d", n)), "Specialist " + i,
                    new OrganisationId("gsgedv"), Map.of(new SkillId(HARASSMENT_COMPLAINTS.value()), SkillLevel.of(9),
                            new SkillId(EQUALITY.value()), SkillLevel.of(7))));
        }
        return roster;
    }

    private static Topic topic(TopicId id, String greek, String english, ScheduleId schedule) {
        return new Topic(id, Map.of(Language.GREEK, greek, Language.ENGLISH, english), new SkillId(id.value()),
                schedule);
    }
}
