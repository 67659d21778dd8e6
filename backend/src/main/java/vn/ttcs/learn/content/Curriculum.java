package vn.ttcs.learn.content;

import vn.ttcs.learn.content.model.Course;
import vn.ttcs.learn.content.model.Framework;

import java.util.List;
import java.util.Map;

/**
 * A content folder as read: the framework and the courses, the raw bytes behind each course (for change detection)
 * and where everything came from.
 */
public record Curriculum(Framework framework, List<Course> courses, Map<String, String> courseHashes,
                         SourcePositions positions) {
}
