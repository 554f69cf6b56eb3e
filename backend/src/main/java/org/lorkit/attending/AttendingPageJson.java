package org.lorkit.attending;

import jakarta.inject.Inject;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.ext.Provider;
import org.lorkit.platform.KeptJson;
import org.lorkit.platform.KeptJsonWriter;

/** A ranked or eligible page kept for the day ({@link AttendingService}): its JSON written once. */
@Provider
@Produces(MediaType.APPLICATION_JSON)
public class AttendingPageJson extends KeptJsonWriter<AttendingPage> {

    @Inject
    public AttendingPageJson(KeptJson kept) {
        super(AttendingPage.class, kept);
    }
}
