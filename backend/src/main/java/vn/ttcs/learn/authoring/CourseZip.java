package vn.ttcs.learn.authoring;

import vn.ttcs.learn.content.ContentProblems;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/**
 * A course as a ZIP: one folder named by the course code, holding exactly the files of content/courses/&lt;code&gt;/.
 * Written in path order with a fixed time, so the same files always give the same bytes. Reading stops at limits on
 * entries and sizes (a ZIP bomb costs no more than the limit) and reports every unusable entry as a problem.
 */
final class CourseZip {

    static final int MAX_ENTRIES = 2_000;
    static final long MAX_TOTAL_BYTES = 60L * 1024 * 1024;
    private static final FileTime FIXED_TIME = FileTime.from(Instant.parse("2000-01-01T00:00:00Z"));

    /** The course code (the folder in the ZIP) and its files by path inside the course folder. */
    record Contents(String code, Map<String, byte[]> files) {
    }

    private CourseZip() {
    }

    static byte[] write(String code, Map<String, byte[]> files) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (Map.Entry<String, byte[]> file : new TreeMap<>(files).entrySet()) {
                ZipEntry entry = new ZipEntry(code + "/" + file.getKey());
                entry.setLastModifiedTime(FIXED_TIME);
                entry.setCreationTime(FIXED_TIME);
                entry.setLastAccessTime(FIXED_TIME);
                entry.setTime(FIXED_TIME.toMillis());
                zip.putNextEntry(entry);
                zip.write(file.getValue());
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    /** Reads a ZIP; a problem is recorded for anything that is not one course folder within the limits. */
    static Contents read(byte[] zipBytes, ContentProblems problems) {
        Map<String, byte[]> files = new TreeMap<>();
        String code = null;
        long total = 0;
        int entries = 0;
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(zipBytes))) {
            ZipEntry entry;
            while ((entry = zip.getNextEntry()) != null) {
                if (++entries > MAX_ENTRIES) {
                    problems.add("(zip)", 1, "the ZIP has more than " + MAX_ENTRIES + " entries");
                    break;
                }
                String name = entry.getName().replace('\\', '/');
                if (entry.isDirectory()) {
                    continue;
                }
                int slash = name.indexOf('/');
                String folder = slash < 0 ? "" : name.substring(0, slash);
                String path = slash < 0 ? name : name.substring(slash + 1);
                if (code == null) {
                    code = folder;
                }
                if (folder.isEmpty() || !folder.equals(code)) {
                    problems.add(name, 1, "the ZIP must hold one folder named by the course code, with the course's "
                            + "files inside (as content/courses/<code>/); this entry is outside it");
                    continue;
                }
                byte[] content = readAtMost(zip, CoursePaths.MAX_ASSET_BYTES + 1L);
                total += content.length;
                if (total > MAX_TOTAL_BYTES) {
                    problems.add(name, 1, "the files of the ZIP add up to more than "
                            + MAX_TOTAL_BYTES / (1024 * 1024) + " MB");
                    break;
                }
                CoursePaths.problem(path, content).ifPresentOrElse(p -> problems.add(path, 1, p),
                        () -> files.put(path, content));
            }
        } catch (ZipException e) {
            problems.add("(zip)", 1, "the file is not a readable ZIP: " + e.getMessage());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (code == null || code.isEmpty()) {
            problems.add("(zip)", 1, "the ZIP holds no course folder");
            code = "";
        } else if (!files.containsKey(CoursePaths.COURSE_FILE)) {
            problems.add(CoursePaths.COURSE_FILE, 1, "the course folder has no course.yaml");
        }
        return new Contents(code, files);
    }

    private static byte[] readAtMost(InputStream in, long limit) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[8192];
        long read = 0;
        int n;
        while ((n = in.read(buffer)) > 0 && read < limit) {
            out.write(buffer, 0, n);
            read += n;
        }
        return out.toByteArray();
    }
}
