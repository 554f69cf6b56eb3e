package org.lorkit.feedback;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.lorkit.attending.Attending;
import org.lorkit.attending.AttendingService;
import org.lorkit.common.Etags;
import org.lorkit.common.FieldErrors;
import org.lorkit.common.OwnedReferences;
import org.lorkit.common.OwnedReferences.Kind;
import org.lorkit.common.OwnerQuery;
import org.lorkit.common.PageRequest;
import org.lorkit.common.ProblemException;
import org.lorkit.common.Texts;
import org.lorkit.form.FormFieldTags;
import org.lorkit.profile.ProfileService;

/** Feedback of one applicant. Every query names the owner: another applicant's id is simply not found. */
@ApplicationScoped
public class FeedbackService {

    @Inject
    java.time.Clock clock;

    static final Map<String, String> SORTABLE =
            Map.of("receivedOn", "receivedOn", "createdAt", "createdAt", "updatedAt", "updatedAt");
    static final String DEFAULT_SORT = "receivedOn,desc";

    @Inject
    ProfileService profiles;

    @Inject
    AttendingService attendings;

    @Inject
    OwnedReferences references;

    /** Filters of the list; null means "any". */
    public record Filter(UUID attendingId, UUID rotationId, FeedbackKind kind, LocalDate from, LocalDate to) {}

    @Transactional
    public FeedbackDto create(UUID owner, FeedbackInput input) {
        Feedback feedback = new Feedback();
        feedback.id = UUID.randomUUID();
        feedback.ownerId = owner;
        feedback.createdAt = clock.instant();
        apply(owner, feedback, input);
        verifyReferences(owner, input);
        tag(feedback, input);
        feedback.persistAndFlush();
        return dto(owner, feedback);
    }

    @Transactional
    public FeedbackPage list(UUID owner, PageRequest request, Filter filter) {
        OwnerQuery where = new OwnerQuery(owner)
                .and("attendingId = :attendingId", "attendingId", filter.attendingId())
                .and("rotationId = :rotationId", "rotationId", filter.rotationId())
                .and("kind = :kind", "kind", filter.kind())
                .between("receivedOn", filter.from(), filter.to());
        PanacheQuery<Feedback> query = Feedback.<Feedback>find(where.where(), request.sort(), where.params())
                .page(request.page(), request.size());
        List<Feedback> page = query.list();
        Map<UUID, Attending> names =
                attendings.byIds(owner, page.stream().map(f -> f.attendingId).toList());
        List<FeedbackDto> items = page.stream()
                .map(f -> FeedbackDto.of(f, nameOf(names, f.attendingId)))
                .toList();
        return new FeedbackPage(items, request.page(), request.size(), query.count());
    }

    @Transactional
    public FeedbackDto get(UUID owner, UUID id) {
        return dto(owner, owned(owner, id));
    }

    @Transactional
    public FeedbackDto update(UUID owner, UUID id, FeedbackInput input, String ifMatch) {
        Feedback feedback = owned(owner, id);
        Etags.requireMatch(ifMatch, feedback.version);
        apply(owner, feedback, input);
        verifyReferences(owner, input);
        tag(feedback, input);
        feedback.persistAndFlush();
        return dto(owner, feedback);
    }

    @Transactional
    public void delete(UUID owner, UUID id, String ifMatch) {
        Feedback feedback = owned(owner, id);
        Etags.requireMatch(ifMatch, feedback.version);
        feedback.delete();
    }

    private FeedbackDto dto(UUID owner, Feedback f) {
        return FeedbackDto.of(f, nameOf(attendings.byIds(owner, List.of(f.attendingId)), f.attendingId));
    }

    private static String nameOf(Map<UUID, Attending> attendings, UUID id) {
        Attending a = attendings.get(id);
        return a == null ? null : a.name;
    }

    private static Feedback owned(UUID owner, UUID id) {
        return Feedback.<Feedback>find("id = ?1 and ownerId = ?2", id, owner)
                .firstResultOptional()
                .orElseThrow(() -> ProblemException.notFound("feedback"));
    }

    /** The form-field tags (422 naming formFields[i]), checked after the references' 404s. */
    public static void tag(Feedback f, FeedbackInput input) {
        f.formFields = FormFieldTags.toStored(input.formFields(), "formFields");
    }

    /** The attending and rotation must be the owner's (404 naming the field); checked after the 400s. */
    private void verifyReferences(UUID owner, FeedbackInput input) {
        references
                .of(owner)
                .add(Kind.ATTENDING, "attendingId", input.attendingId())
                .add(Kind.ROTATION, "rotationId", input.rotationId())
                .verify();
    }

    /**
     * Checks the days and enthusiasm (400 naming the field) and copies an input onto feedback: POST,
     * PUT and the import write through this one place. References are the caller's to check.
     */
    public void apply(UUID owner, Feedback f, FeedbackInput input) {
        LocalDate today = profiles.facts(owner).today();
        FeedbackKind kind = input.kind() == null ? FeedbackKind.FORMATIVE : input.kind();
        LocalDate receivedOn = input.receivedOn() == null ? today : input.receivedOn();
        FieldErrors errors = new FieldErrors();
        errors.check(!receivedOn.isAfter(today), "receivedOn", "must not be in the future");
        if (input.checkedBackOn() != null) {
            errors.check(!input.checkedBackOn().isBefore(receivedOn), "checkedBackOn", "must not be before receivedOn");
            errors.check(!input.checkedBackOn().isAfter(today), "checkedBackOn", "must not be in the future");
        }
        if (kind == FeedbackKind.SUMMATIVE) {
            errors.check(
                    input.enthusiasm() != null,
                    "enthusiasm",
                    "is required on SUMMATIVE feedback: how enthusiastic did the attending sound?");
        } else {
            errors.check(input.enthusiasm() == null, "enthusiasm", "is recorded on SUMMATIVE feedback only");
        }
        errors.throwIfAny();
        f.attendingId = input.attendingId();
        f.rotationId = input.rotationId();
        f.receivedOn = receivedOn;
        f.kind = kind;
        f.wentWell = Texts.clean(input.wentWell());
        f.toImprove = Texts.clean(input.toImprove());
        f.myPlan = Texts.clean(input.myPlan());
        f.whatIChanged = Texts.clean(input.whatIChanged());
        f.checkedBackOn = input.checkedBackOn();
        f.enthusiasm = input.enthusiasm();
        f.updatedAt = clock.instant();
    }
}
