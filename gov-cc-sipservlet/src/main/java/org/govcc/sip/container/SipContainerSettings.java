package org.govcc.sip.container;

import java.nio.file.Path;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.govcc.api.internal.Require;

/**
 * How the embedded SIP servlet container listens: bind address, port, transports and JAIN-SIP stack properties.
 *
 * <p>Immutable; the {@code with...} methods return modified copies.
 *
 * @param bindAddress the IP address to bind, e.g. {@code 127.0.0.1}
 * @param port the SIP port, 1-65535 (the same for every transport)
 * @param transports at least one transport
 * @param stackProperties extra JAIN-SIP / Restcomm stack properties, applied over the defaults of
 *                        {@link #defaultStackProperties()}
 * @param workDirectory where the container keeps its temporary files; empty means a fresh temporary directory
 * @param engineName the Catalina engine's name, also the JMX domain of its MBeans (unique per JVM)
 * @since 0.1
 */
public record SipContainerSettings(String bindAddress, int port, Set<SipTransport> transports,
                                   Map<String, String> stackProperties, Optional<Path> workDirectory,
                                   String engineName) {

    /** Validates the values and freezes the collections. */
    public SipContainerSettings {
        Require.nonBlank(bindAddress, "bindAddress");
        Require.inRange(port, 1, 65535, "port");
        Require.nonNull(transports, "transports");
        Require.that(!transports.isEmpty(), "transports must not be empty");
        transports = Set.copyOf(transports);
        stackProperties = Map.copyOf(Require.nonNull(stackProperties, "stackProperties"));
        Require.nonNull(workDirectory, "workDirectory");
        Require.id(engineName, "engineName");
    }

    /** Returns settings for UDP and TCP on {@code bindAddress:port}, default stack properties, a temporary work directory. */
    public static SipContainerSettings of(String bindAddress, int port) {
        return new SipContainerSettings(bindAddress, port, EnumSet.of(SipTransport.UDP, SipTransport.TCP), Map.of(),
                Optional.empty(), "govcc-sip-" + port);
    }

    /** Returns a copy listening on {@code newTransports} only. */
    public SipContainerSettings withTransports(Set<SipTransport> newTransports) {
        return new SipContainerSettings(bindAddress, port, newTransports, stackProperties, workDirectory, engineName);
    }

    /** Returns a copy with one more (or a replaced) stack property. */
    public SipContainerSettings withStackProperty(String name, String value) {
        Map<String, String> copy = new LinkedHashMap<>(stackProperties);
        copy.put(Require.nonBlank(name, "name"), Require.nonNull(value, "value"));
        return new SipContainerSettings(bindAddress, port, transports, copy, workDirectory, engineName);
    }

    /** Returns a copy that keeps its temporary files under {@code directory}. */
    public SipContainerSettings withWorkDirectory(Path directory) {
        return new SipContainerSettings(bindAddress, port, transports, stackProperties,
                Optional.of(Require.nonNull(directory, "directory")), engineName);
    }

    /**
     * The stack properties gov-cc always starts from: no message tracing (the default logs every message and
     * fills disks under load), a bounded thread pool, transaction timers on a scheduled executor, and the settings
     * Restcomm's own configuration uses.
     */
    public static Map<String, String> defaultStackProperties() {
        Map<String, String> p = new LinkedHashMap<>();
        p.put("gov.nist.javax.sip.TRACE_LEVEL", "0");
        p.put("gov.nist.javax.sip.LOG_MESSAGE_CONTENT", "false");
        p.put("gov.nist.javax.sip.DEBUG_LOG", "/dev/null");
        p.put("gov.nist.javax.sip.SERVER_LOG", "/dev/null");
        p.put("gov.nist.javax.sip.THREAD_POOL_SIZE", "16");
        p.put("gov.nist.javax.sip.REENTRANT_LISTENER", "true");
        p.put("gov.nist.javax.sip.AUTOMATIC_DIALOG_ERROR_HANDLING", "false");
        p.put("gov.nist.javax.sip.AGGRESSIVE_CLEANUP", "true");
        p.put("gov.nist.javax.sip.RECEIVE_UDP_BUFFER_SIZE", "1048576");
        p.put("gov.nist.javax.sip.SEND_UDP_BUFFER_SIZE", "1048576");
        p.put("gov.nist.javax.sip.MAX_FORK_TIME_SECONDS", "0");
        p.put("gov.nist.javax.sip.LOG_STACK_TRACE_ON_MESSAGE_SEND", "false");
        p.put("javax.sip.AUTOMATIC_DIALOG_SUPPORT", "off");
        // The ACK of a refused INVITE ends its transaction there: passed on, it reached Restcomm after the session
        // was gone and logged an ERROR with a stack trace for every refused INVITE.
        p.put("gov.nist.javax.sip.PASS_INVITE_NON_2XX_ACK_TO_LISTENER", "false");
        p.put("gov.nist.javax.sip.DELIVER_UNSOLICITED_NOTIFY", "true");
        // The stack allocates a buffer of this size for every UDP datagram it receives: at 64 KB that was over half
        // of all the line's allocation under load. 16 KB is far above any real SIP message (RFC 3261 sends
        // requests over 1,300 bytes by TCP), and it also caps a TCP message, which stops a peer that never ends one.
        p.put("gov.nist.javax.sip.MAX_MESSAGE_SIZE", "16384");
        // See RestartableSipTimer for why not the stack's own timers, and RequestSanityValve for what it refuses.
        p.put("gov.nist.javax.sip.SIP_MESSAGE_VALVE", RequestSanityValve.class.getName());
        p.put("gov.nist.javax.sip.TIMER_CLASS_NAME", RestartableSipTimer.class.getName());
        p.put("org.mobicents.ha.javax.sip.REPLICATION_STRATEGY", "ConfirmedDialog");
        p.put("org.mobicents.ha.javax.sip.CACHE_CLASS_NAME", "org.mobicents.ha.javax.sip.cache.NoCache");
        return p;
    }
}
