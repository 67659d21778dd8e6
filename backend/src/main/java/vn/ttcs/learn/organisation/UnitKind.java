package vn.ttcs.learn.organisation;

/** Bộ, cơ quan ngang bộ, cơ quan thuộc Chính phủ, tỉnh, thành phố trực thuộc trung ương. */
public enum UnitKind {
    MINISTRY, MINISTERIAL_AGENCY, GOVERNMENT_AGENCY, PROVINCE, CITY
}
