/**
 * IVR flows as data: the node records under the sealed {@link org.govcc.ivr.flow.Node} interface, prompt items,
 * and {@link org.govcc.ivr.flow.FlowJson}, which reads flow JSON checked against the published JSON Schema
 * ({@code /org/govcc/ivr/flow/ivr-flow.schema.json}). All model types are immutable records, safe to share.
 */
package org.govcc.ivr.flow;
