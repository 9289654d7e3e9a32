package org.govcc.sip.load;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.govcc.api.agent.AgentId;
import org.govcc.api.call.Call;
import org.govcc.api.call.CallVariables;
import org.govcc.api.call.Language;
import org.govcc.api.call.LineId;
import org.govcc.api.control.Announcement;
import org.govcc.api.control.CallControl;
import org.govcc.api.control.CallSignal;
import org.govcc.sip.CallHandler;
import org.govcc.sip.GovCcSipApplication;
import org.govcc.sip.SipLineSettings;
import org.govcc.sip.container.EmbeddedSipContainer;
import org.govcc.sip.container.SipContainerSettings;
import org.govcc.sip.container.SipTransport;
import org.govcc.sip.media.AudioClip;
import org.govcc.sip.media.MediaEngine;
import org.govcc.sip.media.MediaSettings;
import org.govcc.sip.media.PromptCatalogue;
import org.govcc.sip.registrar.AgentAccount;
import org.govcc.sip.registrar.AgentDirectory;
import org.govcc.sip.registrar.RegistrationListener;

/**
 * The line under load, as a plain Java process for the load script: answers {@code 1555}, plays a prompt in a loop
 * (RTP flowing), and after {@code --ivr-ms} offers the call round-robin to the registered agents (sipp UAS);
 * with no agent registered the call stays in the "IVR" playing prompts. Prints a STATS line every second.
 *
 * <p>Arguments: {@code port agents ivrMillis inactivitySeconds admissionLimit}.
 */
public final class LoadLine {

    private LoadLine() {
    }

    /**
     * The container settings both load processes use: UDP only, 8 SIP threads, and any stack property given as a
     * system property {@code govcc.load.stack.NAME=VALUE} (for trying a tuning without a rebuild).
     */
    static SipContainerSettings stackSettings(int port) {
        SipContainerSettings s = SipContainerSettings.of("127.0.0.1", port)
                .withTransports(java.util.Set.of(SipTransport.UDP))
                .withStackProperty("gov.nist.javax.sip.THREAD_POOL_SIZE", "8");
        String prefix = "govcc.load.stack.";
        for (String name : System.getProperties().stringPropertyNames()) {
            if (name.startsWith(prefix)) {
                s = s.withStackProperty(name.substring(prefix.length()), System.getProperty(name));
            }
        }
        return s;
    }

    /** Runs until killed. */
    public static void main(String[] args) throws IOException, InterruptedException {
        int port = Integer.parseInt(args[0]);
        int agents = Integer.parseInt(args[1]);
        long ivrMillis = Long.parseLong(args[2]);
        int inactivity = Integer.parseInt(args[3]);
        int limit = Integer.parseInt(args[4]);
        String realm = "govcc.load";
        List<AgentAccount> accounts = new ArrayList<>();
        for (int i = 1; i <= agents; i++) {
            accounts.add(AgentAccount.withPassword(new AgentId("agent-" + i), "agent" + i, realm, "load"));
        }
        List<AgentId> registered = new CopyOnWriteArrayList<>();
        AtomicLong started = new AtomicLong();
        AtomicLong ended = new AtomicLong();
        AtomicLong rejected = new AtomicLong();
        AtomicLong bridged = new AtomicLong();
        AtomicLong agentFailures = new AtomicLong();
        AtomicInteger rr = new AtomicInteger();
        AudioClip prompt = AudioClip.tone("prompt", 440, 3000);
        MediaEngine media = new MediaEngine(MediaSettings.of("127.0.0.1").withPorts(20000, 29999)
                .withInactivityTimeout(Duration.ofSeconds(inactivity)));
        SipLineSettings settings = new SipLineSettings(Map.of("1555", new LineId("main")), Language.GREEK, limit,
                Duration.ofSeconds(10), realm, Duration.ofHours(1), Optional.empty());
        GovCcSipApplication app = new GovCcSipApplication(settings, media,
                PromptCatalogue.ofPrompts((id, lang) -> Optional.of(prompt)), AgentDirectory.of(accounts),
                new RegistrationListener() {
                    @Override
                    public void registered(AgentId agent, String contact) {
                        registered.add(agent);
                    }
                }, control -> new CallHandler() {
                    @Override
                    public void callStarted(Call call) {
                        started.incrementAndGet();
                        control.play(call.id(), List.of(Announcement.prompt("welcome")), false);
                        if (!registered.isEmpty()) {
                            control.armTimer(call.id(), Duration.ofMillis(ivrMillis));
                        }
                    }

                    @Override
                    public void callRejected(String reason) {
                        rejected.incrementAndGet();
                    }

                    @Override
                    public void onSignal(CallSignal s) {
                        CallControl c = control;
                        if (s instanceof CallSignal.PromptFinished) {
                            c.play(s.call(), List.of(Announcement.prompt("welcome")), false);
                        } else if (s instanceof CallSignal.TimerFired && !registered.isEmpty()) {
                            AgentId agent = registered.get(Math.floorMod(rr.getAndIncrement(), registered.size()));
                            c.connectToAgent(s.call(), agent, CallVariables.empty(), Duration.ofSeconds(5));
                        } else if (s instanceof CallSignal.AgentAnswered) {
                            bridged.incrementAndGet();
                        } else if (s instanceof CallSignal.AgentUnreachable) {
                            agentFailures.incrementAndGet();
                            c.armTimer(s.call(), Duration.ofMillis(200));
                        } else if (s instanceof CallSignal.CallerHungUp || s instanceof CallSignal.AgentHungUp) {
                            ended.incrementAndGet();
                        }
                    }
                }, Clock.systemUTC());
        EmbeddedSipContainer container = new EmbeddedSipContainer(stackSettings(port), app.descriptor(),
                LoadLine.class.getClassLoader());
        container.start();
        CountDownLatch stop = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            container.stop();
            app.close();
            media.close();
            stop.countDown();
        }));
        var os = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        var mem = ManagementFactory.getMemoryMXBean();
        System.out.println("READY " + port);
        long lastCpu = os.getProcessCpuTime();
        long lastWall = System.nanoTime();
        while (!stop.await(1, java.util.concurrent.TimeUnit.SECONDS)) {
            long cpu = os.getProcessCpuTime();
            long wall = System.nanoTime();
            double cores = (cpu - lastCpu) / (double) (wall - lastWall);
            lastCpu = cpu;
            lastWall = wall;
            System.out.printf("STATS calls=%d started=%d ended=%d rejected=%d bridged=%d agentFailures=%d rtpPorts=%d "
                            + "registered=%d sessions=%d heapUsedMB=%.1f cpuCores=%.2f%n",
                    app.activeCalls(), started.get(), ended.get(), rejected.get(), bridged.get(), agentFailures.get(),
                    app.resources().rtpPorts(), registered.size(), container.activeSipApplicationSessions(),
                    mem.getHeapMemoryUsage().getUsed() / 1048576.0, cores);
        }
    }
}
