package org.govcc.sip;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.govcc.api.call.CallId;
import org.govcc.api.call.Language;
import org.govcc.api.control.Announcement;
import org.govcc.api.control.CallSignal;
import org.govcc.api.internal.Require;
import org.govcc.sip.media.AudioClip;
import org.govcc.sip.media.DtmfDeduplicator;
import org.govcc.sip.media.MediaEngine;
import org.govcc.sip.media.MediaListener;
import org.govcc.sip.media.PromptCatalogue;

/**
 * What the engines do with the caller's media and what it tells them: prompts played in the call's language, the
 * call's timer, the language switched, the caller held and taken back; a key pressed (by RTP or SIP INFO, counted
 * once), a prompt finished, a caller who sends no more RTP. Thread-safe, under each call's monitor.
 */
final class CallerMedia {

    private static final Logger LOG = Logger.getLogger(CallerMedia.class.getName());

    private final B2bua line;
    private final PromptCatalogue prompts;

    CallerMedia(B2bua line, PromptCatalogue prompts) {
        this.line = line;
        this.prompts = prompts;
    }

    /** A new listener of a caller's (or a dialled citizen's) media for call {@code id}. */
    MediaListener listener(CallId id) {
        return new CallListener(id);
    }

    /** Plays {@code announcements} to the caller in the call's language, unless the handler left the call. */
    void play(CallId callId, List<Announcement> announcements, boolean bargeIn) {
        SipCall sc = line.calls.get(callId);
        if (sc == null) {
            return;
        }
        Language language = sc.call.language();
        List<AudioClip> clips = new ArrayList<>();
        for (Announcement a : announcements) {
            try {
                clips.addAll(prompts.render(a, language));
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "prompt catalogue failed for " + a + "; skipping it", e);
            }
        }
        synchronized (sc) {
            if (sc.handlerOwns()) {
                sc.callerEndpoint.play(clips, bargeIn);
            }
        }
    }

    /** Stops what the caller hears. */
    void stopPlayback(CallId callId) {
        SipCall sc = line.calls.get(callId);
        if (sc != null) {
            sc.callerEndpoint.stopPlayback();
        }
    }

    /** Arms the call's one timer ({@code TimerFired} after {@code delay}), replacing one armed before. */
    void armTimer(CallId callId, Duration delay) {
        SipCall sc = line.calls.get(callId);
        if (sc == null) {
            return;
        }
        synchronized (sc) {
            if (!sc.handlerOwns()) {
                return;
            }
            SipCall.cancel(sc.timer);
            MediaEngine.Cancellable[] self = new MediaEngine.Cancellable[1];
            self[0] = line.media.schedule(() -> {
                synchronized (sc) {
                    if (sc.timer != self[0] || !sc.handlerOwns()) {
                        return;
                    }
                    sc.timer = null;
                }
                line.signal(new CallSignal.TimerFired(callId, line.clock.instant()));
            }, delay);
            sc.timer = self[0];
        }
    }

    /** Disarms the call's timer. */
    void disarmTimer(CallId callId) {
        SipCall sc = line.calls.get(callId);
        if (sc == null) {
            return;
        }
        synchronized (sc) {
            sc.timer = SipCall.cancel(sc.timer);
        }
    }

    /** The call's prompts are in {@code language} from now on. */
    void setLanguage(CallId callId, Language language) {
        SipCall sc = line.calls.get(callId);
        if (sc != null) {
            synchronized (sc) {
                sc.call = sc.call.withLanguage(language);
            }
        }
    }

    /** A key the caller pressed, by RTP or SIP INFO: told once (the two paths deduplicated), while active only. */
    void onDigit(SipCall sc, char digit, DtmfDeduplicator.Path path) {
        if (!sc.dtmf.accept(digit, path, System.nanoTime())) {
            return;
        }
        synchronized (sc) {
            if (sc.state() == SipCall.State.ANSWERED) {
                if (sc.earlyDigits.size() < SipCall.MAX_EARLY_DIGITS) {
                    sc.earlyDigits.add(digit); // the call has not started: its handler gets the key when it does
                }
                return;
            }
            if (sc.state() != SipCall.State.ACTIVE) {
                return;
            }
        }
        line.signal(new CallSignal.DigitPressed(sc.call.id(), digit, line.clock.instant()));
    }

    /** Media events of a caller's endpoint. */
    private final class CallListener implements MediaListener {
        private final CallId callId;

        CallListener(CallId callId) {
            this.callId = Require.nonNull(callId, "callId");
        }

        @Override
        public void digit(char digit) {
            SipCall sc = line.calls.get(callId);
            if (sc != null) {
                onDigit(sc, digit, DtmfDeduplicator.Path.RTP);
            }
        }

        @Override
        public void playbackFinished() {
            SipCall sc = line.calls.get(callId);
            if (sc != null && sc.state() == SipCall.State.ACTIVE) {
                line.signal(new CallSignal.PromptFinished(callId, line.clock.instant()));
            }
        }

        @Override
        public void inactive() {
            SipCall sc = line.calls.get(callId);
            if (sc != null) {
                LOG.info(() -> "no RTP from the caller of " + callId + ": ending the call");
                line.end(sc, new CallSignal.CallerHungUp(callId, line.clock.instant()), true);
            }
        }
    }

    /**
     * Holds or takes back the caller of a connected agent leg inside the line's own media relay: held, the caller's
     * endpoint is unbridged (it plays what the engines send; the agent's phone hears silence); taken back, it stops
     * playing and is bridged to the leg again. Neither phone is re-INVITEd, since the relay is the line's own.
     */
    void hold(CallId callId, boolean held) {
        SipCall sc = line.calls.get(callId);
        if (sc == null) {
            return;
        }
        synchronized (sc) {
            SipCall.Leg leg = sc.leg;
            if (!sc.handlerOwns() || leg == null || leg.agent == null || leg.state() != SipCall.LegState.CONNECTED) {
                return;
            }
            if (held) {
                sc.callerEndpoint.unbridge();
            } else {
                sc.callerEndpoint.stopPlayback();
                sc.callerEndpoint.bridge(leg.endpoint);
            }
        }
        LOG.fine(() -> (held ? "held " : "took back ") + callId);
    }
}
