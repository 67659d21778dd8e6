package vn.ttcs.learn.competency;

import vn.ttcs.learn.content.model.Level;
import vn.ttcs.learn.shared.LocalizedText;

/** The names of the levels, as in the glossary and content/competencies/framework.yaml. */
public final class Levels {

    private Levels() {
    }

    public static LocalizedText name(Level level) {
        return switch (level) {
            case FOUNDATION -> new LocalizedText("Nền tảng", "Foundation");
            case PRACTITIONER -> new LocalizedText("Thực hành", "Practitioner");
            case ADVANCED -> new LocalizedText("Nâng cao", "Advanced");
        };
    }
}
