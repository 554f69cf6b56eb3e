package org.lorkit.share;

import jakarta.enterprise.context.ApplicationScoped;
import org.lorkit.letter.WriterWordDto;

/** What a shared link shows, and the writer's answers through it. */
@ApplicationScoped
public class SharedPageService {

    public SharedPage open(String token) {
        throw new UnsupportedOperationException("not yet");
    }

    public WriterWordDto answer(String token, WriterAnswerInput input) {
        throw new UnsupportedOperationException("not yet");
    }
}
