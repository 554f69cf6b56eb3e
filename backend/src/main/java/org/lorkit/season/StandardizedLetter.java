package org.lorkit.season;

/** The standardized letter a specialty's programs expect, besides or instead of narrative letters. */
public enum StandardizedLetter {
    /** Emergency Medicine's eSLOE 2.0, filled in online in ResidencyCAS. */
    ESLOE_2("eSLOE 2.0", false),
    /** The OB/GYN standardized letter, filled in online in ResidencyCAS. */
    OBGYN_SLOE("OB/GYN SLOE", false),
    /** The orthopaedic surgery standardized letter, uploaded to ERAS as a PDF. */
    ORTHO_SLOR("Orthopaedic surgery SLOR", true),
    /** The otolaryngology standardized letter, uploaded to ERAS as a PDF. */
    ENT_SLOR("Otolaryngology SLOR", true),
    /** The 2027 pilot (Dermatology, Urology, Plastic Surgery–Integrated): a form inside the Letter Writer Portal. */
    PORTAL_FORM("Standardized form in the Letter Writer Portal", false);

    private final String label;
    private final boolean pdfUpload;

    StandardizedLetter(String label, boolean pdfUpload) {
        this.label = label;
        this.pdfUpload = pdfUpload;
    }

    public String label() {
        return label;
    }

    /** False when the writer fills the letter in online and cannot upload a PDF of it. */
    public boolean pdfUpload() {
        return pdfUpload;
    }
}
