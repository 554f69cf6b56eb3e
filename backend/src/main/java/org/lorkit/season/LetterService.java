package org.lorkit.season;

import java.util.List;

/** The application service that carries an applicant's letters to programs. */
public enum LetterService {
    /** AAMC's ERAS: letters uploaded through the Letter Writer Portal; most specialties. */
    ERAS("ERAS"),
    /** Liaison's ResidencyCAS: Emergency Medicine and Obstetrics & Gynecology. */
    RESIDENCYCAS("ResidencyCAS");

    private final String label;

    LetterService(String label) {
        this.label = label;
    }

    /** The service's name as applicants see it. */
    public String label() {
        return label;
    }

    /**
     * How a sentence names the services one letter (or one applicant) goes through, as
     * {@link Specialties#servicesOf} gives them: "ERAS", "ResidencyCAS", or "ERAS and ResidencyCAS".
     */
    public static String said(List<LetterService> services) {
        List<String> names =
                services.stream().distinct().map(LetterService::label).toList();
        return names.isEmpty() ? ERAS.label : String.join(" and ", names);
    }

    /** Whether any of these services is ResidencyCAS (its writers get the service's own request to accept). */
    public static boolean viaResidencyCas(List<LetterService> services) {
        return services.contains(RESIDENCYCAS);
    }

    /** Whether any of these services is ERAS (its writers get a Letter ID and an upload link). */
    public static boolean viaEras(List<LetterService> services) {
        return services.isEmpty() || services.contains(ERAS);
    }
}
