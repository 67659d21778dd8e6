import io.micronaut.context.ApplicationContext;
import vn.ttcs.learn.certification.AttainedCompetency;
import vn.ttcs.learn.certification.Certificate;
import vn.ttcs.learn.certification.CertificateIssuer;
import vn.ttcs.learn.content.model.Level;

import javax.sql.DataSource;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Certificate issue measured in process: the platform's own {@link CertificateIssuer#issue} (look-ups, PDF render
 * with the subset font, CMS signature, number allocation and the insert into MySQL) called directly in a Micronaut
 * context started on the bench database, with the platform's jar on the class path. No HTTP in the way: the figure is
 * the cost of issuing, which the learning flow pays once per certificate.
 *
 * <p>{@code sample <out.pdf>}: issues one certificate to the first administrator, writes its signed PDF (the bytes every
 * generated certificate then carries) and deletes it again.
 * <p>{@code bench <runs> <perRun> <warmup>}: after warm-up, each run issues {@code perRun} certificates on one thread
 * (median latency) and {@code perRun} on two threads (rate); prints one line per run. Certificates it issued are deleted
 * at the end so that the data set stays as generated.
 */
public class IssueBench {

    record DirectDataSource(String url, String user, String password) implements DataSource {
        public Connection getConnection() throws java.sql.SQLException {
            return java.sql.DriverManager.getConnection(url, user, password == null ? "" : password);
        }
        public Connection getConnection(String u, String p) throws java.sql.SQLException {
            return java.sql.DriverManager.getConnection(url, u, p);
        }
        public java.io.PrintWriter getLogWriter() { return null; }
        public void setLogWriter(java.io.PrintWriter out) { }
        public void setLoginTimeout(int seconds) { }
        public int getLoginTimeout() { return 0; }
        public java.util.logging.Logger getParentLogger() { return java.util.logging.Logger.getGlobal(); }
        public <T> T unwrap(Class<T> type) { throw new UnsupportedOperationException(); }
        public boolean isWrapperFor(Class<?> type) { return false; }
    }

    record Target(long userId, long versionId, List<AttainedCompetency> attained) {}

    public static void main(String[] args) throws Exception {
        try (ApplicationContext context = ApplicationContext.run()) {
            CertificateIssuer issuer = context.getBean(CertificateIssuer.class);
            // a plain connection of its own: the context's DataSource hands out connections only inside transactions
            DataSource data = new DirectDataSource(System.getenv("TTCS_DB_URL"), System.getenv("TTCS_DB_USER"),
                    System.getenv("TTCS_DB_PASSWORD"));
            long firstId;
            try (Connection c = data.getConnection(); Statement s = c.createStatement();
                 ResultSet r = s.executeQuery("SELECT COALESCE(MAX(id), 0) + 1 FROM certificate_number")) {
                r.next();
                firstId = r.getLong(1);
            }
            try {
                if (args[0].equals("sample")) {
                    Target target = targets(data, 1, true).get(0);
                    Certificate certificate = issuer.issue(target.userId(), target.versionId(), target.attained(), null);
                    try (Connection c = data.getConnection();
                         PreparedStatement p = c.prepareStatement("SELECT pdf FROM certificate WHERE id = ?")) {
                        p.setLong(1, certificate.id());
                        try (ResultSet r = p.executeQuery()) {
                            r.next();
                            Files.write(Path.of(args[1]), r.getBytes(1));
                        }
                    }
                    System.out.println("sample certificate " + certificate.number() + " written to " + args[1]);
                } else {
                    bench(issuer, data, Integer.parseInt(args[1]), Integer.parseInt(args[2]), Integer.parseInt(args[3]));
                }
            } finally {
                try (Connection c = data.getConnection();
                     PreparedStatement p = c.prepareStatement("DELETE FROM certificate WHERE id >= ?")) {
                    p.setLong(1, firstId);
                    System.out.println("removed " + p.executeUpdate() + " certificates issued by the benchmark");
                }
            }
        }
    }

    static void bench(CertificateIssuer issuer, DataSource data, int runs, int perRun, int warmup) throws Exception {
        List<Target> targets = targets(data, warmup + runs * perRun * 2, false);
        AtomicInteger next = new AtomicInteger();
        for (int i = 0; i < warmup; i++) {
            issue(issuer, targets.get(next.getAndIncrement()));
        }
        ExecutorService two = Executors.newFixedThreadPool(2);
        // the wall-clock window of the measurement, for the profile summary (UTC, as JFR prints it here)
        System.out.println("MEASURE_FROM " + java.time.LocalTime.now(java.time.ZoneOffset.UTC).withNano(0));
        for (int run = 1; run <= runs; run++) {
            double[] millis = new double[perRun];
            for (int i = 0; i < perRun; i++) {
                long t0 = System.nanoTime();
                issue(issuer, targets.get(next.getAndIncrement()));
                millis[i] = (System.nanoTime() - t0) / 1e6;
            }
            Arrays.sort(millis);
            long t0 = System.nanoTime();
            List<Future<?>> done = new ArrayList<>();
            for (int i = 0; i < perRun; i++) {
                Target target = targets.get(next.getAndIncrement());
                done.add(two.submit(() -> issue(issuer, target)));
            }
            for (Future<?> f : done) f.get();
            double seconds = (System.nanoTime() - t0) / 1e9;
            System.out.printf("RESULT run=%d median_ms=%.2f p95_ms=%.2f rate_per_s=%.1f%n", run, millis[perRun / 2],
                    millis[(int) (perRun * 0.95)], perRun / seconds);
        }
        two.shutdown();
        System.out.println("MEASURE_TO " + java.time.LocalTime.now(java.time.ZoneOffset.UTC).withNano(0));
    }

    static void issue(CertificateIssuer issuer, Target target) {
        Certificate c = issuer.issue(target.userId(), target.versionId(), target.attained(), null);
        if (c.pdfSha256() == null || c.pdfSha256().length() != 64) {
            throw new IllegalStateException("certificate " + c.number() + " has no signed PDF");
        }
    }

    /**
     * Enrolments of non-reserved bench trainees whose lessons are not all done (the generator gives those no
     * certificate), read along the unique (user, course) index so that the query stays cheap on 443,000 enrolments;
     * or the administrator, for a sample.
     */
    static List<Target> targets(DataSource data, int count, boolean administrator) throws Exception {
        String sql = administrator
                ? "SELECT u.id, v.id, v.definition FROM app_user u JOIN user_role r ON r.user_id = u.id AND r.role = 'ADMIN'"
                  + " CROSS JOIN course co JOIN course_version v ON v.id = co.current_version_id ORDER BY u.id, co.code LIMIT ?"
                : "SELECT e.user_id, e.course_version_id, v.definition FROM (SELECT user_id, course_version_id FROM enrolment"
                  + " WHERE user_id > (SELECT CAST(value AS SIGNED) FROM bench_meta WHERE name = 'first_user')"
                  + " + (SELECT CAST(value AS SIGNED) FROM bench_meta WHERE name = 'reserved')"
                  + " AND completed_at IS NULL ORDER BY user_id, course_code LIMIT ?) e"
                  + " JOIN course_version v ON v.id = e.course_version_id";
        List<Target> targets = new ArrayList<>();
        try (Connection c = data.getConnection(); PreparedStatement p = c.prepareStatement(sql)) {
            p.setInt(1, count);
            try (ResultSet r = p.executeQuery()) {
                while (r.next()) {
                    List<AttainedCompetency> attained = new ArrayList<>();
                    var definition = (java.util.Map<?, ?>) new org.yaml.snakeyaml.Yaml().load(r.getString(3));
                    for (Object code : (List<?>) definition.get("competencies")) {
                        attained.add(new AttainedCompetency(code.toString(), Level.FOUNDATION));
                    }
                    targets.add(new Target(r.getLong(1), r.getLong(2), attained));
                }
            }
        }
        if (targets.size() < count) {
            throw new IllegalStateException("only " + targets.size() + " enrolments without a certificate, " + count + " needed");
        }
        return targets;
    }
}
