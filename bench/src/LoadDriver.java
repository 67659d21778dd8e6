import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import org.yaml.snakeyaml.Yaml;

import java.io.BufferedWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.Date;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * HTTP load of the bench (run with the platform's jar on the class path, for Connector/J, SnakeYAML and Nimbus):
 * <ul>
 * <li>{@code tokens <jdbc> <jwtSecret> <out.tsv> <firstTrainee> <count>}: opens a session (a user_session row and a
 *     signed access token, exactly what a sign-in makes) for each of the bench trainees and the bench reviewer, so that
 *     benchmarks other than the journey do not spend minutes in BCrypt. Writes {@code token, userId, enrolmentId,
 *     courseCode} per enrolment; the reviewer's token goes to {@code <out.tsv>.reviewer}.</li>
 * <li>{@code quiz <base> <tokens.tsv> <content> <jdbc> <offset> <count> <concurrency>}: starts {@code count} final-quiz
 *     attempts (untimed), then submits all of them, correctly answered, {@code concurrency} at a time, and re-sends one
 *     in ten with the same Idempotency-Key while the first is in flight; then counts in MySQL.</li>
 * <li>{@code journey <base> <content> <firstTrainee> <users> <rampS> <steadyS> <thinkS>}: the trainee journey.</li>
 * </ul>
 */
public class LoadDriver {

    static final String PASSWORD = "Bench-password-2026";
    static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).executor(Executors.newFixedThreadPool(4)).build();

    public static void main(String[] args) throws Exception {
        switch (args[0]) {
            case "tokens" -> tokens(args[1], args[2], Path.of(args[3]), Integer.parseInt(args[4]), Integer.parseInt(args[5]));
            case "quiz" -> quiz(args[1], Path.of(args[2]), Path.of(args[3]), args[4], Integer.parseInt(args[5]),
                    Integer.parseInt(args[6]), Integer.parseInt(args[7]));
            case "journey" -> new Journey(args[1], answerKey(Path.of(args[2])), Integer.parseInt(args[3]),
                    Integer.parseInt(args[4]), Integer.parseInt(args[5]), Integer.parseInt(args[6]),
                    Integer.parseInt(args[7])).run();
            default -> throw new IllegalArgumentException(args[0]);
        }
        System.exit(0);
    }

    // ------------------------------------------------------------------------------------------------ tokens

    static void tokens(String jdbc, String secret, Path out, int first, int count) throws Exception {
        SecureRandom random = new SecureRandom();
        MACSigner signer = new MACSigner(secret.getBytes(StandardCharsets.UTF_8));
        Instant now = Instant.now();
        try (Connection c = DriverManager.getConnection(jdbc);
             BufferedWriter w = Files.newBufferedWriter(out);
             PreparedStatement users = c.prepareStatement("SELECT u.id, u.username, u.unit_code, r.role FROM app_user u"
                     + " JOIN user_role r ON r.user_id = u.id WHERE u.username BETWEEN ? AND ? OR u.username = 'bench.reviewer'"
                     + " ORDER BY u.username");
             PreparedStatement session = c.prepareStatement("INSERT INTO user_session (id, user_id, created_at, expires_at)"
                     + " VALUES (?, ?, ?, ?)");
             PreparedStatement enrolments = c.prepareStatement(
                     "SELECT id, course_code FROM enrolment WHERE user_id = ? ORDER BY course_code")) {
            c.setAutoCommit(false);
            users.setString(1, "bench.t%06d".formatted(first));
            users.setString(2, "bench.t%06d".formatted(first + count - 1));
            try (ResultSet r = users.executeQuery()) {
                while (r.next()) {
                    long id = r.getLong(1);
                    byte[] bytes = new byte[24];
                    random.nextBytes(bytes);
                    String sid = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
                    session.setString(1, sid);
                    session.setLong(2, id);
                    session.setTimestamp(3, Timestamp.from(now));
                    session.setTimestamp(4, Timestamp.from(now.plus(Duration.ofHours(8))));
                    session.executeUpdate();
                    SignedJWT jwt = new SignedJWT(new JWSHeader(JWSAlgorithm.HS256), new JWTClaimsSet.Builder()
                            .subject(r.getString(2)).claim("roles", List.of(r.getString(4))).claim("uid", id)
                            .claim("sid", sid).claim("unit", r.getString(3)).issueTime(Date.from(now))
                            .notBeforeTime(Date.from(now)).expirationTime(Date.from(now.plus(Duration.ofHours(8)))).build());
                    jwt.sign(signer);
                    String token = jwt.serialize();
                    if (r.getString(2).equals("bench.reviewer")) {
                        Files.writeString(Path.of(out + ".reviewer"), token);
                        continue;
                    }
                    enrolments.setLong(1, id);
                    try (ResultSet e = enrolments.executeQuery()) {
                        while (e.next()) w.write(token + "\t" + id + "\t" + e.getLong(1) + "\t" + e.getString(2) + "\n");
                    }
                }
            }
            c.commit();
        }
    }

    // ------------------------------------------------------------------------------------------------ answers

    /** course code → question id → the answer that scores (as the submission body wants it). */
    @SuppressWarnings("unchecked")
    static Map<String, Map<String, String>> answerKey(Path content) throws Exception {
        Map<String, Map<String, String>> key = new HashMap<>();
        try (var dirs = Files.list(content.resolve("courses"))) {
            for (Path course : dirs.toList()) {
                Map<String, String> answers = new HashMap<>();
                Map<String, Object> bank = new Yaml().load(Files.readString(course.resolve("questions.yaml")));
                for (Map<String, Object> q : (List<Map<String, Object>>) bank.get("questions")) {
                    String id = q.get("id").toString();
                    List<Map<String, Object>> options = (List<Map<String, Object>>) q.getOrDefault("options", List.of());
                    String type = q.get("type").toString();
                    String body = switch (type) {
                        case "TRUE_FALSE" -> "\"answer\":" + q.get("answer");
                        case "ORDERING" -> "\"order\":" + ids(options, false);
                        default -> "\"optionIds\":" + ids(options, true);
                    };
                    answers.put(id, "{\"questionId\":\"" + id + "\"," + body + "}");
                }
                key.put(course.getFileName().toString(), answers);
            }
        }
        return key;
    }

    static String ids(List<Map<String, Object>> options, boolean onlyCorrect) {
        List<String> ids = new ArrayList<>();
        for (Map<String, Object> o : options) {
            if (!onlyCorrect || Boolean.TRUE.equals(o.get("correct"))) ids.add("\"" + o.get("id") + "\"");
        }
        return "[" + String.join(",", ids) + "]";
    }

    @SuppressWarnings("unchecked")
    static String answers(Map<String, Map<String, String>> key, String course, Map<String, Object> attempt) {
        List<String> given = new ArrayList<>();
        for (Map<String, Object> q : (List<Map<String, Object>>) attempt.get("questions")) {
            given.add(key.get(course).get(q.get("id").toString()));
        }
        return "{\"answers\":[" + String.join(",", given) + "]}";
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> json(String body) {
        return (Map<String, Object>) new Yaml().load(body);
    }

    static HttpRequest.Builder request(String url, String token) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(60));
        return token == null ? b : b.header("Authorization", "Bearer " + token);
    }

    static HttpRequest.BodyPublisher jsonBody(String body) {
        return HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8);
    }

    // ------------------------------------------------------------------------------------------------ quiz

    record Started(String token, long attemptId, long userId, String body) {}

    static void quiz(String base, Path tokens, Path content, String jdbc, int offset, int count, int concurrency)
            throws Exception {
        Map<String, Map<String, String>> key = answerKey(content);
        List<String[]> rows = Files.readAllLines(tokens).stream().map(l -> l.split("\t")).toList();
        if (offset + count > rows.size()) throw new IllegalStateException("not enough bench enrolments: " + rows.size());
        List<Started> started = Collections.synchronizedList(new ArrayList<>());
        AtomicInteger startErrors = new AtomicInteger();
        Semaphore gate = new Semaphore(8);
        List<CompletableFuture<?>> all = new ArrayList<>();
        for (String[] row : rows.subList(offset, offset + count)) {
            gate.acquire();
            all.add(HTTP.sendAsync(request(base + "/api/enrolments/" + row[2] + "/quizzes/final/attempts", row[0])
                            .POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString())
                    .whenComplete((r, e) -> {
                        gate.release();
                        if (e != null || r.statusCode() >= 300) {
                            startErrors.incrementAndGet();
                            if (startErrors.get() < 3) System.err.println("start: " + (e != null ? e : r.statusCode() + " " + r.body()));
                            return;
                        }
                        Map<String, Object> attempt = json(r.body());
                        started.add(new Started(row[0], ((Number) attempt.get("id")).longValue(), Long.parseLong(row[1]),
                                answers(key, row[3], attempt)));
                    }));
        }
        CompletableFuture.allOf(all.toArray(CompletableFuture[]::new)).join();

        ConcurrentLinkedQueue<Double> latencies = new ConcurrentLinkedQueue<>();
        Map<Long, Integer> scores = new ConcurrentHashMap<>();
        AtomicInteger errors = new AtomicInteger(), duplicates = new AtomicInteger(), duplicatesSame = new AtomicInteger();
        Semaphore inFlight = new Semaphore(concurrency);
        all.clear();
        long t0 = System.nanoTime();
        int n = 0;
        for (Started s : started) {
            String idempotency = "bench-" + s.attemptId() + "-" + t0;
            int copies = n++ % 10 == 0 ? 2 : 1;
            for (int copy = 0; copy < copies; copy++) {
                boolean duplicate = copy == 1;
                inFlight.acquire();
                long sent = System.nanoTime();
                all.add(HTTP.sendAsync(request(base + "/api/attempts/" + s.attemptId() + "/submission", s.token())
                                .header("Content-Type", "application/json").header("Idempotency-Key", idempotency)
                                .POST(jsonBody(s.body())).build(), HttpResponse.BodyHandlers.ofString())
                        .whenComplete((r, e) -> {
                            inFlight.release();
                            if (e != null || r.statusCode() != 200) {
                                errors.incrementAndGet();
                                if (errors.get() < 3) System.err.println("submit: " + (e != null ? e : r.statusCode() + " " + r.body()));
                                return;
                            }
                            if (!duplicate) latencies.add((System.nanoTime() - sent) / 1e6);
                            int score = ((Number) ((Map<?, ?>) json(r.body()).get("result")).get("scorePercent")).intValue();
                            Integer before = scores.putIfAbsent(s.attemptId(), score);
                            if (before != null) {
                                duplicates.incrementAndGet();
                                if (before == null || before == score) duplicatesSame.incrementAndGet();
                            }
                        }));
            }
        }
        CompletableFuture.allOf(all.toArray(CompletableFuture[]::new)).join();
        double seconds = (System.nanoTime() - t0) / 1e9;
        long submitted, evidence, scoredOnce;
        try (Connection c = DriverManager.getConnection(jdbc)) {
            String ids = started.stream().map(s -> Long.toString(s.attemptId())).reduce((a, b) -> a + "," + b).orElse("0");
            submitted = scalar(c, "SELECT COUNT(*) FROM quiz_attempt WHERE status = 'SUBMITTED' AND score_percent IS NOT NULL AND id IN (" + ids + ")");
            evidence = scalar(c, "SELECT COUNT(*) FROM competency_evidence WHERE source_kind = 'QUIZ_ATTEMPT' AND source_id IN (" + ids + ")");
            scoredOnce = scalar(c, "SELECT COUNT(*) FROM (SELECT source_id, standard_code FROM competency_evidence"
                    + " WHERE source_kind = 'QUIZ_ATTEMPT' AND source_id IN (" + ids + ") GROUP BY source_id, standard_code HAVING COUNT(*) > 1) d");
        }
        List<Double> sorted = new ArrayList<>(latencies);
        Collections.sort(sorted);
        System.out.printf("RESULT started=%d start_errors=%d submitted_ok=%d rate_per_s=%.1f p50_ms=%.1f p99_ms=%.1f"
                        + " errors=%d duplicates=%d duplicates_same=%d rows_submitted=%d lost=%d evidence_rows=%d scored_twice=%d%n",
                started.size(), startErrors.get(), scores.size(), scores.size() / seconds, pct(sorted, 50), pct(sorted, 99),
                errors.get(), duplicates.get(), duplicatesSame.get(), submitted, started.size() - submitted, evidence, scoredOnce);
    }

    static long scalar(Connection c, String sql) throws Exception {
        try (PreparedStatement p = c.prepareStatement(sql); ResultSet r = p.executeQuery()) {
            r.next();
            return r.getLong(1);
        }
    }

    static double pct(List<Double> sorted, double p) {
        if (sorted.isEmpty()) return Double.NaN;
        return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(p / 100 * sorted.size()) - 1 < 0 ? 0
                : (int) Math.ceil(p / 100 * sorted.size()) - 1));
    }

    // ------------------------------------------------------------------------------------------------ journey

    /**
     * Simulated trainees, each on its own address (X-Forwarded-For; the platform runs with
     * MICRONAUT_SERVER_CLIENT_ADDRESS_HEADER set, as behind a load balancer): sign in, then over and over dashboard →
     * course → lesson → next lesson → start practice quiz → submit it → competency profile, with a think time drawn
     * between 0.5 and 1.5 times {@code thinkS} before each step. Trainees start evenly over the ramp; only steps
     * that start after the ramp count in the figures.
     */
    static final class Journey {
        static final String[] STEPS = {"login", "dashboard", "course", "lesson", "next_lesson", "start_quiz",
                "submit_quiz", "profile"};
        final String base;
        final Map<String, Map<String, String>> key;
        final int first, users, rampS, steadyS, thinkS;
        final ScheduledExecutorService timer = Executors.newScheduledThreadPool(2);
        final Map<String, ConcurrentLinkedQueue<Double>> latencies = new LinkedHashMap<>();
        final Map<String, AtomicInteger> errors = new LinkedHashMap<>();
        final AtomicInteger active = new AtomicInteger();
        final AtomicLong firstError = new AtomicLong();
        volatile long steadyFrom, end, startNanos;
        /** every completed step: {seconds since start, latency ms, ok} — for the sustained-load windows */
        final ConcurrentLinkedQueue<double[]> samples = new ConcurrentLinkedQueue<>();
        final CountDownLatch finished;

        Journey(String base, Map<String, Map<String, String>> key, int first, int users, int rampS, int steadyS, int thinkS) {
            this.base = base;
            this.key = key;
            this.first = first;
            this.users = users;
            this.rampS = rampS;
            this.steadyS = steadyS;
            this.thinkS = thinkS;
            for (String step : STEPS) {
                latencies.put(step, new ConcurrentLinkedQueue<>());
                errors.put(step, new AtomicInteger());
            }
            finished = new CountDownLatch(users);
        }

        final class Trainee {
            final String username, address;
            final SplittableRandom random;
            String token, course, nextKey, attemptBody;
            long enrolment, attempt;
            int step;

            Trainee(int n) {
                username = "bench.t%06d".formatted(n);
                address = "10.%d.%d.%d".formatted((n >> 16) & 255, (n >> 8) & 255, n & 255);
                random = new SplittableRandom(n);
            }

            void schedule(long delayMillis) {
                timer.schedule(this::act, delayMillis, TimeUnit.MILLISECONDS);
            }

            long think() {
                return (long) (thinkS * 1000 * (0.5 + random.nextDouble()));
            }

            void act() {
                if (System.nanoTime() > end) {
                    active.decrementAndGet();
                    finished.countDown();
                    return;
                }
                String name = STEPS[step];
                HttpRequest request = switch (name) {
                    case "login" -> request(base + "/api/auth/login", null).header("Content-Type", "application/json")
                            .POST(jsonBody("{\"username\":\"" + username + "\",\"password\":\"" + PASSWORD + "\"}"))
                            .header("X-Forwarded-For", address).build();
                    case "dashboard" -> get("/api/me/dashboard");
                    case "course" -> get("/api/courses/" + course);
                    case "lesson", "next_lesson" -> get("/api/enrolments/" + enrolment + "/lessons/" + nextKey);
                    case "start_quiz" -> request(base + "/api/enrolments/" + enrolment + "/quizzes/luyen-tap/attempts", token)
                            .header("X-Forwarded-For", address).POST(HttpRequest.BodyPublishers.noBody()).build();
                    case "submit_quiz" -> request(base + "/api/attempts/" + attempt + "/submission", token)
                            .header("X-Forwarded-For", address).header("Content-Type", "application/json")
                            .header("Idempotency-Key", "journey-" + attempt).POST(jsonBody(attemptBody)).build();
                    default -> get("/api/me/competencies");
                };
                long sent = System.nanoTime();
                HTTP.sendAsync(request, HttpResponse.BodyHandlers.ofString()).whenComplete((r, e) -> {
                    long now = System.nanoTime();
                    boolean counted = sent >= steadyFrom;
                    boolean ok = e == null && r.statusCode() < 300;
                    if (ok) {
                        try {
                            ok = take(name, json(r.body()));
                        } catch (RuntimeException parse) {
                            ok = false;
                        }
                    }
                    samples.add(new double[]{(now - startNanos) / 1e9, (now - sent) / 1e6, ok ? 1 : 0});
                    if (counted) {
                        latencies.get(name).add((now - sent) / 1e6);
                        if (!ok) {
                            errors.get(name).incrementAndGet();
                            if (firstError.compareAndSet(0, 1)) {
                                System.err.println("journey " + name + ": " + (e != null ? e : r.statusCode() + " " + r.body()));
                            }
                        }
                    }
                    // after an error the trainee signs in again and starts over
                    step = !ok ? 0 : step == STEPS.length - 1 ? 1 : step + 1;
                    schedule(think());
                });
            }

            HttpRequest get(String path) {
                return request(base + path, token).header("X-Forwarded-For", address).GET().build();
            }

            @SuppressWarnings("unchecked")
            boolean take(String name, Map<String, Object> body) {
                switch (name) {
                    case "login" -> token = (String) body.get("accessToken");
                    case "dashboard" -> {
                        List<Map<String, Object>> enrolments = (List<Map<String, Object>>) body.get("enrolments");
                        Map<String, Object> e = enrolments.get(random.nextInt(enrolments.size()));
                        enrolment = ((Number) e.get("id")).longValue();
                        course = (String) e.get("courseCode");
                        Map<String, Object> next = (Map<String, Object>) e.get("nextLesson");
                        nextKey = next != null ? (String) next.get("key") : (String) e.get("resumeLessonKey");
                    }
                    case "lesson" -> {
                        Object next = body.get("next");
                        if (next instanceof Map<?, ?> m) nextKey = (String) m.get("key");
                        else if (next instanceof String s) nextKey = s;
                    }
                    case "start_quiz" -> {
                        attempt = ((Number) body.get("id")).longValue();
                        attemptBody = answers(key, course, body);
                    }
                    default -> { }
                }
                return true;
            }
        }

        void run() throws Exception {
            long start = System.nanoTime();
            startNanos = start;
            steadyFrom = start + TimeUnit.SECONDS.toNanos(rampS);
            end = steadyFrom + TimeUnit.SECONDS.toNanos(steadyS);
            for (int i = 0; i < users; i++) {
                Trainee t = new Trainee(first + i);
                active.incrementAndGet();
                t.schedule((long) rampS * 1000 * i / users);
            }
            timer.scheduleAtFixedRate(() -> System.err.printf("journey t=%ds active=%d%n",
                    (System.nanoTime() - start) / 1_000_000_000, active.get()), 10, 10, TimeUnit.SECONDS);
            finished.await((long) rampS + steadyS + 120L, TimeUnit.SECONDS);
            long total = 0;
            int errorsTotal = 0;
            StringBuilder line = new StringBuilder();
            for (String step : STEPS) {
                List<Double> sorted = new ArrayList<>(latencies.get(step));
                Collections.sort(sorted);
                total += sorted.size();
                errorsTotal += errors.get(step).get();
                line.append(" %s_n=%d %s_p50_ms=%.1f %s_p95_ms=%.1f %s_p99_ms=%.1f %s_errors=%d".formatted(step, sorted.size(),
                        step, pct(sorted, 50), step, pct(sorted, 95), step, pct(sorted, 99), step, errors.get(step).get()));
            }
            // sustained trainees: walk 10-second windows through the ramp; the load held is the number of trainees
            // started by the end of the last window (before the first bad one) whose p95 was <= 150 ms with no error
            int sustained = 0;
            double window = 10;
            for (double from = 0; from < rampS + steadyS; from += window) {
                final double lo = from, hi = from + window;
                List<Double> in = new ArrayList<>();
                int bad = 0;
                for (double[] sample : samples) {
                    if (sample[0] >= lo && sample[0] < hi) {
                        in.add(sample[1]);
                        if (sample[2] == 0) bad++;
                    }
                }
                if (in.isEmpty()) continue;
                Collections.sort(in);
                if (bad > 0 || pct(in, 95) > 150) break;
                sustained = (int) Math.min(users, (long) (users * hi / Math.max(1, rampS)));
            }
            line.append(" sustained_users=%d sustained_equivalent_30s=%d".formatted(sustained,
                    (int) Math.round(sustained * 30.0 / Math.max(1, thinkS))));
            System.out.printf("RESULT users=%d ramp_s=%d steady_s=%d think_s=%d requests=%d errors=%d rate_per_s=%.1f%s%n",
                    users, rampS, steadyS, thinkS, total, errorsTotal, total / (double) steadyS, line);
        }
    }
}
