"""Summarises a JFR recording: where the sampled CPU time went (jdk.ExecutionSample), by library and by method.

Usage: python3 hot.py recording.jfr [from HH:MM:SS] [to HH:MM:SS] (UTC wall clock; only samples in that window). Prints the share of samples whose stack contains each library of interest (a
stack can count for several), the hottest top-of-stack methods, and the hottest methods of the platform itself.
"""
import collections
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

out = subprocess.run(["jfr", "print", "--events", "jdk.ExecutionSample", "--stack-depth", "96", sys.argv[1]],
                     capture_output=True, text=True, check=True).stdout
window = (sys.argv[2], sys.argv[3]) if len(sys.argv) > 3 else None
stacks, current, inside, keep = [], [], False, True
for line in out.splitlines():
    stripped = line.strip()
    if stripped.startswith("startTime = ") and window:
        clock = stripped.split("=", 1)[1].strip()[:8]
        keep = window[0] <= clock <= window[1]
    elif stripped.startswith("stackTrace = ["):
        current, inside = [], True
    elif inside and stripped == "]":
        if keep:
            stacks.append(current)
        inside = False
    elif inside and stripped and stripped != "...":
        current.append(stripped.split(" line:")[0].split("(")[0])
total = len(stacks)
print(f"{total} CPU samples")
if total == 0:
    sys.exit(0)
print("\nshare of samples by library (a stack may count for several):")
for label, prefix in LIBRARIES:
    n = sum(1 for s in stacks if any(f.startswith(prefix) for f in s))
    if n * 100 >= total:
        print(f"  {100 * n / total:5.1f} %  {label}")
print("\nhottest methods (top of stack):")
for method, n in collections.Counter(s[0] for s in stacks if s).most_common(12):
    print(f"  {100 * n / total:5.1f} %  {method}")
print("\nhottest methods of the platform (innermost vn.ttcs.learn frame):")
app = collections.Counter(next((f for f in s if f.startswith("vn.ttcs.learn")), None) for s in stacks)
app.pop(None, None)
for method, n in app.most_common(10):
    print(f"  {100 * n / total:5.1f} %  {method}")
