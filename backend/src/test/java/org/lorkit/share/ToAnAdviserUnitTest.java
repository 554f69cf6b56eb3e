package org.lorkit.share;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

/** The rules' sentences to the applicant, as her adviser reads them about her: by first name, verbs agreeing. */
class ToAnAdviserUnitTest {

    private final ToAnAdviser aboutAna = new ToAnAdviser("  Ana Lima-Souza ");

    @Test
    void yourBecomesHerFirstNamesPossessive() {
        assertEquals(
                "No letter yet from core or academic faculty in Ana's target specialty: that is the one programs look "
                        + "for first.",
                aboutAna.say("No letter yet from core or academic faculty in your target specialty: that is the one "
                        + "programs look for first."));
        assertEquals("Submit Ana's ERAS application", aboutAna.say("Submit your ERAS application"));
        assertEquals(
                "Weeks 3-4 at Lakeside (Internal Medicine): signal Ana's interest in a letter",
                aboutAna.say("Weeks 3-4 at Lakeside (Internal Medicine): signal your interest in a letter"));
        assertEquals(
                "Ana's specialty and submission target set the dates of every later step.",
                aboutAna.say("Your specialty and submission target set the dates of every later step."));
    }

    @Test
    void youAsTheSubjectTakesAVerbThatAgrees() {
        assertEquals("Tell Ana's writers where Ana interviews", aboutAna.say("Tell your writers where you interview"));
        assertEquals(
                "Received but assigned to no program: Dr Sarah Mitchell, MD. ResidencyCAS sends a letter only to the "
                        + "programs Ana assigns it to by hand.",
                aboutAna.say("Received but assigned to no program: Dr Sarah Mitchell, MD. ResidencyCAS sends a letter "
                        + "only to the programs you assign it to by hand."));
        assertEquals(
                "Add the attendings Ana works with, Ana's possible writers",
                aboutAna.say("Add the attendings you work with, your possible writers"));
        assertEquals("Ana has done it; Ana was late once", aboutAna.say("You have done it; you were late once"));
    }

    @Test
    void pastTenseAndYouAsTheObjectKeepTheirWords() {
        assertEquals(
                "Tell Dr James Okafor Ana submitted, with thanks",
                aboutAna.say("Tell Dr James Okafor you submitted, with thanks"));
        assertEquals(
                "5 letters secured: more strong letters give Ana choice, but at most 4 go to one program.",
                aboutAna.say(
                        "5 letters secured: more strong letters give you choice, but at most 4 go to one program."));
        assertEquals(
                "A soft signal lets the attending watch Ana with a letter in mind.",
                aboutAna.say("A soft signal lets the attending watch you with a letter in mind."));
        assertEquals("Ticked by Ana on Nov 3.", aboutAna.say("Ticked by you on Nov 3."));
    }

    @Test
    void wordsThatOnlyContainYouAndSentencesWithoutItStayAsTheyAre() {
        assertEquals(
                "Thank-you notes to youngsters: Dr Yount, Youssef",
                aboutAna.say("Thank-you notes to youngsters: Dr Yount, Youssef"));
        assertNull(aboutAna.say(null));
    }

    @Test
    void withoutANameTheApplicantIsCalledSo() {
        ToAnAdviser nameless = new ToAnAdviser(null);
        assertEquals("The applicant's CV ready", nameless.say("Your CV ready"));
        assertEquals(
                "Get the applicant's CV ready (2 pages at most)", nameless.say("Get your CV ready (2 pages at most)"));
    }
}
