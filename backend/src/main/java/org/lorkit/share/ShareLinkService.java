package org.lorkit.share;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.Map;
import java.util.UUID;
import org.lorkit.common.PageRequest;

/** The applicant's shared links: made, listed, revoked. */
@ApplicationScoped
public class ShareLinkService {

    static final Map<String, String> SORTABLE = Map.of("createdAt", "createdAt");

    @Transactional
    public ShareLinkDto create(UUID owner, ShareLinkInput input) {
        throw new UnsupportedOperationException("not yet");
    }

    @Transactional
    public ShareLinkPage list(UUID owner, PageRequest request) {
        throw new UnsupportedOperationException("not yet");
    }

    @Transactional
    public ShareLinkDto get(UUID owner, UUID id) {
        throw new UnsupportedOperationException("not yet");
    }

    @Transactional
    public void revoke(UUID owner, UUID id) {
        throw new UnsupportedOperationException("not yet");
    }

    /** Whether the url is this app's link whose token is a live writer link of that letter of the owner's. */
    @Transactional
    public boolean isLiveWriterUrl(UUID owner, UUID letterId, String url) {
        throw new UnsupportedOperationException("not yet");
    }
}
