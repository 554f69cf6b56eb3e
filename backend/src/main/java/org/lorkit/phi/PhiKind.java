package org.lorkit.phi;

/** Kinds of HIPAA Safe Harbor identifiers the PHI guard looks for in free text. */
@org.eclipse.microprofile.openapi.annotations.media.Schema(
        name = "PhiKind",
        description = "Kinds of identifier from the HIPAA Safe Harbor list.")
public enum PhiKind {
    NAME,
    DATE,
    AGE_OVER_89,
    PHONE,
    FAX,
    EMAIL,
    SSN,
    RECORD_NUMBER,
    ADDRESS,
    ZIP_CODE,
    URL,
    IP_ADDRESS,
    VEHICLE_ID,
    DEVICE_ID
}
