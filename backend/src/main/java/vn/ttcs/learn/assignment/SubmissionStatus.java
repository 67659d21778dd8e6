package vn.ttcs.learn.assignment;

/** WAITING for a trainer; then PASSED or FAILED, once. A new submission is accepted only after FAILED. */
public enum SubmissionStatus { WAITING, PASSED, FAILED }
