package org.govcc.ivr.flow;

import java.util.List;
import java.util.Map;

/**
 * One step of an IVR flow. Nodes are immutable records; the flow names them by {@link NodeId}.
 *
 * <p>Every kind is handled by the interpreter, the validator and the diagram export through
 * {@link NodeVisitor}, so adding a kind fails to compile until all three handle it.
 *
 * @since 0.1
 */
public sealed interface Node permits PlayNode, MenuNode, CollectDigitsNode, LanguageChoiceNode, ScheduleBranchNode,
        QueueNode, CallbackNode, TransferNode, SetVariableNode, LookupNode, SubFlowNode, ReturnNode, HangUpNode {

    /** The node's {@code type} in flow JSON (e.g. {@code "menu"}). */
    String kind();

    /** The ways out of this node, in a stable order. */
    List<Edge> edges();

    /** The prompt lists this node plays, by JSON field name (e.g. {@code "invalidPrompts"}). */
    Map<String, List<PromptItem>> promptLists();

    /** Calls the visitor's method for this kind. */
    <R> R accept(NodeVisitor<R> visitor);
}
