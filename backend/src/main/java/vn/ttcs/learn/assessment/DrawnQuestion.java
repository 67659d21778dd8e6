package vn.ttcs.learn.assessment;

import io.micronaut.serde.annotation.Serdeable;

import java.util.List;

/** A question drawn for an attempt, with its option ids in the order this attempt shows them. */
@Serdeable
record DrawnQuestion(String id, List<String> options) {
}
