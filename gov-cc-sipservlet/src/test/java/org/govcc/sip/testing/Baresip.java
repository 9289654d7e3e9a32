package org.govcc.sip.testing;

import java.io.IOException;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.govcc.sip.media.AudioClip;
import org.govcc.sip.media.WavFile;

/**
 * Runs Debian's baresip, a real SIP softphone, as a peer for tests: on 127.0.0.1 only, headless (a 440 Hz tone from a
 * WAV file is its microphone; this baresip cannot play into a file, so what it hears is only counted), driven by
 * commands sent to its console module over UDP, as a person would type them. Installs {@code baresip-core} when {@code baresip} is missing: a test never skips silently.
 */
public final class Baresip implements AutoCloseable {

    private static final Pattern RTP_PACKETS = Pattern.compile("packets:\\s+(\\d+)\\s+(\\d+)");

    private final String name;
    private final Path dir;
    private final Process process;
    private final int consolePort;

    private Baresip(String name, Path dir, Process process, int consolePort) {
        this.name = name;
        this.dir = dir;
        this.process = process;
        this.consolePort = consolePort;
    }

    /** Makes sure {@code baresip} is on the PATH, installing Debian's baresip-core if needed. */
    public static void ensureInstalled() {
        DebianPackages.ensureCommand("baresip", "baresip-core");
    }

    /**
     * Starts a phone with one account, e.g. {@code <sip:agent1@127.0.0.1:5060>;auth_pass=secret;answermode=auto}
     * (baresip's account syntax), running {@code commands} (e.g. {@code /dial sip:1555@127.0.0.1:5060}) once it is
     * ready.
     */
    public static Baresip start(String name, String account, List<String> commands) {
        ensureInstalled();
        try {
            Path dir = Files.createTempDirectory("baresip-" + name + "-");
            Path microphone = dir.resolve("microphone.wav");
            Files.write(microphone, WavFile.write(AudioClip.tone("microphone", 440, 120_000)));
            int sipPort = freePortWithFreeNext();
            int consolePort = Ports.free();
            if (consolePort == sipPort + 1) {
                // Ports.free() takes a range's ports in turn (govcc.it.sip.ports): the next one is the TLS port's.
                consolePort = Ports.free();
            }
            // baresip also listens for SIP over TLS on the SIP port + 1, hence freePortWithFreeNext.
            Files.writeString(dir.resolve("config"), String.join("\n",
                    "poll_method epoll",
                    "sip_listen 127.0.0.1:" + sipPort,
                    "call_local_timeout 60",
                    "audio_source aufile," + microphone,
                    "audio_player aufile," + dir.resolve("loudspeaker.wav"),
                    "rtp_stats yes",
                    "module_path /usr/lib/baresip/modules",
                    "module g711.so",
                    "module aufile.so",
                    "module cons.so",
                    "module_tmp account.so",
                    "module_app menu.so",
                    "cons_listen 127.0.0.1:" + consolePort,
                    ""));
            Files.writeString(dir.resolve("accounts"), account + "\n");
            List<String> cmd = new ArrayList<>(List.of("baresip", "-f", dir.toString()));
            for (String c : commands) {
                cmd.add("-e");
                cmd.add(c);
            }
            Process process = new ProcessBuilder(cmd).directory(dir.toFile()).redirectErrorStream(true)
                    .redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")))
                    .redirectOutput(dir.resolve("out.log").toFile()).start();
            Baresip phone = new Baresip(name, dir, process, consolePort);
            if (!phone.awaitOutput("baresip is ready", Duration.ofSeconds(10))) {
                phone.close();
                throw new IllegalStateException("baresip " + name + " did not start:\n" + phone.output());
            }
            return phone;
        } catch (IOException e) {
            throw new IllegalStateException("could not start baresip " + name, e);
        }
    }

    private static int freePortWithFreeNext() {
        for (int i = 0; i < 20; i++) {
            int port = Ports.free();
            if (port < 65535 && Ports.isFree(port + 1)) {
                return port;
            }
        }
        throw new IllegalStateException("no free pair of ports for baresip's SIP listener");
    }

    /** Types {@code command} on the phone's console: a digit sends it as DTMF in a call; "/hangup\n" hangs up. */
    public void command(String command) {
        byte[] bytes = command.getBytes(StandardCharsets.US_ASCII);
        try (DatagramSocket socket = new DatagramSocket(0, InetAddress.getLoopbackAddress())) {
            socket.send(new DatagramPacket(bytes, bytes.length, InetAddress.getLoopbackAddress(), consolePort));
        } catch (IOException e) {
            throw new IllegalStateException("could not reach the console of baresip " + name, e);
        }
    }

    /** Everything the phone printed so far. */
    public String output() {
        try {
            return Files.readString(dir.resolve("out.log"), StandardCharsets.ISO_8859_1);
        } catch (IOException e) {
            return "(output unreadable: " + e + ")";
        }
    }

    /** Returns whether the phone printed {@code text} within {@code timeout}. */
    public boolean awaitOutput(String text, Duration timeout) {
        return Eventually.holds(() -> output().contains(text), timeout);
    }

    /**
     * The RTP packets the phone counted in its last ended call, sent and received (baresip prints them when a call
     * ends), or {@code null} if no call has ended yet.
     */
    public RtpPackets lastCallRtp() {
        Matcher m = RTP_PACKETS.matcher(output());
        RtpPackets last = null;
        while (m.find()) {
            last = new RtpPackets(Long.parseLong(m.group(1)), Long.parseLong(m.group(2)));
        }
        return last;
    }

    /** RTP packets of one call as the phone counted them. */
    public record RtpPackets(long sent, long received) {
    }

    /** Ends the phone (it unregisters on the way out if it can) and waits for it. */
    @Override
    public void close() {
        if (process.isAlive()) {
            process.destroy();
            try {
                if (!process.waitFor(5, TimeUnit.SECONDS)) {
                    process.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                process.destroyForcibly();
            }
        }
    }

    @Override
    public String toString() {
        return "baresip " + name + " (" + dir + ")";
    }
}
