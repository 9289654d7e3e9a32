package org.govcc.reference.config;

import org.govcc.api.internal.Require;

/**
 * How the line's reports are made ({@code reports.json}, optional): the service-level formula, the service-level
 * target the pages mark, and the answered calls a month the ministry aims at. Each queue's thresholds (T of "answered
 * within T", the short-abandon threshold) are its own in {@code queues.json}, the same the wallboard uses. Immutable.
 *
 * @param formula how abandoned calls enter the service level
 * @param serviceLevelTargetPercent the share answered within T the line aims at, 1-100
 * @param monthlyAnsweredTarget the calls a month the line aims to answer (the ministry's 351,500)
 */
public record ReportSettings(ServiceLevelFormula formula, int serviceLevelTargetPercent, long monthlyAnsweredTarget) {

    /** Without {@code reports.json}: abandons count against, 80%, and the Ministry of Labour's 351,500 a month. */
    public static final ReportSettings DEFAULTS = new ReportSettings(ServiceLevelFormula.ABANDONS_AGAINST, 80, 351_500);

    /** Validates the values. */
    public ReportSettings {
        Require.nonNull(formula, "formula");
        Require.inRange(serviceLevelTargetPercent, 1, 100, "serviceLevelTargetPercent");
        Require.that(monthlyAnsweredTarget > 0, "monthlyAnsweredTarget must be more than zero, but was "
                + monthlyAnsweredTarget);
    }
}
