package vn.ttcs.learn.authoring;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpStatus;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;
import vn.ttcs.learn.audit.AuditLog;
import vn.ttcs.learn.authoring.AuthoringViews.CourseEntry;
import vn.ttcs.learn.authoring.AuthoringViews.DrillOption;
import vn.ttcs.learn.authoring.AuthoringViews.DrillOutline;
import vn.ttcs.learn.authoring.AuthoringViews.DrillStep;
import vn.ttcs.learn.authoring.AuthoringViews.DraftView;
import vn.ttcs.learn.authoring.AuthoringViews.FileContent;
import vn.ttcs.learn.authoring.AuthoringViews.FileEntry;
import vn.ttcs.learn.authoring.AuthoringViews.OutlineLesson;
import vn.ttcs.learn.authoring.AuthoringViews.OutlineModule;
import vn.ttcs.learn.authoring.CourseChange.Action;
import vn.ttcs.learn.authoring.DraftCheck.Checked;
import vn.ttcs.learn.catalog.CourseRepository;
import vn.ttcs.learn.catalog.CourseVersion;
import vn.ttcs.learn.catalog.CourseVersionFile;
import vn.ttcs.learn.catalog.CourseVersionFileRepository;
import vn.ttcs.learn.catalog.CourseVersionRepository;
import vn.ttcs.learn.competency.CompetencyStandardRepository;
import vn.ttcs.learn.content.ContentLocation;
import vn.ttcs.learn.content.ContentProblem;
import vn.ttcs.learn.content.ContentProblems;
import vn.ttcs.learn.content.CurriculumImport;
import vn.ttcs.learn.content.CurriculumReader;
import vn.ttcs.learn.content.model.Course;
import vn.ttcs.learn.content.model.Lesson;
import vn.ttcs.learn.shared.LocalizedText;
import vn.ttcs.learn.web.FieldError;
import vn.ttcs.learn.web.ProblemException;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The authoring workflow. A draft is a course folder kept as files; every change is checked by the content reader
 * and validator and recorded in the course's change log. DRAFT → IN_REVIEW (submit, only when the draft is valid and
 * differs from the published version) → PUBLISHED (approved by another trainer or an administrator, never by someone
 * who changed it in this round), which makes a new immutable course version through the start-up import's own path.
 */
@Singleton
class Drafts {

    static final String PUBLISHED_EVENT = "COURSE_PUBLISHED";

    private final CourseDraftRepository drafts;
    private final DraftFileRepository files;
    private final DraftEditorRepository editors;
    private final CourseChangeRepository changes;
    private final DraftCheck checker;
    private final CourseRepository courses;
    private final CourseVersionRepository versions;
    private final CourseVersionFileRepository versionFiles;
    private final CompetencyStandardRepository standards;
    private final ContentLocation content;
    private final CurriculumImport publisher;
    private final AuditLog audit;

    Drafts(CourseDraftRepository drafts, DraftFileRepository files, DraftEditorRepository editors,
           CourseChangeRepository changes, DraftCheck checker, CourseRepository courses,
           CourseVersionRepository versions, CourseVersionFileRepository versionFiles,
           CompetencyStandardRepository standards, ContentLocation content, CurriculumImport publisher,
           AuditLog audit) {
        this.drafts = drafts;
        this.files = files;
        this.editors = editors;
        this.changes = changes;
        this.checker = checker;
        this.courses = courses;
        this.versions = versions;
        this.versionFiles = versionFiles;
        this.standards = standards;
        this.content = content;
        this.publisher = publisher;
        this.audit = audit;
    }

    /** Every course, published or being written, by Vietnamese title. */
    List<CourseEntry> list() {
        Map<String, CourseEntry> entries = new TreeMap<>();
        for (CourseVersion v : versions.listCurrent()) {
            entries.put(v.courseCode(), new CourseEntry(v.courseCode(), new LocalizedText(v.titleVi(), v.titleEn()),
                    v.versionNo(), null, null, null, null));
        }
        for (CourseDraft d : drafts.listOrderByTitleVi()) {
            CourseEntry published = entries.get(d.courseCode());
            entries.put(d.courseCode(), new CourseEntry(d.courseCode(), new LocalizedText(d.titleVi(), d.titleEn()),
                    published == null ? null : published.publishedVersionNo(), d.state(), d.version(),
                    d.updatedAt(), d.updatedByName()));
        }
        return entries.values().stream()
                .sorted((a, b) -> a.title().vi().compareToIgnoreCase(b.title().vi())).toList();
    }

    @Transactional
    DraftView create(AuthoringCommands.CourseCreateCommand command, Author who) {
        String code = command.code();
        if (courses.existsById(code) || drafts.existsById(code)) {
            throw ProblemException.conflict("A course with the code '" + code + "' already exists; choose another "
                    + "code, or edit that course");
        }
        String competency = standards.listOrderByPosition().stream().findFirst()
                .map(s -> s.code()).orElse("PRESS");
        Map<String, byte[]> skeleton = Skeleton.files(code, command.titleVi(), command.titleEn(), competency);
        Instant now = Instant.now();
        drafts.save(new CourseDraft(code, DraftState.DRAFT, command.titleVi(), command.titleEn(), 1, null, who.id(),
                now, who.id(), who.username(), now, null, null));
        skeleton.forEach((path, bytes) -> files.save(new DraftFile(null, code, path, bytes)));
        edited(code, who, Action.CREATE, null, null);
        return view(code, who);
    }

    /** A draft of a published course, starting from the files of its current version. */
    @Transactional
    DraftView start(String code, Author who) {
        if (drafts.existsById(code)) {
            throw ProblemException.conflict("Course '" + code + "' already has a draft; open it instead");
        }
        CourseVersion current = versions.findCurrent(code)
                .orElseThrow(() -> ProblemException.notFound("Published course " + code));
        Instant now = Instant.now();
        drafts.save(new CourseDraft(code, DraftState.PUBLISHED, current.titleVi(), current.titleEn(), 1,
                current.id(), who.id(), now, who.id(), who.username(), now, null, null));
        publishedFiles(current).forEach((path, bytes) -> files.save(new DraftFile(null, code, path, bytes)));
        log(code, who, Action.START, null, "from version " + current.versionNo());
        return view(code, who);
    }

    DraftView view(String code, Author viewer) {
        CourseDraft draft = draft(code);
        Map<String, byte[]> contents = contents(code);
        return view(draft, contents, checker.check(code, contents), viewer);
    }

    FileContent file(String code, String path) {
        CourseDraft draft = draft(code);
        if (!CoursePaths.isText(path)) {
            throw ProblemException.badRequest("path", "'" + path + "' is not a text file of the course; use "
                    + CoursePaths.TEXT_FILES);
        }
        DraftFile file = files.findByCourseCodeAndPath(code, path)
                .orElseThrow(() -> ProblemException.notFound("File '" + path + "' of course " + code));
        return new FileContent(path, new String(file.content(), StandardCharsets.UTF_8), draft.version());
    }

    /** Creates or replaces a text file. The draft keeps it even with problems, which the answer lists. */
    @Transactional
    DraftView save(String code, String path, String text, long version, Author who) {
        if (!CoursePaths.isText(path)) {
            throw ProblemException.badRequest("path", "'" + path + "' is not a text file of a course folder; use "
                    + CoursePaths.TEXT_FILES + " (ids in lower-case words joined by '-')");
        }
        byte[] bytes = Skeleton.utf8(text);
        CoursePaths.problem(path, bytes).ifPresent(p -> {
            throw ProblemException.badRequest("content", p);
        });
        CourseDraft draft = claim(code, version, path);
        Optional<DraftFile> existing = files.findByCourseCodeAndPath(code, path);
        existing.ifPresentOrElse(f -> files.update(f.withContent(bytes)),
                () -> files.save(new DraftFile(null, code, path, bytes)));
        return changed(draft, who, existing.isPresent() ? Action.SAVE : Action.CREATE, path, null);
    }

    @Transactional
    DraftView delete(String code, String path, long version, Author who) {
        if (path.equals(CoursePaths.COURSE_FILE)) {
            throw ProblemException.badRequest("path", "course.yaml cannot be deleted: a course folder needs it");
        }
        CourseDraft draft = claim(code, version, path);
        if (files.findByCourseCodeAndPath(code, path).isEmpty()) {
            throw ProblemException.notFound("File '" + path + "' of course " + code);
        }
        files.deleteByCourseCodeAndPath(code, path);
        return changed(draft, who, Action.DELETE, path, null);
    }

    /** An image or attachment for lessons, checked by its content; it replaces one of the same name. */
    @Transactional
    DraftView upload(String code, @Nullable String fileName, byte[] bytes, long version, Author who) {
        String name = CoursePaths.assetName(fileName);
        if (name == null) {
            throw ProblemException.badRequest("file", "the file name '" + fileName + "' must be one plain name of "
                    + "letters, digits, '.', '_' and '-' ending in .png, .jpg, .gif, .webp, .svg, .pdf, .docx, .xlsx, "
                    + ".pptx or .csv");
        }
        CoursePaths.assetProblem(name, bytes).ifPresent(p -> {
            throw ProblemException.badRequest("file", p);
        });
        String path = CoursePaths.ASSETS + name;
        CourseDraft draft = claim(code, version, path);
        files.findByCourseCodeAndPath(code, path).ifPresentOrElse(f -> files.update(f.withContent(bytes)),
                () -> files.save(new DraftFile(null, code, path, bytes)));
        return changed(draft, who, Action.UPLOAD, path, bytes.length + " bytes");
    }

    @Transactional
    DraftView reorder(String code, List<OutlineEdit.ModuleOrder> order, long version, Author who) {
        Map<String, byte[]> contents = contents(code);
        Course course = checker.check(code, contents).course().orElseThrow(() -> ProblemException.conflict(
                "course.yaml cannot be read; fix its problems before reordering"));
        String yaml = new String(contents.get(CoursePaths.COURSE_FILE), StandardCharsets.UTF_8);
        byte[] reordered = Skeleton.utf8(OutlineEdit.reorder(yaml, course, order));
        CourseDraft draft = claim(code, version, "the order of modules and lessons");
        files.update(files.findByCourseCodeAndPath(code, CoursePaths.COURSE_FILE).orElseThrow()
                .withContent(reordered));
        return changed(draft, who, Action.REORDER, CoursePaths.COURSE_FILE, null);
    }

    @Transactional
    DraftView submit(String code, long version, Author who) {
        CourseDraft draft = draft(code);
        if (draft.state() != DraftState.DRAFT) {
            throw ProblemException.conflict(draft.state() == DraftState.IN_REVIEW
                    ? "Course '" + code + "' is already waiting for review"
                    : "Nothing has changed in course '" + code + "' since it was published");
        }
        Map<String, byte[]> contents = contents(code);
        Checked checked = checker.check(code, contents);
        if (!checked.valid()) {
            throw invalid("The draft of course '" + code + "' cannot be submitted for review", checked.problems());
        }
        versions.findCurrent(code).filter(v -> v.contentHash().equals(checked.hash())).ifPresent(v -> {
            throw ProblemException.conflict("The draft of course '" + code + "' is the same as published version "
                    + v.versionNo() + "; change something before submitting it");
        });
        claim(code, version, "the draft");
        Instant now = Instant.now();
        CourseDraft submitted = drafts.update(draft.submitted(who, now));
        addEditor(code, who);
        log(code, who, Action.SUBMIT, null, null);
        return view(submitted, contents, checked, who);
    }

    /** Back to the author: the reviewer asks for changes, or the author withdraws the request. */
    @Transactional
    DraftView sendBack(String code, long version, @Nullable String comment, Author who) {
        CourseDraft draft = draft(code);
        if (draft.state() != DraftState.IN_REVIEW) {
            throw ProblemException.conflict("Course '" + code + "' is not waiting for review");
        }
        claim(code, version, "the draft");
        drafts.update(draft.changed(DraftState.DRAFT, who, Instant.now()));
        log(code, who, Action.RETURN, null, comment == null || comment.isBlank() ? null : comment.strip());
        return view(code, who);
    }

    /** Publishes a draft in review as the course's new version; never by someone who changed it in this round. */
    @Transactional
    DraftView approve(String code, long version, Author who, @Nullable HttpRequest<?> request) {
        CourseDraft draft = draft(code);
        if (draft.state() != DraftState.IN_REVIEW) {
            throw ProblemException.conflict("Course '" + code + "' is not waiting for review; it must be submitted "
                    + "before it can be approved");
        }
        if (editors.existsByCourseCodeAndUserId(code, who.id())) {
            throw ProblemException.forbidden("You changed or submitted this draft of course '" + code
                    + "'; another trainer or an administrator must approve it");
        }
        claim(code, version, "the draft");
        Map<String, byte[]> contents = contents(code);
        Checked checked = checker.check(code, contents);
        if (!checked.valid()) {
            throw invalid("The draft of course '" + code + "' cannot be published", checked.problems());
        }
        CourseVersion published = publisher.publish(checked.course().orElseThrow(), checked.hash(),
                CourseVersion.FROM_AUTHORING);
        contents.forEach((path, bytes) -> versionFiles.save(new CourseVersionFile(null, published.id(), path, bytes)));
        CourseDraft after = drafts.update(draft.published(published.id(), who, Instant.now()));
        editors.deleteByCourseCode(code);
        String detail = "version " + published.versionNo() + ", submitted by " + draft.updatedByName();
        log(code, who, Action.PUBLISH, null, detail);
        audit.record(who.id(), who.username(), request, PUBLISHED_EVENT, "course:" + code, detail);
        return view(after, contents, checked, who);
    }

    List<CourseChange> changes(String code) {
        draft(code);
        return changes.findByCourseCodeOrderByIdDesc(code);
    }

    /** The draft's files, or the published version's when there is no draft. */
    Map<String, byte[]> export(String code) {
        if (drafts.existsById(code)) {
            return contents(code);
        }
        return publishedFiles(versions.findCurrent(code)
                .orElseThrow(() -> ProblemException.notFound("Course " + code)));
    }

    Optional<byte[]> asset(String code, String name) {
        return files.findByCourseCodeAndPath(code, CoursePaths.ASSETS + name).map(DraftFile::content);
    }

    /**
     * A course folder as a ZIP becomes the draft of its course (created, or replacing the files of the draft at
     * {@code version}). Everything is checked first; with any problem nothing changes.
     */
    @Transactional
    Imported importZip(byte[] zip, @Nullable Long version, Author who) {
        ContentProblems problems = new ContentProblems();
        CourseZip.Contents contents = CourseZip.read(zip, problems);
        List<ContentProblem> found = new ArrayList<>(problems.sorted());
        if (found.isEmpty()) {
            found.addAll(checker.check(contents.code(), contents.files()).problems());
        }
        if (!found.isEmpty()) {
            throw invalid("The ZIP was not imported; nothing was changed", found);
        }
        String code = contents.code();
        Optional<CourseDraft> existing = drafts.findById(code);
        if (existing.isPresent()) {
            if (version == null) {
                throw ProblemException.conflict("Course '" + code + "' already has a draft (version "
                        + existing.get().version() + "); send ?version=" + existing.get().version()
                        + " to replace its files with the ZIP's");
            }
            CourseDraft draft = claim(code, version, "the whole draft");
            files.deleteByCourseCode(code);
            contents.files().forEach((path, bytes) -> files.save(new DraftFile(null, code, path, bytes)));
            return new Imported(changed(draft, who, Action.IMPORT, null, contents.files().size() + " files"), false);
        }
        Course course = checker.check(code, contents.files()).course().orElseThrow();
        Instant now = Instant.now();
        drafts.save(new CourseDraft(code, DraftState.DRAFT, course.title().vi(), course.title().en(), 1,
                versions.findCurrent(code).map(CourseVersion::id).orElse(null), who.id(), now, who.id(),
                who.username(), now, null, null));
        contents.files().forEach((path, bytes) -> files.save(new DraftFile(null, code, path, bytes)));
        edited(code, who, Action.IMPORT, null, contents.files().size() + " files");
        return new Imported(view(code, who), true);
    }

    record Imported(DraftView draft, boolean created) {
    }

    private CourseDraft draft(String code) {
        return drafts.findById(code).orElseThrow(() -> ProblemException.notFound("The draft of course " + code));
    }

    /**
     * Checks that the change was made on the draft as it is now and takes the next version, or answers 409 naming
     * what was being changed and who changed the draft in between.
     */
    private CourseDraft claim(String code, long version, String item) {
        CourseDraft draft = draft(code);
        if (draft.state() == DraftState.IN_REVIEW && !item.equals("the draft")) {
            throw ProblemException.conflict("Course '" + code + "' is waiting for review, so " + item + " cannot be "
                    + "changed now; a reviewer can send it back for changes");
        }
        if (draft.version() != version || drafts.claim(code, version) == 0) {
            CourseDraft now = draft(code);
            throw ProblemException.conflict("Your change to " + item + " of course '" + code + "' was made on "
                    + "version " + version + " of the draft, but " + now.updatedByName() + " changed it since (now "
                    + "version " + now.version() + ", at " + now.updatedAt() + "). Reload the draft and make your "
                    + "change again; nothing was saved");
        }
        return draft;
    }

    private DraftView changed(CourseDraft draft, Author who, Action action, @Nullable String path,
                              @Nullable String detail) {
        CourseDraft updated = draft.changed(DraftState.DRAFT, who, Instant.now());
        Map<String, byte[]> contents = contents(draft.courseCode());
        Checked checked = checker.check(draft.courseCode(), contents);
        if (checked.course().isPresent() && !checked.course().get().title().vi().isBlank()) {
            updated = updated.titled(checked.course().get().title().vi(), checked.course().get().title().en());
        }
        updated = drafts.update(updated);
        addEditor(draft.courseCode(), who);
        log(draft.courseCode(), who, action, path, detail);
        return view(updated, contents, checked, who);
    }

    private void edited(String code, Author who, Action action, @Nullable String path, @Nullable String detail) {
        addEditor(code, who);
        log(code, who, action, path, detail);
    }

    private void addEditor(String code, Author who) {
        if (!editors.existsByCourseCodeAndUserId(code, who.id())) {
            editors.save(new DraftEditor(null, code, who.id()));
        }
    }

    private void log(String code, Author who, Action action, @Nullable String path, @Nullable String detail) {
        changes.save(new CourseChange(null, code, Instant.now(), who.id(), who.username(), action, path,
                detail != null && detail.length() > 1000 ? detail.substring(0, 1000) : detail));
    }

    private Map<String, byte[]> contents(String code) {
        Map<String, byte[]> contents = new TreeMap<>();
        files.findByCourseCodeOrderByPath(code).forEach(f -> contents.put(f.path(), f.content()));
        return contents;
    }

    private DraftView view(CourseDraft draft, Map<String, byte[]> contents, Checked checked, Author viewer) {
        Integer published = versions.findCurrent(draft.courseCode()).map(CourseVersion::versionNo).orElse(null);
        List<FileEntry> entries = contents.entrySet().stream()
                .map(e -> new FileEntry(e.getKey(), e.getValue().length, CoursePaths.isText(e.getKey()))).toList();
        boolean canApprove = draft.state() == DraftState.IN_REVIEW
                && !editors.existsByCourseCodeAndUserId(draft.courseCode(), viewer.id());
        return new DraftView(draft.courseCode(), new LocalizedText(draft.titleVi(), draft.titleEn()), draft.state(),
                draft.version(), published, draft.updatedAt(), draft.updatedByName(), draft.submittedAt(), canApprove,
                entries, checked.problems(), checked.course().map(Drafts::outline).orElse(List.of()),
                checked.course().map(Drafts::drills).orElse(List.of()));
    }

    private static List<OutlineModule> outline(Course course) {
        Map<String, Lesson> lessons = course.lessons().stream()
                .collect(Collectors.toMap(Lesson::id, Function.identity(), (a, b) -> a));
        return course.modules().stream().map(m -> new OutlineModule(m.id(), m.title(), m.lessons().stream()
                .map(id -> new OutlineLesson(id, Optional.ofNullable(lessons.get(id)).map(Lesson::title)
                        .orElse(new LocalizedText(id, id)))).toList())).toList();
    }

    private static List<DrillOutline> drills(Course course) {
        return course.drills().stream().map(d -> new DrillOutline(d.id(), d.title(), d.start(), d.steps().stream()
                .map(s -> new DrillStep(s.id(), s.situation(), s.options().stream()
                        .map(o -> new DrillOption(o.id(), o.text(), o.points(), o.next())).toList()))
                .toList())).toList();
    }

    /** The files of a published version: its own when published here, the content folder's otherwise. */
    private Map<String, byte[]> publishedFiles(CourseVersion version) {
        Map<String, byte[]> result = new LinkedHashMap<>();
        if (version.isAuthored()) {
            versionFiles.findByCourseVersionIdOrderByPath(version.id()).forEach(f -> result.put(f.path(), f.content()));
            return result;
        }
        Path folder = content.root().resolve("courses").resolve(version.courseCode());
        if (!Files.isDirectory(folder) || !CurriculumReader.fingerprint(folder).equals(version.contentHash())) {
            throw ProblemException.conflict("The files of course '" + version.courseCode() + "' in the content "
                    + "folder are not those of its published version " + version.versionNo() + "; restart the "
                    + "platform to import them first");
        }
        try (Stream<Path> walk = Files.walk(folder)) {
            for (Path file : walk.filter(Files::isRegularFile).sorted().toList()) {
                result.put(folder.relativize(file).toString().replace('\\', '/'), Files.readAllBytes(file));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return result;
    }

    static ProblemException invalid(String what, List<ContentProblem> problems) {
        List<FieldError> errors = problems.stream().map(p -> FieldError.atRow(p.line(), p.file(), p.message()))
                .toList();
        String first = problems.isEmpty() ? "course.yaml cannot be read" : problems.get(0).toString();
        return new ProblemException(HttpStatus.BAD_REQUEST, "invalid-content", what + " (" + problems.size()
                + (problems.size() == 1 ? " problem" : " problems") + ", the first: " + first + ")", errors);
    }
}
