#!/usr/bin/env python3
"""The REST side of bench/readings.sh (stdlib only; the accounts come from billing_rest.seed_accounts, the
load from Debian's wrk with bench/src/readings.lua). Commands:

  readings_rest.py prepare <api> <manager> <password> <meters> <warm-up meters> <work dir>
      seeds <meters> accounts B0000001…, one cold-water meter on each (BW-0000001…, one zone, 5 digits) through
      POST /admin/meters/import, and the company's window 1–31 SOFT (PUT /admin/windows), so that every reading
      today counts for this month; the same for the warm-up: accounts W0000001…, meters WU-0000001…;
      writes <work dir>/prepare.json.
  readings_rest.py check <api> <work dir>
      after RawReadingTokens made the tenants and tokens: GET /me/meters with the first token of the plan
      (200, exactly its tenant's meters, the window open) and GET /cities; writes <work dir>/check.json.
  readings_rest.py cities <api> <work dir> <connections> <threads> <seconds> [<jstack>]
      wrk on GET /cities: 5 s to warm up, then <seconds> measured (with jstack, a thread dump every 5 s into
      <work dir>/jstack/cities/); writes <work dir>/cities.json.
  readings_rest.py readings <api> <work dir> <connections> <threads> <readings> <warm-up readings> <cap seconds> [<jstack>]
      wrk sends <warm-up readings> to the warm-up meters (plan-warmup.txt; 0: none), then exactly <readings> POST
      /me/readings to the meters measured (plan.txt; see readings.lua), each time stopped as soon as the last answer
      is in (SIGINT once no wrk thread is left, so its duration is the run's, not -d); gives up after <cap
      seconds> or 60 s without an answer; with jstack, thread dumps as above into <work dir>/jstack/readings/;
      writes <work dir>/readings-warmup.json and <work dir>/readings.json.
  readings_rest.py verify <api> <manager> <password> <readings> <work dir>
      GET /admin/readings?period=<this period> (staff): one current reading per meter, ACCEPTED, from a token,
      with the value of the meter's last round; writes <work dir>/verify.json.
  readings_rest.py report <work dir>
      prints the summary table and writes <work dir>/results.json (every figure of the run).
"""
import contextlib
import datetime
import json
import os
import pathlib
import signal
import subprocess
import sys
import threading
import time
from decimal import Decimal

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parent))
import billing_rest  # noqa: E402  (bench/src: seeding steps shared with bench/billing.sh)
from billing_rest import Api, CITY  # noqa: E402

SCRIPT = pathlib.Path(__file__).resolve().parent / "readings.lua"
SERIAL_PREFIX = "BW"               # the meters measured: BW-0000001 … on accounts B0000001 …
WARMUP_SERIAL_PREFIX = "WU"        # the warm-up's: WU-0000001 … on accounts W0000001 …
METER_FILE_LINES = 50_000          # the import takes at most 100 000 lines and 20 MB a file
WINDOW = {"scope": "COMPANY", "scopeValue": "", "fromDay": 1, "toDay": 31, "mode": "SOFT"}
WRK_TIMEOUT = "30s"                # wrk leaves answers slower than this out of its latencies: make it long


def initial(i):
    """The initial value of meter i (0-based): 100.250 … 999.250 m³."""
    return Decimal(100 + (i * 37) % 900) + Decimal("0.25")


def meter_csv(prefix, serial_prefix, first, last):
    lines = ["account;city;resource;serial;place;zones;digits;installed;verification;initial"]
    for i in range(first, last):
        lines.append(f"{prefix}{i + 1:07d};{CITY};COLD_WATER;{serial_prefix}-{i + 1:07d};кухня;1;5;2024-01-15;2031-12-31;{initial(i)}")
    return ("\n".join(lines) + "\n").encode()


def import_meters(staff, n, work):
    """A cold-water meter on each of the accounts B0000001… (POST /admin/meters/import, files of at most
    METER_FILE_LINES lines, each kept in work); returns how many were stored."""
    stored = 0
    for first in range(0, n, METER_FILE_LINES):
        csv = meter_csv("B", SERIAL_PREFIX, first, min(n, first + METER_FILE_LINES))
        (work / f"meters-{first // METER_FILE_LINES + 1}.csv").write_bytes(csv)
        stored += staff.call("POST", "/admin/meters/import", csv, "text/csv")["stored"]
    return stored


def prepare(api_base, user, password, n, warmup_meters, work):
    work = pathlib.Path(work)
    work.mkdir(parents=True, exist_ok=True)
    staff = Api(api_base, user, password)
    results = {"meters": n, "warmupMeters": warmup_meters}
    created, seconds, files = billing_rest.seed_accounts(staff, n, work)
    if created != n:
        sys.exit(f"!! {created} of {n} accounts created")
    results.update(accountsCreated=created, accountsSeconds=seconds, accountFiles=files)

    print(f">> 2. {n} cold-water meters (POST /admin/meters/import, files of at most {METER_FILE_LINES} lines); "
          f"the company's window 1–31, soft", flush=True)
    started = time.monotonic()
    stored = import_meters(staff, n, work)
    results["metersSeconds"] = time.monotonic() - started
    if stored != n:
        sys.exit(f"!! {stored} of {n} meters stored")
    print(f"   {stored} meters stored in {results['metersSeconds']:.1f} s", flush=True)
    window = staff.call("PUT", "/admin/windows", WINDOW)
    if (window["fromDay"], window["toDay"], window["mode"]) != (1, 31, "SOFT"):
        sys.exit(f"!! the window is {window}")

    if warmup_meters:
        # the same, apart: accounts W…, meters WU-…, so that warming up adds no reading to the meters measured
        print(f"   for the warm-up: {warmup_meters} more accounts (W0000001…) with a meter each (WU-…)", flush=True)
        rows = ["number;city;kind;address;area;residents;status"]
        rows += [f'W{i + 1:07d};{CITY};utilities;"ул. Разминки, д. {i // 120 + 1}, кв. {i % 120 + 1}";45.0;2;open'
                 for i in range(warmup_meters)]
        if staff.call("POST", "/admin/accounts/import", ("\n".join(rows) + "\n").encode(), "text/csv")["created"] != warmup_meters:
            sys.exit("!! the warm-up accounts were not all created")
        csv = meter_csv("W", WARMUP_SERIAL_PREFIX, 0, warmup_meters)
        if staff.call("POST", "/admin/meters/import", csv, "text/csv")["stored"] != warmup_meters:
            sys.exit("!! the warm-up meters were not all stored")
    (work / "prepare.json").write_text(json.dumps(results, indent=2))


def plan(work, name="plan.txt"):
    """The plan RawReadingTokens wrote: (token, serial, initial) per meter, in the order readings.lua uses."""
    rows = []
    for line in (pathlib.Path(work) / name).read_text().splitlines():
        token, serial, value = line.split(" ")
        rows.append((token, serial, Decimal(value)))
    return rows


def check(api_base, work):
    work = pathlib.Path(work)
    rows = plan(work)
    token = rows[0][0]
    mine = sorted(serial for t, serial, _ in rows if t == token)
    public = Api(api_base)
    # just after a start the portal may still re-register its data source (the meters' persistence unit goes away
    # and comes back; karaf.log: "Lost DataSource for kabinet-meters"), and a token call meanwhile gets 401 or 404
    waited = time.monotonic()
    while True:
        started = time.monotonic()
        status, accounts = public.status("GET", "/me/meters", token=token)
        seconds = time.monotonic() - started
        if status == 200 or time.monotonic() - waited > 60:
            break
        time.sleep(1)
    if status != 200:
        sys.exit(f"!! GET /me/meters with the first token: HTTP {status} for 60 s\n{accounts}")
    waited = started - waited
    seen = sorted(m["serialNumber"] for a in accounts for m in a["meters"])
    if seen != mine:
        sys.exit(f"!! GET /me/meters with the first token: {seen}, expected {mine}")
    window = accounts[0]["window"]
    if not window["open"]:
        sys.exit(f"!! the window is not open: {window}")
    cities = public.call("GET", "/cities")
    print(f"   the first token sees its {len(seen)} meter(s) ({seconds * 1000:.0f} ms"
          + (f"; refused for {waited:.0f} s after the start" if waited >= 1 else "") + "); window open, period "
          f"{window['periodNow']}; GET /cities: {len(cities)} cities", flush=True)
    (work / "check.json").write_text(json.dumps({"period": window["periodNow"], "tokenMeters": len(seen),
                                                 "cities": len(cities)}, indent=2))


def cpu_seconds(pid):
    """User + system CPU seconds of a process so far (0 when it is gone)."""
    try:
        fields = pathlib.Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
        return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")
    except (FileNotFoundError, ProcessLookupError, IndexError):
        return 0.0


def machine_cpu():
    """The machine's CPU time so far by kind (the first line of /proc/stat, in clock ticks)."""
    fields = pathlib.Path("/proc/stat").read_text().splitlines()[0].split()[1:9]
    user, nice, system, idle, iowait, irq, softirq, steal = map(int, fields)
    return {"user": user + nice, "system": system + irq + softirq, "idle": idle, "iowait": iowait, "steal": steal}


@contextlib.contextmanager
def thread_dumps(work, step, jstack, java_pid, every=5.0):
    """With jstack: a thread dump of the portal every few seconds while the block runs, into <work>/jstack/<step>/
    (notices_rest.ThreadDumps takes one every 2 s: on 2 cores that disturbs the load more)."""
    if not jstack or not java_pid:
        yield
        return
    folder = pathlib.Path(work) / "jstack" / step
    folder.mkdir(parents=True, exist_ok=True)
    stop = threading.Event()

    def dump():
        begun = time.monotonic()
        while not stop.wait(every):
            text = subprocess.run([jstack, str(java_pid)], capture_output=True, text=True).stdout
            (folder / f"{time.monotonic() - begun:06.1f}s.txt").write_text(text)

    sampler = threading.Thread(target=dump, daemon=True)
    sampler.start()
    try:
        yield
    finally:
        stop.set()
        sampler.join()
        print(f"   {len(list(folder.glob('*.txt')))} thread dumps in {folder}", flush=True)


def wrk(work, name, arguments, java_pid, watch=None, jstack=None):
    """Runs wrk with the arguments, its output into <work>/wrk-<name>.txt; returns the script's JSON with the CPU
    seconds of wrk and of the portal during the run and the machine's CPU split (fractions of all cores' time).
    watch(process) runs while wrk does; with jstack, thread dumps meanwhile (thread_dumps)."""
    work = pathlib.Path(work)
    out = work / f"wrk-{name}.txt"
    cpu0 = cpu_seconds(java_pid) if java_pid else 0.0
    machine0 = machine_cpu()
    with open(out, "w") as text, thread_dumps(work, name, jstack, java_pid):
        process = subprocess.Popen(["wrk", *arguments], stdout=text, stderr=subprocess.STDOUT)
        try:
            if watch:
                watch(process)
        finally:
            _, status, usage = os.wait4(process.pid, 0)
            process.returncode = os.waitstatus_to_exitcode(status)
    portal_cpu = (cpu_seconds(java_pid) - cpu0) if java_pid else None
    machine1 = machine_cpu()
    ticks = sum(machine1.values()) - sum(machine0.values())
    split = {k: (machine1[k] - machine0[k]) / ticks for k in machine0} if ticks else {}
    busy = sum(machine1[k] - machine0[k] for k in ("user", "system")) / os.sysconf("SC_CLK_TCK")
    if process.returncode != 0:
        sys.exit(f"!! wrk ended with {process.returncode}; see {out}")
    result_file = work / f"{name}.json"
    if not result_file.exists():
        sys.exit(f"!! wrk wrote no {result_file}; see {out}")
    result = json.loads(result_file.read_text())
    result["samples"] = list(result.get("samples") or [])       # an empty Lua table comes as {}
    result["answersPerSecond"] = list(result.get("answersPerSecond") or [])
    wrk_cpu = usage.ru_utime + usage.ru_stime
    # what neither the portal nor wrk used: another build or test on the machine meanwhile (a few seconds: this
    # script, jstack, the kernel)
    others = busy - wrk_cpu - (portal_cpu or 0.0)
    result.update(wrkCpuSeconds=wrk_cpu, portalCpuSeconds=portal_cpu, otherCpuSeconds=others, machineCpu=split)
    return result


def cpu_text(result):
    portal = result["portalCpuSeconds"]
    machine = result["machineCpu"]
    return ((f"CPU: portal {portal:.0f} s, " if portal is not None else "CPU: ") + f"wrk {result['wrkCpuSeconds']:.0f} s, "
            f"other processes {result['otherCpuSeconds']:.0f} s; machine "
            + ", ".join(f"{k} {100 * v:.0f} %" for k, v in machine.items()))


def java_pid_of(work):
    home = pathlib.Path(work) / "portal"
    try:
        return int((home / "karaf.pid").read_text().strip())
    except (FileNotFoundError, ValueError):
        return None


def cities(api_base, work, connections, threads, seconds, jstack=None):
    work = pathlib.Path(work)
    url = api_base + "/cities"
    common = ["-t", str(threads), "-c", str(connections), "--timeout", WRK_TIMEOUT, "--latency", "-s", str(SCRIPT)]
    java_pid = java_pid_of(work)
    print(f">> 5. GET /cities with wrk, {connections} connections ({threads} threads): 5 s to warm up, then {seconds} s",
          flush=True)
    wrk(work, "cities-warmup", [*common, "-d", "5s", url, "--", "get", str(work / "cities-warmup.json")], None)
    result = wrk(work, "cities", [*common, "-d", f"{seconds}s", url, "--", "get", str(work / "cities.json")], java_pid,
                 jstack=jstack)
    result.update(connections=connections, threads=threads)
    (work / "cities.json").write_text(json.dumps(result, indent=2))
    print(f"   {result['requests']} requests in {result['durationSeconds']:.1f} s: {result['requestsPerSecond']:,.0f}/s, "
          f"p50 {result['latencyMs']['p50']:.1f} ms, p99 {result['latencyMs']['p99']:.1f} ms; answers {result['statuses']}; "
          f"{cpu_text(result)}", flush=True)


def ended(process):
    """Whether the process ended, leaving it to be reaped (waitid with WNOWAIT): wrk() wants its rusage."""
    return os.waitid(os.P_PID, process.pid, os.WEXITED | os.WNOHANG | os.WNOWAIT) is not None


def interrupt(process):
    """Stops wrk as Ctrl-C does: its SIGINT handler sets the flag its threads stop on and ends the main thread's
    sleep of -d — if the main thread is the one that gets the signal, so again every second until wrk ends."""
    while not ended(process):
        os.kill(process.pid, signal.SIGINT)
        time.sleep(1)


def readings(api_base, work, connections, threads, n, warmup, cap, jstack=None):
    work = pathlib.Path(work)
    meters = len(plan(work))
    if n < threads or 0 < warmup < threads:
        sys.exit("!! fewer readings than wrk threads")
    if warmup:
        print(f">> 6. warm-up (not measured): {warmup} POST /me/readings to the {len(plan(work, 'plan-warmup.txt'))} warm-up meters, "
              f"{connections} connections", flush=True)
        result = post(api_base, work, "readings-warmup", "plan-warmup.txt", connections, threads, warmup, cap)
        print(f"   {result['requests']} answers in {result['durationSeconds']:.1f} s: {result['requestsPerSecond']:,.1f}/s; "
              f"answers {result['statuses']}", flush=True)
    print(f">> 6. {n} POST /me/readings with wrk, {connections} connections ({threads} threads), over {meters} meters "
          f"({n / meters:.1f} each), a personal token per tenant", flush=True)
    result = post(api_base, work, "readings", "plan.txt", connections, threads, n, cap, jstack)
    lat = result["latencyMs"]
    print(f"   {result['requests']} answers in {result['durationSeconds']:.1f} s: {result['requestsPerSecond']:,.1f}/s, "
          f"p50 {lat['p50']:.1f} ms, p99 {lat['p99']:.1f} ms, max {lat['max']:.0f} ms; answers {result['statuses']}; "
          f"{cpu_text(result)} ({result['stopped']})", flush=True)
    for sample in result["samples"]:
        print(f"   not 201: {sample}", flush=True)


def post(api_base, work, name, plan_name, connections, threads, n, cap, jstack=None):
    """Exactly n readings by wrk from the plan; writes <work>/<name>.json and returns it."""
    java_pid = java_pid_of(work)
    url = api_base + "/me/readings"
    meters = len(plan(work, plan_name))
    for old in work.glob(f"{name}.json*"):
        old.unlink()
    arguments = ["-t", str(threads), "-c", str(connections), "-d", f"{cap}s", "--timeout", WRK_TIMEOUT, "--latency",
                 "-s", str(SCRIPT), url, "--", "post", str(work / f"{name}.json"), str(work / plan_name), str(n),
                 str(threads)]
    stopped = {}

    def progress():
        answered = sent = 0
        for f in work.glob(f"{name}.json.progress-*"):
            try:
                a, s = f.read_text().split()
                answered, sent = answered + int(a), sent + int(s)
            except ValueError:
                pass
        return answered, sent

    def watch(process):
        started = last_change = last_shown = time.monotonic()
        last = (0, 0)
        running = False         # wrk's threads started (before, its main thread alone runs every thread's init())
        while not ended(process):
            time.sleep(0.02)
            try:
                alive = len(os.listdir(f"/proc/{process.pid}/task"))
            except FileNotFoundError:
                break
            running = running or alive > 1
            if running and alive == 1:
                # every wrk thread stopped itself after its last answer; wrk's main thread still sleeps -d
                stopped["why"] = "all answered"
                interrupt(process)
                break
            now = time.monotonic()
            if now - last_shown >= 10:
                current = progress()
                if current != last:
                    last, last_change = current, now
                print(f"   … {current[0]} answers after {now - started:.0f} s", flush=True)
                last_shown = now
                if now - last_change > 60:
                    stopped["why"] = f"no answer for 60 s ({current[0]} answers, {current[1]} sent)"
                    print(f"!! {stopped['why']}: stopping wrk", flush=True)
                    interrupt(process)
                    break
                if java_pid and not pathlib.Path(f"/proc/{java_pid}").exists():
                    stopped["why"] = "the portal's Java process is gone"
                    print(f"!! {stopped['why']}: stopping wrk", flush=True)
                    interrupt(process)
                    break

    result = wrk(work, name, arguments, java_pid, watch, jstack)
    result.update(connections=connections, threads=threads, planned=n, meters=meters, cap=cap,
                  stopped=stopped.get("why", f"wrk's -d {cap}s ran out"))
    (work / f"{name}.json").write_text(json.dumps(result, indent=2, ensure_ascii=False))
    return result


def verify(api_base, user, password, n, work):
    work = pathlib.Path(work)
    staff = Api(api_base, user, password)
    period = json.loads((work / "check.json").read_text())["period"]
    rows = plan(work)
    meters = len(rows)
    sent = {}                    # serial → the values sent to it, in the order sent
    for m, (_, serial, first) in enumerate(rows):
        rounds = len(range(m, n, meters))
        if rounds:
            sent[serial] = [first + Decimal("1.5") * (r % 10000 + 1) for r in range(rounds)]
    print(f">> 7. GET /admin/readings?period={period} (staff): one current reading per meter?", flush=True)
    started = time.monotonic()
    answer = staff.call("GET", f"/admin/readings?period={period}")
    seconds = time.monotonic() - started
    by_meter = {}
    for r in answer:
        if r["meter"] and r["meter"]["serialNumber"] in sent:
            by_meter.setdefault(r["meter"]["serialNumber"], []).append(r["reading"])
    problems = []
    statuses, sources = {}, {}
    earlier = 0
    for serial, values in sent.items():
        got = by_meter.get(serial, [])
        if len(got) != 1:
            problems.append(f"{serial}: {len(got)} current readings")
            continue
        r = got[0]
        statuses[r["status"]] = statuses.get(r["status"], 0) + 1
        sources[r["source"]] = sources.get(r["source"], 0) + 1
        value = Decimal(str(r["values"][0]))
        if not r["current"]:
            problems.append(f"{serial}: not current")
        if value not in values:
            problems.append(f"{serial}: value {value}, never sent to it")
        elif value != values[-1]:
            # an earlier reading of the meter was answered after a later one (its request waited longer): the
            # reading stored last counts, as it should
            earlier += 1
    result = {"period": period, "seconds": seconds, "answered": len(answer), "benchMeters": len(by_meter),
              "expectedMeters": len(sent), "statuses": statuses, "sources": sources, "notLastSent": earlier,
              "problems": problems[:20], "ok": not problems}
    (work / "verify.json").write_text(json.dumps(result, indent=2, ensure_ascii=False))
    print(f"   {len(answer)} current readings in {seconds:.2f} s; {len(by_meter)} of {len(sent)} meters have one; "
          f"statuses {statuses}, sources {sources}; {earlier} hold an earlier value sent to them than the last (that "
          f"request was stored after the last one: it waited longer)", flush=True)
    for p in problems[:20]:
        print(f"!! {p}", flush=True)


def load_json(work, name):
    path = pathlib.Path(work) / name
    return json.loads(path.read_text()) if path.exists() else None


def report(work):
    work = pathlib.Path(work)
    prep = load_json(work, "prepare.json")
    raw = load_json(work, "tokens.json")
    get = load_json(work, "cities.json")
    post = load_json(work, "readings.json")
    warm = load_json(work, "readings-warmup.json")
    ver = load_json(work, "verify.json")
    stored = load_json(work, "count.json")
    loads = {p.stem[5:]: p.read_text().strip() for p in sorted(work.glob("load-*.txt"))}
    ratio = post["requestsPerSecond"] / get["requestsPerSecond"] if get and post else None

    def codes(statuses):
        return ", ".join(f"{k}×{v:,}" for k, v in sorted(statuses.items()))

    print()
    print(f"Meter readings over REST: {post['planned']:,} POST /me/readings over {post['meters']:,} meters "
          f"({raw['tenants']:,} tenant(s), {raw['accountsPerTenant']} account(s) each, a personal token each), "
          f"{post['connections']} connections, against GET /cities in the same run")
    print()
    rows = [("", "requests", "seconds", "requests/s", "p50", "p99", "max", "answers")]
    for label, r in ((f"GET /cities, {get['connections']} connections", get),
                     (f"POST /me/readings, {post['connections']} connections", post)):
        lat = r["latencyMs"]
        rows.append((label, f"{r['requests']:,}", f"{r['durationSeconds']:.1f}", f"{r['requestsPerSecond']:,.1f}",
                     f"{lat['p50']:.1f} ms", f"{lat['p99']:.1f} ms", f"{lat['max']:.0f} ms", codes(r["statuses"])))
    widths = [max(len(r[c]) for r in rows) for c in range(len(rows[0]))]
    for k, r in enumerate(rows):
        print("  " + "  ".join(cell.ljust(widths[c]) if c in (0, 7) else cell.rjust(widths[c]) for c, cell in enumerate(r)))
        if k == 0:
            print("  " + "  ".join("-" * w for w in widths))
    print()
    not_201 = sum(v for k, v in post["statuses"].items() if k != "201")
    print(f"  readings / cities throughput: {100 * ratio:.1f} %")
    print(f"  readings answered other than 201: {not_201}" + ("" if not not_201 else f" (first: {post['samples'][:3]})"))
    print(f"  wrk: stopped because {post['stopped']}; socket errors {post['errors']}")
    if warm:
        print(f"  before it, the warm-up: {warm['requests']:,} readings to {warm['meters']} meters of their own in "
              f"{warm['durationSeconds']:.1f} s ({warm['requestsPerSecond']:,.1f}/s; {codes(warm['statuses'])}); "
              f"/cities had 5 s")
    for label, r, unit in (("/cities", get, "request"), ("the readings", post, "reading")):
        print(f"  CPU during {label}: portal {r['portalCpuSeconds']:.0f} s ({1000 * r['portalCpuSeconds'] / max(1, r['requests']):.1f} ms "
              f"a {unit}), wrk {r['wrkCpuSeconds']:.0f} s, other processes {r['otherCpuSeconds']:.0f} s; the machine's "
              + ", ".join(f"{k} {100 * v:.0f} %" for k, v in r["machineCpu"].items()))
        if r["otherCpuSeconds"] > 0.1 * r["durationSeconds"] * os.cpu_count():
            print(f"  !! other processes used {r['otherCpuSeconds']:.0f} CPU seconds during {label}: the machine was "
                  f"shared, the figures above are low")
    per_second = post.get("answersPerSecond") or []
    if len(per_second) >= 20:
        tenth = len(per_second) // 10
        first, last = per_second[1:tenth + 1], per_second[-tenth - 1:-1]
        print(f"  readings per second over the run: first tenth {sum(first) / len(first):,.0f}, last tenth "
              f"{sum(last) / len(last):,.0f} (whole seconds, the partial first and last left out)")
    if ver:
        print(f"  staff GET /admin/readings?period={ver['period']}: {ver['benchMeters']:,} of {ver['expectedMeters']:,} "
              f"meters with one current reading ({codes(ver['statuses'])}; {codes(ver['sources'])}), "
              f"{ver['notLastSent']} of them an earlier value sent than the last (stored after it); "
              f"answered in {ver['seconds']:.2f} s"
              + ("" if ver["ok"] else "  !! " + "; ".join(ver["problems"][:3])))
    if stored:
        print(f"  stored (MET_READING, by JDBC after the stop): {stored['readings']:,} readings of {stored['meters']:,} meters "
              f"in {stored['period']} ({', '.join(f'{k} {v:,}' for k, v in stored['by'].items())})")
    print(f"  set-up: {prep['accountsCreated']:,} accounts in {prep['accountsSeconds']:.1f} s, {prep['meters']:,} meters "
          f"in {prep['metersSeconds']:.1f} s (REST); {raw['tenants']:,} tenants' links and tokens in {raw['seconds']:.1f} s (JDBC)")
    for label, line in loads.items():
        print(f"  uptime {label}: {line}")
    results = {"when": datetime.datetime.now().isoformat(timespec="seconds"), "prepare": prep, "tokens": raw,
               "cities": get, "readingsWarmup": warm, "readings": post, "ratio": ratio, "readingsNot201": not_201, "verify": ver,
               "stored": stored, "load": loads}
    (work / "results.json").write_text(json.dumps(results, indent=2, ensure_ascii=False))
    print(f"  results: {work / 'results.json'}")


def main(args):
    if len(args) == 7 and args[0] == "prepare":
        prepare(args[1], args[2], args[3], int(args[4]), int(args[5]), args[6])
    elif len(args) == 3 and args[0] == "check":
        check(args[1], args[2])
    elif len(args) in (6, 7) and args[0] == "cities":
        cities(args[1], args[2], int(args[3]), int(args[4]), int(args[5]), *args[6:7])
    elif len(args) in (8, 9) and args[0] == "readings":
        readings(args[1], args[2], int(args[3]), int(args[4]), int(args[5]), int(args[6]), int(args[7]), *args[8:9])
    elif len(args) == 6 and args[0] == "verify":
        verify(args[1], args[2], args[3], int(args[4]), args[5])
    elif len(args) == 2 and args[0] == "report":
        report(args[1])
    else:
        sys.exit(__doc__)


if __name__ == "__main__":
    try:
        main(sys.argv[1:])
    except KeyboardInterrupt:
        sys.exit(130)
