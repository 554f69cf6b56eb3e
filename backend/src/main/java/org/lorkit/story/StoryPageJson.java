package org.lorkit.story;

import jakarta.inject.Inject;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.ext.Provider;
import org.lorkit.platform.KeptJson;
import org.lorkit.platform.KeptJsonWriter;

/** A page of stories kept at the account's revision ({@link StoryPages}): its JSON written once. */
@Provider
@Produces(MediaType.APPLICATION_JSON)
public class StoryPageJson extends KeptJsonWriter<StoryPage> {

    @Inject
    public StoryPageJson(KeptJson kept) {
        super(StoryPage.class, kept);
    }
}
