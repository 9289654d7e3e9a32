package org.govcc.sip;

import org.govcc.api.call.CallId;
import org.govcc.api.call.Language;
import org.govcc.api.control.CallControl;

/**
 * The SIP line's {@link CallControl}, with what the IVR binding needs beyond the port: switching a call's prompt
 * language when the caller chooses one.
 *
 * @since 0.1
 */
public interface LineCallControl extends CallControl {

    /** Plays the call's prompts in {@code language} from now on; ignored for a call that has ended. */
    void setLanguage(CallId call, Language language);
}
