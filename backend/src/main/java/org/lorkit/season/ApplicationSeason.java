package org.lorkit.season;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** One service's calendar for one season, shipped as data and edited by admins (V12 migration). */
@Entity
@Table(name = "application_season")
public class ApplicationSeason extends PanacheEntityBase {

    @Id
    public UUID id;

    @Enumerated(EnumType.STRING)
    public LetterService service;

    /** The service's name for the season: the year of its Match Day. */
    public int year;

    @Column(name = "rules_of")
    public int rulesOf;

    @Column(name = "opens_on")
    public LocalDate opensOn;

    @Column(name = "submission_opens_on")
    public LocalDate submissionOpensOn;

    @Column(name = "programs_review_on")
    public LocalDate programsReviewOn;

    @Column(name = "program_deadline_on")
    public LocalDate programDeadlineOn;

    @Column(name = "rank_list_deadline_on")
    public LocalDate rankListDeadlineOn;

    @Column(name = "match_day")
    public LocalDate matchDay;

    @Column(name = "carry_over_before")
    public LocalDate carryOverBefore;

    /** Names of the dates above that no official page confirmed (DTO field names). */
    @JdbcTypeCode(SqlTypes.ARRAY)
    public String[] unverified = new String[0];

    @Column(name = "updated_at")
    public Instant updatedAt;

    @Version
    public long version;
}
