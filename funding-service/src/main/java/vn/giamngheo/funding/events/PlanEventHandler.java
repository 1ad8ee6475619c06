package vn.giamngheo.funding.events;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.jboss.logging.Logger;

import com.fasterxml.jackson.databind.ObjectMapper;

import vn.giamngheo.platform.events.EventEnvelope;
import vn.giamngheo.platform.events.EventTypes;
import vn.giamngheo.platform.events.payload.PlanApproved;
import vn.giamngheo.platform.inbox.PoisonEventException;

/** Reads each plan event and hands approved and revised plans to the learning of their budget lines. */
@ApplicationScoped
public class PlanEventHandler {

    private static final Logger LOG = Logger.getLogger(PlanEventHandler.class);

    @Inject
    ObjectMapper mapper;

    @Inject
    LearnPlanLines lines;

    public void apply(EventEnvelope event) {
        switch (event.type()) {
            case EventTypes.PLAN_APPROVED, EventTypes.PLAN_REVISED -> lines.learn(read(event));
            case EventTypes.PLAN_PROGRESS_REPORTED -> LOG.tracef("progress of %s: no money moves", event.subject());
            default -> throw new PoisonEventException("funding-service does not know event type " + event.type());
        }
    }

    private PlanApproved read(EventEnvelope event) {
        try {
            return mapper.treeToValue(event.data(), PlanApproved.class);
        } catch (Exception e) {
            throw new PoisonEventException("unreadable " + event.type() + ": " + e.getMessage(), e);
        }
    }
}
