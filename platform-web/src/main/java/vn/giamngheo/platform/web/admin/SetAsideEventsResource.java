package vn.giamngheo.platform.web.admin;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import io.quarkus.arc.properties.IfBuildProperty;
import vn.giamngheo.platform.inbox.ConsumedTopics;
import vn.giamngheo.platform.inbox.EventHandler;
import vn.giamngheo.platform.inbox.Inbox;
import vn.giamngheo.platform.web.audit.AuditTrail;
import vn.giamngheo.platform.web.problem.ProblemException;
import vn.giamngheo.platform.web.security.Caller;

/**
 * The events a consuming service set aside as unappliable (they are also on the topic's dead-letter topic), and their
 * replay once the cause is fixed. Only in services that consume events.
 */
@Path("/api/v1/admin/set-aside-events")
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "bearer")
@Tag(name = "Administration", description = "The event consumers' set-aside events and their replay")
@IfBuildProperty(name = "giamngheo.inbox.consumes-events", stringValue = "true")
public class SetAsideEventsResource {

    @Inject
    Inbox inbox;

    @Inject
    ConsumedTopics topics;

    @Inject
    AuditTrail audit;

    @Inject
    Caller caller;

    /** The answer to a replay. */
    public record ReplayResult(UUID eventId, Inbox.Replayed outcome) {
    }

    @GET
    @Operation(operationId = "listSetAsideEvents",
            summary = "List the events set aside as unappliable and not replayed yet",
            description = "Each with its topic, type, aggregate and sequence, and the reason it could not be applied."
                    + " The events after it in its aggregate's order were applied: it holds nothing up.")
    @APIResponse(responseCode = "200", description = "Set-aside events, oldest first", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(
                    type = SchemaType.ARRAY,
                    implementation = Inbox.SetAside.class),
            examples = @ExampleObject(name = "one event set aside",
                    value = """
                            [{"eventId": "0b9e7a52-3c1d-4f0e-9d2a-6a8f4e1c7b30", "topic": "plan-events",
                              "type": "plan.approved", "aggregate": "5d2f8c1a-7e4b-4b9a-8f63-1c0d9e2a4b57",
                              "sequence": 3,
                              "reason": "budget line 01501/PROJECT_1 names a sub-project the catalogue does not have",
                              "setAsideAt": "2026-11-20T03:15:44.120Z"}]
                            """)))
    @APIResponse(responseCode = "401", description = "No valid token")
    @APIResponse(responseCode = "403", description = "Neither a province officer nor a system account")
    public List<Inbox.SetAside> list(@QueryParam("limit") @DefaultValue("100")
            @Min(value = 1, message = "must be at least 1") @Max(value = 1000, message = "must be at most 1000") int limit) {
        return inbox.setAside(limit);
    }

    @POST
    @Path("/{eventId}/replay")
    @Operation(operationId = "replaySetAsideEvent", summary = "Apply a set-aside event now that its cause is fixed",
            description = "Applies it with the live consumer's handler and records the replay in the audit trail, in"
                    + " one transaction. An event that still cannot be applied stays set aside and the answer says why.")
    @APIResponse(responseCode = "200", description = "Applied", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = ReplayResult.class),
            examples = @ExampleObject(name = "applied", value = """
                    {"eventId": "0b9e7a52-3c1d-4f0e-9d2a-6a8f4e1c7b30", "outcome": "APPLIED"}
                    """)))
    @APIResponse(responseCode = "404", description = "No such event is set aside (or it was replayed already)",
            content = @Content(mediaType = "application/problem+json"))
    @APIResponse(responseCode = "422", description = "The event still cannot be applied",
            content = @Content(mediaType = "application/problem+json"))
    public ReplayResult replay(@PathParam("eventId") UUID eventId) {
        Map<String, EventHandler> handlers = topics.handlersByTopic();
        Inbox.Replay r = inbox.replaySetAside(eventId, handlers::get, s -> audit.record("REPLAY", "set-aside-event",
                eventId.toString(), caller.area(), LocalDate.now(),
                Map.of("topic", s.topic(), "type", s.type(), "aggregate", s.aggregate(), "sequence", s.sequence()),
                Map.of("replayed", true)));
        return switch (r.outcome()) {
            case APPLIED -> new ReplayResult(eventId, r.outcome());
            case NOT_SET_ASIDE -> throw ProblemException.notFound("No event " + eventId
                    + " is set aside here: check the id in GET /api/v1/admin/set-aside-events (a replayed event is"
                    + " no longer listed).");
            case STILL_UNAPPLIABLE -> throw new ProblemException(422, "still-unappliable",
                    "The event still cannot be applied", "The event " + eventId + " failed again: " + r.reason()
                            + ". It stays set aside; replay it once the cause is fixed.", List.of());
        };
    }
}
