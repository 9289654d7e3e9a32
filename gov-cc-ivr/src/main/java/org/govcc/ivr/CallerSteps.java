package org.govcc.ivr;

import java.util.List;
import java.util.Optional;
import org.govcc.api.call.Language;
import org.govcc.api.control.HangUpReason;
import org.govcc.api.ivr.IvrOutcome;
import org.govcc.ivr.flow.CollectDigitsNode;
import org.govcc.ivr.flow.LanguageChoiceNode;
import org.govcc.ivr.flow.MenuNode;
import org.govcc.ivr.flow.NodeId;
import org.govcc.ivr.flow.PlayNode;
import org.govcc.ivr.flow.PromptItem;

/** The steps that ask the caller: prompts, menus, digit entry and the language choice. */
final class CallerSteps {

    private CallerSteps() {
    }

    /** Ends the call after the caller gave no usable input and the node has no fallback. */
    private static void noInputEnd(Session s) {
        s.control.hangUp(s.call.id(), HangUpReason.NO_INPUT);
        s.exit(new IvrOutcome.Ended("no valid input at " + s.flow.id() + "/" + s.nodeId, s.variables));
    }

    static final Step PLAY = new Step() {
        @Override
        public void enter(Session s) {
            PlayNode n = (PlayNode) s.node;
            if (!n.bargeIn()) {
                s.typeAhead = 0;
            } else if (s.typeAhead != 0) {
                s.goTo(n.next()); // the caller already pressed a key: skip to the node that reads it
                return;
            }
            if (!s.play(n.prompts(), n.bargeIn())) {
                s.goTo(n.next());
            }
        }

        @Override
        public void promptFinished(Session s) {
            s.goTo(((PlayNode) s.node).next());
        }

        @Override
        public void digit(Session s, char key) {
            PlayNode n = (PlayNode) s.node;
            if (n.bargeIn()) {
                s.typeAhead = key;
                s.goTo(n.next());
            }
        }
    };

    static final Step MENU = new Step() {
        @Override
        public void enter(Session s) {
            MenuNode n = (MenuNode) s.node;
            char key = s.takeTypeAhead();
            if (key != 0 && n.options().containsKey(key)) {
                s.goTo(n.options().get(key));
                return;
            }
            offer(s, List.of());
        }

        private void offer(Session s, List<PromptItem> before) {
            MenuNode n = (MenuNode) s.node;
            if (!s.play(before, n.prompts(), true)) {
                s.armTimer(n.timeout());
            }
        }

        @Override
        public void promptFinished(Session s) {
            s.armTimer(((MenuNode) s.node).timeout());
        }

        @Override
        public void digit(Session s, char key) {
            MenuNode n = (MenuNode) s.node;
            s.disarmTimer();
            NodeId target = n.options().get(key);
            if (target != null) {
                s.goTo(target);
            } else {
                retry(s, n.invalidPrompts());
            }
        }

        @Override
        public void timer(Session s) {
            MenuNode n = (MenuNode) s.node;
            retry(s, n.noInputPrompts());
        }

        private void retry(Session s, List<PromptItem> before) {
            MenuNode n = (MenuNode) s.node;
            s.attempts++;
            if (s.attempts > n.retries()) {
                if (n.onFailure().isPresent()) {
                    s.goTo(n.onFailure().get());
                } else {
                    noInputEnd(s);
                }
            } else {
                offer(s, before);
            }
        }
    };

    static final Step COLLECT = new Step() {
        @Override
        public void enter(Session s) {
            CollectDigitsNode n = (CollectDigitsNode) s.node;
            s.digits = new StringBuilder(n.maxLength());
            s.terminated = false;
            char key = s.takeTypeAhead();
            if (key != 0) {
                digit(s, key); // the caller is already keying in: no request needed
            } else if (!s.play(n.prompts(), true)) {
                s.armTimer(n.timeout());
            }
        }

        @Override
        public void promptFinished(Session s) {
            if (s.digits.length() == 0) {
                s.armTimer(((CollectDigitsNode) s.node).timeout());
            }
        }

        @Override
        public void digit(Session s, char key) {
            CollectDigitsNode n = (CollectDigitsNode) s.node;
            if (n.terminator().isPresent() && n.terminator().get() == key) {
                s.disarmTimer();
                s.terminated = true;
                finish(s);
            } else if (key < '0' || key > '9') {
                s.disarmTimer();
                retry(s, "invalid");
            } else {
                s.digits.append(key);
                if (s.digits.length() >= n.maxLength()) {
                    s.disarmTimer();
                    finish(s);
                } else {
                    s.armTimer(n.timeout()); // inter-digit time-out
                }
            }
        }

        @Override
        public void timer(Session s) {
            if (s.digits.length() == 0) {
                retry(s, "none");
            } else {
                finish(s);
            }
        }

        private void finish(Session s) {
            CollectDigitsNode n = (CollectDigitsNode) s.node;
            String entry = s.digits.toString();
            if (entry.isEmpty() && s.terminated && n.skip().isPresent()) {
                s.set(n.variable() + ".status", "skipped");
                s.goTo(n.skip().get());
                return;
            }
            boolean lengthOk = entry.length() >= n.minLength() && entry.length() <= n.maxLength();
            if (lengthOk && n.validator().problemWith(entry).isEmpty()) {
                s.set(n.variable(), entry);
                s.set(n.variable() + ".status", "valid");
                s.goTo(n.next());
            } else {
                retry(s, entry.isEmpty() ? "none" : "invalid");
            }
        }

        private void retry(Session s, String status) {
            CollectDigitsNode n = (CollectDigitsNode) s.node;
            s.attempts++;
            s.digits.setLength(0);
            s.terminated = false;
            if (s.attempts > n.retries()) {
                s.set(n.variable() + ".status", status);
                if (n.onFailure().isPresent()) {
                    s.goTo(n.onFailure().get());
                } else {
                    noInputEnd(s);
                }
            } else if (!s.play(n.invalidPrompts(), n.prompts(), true)) {
                s.armTimer(n.timeout());
            }
        }
    };

    static final Step LANGUAGE = new Step() {
        @Override
        public void enter(Session s) {
            LanguageChoiceNode n = (LanguageChoiceNode) s.node;
            char key = s.takeTypeAhead();
            if (key != 0) {
                digit(s, key);
                return;
            }
            if (!s.play(n.prompts(), true)) {
                s.armTimer(Optional.of(n.timeout()));
            }
        }

        @Override
        public void promptFinished(Session s) {
            LanguageChoiceNode n = (LanguageChoiceNode) s.node;
            if (n.timeout().isZero()) {
                s.goTo(n.next());
            } else {
                s.armTimer(Optional.of(n.timeout()));
            }
        }

        @Override
        public void digit(Session s, char key) {
            LanguageChoiceNode n = (LanguageChoiceNode) s.node;
            s.disarmTimer();
            Language chosen = n.choices().get(key);
            if (chosen != null) {
                s.setLanguage(chosen);
            } else {
                s.typeAhead = key; // not a language key: perhaps the caller already knows the menu
            }
            s.goTo(n.next());
        }

        @Override
        public void timer(Session s) {
            s.goTo(((LanguageChoiceNode) s.node).next());
        }
    };
}
