package vn.ttcs.learn.learning;

/** Keeps only harmless HTML: whatever the input, nothing in the output can run script. */
public interface HtmlSanitiser {

    /**
     * @param ownAssetPrefix images may come from this URL prefix (the course's own assets) or from https
     */
    String sanitise(String html, String ownAssetPrefix);
}
