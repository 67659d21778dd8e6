package vn.ttcs.learn.content.model;

/**
 * The curriculum as authored in {@code content/}: plain records, read by
 * {@link vn.ttcs.learn.content.CurriculumReader} and checked by {@link vn.ttcs.learn.content.CurriculumValidator}.
 * Enumerations used across the model live here.
 */
public final class Definitions {

    public enum Track { FOUNDATIONS, PRESS, CRISIS, DIGITAL, EVALUATION }

    public enum QuestionType { SINGLE_CHOICE, MULTIPLE_CHOICE, TRUE_FALSE, ORDERING }

    public enum QuizKind { PRACTICE, FINAL, RECERTIFICATION }

    public enum SubmissionKind { TEXT, FILE, TEXT_OR_FILE }

    public enum GcsStage { INSIGHT, IDEAS, IMPLEMENTATION, IMPACT }

    public enum MciFunction {
        RESEARCH_DATA, MARKETING_BRANDING, MESSAGING_ENGAGEMENT, COMMUNITY_ENGAGEMENT, STRATEGIC_COMMUNICATION
    }

    private Definitions() {
    }
}
