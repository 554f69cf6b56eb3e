package org.lorkit;

import org.eclipse.microprofile.openapi.annotations.Components;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.lorkit.common.Problem;

/**
 * Document-level facts of the contract; per-operation error answers come from ProblemResponsesFilter.
 * Ids in a request body that name nothing of the caller's (rotationId, attendingId, letterIds, ...)
 * answer 404 with `errors` naming each field, exactly like a foreign id in the path.
 */
@OpenAPIDefinition(
        info = @Info(title = "LORkit API", version = "1.0.0"),
        tags = {
            @Tag(name = "Auth", description = "Accounts and sessions."),
            @Tag(
                    name = "Profile",
                    description =
                            "The target sheet: specialty, season, key dates, strengths, CV and personal statement."),
            @Tag(
                    name = "Rotations",
                    description = "US clinical experiences, their letter-potential checklist and warnings."),
            @Tag(
                    name = "Attendings",
                    description = "Possible letter writers, with derived eligibility, priority tier and ranking."),
            @Tag(name = "Stories", description = "Memorable cases and moments a letter writer can quote."),
            @Tag(
                    name = "Feedback",
                    description = "Formative, summative and weekly feedback, with my plan and follow-up."),
            @Tag(
                    name = "Letters",
                    description =
                            "Letter requests, one per attending: status flow with dated history, ERAS Letter ID, waiver."),
            @Tag(
                    name = "Programs",
                    description =
                            "Residency programs applied to, their letter requirements and the (at most 4) letters assigned."),
            @Tag(
                    name = "Admin",
                    description =
                            "Operating this LORkit: accounts and counts. Admins never see applicants' stories or notes."),
            @Tag(
                    name = "Coaching",
                    description =
                            "The coaching engine: season plan, today's actions, reminders, portfolio checks, habits, "
                                    + "message scripts, talking-point packets and the private calendar feed. Every rule counts days in the "
                                    + "profile's time zone."),
            @Tag(
                    name = "Sharing",
                    description = "Links you share without an account: a writer's page for one letter and an adviser's "
                            + "view. Only a hash of each link is stored; links can be revoked at once.")
        },
        components = @Components(schemas = @Schema(name = "Problem", implementation = Problem.class)))
public class LorkitApi {}
