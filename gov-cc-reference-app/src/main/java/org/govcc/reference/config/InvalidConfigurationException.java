package org.govcc.reference.config;

import java.util.List;
import java.util.stream.Collectors;
import org.govcc.api.internal.Require;

/**
 * A configuration directory was refused. The message lists every problem on its own line
 * ({@code file:line:column: /json/pointer: message}), so that the deployment failure and the server log say all
 * that must be fixed at once.
 */
public final class InvalidConfigurationException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    private final transient List<ConfigurationProblem> problems;

    /**
     * Creates the exception.
     *
     * @param source what was read (e.g. the directory)
     * @param problems at least one
     */
    public InvalidConfigurationException(String source, List<ConfigurationProblem> problems) {
        super(format(source, problems));
        this.problems = List.copyOf(problems);
    }

    /** Every problem found, file by file, in document order where known. */
    public List<ConfigurationProblem> problems() {
        return problems;
    }

    private static String format(String source, List<ConfigurationProblem> problems) {
        Require.nonNull(problems, "problems");
        Require.that(!problems.isEmpty(), "an invalid configuration has at least one problem");
        return problems.size() + (problems.size() == 1 ? " problem" : " problems") + " in the line configuration "
                + source + ":\n" + problems.stream().map(p -> "  " + p).collect(Collectors.joining("\n"));
    }
}
