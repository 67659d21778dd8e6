package vn.ttcs.learn.assignment;

import vn.ttcs.learn.web.DatabaseOutage;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.exceptions.DataAccessException;
import io.micronaut.serde.ObjectMapper;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;
import vn.ttcs.learn.assignment.AssignmentViews.AssignmentInfo;
import vn.ttcs.learn.assignment.AssignmentViews.AssignmentSummary;
import vn.ttcs.learn.assignment.AssignmentViews.AssignmentView;
import vn.ttcs.learn.assignment.AssignmentViews.Criterion;
import vn.ttcs.learn.assignment.AssignmentViews.CriterionResult;
import vn.ttcs.learn.assignment.AssignmentViews.FileInfo;
import vn.ttcs.learn.assignment.AssignmentViews.GradeView;
import vn.ttcs.learn.assignment.AssignmentViews.QueueEntry;
import vn.ttcs.learn.assignment.AssignmentViews.SubmissionDetail;
import vn.ttcs.learn.assignment.AssignmentViews.SubmissionView;
import vn.ttcs.learn.catalog.CourseCatalog;
import vn.ttcs.learn.catalog.PublishedCourse;
import vn.ttcs.learn.competency.Evidence;
import vn.ttcs.learn.competency.EvidenceWriter;
import vn.ttcs.learn.content.model.Assignment;
import vn.ttcs.learn.content.model.Definitions.SubmissionKind;
import vn.ttcs.learn.identity.AppUser;
import vn.ttcs.learn.identity.AppUserRepository;
import vn.ttcs.learn.identity.CurrentUser;
import vn.ttcs.learn.identity.Role;
import vn.ttcs.learn.learning.Enrolment;
import vn.ttcs.learn.learning.EnrolmentAccess;
import vn.ttcs.learn.learning.LessonRenderer;
import vn.ttcs.learn.shared.FileTypes;
import vn.ttcs.learn.shared.LocalizedText;
import vn.ttcs.learn.web.ProblemException;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Trainer-graded assignments: a trainee submits text and/or a file, a trainer grades it against the rubric once, and
 * a passed grade counts as evidence for every competency of the assignment at its level.
 * <ul>
 *   <li>A submission is made once per Idempotency-Key: the same key again answers the same submission.</li>
 *   <li>A new submission is accepted only when every earlier one was graded FAILED.</li>
 *   <li>Another trainee's enrolment or submission is "not found"; a trainer never grades their own work; the second
 *       of two trainers grading the same submission is told it was graded already (409).</li>
 * </ul>
 */
@Singleton
class Assignments {

    /** What the controller hands over from a multipart request. */
    record Upload(@Nullable String text, @Nullable String fileName, byte @Nullable [] content) {
    }

    record Submitted(SubmissionView submission, boolean created) {
    }

    record Graded(SubmissionDetail detail, long enrolmentId, boolean passed) {
    }

    static final int MAX_FILE_BYTES = 10 * 1024 * 1024;
    static final int MAX_TEXT_CHARS = 100_000;

    private final AssignmentSubmissionRepository submissions;
    private final AssignmentFileRepository files;
    private final EnrolmentAccess enrolments;
    private final CourseCatalog definitions;
    private final AppUserRepository users;
    private final LessonRenderer renderer;
    private final EvidenceWriter evidence;
    private final ObjectMapper json;

    Assignments(AssignmentSubmissionRepository submissions, AssignmentFileRepository files,
                EnrolmentAccess enrolments, CourseCatalog definitions, AppUserRepository users,
                LessonRenderer renderer, EvidenceWriter evidence, ObjectMapper json) {
        this.submissions = submissions;
        this.files = files;
        this.enrolments = enrolments;
        this.definitions = definitions;
        this.users = users;
        this.renderer = renderer;
        this.evidence = evidence;
        this.json = json;
    }

    AssignmentView view(long enrolmentId, String assignmentId, long userId) {
        Enrolment enrolment = enrolments.ownedBy(enrolmentId, userId);
        PublishedCourse course = definitions.version(enrolment.courseVersionId());
        Assignment assignment = assignmentOf(course, assignmentId);
        List<AssignmentSubmission> made =
                submissions.findByEnrolmentIdAndAssignmentIdOrderBySubmissionNo(enrolmentId, assignmentId);
        return new AssignmentView(enrolmentId, course.code(), course.title(), info(course, assignment),
                made.stream().allMatch(s -> s.status() == SubmissionStatus.FAILED),
                made.stream().map(s -> submissionView(s, assignment)).toList());
    }

    /** Every assignment of the enrolment's course version, with the trainee's newest submission of each. */
    List<AssignmentSummary> summaries(long enrolmentId, long userId) {
        Enrolment enrolment = enrolments.ownedBy(enrolmentId, userId);
        PublishedCourse course = definitions.version(enrolment.courseVersionId());
        Map<String, List<AssignmentSubmission>> made = new HashMap<>();
        submissions.findByEnrolmentIdOrderBySubmissionNo(enrolmentId)
                .forEach(s -> made.computeIfAbsent(s.assignmentId(), k -> new ArrayList<>()).add(s));
        return course.definition().assignments().stream().map(a -> {
            List<AssignmentSubmission> own = made.getOrDefault(a.id(), List.of());
            AssignmentSubmission latest = own.isEmpty() ? null : own.get(own.size() - 1);
            return new AssignmentSummary(a.id(), a.title(), a.level(), a.submission(), a.passMark(), own.size(),
                    latest == null ? null : latest.status(), latest == null ? null : latest.scorePercent(),
                    own.stream().allMatch(x -> x.status() == SubmissionStatus.FAILED));
        }).toList();
    }

    @Transactional
    Submitted submit(long enrolmentId, String assignmentId, String key, Upload upload, long userId) {
        Enrolment enrolment = enrolments.ownedBy(enrolmentId, userId);
        Optional<AssignmentSubmission> replay = submissions.findByUserIdAndSubmissionKey(userId, key);
        if (replay.isPresent()) {
            return replayOf(replay.get(), enrolmentId, assignmentId);
        }
        PublishedCourse course = definitions.version(enrolment.courseVersionId());
        Assignment assignment = assignmentOf(course, assignmentId);
        String text = upload.text() == null || upload.text().isBlank() ? null : upload.text().strip();
        boolean noFile = upload.content() == null
                || upload.content().length == 0 && (upload.fileName() == null || upload.fileName().isBlank());
        byte[] content = noFile ? null : upload.content();
        checkKind(assignment.submission(), text, content);
        if (text != null && text.length() > MAX_TEXT_CHARS) {
            throw ProblemException.badRequest("text", "is " + text.length() + " characters long; at most "
                    + MAX_TEXT_CHARS + " are accepted — send a longer piece of work as a file");
        }
        FileTypes.Type type = content == null ? null : checkFile(upload.fileName(), content);
        List<AssignmentSubmission> earlier =
                submissions.findByEnrolmentIdAndAssignmentIdOrderBySubmissionNo(enrolmentId, assignmentId);
        for (AssignmentSubmission s : earlier) {
            if (s.status() == SubmissionStatus.WAITING) {
                throw ProblemException.conflict("Submission " + s.submissionNo() + " of this assignment is waiting "
                        + "for a trainer's grade; a new one can be sent if it is graded as not passed");
            }
            if (s.status() == SubmissionStatus.PASSED) {
                throw ProblemException.conflict("This assignment was already passed (submission "
                        + s.submissionNo() + ")");
            }
        }
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        AssignmentSubmission saved;
        try {
            saved = submissions.save(new AssignmentSubmission(null, enrolmentId, userId,
                    enrolment.courseVersionId(), assignmentId, earlier.size() + 1, key, text,
                    content == null ? null : safeName(upload.fileName(), type), type == null ? null : type.name(),
                    content == null ? null : content.length, now, SubmissionStatus.WAITING, null, null, null, null,
                    null));
        } catch (DataAccessException e) {
            DatabaseOutage.rethrowIfOutage(e);
            throw ProblemException.conflict("Another submission of this assignment was made at the same moment; "
                    + "reload the assignment to see it");
        }
        if (content != null) {
            files.save(new AssignmentFile(saved.id(), content));
        }
        return new Submitted(submissionView(saved, assignment), true);
    }

    List<QueueEntry> queue(SubmissionStatus status) {
        Map<Long, AppUser> people = new HashMap<>();
        return submissions.findByStatusOrderBySubmittedAtAsc(status).stream().map(s -> {
            PublishedCourse course = definitions.version(s.courseVersionId());
            Assignment assignment = assignmentOf(course, s.assignmentId());
            AppUser trainee = people.computeIfAbsent(s.userId(), id -> users.findById(id).orElseThrow());
            return new QueueEntry(s.id(), course.code(), course.title(), s.assignmentId(), assignment.title(),
                    trainee.fullName(), trainee.unitCode(), s.submissionNo(), s.submittedAt(), s.status(),
                    trainee.id());
        }).toList();
    }

    SubmissionDetail detail(long id, CurrentUser actor) {
        return detail(visible(id, actor), actor);
    }

    /** The file of a submission, with the name and type to serve it under. */
    record Download(String name, String mediaType, byte[] content) {
    }

    Download file(long id, CurrentUser actor) {
        AssignmentSubmission submission = visible(id, actor);
        if (!submission.hasFile()) {
            throw ProblemException.notFound("The file of submission " + id);
        }
        byte[] content = files.findById(id).orElseThrow().content();
        return new Download(submission.fileName(), FileTypes.Type.valueOf(submission.fileType()).mediaType, content);
    }

    @Transactional
    Graded grade(long id, GradeCommand command, CurrentUser trainer) {
        AssignmentSubmission submission = submissions.findById(id)
                .orElseThrow(() -> ProblemException.notFound("Submission " + id));
        if (submission.userId() == trainer.id()) {
            throw ProblemException.forbidden("A trainer cannot grade their own submission; another trainer grades it");
        }
        if (submission.status() != SubmissionStatus.WAITING) {
            throw alreadyGraded(submission);
        }
        PublishedCourse course = definitions.version(submission.courseVersionId());
        Assignment assignment = assignmentOf(course, submission.assignmentId());
        List<CriterionGrade> grades = arrange(assignment, command.criteria());
        int points = grades.stream().mapToInt(CriterionGrade::points).sum();
        int maxPoints = assignment.rubric().stream().mapToInt(Assignment.Criterion::maxPoints).sum();
        boolean passed = maxPoints > 0 && points * 100 >= assignment.passMark() * maxPoints;
        int percent = maxPoints == 0 ? 0 : points * 100 / maxPoints;
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        String comment = command.comment() == null || command.comment().isBlank() ? null : command.comment().strip();
        long updated = submissions.grade(id, (passed ? SubmissionStatus.PASSED : SubmissionStatus.FAILED).name(),
                trainer.id(), now, percent, toJson(grades), comment);
        if (updated == 0) {
            throw alreadyGraded(submissions.findById(id).orElseThrow());
        }
        if (passed) {
            evidence.record(assignment.competencies().stream()
                    .map(code -> new Evidence(null, submission.userId(), code, assignment.level().name(),
                            Evidence.SourceKind.ASSIGNMENT, id, submission.courseVersionId(), percent, now))
                    .toList());
        }
        AssignmentSubmission graded = submissions.findById(id).orElseThrow();
        return new Graded(detail(graded, trainer), submission.enrolmentId(), passed);
    }

    // --- rules ---------------------------------------------------------------------------------------------------

    private static void checkKind(SubmissionKind kind, @Nullable String text, byte @Nullable [] content) {
        switch (kind) {
            case TEXT -> {
                if (content != null) {
                    throw ProblemException.badRequest("file", "this assignment is submitted as text only");
                }
                if (text == null) {
                    throw ProblemException.badRequest("text", "write the work in the text field");
                }
            }
            case FILE -> {
                if (text != null) {
                    throw ProblemException.badRequest("text", "this assignment is submitted as a file only");
                }
                if (content == null) {
                    throw ProblemException.badRequest("file", "attach the work as a file (" + FileTypes.ACCEPTED
                            + ")");
                }
            }
            case TEXT_OR_FILE -> {
                if (text == null && content == null) {
                    throw ProblemException.badRequest("text", "write the work here or attach it as a file");
                }
            }
        }
    }

    private static FileTypes.Type checkFile(@Nullable String fileName, byte[] content) {
        if (content.length == 0) {
            throw ProblemException.badRequest("file", "is empty");
        }
        if (content.length > MAX_FILE_BYTES) {
            throw ProblemException.badRequest("file", "is larger than 10 MB");
        }
        FileTypes.Type type = FileTypes.detect(content).filter(FileTypes.ASSIGNMENT_TYPES::contains).orElseThrow(() -> ProblemException.badRequest("file",
                "is not a " + FileTypes.ACCEPTED + " file (judged by its content, whatever its name says)"));
        String name = fileName == null ? "" : fileName;
        if (!FileTypes.nameAgrees(name, type)) {
            throw ProblemException.badRequest("file", "its name '" + name + "' does not match its content, which is "
                    + type.label + "; rename it or send the file it claims to be");
        }
        return type;
    }

    /** The name without any path, trimmed to what the table holds; a missing name gets one from the type. */
    private static String safeName(@Nullable String fileName, FileTypes.Type type) {
        String name = fileName == null ? "" : fileName.replace('\\', '/');
        name = name.substring(name.lastIndexOf('/') + 1).replaceAll("[\\p{Cntrl}\"]", "").strip();
        if (name.isEmpty()) {
            name = "bai-lam." + type.extensions.iterator().next();
        }
        return name.length() > 200 ? name.substring(name.length() - 200) : name;
    }

    /** Every criterion of the rubric exactly once, in rubric order, with points from 0 to its maximum. */
    private static List<CriterionGrade> arrange(Assignment assignment, List<CriterionGrade> given) {
        Map<String, CriterionGrade> byId = new HashMap<>();
        for (int i = 0; i < given.size(); i++) {
            CriterionGrade g = given.get(i);
            String field = "criteria[" + i + "]";
            Assignment.Criterion criterion = assignment.rubric().stream().filter(c -> c.id().equals(g.criterionId()))
                    .findFirst().orElseThrow(() -> ProblemException.badRequest(field + ".criterionId",
                            "'" + g.criterionId() + "' is not a criterion of this rubric"));
            if (byId.put(g.criterionId(), g) != null) {
                throw ProblemException.badRequest(field + ".criterionId", "'" + g.criterionId() + "' is graded twice");
            }
            if (g.points() < 0 || g.points() > criterion.maxPoints()) {
                throw ProblemException.badRequest(field + ".points", "must be from 0 to " + criterion.maxPoints());
            }
        }
        List<CriterionGrade> arranged = new ArrayList<>();
        for (Assignment.Criterion c : assignment.rubric()) {
            CriterionGrade g = byId.get(c.id());
            if (g == null) {
                throw ProblemException.badRequest("criteria", "criterion '" + c.id() + "' has no points; grade every "
                        + "criterion of the rubric");
            }
            String comment = g.comment() == null || g.comment().isBlank() ? null : g.comment().strip();
            arranged.add(new CriterionGrade(c.id(), g.points(), comment));
        }
        return arranged;
    }

    private static ProblemException alreadyGraded(AssignmentSubmission submission) {
        return ProblemException.conflict("Submission " + submission.id() + " was already graded ("
                + submission.status() + " at " + submission.gradedAt() + "); reload it to see the grade");
    }

    // --- access and views ----------------------------------------------------------------------------------------

    /** Trainers and admins see every submission; a trainee sees their own, and anything else is "not found". */
    private AssignmentSubmission visible(long id, CurrentUser actor) {
        boolean grader = actor.has(Role.TRAINER) || actor.isAdmin();
        return submissions.findById(id).filter(s -> grader || s.userId() == actor.id())
                .orElseThrow(() -> ProblemException.notFound("Submission " + id));
    }

    private SubmissionDetail detail(AssignmentSubmission submission, CurrentUser actor) {
        PublishedCourse course = definitions.version(submission.courseVersionId());
        Assignment assignment = assignmentOf(course, submission.assignmentId());
        AppUser trainee = users.findById(submission.userId()).orElseThrow();
        boolean gradable = submission.status() == SubmissionStatus.WAITING && submission.userId() != actor.id()
                && (actor.has(Role.TRAINER) || actor.isAdmin());
        return new SubmissionDetail(submissionView(submission, assignment), course.code(), course.title(),
                info(course, assignment), trainee.fullName(), trainee.unitCode(), gradable, trainee.id());
    }

    private Submitted replayOf(AssignmentSubmission made, long enrolmentId, String assignmentId) {
        if (made.enrolmentId() != enrolmentId || !made.assignmentId().equals(assignmentId)) {
            throw ProblemException.conflict("This Idempotency-Key was already used for another submission; send a "
                    + "new key for new work");
        }
        Assignment assignment = assignmentOf(definitions.version(made.courseVersionId()), assignmentId);
        return new Submitted(submissionView(made, assignment), false);
    }

    private static Assignment assignmentOf(PublishedCourse course, String assignmentId) {
        return course.definition().assignments().stream().filter(a -> a.id().equals(assignmentId)).findFirst()
                .orElseThrow(() -> ProblemException.notFound("Assignment " + assignmentId));
    }

    private AssignmentInfo info(PublishedCourse course, Assignment a) {
        LocalizedText brief = new LocalizedText(renderer.render(course.code(), a.brief().vi()),
                a.brief().en() == null ? null : renderer.render(course.code(), a.brief().en()));
        return new AssignmentInfo(a.id(), a.title(), a.level(), a.competencies(), brief, a.submission(), a.passMark(),
                a.rubric().stream().map(c -> new Criterion(c.id(), c.criterion(), c.maxPoints(), c.guidance()))
                        .toList());
    }

    private SubmissionView submissionView(AssignmentSubmission s, Assignment assignment) {
        FileInfo file = s.hasFile() ? new FileInfo(s.fileName(), FileTypes.Type.valueOf(s.fileType()).mediaType,
                s.fileSize()) : null;
        GradeView grade = null;
        if (s.status() != SubmissionStatus.WAITING) {
            List<CriterionGrade> given = fromJson(s.grades());
            List<CriterionResult> criteria = given.stream().map(g -> new CriterionResult(g.criterionId(), g.points(),
                    assignment.rubric().stream().filter(c -> c.id().equals(g.criterionId()))
                            .mapToInt(Assignment.Criterion::maxPoints).findFirst().orElse(0), g.comment())).toList();
            grade = new GradeView(s.gradedAt(), s.scorePercent() == null ? 0 : s.scorePercent(),
                    s.status() == SubmissionStatus.PASSED, assignment.passMark(), criteria, s.gradeComment());
        }
        return new SubmissionView(s.id(), s.enrolmentId(), s.assignmentId(), s.submissionNo(), s.submittedAt(),
                s.bodyText(), file, s.status(), grade);
    }

    private String toJson(List<CriterionGrade> grades) {
        try {
            return json.writeValueAsString(grades);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private List<CriterionGrade> fromJson(@Nullable String grades) {
        if (grades == null) {
            return List.of();
        }
        try {
            return List.of(json.readValue(grades, CriterionGrade[].class));
        } catch (IOException e) {
            throw new UncheckedIOException("Grades are unreadable", e);
        }
    }
}
