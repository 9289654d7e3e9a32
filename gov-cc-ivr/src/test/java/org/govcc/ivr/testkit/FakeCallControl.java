package org.govcc.ivr.testkit;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.govcc.api.agent.AgentId;
import org.govcc.api.call.CallId;
import org.govcc.api.call.CallVariables;
import org.govcc.api.call.PhoneNumber;
import org.govcc.api.control.Announcement;
import org.govcc.api.control.CallControl;
import org.govcc.api.control.HangUpReason;

/** Call control for one call that records every command and the media state (playing, timer). */
public class FakeCallControl implements CallControl {

    /** One playback. */
    public record Playback(List<Announcement> announcements, boolean bargeIn) {
    }

    public final List<Playback> playbacks = new ArrayList<>();
    public final List<String> commands = new ArrayList<>();
    public boolean playing;
    public boolean bargeIn;
    public Optional<Duration> timer = Optional.empty();
    public Optional<PhoneNumber> transferredTo = Optional.empty();
    public Optional<HangUpReason> hungUp = Optional.empty();

    @Override
    public String id() {
        return "fake";
    }

    @Override
    public void play(CallId call, List<Announcement> announcements, boolean allowBargeIn) {
        playbacks.add(new Playback(List.copyOf(announcements), allowBargeIn));
        commands.add("play");
        playing = true;
        bargeIn = allowBargeIn;
    }

    @Override
    public void stopPlayback(CallId call) {
        commands.add("stopPlayback");
        playing = false;
    }

    @Override
    public void armTimer(CallId call, Duration delay) {
        commands.add("armTimer " + delay.toMillis());
        timer = Optional.of(delay);
    }

    @Override
    public void disarmTimer(CallId call) {
        commands.add("disarmTimer");
        timer = Optional.empty();
    }

    @Override
    public void connectToAgent(CallId call, AgentId agent, CallVariables variables, Duration ringTimeout) {
        commands.add("connectToAgent");
    }

    @Override
    public void dialOut(CallId call, PhoneNumber number, Duration ringTimeout) {
        commands.add("dialOut");
    }

    @Override
    public void transfer(CallId call, PhoneNumber number) {
        commands.add("transfer " + number);
        transferredTo = Optional.of(number);
    }

    @Override
    public void hangUp(CallId call, HangUpReason reason) {
        commands.add("hangUp " + reason);
        hungUp = Optional.of(reason);
    }
}
