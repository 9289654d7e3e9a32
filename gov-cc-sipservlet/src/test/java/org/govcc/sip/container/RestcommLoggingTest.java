package org.govcc.sip.container;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import org.apache.log4j.ConsoleAppender;
import org.apache.log4j.LogManager;
import org.apache.log4j.Logger;
import org.apache.log4j.PatternLayout;
import org.apache.log4j.PropertyConfigurator;
import org.mobicents.servlet.sip.core.DispatcherException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class RestcommLoggingTest {

    private static final String STACK_LOGGER = "gov.nist.javax.sip.stack.RestcommLoggingTest";

    @AfterEach
    void restoreTheTestsConfiguration() {
        LogManager.resetConfiguration();
        PropertyConfigurator.configure(RestcommLoggingTest.class.getResource("/log4j.properties"));
    }

    @Test
    void anUnconfiguredLog4jStopsRenderingDebugMessagesAndHandsWarningsToJavaUtilLogging() {
        LogManager.resetConfiguration(); // as in a WAR: no log4j.properties, root at DEBUG without an appender
        assertThat(Logger.getLogger(STACK_LOGGER).isDebugEnabled()).isTrue();
        List<LogRecord> seen = new CopyOnWriteArrayList<>();
        java.util.logging.Logger jul = java.util.logging.Logger.getLogger(STACK_LOGGER);
        Handler handler = collectInto(seen);
        jul.addHandler(handler);
        try {
            RestcommLogging.configure();
            RestcommLogging.configure(); // a second container in the same JVM adds no second appender

            Logger stack = Logger.getLogger(STACK_LOGGER);
            assertThat(stack.isDebugEnabled()).isFalse();
            assertThat(stack.isInfoEnabled()).isFalse();
            stack.debug("a whole SIP message");
            IllegalStateException cause = new IllegalStateException("broken");
            stack.warn("a transaction timed out");
            stack.error("a dialog failed", cause);

            assertThat(seen).extracting(LogRecord::getLevel, LogRecord::getMessage, LogRecord::getLoggerName)
                    .containsExactly(
                            org.assertj.core.groups.Tuple.tuple(Level.WARNING, "a transaction timed out", STACK_LOGGER),
                            org.assertj.core.groups.Tuple.tuple(Level.SEVERE, "a dialog failed", STACK_LOGGER));
            assertThat(seen.get(1).getThrown()).hasToString(cause.toString()) // a redacted copy, same stack
                    .extracting(Throwable::getStackTrace).isEqualTo(cause.getStackTrace());
        } finally {
            jul.removeHandler(handler);
        }
    }

    @Test
    void aLog4jConfigurationOfTheIntegratorsOwnIsLeftAsItIs() {
        LogManager.resetConfiguration();
        Logger root = Logger.getRootLogger();
        root.setLevel(org.apache.log4j.Level.DEBUG);
        ConsoleAppender own = new ConsoleAppender(new PatternLayout("%m%n"));
        root.addAppender(own);

        RestcommLogging.configure();

        assertThat(root.getLevel()).isEqualTo(org.apache.log4j.Level.DEBUG);
        assertThat(java.util.Collections.list(root.getAllAppenders())).containsExactly(own);
    }

    @Test
    void whatIsHandedOnIsRedactedAndABeyForACallAlreadyEndedIsNoError() {
        LogManager.resetConfiguration();
        List<LogRecord> seen = new CopyOnWriteArrayList<>();
        java.util.logging.Logger jul = java.util.logging.Logger.getLogger(STACK_LOGGER);
        Handler handler = collectInto(seen);
        jul.addHandler(handler);
        jul.setLevel(Level.FINE);
        try {
            RestcommLogging.configure();
            Logger stack = Logger.getLogger(STACK_LOGGER);
            String bye = "BYE sip:1555@127.0.0.1 SIP/2.0\r\nFrom: <sip:306900001@127.0.0.1>;tag=a\r\nCSeq: 2 BYE\r\n";
            stack.error("Unexpected exception while processing request " + bye,
                    new DispatcherException(481, "Cannot find the corresponding sip application session " + bye));
            stack.error("Unexpected exception while processing request " + bye,
                    new DispatcherException(500, "An unexpected servlet exception " + bye));

            assertThat(seen).extracting(LogRecord::getLevel).containsExactly(Level.FINE, Level.SEVERE);
            assertThat(seen).allSatisfy(record -> {
                assertThat(record.getMessage()).doesNotContain("306900001").contains("From: ***;tag=a");
                assertThat(record.getThrown().toString()).doesNotContain("306900001")
                        .startsWith(DispatcherException.class.getName() + ": ");
            });
        } finally {
            jul.removeHandler(handler);
            jul.setLevel(null);
        }
    }

    @Test
    void log4jLevelsMapOntoJavaUtilLoggingLevels() {
        assertThat(RestcommLogging.julLevel(org.apache.log4j.Level.FATAL)).isEqualTo(Level.SEVERE);
        assertThat(RestcommLogging.julLevel(org.apache.log4j.Level.ERROR)).isEqualTo(Level.SEVERE);
        assertThat(RestcommLogging.julLevel(org.apache.log4j.Level.WARN)).isEqualTo(Level.WARNING);
        assertThat(RestcommLogging.julLevel(org.apache.log4j.Level.INFO)).isEqualTo(Level.INFO);
        assertThat(RestcommLogging.julLevel(org.apache.log4j.Level.DEBUG)).isEqualTo(Level.FINE);
        assertThat(RestcommLogging.julLevel(org.apache.log4j.Level.TRACE)).isEqualTo(Level.FINEST);
    }

    private static Handler collectInto(List<LogRecord> seen) {
        return new Handler() {
            @Override
            public void publish(LogRecord record) {
                seen.add(record);
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
    }
}
