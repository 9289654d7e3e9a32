package org.govcc.ivr;

import java.util.List;
import java.util.Optional;
import org.govcc.api.control.HangUpReason;
import org.govcc.api.control.TransferFailure;
import org.govcc.api.ivr.IvrOutcome;
import org.govcc.ivr.flow.CallbackNode;
import org.govcc.ivr.flow.HangUpNode;
import org.govcc.ivr.flow.PromptItem;
import org.govcc.ivr.flow.QueueNode;
import org.govcc.ivr.flow.TransferNode;

/** The steps that take the call out of the IVR: to a queue, a callback, a transfer, or hung up. */
final class LeavingSteps {

    private LeavingSteps() {
    }

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
}
