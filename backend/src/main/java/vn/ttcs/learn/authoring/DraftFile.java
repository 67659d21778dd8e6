package vn.ttcs.learn.authoring;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

/** A file of a draft, by its path in the course folder ({@code course.yaml}, {@code lessons/assets/so-do.png}). */
@MappedEntity("course_draft_file")
record DraftFile(@Id @GeneratedValue @Nullable Long id, String courseCode, String path, byte[] content) {

    DraftFile withContent(byte[] newContent) {
        return new DraftFile(id, courseCode, path, newContent);
    }
}
