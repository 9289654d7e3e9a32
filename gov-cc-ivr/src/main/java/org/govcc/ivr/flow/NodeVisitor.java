package org.govcc.ivr.flow;

/**
 * One method per {@link Node} kind (Java 17 has no pattern {@code switch}; a visitor keeps every kind handled).
 *
 * @param <R> what the visitor returns
 * @since 0.1
 */
public interface NodeVisitor<R> {
    /** Visits a play node. */
    R play(PlayNode node);

    /** Visits a menu node. */
    R menu(MenuNode node);

    /** Visits a collect-digits node. */
    R collectDigits(CollectDigitsNode node);

    /** Visits a language-choice node. */
    R languageChoice(LanguageChoiceNode node);

    /** Visits a schedule-branch node. */
    R scheduleBranch(ScheduleBranchNode node);

    /** Visits a queue node. */
    R queue(QueueNode node);

    /** Visits a callback node. */
    R callback(CallbackNode node);

    /** Visits a transfer node. */
    R transfer(TransferNode node);

    /** Visits a set-variable node. */
    R setVariable(SetVariableNode node);

    /** Visits a lookup node. */
    R lookup(LookupNode node);

    /** Visits a sub-flow node. */
    R subFlow(SubFlowNode node);

    /** Visits a return node. */
    R returnNode(ReturnNode node);

    /** Visits a hang-up node. */
    R hangUp(HangUpNode node);
}
