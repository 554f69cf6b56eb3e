package org.lorkit.bench;

import java.util.List;
import java.util.Random;

/**
 * Realistic, de-identified text for seeded records. Story text never names a patient, a date, a
 * place below state level or a number that could be a record: the sentences speak of "a patient in
 * their sixties", "the morning labs", so the PHI guard has nothing to flag (the seeder counts it).
 * Attendings get plausible faculty names: they are colleagues, which the guard allows.
 */
final class BenchTexts {

    private BenchTexts() {
    }

    static final List<String> SPECIALTIES = List.of("Internal Medicine", "Family Medicine", "Pediatrics", "Neurology",
            "Psychiatry", "General Surgery", "Emergency Medicine");
    static final List<String> TIME_ZONES = List.of("America/New_York", "America/Chicago", "America/Denver",
            "America/Los_Angeles", "UTC");
    static final List<String> HOSPITALS = List.of("Riverside University Hospital", "Lakeview Medical Center",
            "St. Anne Community Hospital", "Northfield Veterans Medical Center", "Metro County Hospital",
            "Hillcrest Academic Medical Center", "Bayside Regional Hospital", "Summit Children's Hospital");
    static final List<String> STATES = List.of("Illinois", "New York", "Ohio", "Texas", "Michigan", "Pennsylvania", "Florida");
    static final List<String> FIRST = List.of("Sarah", "Michael", "Priya", "David", "Elena", "James", "Aisha", "Robert",
            "Mei", "Thomas", "Laura", "Daniel", "Fatima", "Andrew", "Rachel", "Omar", "Julia", "Kevin", "Nadia", "Brian");
    static final List<String> LAST = List.of("Whitfield", "Okafor", "Raman", "Kowalski", "Brennan", "Castillo", "Nguyen",
            "Hargrove", "Lindqvist", "Abernathy", "Sato", "Petrov", "Delgado", "Ashworth", "Mbeki", "Fontaine", "Gallagher");
    static final List<String> DEGREES = List.of("MD", "DO", "MD, PhD", "MBBS");

    private static final List<String> TITLES = List.of(
            "Caught a missed hypokalemia before discharge", "Presented a complex sepsis case at morning report",
            "Led the family meeting on goals of care", "Noticed a drug interaction on the medication list",
            "Taught the students how to read an ECG", "Reworked my presentations after feedback",
            "Followed up a pending culture nobody had checked", "Explained a new insulin plan in plain words",
            "Picked up early signs of delirium overnight", "Built a checklist for discharge summaries",
            "Gave a ten-minute talk on hyponatremia", "Spotted a subtle pneumothorax on the film",
            "Coordinated a safe transfer to the step-down unit", "Asked the question that changed the diagnosis",
            "Stayed late to finish a difficult admission", "Recognised anaphylaxis and called for help early",
            "Reconciled medications for a patient on twelve drugs", "Presented a journal article to the team",
            "Improved my note templates after the attending's comments", "Helped a frightened family understand the plan");
    private static final List<String> SITUATIONS = List.of(
            "A patient in their sixties came in with worsening shortness of breath.",
            "An older patient on several blood pressure drugs felt dizzy on standing.",
            "A young adult with diabetes arrived confused and dehydrated.",
            "A patient admitted for pneumonia spiked a fever again on the third day.",
            "A teenager was brought in with abdominal pain that kept moving.",
            "A patient with heart failure had gained weight despite the diuretic.",
            "A patient recovering from surgery became agitated during the night.",
            "A patient in their forties had chest pain that did not fit the usual pattern.",
            "A patient with kidney disease had a potassium result that looked off.",
            "A patient on a blood thinner showed new bruising on the morning round.");
    private static final List<String> ACTIONS = List.of(
            "I reviewed the overnight events and the morning labs before rounds.",
            "I rechecked the medication list against the home medications.",
            "I examined the patient again and compared the findings with the admission note.",
            "I discussed the differential with the resident and proposed the next test.",
            "I called the pharmacist to confirm the dose adjustment.",
            "I presented the case with a clear assessment and plan.",
            "I wrote the note and flagged the open question for the team.",
            "I explained the plan to the family and answered their questions.",
            "I looked up the guideline and summarised it for the team.",
            "I followed up the result in the afternoon and updated the plan.");
    private static final List<String> OUTCOMES = List.of(
            "The team changed the plan the same day.", "The attending asked me to present it again at noon conference.",
            "The patient went home safely with a clear follow-up.", "The resident thanked me for catching it.",
            "The family said they finally understood what was happening.", "The issue was corrected before it caused harm.");
    private static final List<String> SHOWS = List.of(
            "Careful clinical reasoning under time pressure.", "Ownership of my patients and follow-through.",
            "Clear communication with patients and families.", "Teamwork with nurses, pharmacists and residents.",
            "Growth after feedback: my presentations are now shorter and structured.",
            "Medical knowledge applied at the bedside.", "Professionalism and reliability on a busy service.",
            "Teaching skills with students and peers.");
    private static final List<String> WENT_WELL = List.of("Organised presentations.", "Knows the patients' overnight events.",
            "Good rapport with families.", "Reads up on every new diagnosis.", "Reliable and on time every day.");
    private static final List<String> TO_IMPROVE = List.of("Commit to an assessment before the plan.",
            "Shorter presentations, lead with the problem.", "Speak up more on rounds.", "Prioritise the problem list.");
    private static final List<String> PLANS = List.of("Practise one-minute presentations each evening.",
            "Write my assessment first, then the plan.", "Ask one question per patient on rounds.");

    static <T> T pick(Random rnd, List<T> from) {
        return from.get(rnd.nextInt(from.size()));
    }

    static String title(Random rnd) {
        return pick(rnd, TITLES);
    }

    static String summary(Random rnd) {
        return pick(rnd, SITUATIONS) + " " + pick(rnd, ACTIONS) + " " + pick(rnd, OUTCOMES);
    }

    static String whatIDid(Random rnd) {
        return pick(rnd, ACTIONS) + " " + pick(rnd, ACTIONS);
    }

    static String whatItShows(Random rnd) {
        return pick(rnd, SHOWS);
    }

    static String wentWell(Random rnd) {
        return pick(rnd, WENT_WELL);
    }

    static String toImprove(Random rnd) {
        return pick(rnd, TO_IMPROVE);
    }

    static String plan(Random rnd) {
        return pick(rnd, PLANS);
    }
}
