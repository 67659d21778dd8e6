package vn.ttcs.learn.shared;

import java.text.Normalizer;
import java.util.Locale;

/** Text compared the way people type a search: case and Vietnamese diacritics do not matter. */
public final class SearchText {

    private SearchText() {
    }

    /** "Hà Nội" and "ha noi" fold to the same text: lower case, without diacritics, đ as d. */
    public static String fold(String text) {
        String decomposed = Normalizer.normalize(text.toLowerCase(Locale.ROOT), Normalizer.Form.NFD);
        return decomposed.replaceAll("\\p{M}", "").replace('đ', 'd');
    }

    /** Whether {@code haystack}, folded, contains {@code query}, folded; a blank query matches everything. */
    public static boolean matches(String haystack, String query) {
        return query == null || query.isBlank() || fold(haystack).contains(fold(query.strip()));
    }
}
