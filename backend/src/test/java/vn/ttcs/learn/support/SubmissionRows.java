package vn.ttcs.learn.support;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;

/** Counts made straight in the database after a test that killed something, to prove nothing was stored twice. */
public final class SubmissionRows {

    private SubmissionRows() {
    }

    /** How many (quiz attempt, competency) pairs have more than one evidence row; 0 when nothing counted twice. */
    public static int duplicateQuizEvidence(Connection connection) throws SQLException {
        try (ResultSet row = connection.createStatement().executeQuery(
                "SELECT COUNT(*) FROM (SELECT source_id, standard_code FROM competency_evidence "
                        + "WHERE source_kind = 'QUIZ_ATTEMPT' GROUP BY source_id, standard_code "
                        + "HAVING COUNT(*) > 1) duplicates")) {
            row.next();
            return row.getInt(1);
        }
    }
}
