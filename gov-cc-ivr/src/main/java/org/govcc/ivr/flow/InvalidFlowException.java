package org.govcc.ivr.flow;

import java.util.List;
import java.util.stream.Collectors;
import org.govcc.api.internal.Require;

/**
 * A flow was refused: malformed JSON, a schema violation, or a graph problem. The message lists every problem
 * on its own line ({@code origin:line:column: /json/pointer: message}), so it reads well without a stack trace.
 *
 * @since 0.1
 */
public final class InvalidFlowException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    private final transient List<FlowProblem> problems;

    /**
     * Creates the exception.
     *
     * @param problems at least one
     */
    public InvalidFlowException(List<FlowProblem> problems) {
        super(format(problems));
        this.problems = List.copyOf(problems);
    }

    /** Every problem found, in document order where known. */
    public List<FlowProblem> problems() {
        return problems;
    }

    private static String format(List<FlowProblem> problems) {
        Require.nonNull(problems, "problems");
        Require.that(!problems.isEmpty(), "an invalid flow has at least one problem");
        return problems.size() + (problems.size() == 1 ? " problem" : " problems") + " in IVR flow:\n"
                + problems.stream().map(p -> "  " + p).collect(Collectors.joining("\n"));
    }
}
