package org.lorkit.season;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** One service's calendar for one season, shipped as data and edited by admins (V12 migration). */
@Entity
public class ApplicationSeason extends PanacheEntityBase {

    @Id
    public UUID id;

    @Enumerated(EnumType.STRING)
    public LetterService service;

    /** The service's name for the season: the year of its Match Day. */
    public int year;

    public int rulesOf;

    public LocalDate opensOn;

    public LocalDate submissionOpensOn;

    public LocalDate programsReviewOn;

    public LocalDate programDeadlineOn;

    public LocalDate rankListDeadlineOn;

    public LocalDate matchDay;

    public LocalDate carryOverBefore;

    /** Names of the dates above that no official page confirmed (DTO field names). */
    @JdbcTypeCode(SqlTypes.ARRAY)
    public String[] unverified = new String[0];

    public Instant updatedAt;

    @Version
    public long version;
}
