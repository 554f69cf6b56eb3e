package org.lorkit.coaching;

import jakarta.inject.Inject;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.ext.Provider;
import org.lorkit.platform.KeptJson;
import org.lorkit.platform.KeptJsonWriter;

/** Today kept per revision, day and calendars ({@link Evaluations}): its JSON written once. */
@Provider
@Produces(MediaType.APPLICATION_JSON)
public class TodayJson extends KeptJsonWriter<CoachDtos.Today> {

    @Inject
    public TodayJson(KeptJson kept) {
        super(CoachDtos.Today.class, kept);
    }
}
