package org.govcc.sip.container;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import javax.management.MBeanServer;
import javax.management.ObjectName;
import javax.servlet.ServletContainerInitializer;
import javax.sip.SipStack;
import org.apache.catalina.LifecycleState;
import org.apache.catalina.connector.Connector;
import org.apache.catalina.core.StandardHost;
import org.apache.catalina.loader.WebappLoader;
import org.govcc.api.internal.Require;
import org.mobicents.servlet.sip.catalina.SipHostConfig;
import org.mobicents.servlet.sip.core.SipApplicationDispatcherImpl;
import org.mobicents.servlet.sip.core.session.SipStandardManager;
import org.mobicents.servlet.sip.startup.SipContextConfig;
import org.mobicents.servlet.sip.startup.SipProtocolHandler;
import org.mobicents.servlet.sip.startup.SipStandardContext;
import org.mobicents.servlet.sip.startup.SipStandardEngine;
import org.mobicents.servlet.sip.startup.SipStandardService;
import org.restcomm.commons.statistics.reporter.RestcommStatsReporter;

/**
 * Starts and stops Restcomm's JSR 289 SIP servlet container, embedded, for one SIP application.
 *
 * <p>Works in a plain Java process and inside a WAR: the application's classes are loaded by the
 * {@code parentClassLoader} given (the WAR's loader, or the caller's), the SIP context's document base is a
 * temporary directory holding only {@code WEB-INF/sip.xml}, so every servlet class exists once. The application
 * receives its collaborators as {@link javax.servlet.ServletContext} attributes that are set before any servlet
 * is initialised; there is no static state.
 *
 * <p>{@link #stop()} frees the SIP port(s), ends the SIP stack's threads (including JAIN-SIP's
 * {@code EventScannerThread}, which otherwise stays blocked), unregisters the container's MBeans and restores the
 * JVM-wide system properties the start set. Restcomm's usage-statistics reporter ("phone home") is stopped right
 * after the start and pointed at a closed local address first, because stopping it also sends a report.
 *
 * <p>Start and stop run on a short-lived thread of their own, so that thread-locals set by Tomcat do not stick to
 * the caller's (possibly pooled) thread. Thread-safe: start and stop are serialised.
 *
 * @since 0.1
 */
public final class EmbeddedSipContainer implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(EmbeddedSipContainer.class.getName());

    private static final String CLOSED_LOCAL_ADDRESS = "http://127.0.0.1:1/";

    private final SipContainerSettings settings;
    private final SipApplicationDescriptor application;
    private final ClassLoader parentClassLoader;

    private SipStandardService service;
    private SipStandardContext context;
    private ContainerHome home;
    private Set<Thread> threadsBeforeStart = Set.of();

    /**
     * Creates a stopped container.
     *
     * @param settings where and how to listen
     * @param application the SIP application to deploy (its sip.xml and its collaborators)
     * @param parentClassLoader the class loader that sees the application's servlet classes (e.g. the WAR's)
     */
    public EmbeddedSipContainer(SipContainerSettings settings, SipApplicationDescriptor application,
                                ClassLoader parentClassLoader) {
        this.settings = Require.nonNull(settings, "settings");
        this.application = Require.nonNull(application, "application");
        this.parentClassLoader = Require.nonNull(parentClassLoader, "parentClassLoader");
    }

    /** Returns the settings this container was made with. */
    public SipContainerSettings settings() {
        return settings;
    }

    /** Returns whether the container has been started and not yet stopped. */
    public synchronized boolean isRunning() {
        return service != null;
    }

    /**
     * Starts the container and deploys the application; returns when the SIP port accepts requests.
     *
     * @throws IllegalStateException if already running
     * @throws SipContainerException if the container could not start (it is then stopped again)
     */
    public synchronized void start() {
        Require.that(service == null, "the SIP container is already running");
        runOnOwnThread("govcc-sip-start", this::doStart);
    }

    /** Stops the container, frees its port(s) and ends its threads; does nothing if not running. */
    public synchronized void stop() {
        if (service == null && home == null) {
            return;
        }
        runOnOwnThread("govcc-sip-stop", this::doStop);
    }

    /** Returns how many SIP application sessions the deployed application holds (0 when idle or stopped). */
    public synchronized int activeSipApplicationSessions() {
        if (context == null || !(context.getManager() instanceof SipStandardManager)) {
            return 0;
        }
        return ((SipStandardManager) context.getManager()).getActiveSipApplicationSessions();
    }

    /** Same as {@link #stop()}. */
    @Override
    public void close() {
        stop();
    }

    private void doStart() {
        RestcommLogging.configure();
        threadsBeforeStart = Thread.getAllStackTraces().keySet();
        try {
            home = ContainerHome.open(settings, application);
            Path workDirectory = home.directory();

            Thread.currentThread().setContextClassLoader(getClass().getClassLoader());
            SipStandardService svc = new SipStandardService();
            svc.setName(settings.engineName());
            svc.setSipApplicationDispatcherClassName(SipApplicationDispatcherImpl.class.getName());
            svc.setDarConfigurationFileLocation(home.darLocation());
            svc.setSipStackProperties(stackProperties());
            svc.setCongestionControlCheckingInterval(-1);
            svc.setGatherStatistics(false);
            svc.setConcurrencyControlMode("SipApplicationSession");
            // Run the servlets on the stack's own threads: one hand-over less per message. gov-cc's servlet
            // never blocks (media and engines work on their own threads), which is what this requires.
            svc.setBypassRequestExecutor(true);
            svc.setBypassResponseExecutor(true);

            SipStandardEngine engine = new SipStandardEngine();
            engine.setName(settings.engineName());
            engine.setBaseDir(workDirectory.toString());
            engine.setDefaultHost("localhost");
            engine.setService(svc);
            engine.setParentClassLoader(parentClassLoader);
            svc.setContainer(engine);
            service = svc;
            svc.init();

            StandardHost host = new StandardHost();
            host.setName("localhost");
            host.setAppBase(workDirectory.toString());
            host.setAutoDeploy(false);
            host.setDeployOnStartup(false);
            host.setParentClassLoader(parentClassLoader);
            host.addLifecycleListener(new SipHostConfig());
            engine.addChild(host);

            svc.start();
            disablePhoneHome();

            SipStandardContext ctx = new SipStandardContext();
            ctx.setName(application.name());
            ctx.setPath("/" + application.name());
            ctx.setDocBase(home.docBase().toString());
            ctx.setParentClassLoader(parentClassLoader);
            ctx.addLifecycleListener(new SipContextConfig());
            ctx.setManager(new SipStandardManager());
            ctx.setClearReferencesStopThreads(false);
            ctx.setClearReferencesStopTimerThreads(false);
            ctx.setClearReferencesStatic(false);
            ctx.setClearReferencesHttpClientKeepAliveThread(false);
            WebappLoader loader = new WebappLoader(parentClassLoader);
            loader.setDelegate(true);
            loader.setLoaderClass(NoCleanupWebappClassLoader.class.getName());
            ctx.setLoader(loader);
            ctx.setDelegate(true);
            ServletContainerInitializer attributes = new AttributeInitializer(application.contextAttributes());
            ctx.addServletContainerInitializer(attributes, null);
            ctx.setParent(host);
            host.addChild(ctx);
            if (ctx.getState() != LifecycleState.STARTED) {
                throw new SipContainerException("the SIP application '" + application.name()
                        + "' did not start (state " + ctx.getState() + ")");
            }
            context = ctx;
            // The port opens last, once the application is deployed: a request that arrived earlier waited for the
            // deployment (seconds) and a load balancer's OPTIONS probe timed out (ColdStartIT). Before it opens,
            // a few OPTIONS on a loopback port of their own load and initialise what the first requests need.
            WarmUp.run(svc, Duration.ofSeconds(5));
            for (SipTransport transport : settings.transports()) {
                svc.addConnector(connector(settings.bindAddress(), settings.port(), transport));
            }
            LOG.info(() -> "SIP container " + settings.engineName() + " listening on " + settings.bindAddress() + ":"
                    + settings.port() + " " + settings.transports());
        } catch (IOException e) {
            doStop();
            throw new SipContainerException("could not prepare the SIP container's work directory", e);
        } catch (SipContainerException e) {
            doStop();
            throw e;
        } catch (Exception e) {
            doStop();
            throw new SipContainerException("the SIP container did not start on " + settings.bindAddress() + ":"
                    + settings.port() + ": " + e, e);
        }
    }

    static Connector connector(String bindAddress, int port, SipTransport transport) throws Exception {
        Connector connector = new Connector(SipProtocolHandler.class.getName());
        SipProtocolHandler handler = (SipProtocolHandler) connector.getProtocolHandler();
        handler.setPort(port);
        handler.setIpAddress(bindAddress);
        handler.setSignalingTransport(transport.jainName());
        return connector;
    }

    private void doStop() {
        SipStandardService svc = service;
        Object eventScanner = null;
        if (svc != null) {
            try {
                SipStack stack = svc.getSipStack();
                if (stack instanceof gov.nist.javax.sip.SipStackImpl) {
                    eventScanner = ((gov.nist.javax.sip.SipStackImpl) stack).getEventScanner();
                }
            } catch (RuntimeException e) {
                LOG.log(Level.FINE, "no SIP stack to inspect", e);
            }
            disablePhoneHome();
            if (context != null) {
                try {
                    context.getParent().removeChild(context);
                } catch (RuntimeException e) {
                    LOG.log(Level.WARNING, "the SIP application did not stop cleanly", e);
                }
            }
            // Connectors first, on their own, so the port is freed even if the rest of the stop fails.
            for (Connector connector : svc.findConnectors()) {
                try {
                    connector.stop();
                } catch (Exception e) {
                    LOG.log(Level.WARNING, "a SIP connector did not stop cleanly", e);
                }
            }
            try {
                svc.stop();
                svc.destroy();
            } catch (Exception e) {
                LOG.log(Level.WARNING, "the SIP container did not stop cleanly", e);
            }
            if (eventScanner instanceof gov.nist.javax.sip.EventScanner) {
                ((gov.nist.javax.sip.EventScanner) eventScanner).forceStop();
            }
            interruptLeftoverThreads();
            unregisterMBeans();
        }
        service = null;
        context = null;
        if (home != null) {
            home.close();
            home = null;
        }
    }

    /** Threads this container started that survive the stop: JAIN-SIP's event scanner waits forever in take(). */
    private void interruptLeftoverThreads() {
        for (Thread t : Thread.getAllStackTraces().keySet()) {
            if (!threadsBeforeStart.contains(t) && t.isAlive() && "EventScannerThread".equals(t.getName())) {
                t.interrupt();
            }
        }
    }

    private void unregisterMBeans() {
        MBeanServer server = ManagementFactory.getPlatformMBeanServer();
        try {
            for (ObjectName name : server.queryNames(new ObjectName(settings.engineName() + ":*"), null)) {
                try {
                    server.unregisterMBean(name);
                } catch (Exception e) {
                    LOG.log(Level.FINE, "MBean already gone: " + name, e);
                }
            }
        } catch (Exception e) {
            LOG.log(Level.FINE, "could not list the container's MBeans", e);
        }
    }

    private static void disablePhoneHome() {
        try {
            RestcommStatsReporter reporter = RestcommStatsReporter.getRestcommStatsReporter();
            reporter.setRemoteServer(CLOSED_LOCAL_ADDRESS);
            reporter.stop();
            // The reporter is a JVM-wide singleton whose scheduler cannot restart once stopped; drop it so that a
            // later start in the same class loader gets a fresh one (which is stopped again at once).
            java.lang.reflect.Field instance = RestcommStatsReporter.class.getDeclaredField("restcommStatsReporter");
            instance.setAccessible(true);
            synchronized (RestcommStatsReporter.class) {
                instance.set(null, null);
            }
        } catch (ReflectiveOperationException | RuntimeException | LinkageError e) {
            LOG.log(Level.FINE, "Restcomm statistics reporter not stopped", e);
        }
    }

    private Properties stackProperties() {
        Properties p = new Properties();
        p.putAll(SipContainerSettings.defaultStackProperties());
        p.setProperty("javax.sip.STACK_NAME", settings.engineName());
        // The methods the router sends to an application; the valve answers the others 405 (Restcomm proxied them).
        p.setProperty(RequestSanityValve.ROUTED_METHODS, application.darProperties().lines()
                .map(l -> l.contains(":") ? l.substring(0, l.indexOf(':')).trim() : "")
                .filter(m -> !m.isEmpty()).collect(Collectors.joining(",")));
        p.putAll(settings.stackProperties());
        return p;
    }

    private static void runOnOwnThread(String name, Runnable action) {
        AtomicReference<RuntimeException> failure = new AtomicReference<>();
        Thread t = new Thread(() -> {
            try {
                action.run();
            } catch (RuntimeException e) {
                failure.set(e);
            }
        }, name);
        t.setDaemon(true);
        t.start();
        try {
            t.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SipContainerException("interrupted while waiting for " + name, e);
        }
        if (failure.get() != null) {
            throw failure.get();
        }
    }

    /** Puts the application's collaborators into the servlet context before any servlet starts. */
    private static final class AttributeInitializer implements ServletContainerInitializer {
        private final Map<String, Object> attributes;

        AttributeInitializer(Map<String, Object> attributes) {
            this.attributes = new LinkedHashMap<>(attributes);
        }

        @Override
        public void onStartup(Set<Class<?>> classes, javax.servlet.ServletContext servletContext) {
            attributes.forEach(servletContext::setAttribute);
        }
    }
}
