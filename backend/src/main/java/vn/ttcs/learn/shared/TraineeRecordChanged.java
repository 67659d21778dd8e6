package vn.ttcs.learn.shared;

/**
 * Published synchronously, inside the transaction that made the change, when something the certification report
 * counts of a person may have changed: their account (created, imported, unit, roles, enabled), an enrolment, a
 * certificate (issued, renewed, corrected, revoked). Reporting listens and brings its tallies into step in the same
 * transaction, so they commit or roll back with the change; identity, learning and certification need not know
 * about reports.
 */
public record TraineeRecordChanged(long userId) {
}
