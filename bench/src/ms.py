"""Reads one wrk latency figure ("850.00us", "12.34ms", "1.20s", "2.00m") from stdin and prints it in milliseconds."""
import re
import sys

text = sys.stdin.read().strip()
match = re.fullmatch(r"([0-9.]+)(us|ms|s|m)", text)
if not match:
    print("")
else:
    value, unit = float(match.group(1)), match.group(2)
    print(round(value * {"us": 0.001, "ms": 1, "s": 1000, "m": 60000}[unit], 3))
