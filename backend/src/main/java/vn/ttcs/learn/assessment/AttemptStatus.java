package vn.ttcs.learn.assessment;

/** Where a quiz attempt stands. EXPIRED: the time limit ran out before anything was submitted; it scores 0. */
public enum AttemptStatus {
    IN_PROGRESS, SUBMITTED, EXPIRED
}
