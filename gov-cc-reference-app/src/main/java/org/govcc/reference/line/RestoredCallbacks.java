package org.govcc.reference.line;

import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.Function;
import java.util.logging.Logger;
import org.govcc.api.call.Call;
import org.govcc.api.call.CallId;
import org.govcc.api.call.CallerId;
import org.govcc.api.call.Language;
import org.govcc.api.internal.Require;
import org.govcc.reference.persistence.PendingCallback;
import org.govcc.reference.persistence.PendingSealedCallback;
import org.govcc.routing.Admission;
import org.govcc.routing.CallDistributor;
import org.govcc.routing.QueuedCall;

/**
 * Queues again, at start, the callbacks the records say were accepted and not yet made: a citizen told "we will
 * call you back" is called back even if the server stopped or was killed in between. Each keeps its place by the
 * time it was asked; what the IVR collected on the way (AMKA and the like) is not kept and is not restored.
 */
public final class RestoredCallbacks {

    private static final Logger LOG = Logger.getLogger(RestoredCallbacks.class.getName());
    private static final String NOT_QUEUED = "the callback could not be queued again after a restart: ";

    private RestoredCallbacks() {
    }

    /**
     * Hands {@code pending} to {@code distributor}; each one it cannot take (its queue is gone from the
     * configuration, or full) goes to {@code unrestorable} with the reason. Returns how many were queued again.
     */
    public static int restore(CallDistributor distributor, List<PendingCallback> pending, Language defaultLanguage,
                              BiConsumer<CallId, String> unrestorable) {
        Require.nonNull(defaultLanguage, "defaultLanguage");
        return queueAgain(distributor, pending, PendingCallback::call, cb -> {
            Call call = Call.inbound(cb.call(), cb.line(), CallerId.of(cb.number()),
                    cb.language().orElse(defaultLanguage), cb.requestedAt());
            return distributor.restoreCallback(QueuedCall.of(call, cb.queue(), distributor.priorityOf(cb.queue())),
                    cb.number(), cb.requestedAt());
        }, unrestorable, "callbacks accepted");
    }

    /**
     * Hands the consented callbacks of sealed lines {@code pending} to {@code distributor}, each inside its window
     * (anonymous calls of their line: the number stays sealed); each it cannot take (its window closed meanwhile,
     * its queue is gone or full) goes to {@code unrestorable}. Returns how many were queued again.
     */
    public static int restoreSealed(CallDistributor distributor, List<PendingSealedCallback> pending,
                                    Language defaultLanguage, BiConsumer<CallId, String> unrestorable) {
        Require.nonNull(defaultLanguage, "defaultLanguage");
        return queueAgain(distributor, pending, PendingSealedCallback::call, cb -> {
            Call call = Call.inbound(cb.call(), cb.line(), CallerId.anonymous(), cb.language().orElse(defaultLanguage),
                    cb.requestedAt());
            return distributor.scheduleCallback(QueuedCall.of(call, cb.queue(), distributor.priorityOf(cb.queue())),
                    cb.number(), cb.window(), cb.requestedAt(), true);
        }, unrestorable, "consented callbacks arranged");
    }

    /** Admits each of {@code pending}; a refusal or an unknown queue goes to {@code unrestorable}. */
    private static <P> int queueAgain(CallDistributor distributor, List<P> pending, Function<P, CallId> id,
                                      Function<P, Admission> admit, BiConsumer<CallId, String> unrestorable,
                                      String what) {
        Require.nonNull(distributor, "distributor");
        int restored = 0;
        for (P cb : pending) {
            Admission admission;
            try {
                admission = admit.apply(cb);
            } catch (IllegalArgumentException e) {
                unrestorable.accept(id.apply(cb), NOT_QUEUED + e.getMessage());
                continue;
            }
            if (admission instanceof Admission.Refused refused) {
                unrestorable.accept(id.apply(cb), NOT_QUEUED + refused.reason());
            } else {
                restored++;
            }
        }
        int queued = restored;
        if (!pending.isEmpty()) {
            LOG.info(() -> "gov-cc reference line: " + queued + " of " + pending.size() + " " + what
                    + " before the restart are queued again");
        }
        return restored;
    }
}
