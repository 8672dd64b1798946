#!/usr/bin/env python3
"""The REST side of bench/notices.sh (stdlib only; the seeding steps are billing_rest.py's). Commands:

  notices_rest.py prepare <api> <manager> <password> <accounts> <work dir> <mail dir>
      seeds the accounts, one service (maintenance, by area) with a company tariff, times a billing run of last
      month (every account then owes 1 155,60–3 462,95 ₽, above the default threshold of 100 ₽), adds the other 7
      services and an extra account with 36 months × 8 charges and payments linked to a confirmed tenant;
      writes <work dir>/rest.json.
  notices_rest.py debt <api> <manager> <password> <accounts> <work dir> [<java pid> <jstack>]
      times POST /admin/debt-sms/runs (all queued), again (all queued before) and ?dryRun=true (the preview),
      checks the counts; with a pid, takes a thread dump every 2 s during each into <work dir>/jstack/<step>/;
      writes <work dir>/debt.json.
  notices_rest.py registry <api> <manager> <password> <lines> <work dir>
      posts one payment registry of <lines> payments dated today, 100 ₽ to each of the accounts B0000001…, and
      times the answer; then polls GET /admin/payments/notices every 0.5 s until no payment notice is pending
      (a build that queues them inside the registry's transaction has no such path: 404 counts as none) and
      times that too; writes <work dir>/registry.json.
  notices_rest.py statement <api> <work dir>
      signs the tenant in again, fetches the statement PDF once (the first request, timed)
      and checks it; writes <work dir>/statement.json (URL, token, size, pages) for hey.
  notices_rest.py sms-rate <portal home> <work dir> <seconds>
      lets the SMS out (smsPerSecond = 1000, no quiet hours; the portal applies etc/org.kabinet.sms.cfg without a
      restart) and counts the lines of data/sms/sms.log every 5 s; writes <work dir>/sms.json.
  notices_rest.py report <api> <manager> <password> <work dir>
      prints the figures (and asks the portal how many of the month's debt SMS are SENT).
"""
import datetime
import json
import pathlib
import re
import subprocess
import sys
import threading
import time
import urllib.request

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parent))
import billing_rest  # noqa: E402  (bench/src: seeding steps shared with bench/billing.sh)
from billing_rest import Api, months_before  # noqa: E402

STATEMENT_MONTHS = 36
# the one service the billing run charges: by area (30–89.9 m²) × 38.52 ₽, so every account owes more than 100 ₽
RUN_SERVICE = "b-maintenance"


def prepare(api_base, user, password, n, work, mail):
    work = pathlib.Path(work)
    work.mkdir(parents=True, exist_ok=True)
    staff = Api(api_base, user, password)
    today = datetime.date.today()
    this_month = today.replace(day=1)
    run_month = months_before(this_month, 1)
    run_period = run_month.strftime("%Y-%m")
    results = {"accounts": n}

    created, seconds, files = billing_rest.seed_accounts(staff, n, work)
    if created != n:
        sys.exit(f"!! {created} of {n} accounts created")
    results.update(accountsCreated=created, seedSeconds=seconds, accountFiles=files)

    run_service = [s for s in billing_rest.SERVICES if s["code"] == RUN_SERVICE]
    print(f">> 2. one service ({RUN_SERVICE}) with a company tariff; billing run of {run_period}", flush=True)
    billing_rest.add_services(staff, run_service)
    results["runSeconds"], summary = billing_rest.billing_run(staff, run_period)
    if summary["accounts"] != n:
        sys.exit(f"!! the billing run charged {summary['accounts']} of {n} accounts: {summary}")
    results.update(runPeriod=run_period, runLines=summary["lines"])

    print(f">> 3. the other {len(billing_rest.SERVICES) - 1} services; an account with {STATEMENT_MONTHS} months of "
          f"charges and payments, and its tenant", flush=True)
    billing_rest.add_services(staff, [s for s in billing_rest.SERVICES if s["code"] != RUN_SERVICE])
    history = billing_rest.history_account(staff, api_base, mail, run_month, STATEMENT_MONTHS)
    balance = history.pop("balance")
    results.update(history)
    # from the first month of the history (36 months before this one) to this month, as a tenant would ask
    results.update(statementFrom=months_before(this_month, STATEMENT_MONTHS).strftime("%Y-%m"),
                   statementTo=this_month.strftime("%Y-%m"), balanceToPay=str(balance["toPay"]),
                   balancePenalties=str(balance["penalties"]))
    print(f"   {history['historyCharges']} charges {history['historyFrom']} … {history['historyTo']}, "
          f"{history['historyPayments']} payments; to pay {balance['toPay']} ₽ (пени {balance['penalties']} ₽)", flush=True)
    (work / "rest.json").write_text(json.dumps(results, indent=2))


class ThreadDumps:
    """With a pid: a thread dump (jstack) every 2 s while a step runs, into <work dir>/jstack/<step>/."""

    def __init__(self, work, pid, jstack):
        self.work, self.pid, self.jstack = pathlib.Path(work), pid, jstack

    def during(self, step, action):
        if not self.pid:
            return action()
        folder = self.work / "jstack" / step
        folder.mkdir(parents=True, exist_ok=True)
        stop = threading.Event()
        taken = []

        def dump():
            started = time.monotonic()
            while not stop.wait(2.0):
                out = subprocess.run([self.jstack, self.pid], capture_output=True, text=True).stdout
                (folder / f"{time.monotonic() - started:05.1f}s.txt").write_text(out)
                taken.append(1)

        sampler = threading.Thread(target=dump, daemon=True)
        sampler.start()
        try:
            return action()
        finally:
            stop.set()
            sampler.join()
            print(f"   {len(taken)} thread dumps in {folder}", flush=True)


def timed_run(staff, dry_run):
    started = time.monotonic()
    run = staff.call("POST", "/admin/debt-sms/runs" + ("?dryRun=true" if dry_run else ""),
                     expect=(200,) if dry_run else (201,))
    return time.monotonic() - started, run


def counts(run):
    return {k: run[k] for k in ("debtors", "found", "queued", "alreadyQueued", "noPhone", "switchedOff")}


def debt(api_base, user, password, n, work, pid=None, jstack=None):
    work = pathlib.Path(work)
    staff = Api(api_base, user, password)
    dumps = ThreadDumps(work, pid, jstack)
    results = {}

    print(f">> 6. debt SMS run (POST /admin/debt-sms/runs), {n} tenants with confirmed phones", flush=True)
    seconds, run = dumps.during("run", lambda: timed_run(staff, False))
    print(f"   {seconds:.2f} s: {counts(run)}", flush=True)
    results["run"] = {"seconds": seconds, **counts(run), "id": run["id"], "month": run["month"],
                      "sample": run["sampleText"]}
    if run["queued"] != n or run["alreadyQueued"] != 0:
        sys.exit(f"!! expected {n} queued, 0 already: {run}")

    print(">> 7. the same run again (everything queued already)", flush=True)
    seconds, run = dumps.during("again", lambda: timed_run(staff, False))
    print(f"   {seconds:.2f} s: {counts(run)}", flush=True)
    results["again"] = {"seconds": seconds, **counts(run)}
    if run["queued"] != 0 or run["alreadyQueued"] != n:
        sys.exit(f"!! expected 0 queued, {n} already: {run}")

    print(">> 8. the preview (POST /admin/debt-sms/runs?dryRun=true)", flush=True)
    seconds, run = dumps.during("preview", lambda: timed_run(staff, True))
    print(f"   {seconds:.2f} s: {counts(run)}", flush=True)
    results["preview"] = {"seconds": seconds, **counts(run)}
    if run["alreadyQueued"] != n:
        sys.exit(f"!! expected {n} already queued in the preview: {run}")
    (work / "debt.json").write_text(json.dumps(results, indent=2, ensure_ascii=False))


def registry(api_base, user, password, lines, work):
    work = pathlib.Path(work)
    staff = Api(api_base, user, password)
    today = datetime.date.today().isoformat()
    rows = ["payment_id;paid_on;account;city;amount;period"]
    rows += [f"BENCH-PAY-{i + 1};{today};B{i + 1:07d};{billing_rest.CITY};100.00;" for i in range(lines)]
    csv = ("\n".join(rows) + "\n").encode()
    print(f">> 9. a payment registry of {lines} payments dated today, each to an account with a tenant and a "
          f"confirmed phone ({len(csv) / 1e6:.1f} MB)", flush=True)
    started = time.monotonic()
    answer = staff.call("POST", "/admin/payments/import", csv, "text/csv")
    posted = time.monotonic() - started
    if answer["posted"] != lines:
        sys.exit(f"!! {answer['posted']} of {lines} payments posted: {answer}")
    print(f"   posted in {posted:.2f} s", flush=True)
    pending, first_pending = None, None
    while True:
        status, body = staff.status("GET", "/admin/payments/notices")
        if status == 404:
            pending = 0
        elif status == 200:
            pending = body["pending"]
        else:
            sys.exit(f"!! GET /admin/payments/notices: HTTP {status}")
        if first_pending is None:
            first_pending = pending
        if pending == 0:
            break
        if time.monotonic() - started > 3600:
            sys.exit(f"!! {pending} payment notices still pending an hour after the registry")
        time.sleep(0.5)
    done = time.monotonic() - started
    print(f"   payment notices queued {done:.2f} s after the file was sent ({first_pending} pending when it was "
          f"answered{'' if status == 200 else '; this build has no GET /admin/payments/notices'})", flush=True)
    (work / "registry.json").write_text(json.dumps({"lines": lines, "postedSeconds": posted, "noticesSeconds": done,
                                                    "pendingAfterPost": first_pending, "queueEndpoint": status == 200},
                                                   indent=2))


def statement(api_base, work):
    work = pathlib.Path(work)
    rest = json.loads((work / "rest.json").read_text())
    public = Api(api_base)
    # a fresh session: the one from the set-up may have idled out while the machine was busy
    token = public.call("POST", "/sessions", {"email": rest["tenantEmail"], "password": rest["tenantPassword"]})["token"]
    path = f"/me/accounts/{rest['tenantAccount']}/statement?from={rest['statementFrom']}&to={rest['statementTo']}"
    request = urllib.request.Request(api_base + path, headers={"Accept": "application/pdf", "Authorization": "Bearer " + token})
    started = time.monotonic()
    with urllib.request.urlopen(request) as answer:
        body = answer.read()
        kind = answer.headers.get("Content-Type", "")
    first = time.monotonic() - started
    pages = len(re.findall(rb"/Type\s*/Page(?![a-zA-Z])", body))
    if not body.startswith(b"%PDF") or "application/pdf" not in kind:
        sys.exit(f"!! the statement is not a PDF ({kind}, {body[:40]!r})")
    print(f">> 10. the statement {rest['statementFrom']} … {rest['statementTo']}: {len(body) / 1000:.1f} KB, {pages} pages; "
          f"the first request (cold) took {first * 1000:.0f} ms", flush=True)
    (work / "statement.pdf").write_bytes(body)
    (work / "statement.json").write_text(json.dumps({"url": api_base + path, "token": token, "bytes": len(body),
                                                     "pages": pages, "firstSeconds": first}, indent=2))


def sms_rate(home, work, seconds):
    home, work = pathlib.Path(home), pathlib.Path(work)
    cfg = home / "etc" / "org.kabinet.sms.cfg"
    text = cfg.read_text()
    for key, value in (("smsPerSecond", "1000"), ("quietFrom", "00:00"), ("quietTo", "00:00")):
        text, found = re.subn(rf"(?m)^{key}\s*=.*$", f"{key} = {value}", text)
        if not found:
            text += f"\n{key} = {value}\n"
    log = home / "data" / "sms" / "sms.log"
    before = count_lines(log)
    if before:
        print(f"!! {before} SMS went out while the dispatcher was parked", flush=True)
    cfg.write_text(text)
    changed = time.monotonic()
    print(f">> 12. SMS let out (smsPerSecond = 1000, quietFrom = quietTo = 00:00: no quiet hours); "
          f"counting {log.relative_to(home)} for {seconds} s", flush=True)
    while count_lines(log) == before:
        if time.monotonic() - changed > 60:
            sys.exit(f"!! no SMS in {log} 60 s after the change of {cfg}")
        time.sleep(0.2)
    first = time.monotonic()
    samples = [(0.0, count_lines(log))]
    print(f"   the first SMS {first - changed:.1f} s after the change", flush=True)
    while samples[-1][0] < seconds:
        time.sleep(min(5.0, seconds - samples[-1][0]))
        samples.append((time.monotonic() - first, count_lines(log)))
        t, lines = samples[-1]
        print(f"   {t:5.1f} s: {lines - samples[0][1]} SMS ({(lines - samples[-2][1]) / (t - samples[-2][0]):.1f}/s)", flush=True)
    sent = samples[-1][1] - samples[0][1]
    rate = sent / samples[-1][0]
    print(f"   {sent} SMS in {samples[-1][0]:.1f} s: {rate:.1f} per second", flush=True)
    (work / "sms.json").write_text(json.dumps({"startSeconds": first - changed, "samples": samples, "sent": sent,
                                               "seconds": samples[-1][0], "perSecond": rate}, indent=2))


def count_lines(path):
    try:
        with open(path, "rb") as f:
            return sum(chunk.count(b"\n") for chunk in iter(lambda: f.read(1 << 20), b""))
    except FileNotFoundError:
        return 0


def hey_figures(path):
    text = pathlib.Path(path).read_text()

    def value(pattern):
        hit = re.search(pattern, text)
        return float(hit.group(1)) if hit else float("nan")

    return {"rps": value(r"Requests/sec:\s+([\d.]+)"), "average": value(r"Average:\s+([\d.]+) secs"),
            "p50": value(r"50%+ in ([\d.]+) secs"), "p95": value(r"95%+ in ([\d.]+) secs"),
            "p99": value(r"99%+ in ([\d.]+) secs"),
            "codes": ", ".join(f"{c}×{k}" for c, k in re.findall(r"\[(\d{3})\]\s+(\d+) responses", text))}


def report(api_base, user, password, work):
    work = pathlib.Path(work)
    rest = json.loads((work / "rest.json").read_text())
    raw = json.loads((work / "raw.json").read_text())
    debt_runs = json.loads((work / "debt.json").read_text())
    sheet = json.loads((work / "statement.json").read_text())
    sms = json.loads((work / "sms.json").read_text())
    paid = json.loads((work / "registry.json").read_text()) if (work / "registry.json").exists() else None
    run = Api(api_base, user, password).call("GET", f"/admin/debt-sms/runs/{debt_runs['run']['id']}")
    loads = {p.stem[5:]: p.read_text().strip() for p in sorted(work.glob("load-*.txt"))}
    n = rest["accounts"]

    print()
    print(f"Statements and billing notices: {n} accounts (targets: debt SMS queued in ≤ 30 s, a 36-month statement "
          f"in ≤ 50 ms)")
    print()
    print(f"  set-up (not targets): {rest['accountsCreated']} accounts in {rest['seedSeconds']:.1f} s, billing run "
          f"{rest['runPeriod']} ({rest['runLines']} lines) in {rest['runSeconds']:.1f} s, {raw['holders']} links and "
          f"confirmed phones by JDBC in {raw['seconds']:.1f} s")
    for key, label in (("run", "debt SMS run"), ("again", "the same run again"), ("preview", "preview (dryRun)")):
        r = debt_runs[key]
        print(f"  {label:20} {r['seconds']:7.2f} s   debtors {r['debtors']}, found {r['found']}, queued {r['queued']}, "
              f"queued before {r['alreadyQueued']}, no phone {r['noPhone']}")
    if paid:
        print(f"  payment registry       {paid['postedSeconds']:7.2f} s   {paid['lines']} payments posted; their SMS queued "
              f"{paid['noticesSeconds']:.2f} s after the file was sent")
    for clients in (1, 2):
        path = work / f"hey-statement-{clients}.txt"
        if path.exists():
            h = hey_figures(path)
            print(f"  statement PDF ({sheet['pages']} pages, {sheet['bytes'] / 1000:.0f} KB), {clients} client"
                  f"{'s' if clients > 1 else ''}, 20 s: {h['rps']:.1f} requests/s, average {h['average'] * 1000:.1f} ms, "
                  f"p50 {h['p50'] * 1000:.1f} ms, p95 {h['p95'] * 1000:.1f} ms, p99 {h['p99'] * 1000:.1f} ms ({h['codes']})")
    print(f"  the first statement request (cold): {sheet['firstSeconds'] * 1000:.0f} ms")
    idle = work / "idle-cpu.txt"
    if idle.exists():
        print(f"  the idle portal before the statement runs: {idle.read_text().strip()} % of a core ({n} SMS waiting, dispatcher parked)")
    print(f"  SMS to the log gateway: {sms['sent']} in {sms['seconds']:.0f} s = {sms['perSecond']:.1f} per second "
          f"(the month's debt SMS now SENT: {run['sent']})")
    for label, line in loads.items():
        print(f"  uptime {label}: {line}")


def main(args):
    if len(args) == 7 and args[0] == "prepare":
        prepare(args[1], args[2], args[3], int(args[4]), args[5], args[6])
    elif len(args) in (6, 8) and args[0] == "debt":
        debt(args[1], args[2], args[3], int(args[4]), args[5], *args[6:8])
    elif len(args) == 6 and args[0] == "registry":
        registry(args[1], args[2], args[3], int(args[4]), args[5])
    elif len(args) == 3 and args[0] == "statement":
        statement(args[1], args[2])
    elif len(args) == 4 and args[0] == "sms-rate":
        sms_rate(args[1], args[2], int(args[3]))
    elif len(args) == 5 and args[0] == "report":
        report(args[1], args[2], args[3], args[4])
    else:
        sys.exit(__doc__)


if __name__ == "__main__":
    try:
        main(sys.argv[1:])
    except KeyboardInterrupt:
        sys.exit(130)
