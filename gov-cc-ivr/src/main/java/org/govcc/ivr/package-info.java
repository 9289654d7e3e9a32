/**
 * The IVR interpreter: {@link org.govcc.ivr.IvrInterpreter} runs validated flows
 * ({@link org.govcc.ivr.FlowRepository}) for any number of concurrent calls, each an
 * {@link org.govcc.ivr.IvrSession} driven by call signals and acting through the call-control port; how a call
 * leaves the IVR is reported once as an {@link org.govcc.api.ivr.IvrOutcome}.
 *
 * <p>No method accepts {@code null} unless its Javadoc says so.
 */
package org.govcc.ivr;
