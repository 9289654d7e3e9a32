package org.govcc.api.call;

import java.util.Arrays;
import org.govcc.api.internal.Require;

/**
 * Why a call ended, as a type: what records store (as {@link #code()}) and reports count, beside the words that say
 * it to a person. New values may come in later versions; readers treat a code they do not know as {@link #OTHER}.
 *
 * @since 0.4
 */
public enum EndReason {
    /** The caller hung up: in the IVR, while waiting, or talking with an agent. */
    CALLER_HUNG_UP("caller-hung-up"),
    /** The agent ended the conversation (their phone or their desktop). */
    AGENT_HUNG_UP("agent-hung-up"),
    /** The IVR's flow ended the call (a hang-up node: closed, no input, goodbye). */
    ENDED_BY_IVR("ended-by-ivr"),
    /** The caller was transferred to an outside number (e.g. 112) and the line left the call. */
    TRANSFERRED_OUT("transferred-out"),
    /** A queue did not admit the call (full, unknown). */
    NOT_QUEUED("not-queued"),
    /** A callback reached nobody after its last attempt. */
    CALLBACK_FAILED("callback-failed"),
    /** A consented callback's window closed before it reached the caller. */
    CALLBACK_WINDOW_CLOSED("callback-window-closed"),
    /** A callback was asked but could not be taken (no number to call, or not queued). */
    CALLBACK_UNAVAILABLE("callback-unavailable"),
    /** A part of the line failed (the IVR could not start, the distributor threw). */
    LINE_FAILED("line-failed"),
    /** Any other reason, or one a caller of an older version gave as words only. */
    OTHER("other");

    private final String code;

    EndReason(String code) {
        this.code = code;
    }

    /** The stored form: lowercase words joined by dashes, stable across versions. */
    public String code() {
        return code;
    }

    /** The reason whose code is {@code code}; {@link #OTHER} for a code this version does not know. */
    public static EndReason ofCode(String code) {
        Require.nonNull(code, "code");
        return Arrays.stream(values()).filter(r -> r.code.equals(code)).findFirst().orElse(OTHER);
    }
}
