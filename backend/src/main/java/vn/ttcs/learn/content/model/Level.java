package vn.ttcs.learn.content.model;

/** Cấp độ: Nền tảng, Thực hành, Nâng cao. */
public enum Level {
    FOUNDATION, PRACTITIONER, ADVANCED
}
