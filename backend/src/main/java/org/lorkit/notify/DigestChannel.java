package org.lorkit.notify;

import java.util.UUID;

/**
 * A way to reach an applicant (phone pushes here; email is another bean implementing this). The planner
 * makes one delivery per channel that {@link #reaches} the applicant, and the drainer hands each to its
 * channel exactly once across replicas.
 */
public interface DigestChannel {

    /** The channel column of notification_delivery: PUSH, EMAIL. */
    String name();

    /** Whether the applicant has this channel on and somewhere to send to. Called inside a transaction. */
    boolean reaches(UUID owner, NotificationSettings settings);

    /** Whether quiet hours hold this channel back (a phone buzzes; an email waits in the inbox). */
    boolean keepsQuietHours();

    /** Sends it; called inside the delivery's short transaction, at most once per delivery that ends SENT. */
    Result deliver(Digest digest);

    /** SENT, RETRY (try again later), or NOWHERE (nobody to send to any more); outcome: a few words for operators. */
    record Result(State state, String outcome) {

        public enum State {
            SENT,
            RETRY,
            NOWHERE
        }

        public static Result sent(String outcome) {
            return new Result(State.SENT, outcome);
        }

        public static Result retry(String outcome) {
            return new Result(State.RETRY, outcome);
        }

        public static Result nowhere(String outcome) {
            return new Result(State.NOWHERE, outcome);
        }
    }
}
