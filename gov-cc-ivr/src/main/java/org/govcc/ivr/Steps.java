package org.govcc.ivr;

import java.util.List;
import java.util.Optional;
import org.govcc.api.call.Language;
import org.govcc.api.control.HangUpReason;
import org.govcc.api.control.TransferFailure;
import org.govcc.api.ivr.IvrOutcome;
import org.govcc.api.schedule.ClosureReason;
import org.govcc.api.schedule.ServiceStatus;
import org.govcc.ivr.flow.CallbackNode;
import org.govcc.ivr.flow.CollectDigitsNode;
import org.govcc.ivr.flow.HangUpNode;
import org.govcc.ivr.flow.LanguageChoiceNode;
import org.govcc.ivr.flow.MenuNode;
import org.govcc.ivr.flow.NodeId;
import org.govcc.ivr.flow.NodeVisitor;
import org.govcc.ivr.flow.PlayNode;
import org.govcc.ivr.flow.PromptItem;
import org.govcc.ivr.flow.QueueNode;
import org.govcc.ivr.flow.ReturnNode;
import org.govcc.ivr.flow.ScheduleBranchNode;
import org.govcc.ivr.flow.LookupNode;
import org.govcc.ivr.flow.SetVariableNode;
import org.govcc.ivr.flow.SubFlowNode;
import org.govcc.ivr.flow.TransferNode;

/** The behaviour of every node kind. The visitor makes a new kind fail to compile until it has a step. */
final class Steps {

    private static final System.Logger LOG = System.getLogger(Steps.class.getName());

    /** Maps a node to its step. */
    static final NodeVisitor<Step> FOR_NODE = new NodeVisitor<>() {
        @Override
        public Step play(PlayNode node) {
            return PLAY;
        }

        @Override
        public Step menu(MenuNode node) {
            return MENU;
        }

        @Override
        public Step collectDigits(CollectDigitsNode node) {
            return COLLECT;
        }

        @Override
        public Step languageChoice(LanguageChoiceNode node) {
            return LANGUAGE;
        }

        @Override
        public Step scheduleBranch(ScheduleBranchNode node) {
            return SCHEDULE;
        }

        @Override
        public Step queue(QueueNode node) {
            return QUEUE;
        }

        @Override
        public Step callback(CallbackNode node) {
            return CALLBACK;
        }

        @Override
        public Step transfer(TransferNode node) {
            return TRANSFER;
        }

        @Override
        public Step setVariable(SetVariableNode node) {
            return SET_VARIABLE;
        }

        @Override
        public Step lookup(LookupNode node) {
            return LOOKUP;
        }

        @Override
        public Step subFlow(SubFlowNode node) {
            return SUB_FLOW;
        }

        @Override
        public Step returnNode(ReturnNode node) {
            return RETURN;
        }

        @Override
        public Step hangUp(HangUpNode node) {
            return HANG_UP;
        }
    };

    private Steps() {
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

    static final Step SCHEDULE = new Step() {
        @Override
        public void enter(Session s) {
            ScheduleBranchNode n = (ScheduleBranchNode) s.node;
            ServiceStatus status;
            try {
                status = s.schedule().isPresent() ? s.schedule().get().statusAt(n.schedule(), s.now())
                        : new ServiceStatus.Open(Optional.empty());
            } catch (RuntimeException e) {
                // A faulty calendar must not turn callers away: treat the line as open.
                LOG.log(System.Logger.Level.WARNING, "schedule '" + n.schedule() + "' failed; taking it as open", e);
                status = new ServiceStatus.Open(Optional.empty());
            }
            if (status instanceof ServiceStatus.Closed) {
                ServiceStatus.Closed closed = (ServiceStatus.Closed) status;
                // Other named closures (a strike, an upgrade) take "closed": the holiday prompts would mislead.
                boolean holiday = closed.reason() == ClosureReason.PUBLIC_HOLIDAY;
                s.set("schedule.status", holiday ? "holiday" : "closed");
                s.set("schedule.reason", closed.reason().name().toLowerCase(java.util.Locale.ROOT));
                closed.occasion().ifPresent(o -> s.set("schedule.occasion", o));
                closed.nextOpening().ifPresent(t -> s.set("schedule.nextOpening", t.toString()));
                s.goTo(holiday && n.holiday().isPresent() ? n.holiday().get() : n.closed());
            } else {
                s.set("schedule.status", "open");
                s.goTo(n.open());
            }
        }
    };

    /** Plays the node's prompts (no barge-in), then {@link #leave}. */
    private abstract static class Leaving implements Step {
        abstract List<PromptItem> prompts(Session s);

        abstract void leave(Session s);

        @Override
        public void enter(Session s) {
            s.typeAhead = 0;
            if (!s.play(prompts(s), false)) {
                leave(s);
            }
        }

        @Override
        public void promptFinished(Session s) {
            leave(s);
        }
    }

    static final Step QUEUE = new Leaving() {
        @Override
        List<PromptItem> prompts(Session s) {
            return ((QueueNode) s.node).prompts();
        }

        @Override
        void leave(Session s) {
            QueueNode n = (QueueNode) s.node;
            s.disarmTimer();
            s.set("topic", n.topic().value());
            s.exit(new IvrOutcome.Queue(n.topic(), n.priority(), s.variables));
        }
    };

    static final Step CALLBACK = new Leaving() {
        @Override
        public void enter(Session s) {
            // A caller who cannot be called back (no presented number, or no outbound trunk) is promised nothing;
            // the variable lets the flow say which.
            if (s.call.caller().number().isEmpty() || !s.canDialOut()) {
                s.set("callback.unavailable", s.call.caller().number().isEmpty() ? "no-number" : "no-trunk");
                s.goTo(((CallbackNode) s.node).ifNoNumber());
                return;
            }
            super.enter(s);
        }

        @Override
        List<PromptItem> prompts(Session s) {
            return ((CallbackNode) s.node).prompts();
        }

        @Override
        void leave(Session s) {
            CallbackNode n = (CallbackNode) s.node;
            s.set("topic", n.topic().value());
            s.exit(new IvrOutcome.Callback(n.topic(), Optional.empty(), s.variables));
            s.control.hangUp(s.call.id(), HangUpReason.NORMAL);
        }
    };

    static final Step TRANSFER = new Leaving() {
        @Override
        List<PromptItem> prompts(Session s) {
            return ((TransferNode) s.node).prompts();
        }

        /** Asks for the transfer and waits, the caller on the line, for its outcome. */
        @Override
        void leave(Session s) {
            TransferNode n = (TransferNode) s.node;
            s.disarmTimer();
            s.transferring = true;
            s.control.transfer(s.call.id(), n.number());
        }

        @Override
        public void transferCompleted(Session s) {
            if (s.transferring) {
                s.transferring = false;
                s.exit(new IvrOutcome.Transferred(((TransferNode) s.node).number(), s.variables));
            }
        }

        @Override
        public void transferFailed(Session s, TransferFailure reason) {
            if (s.transferring) {
                s.transferring = false;
                s.set("transfer.failure", reason.code());
                s.goTo(((TransferNode) s.node).onFailure());
            }
        }
    };

    static final Step HANG_UP = new Leaving() {
        @Override
        List<PromptItem> prompts(Session s) {
            return ((HangUpNode) s.node).prompts();
        }

        @Override
        void leave(Session s) {
            HangUpNode n = (HangUpNode) s.node;
            s.control.hangUp(s.call.id(), n.reason());
            s.exit(new IvrOutcome.Ended(n.reason().name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ')
                    + " at " + s.flow.id() + "/" + s.nodeId, s.variables));
        }
    };

    static final Step SET_VARIABLE = s -> {
        SetVariableNode n = (SetVariableNode) s.node;
        s.set(n.variable(), n.value());
        s.goTo(n.next());
    };

    static final Step LOOKUP = s -> {
        LookupNode n = (LookupNode) s.node;
        s.set(n.into(), s.lookUp(n.lookup()).orElse(LookupNode.NONE));
        s.goTo(n.next());
    };

    static final Step SUB_FLOW = s -> {
        SubFlowNode n = (SubFlowNode) s.node;
        s.enterSubFlow(n.flow(), n.entry(), n.next());
    };

    static final Step RETURN = s -> {
        if (!s.returnFromSubFlow()) {
            s.control.hangUp(s.call.id(), HangUpReason.NORMAL);
            s.exit(new IvrOutcome.Ended("flow " + s.flow.id() + " returned at its top level", s.variables));
        }
    };
}
