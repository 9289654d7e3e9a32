package org.govcc.routing.staffing;

import java.time.LocalTime;

/**
 * What one interval needs: agents for the service-level target (Erlang C), trunks for the blocking target
 * (Erlang B), and what the chosen staffing is expected to achieve.
 *
 * @param start when the interval starts
 * @param calls expected calls
 * @param erlangs offered traffic
 * @param agents agents needed (Erlang C)
 * @param serviceLevel Erlang C's service level with those agents
 * @param averageSpeedOfAnswerSeconds Erlang C's average speed of answer with those agents
 * @param occupancy {@code erlangs / agents}
 * @param erlangAServiceLevel Erlang A's service level with those agents and the configured patience
 * @param erlangAAbandon Erlang A's abandonment with those agents
 * @param trunkErlangs traffic carried by the lines (holding time: IVR, wait and talk)
 * @param trunks lines needed for the blocking target (Erlang B)
 * @param blockingAtGivenTrunks Erlang B's blocking with the lines the line actually has
 * @since 0.1
 */
public record IntervalPlan(LocalTime start, double calls, double erlangs, int agents, double serviceLevel,
                           double averageSpeedOfAnswerSeconds, double occupancy, double erlangAServiceLevel,
                           double erlangAAbandon, double trunkErlangs, int trunks, double blockingAtGivenTrunks) {
}
