package org.lorkit.season;

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
}
