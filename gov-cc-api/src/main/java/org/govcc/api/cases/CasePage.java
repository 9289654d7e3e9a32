package org.govcc.api.cases;

import java.util.List;
import org.govcc.api.internal.Require;

/**
 * One page of a {@link CaseQuery}'s answer.
 *
 * @param cases the page's cases, newest first
 * @param total how many cases match in all
 * @param offset the query's offset
 * @param limit the query's page size
 * @since 0.1
 */
public record CasePage(List<CitizenCase> cases, long total, int offset, int limit) {

    /** Validates the values and freezes the list. */
    public CasePage {
        cases = List.copyOf(Require.nonNull(cases, "cases"));
        Require.nonNegative(total, "total");
        Require.that(cases.size() <= limit, "a page of " + limit + " cannot hold " + cases.size() + " cases");
    }
}
