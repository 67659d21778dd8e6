package vn.ttcs.learn.authoring;

/** Where a draft is in the workflow: being written, waiting for another trainer's approval, or published as is. */
public enum DraftState {
    DRAFT, IN_REVIEW, PUBLISHED
}
