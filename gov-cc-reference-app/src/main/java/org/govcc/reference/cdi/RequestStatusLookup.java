package org.govcc.reference.cdi;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Locale;
import java.util.Optional;
import org.govcc.api.call.CallVariables;
import org.govcc.api.citizen.Amka;
import org.govcc.api.ivr.IvrLookup;
import org.govcc.ivr.flow.LookupNode;
import org.govcc.reference.config.IvrLookups;
import org.govcc.reference.operations.LineMetrics;
import org.govcc.reference.rest.requests.RequestService;

/**
 * The IVR's {@value IvrLookups#REQUEST_STATUS} lookup: the status of the caller's request from the ten digits of its
 * reference ({@code request.reference}, e.g. {@code 2026000123} for {@code 2026-000123}) and the caller's AMKA
 * ({@code amka}, already checked by the flow). Anything else than both matching one unsealed request answers
 * nothing. The answer is the status as prompt ids spell it ({@code in-progress} for IN_PROGRESS), so that the flow says
 * {@code request.status.in-progress}. Each check is counted in the metrics by its result.
 */
@ApplicationScoped
public class RequestStatusLookup implements IvrLookup {

    @Inject
    RequestService requests;

    @Inject
    LineMetrics metrics;

    @Override
    public Optional<String> lookUp(CallVariables variables) {
        Optional<String> reference = variables.get("request.reference").filter(d -> d.matches("[0-9]{10}"))
                .map(d -> d.substring(0, 4) + "-" + d.substring(4));
        Optional<Amka> amka = variables.get("amka").filter(Amka::isValid).map(Amka::new);
        Optional<String> status = reference.isEmpty() || amka.isEmpty() ? Optional.empty()
                : requests.statusForCaller(reference.get(), amka.get())
                        .map(found -> found.name().toLowerCase(Locale.ROOT).replace('_', '-'));
        metrics.statusChecked(status.orElse(LookupNode.NONE));
        return status;
    }
}
