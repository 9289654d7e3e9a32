package org.govcc.api.cases;

import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import org.govcc.api.call.PhoneNumber;
import org.govcc.api.citizen.CitizenIdentifier;
import org.govcc.api.internal.Require;
import org.govcc.api.routing.TopicId;

/**
 * A search for cases: every criterion given must hold; newest first, one page at a time.
 *
 * <p>{@code topics} is where the asker may look, not a wish: an unsealed case of any other topic is never found.
 * Sealed cases are found only by actors their line's confidentiality policy admits, whatever their topic.
 *
 * @param citizen the citizen's AMKA or AFM
 * @param reference the reference the citizen was told
 * @param caller the number the case's call came from (only lines that keep numbers have one)
 * @param openedFrom opened at or after this instant
 * @param openedBefore opened before this instant
 * @param topics the topics whose unsealed cases may be found
 * @param offset how many matching cases to skip (page number times page size)
 * @param limit the page size, 1 to 100
 * @since 0.1
 */
public record CaseQuery(Optional<CitizenIdentifier> citizen, Optional<String> reference, Optional<PhoneNumber> caller,
                        Optional<Instant> openedFrom, Optional<Instant> openedBefore, Set<TopicId> topics,
                        int offset, int limit) {

    /** The largest page. */
    public static final int MAX_LIMIT = 100;

    /** Validates the values and freezes the topics. */
    public CaseQuery {
        Require.nonNull(citizen, "citizen");
        Require.nonNull(reference, "reference");
        reference.ifPresent(r -> Require.nonBlank(r, "reference"));
        Require.nonNull(caller, "caller");
        Require.nonNull(openedFrom, "openedFrom");
        Require.nonNull(openedBefore, "openedBefore");
        if (openedFrom.isPresent() && openedBefore.isPresent()) {
            Require.that(!openedBefore.get().isBefore(openedFrom.get()), "the period ends before it starts: "
                    + openedFrom.get() + " to " + openedBefore.get());
        }
        topics = Set.copyOf(Require.nonNull(topics, "topics"));
        Require.that(offset >= 0, "offset must not be negative, but was " + offset);
        Require.inRange(limit, 1, MAX_LIMIT, "limit");
    }

    /** Returns a query for every case of {@code topics}, first page of {@code limit}. */
    public static CaseQuery of(Set<TopicId> topics, int limit) {
        return new CaseQuery(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                topics, 0, limit);
    }
}
