package vn.ttcs.learn.authoring;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.List;

@JdbcRepository(dialect = Dialect.MYSQL)
interface CourseDraftRepository extends CrudRepository<CourseDraft, String> {

    List<CourseDraft> listOrderByTitleVi();

    /**
     * Takes the next version of a draft, if it is still at {@code expected}: 0 rows when someone else changed it
     * first. The row stays locked until the transaction ends, so two saves cannot both pass.
     */
    @Query("UPDATE course_draft SET version = version + 1 WHERE course_code = :courseCode AND version = :expected")
    long claim(String courseCode, long expected);
}
