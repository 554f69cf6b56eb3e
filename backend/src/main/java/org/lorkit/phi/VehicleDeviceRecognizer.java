package org.lorkit.phi;

import java.util.List;
import java.util.Set;

/** Vehicle identifiers (VIN, licence plates) and device identifiers or serial numbers. */
final class VehicleDeviceRecognizer implements Recognizer {

    private static final Rx.CharTest ALNUM = c -> c < 128 && Character.isLetterOrDigit(c);

    /** 17 characters from the VIN alphabet (no I, O, Q), mixing letters and digits. */
    private static final Rx VIN_SHAPE = Rx.of("(?:^|[^A-Za-z0-9-])([A-HJ-NPR-Z0-9]{17})(?:[^A-Za-z0-9-]|$)");

    private static final Rx VIN_LABELLED = Rx.of(
            "\\bVIN\\b[^\\S\\n]*(?:number|no\\.?|#)?[^\\S\\n]*[:#]?[^\\S\\n]*([A-Za-z0-9]{8,17})",
            0,
            null,
            "A-Za-z0-9",
            ALNUM);

    /** Plate values are letters and digits in one or two groups ("7TRK-482", "KLM 4821", "ABC1234"). */
    private static final Rx PLATE = Rx.of(
            "\\b(?i:licen[cs]e[^\\S\\n]+plates?|plates?(?:[^\\S\\n]+(?:number|no\\.?|#))?|tag[^\\S\\n]+(?:number|no\\.?|#)"
                    + "|registration[^\\S\\n]+(?:number|no\\.?|#))"
                    + "(?:[^\\S\\n]+(?i:was|is|reads|read|number|no\\.?))*[^\\S\\n]*[:#]?[^\\S\\n]*"
                    + "([A-Z0-9]{1,4}(?:[- ]?[A-Z0-9]{1,5})?)",
            0,
            null,
            "A-Za-z0-9",
            ALNUM);

    /** "serial", "S/N", "SN" and device words followed by an id word, then the value. */
    private static final Rx SERIAL = Rx.of(
            "(?:\\b(?i:serial)(?:[^\\S\\n]+(?i:number|num|no\\.?|#))?|\\b(?i:s/n)|\\bSN"
                    + "|\\b(?i:pacemaker|defibrillator|device|implant|pump|stimulator|neurostimulator|LVAD|ICD|AICD|PPM"
                    + "|CPAP|hearing aid|CGM|monitor)[^\\S\\n]+(?i:id|identifier|number|no\\.?|#|model and serial))"
                    + "(?:[^A-Za-z]|$)[^\\S\\n]*[:#]?[^\\S\\n]*"
                    + "([A-Za-z0-9](?:[A-Za-z0-9]|[-/][A-Za-z0-9]){3,29})",
            0,
            null,
            "A-Za-z0-9",
            ALNUM);

    private static final Rx UDI_IMEI = Rx.of("\\b(?:UDI|IMEI|MEID)\\b[^\\S\\n]*[:#]?[^\\S\\n]*([()A-Za-z0-9-]{8,60})");

    private static final String HEX = "[0-9A-Fa-f]{2}";
    private static final Rx MAC =
            Rx.of("(?:^|[^\\w:-])(" + HEX + "(?::" + HEX + "){5}|" + HEX + "(?:-" + HEX + "){5})(?:[^\\w:-]|$)");

    private static final Set<String> VIN_WORDS = ScanContext.words("vin");
    private static final Set<String> PLATE_WORDS = ScanContext.words("licence license plate plates tag registration");
    private static final Set<String> SERIAL_WORDS = ScanContext.words(
            "serial s sn pacemaker defibrillator device implant pump stimulator neurostimulator lvad icd aicd ppm cpap"
                    + " hearing cgm monitor");
    private static final Set<String> UDI_WORDS = ScanContext.words("udi imei meid");

    @Override
    public void recognize(ScanContext scan, List<Candidate> out) {
        String text = scan.text;
        if (hasAlnumRun(text, 17)) {
            VIN_SHAPE.findAll(text, m -> {
                String vin = m.group(1);
                // A VIN mixes letters and digits.
                if (ContactRecognizer.countDigits(vin) > 0 && vin.chars().anyMatch(Character::isLetter)) {
                    out.add(new Candidate(
                            PhiKind.VEHICLE_ID,
                            m.start(1),
                            m.end(1),
                            "vehicle identification number shape",
                            Candidate.SHAPE));
                }
            });
        }
        scan.matchAt(VIN_LABELLED, scan.startsOf(VIN_WORDS), m -> {
            if (ContactRecognizer.countDigits(m.group(1)) >= 2) {
                out.add(new Candidate(
                        PhiKind.VEHICLE_ID, m.start(1), m.end(1), "number labelled VIN", Candidate.LABELLED));
            }
        });
        scan.matchAt(PLATE, scan.startsOf(PLATE_WORDS), m -> {
            String v = m.group(1);
            // A bare "plate" word also occurs clinically ("growth plate"): its value must mix letters and digits.
            boolean hasLetter = v.chars().anyMatch(Character::isLetter);
            if (ContactRecognizer.countDigits(v) >= 1 && hasLetter && v.length() >= 4) {
                out.add(new Candidate(PhiKind.VEHICLE_ID, m.start(1), m.end(1), "licence plate", Candidate.LABELLED));
            }
        });
        scan.matchAt(SERIAL, scan.startsOf(SERIAL_WORDS), m -> {
            // "serial troponins", "serial q6h exams": a serial number carries several digits.
            if (ContactRecognizer.countDigits(m.group(1)) >= 3) {
                out.add(new Candidate(
                        PhiKind.DEVICE_ID, m.start(1), m.end(1), "device serial number or id", Candidate.LABELLED));
            }
        });
        scan.matchAt(UDI_IMEI, scan.startsOf(UDI_WORDS), m -> {
            if (ContactRecognizer.countDigits(m.group(1)) >= 6) {
                out.add(new Candidate(
                        PhiKind.DEVICE_ID, m.start(1), m.end(1), "device identifier", Candidate.LABELLED));
            }
        });
        if (mayHoldMac(text)) {
            MAC.findAll(
                    text,
                    m -> out.add(new Candidate(
                            PhiKind.DEVICE_ID, m.start(1), m.end(1), "hardware (MAC) address", Candidate.SHAPE)));
        }
    }

    /** Cheap check for "hh:hh:hh" or "hh-hh-hh" before running the MAC pattern. */
    private static boolean mayHoldMac(String text) {
        for (int i = 0; i + 8 <= text.length(); i++) {
            char sep = text.charAt(i + 2);
            if ((sep == ':' || sep == '-')
                    && text.charAt(i + 5) == sep
                    && isHex(text.charAt(i))
                    && isHex(text.charAt(i + 1))
                    && isHex(text.charAt(i + 3))
                    && isHex(text.charAt(i + 4))
                    && isHex(text.charAt(i + 6))
                    && isHex(text.charAt(i + 7))) {
                return true;
            }
        }
        return false;
    }

    private static boolean isHex(char c) {
        return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
    }

    /** True when the text holds a run of at least {@code length} letters and digits (a VIN candidate). */
    private static boolean hasAlnumRun(String text, int length) {
        int run = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            run = (c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') ? run + 1 : 0;
            if (run >= length) {
                return true;
            }
        }
        return false;
    }
}
