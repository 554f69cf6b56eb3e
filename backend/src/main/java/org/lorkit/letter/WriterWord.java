package org.lorkit.letter;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** One answer a writer gave on their shared page; kept with the letter (and gone with it). */
@Entity
public class WriterWord extends PanacheEntityBase {

    @Id
    public UUID id;

    public UUID letterId;

    /** The link it came through; null once that link is gone. */
    public UUID shareLinkId;

    @Enumerated(EnumType.STRING)
    public WriterAnswer answer;

    public String note;

    public Instant saidAt;

    /** The words of many letters, each earliest first: one query. */
    public static Map<UUID, List<WriterWordDto>> wordsOf(Collection<UUID> letterIds) {
        Map<UUID, List<WriterWordDto>> result = new HashMap<>();
        if (letterIds.isEmpty()) {
            return result;
        }
        List<WriterWord> rows = WriterWord.<WriterWord>find("letterId in ?1 order by saidAt, id", letterIds)
                .list();
        for (WriterWord w : rows) {
            result.computeIfAbsent(w.letterId, k -> new ArrayList<>()).add(WriterWordDto.of(w));
        }
        return result;
    }

    public static WriterWordDto latest(List<WriterWordDto> words) {
        return words.isEmpty() ? null : words.get(words.size() - 1);
    }
}
