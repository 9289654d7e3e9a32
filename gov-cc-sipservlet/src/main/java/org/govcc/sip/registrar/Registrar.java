package org.govcc.sip.registrar;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Logger;
import org.govcc.api.agent.AgentId;
import org.govcc.api.internal.Require;

/**
 * The agents' SIP registrar: authenticates REGISTER requests with digest authentication, keeps one contact per
 * agent with its expiry, and tells a {@link RegistrationListener} when an agent becomes reachable or not.
 *
 * <p>Free of the SIP servlet API (the servlet adapts requests to {@link #register}); thread-safe.
 *
 * @since 0.1
 */
public final class Registrar {

    /** The shortest registration accepted (RFC 3261 423 Interval Too Brief below it). */
    public static final Duration MIN_EXPIRES = Duration.ofSeconds(30);

    private static final Logger LOG = Logger.getLogger(Registrar.class.getName());

    private final AgentDirectory directory;
    private final DigestAuthenticator authenticator;
    private final RegistrationListener listener;
    private final Clock clock;
    private final Duration maxExpires;
    private final Map<AgentId, Binding> bindings = new ConcurrentHashMap<>();
    /** Guards saving, so that two changes never write the store at once or out of order. */
    private final Object storeLock = new Object();
    private volatile BindingStore store = BindingStore.none();

    /**
     * A registered contact.
     *
     * @param agent the agent
     * @param username the SIP user name that registered
     * @param contact the contact URI calls are sent to
     * @param expiresAt when the registration lapses unless refreshed
     */
    public record Binding(AgentId agent, String username, String contact, Instant expiresAt) {
    }

    /** What to answer to a REGISTER. */
    public sealed interface Outcome {
        /**
         * 200 OK with the binding; {@code expires} is 0 after an unregistration.
         *
         * @param contact the contact
         * @param expires seconds granted
         */
        record Registered(String contact, int expires) implements Outcome {
        }

        /**
         * 401 with this {@code WWW-Authenticate} value.
         *
         * @param wwwAuthenticate the header value
         */
        record Challenge(String wwwAuthenticate) implements Outcome {
        }

        /**
         * 403: the user name is unknown or not allowed for the address of record.
         *
         * @param reason why, for logs
         */
        record Forbidden(String reason) implements Outcome {
        }

        /**
         * 423 Interval Too Brief.
         *
         * @param minExpires the Min-Expires to send
         */
        record IntervalTooBrief(int minExpires) implements Outcome {
        }

        /**
         * 200 OK listing the current binding (a query: REGISTER without Contact).
         *
         * @param binding the agent's binding, if registered
         */
        record Query(Optional<Binding> binding) implements Outcome {
        }
    }

    /** Creates a registrar. */
    public Registrar(AgentDirectory directory, DigestAuthenticator authenticator, RegistrationListener listener,
                     Clock clock, Duration maxExpires) {
        this.directory = Require.nonNull(directory, "directory");
        this.authenticator = Require.nonNull(authenticator, "authenticator");
        this.listener = Require.nonNull(listener, "listener");
        this.clock = Require.nonNull(clock, "clock");
        this.maxExpires = Require.nonNull(maxExpires, "maxExpires");
    }

    /**
     * Handles one REGISTER.
     *
     * @param authorization the Authorization header, or null
     * @param aorUser the user part of the To header (the address of record)
     * @param contact the Contact URI, or null for a query; {@code *} with expires 0 removes the binding
     * @param requestedExpires the requested expiry in seconds (Contact expires param or Expires header), or -1
     */
    public Outcome register(String authorization, String aorUser, String contact, int requestedExpires) {
        String username = DigestAuthenticator.username(authorization);
        if (username == null) {
            return new Outcome.Challenge(authenticator.challenge(false));
        }
        Optional<AgentAccount> account = directory.byUsername(username);
        if (account.isEmpty() || !username.equals(aorUser)) {
            return new Outcome.Forbidden("unknown user or user not allowed for this address of record");
        }
        DigestAuthenticator.Verdict verdict = authenticator.verify(authorization, "REGISTER", account.get());
        if (verdict == DigestAuthenticator.Verdict.STALE) {
            return new Outcome.Challenge(authenticator.challenge(true));
        }
        if (verdict != DigestAuthenticator.Verdict.OK) {
            return new Outcome.Challenge(authenticator.challenge(false));
        }
        AgentId agent = account.get().agent();
        if (contact == null) {
            return new Outcome.Query(current(agent));
        }
        int expires = requestedExpires < 0 ? 3600 : requestedExpires;
        if (expires == 0) {
            Binding old = bindings.remove(agent);
            if (old != null) {
                save();
                listener.unregistered(agent, "unregistered");
            }
            return new Outcome.Registered(contact, 0);
        }
        if (expires < MIN_EXPIRES.toSeconds()) {
            return new Outcome.IntervalTooBrief((int) MIN_EXPIRES.toSeconds());
        }
        expires = (int) Math.min(expires, maxExpires.toSeconds());
        Binding binding = new Binding(agent, username, contact, clock.instant().plusSeconds(expires));
        Binding old = bindings.put(agent, binding);
        save();
        if (old == null || !old.contact().equals(contact) || old.expiresAt().isBefore(clock.instant())) {
            listener.registered(agent, contact);
        }
        return new Outcome.Registered(contact, expires);
    }

    /** Returns the agent's current, unexpired binding. */
    public Optional<Binding> current(AgentId agent) {
        Binding b = bindings.get(agent);
        if (b == null) {
            return Optional.empty();
        }
        if (!b.expiresAt().isAfter(clock.instant())) {
            if (bindings.remove(agent, b)) {
                save();
                listener.unregistered(agent, "registration expired");
            }
            return Optional.empty();
        }
        return Optional.of(b);
    }

    /**
     * Keeps the bindings in {@code store} from now on, after taking back the unexpired ones it holds (the listener
     * hears of each as a registration): so a restarted or redeployed line can ring the phones that registered with
     * the one before it, without waiting for their registrations to come due. Call it once, before requests arrive.
     *
     * @return how many bindings were taken back
     */
    public int persistTo(BindingStore store) {
        Require.nonNull(store, "store");
        List<Binding> saved = store.load();
        Instant now = clock.instant();
        int restored = 0;
        for (Binding b : saved) {
            if (b.expiresAt().isAfter(now) && directory.byUsername(b.username())
                    .filter(a -> a.agent().equals(b.agent())).isPresent()
                    && bindings.putIfAbsent(b.agent(), b) == null) {
                restored++;
                listener.registered(b.agent(), b.contact());
            }
        }
        this.store = store;
        save();
        return restored;
    }

    /** Writes the bindings to the store; a store that fails is logged, never fatal to a REGISTER. */
    private void save() {
        BindingStore target = store;
        synchronized (storeLock) {
            try {
                target.save(List.copyOf(bindings.values()));
            } catch (RuntimeException e) {
                LOG.warning("agents' registrations not saved: " + e.getMessage());
            }
        }
    }

    /** Removes expired bindings, telling the listener; call it periodically. */
    public void expire() {
        for (AgentId agent : bindings.keySet()) {
            current(agent);
        }
    }

    /** Returns how many agents are registered now. */
    public int registeredCount() {
        expire();
        return bindings.size();
    }
}
