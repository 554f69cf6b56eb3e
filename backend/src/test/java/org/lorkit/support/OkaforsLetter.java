package org.lorkit.support;

import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;
import org.lorkit.platform.MutableClock;

/**
 * Dr Okafor's letter request (a candidate) in the {@link TwoWritersSeason}, with the moves, corrections
 * and edits the letter tests make on it. The clock stays on the season's day until the test resets it.
 */
public final class OkaforsLetter {

    static final ZoneId CHICAGO = ZoneId.of("America/Chicago");

    public final TwoWritersSeason season;
    public final String id;

    private OkaforsLetter(TwoWritersSeason season, String id) {
        this.season = season;
        this.id = id;
    }

    public static OkaforsLetter inTwoWritersSeason(MutableClock clock) {
        TwoWritersSeason season = TwoWritersSeason.start(clock);
        return new OkaforsLetter(season, Lor.letter(season.ana, season.okafor));
    }

    public Response move(String to) {
        return move(to, null, null);
    }

    /** A move dated on the day picked (null: now), as the app sends it: 12:00 in Chicago. */
    public Response move(String to, String day, String note) {
        return season.ana.request().body(change(to, day, note)).post(path() + "/transitions");
    }

    /** A correction of the last move, with the ETag it corrects. */
    public Response correct(String to, String day, String note) {
        return season.ana
                .request()
                .header("If-Match", Lor.etag(season.ana, path()))
                .body(change(to, day, note))
                .post(path() + "/corrections");
    }

    /** A PUT of these fields (the writer kept unless given), with the current ETag. */
    public Response put(Map<String, Object> fields) {
        Map<String, Object> body = new HashMap<>(fields);
        body.putIfAbsent("attendingId", season.okafor);
        return season.ana
                .request()
                .header("If-Match", Lor.etag(season.ana, path()))
                .body(body)
                .put(path());
    }

    public JsonPath read() {
        return read(id);
    }

    /** Any of the applicant's letters, as she reads it. */
    public JsonPath read(String letterId) {
        return Coaching.get(season.ana, "/api/v1/letters/" + letterId);
    }

    private String path() {
        return "/api/v1/letters/" + id;
    }

    private static Map<String, Object> change(String to, String day, String note) {
        Map<String, Object> body = new HashMap<>(Map.of("to", to));
        if (day != null) {
            body.put("at", noon(day));
        }
        if (note != null) {
            body.put("note", note);
        }
        return body;
    }

    /** The day the applicant picked, as the app sends it: 12:00 in her time zone. */
    public static String noon(String day) {
        return LocalDate.parse(day).atTime(12, 0).atZone(CHICAGO).toInstant().toString();
    }
}
