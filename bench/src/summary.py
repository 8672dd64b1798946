#!/usr/bin/env python3
"""bench/run's report (stdlib only): reads what each bench script left in bench/target/<bench>/ and writes one table —
every row with its command, N, the figure, the baseline measured in the same run, the ratio, the target and whether
it was met.

  summary.py <markdown out> <run log dir> <mode> [README to update]

With a README, the table between its lines "<!-- bench-summary:begin -->" and "<!-- bench-summary:end -->" is
replaced. Exits 1 when a bench left no result (it failed), after writing what there is.
"""
import datetime
import json
import os
import pathlib
import platform
import re
import statistics
import subprocess
import sys

ROOT = pathlib.Path(__file__).resolve().parents[2]
TARGET = ROOT / "bench" / "target"
BEGIN, END = "<!-- bench-summary:begin -->", "<!-- bench-summary:end -->"

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parent))
from notices_rest import hey_figures  # noqa: E402


def load(bench, name):
    path = TARGET / bench / name
    return json.loads(path.read_text()) if path.exists() else None


def ms(value):
    return f"{value:,.0f} ms" if value >= 100 else f"{value:.1f} ms"


def verdict(ok):
    return "met" if ok else "**missed**"


class Table:
    def __init__(self):
        self.rows, self.missing = [], []

    def add(self, what, command, n, result, baseline, ratio, target, ok):
        self.rows.append((what, f"`{command}`", n, result, baseline, ratio, target, verdict(ok) if ok is not None else "—"))

    def lacking(self, what, why):
        self.missing.append(what)
        self.rows.append((what, "—", "—", f"no result ({why})", "—", "—", "—", "**not measured**"))

    def markdown(self):
        head = ("benchmark", "command", "N", "result", "baseline (same run)", "ratio", "target", "")
        lines = ["| " + " | ".join(head) + " |", "|" + "---|" * len(head)]
        lines += ["| " + " | ".join(str(c) for c in row) + " |" for row in self.rows]
        return "\n".join(lines)


def portal_rows(t, sizes):
    portal, bare = load("portal", "start.json"), load("baseline", "start.json")
    generated = load("portal", "generate.json")
    if not portal or not bare:
        t.lacking("cold start, memory, REST reads, sign-ins, render", "bench/portal.sh or bench/baseline.sh failed")
        return
    cmd = "bench/portal.sh " + sizes["portal"] + "; bench/baseline.sh"
    ratio = portal["firstStartMs"] / bare["firstStartMs"]
    t.add("cold start, first (empty data): launch → first 200 of `/api/v1/cities`", cmd, "—",
          ms(portal["firstStartMs"]), f"bare stack {ms(bare['firstStartMs'])}", f"{ratio:.2f}×", "≤ 1.3×", ratio <= 1.3)
    p, b = statistics.median(portal["restartMs"]), statistics.median(bare["restartMs"])
    t.add(f"cold start, restart (median of {len(portal['restartMs'])})", cmd, "—", ms(p), f"bare stack {ms(b)}",
          f"{p / b:.2f}×", "≤ 1.3×", p / b <= 1.3)
    p, b = statistics.median(portal["rssStartMiB"]), statistics.median(bare["rssStartMiB"])
    t.add("resident memory after start (VmRSS, median of the restarts)", cmd, "—", f"{p:.0f} MiB", f"bare stack {b:.0f} MiB",
          f"+{p - b:.0f} MiB", "≤ bare + 150 MB", (p - b) * 1.048576 <= 150)
    p, b = portal["rssAfterLoadMiB"], bare["rssAfterLoadMiB"]
    n = f"{generated['accounts']:,} accounts" if generated else "—"
    t.add("resident memory after the load (reads, sign-ins, flood, render), settled", cmd, n,
          f"{p} MiB (at once: {portal['rssPeakAfterLoadMiB']} MiB"
          + (f"; after a full collection: {portal['rssAfterFullGcMiB']} MiB" if "rssAfterFullGcMiB" in portal else "") + ")",
          f"bare stack after its `/cities` load, settled, {b} MiB (at once: {bare['rssPeakAfterLoadMiB']} MiB)",
          f"+{p - b} MiB", "≤ bare + 150 MB", (p - b) * 1.048576 <= 150)
    cities = load("portal", "cities.json")
    n = (f"{generated['accounts']:,} accounts × {generated['months']} months ({generated['rows']:,} rows generated)"
         if generated else "—")
    for view in ("balance", "charges", "meters"):
        r = load("portal", f"{view}.json")
        if not r or not cities:
            t.lacking(f"`GET /me/accounts/{{id}}/{view}`", "no wrk result")
            continue
        ratio = r["requestsPerSecond"] / cities["requestsPerSecond"]
        p99 = r["latencyMs"]["p99"]
        t.add(f"`GET /me/accounts/{{id}}/{view}`, {r['connections']} connections, {r['seconds']} s, another tenant each request",
              cmd, n, f"{r['requestsPerSecond']:,.0f}/s, p50 {ms(r['latencyMs']['p50'])}, p99 {ms(p99)}",
              f"`GET /cities` {cities['requestsPerSecond']:,.0f}/s, p99 {ms(cities['latencyMs']['p99'])}",
              f"{100 * ratio:.0f} %", "≥ 60 %, p99 ≤ 50 ms", ratio >= 0.6 and p99 <= 50)
    s = load("portal", "signins.json")
    if s:
        t.add(f"sign-ins (`POST /sessions`, right password, Argon2id m=19456 KiB t=2 p=1), {s['connections']} connections, {s['seconds']} s",
              cmd, n, f"{s['requestsPerSecond']:.1f}/s, p50 {ms(s['latencyMs']['p50'])}", "—", "—", "≥ 12/s",
              s["requestsPerSecond"] >= 12)
    else:
        t.lacking("sign-ins", "no wrk result")
    f = load("portal", "flood.json")
    if f:
        t.add(f"`GET /cities` p95, 4 clients, while 100 clients post sign-ins ({f['seconds']} s)", cmd, "—",
              f"p95 {ms(f['during']['p95'] * 1000)} ({f['during']['rps']:,.0f}/s)",
              f"alone: p95 {ms(f['alone']['p95'] * 1000)} ({f['alone']['rps']:,.0f}/s)",
              f"{f['during']['p95'] / max(f['alone']['p95'], 0.0001):.1f}×", "≤ 1 s", f["during"]["p95"] <= 1.0)
    else:
        t.lacking("sign-in flood", "no hey result")
    r = load("portal", "render.json")
    if r:
        t.add(f"the cabinet's first render in headless Chromium, window 1366×900 (median of {r['runs']} fresh browsers)", cmd,
              "the template tenant, 1 account", f"sign-in page {ms(r['median_signin_ms'])}; sign-in → cabinet {ms(r['median_cabinet_ms'])}",
              "—", "—", "≤ 1.5 s to interactive", r["median_signin_ms"] <= 1500 and r["median_cabinet_ms"] <= 1500)
    else:
        t.lacking("first render", "no render.json")


def billing_rows(t, sizes):
    rest, raw = load("billing", "rest.json"), load("billing", "raw.json")
    if not rest or not raw:
        t.lacking("billing run and charge import", "bench/billing.sh failed")
        return
    cmd = "bench/billing.sh " + sizes["billing"]
    ratio = raw["runSeconds"] / rest["runSeconds"]
    t.add(f"billing run {rest['runPeriod']}, 8 services", cmd, f"{rest['runAccounts']:,} accounts, {rest['runLines']:,} lines",
          f"{rest['runSeconds']:.1f} s", f"raw JDBC batch inserts of the same rows {raw['runSeconds']:.1f} s",
          f"{100 * ratio:.0f} %", "≥ 50 %", ratio >= 0.5)
    ratio = raw["importSeconds"] / rest["importSeconds"]
    t.add(f"charge import, one file of {rest['chargeFileBytes'] / 1e6:.1f} MB", cmd, f"{rest['importPosted']:,} lines",
          f"{rest['importSeconds']:.1f} s", f"raw JDBC batch inserts of the same rows {raw['importSeconds']:.1f} s",
          f"{100 * ratio:.0f} %", "≥ 50 %", ratio >= 0.5)


def notices_rows(t, sizes):
    rest, debt = load("notices", "rest.json"), load("notices", "debt.json")
    cmd = "bench/notices.sh " + sizes["notices"]
    if not rest or not debt:
        t.lacking("debt SMS, statement PDF, SMS rate", "bench/notices.sh failed")
        return
    run = debt["run"]
    t.add("debt SMS run (`POST /admin/debt-sms/runs`)", cmd, f"{rest['accounts']:,} accounts", f"{run['seconds']:.1f} s, {run['queued']:,} queued",
          "—", "—", "≤ 30 s", run["seconds"] <= 30)
    sms = load("notices", "sms.json")
    if sms:
        t.add("SMS dispatcher to the log gateway, sustained", cmd, f"{sms['sent']:,} SMS", f"{sms['perSecond']:.1f}/s",
              "—", "—", "none (measured)", None)
    one = TARGET / "notices" / "hey-statement-1.txt"
    sheet = load("notices", "statement.json")
    if one.exists() and sheet:
        h = hey_figures(one)
        t.add(f"statement PDF, 36 months ({sheet['pages']} pages), warm, 1 client", cmd, "1 account",
              f"p50 {ms(h['p50'] * 1000)}, p95 {ms(h['p95'] * 1000)} ({h['rps']:.1f}/s)", "—", "—", "≤ 50 ms warm (p50)",
              h["p50"] * 1000 <= 50)
    else:
        t.lacking("statement PDF", "no hey result")


def machine():
    def run(*command):
        try:
            return subprocess.run(command, capture_output=True, text=True, cwd=ROOT).stdout.strip()
        except OSError:
            return "?"
    memory = next((line.split()[1] for line in open("/proc/meminfo") if line.startswith("MemTotal")), "0")
    java = run(os.environ.get("JAVA_HOME", "/usr") + "/bin/java", "-version") or subprocess.run(
        [os.environ.get("JAVA_HOME", "/usr") + "/bin/java", "-version"], capture_output=True, text=True).stderr
    return (f"{os.cpu_count()} cores, {int(memory) / 1024 / 1024:.0f} GiB, {platform.platform()}; "
            f"{java.splitlines()[0] if java else 'java ?'}; commit {run('git', 'rev-parse', '--short', 'HEAD')}"
            f"{' (with uncommitted changes)' if run('git', 'status', '--porcelain', '--untracked-files=no') else ''}")


def main(args):
    if len(args) not in (3, 4):
        sys.exit(__doc__)
    out, logs, mode = pathlib.Path(args[0]), pathlib.Path(args[1]), args[2]
    sizes = json.loads((logs / "sizes.json").read_text())
    t = Table()
    portal_rows(t, sizes)
    billing_rows(t, sizes)
    notices_rows(t, sizes)
    loads = {p.name: p.read_text().strip() for p in sorted(logs.glob("load-*.txt"))}
    measured = {step: (TARGET / step / "measured.txt").read_text().strip() if (TARGET / step / "measured.txt").exists()
                else "not measured" for step in ("baseline", "portal", "billing", "notices")}
    started = (logs / "started.txt").read_text().strip() if (logs / "started.txt").exists() else "?"
    now = datetime.datetime.now().strftime("%Y-%m-%d %H:%M")
    text = [f"# Benchmarks — {now} ({mode})", "",
            f"`bench/run{' --smoke' if mode == 'smoke' else ''}`, started {started}, ended {now}. Machine: {machine()}.", "",
            "Every figure is a ratio against a baseline measured in the same run (see bench/README.md for what each "
            "command does). The logs of each step are in `bench/target/run/`. Each step measured: "
            + "; ".join(f"{step} {when}" for step, when in measured.items()) + ".", "", t.markdown(), ""]
    for name, line in loads.items():
        text.append(f"- {name}: {line}")
    if t.missing:
        text += ["", "Not measured (the step failed; see its log): " + ", ".join(t.missing)]
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text("\n".join(text) + "\n")
    print("\n".join(text))
    if len(args) == 4:
        readme = pathlib.Path(args[3])
        body = readme.read_text()
        if BEGIN not in body or END not in body:
            sys.exit(f"!! {readme} has no {BEGIN} … {END}")
        block = (f"{BEGIN}\nFrom `bench/run` on {now} ([bench/results/{out.name}](results/{out.name})); machine: "
                 f"{machine()}. Each step measured: " + "; ".join(f"{step} {when}" for step, when in measured.items())
                 + f".\n\n{t.markdown()}\n{END}")
        readme.write_text(re.sub(re.escape(BEGIN) + ".*?" + re.escape(END), lambda _: block, body, flags=re.S))
    if t.missing:
        sys.exit(1)


if __name__ == "__main__":
    main(sys.argv[1:])
