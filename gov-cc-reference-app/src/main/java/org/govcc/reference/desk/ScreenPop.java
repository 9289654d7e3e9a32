package org.govcc.reference.desk;

import java.util.List;
import java.util.Map;

/**
 * What the desktop shows when a call is offered to the agent (sent as JSON through server-sent events).
 *
 * @param call the call's id
 * @param line the line it came in on
 * @param confidential whether the line keeps no caller number (nothing of the caller is shown, no history)
 * @param topic the topic the caller chose, with its names
 * @param body the supervised body that serves the topic, with its names
 * @param language the caller's language (ISO 639-1)
 * @param waitedSeconds how long the caller has waited since the IVR queued the call
 * @param callback whether this is a callback the line dials
 * @param identifiers what the IVR collected (AMKA, AFM) and whether each passed its check digit
 * @param callerNumber the caller's number where the line keeps numbers, else null
 * @param earlierCalls the citizen's earlier calls (empty on a confidential line)
 * @param openRequests the citizen's requests not closed that the agent may read (empty on a confidential line)
 */
public record ScreenPop(String call, String line, boolean confidential, Named topic, Named body, String language,
                        long waitedSeconds, boolean callback, List<Identifier> identifiers, String callerNumber,
                        List<EarlierCall> earlierCalls, List<OpenRequest> openRequests) {

    /**
     * One of the citizen's requests still open.
     *
     * @param id the request's id
     * @param reference the reference the citizen was given
     * @param topic the request's topic
     * @param status its status
     * @param dueAt when it is due (ISO-8601)
     * @param breached whether it is past due
     */
    public record OpenRequest(String id, String reference, String topic, String status, String dueAt,
                              boolean breached) {
    }

    /**
     * An id with its names per language.
     *
     * @param id the id
     * @param names the names, by ISO 639-1 code
     */
    public record Named(String id, Map<String, String> names) {
    }

    /**
     * An identifier the caller typed.
     *
     * @param kind {@code amka} or {@code afm}
     * @param digits the digits typed
     * @param valid whether the check digit is right
     */
    public record Identifier(String kind, String digits, boolean valid) {
    }

    /**
     * One of the citizen's earlier calls, from the call records.
     *
     * @param call the call's id
     * @param at when it arrived (ISO-8601)
     * @param queue the queue it waited in, or null
     * @param agent the agent who answered, or null
     * @param wrapUpCode what that agent recorded, or null
     */
    public record EarlierCall(String call, String at, String queue, String agent, String wrapUpCode) {
    }
}
