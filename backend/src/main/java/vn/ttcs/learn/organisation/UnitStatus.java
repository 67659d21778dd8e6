package vn.ttcs.learn.organisation;

/** A merged unit no longer takes new users but stays readable for historical records. */
public enum UnitStatus {
    ACTIVE, MERGED
}
