package vn.ttcs.learn.authoring;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

/** Someone who changed a draft since it was created or last published: they may not approve it. */
@MappedEntity("course_draft_editor")
record DraftEditor(@Id @GeneratedValue @Nullable Long id, String courseCode, long userId) {
}
