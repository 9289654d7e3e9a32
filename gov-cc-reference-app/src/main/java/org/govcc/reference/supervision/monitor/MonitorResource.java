package org.govcc.reference.supervision.monitor;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import java.time.Duration;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.govcc.api.agent.AgentId;
import org.govcc.api.call.CallId;
import org.govcc.api.control.CallMonitoring;
import org.govcc.api.control.MonitorAnswer;
import org.govcc.reference.audit.AuditAction;
import org.govcc.reference.audit.AuditSubject;
import org.govcc.reference.audit.AuditTrail;
import org.govcc.reference.cdi.SipLineLifecycle;
import org.govcc.reference.line.ReferenceLine;
import org.govcc.reference.rest.Problem;
import org.govcc.reference.security.Roles;

/**
 * {@code POST /api/supervisor/monitor}: a supervisor's command to the line's silent monitoring. {@code listen} rings
 * the supervisor's registered phone, which then hears the call's two parties while they hear nothing of it;
 * {@code whisper} lets the agent (only) hear the supervisor; {@code listen-only} takes that back; {@code stop} hangs
 * the phone up, and the call goes on. 200 with the mode after the command; a refusal is problem+json (see
 * {@link MonitorRefusals}), the confidential line's calls 403 under its policy.
 *
 * <p>Every command is audited with its outcome ({@code READ} for a listen, {@code CHANGE} for the others,
 * {@code REFUSED} for a refusal) about {@code call <id>}. When the trail cannot take the entry, an accepted listen or
 * whisper is undone and the answer is 503: nobody listens unaudited.
 */
@Path("/supervisor/monitor")
@RequestScoped
@RolesAllowed(Roles.SUPERVISOR)
public class MonitorResource {

    /** How long the supervisor's phone rings before the monitoring ends unanswered. */
    static final Duration RING_TIMEOUT = Duration.ofSeconds(20);

    private static final Logger LOG = Logger.getLogger(MonitorResource.class.getName());

    @Inject
    SipLineLifecycle lifecycle;

    @Inject
    AuditTrail trail;

    @Context
    SecurityContext security;

    /** Carries out {@code command} on the running line. */
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces({MediaType.APPLICATION_JSON, Problem.MEDIA_TYPE})
    public Response command(@NotNull @Valid MonitorCommand command) {
        ReferenceLine line = lifecycle.line();
        if (line == null) {
            return Problem.of(Response.Status.SERVICE_UNAVAILABLE, "the SIP line is not running").response();
        }
        boolean listen = "listen".equals(command.action());
        if (listen && command.phone() == null) {
            return Problem.about(Response.Status.BAD_REQUEST, "phone", "listen needs the supervisor's phone account")
                    .response();
        }
        CallId call = new CallId(command.call());
        CallMonitoring monitoring = line.monitoring();
        MonitorAnswer answer = perform(monitoring, command, call);
        try {
            audit(command, answer);
        } catch (RuntimeException e) {
            LOG.log(Level.SEVERE, "monitoring command on " + call + " not audited: undone", e);
            if (answer instanceof MonitorAnswer.Accepted) {
                if (listen) {
                    monitoring.stop(call);
                } else if ("whisper".equals(command.action())) {
                    monitoring.listenOnly(call);
                }
            }
            return Problem.of(Response.Status.SERVICE_UNAVAILABLE,
                    "the audit trail could not record the command, so it was not carried out").response();
        }
        if (answer instanceof MonitorAnswer.Refused) {
            MonitorAnswer.Refused refused = (MonitorAnswer.Refused) answer;
            Response.Status status = MonitorRefusals.status(refused.reason());
            return new Problem("about:blank", status.getReasonPhrase(), status.getStatusCode(),
                    "monitoring refused: " + refused.reason().code(), null).response();
        }
        MonitorAnswer.Accepted accepted = (MonitorAnswer.Accepted) answer;
        return Response.ok(new MonitorView(call.value(), accepted.supervisorPhone().value(), accepted.mode().code()))
                .build();
    }

    private static MonitorAnswer perform(CallMonitoring monitoring, MonitorCommand command, CallId call) {
        switch (command.action()) {
            case "listen":
                return monitoring.listen(call, new AgentId(command.phone()), RING_TIMEOUT);
            case "whisper":
                return monitoring.whisper(call);
            case "listen-only":
                return monitoring.listenOnly(call);
            case "stop":
                return monitoring.stop(call);
            default:
                throw new IllegalArgumentException("unknown monitoring action '" + command.action() + "'");
        }
    }

    private void audit(MonitorCommand command, MonitorAnswer answer) {
        String phone = command.phone() == null ? "" : " on phone " + command.phone();
        AuditAction action;
        String reason;
        if (answer instanceof MonitorAnswer.Refused) {
            action = AuditAction.REFUSED;
            reason = "monitoring " + command.action() + phone + " refused: "
                    + ((MonitorAnswer.Refused) answer).reason().code();
        } else {
            action = "listen".equals(command.action()) ? AuditAction.READ : AuditAction.CHANGE;
            reason = "monitoring " + command.action() + phone + ": now " + ((MonitorAnswer.Accepted) answer).mode()
                    .code();
        }
        trail.append(security.getUserPrincipal().getName(), Roles.SUPERVISOR, action,
                AuditSubject.of("call", answer.call().value()), reason);
    }
}
