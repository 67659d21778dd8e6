import org.yaml.snakeyaml.Yaml;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Fills a TTCS Learn database (already migrated and with its units and courses imported by one start of the platform)
 * with a national-scale data set, deterministic from a seed: trainees spread unevenly over the active units by their
 * registry targets, enrolments, lesson progress, quiz attempts (with competency evidence for passed finals) and
 * certificates (some expired, some revoked), all carrying one shared real signed PDF.
 *
 * <p>Rows are written as tab-separated files and loaded with LOAD DATA LOCAL INFILE, foreign-key checks off for the
 * session (every key is generated consistent). Run with the platform's jar on the class path (Connector/J, SnakeYAML,
 * BCrypt): {@code java -cp backend/target/ttcs-learn.jar bench/src/Generator.java <jdbc-url> <pdf> [key=value...]}.
 *
 * <p>The first {@code reserved} trainees ({@code bench.t000001} ...) are kept clean for the benchmarks: enrolled in every
 * course, nothing read, no attempt, no certificate.
 */
public class Generator {

    static final String PASSWORD = "Bench-password-2026";
    static final String[] FAMILY = {"Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ", "Võ", "Đặng",
            "Bùi", "Đỗ", "Hồ", "Ngô", "Dương", "Lý"};
    static final String[] MIDDLE = {"Thị", "Văn", "Đức", "Minh", "Ngọc", "Thanh", "Hữu", "Quang", "Thu", "Hoài"};
    static final String[] GIVEN = {"Lan", "Hùng", "Hương", "Dũng", "Mai", "Tuấn", "Hoa", "Nam", "Linh", "Anh", "Thảo",
            "Trang", "Huy", "Phương", "Hà", "Long", "Yến", "Sơn", "Khánh", "Đạt"};
    static final String[] TITLES = {"Chuyên viên", "Chuyên viên chính", "Phó Trưởng phòng", "Trưởng phòng",
            "Cán bộ truyền thông"};

    record Lesson(String key, boolean required) {}
    record CourseV(long id, String code, String titleVi, String titleEn, String level, List<Lesson> lessons,
                   List<String> competencies, int validityMonths, Map<String, List<String>> bank) {}
    record UnitRow(String code, String nameVi, String nameEn, int weight) {}

    final Map<String, String> opt = new LinkedHashMap<>();
    final SplittableRandom rnd;
    final LocalDateTime asOf;
    final Path dir;

    Generator(String[] args) {
        opt.put("seed", "20261201");
        opt.put("trainees", "200000");
        opt.put("progress", "2000000");
        opt.put("attempts", "600000");
        opt.put("certificates", "100000");
        opt.put("reserved", "3000");
        opt.put("asOf", "2026-12-01T00:00:00");
        opt.put("work", "bench/work/data");
        for (int i = 2; i < args.length; i++) {
            String[] kv = args[i].split("=", 2);
            opt.put(kv[0], kv[1]);
        }
        rnd = new SplittableRandom(Long.parseLong(opt.get("seed")));
        asOf = LocalDateTime.parse(opt.get("asOf"));
        dir = Path.of(opt.get("work"));
    }

    int n(String key) {
        return Integer.parseInt(opt.get(key));
    }

    public static void main(String[] args) throws Exception {
        long t0 = System.nanoTime();
        Generator g = new Generator(args);
        Files.createDirectories(g.dir);
        byte[] pdf = Files.readAllBytes(Path.of(args[1]));
        try (Connection c = DriverManager.getConnection(args[0])) {
            g.run(c, pdf);
        }
        System.out.printf("generated in %.1f s%n", (System.nanoTime() - t0) / 1e9);
    }

    void run(Connection c, byte[] pdf) throws Exception {
        try (Statement s = c.createStatement()) {
            s.execute("SET foreign_key_checks = 0");
            s.execute("SET unique_checks = 0");
        }
        List<UnitRow> units = units(c);
        List<CourseV> courses = courses(c);
        String[] issuer = issuer(c);
        long firstUser = scalar(c, "SELECT COALESCE(MAX(id), 0) + 1 FROM app_user");
        long firstEnrolment = scalar(c, "SELECT COALESCE(MAX(id), 0) + 1 FROM enrolment");
        long firstProgress = scalar(c, "SELECT COALESCE(MAX(id), 0) + 1 FROM lesson_progress");
        long firstAttempt = scalar(c, "SELECT COALESCE(MAX(id), 0) + 1 FROM quiz_attempt");
        long firstEvidence = scalar(c, "SELECT COALESCE(MAX(id), 0) + 1 FROM competency_evidence");
        long firstCertificate = scalar(c, "SELECT COALESCE(MAX(id), 0) + 1 FROM certificate_number");
        long firstRole = scalar(c, "SELECT COALESCE(MAX(id), 0) + 1 FROM user_role");
        // one real BCrypt hash at the platform's cost (12), as the platform makes it; salt from the seed
        byte[] salt = new byte[16];
        new java.util.Random(Long.parseLong(opt.get("seed"))).nextBytes(salt);
        var version = at.favre.lib.crypto.bcrypt.BCrypt.Version.VERSION_2B;
        String hash = new String(at.favre.lib.crypto.bcrypt.BCrypt.with(version, new java.security.SecureRandom(),
                at.favre.lib.crypto.bcrypt.LongPasswordStrategies.hashSha512(version))
                .hash(12, salt, PASSWORD.getBytes(StandardCharsets.UTF_8)), StandardCharsets.UTF_8);

        // --- trainees, spread by each unit's registry target times a seeded factor (0.3x .. 3x)
        int trainees = n("trainees");
        double[] cumulative = new double[units.size()];
        double sum = 0;
        for (int i = 0; i < units.size(); i++) {
            sum += units.get(i).weight() * Math.exp(rnd.nextDouble(-1.2, 1.1));
            cumulative[i] = sum;
        }
        UnitRow[] unitOf = new UnitRow[trainees + 1];
        String[] nameOf = new String[trainees + 1];
        LocalDateTime[] createdOf = new LocalDateTime[trainees + 1];
        long reviewer = firstUser + trainees;
        try (BufferedWriter users = file("app_user"); BufferedWriter roles = file("user_role")) {
            for (int t = 1; t <= trainees; t++) {
                double x = rnd.nextDouble(sum);
                int u = 0;
                while (cumulative[u] < x) u++;
                unitOf[t] = units.get(u);
                nameOf[t] = FAMILY[rnd.nextInt(FAMILY.length)] + " " + MIDDLE[rnd.nextInt(MIDDLE.length)] + " "
                        + GIVEN[rnd.nextInt(GIVEN.length)];
                createdOf[t] = asOf.minusMinutes(rnd.nextLong(60L * 24 * 365 * 3));
                String username = "bench.t%06d".formatted(t);
                row(users, firstUser + t - 1, username, nameOf[t], username + "@bench.ttcs.gov.vn",
                        TITLES[rnd.nextInt(TITLES.length)], unitOf[t].code(), hash, 1, 0, createdOf[t], createdOf[t], 0);
                row(roles, firstRole + t - 1, firstUser + t - 1, "TRAINEE");
            }
            LocalDateTime created = asOf.minusYears(2);
            row(users, reviewer, "bench.reviewer", "Người rà soát Bench", "bench.reviewer@bench.ttcs.gov.vn", null,
                    issuer[2], hash, 1, 0, created, created, 0);
            row(roles, firstRole + trainees, reviewer, "REVIEWER");
        }

        // --- enrolments: reserved trainees in every course; the others in 0..5 courses (most in 1-2)
        int reserved = n("reserved");
        List<long[]> enrolments = new ArrayList<>(); // {enrolmentId, trainee, courseIndex}
        int[] courseCount = {0, 1, 1, 1, 2, 2, 2, 3, 3, 4, 5};
        for (int t = 1; t <= trainees; t++) {
            int k = t <= reserved ? courses.size() : Math.min(courses.size(), courseCount[rnd.nextInt(courseCount.length)]);
            int start = rnd.nextInt(courses.size());
            for (int j = 0; j < k; j++) {
                enrolments.add(new long[]{firstEnrolment + enrolments.size(), t, (start + j) % courses.size()});
            }
        }
        int e = enrolments.size();
        // --- how many lessons each enrolment has done: certificate holders all, reserved none, others drawn
        int certificates = n("certificates");
        boolean[] certified = new boolean[e];
        int[] done = new int[e];
        int holders = 0;
        long open = enrolments.stream().filter(en -> en[1] > reserved).count();
        double chance = 1.02 * certificates / open;
        for (int i = 0; i < e && holders < certificates; i++) {
            if (enrolments.get(i)[1] > reserved && rnd.nextDouble() < chance) {
                certified[i] = true;
                holders++;
            }
        }
        for (int i = e - 1; i >= 0 && holders < certificates; i--) {
            if (enrolments.get(i)[1] > reserved && !certified[i]) {
                certified[i] = true;
                holders++;
            }
        }
        if (holders < certificates) throw new IllegalStateException("too few enrolments for " + certificates + " certificates");
        long progressTarget = n("progress");
        long progress = 0;
        for (int i = 0; i < e; i++) {
            int lessons = courses.get((int) enrolments.get(i)[2]).lessons().size();
            if (certified[i]) done[i] = lessons;
            else if (enrolments.get(i)[1] > reserved) done[i] = rnd.nextInt(lessons + 1);
            progress += done[i];
        }
        while (progress != progressTarget) {
            int i = rnd.nextInt(e);
            if (certified[i] || enrolments.get(i)[1] <= reserved) continue;
            int lessons = courses.get((int) enrolments.get(i)[2]).lessons().size();
            if (progress < progressTarget && done[i] < lessons) { done[i]++; progress++; }
            else if (progress > progressTarget && done[i] > 0) { done[i]--; progress--; }
        }
        // --- quiz attempts: certificate holders have passed the final; others who read at least half try the
        // practice quiz and the final; counts adjusted to the exact total
        int attemptTarget = n("attempts");
        int[] practice = new int[e];
        int[] finals = new int[e];
        long attempts = 0;
        for (int i = 0; i < e; i++) {
            if (enrolments.get(i)[1] <= reserved) continue;
            int lessons = courses.get((int) enrolments.get(i)[2]).lessons().size();
            if (certified[i]) { finals[i] = 1 + rnd.nextInt(2); practice[i] = rnd.nextInt(2); }
            else if (done[i] * 2 >= lessons) { practice[i] = rnd.nextInt(2); finals[i] = rnd.nextInt(3); }
            attempts += practice[i] + finals[i];
        }
        while (attempts != attemptTarget) {
            int i = rnd.nextInt(e);
            if (enrolments.get(i)[1] <= reserved || done[i] == 0) continue;
            if (attempts < attemptTarget) {
                if (finals[i] < 3 && !certified[i]) finals[i]++; else practice[i]++;
                attempts++;
            } else if (practice[i] > 0) { practice[i]--; attempts--; }
            else if (finals[i] > (certified[i] ? 1 : 0)) { finals[i]--; attempts--; }
        }

        long progressId = firstProgress, attemptId = firstAttempt, evidenceId = firstEvidence;
        long certificateId = firstCertificate;
        int certificatesWritten = 0;
        HexFormat hex = HexFormat.of();
        String pdfSha = hex.formatHex(MessageDigest.getInstance("SHA-256").digest(pdf));
        try (BufferedWriter enr = file("enrolment"); BufferedWriter prog = file("lesson_progress");
             BufferedWriter att = file("quiz_attempt"); BufferedWriter evi = file("competency_evidence");
             BufferedWriter cer = file("certificate"); BufferedWriter num = file("certificate_number")) {
            for (int i = 0; i < e; i++) {
                long[] en = enrolments.get(i);
                int t = (int) en[1];
                long userId = firstUser + t - 1;
                CourseV course = courses.get((int) en[2]);
                LocalDateTime enrolled = createdOf[t].plusMinutes(rnd.nextLong(60L * 24 * 60));
                if (enrolled.isAfter(asOf)) enrolled = asOf.minusHours(1);
                LocalDateTime at = enrolled;
                LocalDateTime completed = null;
                String last = null;
                for (int l = 0; l < done[i]; l++) {
                    at = min(at.plusMinutes(20 + rnd.nextLong(60L * 24 * 3)), asOf);
                    Lesson lesson = course.lessons().get(l);
                    row(prog, progressId++, en[0], course.id(), lesson.key(), at, at);
                    last = lesson.key();
                }
                if (done[i] == course.lessons().size()) completed = at;
                row(enr, en[0], userId, course.code(), course.id(), null, null, enrolled, completed, last);
                int attemptNo = 0;
                for (int a = 0; a < practice[i]; a++) {
                    at = min(at.plusMinutes(5 + rnd.nextLong(60L * 24)), asOf);
                    attempt(att, attemptId++, en[0], userId, course, "luyen-tap", ++attemptNo, at, rnd.nextInt(101), 60);
                }
                attemptNo = 0;
                LocalDateTime passedAt = null;
                long passedAttempt = 0;
                for (int a = 0; a < finals[i]; a++) {
                    at = min(at.plusMinutes(5 + rnd.nextLong(60L * 24)), asOf);
                    boolean last1 = a == finals[i] - 1;
                    int score = certified[i] && last1 ? 70 + rnd.nextInt(31) : rnd.nextInt(70);
                    long id = attemptId++;
                    attempt(att, id, en[0], userId, course, "final", ++attemptNo, at, score, 70);
                    if (score >= 70) { passedAt = at; passedAttempt = id; }
                }
                if (passedAt != null) {
                    for (String standard : course.competencies()) {
                        row(evi, evidenceId++, userId, standard, course.level(), "QUIZ_ATTEMPT", passedAttempt, course.id(),
                                80, passedAt);
                    }
                }
                if (certified[i] && certificatesWritten < certificates) {
                    certificatesWritten++;
                    long id = certificateId++;
                    // trainees registered over three years: certificates issued more than 24 months ago have expired
                    LocalDateTime issued = min(passedAt.plusMinutes(1), asOf);
                    LocalDateTime expires = issued.plusMonths(course.validityMonths());
                    boolean revoked = rnd.nextInt(100) < 2;
                    StringBuilder comps = new StringBuilder("[");
                    for (String standard : course.competencies()) {
                        if (comps.length() > 1) comps.append(',');
                        comps.append("{\"code\":\"").append(standard).append("\",\"level\":\"").append(course.level())
                                .append("\",\"name\":{\"vi\":\"").append(standard).append("\",\"en\":\"").append(standard)
                                .append("\"}}");
                    }
                    comps.append(']');
                    String code = verificationCode();
                    row(num, id, issued);
                    row(cer, id, "TTCS-%d-%06d".formatted(issued.getYear(), id), code,
                            "ORIGINAL:" + userId + ":" + course.id(), userId, nameOf[t], unitOf[t].code(),
                            unitOf[t].nameVi(), unitOf[t].nameEn(), course.code(), course.id(), course.titleVi(),
                            course.titleEn(), issuer[0], issuer[1], comps, issued, expires, null, null,
                            revoked ? issued.plusDays(30) : null, revoked ? reviewer : null,
                            revoked ? "Bench: thu hồi do cấp nhầm" : null, pdfSha);
                }
            }
        }
        System.out.printf("units %d, trainees %d (+1 reviewer), enrolments %d, lesson progress %d, quiz attempts %d,"
                        + " evidence %d, certificates %d%n", units.size(), trainees, e, progressId - firstProgress,
                attemptId - firstAttempt, evidenceId - firstEvidence, certificatesWritten);

        load(c, "app_user", "id, username, full_name, email, job_title, unit_code, password_hash, enabled, "
                + "must_change_password, created_at, updated_at, version", "");
        load(c, "user_role", "id, user_id, role", "");
        load(c, "enrolment", "id, user_id, course_code, course_version_id, assigned_by, due_on, enrolled_at, "
                + "completed_at, last_lesson_key", "");
        load(c, "lesson_progress", "id, enrolment_id, course_version_id, lesson_key, last_opened_at, done_at", "");
        load(c, "quiz_attempt", "id, enrolment_id, user_id, course_version_id, quiz_id, attempt_no, status, questions, "
                + "started_at, deadline, submitted_at, score_percent, passed, submission_key, answers", "");
        load(c, "competency_evidence", "id, user_id, standard_code, level, source_kind, source_id, course_version_id, "
                + "score_percent, recorded_at", "");
        load(c, "certificate_number", "id, allocated_at", "");
        try (PreparedStatement p = c.prepareStatement("SET @pdf = ?")) {
            p.setBytes(1, pdf);
            p.execute();
        }
        load(c, "certificate", "id, number, verification_code, issue_key, user_id, holder_name, unit_code, unit_name_vi, "
                + "unit_name_en, course_code, course_version_id, course_title_vi, course_title_en, issuer_name_vi, "
                + "issuer_name_en, competencies, issued_at, expires_at, renewal_of, supersedes, revoked_at, revoked_by, "
                + "revocation_reason, pdf_sha256", " SET pdf = @pdf");
        try (Statement s = c.createStatement()) {
            s.execute("CREATE TABLE IF NOT EXISTS bench_meta (name VARCHAR(64) PRIMARY KEY, value VARCHAR(255))");
            s.execute("REPLACE INTO bench_meta VALUES ('seed', '" + opt.get("seed") + "'), ('password', '" + PASSWORD
                    + "'), ('reserved', '" + reserved + "'), ('first_user', '" + firstUser + "'), ('reviewer', '"
                    + reviewer + "'), ('generated_at', NOW())");
            for (String table : List.of("app_user", "enrolment", "lesson_progress", "quiz_attempt", "certificate",
                    "competency_evidence")) {
                s.execute("ANALYZE TABLE " + table);
            }
        }
    }

    void attempt(BufferedWriter w, long id, long enrolment, long user, CourseV course, String quiz, int no,
                 LocalDateTime started, int score, int passMark) throws IOException {
        List<String> ids = course.bank().getOrDefault(quiz, List.of());
        StringBuilder questions = new StringBuilder("[");
        for (int q = 0; q < Math.min(ids.size(), 10); q++) {
            if (q > 0) questions.append(',');
            questions.append("{\"id\":\"").append(ids.get(rnd.nextInt(ids.size()))).append("\",\"options\":[\"a\",\"b\",\"c\",\"d\"]}");
        }
        questions.append(']');
        LocalDateTime submitted = started.plusMinutes(3 + rnd.nextInt(25));
        row(w, id, enrolment, user, course.id(), quiz, no, "SUBMITTED", questions, started,
                quiz.equals("final") ? started.plusMinutes(30) : null, submitted, score, score >= passMark ? 1 : 0,
                "bench-" + id, "[]");
    }

    static LocalDateTime min(LocalDateTime a, LocalDateTime b) {
        return a.isBefore(b) ? a : b;
    }

    String verificationCode() {
        String alphabet = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";
        StringBuilder s = new StringBuilder("BENCH");
        for (int i = 0; i < 16; i++) s.append(alphabet.charAt(rnd.nextInt(alphabet.length())));
        return s.toString();
    }

    BufferedWriter file(String table) throws IOException {
        return Files.newBufferedWriter(dir.resolve(table + ".tsv"), StandardCharsets.UTF_8);
    }

    static void row(BufferedWriter w, Object... values) throws IOException {
        for (int i = 0; i < values.length; i++) {
            if (i > 0) w.write('\t');
            Object v = values[i];
            if (v == null) w.write("\\N");
            else if (v instanceof LocalDateTime d) w.write(d.toString().replace('T', ' '));
            else w.write(v.toString().replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n"));
        }
        w.write('\n');
    }

    void load(Connection c, String table, String columns, String set) throws SQLException {
        long t0 = System.nanoTime();
        String path = dir.resolve(table + ".tsv").toAbsolutePath().toString();
        try (Statement s = c.createStatement()) {
            int rows = s.executeUpdate("LOAD DATA LOCAL INFILE '" + path + "' INTO TABLE " + table
                    + " CHARACTER SET utf8mb4 FIELDS TERMINATED BY '\\t' ESCAPED BY '\\\\' LINES TERMINATED BY '\\n' ("
                    + columns + ")" + set);
            System.out.printf("loaded %-20s %9d rows in %5.1f s%n", table, rows, (System.nanoTime() - t0) / 1e9);
        }
    }

    static long scalar(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet r = s.executeQuery(sql)) {
            r.next();
            return r.getLong(1);
        }
    }

    List<UnitRow> units(Connection c) throws SQLException {
        List<UnitRow> units = new ArrayList<>();
        try (Statement s = c.createStatement(); ResultSet r = s.executeQuery(
                "SELECT code, name_vi, name_en, COALESCE(target, 10) FROM unit WHERE status = 'ACTIVE' ORDER BY code")) {
            while (r.next()) units.add(new UnitRow(r.getString(1), r.getString(2), r.getString(3), r.getInt(4)));
        }
        if (units.isEmpty()) throw new IllegalStateException("no units: start the platform once on this database");
        return units;
    }

    /** {vi, en, code} of the supervising unit: the issuing body printed on certificates. */
    static String[] issuer(Connection c) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet r = s.executeQuery(
                "SELECT name_vi, name_en, code FROM unit WHERE supervising")) {
            r.next();
            return new String[]{r.getString(1), r.getString(2), r.getString(3)};
        }
    }

    @SuppressWarnings("unchecked")
    static List<CourseV> courses(Connection c) throws SQLException {
        List<CourseV> courses = new ArrayList<>();
        try (Statement s = c.createStatement(); ResultSet r = s.executeQuery(
                "SELECT v.id, v.course_code, v.title_vi, v.title_en, v.level, v.definition FROM course co"
                        + " JOIN course_version v ON v.id = co.current_version_id ORDER BY co.code")) {
            while (r.next()) {
                Map<String, Object> definition = new Yaml().load(r.getString(6));
                List<String> competencies = (List<String>) definition.get("competencies");
                Map<String, Object> rule = (Map<String, Object>) definition.get("certification");
                int validity = rule == null ? 24 : ((Number) rule.get("validityMonths")).intValue();
                Map<String, List<String>> bank = new LinkedHashMap<>();
                Object questions = definition.get("questions");
                List<String> ids = new ArrayList<>();
                if (questions instanceof List<?> list) {
                    for (Object q : list) ids.add(String.valueOf(((Map<String, Object>) q).get("id")));
                }
                bank.put("final", ids);
                bank.put("luyen-tap", ids);
                courses.add(new CourseV(r.getLong(1), r.getString(2), r.getString(3), r.getString(4), r.getString(5),
                        new ArrayList<>(), competencies, validity, bank));
            }
        }
        for (CourseV course : courses) {
            try (PreparedStatement p = c.prepareStatement(
                    "SELECT lesson_key, required FROM course_lesson WHERE course_version_id = ? ORDER BY position")) {
                p.setLong(1, course.id());
                try (ResultSet r = p.executeQuery()) {
                    while (r.next()) course.lessons().add(new Lesson(r.getString(1), r.getBoolean(2)));
                }
            }
        }
        return courses;
    }
}
