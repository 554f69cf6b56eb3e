package org.lorkit.letter;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "LetterPage")
public record LetterPage(List<LetterDto> items, int page, int size, long total) {}
