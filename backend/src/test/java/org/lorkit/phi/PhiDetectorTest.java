package org.lorkit.phi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** One test per rule; each checks the identifier is found and its look-alike is not. */
class PhiDetectorTest {

    private static final PhiDetector DETECTOR = new PhiDetector(PhiCorpusTest.CORPUS_CLOCK);
    private static final List<String> ATTENDINGS = List.of("Dr Maria Lopez", "Okafor");

    /** The finding of {@code kind} whose text equals {@code expected}; fails with all findings otherwise. */
    private static PhiFinding assertFinds(String text, PhiKind kind, String expected) {
        return assertFinds(text, List.of(), kind, expected);
    }

    private static PhiFinding assertFinds(String text, List<String> allowed, PhiKind kind, String expected) {
        List<PhiFinding> findings = DETECTOR.detect(text, allowed);
        for (PhiFinding f : findings) {
            if (f.kind() == kind && f.text().contains(expected)) {
                assertEquals(text.substring(f.start(), f.end()), f.text(), "span and text agree");
                assertFalse(f.reason().isBlank(), "a reason is given");
                return f;
            }
        }
        throw new AssertionError("expected " + kind + " '" + expected + "' in \"" + text + "\" but got " + findings);
    }

    private static void assertClean(String text) {
        assertClean(text, List.of());
    }

    private static void assertClean(String text, List<String> allowed) {
        List<PhiFinding> findings = DETECTOR.detect(text, allowed);
        assertTrue(findings.isEmpty(), "expected no finding in \"" + text + "\" but got " + findings);
    }

    private static void assertNoKind(String text, PhiKind kind) {
        List<PhiFinding> findings = DETECTOR.detect(text);
        assertTrue(
                findings.stream().noneMatch(f -> f.kind() == kind),
                "expected no " + kind + " in \"" + text + "\" but got " + findings);
    }

    @Nested
    class Names {
        @Test
        void flagsTitleAndCapitalisedNameButNotTitleAlone() {
            assertFinds("Seen by Mr Jonas Whitfield in clinic", PhiKind.NAME, "Mr Jonas Whitfield");
            assertFinds("Mrs. Delgado needed BiPAP overnight", PhiKind.NAME, "Mrs. Delgado");
            // A professor is a colleague, not a patient (see colleaguesAreNotPatientsWhetherListedOrNot).
            assertClean("Prof Adeyemi reviewed the slides");
            assertFinds("Miss Harper was discharged", PhiKind.NAME, "Miss Harper");
            assertClean("The Dr on call reviewed the ECG.");
        }

        @Test
        void flagsTitleWithInitial() {
            assertFinds("Mr. K is a man with severe AS", PhiKind.NAME, "Mr. K");
        }

        @Test
        void flagsLowerCaseTitleTypedOnPhoneButNotMitralRegurgitation() {
            assertFinds("mrs garcia in 14 has lupus", PhiKind.NAME, "mrs garcia");
            assertClean("Echo with severe mr and moderate tr, EF 40%.");
            assertClean("hx of ms, on ocrelizumab, no new lesions.");
        }

        @Test
        void flagsPatientFollowedByNameButNotSentenceWords() {
            assertFinds("pt Whitaker refused the NG tube", PhiKind.NAME, "Whitaker");
            assertFinds("Patient Harold Jenkins had a GI bleed", PhiKind.NAME, "Harold Jenkins");
            assertClean("Patient Presented with chest pain.");
            assertClean("Patient was euvolemic, Patient Education done.");
        }

        @Test
        void flagsRelativeNames() {
            assertFinds("Spoke with his wife Linda about code status", PhiKind.NAME, "Linda");
            assertFinds("Her neighbour Oksana found her down", PhiKind.NAME, "Oksana");
        }

        @Test
        void flagsPossessiveNameButNotEponym() {
            assertFinds("I looked at Hernandez's labs first", PhiKind.NAME, "Hernandez");
            assertClean("Bell's palsy, Murphy's sign, Crohn's flare and Cushing's triad.");
            assertClean("Addison's crisis, Hashimoto's, Parkinson's and Wernicke's aphasia on the same list.");
            assertClean("Todd's paralysis after the seizure; Baker's cyst on the ultrasound.");
        }

        @Test
        void flagsFirstNameWithSurnameAndCommonFirstNameAlone() {
            assertFinds("John Miller in bed 6 has an NSTEMI", PhiKind.NAME, "John Miller");
            assertFinds("Carlos told me the pain started after a meal", PhiKind.NAME, "Carlos");
        }

        @Test
        void doesNotFlagFirstNamesThatAreWordsOrEponyms() {
            assertClean("Will follow up the cultures tomorrow.");
            assertClean("May need a repeat echo; Mark the I/Os hourly.");
            assertClean("Grace period on the insurance ran out.");
            assertClean("Austin Flint murmur and Sister Mary Joseph nodule discussed at teaching.");
        }

        @Test
        void flagsCommonSurnameAloneButNotSurnameThatIsAWord() {
            assertFinds("Nguyen in 7 is NPO", PhiKind.NAME, "Nguyen");
            assertClean("Long QT on the ECG, so we held the ondansetron.");
            assertClean("Young patients rarely get this; Price of the drug was an issue.");
        }

        @Test
        void flagsLaterMentionOfAnAlreadyFoundSurname() {
            List<PhiFinding> f = DETECTOR.detect("I told Mrs Kowalski about the MRI; the Kowalski family agreed.");
            assertEquals(2, f.stream().filter(x -> x.kind() == PhiKind.NAME).count(), f.toString());
        }

        @Test
        void doesNotFlagEponymsScoresOrDrugNames() {
            assertClean("Graves disease, Guillain-Barré, Kawasaki disease and Osler nodes.");
            assertClean("Babinski upgoing, Glasgow Coma Scale 8, CURB-65 of 3, Wells score 6, NIHSS 14.");
            assertClean("Xarelto held, Eliquis resumed, Lasix 40 mg IV.");
            assertClean("Presented a 67-year-old with DKA; Patient tolerated the drip.");
        }

        @Test
        void allowsTheApplicantsAttendings() {
            assertClean("Dr Lopez asked me to present; Dr. Maria Lopez liked it.", ATTENDINGS);
            assertClean("Dr Okafor's feedback was to lead with the assessment.", ATTENDINGS);
        }

        @Test
        void colleaguesAreNotPatientsWhetherListedOrNot() {
            assertClean("Dr Lopez asked me to present");
            assertClean("Dr Feldman called about the transfer, Dr Lopez accepted", ATTENDINGS);
            assertClean("dr mitchell showed me the echo, Dr. Patel agreed and nurse jenny flushed the picc");
            assertClean("the resident asked me to present, attending lee liked it");
            assertFinds("dr mitchell saw mrs oyelaran twice", PhiKind.NAME, "mrs oyelaran");
        }

        @Test
        void allowedSurnameDoesNotHideAPatientWithTheSameSurname() {
            assertFinds("Ana Lopez, the patient with SBP, asked again", ATTENDINGS, PhiKind.NAME, "Ana Lopez");
        }

        @Test
        void doesNotFlagInstitutionsNamedAfterPeople() {
            assertClean("Rotation at St. Mary's this month.");
            assertClean("Transferred to Mary Washington Hospital for cath.");
        }

        @Test
        void flagsTwoNamesOpeningASentenceAboutAPersonEvenWhenEachIsAWordOrShorthand() {
            assertFinds("li na kept asking when she could go home", PhiKind.NAME, "li na");
            assertFinds("hu jun is the one in trauma bay 2", PhiKind.NAME, "hu jun");
            assertFinds("chukwuemeka obi asked me if i was a real doctor", PhiKind.NAME, "chukwuemeka obi");
            assertFinds("hung s/p whipple", PhiKind.NAME, "hung");
            assertClean("na k normal this am");
            assertClean("hung a new bag of vanc");
        }

        @Test
        void flagsWordNamesAfterVerbsOfTalkingAndGivingOnlyBeforeWhatIsSaidOrGiven() {
            assertFinds("told summer the biopsy was benign", PhiKind.NAME, "summer");
            assertFinds("gave bryndis the discharge papers", PhiKind.NAME, "bryndis");
            assertFinds("pt rose miller came in w sob", PhiKind.NAME, "rose miller");
            assertClean("gave duonebs q4h");
            assertClean("told family the plan, all agreed");
        }

        @Test
        void flagsAnUnknownWordOpeningASentenceWhenWhatAPersonDoesFollows() {
            assertFinds("kalani ate breakfast today", PhiKind.NAME, "kalani");
            assertFinds("tavita fell out of bed", PhiKind.NAME, "tavita");
            assertFinds("tigist is the one in trauma bay 2", PhiKind.NAME, "tigist");
            assertFinds("makana in 12b refusing insulin", PhiKind.NAME, "makana");
            assertClean("neuro signed off today");
            assertClean("ptot got him out of bed");
            assertClean("ent is the one who scoped her");
        }

        @Test
        void flagsNamesThatAreStopWordsWhenALineAboutAPatientOrAPersonsVerbFollows() {
            assertFinds("pt hope in bed 3 w sbo", PhiKind.NAME, "hope");
            assertFinds("pt grace s/p whipple", PhiKind.NAME, "grace");
            assertFinds("mr little left ama after the ct", PhiKind.NAME, "little");
            assertFinds("emergency contact river stone 206 555 0144", PhiKind.NAME, "river stone");
            assertClean("pt hope is to go home friday");
            assertClean("mr little change on echo");
            assertClean("emergency contact is her son");
        }

        @Test
        void aLabelAfterThePatientAndACommaIsNotAName() {
            assertNoKind("Admitted the patient, MRN 00482913, with DKA", PhiKind.NAME);
            assertFinds("the patient, joy, is 34", PhiKind.NAME, "joy");
            assertClean("the same family came back to visit");
            assertFinds("the an family asked for an update", PhiKind.NAME, "an");
        }
    }

    @Nested
    class Dates {
        @Test
        void flagsADayOfTheMonthAfterAnEventWordAndOn() {
            assertFinds("admitted on 12th w dka", PhiKind.DATE, "12th");
            assertFinds("admission date 10.12", PhiKind.DATE, "10.12");
            assertFinds("fell on 12-1 at home", PhiKind.DATE, "12-1");
            assertClean("i switch to ortho on the 11th");
        }

        @Test
        void flagsNumericFullDates() {
            assertFinds("Seen 3/14/2025 in clinic", PhiKind.DATE, "3/14/2025");
            assertFinds("Discharged 14.03.2025 to SNF", PhiKind.DATE, "14.03.2025");
            assertFinds("Admission date 2025-03-14", PhiKind.DATE, "2025-03-14");
            assertFinds("Seen 3-14-25 in clinic", PhiKind.DATE, "3-14-25");
        }

        @Test
        void flagsWrittenDates() {
            assertFinds("Born on March 3, 1941 in Ohio", PhiKind.DATE, "March 3, 1941");
            assertFinds("Admitted 14 March 2025 with urosepsis", PhiKind.DATE, "14 March 2025");
            assertFinds("Seen on March 14 in clinic", PhiKind.DATE, "March 14");
            assertFinds("Admission on Sept 9th was her third", PhiKind.DATE, "Sept 9th");
            assertFinds("surgery on the 14th of March", PhiKind.DATE, "14th of March");
        }

        @Test
        void flagsDateOfBirthButNotDoseFraction() {
            PhiFinding f = assertFinds("DOB 04/22/1958, on 5/10 mg amlodipine", PhiKind.DATE, "04/22/1958");
            assertTrue(f.reason().contains("birth"), f.reason());
            assertClean("Amlodipine 5/10 mg, oxycodone 5/325, 1/2 tab at night.");
        }

        @Test
        void flagsPartialDateTiedToAdmissionButNotFraction() {
            assertFinds("Mrs. Delgado was admitted on 3/14 with COPD", PhiKind.DATE, "3/14");
            assertFinds("DOB: 5/6 (year unknown)", PhiKind.DATE, "5/6");
            assertFinds("admitted in March 2025 for a flare", PhiKind.DATE, "March 2025");
            assertNoKind("Admitted 2/3/25; erythema covered 2/3 of the leg.", PhiKind.RECORD_NUMBER);
            assertEquals(
                    1,
                    DETECTOR.detect("Admitted 2/3/25; erythema covered 2/3 of the leg.")
                            .size());
        }

        @Test
        void doesNotFlagBloodPressureApgarOrPainScores() {
            assertClean("BP 120/80, APGAR 8/9, pain 7/10, strength 5/5.");
            assertClean("Apgars 8/9/10 at 1, 5 and 10 minutes.");
            assertClean("Presented with 8/10 pain in the RLQ.");
            assertClean("Maintenance D5 1/2 NS; improved on 1/2 NS overnight.");
        }

        @Test
        void doesNotFlagYearsDurationsTimesOrHospitalDays() {
            assertClean("Diagnosed in 2019, fevers for 3 days, HD 3, POD 2, at 0300 and 3 am.");
            assertClean("BMP 136/4.1/102/24/18/1.1/98 this morning.");
        }
    }

    @Nested
    class Ages {
        @Test
        void flagsAgesOverEightyNineInEveryShorthand() {
            assertFinds("The 92-year-old with a hip fracture", PhiKind.AGE_OVER_89, "92-year-old");
            assertFinds("Aged 95, still sharp", PhiKind.AGE_OVER_89, "Aged 95");
            assertFinds("a 95 yo woman", PhiKind.AGE_OVER_89, "95 yo");
            assertFinds("a 91 y/o F with falls", PhiKind.AGE_OVER_89, "91 y/o");
            assertFinds("Mrs A, 97F, with a UTI", PhiKind.AGE_OVER_89, "97F");
            assertFinds("He was ninety-three years old", PhiKind.AGE_OVER_89, "ninety-three years old");
            assertFinds("she turned 90 on the ward", PhiKind.AGE_OVER_89, "90");
            assertFinds("her 100th birthday on the unit", PhiKind.AGE_OVER_89, "100th birthday");
        }

        @Test
        void flagsBirthYearImplyingAgeOverEightyNine() {
            assertFinds("He was born in 1928 and lives alone", PhiKind.AGE_OVER_89, "1928");
            assertNoKind("She was born in 1975", PhiKind.AGE_OVER_89);
        }

        /** Whether a birth year means over 89 depends on today's year, read from the clock the guard is given. */
        @Test
        void aBirthYearIsOverEightyNineByTheGivenClocksYear() {
            String text = "born in 1940, lives alone";
            PhiDetector in2029 = new PhiDetector(Clock.fixed(Instant.parse("2029-06-01T00:00:00Z"), ZoneOffset.UTC));
            PhiDetector in2031 = new PhiDetector(Clock.fixed(Instant.parse("2031-06-01T00:00:00Z"), ZoneOffset.UTC));
            assertTrue(
                    in2029.detect(text).stream().noneMatch(f -> f.kind() == PhiKind.AGE_OVER_89),
                    "89 in 2029: " + in2029.detect(text));
            assertTrue(
                    in2031.detect(text).stream()
                            .anyMatch(f ->
                                    f.kind() == PhiKind.AGE_OVER_89 && f.text().equals("1940")),
                    "91 in 2031: " + in2031.detect(text));
        }

        @Test
        void doesNotFlagAgesUpToEightyNineOrTemperatures() {
            assertClean("Presented a 67-year-old and an 89-year-old on rounds.");
            assertClean("Temp 95F on arrival, warmed with a Bair Hugger.");
            assertClean("HR 95, SpO2 92% on 2L, 90 pack-years of smoking.");
        }
    }

    @Nested
    class PhonesAndFaxes {
        @Test
        void flagsAFaxNumberInAnyGroupingAfterAFaxWord() {
            assertFinds("fax 555 0144", PhiKind.FAX, "555 0144");
            assertFinds("fax 206/555/0144", PhiKind.FAX, "206/555/0144");
            assertFinds("snf fax is 425-5550199", PhiKind.FAX, "425-5550199");
            assertNoKind("fax the 2 pages to pharmacy", PhiKind.FAX);
        }

        @Test
        void flagsPhoneNumbers() {
            assertFinds("Called the daughter at (312) 555-0147", PhiKind.PHONE, "(312) 555-0147");
            assertFinds("Her phone is 617.555.0122", PhiKind.PHONE, "617.555.0122");
            assertFinds("Reached the son on +91 98765 43210", PhiKind.PHONE, "+91 98765 43210");
            assertFinds("Family asked us to call 4155550193", PhiKind.PHONE, "4155550193");
            assertFinds("proxy reachable at 555-0134", PhiKind.PHONE, "555-0134");
        }

        @Test
        void flagsFaxWhenLabelledFax() {
            assertFinds("Records faxed to 312-555-0199", PhiKind.FAX, "312-555-0199");
            assertFinds("Send to 212-555-0190 (fax)", PhiKind.FAX, "212-555-0190");
        }

        @Test
        void doesNotFlagLabSeriesOrTimes() {
            assertClean("Glucose 412 at 1900, recheck 112 at 2000, K 5.9.");
            assertClean("Platelets 450,000 and ESR 98.");
        }
    }

    @Nested
    class EmailsUrlsAndIps {
        @Test
        void flagsEmailNotAsUrl() {
            PhiFinding f =
                    assertFinds("email jwhitfield58@gmail.com for the list", PhiKind.EMAIL, "jwhitfield58@gmail.com");
            assertEquals(
                    1,
                    DETECTOR.detect("email jwhitfield58@gmail.com for the list").size());
            assertEquals(6, f.start());
        }

        @Test
        void flagsUrls() {
            assertFinds(
                    "link https://mychart.example.org/visit/88213.",
                    PhiKind.URL,
                    "https://mychart.example.org/visit/88213");
            assertFinds("found it on www.trials-example.org/p-4471", PhiKind.URL, "www.trials-example.org/p-4471");
        }

        @Test
        void flagsIpAddressesButNotLabValues() {
            assertFinds("images came from 10.42.7.19 on PACS", PhiKind.IP_ADDRESS, "10.42.7.19");
            assertFinds("hub at 2001:db8:85a3::8a2e:370:7334", PhiKind.IP_ADDRESS, "2001:db8:85a3::8a2e:370:7334");
            assertClean("pH 7.21, troponin 0.04, Cr 1.2, at 03:00 and 14:30.");
        }
    }

    @Nested
    class SsnAndRecordNumbers {
        @Test
        void flagsSsn() {
            assertFinds("wrote his SSN 123-45-6789 on the form", PhiKind.SSN, "123-45-6789");
            assertFinds("ssn last 4 of 123 45 6789 on file", PhiKind.SSN, "123 45 6789");
        }

        /** The corpus policy: four digits alone identify no one, and flagging them would flag every pager and room. */
        @Test
        void theLastFourDigitsOfAnSsnAloneAreNotFlagged() {
            assertNoKind("ssn last 4 is 4411 per registration, they needed it to find the chart", PhiKind.SSN);
            assertNoKind("SSN ending 6789", PhiKind.SSN);
        }

        @Test
        void flagsMedicalRecordNumbers() {
            assertFinds("MRN 1234567 on the sticker", PhiKind.RECORD_NUMBER, "1234567");
            assertFinds("MRN: 00123 on the handoff", PhiKind.RECORD_NUMBER, "00123");
            assertFinds("MR# 003345121 on the path report", PhiKind.RECORD_NUMBER, "003345121");
        }

        @Test
        void flagsAccountPlanBeneficiaryLicenceAndCertificateNumbers() {
            assertFinds("acct #4456 keeps coming up", PhiKind.RECORD_NUMBER, "4456");
            assertFinds("Policy no. BCX-4410-227 for the prior auth", PhiKind.RECORD_NUMBER, "BCX-4410-227");
            assertFinds("Medicare beneficiary number 1EG4-TE5-MK72", PhiKind.RECORD_NUMBER, "1EG4-TE5-MK72");
            assertFinds("Health plan ID HPX-2231-9981", PhiKind.RECORD_NUMBER, "HPX-2231-9981");
            assertFinds("Driver's license number D1234-56789-01234", PhiKind.RECORD_NUMBER, "D1234-56789-01234");
            assertFinds("Certificate number 2024-118-0042", PhiKind.RECORD_NUMBER, "2024-118-0042");
        }

        @Test
        void flagsLongDigitRunLabelledAsId() {
            assertFinds("his number is 88213345 in the system", PhiKind.RECORD_NUMBER, "88213345");
            assertFinds("sign-out listed 4410982231 next to her", PhiKind.RECORD_NUMBER, "4410982231");
        }

        @Test
        void flagsMrnButNotRoomOrBedNumbers() {
            assertFinds("room 412, MRN 7734510", PhiKind.RECORD_NUMBER, "7734510");
            assertClean("Moved from room 412 to bed 3, then Room 1210 bed 4B.");
        }

        @Test
        void doesNotFlagLabelWordsInOrdinaryProse() {
            assertClean("On account of 3 falls, per hospital policy since 2019, ID wants tenofovir.");
            assertClean("Viral load 1200000 IU/mL, CD4 45.");
        }
    }

    @Nested
    class Addresses {
        @Test
        void flagsStreetAddressesAndUnits() {
            assertFinds("Lives at 1200 Oak Street, Apt 4B, with his wife", PhiKind.ADDRESS, "1200 Oak Street");
            assertFinds("Lives at 1200 Oak Street, Apt 4B, with his wife", PhiKind.ADDRESS, "Apt 4B");
            assertFinds("shelter on 45 W 34th St after discharge", PhiKind.ADDRESS, "45 W 34th St");
            assertFinds("Home at 4417 N Broadway, Chicago, 2nd floor", PhiKind.ADDRESS, "4417 N Broadway");
            assertFinds("Home at 4417 N Broadway, Chicago, 2nd floor", PhiKind.ADDRESS, "Chicago");
            assertFinds("Mail it to PO Box 1182", PhiKind.ADDRESS, "PO Box 1182");
            assertFinds("lives at 12 oak st with her son", PhiKind.ADDRESS, "12 oak st");
        }

        @Test
        void flagsZipAfterStateOrLabelButNotOtherFiveDigitNumbers() {
            assertFinds("88 Maple Ave, Springfield, IL 62704", PhiKind.ZIP_CODE, "62704");
            assertFinds("88 Maple Ave, Springfield, IL 62704", PhiKind.ADDRESS, "Springfield");
            assertFinds("Zip 10027 on the referral", PhiKind.ZIP_CODE, "10027");
            assertClean("Viral load 88000, platelets 45000, lipase 12400.");
        }

        @Test
        void flagsTownWhereThePatientLivesButNotStateOrCountry() {
            assertFinds("He lives in Dayton, OH and drives to dialysis", PhiKind.ADDRESS, "Dayton");
            assertFinds("She moved here from Lagos 3 years ago", PhiKind.ADDRESS, "Lagos");
            assertClean("He lives in Ohio; she moved here from India.");
            assertClean("Head CT negative, Cards, CT surgery and pain, MI ruled out.");
        }

        @Test
        void doesNotFlagHospitalUnitsOrTimes() {
            assertClean("Transferred to 5 West telemetry at 2 PM, seen by Dr Lopez.", ATTENDINGS);
        }

        @Test
        void flagsTownsOfSeveralWordsAfterAPrepositionWhateverTheirWords() {
            assertFinds("from gig harbor, drives in for chemo", PhiKind.ADDRESS, "gig harbor");
            assertFinds("lives in walla walla w her son", PhiKind.ADDRESS, "walla walla");
            assertFinds("found down in pioneer square", PhiKind.ADDRESS, "pioneer square");
            assertFinds("grew up in magnolia", PhiKind.ADDRESS, "magnolia");
            assertFinds("address 8819 35th ave sw, seattle 98126", PhiKind.ADDRESS, "seattle");
            assertClean("we walked to the north side of the unit");
            assertClean("the pt went to long term care last year");
            assertClean("at valley medical center for my sub-i");
        }

        @Test
        void doesNotFlagTheApplicantsOwnTownsOrHospitalCounties() {
            assertClean("my elective in new york starts 1/6");
            assertClean("cook county had a huge census");
            assertFinds("my pt lives in queen anne", PhiKind.ADDRESS, "queen anne");
            assertFinds("her trailer is in cook county", PhiKind.ADDRESS, "cook county");
        }

        @Test
        void flagsAZipBeforeWithAndAHouseNumberAfterAnAddressLabel() {
            assertFinds("pt from 98146 w no car", PhiKind.ZIP_CODE, "98146");
            assertFinds("lives in 98118 hx of dm", PhiKind.ZIP_CODE, "98118");
            assertFinds("zip=98118", PhiKind.ZIP_CODE, "98118");
            assertNoKind("viral load in 12000 copies", PhiKind.ZIP_CODE);
            assertFinds("home 2210 nw market", PhiKind.ADDRESS, "2210 nw market");
            assertClean("went home 1500 today");
            assertClean("sent home w 5 days of abx");
        }
    }

    @Nested
    class VehiclesAndDevices {
        @Test
        void flagsVinAndLicencePlates() {
            assertFinds("VIN 1HGCM82633A004352 in the paperwork", PhiKind.VEHICLE_ID, "1HGCM82633A004352");
            assertFinds("the license plate ABC-1234 of the car", PhiKind.VEHICLE_ID, "ABC-1234");
            assertFinds("EMS wrote his plate number KLM 4821", PhiKind.VEHICLE_ID, "KLM 4821");
        }

        @Test
        void flagsDeviceSerialNumbersButNotSerialLabs() {
            assertFinds("pacemaker serial PJN804512H on the report", PhiKind.DEVICE_ID, "PJN804512H");
            assertFinds("Insulin pump S/N MM780G-4821977", PhiKind.DEVICE_ID, "MM780G-4821977");
            assertFinds("device ID ZX40-18873, battery 8 years", PhiKind.DEVICE_ID, "ZX40-18873");
            assertClean("Serial troponins 0.04 and 0.05, serial exams q4h, growth plate fracture.");
        }
    }

    @Nested
    class Api {
        @Test
        void returnsSortedNonOverlappingFindings() {
            String text = "Mr Jonas Whitfield, DOB 04/22/1958, MRN 00482913, phone (312) 555-0147, "
                    + "email jw@example.com, lives at 1200 Oak Street, Springfield, IL 62704.";
            List<PhiFinding> findings = DETECTOR.detect(text);
            assertTrue(findings.size() >= 7, findings.toString());
            for (int i = 1; i < findings.size(); i++) {
                assertTrue(findings.get(i - 1).end() <= findings.get(i).start(), "sorted, no overlap: " + findings);
            }
        }

        @Test
        void handlesEmptyAndNullInput() {
            assertTrue(DETECTOR.detect("").isEmpty());
            assertTrue(DETECTOR.detect(null).isEmpty());
            assertTrue(DETECTOR.detect("ok", null).isEmpty());
        }

        @Test
        void isSafeToShareBetweenThreads() throws Exception {
            String text = "Mrs. Delgado, DOB 04/22/1958, MRN 00482913, BP 120/80 on metoprolol 25 mg.";
            List<PhiFinding> expected = DETECTOR.detect(text);
            ExecutorService pool = Executors.newFixedThreadPool(4);
            try {
                List<Future<List<PhiFinding>>> results = new ArrayList<>();
                for (int i = 0; i < 200; i++) {
                    results.add(pool.submit(() -> DETECTOR.detect(text)));
                }
                for (Future<List<PhiFinding>> r : results) {
                    assertEquals(expected, r.get());
                }
            } finally {
                pool.shutdownNow();
            }
            assertNotNull(expected);
        }
    }
}
