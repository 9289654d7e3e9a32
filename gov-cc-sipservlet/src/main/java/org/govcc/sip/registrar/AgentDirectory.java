package org.govcc.sip.registrar;

import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * SPI: the agents' phone accounts, looked up by SIP user name. Thread-safe.
 *
 * @since 0.1
 */
@FunctionalInterface
public interface AgentDirectory {

    /** Returns the account with SIP user name {@code username}, if any. */
    Optional<AgentAccount> byUsername(String username);

    /** Returns a fixed directory of {@code accounts}. */
    static AgentDirectory of(Collection<AgentAccount> accounts) {
        Map<String, AgentAccount> map = accounts.stream()
                .collect(Collectors.toUnmodifiableMap(AgentAccount::username, Function.identity()));
        return username -> Optional.ofNullable(map.get(username));
    }
}
