package org.lorkit.common;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import io.quarkus.jackson.ObjectMapperCustomizer;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.time.LocalDate;
import java.time.chrono.IsoChronology;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.time.temporal.ChronoField;

/**
 * Request JSON is read strictly, so that odd input is a 400 naming the field instead of a
 * database error or a surprising value later: a key twice in one object is refused (no guessing
 * which one counts, and no crash in single-field records); text with a NUL character (which
 * PostgreSQL cannot store) is refused where it is read; and a calendar date is exactly the
 * contract's {@code format: date}, "YYYY-MM-DD" with a four-digit year, as a JSON string
 * (java.time alone takes "-2026-01-01" or "+12026-01-01", and Jackson a number of days).
 */
@Singleton
public class StrictJsonInput implements ObjectMapperCustomizer {

    /** Last, so that these deserializers win over the java.time module's. */
    @Override
    public int priority() {
        return MINIMUM_PRIORITY;
    }

    @Override
    public void customize(ObjectMapper mapper) {
        mapper.enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
        mapper.registerModule(new SimpleModule("lorkit-strict-input")
                .addDeserializer(String.class, new NoNulText())
                .addDeserializer(LocalDate.class, new CalendarDate()));
    }

    static final class CalendarDate extends StdScalarDeserializer<LocalDate> {

        private static final DateTimeFormatter FORMAT = new DateTimeFormatterBuilder()
                .appendValue(ChronoField.YEAR, 4)
                .appendLiteral('-')
                .appendValue(ChronoField.MONTH_OF_YEAR, 2)
                .appendLiteral('-')
                .appendValue(ChronoField.DAY_OF_MONTH, 2)
                .toFormatter()
                .withResolverStyle(ResolverStyle.STRICT)
                .withChronology(IsoChronology.INSTANCE);

        CalendarDate() {
            super(LocalDate.class);
        }

        @Override
        public LocalDate deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            if (!parser.hasToken(JsonToken.VALUE_STRING)) {
                return (LocalDate) context.handleUnexpectedToken(LocalDate.class, parser);
            }
            String text = parser.getText();
            try {
                return LocalDate.parse(text, FORMAT);
            } catch (DateTimeParseException e) {
                return (LocalDate)
                        context.handleWeirdStringValue(LocalDate.class, text, "must be a date as YYYY-MM-DD");
            }
        }
    }

    static final class NoNulText extends StdScalarDeserializer<String> {

        NoNulText() {
            super(String.class);
        }

        @Override
        public String deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            String text = StringDeserializer.instance.deserialize(parser, context);
            if (text != null && text.indexOf('\u0000') >= 0) {
                return (String) context.handleWeirdStringValue(String.class, text, "must not contain NUL characters");
            }
            return text;
        }
    }
}
