package org.govcc.sip.container;

import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import javax.sip.message.Response;
import org.apache.log4j.AppenderSkeleton;
import org.apache.log4j.spi.LoggingEvent;
import org.apache.log4j.spi.ThrowableInformation;
import org.mobicents.servlet.sip.core.DispatcherException;

/**
 * Gives Restcomm's and the JAIN SIP stack's log4j loggers a level and a destination when nobody configured log4j.
 *
 * <p>Unconfigured, log4j's root logger is at DEBUG with no appender: every {@code isDebugEnabled()} guard in the
 * stack passes, and it renders whole SIP messages into debug strings that no appender prints (a line answering a
 * burst of INVITEs spent most of its SIP threads' time so), while its warnings and errors went nowhere. When the root
 * logger has no appender, this sets it to WARN and adds one that hands each event on to {@code java.util.logging}
 * under the same logger name (WildFly's server log, or the console of an embedding program). A log4j configuration
 * of the integrator's own (a root logger with an appender) is left as it is.
 *
 * <p>What this hands on is redacted first ({@link SipLogRedaction}): the stack's errors quote whole SIP messages, and
 * a sealed line's caller must not reach a log. One error is a normal race, not a fault, and is handed on at FINE:
 * Restcomm's {@link DispatcherException} with 481 for a request whose call the line has already ended (a phone's BYE
 * after the line's own BYE, which it left unanswered); the request was answered 481, as RFC 3261 asks.
 */
final class RestcommLogging extends AppenderSkeleton {

    private RestcommLogging() {
    }

    /** Configures log4j as above unless it is configured already; idempotent. */
    static synchronized void configure() {
        org.apache.log4j.Logger root = org.apache.log4j.Logger.getRootLogger();
        if (root.getAllAppenders().hasMoreElements()) {
            return;
        }
        root.setLevel(org.apache.log4j.Level.WARN);
        root.addAppender(new RestcommLogging());
    }

    @Override
    protected void append(LoggingEvent event) {
        Logger logger = Logger.getLogger(event.getLoggerName());
        ThrowableInformation info = event.getThrowableInformation();
        Throwable thrown = info == null ? null : info.getThrowable();
        Level level = callAlreadyEnded(thrown) ? Level.FINE : julLevel(event.getLevel());
        if (!logger.isLoggable(level)) {
            return;
        }
        LogRecord record = new LogRecord(level, SipLogRedaction.redact(event.getRenderedMessage()));
        record.setLoggerName(event.getLoggerName());
        record.setThrown(SipLogRedaction.redact(thrown));
        logger.log(record);
    }

    /** Whether {@code thrown} is Restcomm's refusal, with 481, of a request for an application session now gone. */
    static boolean callAlreadyEnded(Throwable thrown) {
        return thrown instanceof DispatcherException
                && ((DispatcherException) thrown).getErrorCode() == Response.CALL_OR_TRANSACTION_DOES_NOT_EXIST;
    }

    static Level julLevel(org.apache.log4j.Level level) {
        int value = level.toInt();
        if (value >= org.apache.log4j.Level.ERROR_INT) {
            return Level.SEVERE;
        }
        if (value >= org.apache.log4j.Level.WARN_INT) {
            return Level.WARNING;
        }
        if (value >= org.apache.log4j.Level.INFO_INT) {
            return Level.INFO;
        }
        return value >= org.apache.log4j.Level.DEBUG_INT ? Level.FINE : Level.FINEST;
    }

    @Override
    public boolean requiresLayout() {
        return false;
    }

    @Override
    public void close() {
        // Nothing held: the events went to java.util.logging.
    }
}
