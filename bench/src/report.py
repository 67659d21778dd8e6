"""Turns bench/work/raw.tsv (figure, run, value) and meta.tsv into bench/results/<date>.md and latest.json.

Usage: python3 report.py <work dir> <results dir>
"""
import json
import math
import os
import statistics
import sys

work, results = sys.argv[1], sys.argv[2]

raw = {}
for line in open(os.path.join(work, "raw.tsv"), encoding="utf-8"):
    name, run, value = line.rstrip("\n").split("\t")
    if value == "":
        continue
    try:
        raw.setdefault(name, {})[run] = float(value)
    except ValueError:
        pass
meta = {}
for line in open(os.path.join(work, "meta.tsv"), encoding="utf-8"):
    key, value = line.rstrip("\n").split("\t", 1)
    # with --keep a later invocation adds lines: the first run's machine state stands, except the load at the end
    if key not in meta or key == "load_at_end":
        meta[key] = value

STEPS = ["login", "dashboard", "course", "lesson", "next_lesson", "start_quiz", "submit_quiz", "profile"]

# stable name, raw name, unit, how runs combine (median | sum | max), target (op, value), ceiling raw name, meaning
FIGURES = [
    ("lesson_read_rps", "lesson_read_rps", "req/s", "median", (">=ceiling", 0.5), "nginx_lesson_rps",
     "authenticated lesson read (published version), 64 connections, wrk"),
    ("lesson_read_p99_ms", "lesson_read_p99_ms", "ms", "median", ("<=", 25), None, "p99 latency of the lesson read at 64 connections"),
    ("lesson_read_nginx_rps", "nginx_lesson_rps", "req/s", "median", None, None, "ceiling: nginx serving the same lesson JSON bytes as a static file"),
    ("lesson_read_nginx_p99_ms", "nginx_lesson_p99_ms", "ms", "median", None, None, "ceiling: nginx p99 at 64 connections"),
    ("quiz_submit_rps", "quiz_submit_rate_per_s", "submissions/s", "median", (">=", 1000), None,
     "quiz submissions scored, stored and evidence recorded, per second"),
    ("quiz_submit_p99_ms", "quiz_submit_p99_ms", "ms", "median", None, None, "p99 latency of a submission under that load"),
    ("quiz_submit_lost", "quiz_submit_lost", "submissions", "sum", ("<=", 0), None, "started attempts not SUBMITTED with a score after the run (all runs)"),
    ("quiz_submit_scored_twice", "quiz_submit_scored_twice", "submissions", "sum", ("<=", 0), None,
     "attempts with evidence recorded twice for one standard (all runs)"),
    ("quiz_submit_retries_differing", None, "submissions", "sum", ("<=", 0), None,
     "same-key retries answered with another score than the first answer (all runs)"),
    ("quiz_submit_errors", "quiz_submit_errors", "responses", "sum", ("<=", 0), None, "non-200 answers to submissions (all runs)"),
    ("certificate_issue_median_ms", "certificate_issue_median_ms", "ms", "median", ("<=", 15), None,
     "one certificate issued (render, subset font, sign, store), after warm-up, one thread, in process"),
    ("certificate_issue_p95_ms", "certificate_issue_p95_ms", "ms", "median", None, None, "p95 of the same"),
    ("certificate_issue_rps", "certificate_issue_rate_per_s", "certificates/s", "median", (">=", 100), None,
     "certificates issued per second on two threads, in process"),
    ("certificate_download_rps", "certificate_download_rps", "req/s", "median", (">=", 5000), "nginx_certificate_rps",
     "download of issued certificates (2,000 random ones, reviewer), 64 connections"),
    ("certificate_download_p99_ms", "certificate_download_p99_ms", "ms", "median", None, None, "p99 of the same"),
    ("certificate_download_nginx_rps", "nginx_certificate_rps", "req/s", "median", None, None, "ceiling: nginx serving the same PDF bytes"),
    ("national_report_median_ms", "national_report_p50_ms", "ms", "median", ("<=", 100), None,
     "national certification-rate report, all units, one course filter, one client"),
    ("national_report_p99_ms", "national_report_p99_ms", "ms", "median", None, None, "p99 of the same"),
]
for step in STEPS:
    FIGURES.append((f"journey_{step}_p95_ms", f"journey_{step}_p95_ms", "ms", "median", ("<=", 150), None,
                    f"trainee journey, step {step}: p95 during the steady phase"))
    FIGURES.append((f"journey_{step}_p50_ms", f"journey_{step}_p50_ms", "ms", "median", None, None, f"p50 of step {step}"))
    FIGURES.append((f"journey_{step}_p99_ms", f"journey_{step}_p99_ms", "ms", "median", None, None, f"p99 of step {step}"))
FIGURES += [
    ("journey_errors", "journey_errors", "responses", "sum", ("<=", 0), None, "failed steps during the steady phase"),
    ("journey_requests_per_s", "journey_rate_per_s", "req/s", "median", None, None, "requests per second during the steady phase"),
    ("journey_trainees", "journey_users", "trainees", "median", ("journey", 5000), None,
     "simulated trainees held in the steady phase (met: 5,000 with 30 s think time, every p95 ≤ 150 ms, no error)"),
    ("journey_think_s", "journey_think_s", "s", "median", None, None, "think time before each step (0.5-1.5 x this)"),
    ("journey_sustained_trainees", "journey_sustained_equivalent_30s", "trainees", "median", (">=", 5000), None,
     "trainees sustained during the ramp (10-s windows with p95 <= 150 ms and no error, up to the first that fails), "
     "expressed at 30 s think time: trainees x think / 30"),
    ("startup_ms", "startup_ms", "ms", "median", ("<=", 3000), None, "embedded default, content unchanged: launch to /health UP"),
    ("startup_rss_mb", "startup_rss_mb", "MiB", "median", None, None, "resident memory right after start-up"),
    ("rss_under_load_mb", "rss_under_load_mb", "MiB", "max", ("<=", 300), None, "highest resident memory of the platform during the load"),
]

for prefix in ("lesson_read", "certificate_download", "national_report"):
    failed = {}
    for kind in ("non2xx", "socket_errors"):
        for run, value in raw.get(f"{prefix}_{kind}", {}).items():
            failed[run] = failed.get(run, 0) + value
    if failed:
        raw[f"{prefix}_errors"] = failed
        FIGURES.append((f"{prefix}_errors", None, "responses", "sum", ("<=", 0), None,
                        "answers that were not 2xx, plus wrk socket errors and timeouts (10 s), all runs"))

if "quiz_submit_duplicates" in raw:
    raw["quiz_submit_retries_differing"] = {run: raw["quiz_submit_duplicates"][run] - raw["quiz_submit_duplicates_same"].get(run, 0)
                                            for run in raw["quiz_submit_duplicates"]}


def combine(values, how):
    if how == "sum":
        return sum(values)
    if how == "max":
        return max(values)
    return statistics.median(values)


figures, rows = {}, []
journey_ok = True
for name, source, unit, how, target, ceiling, meaning in FIGURES:
    runs = raw.get(source or name)
    if not runs:
        continue
    values = [v for v in runs.values() if not math.isnan(v)]
    if not values:  # e.g. a journey step that no trainee reached
        entry = {"value": None, "unit": unit, "runs": 0, "meaning": meaning + " (no sample: no request reached it)"}
        if target:
            entry["target"], entry["met"] = f"{target[0]} {target[1]}", False
        figures[name] = entry
        rows.append((name, None, unit, "", None, target and f"{target[0].replace('>=', '≥ ').replace('<=', '≤ ')}{target[1]:g}" or "", entry.get("met")))
        continue
    value = round(combine(values, how), 2)
    entry = {"value": value, "unit": unit, "runs": len(values)}
    spread = ""
    if how == "median" and len(values) > 1:
        entry["min"], entry["max"] = round(min(values), 2), round(max(values), 2)
        half = (max(values) - min(values)) / 2
        spread = f"{min(values):g} – {max(values):g} (±{100 * half / value:.0f} %)" if value else f"{min(values):g} – {max(values):g}"
    ratio = None
    if ceiling and ceiling in raw:
        ratios = [runs[r] / raw[ceiling][r] for r in runs if r in raw[ceiling] and raw[ceiling][r]]
        if ratios:
            ratio = round(statistics.median(ratios), 3)
            entry["ceilingRatio"] = ratio
    met = None
    target_text = ""
    if target:
        op, limit = target
        if op == ">=ceiling":
            target_text = f"≥ {limit:.0%} of nginx"
            entry["target"] = f">= {limit} x ceiling"
            met = ratio is not None and ratio >= limit
        elif op == ">=":
            target_text = f"≥ {limit:g}"
            entry["target"] = f">= {limit}"
            met = value >= limit
        elif op == "<=":
            target_text = f"≤ {limit:g}"
            entry["target"] = f"<= {limit}"
            met = value <= limit
        elif op == "journey":
            target_text = f"{limit:g} (30 s think), p95 ≤ 150 ms, 0 errors"
            entry["target"] = f">= {limit} trainees with 30 s think time, every step p95 <= 150 ms, 0 errors"
            think = raw.get("journey_think_s", {}).get("1", 0)
            met = value >= limit and think >= 30 and journey_ok
        entry["met"] = met
        if name.startswith("journey_") and name != "journey_trainees" and met is False:
            journey_ok = False
    entry["meaning"] = meaning
    figures[name] = entry
    rows.append((name, value, unit, spread, ratio, target_text, met))

date = meta.get("date", "")[:10]
os.makedirs(results, exist_ok=True)
document = {"date": meta.get("date"), "mode": meta.get("mode"), "machine": {k: meta.get(k) for k in
            ("cpu", "memory", "jdk", "mysql", "mysql_buffer_pool", "load_at_start", "load_at_end", "wrk", "nginx", "commit")},
            "dataSet": {k[5:]: int(v) for k, v in meta.items() if k.startswith("rows_")},
            "settings": meta.get("settings"), "figures": figures}
with open(os.path.join(results, "latest.json"), "w", encoding="utf-8") as f:
    json.dump(document, f, indent=2, ensure_ascii=False)
    f.write("\n")

md = [f"# Benchmark {meta.get('date')} ({meta.get('mode')} mode)", ""]
md += ["Written by `bench/run`; what each figure means and how it is measured: [bench/README.md](../README.md).", ""]
md += ["## Machine", "", "| | |", "| --- | --- |"]
for key in ("cpu", "memory", "jdk", "mysql", "mysql_buffer_pool", "load_at_start", "load_at_end", "wrk", "nginx", "commit", "settings"):
    if key in meta:
        md.append(f"| {key.replace('_', ' ')} | {meta[key]} |")
md += ["", "The machine is shared with other engineers' builds and tests: the load average above is everyone's, and "
       "the load generator (wrk, the Java load driver) runs on the same two cores as the platform, MariaDB and nginx.", ""]
md += ["## Data set", "", "| table | rows |", "| --- | ---: |"]
for key, value in meta.items():
    if key.startswith("rows_"):
        md.append(f"| {key[5:].replace('_', ' ')} | {int(value):,} |")
for key in ("certificate_pdf_bytes", "database_size", "generation_seconds", "lesson_response_bytes",
            "download_response_bytes", "report_url", "report_units"):
    if key in meta:
        md.append(f"| {key.replace('_', ' ')} | {meta[key]} |")
md += ["", "## Figures", "", "| figure | median | spread (min – max) | ratio to nginx | target | met |",
       "| --- | ---: | --- | ---: | --- | --- |"]
for name, value, unit, spread, ratio, target_text, met in rows:
    shown = "no sample" if value is None else f"{value:g} {unit}"
    md.append(f"| `{name}` | {shown} | {spread} | {'' if ratio is None else f'{ratio:.4f}'} | {target_text} | "
              f"{'' if met is None else ('yes' if met else '**no**')} |")
profiles = os.path.join(work, "profiles")
if os.path.isdir(profiles):
    md += ["", "## Where the time goes (JFR, `settings=profile`)", ""]
    for phase in ("lesson", "download", "report", "quiz", "journey", "issue"):
        path = os.path.join(profiles, phase + ".txt")
        if os.path.exists(path):
            md += [f"### {phase}", "", "```", open(path, encoding="utf-8").read().rstrip(), "```", ""]
with open(os.path.join(results, f"{date}.md"), "w", encoding="utf-8") as f:
    f.write("\n".join(md) + "\n")
print(f"wrote {results}/{date}.md and latest.json: {sum(1 for f in figures.values() if f.get('met') is False)} targets missed")
