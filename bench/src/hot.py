"""Summarises a JFR recording: where the CPU time went and where the request threads waited.

Usage: python3 hot.py recording.jfr [from HH:MM:SS] [to HH:MM:SS] (UTC wall clock; only events in that window).

- CPU (jdk.ExecutionSample): share of samples whose stack contains each library of interest (a stack can count for
  several), the hottest top-of-stack methods and the hottest methods of the platform itself.
- Waiting (jdk.SocketRead: mostly answers from MySQL; jdk.ThreadPark: mostly a thread waiting for a pooled
  connection or a lock; jdk.JavaMonitorEnter): total seconds, by the innermost frame of the platform.
"""
import collections
import os
import re
import subprocess
import sys

LIBRARIES = [
    ("BCrypt password hashing", "at.favre.lib.crypto.bcrypt"),
    ("PDFBox (render, fonts, save)", "org.apache.pdfbox"),
    ("CMS signature (BouncyCastle)", "org.bouncycastle"),
    ("MySQL driver (Connector/J)", "com.mysql.cj"),
    ("connection pool (Hikari)", "com.zaxxer.hikari"),
    ("Micronaut Data / JDBC", "io.micronaut.data"),
    ("JSON (Micronaut Serde / Jackson)", "io.micronaut.serde"),
    ("Markdown (commonmark)", "org.commonmark"),
    ("HTML sanitiser (OWASP)", "org.owasp.html"),
    ("JWT (Nimbus)", "com.nimbusds"),
    ("Netty", "io.netty"),
    ("Micronaut HTTP routing/filters", "io.micronaut.http"),
    ("Micronaut security", "io.micronaut.security"),
    ("logging", "ch.qos.logback"),
    ("the platform's own code", "vn.ttcs.learn"),
]
UNITS = {"ns": 1e-9, "us": 1e-6, "ms": 1e-3, "s": 1.0, "min": 60.0}

# `jfr print` is slow; its text is kept beside the recording and reused for the other windows
cache = sys.argv[1] + ".txt"
if os.path.exists(cache) and os.path.getmtime(cache) >= os.path.getmtime(sys.argv[1]):
    out = open(cache, encoding="utf-8").read()
else:
    out = subprocess.run(["jfr", "print", "--events", "jdk.ExecutionSample,jdk.SocketRead,jdk.ThreadPark,jdk.JavaMonitorEnter",
                          "--stack-depth", "96", sys.argv[1]], capture_output=True, text=True, check=True).stdout
    with open(cache, "w", encoding="utf-8") as f:
        f.write(out)
window = (sys.argv[2], sys.argv[3]) if len(sys.argv) > 3 else None
events = []  # (type, seconds, stack)
kind, seconds, stack, inside, keep = None, 0.0, [], False, True
for line in out.splitlines():
    stripped = line.strip()
    header = re.match(r"^(jdk\.\w+) \{$", stripped)
    if header:
        kind, seconds, stack, keep = header.group(1), 0.0, [], True
    elif stripped.startswith("startTime = ") and window:
        clock = stripped.split("=", 1)[1].strip()[:8]
        keep = window[0] <= clock <= window[1]
    elif stripped.startswith("duration = "):
        m = re.match(r"duration = ([0-9.,]+) (ns|us|ms|s|min)", stripped)
        if m:
            seconds = float(m.group(1).replace(",", "")) * UNITS[m.group(2)]
    elif stripped.startswith("stackTrace = ["):
        inside = True
    elif inside and stripped == "]":
        inside = False
    elif inside and stripped and stripped != "...":
        stack.append(stripped.split(" line:")[0].split("(")[0])
    elif stripped == "}" and kind:
        if keep:
            events.append((kind, seconds, stack))
        kind = None

stacks = [s for k, _, s in events if k == "jdk.ExecutionSample"]
total = len(stacks)
print(f"{total} CPU samples (JFR samples running Java threads about every 10-20 ms)")
if total:
    print("\nshare of CPU samples by library (a stack may count for several):")
    for label, prefix in LIBRARIES:
        n = sum(1 for s in stacks if any(f.startswith(prefix) for f in s))
        if n * 100 >= total:
            print(f"  {100 * n / total:5.1f} %  {label}")
    print("\nhottest methods (top of stack):")
    for method, n in collections.Counter(s[0] for s in stacks if s).most_common(10):
        print(f"  {100 * n / total:5.1f} %  {method}")
    print("\nhottest methods of the platform (innermost vn.ttcs.learn frame):")
    app = collections.Counter(next((f for f in s if f.startswith("vn.ttcs.learn")), None) for s in stacks)
    app.pop(None, None)
    for method, n in app.most_common(8):
        print(f"  {100 * n / total:5.1f} %  {method}")


def app_frame(stack):
    return next((f for f in stack if f.startswith("vn.ttcs.learn")), stack[0] if stack else "?")


for kind, label in (("jdk.SocketRead", "waiting for socket reads (MySQL answers; JFR records reads over 10-20 ms)"),
                    ("jdk.ThreadPark", "parked (waiting for a pooled connection, a lock or work; over 10-20 ms)"),
                    ("jdk.JavaMonitorEnter", "blocked on a monitor (over 10-20 ms)")):
    waits = [(s, st) for k, s, st in events if k == kind]
    if not waits:
        continue
    if kind == "jdk.ThreadPark":  # idle pool threads waiting for work are not interesting
        waits = [(s, st) for s, st in waits if any(f.startswith("vn.ttcs.learn") for f in st)]
    if not waits:
        continue
    print(f"\n{label}: {len(waits)} events, {sum(s for s, _ in waits):.1f} s in all; by platform frame:")
    by = collections.Counter()
    for s, st in waits:
        by[app_frame(st)] += s
    for frame, s in by.most_common(8):
        print(f"  {s:7.1f} s  {frame}")
