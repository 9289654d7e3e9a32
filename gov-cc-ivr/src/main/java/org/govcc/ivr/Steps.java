package org.govcc.ivr;

import java.util.Optional;
import org.govcc.api.control.HangUpReason;
import org.govcc.api.ivr.IvrOutcome;
import org.govcc.api.schedule.ClosureReason;
import org.govcc.api.schedule.ServiceStatus;
import org.govcc.ivr.flow.CallbackNode;
import org.govcc.ivr.flow.CollectDigitsNode;
import org.govcc.ivr.flow.HangUpNode;
import org.govcc.ivr.flow.LanguageChoiceNode;
import org.govcc.ivr.flow.LookupNode;
import org.govcc.ivr.flow.MenuNode;
import org.govcc.ivr.flow.NodeVisitor;
import org.govcc.ivr.flow.PlayNode;
import org.govcc.ivr.flow.QueueNode;
import org.govcc.ivr.flow.ReturnNode;
import org.govcc.ivr.flow.ScheduleBranchNode;
import org.govcc.ivr.flow.SetVariableNode;
import org.govcc.ivr.flow.SubFlowNode;
import org.govcc.ivr.flow.TransferNode;

/**
 * The behaviour of every node kind: the visitor makes a new kind fail to compile until it has a step. The steps that
 * ask the caller are {@link CallerSteps}, those that take the call out of the IVR {@link LeavingSteps}; branching,
 * variables and sub-flows are here.
 */
final class Steps {

    private static final System.Logger LOG = System.getLogger(Steps.class.getName());

    /** Maps a node to its step. */
    static final NodeVisitor<Step> FOR_NODE = new NodeVisitor<>() {
        @Override
        public Step play(PlayNode node) {
            return CallerSteps.PLAY;
        }

        @Override
        public Step menu(MenuNode node) {
            return CallerSteps.MENU;
        }

        @Override
        public Step collectDigits(CollectDigitsNode node) {
            return CallerSteps.COLLECT;
        }

        @Override
        public Step languageChoice(LanguageChoiceNode node) {
            return CallerSteps.LANGUAGE;
        }

        @Override
        public Step scheduleBranch(ScheduleBranchNode node) {
            return SCHEDULE;
        }

        @Override
        public Step queue(QueueNode node) {
            return LeavingSteps.QUEUE;
        }

        @Override
        public Step callback(CallbackNode node) {
            return LeavingSteps.CALLBACK;
        }

        @Override
        public Step transfer(TransferNode node) {
            return LeavingSteps.TRANSFER;
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
            return LeavingSteps.HANG_UP;
        }
    };

    private Steps() {
    }

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

    static final Step SET_VARIABLE = s -> {
        SetVariableNode n = (SetVariableNode) s.node;
        if (SetVariableNode.LANGUAGE.equals(n.variable())) {
            // The validator has checked it is one of the flow's languages.
            s.setLanguage(new org.govcc.api.call.Language(n.value()));
        } else {
            s.set(n.variable(), n.value());
        }
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
