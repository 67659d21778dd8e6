package vn.ttcs.learn.catalog;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

import java.util.List;
import java.util.Optional;

/** Versions are only ever added, never changed: an issued certificate names the version it was earned on. */
@JdbcRepository(dialect = Dialect.MYSQL)
public interface CourseVersionRepository extends GenericRepository<CourseVersion, Long> {

    CourseVersion save(CourseVersion version);

    Optional<CourseVersion> findById(Long id);

    Optional<CourseVersion> findFirstByCourseCodeOrderByVersionNoDesc(String courseCode);

    List<CourseVersion> findByCourseCodeOrderByVersionNo(String courseCode);

    long count();

    /** The current version of every course: what the catalogue shows and what a new enrolment gets. */
    @Query("""
            SELECT cv.* FROM course_version cv
            JOIN course c ON c.current_version_id = cv.id
            ORDER BY cv.title_vi, cv.course_code
            """)
    List<CourseVersion> listCurrent();

    @Query("""
            SELECT cv.* FROM course_version cv
            JOIN course c ON c.current_version_id = cv.id
            WHERE c.code = :courseCode
            """)
    Optional<CourseVersion> findCurrent(String courseCode);

    /**
     * The ids of {@link #listCurrent}, in the same order: what the catalogue asks on every request, since a version's
     * content (some hundred kilobytes of definition) is kept once read.
     */
    @Query("""
            SELECT cv.id FROM course_version cv
            JOIN course c ON c.current_version_id = cv.id
            ORDER BY cv.title_vi, cv.course_code
            """)
    List<Long> listCurrentIds();

    /** The id of {@link #findCurrent}. */
    @Query("SELECT current_version_id FROM course WHERE code = :courseCode AND current_version_id IS NOT NULL")
    Optional<Long> findCurrentId(String courseCode);
}
