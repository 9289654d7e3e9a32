/**
 * IVR contracts: where flows come from ({@link org.govcc.api.ivr.IvrFlowSource}) and how a flow ends
 * ({@link org.govcc.api.ivr.IvrOutcome}). The flow model and interpreter live in {@code gov-cc-ivr}.
 */
package org.govcc.api.ivr;
