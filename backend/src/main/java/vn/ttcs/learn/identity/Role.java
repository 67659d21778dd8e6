package vn.ttcs.learn.identity;

/** What a user may do. A user may hold several roles. */
public enum Role {
    TRAINEE, TRAINER, UNIT_MANAGER, REVIEWER, ADMIN;

    /** Role names as constants, for {@code @Secured}. */
    public static final class Names {
        public static final String TRAINEE = "TRAINEE";
        public static final String TRAINER = "TRAINER";
        public static final String UNIT_MANAGER = "UNIT_MANAGER";
        public static final String REVIEWER = "REVIEWER";
        public static final String ADMIN = "ADMIN";

        private Names() {
        }
    }
}
