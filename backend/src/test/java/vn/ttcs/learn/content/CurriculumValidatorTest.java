package vn.ttcs.learn.content;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Each kind of authoring mistake is reported as {@code file:line: message}, on the line where it was made, and
 * nothing else is reported: the tests edit one thing in a copy of the shipped curriculum, which itself is valid.
 */
class CurriculumValidatorTest {

    private static final String COURSE = "courses/bao-chi-phat-ngon/";
    private static final String QUESTIONS = COURSE + "questions.yaml";
    private static final String FINAL_QUIZ = COURSE + "quizzes/final.yaml";
    private static final String PRACTICE_QUIZ = COURSE + "quizzes/luyen-tap.yaml";
    private static final String FIRST_LESSON = COURSE + "lessons/l01-nguoi-phat-ngon.md";

    @TempDir
    Path dir;

    ContentFolder content;

    @BeforeEach
    void copyTheShippedCurriculum() {
        content = ContentFolder.copyOfShipped(dir.resolve("content"));
    }

    @Test
    void theShippedCurriculumHasNoProblems() {
        assertThat(problems()).isEmpty();
    }

    @Test
    void anUnknownCompetencyCodeIsReportedAtTheQuestionThatUsesIt() {
        content.replaceFirst(QUESTIONS, "competency: LEGAL", "competency: LEGALX");
        assertThat(problems()).singleElement().asString()
                .startsWith(QUESTIONS + ":" + content.lineOf(QUESTIONS, "- id: q01") + ": ")
                .contains("unknown competency code 'LEGALX'");
    }

    @Test
    void aDuplicateQuestionIdNamesBothPlaces() {
        content.replaceFirst(QUESTIONS, "- id: q02", "- id: q01");
        int first = content.lineOf(QUESTIONS, "- id: q01", 1);
        int second = content.lineOf(QUESTIONS, "- id: q01", 2);
        assertThat(problems()).singleElement().asString()
                .isEqualTo(QUESTIONS + ":" + second + ": duplicate question id 'q01' (first defined at line " + first
                        + ")");
    }

    @Test
    void aDuplicateQuizIdIsReported() {
        content.replaceFirst(PRACTICE_QUIZ, "id: luyen-tap", "id: final");
        assertThat(problems()).anySatisfy(p -> assertThat(p.toString())
                .contains("duplicate quiz id 'final' in course 'bao-chi-phat-ngon'"));
    }

    @Test
    void aQuizThatAsksForMoreQuestionsThanItsBankHoldsCannotBeDrawn() {
        content.replaceFirst(FINAL_QUIZ, "{competency: PRESS, count: 7}", "{competency: PRESS, count: 99}");
        assertThat(problems()).singleElement().asString()
                .startsWith(FINAL_QUIZ + ":" + content.lineOf(FINAL_QUIZ, "count: 99") + ": ")
                .contains("asks for 99 PRESS questions, but the bank holds only");
    }

    @Test
    void aDrillOptionLeadingBackToAnEarlierStepIsALoop() {
        String drill = "courses/xu-ly-khung-hoang/drills/video-gia-chinh-sach.yaml";
        content.replaceFirst(drill, "next: s5", "next: s2");
        assertThat(problems()).singleElement().asString()
                .startsWith(drill + ":")
                .contains("option 'a' of step 's4' leads back to step 's2'; a drill must not loop");
    }

    @Test
    void aLinkToALessonThatDoesNotExistIsBroken() {
        String text = content.read(FIRST_LESSON);
        content.write(FIRST_LESSON, text + "\nXem thêm [bài không có](l99-khong-co.md).\n");
        int line = content.lineOf(FIRST_LESSON, "l99-khong-co.md");
        assertThat(problems()).singleElement().asString()
                .isEqualTo(FIRST_LESSON + ":" + line + ": broken lesson link: 'l99-khong-co.md' is not a lesson of "
                        + "course 'bao-chi-phat-ngon'");
    }

    @Test
    void aScriptLinkInALessonIsRefused() {
        String text = content.read(FIRST_LESSON);
        content.write(FIRST_LESSON, text + "\n[bấm vào đây](javascript:alert(1))\n");
        assertThat(problems()).singleElement().asString()
                .isEqualTo(FIRST_LESSON + ":" + content.lineOf(FIRST_LESSON, "javascript:")
                        + ": link 'javascript:alert(1' is not allowed");
    }

    @Test
    void aPassMarkAbove100IsOutOfRange() {
        content.replaceFirst(FINAL_QUIZ, "passMark: 70", "passMark: 170");
        assertThat(problems()).singleElement().asString()
                .isEqualTo(FINAL_QUIZ + ":" + content.lineOf(FINAL_QUIZ, "passMark")
                        + ": 'passMark' is 170, but must be between 0 and 100");
    }

    @Test
    void malformedYamlIsReportedWhereTheParserStops() {
        content.replaceFirst(FINAL_QUIZ, "kind: FINAL", "kind: [FINAL");
        int lineAfterTheUnclosedBracket = content.lineOf(FINAL_QUIZ, "kind: [FINAL") + 1;
        assertThat(problems()).anySatisfy(p -> assertThat(p.toString())
                .startsWith(FINAL_QUIZ + ":" + lineAfterTheUnclosedBracket + ": ")
                .contains("malformed YAML"));
    }

    @Test
    void aLessonWithoutFrontMatterIsMalformed() {
        content.replaceFirst(FIRST_LESSON, "---\n", "");
        assertThat(problems()).anySatisfy(p -> assertThat(p.toString())
                .startsWith(FIRST_LESSON + ":1: malformed front matter"));
    }

    @Test
    void aTitleWithoutItsEnglishTranslationIsReported() {
        content.replaceFirst(FINAL_QUIZ, "  en: Final assessment - Press relations and spokesperson work\n", "");
        assertThat(problems()).singleElement().asString()
                .isEqualTo(FINAL_QUIZ + ":" + content.lineOf(FINAL_QUIZ, "vi: Bài kiểm tra cuối khóa")
                        + ": missing translation: 'title' has no English text (en)");
    }

    @Test
    void aCertificationRuleNamingAMissingAssignmentIsReported() {
        content.delete(COURSE + "assignments/thong-cao.yaml");
        assertThat(problems()).singleElement().asString()
                .contains(COURSE + "course.yaml:")
                .contains("the certification rule requires assignment 'thong-cao', which is not in assignments/");
    }

    @Test
    void theValidateCommandExitsZeroOnTheShippedCurriculum() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exit = ContentValidateCommand.run(new String[] {"content", "validate", ContentFolder.SHIPPED.toString()},
                print(out), print(err));
        assertThat(err.toString(StandardCharsets.UTF_8)).isEmpty();
        assertThat(exit).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("valid (").contains("5 courses");
    }

    @Test
    void theValidateCommandPrintsEveryProblemAndExitsNonZero() {
        content.replaceFirst(FINAL_QUIZ, "passMark: 70", "passMark: 170");
        content.replaceFirst(QUESTIONS, "competency: LEGAL", "competency: LEGALX");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exit = ContentValidateCommand.run(new String[] {"content", "validate", content.root().toString()},
                print(out), print(err));
        assertThat(exit).isEqualTo(1);
        assertThat(err.toString(StandardCharsets.UTF_8).lines())
                .contains(FINAL_QUIZ + ":" + content.lineOf(FINAL_QUIZ, "passMark")
                        + ": 'passMark' is 170, but must be between 0 and 100")
                .anySatisfy(l -> assertThat(l).startsWith(QUESTIONS + ":" + content.lineOf(QUESTIONS, "- id: q01") + ": "
                        + "unknown competency code 'LEGALX'"))
                .contains("2 problem(s) in " + content.root());
    }

    @Test
    void theValidateCommandExplainsItsUsage() {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exit = ContentValidateCommand.run(new String[] {"content", "check"}, print(new ByteArrayOutputStream()),
                print(err));
        assertThat(exit).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("usage: java -jar ttcs-learn.jar content validate");
    }

    private List<ContentProblem> problems() {
        ContentProblems problems = new ContentProblems();
        CurriculumReader.read(content.root(), problems);
        return problems.sorted();
    }

    private static PrintStream print(ByteArrayOutputStream bytes) {
        return new PrintStream(bytes, true, StandardCharsets.UTF_8);
    }
}
