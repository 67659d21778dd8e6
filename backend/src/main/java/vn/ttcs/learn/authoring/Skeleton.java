package vn.ttcs.learn.authoring;

import io.micronaut.core.annotation.Nullable;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The files of a new course: a valid course folder with one module and one lesson, to be filled in. It has no
 * certification rule yet; a trainer adds the quizzes and the rule as the course grows.
 */
final class Skeleton {

    static final String FIRST_LESSON = "l01-gioi-thieu";

    private Skeleton() {
    }

    static Map<String, byte[]> files(String code, String titleVi, String titleEn, String competency) {
        Map<String, byte[]> files = new LinkedHashMap<>();
        files.put(CoursePaths.COURSE_FILE, utf8("""
                code: %s
                title:
                  vi: %s
                  en: %s
                summary:
                  vi: %s
                  en: %s
                track: FOUNDATIONS
                level: FOUNDATION
                language: vi
                durationMinutes: 30
                objectives:
                  - vi: Nêu được mục tiêu của khóa học.
                    en: State what the course is for.
                competencies: [%s]
                prerequisites: []
                sources: []
                modules:
                  - id: m1
                    title:
                      vi: Học phần 1
                      en: Module 1
                    lessons:
                      - %s
                """.formatted(code, OutlineEdit.scalar(titleVi), OutlineEdit.scalar(titleEn),
                OutlineEdit.scalar(titleVi), OutlineEdit.scalar(titleEn), competency, FIRST_LESSON)));
        files.put("lessons/" + FIRST_LESSON + ".md", utf8("""
                ---
                id: %s
                title:
                  vi: Giới thiệu
                  en: Introduction
                durationMinutes: 10
                competencies: [%s]
                ---
                ## Mục tiêu

                Viết nội dung bài học ở đây.
                """.formatted(FIRST_LESSON, competency)));
        return files;
    }

    static byte[] utf8(@Nullable String text) {
        return (text == null ? "" : text).getBytes(StandardCharsets.UTF_8);
    }
}
