#!/usr/bin/env python3
"""The REST side of bench/portal.sh and bench/baseline.sh (stdlib only; load from Debian's wrk with
bench/src/readings.lua). Commands:

  suite_rest.py prepare <api> <manager> <password> <accounts> <months> <work dir> <mail dir>
      seeds <accounts> accounts B0000001… (billing_rest.seed_accounts), a cold-water meter on each
      (readings_rest.meter_csv), the company's reading window, the 8 services with company tariffs, and the
      template GenerateData copies: account H0000001 with <months> months × 8 imported charges and payments (some
      late or short: debt and пени), linked to a tenant who signed up, confirmed the mailed link and used a code;
      writes <work dir>/prepare.json (the template tenant's e-mail and password: a throw-away portal's).
  suite_rest.py load <api> <work dir> <name> <connections> <threads> <seconds> <path> [cycle]
      wrk for <seconds> on <path> (5 s to warm up first, not counted): GET as it is, or with "cycle" one request
      per line of <work dir>/tokens.txt in turn (GET with the line's session token and account id; see
      readings.lua); writes <work dir>/<name>.json with wrk's figures, the answers by status and the CPU split.
  suite_rest.py signins <api> <work dir> <connections> <threads> <seconds>
      POST /sessions with the right password for the generated tenants in turn (each an Argon2id check and a new
      session): 5 s to warm up, then <seconds>; writes <work dir>/signins.json.
  suite_rest.py flood <api> <work dir> <seconds>
      GET /cities by 4 connections alone, then while 100 connections post sign-ins for an unknown address (each an
      Argon2id check of the dummy hash; the per-address limit is lifted in the bench's copy); writes
      <work dir>/flood.json.
"""
import json
import pathlib
import re
import subprocess
import sys
import threading
import time

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parent))
import billing_rest  # noqa: E402  (bench/src: seeding steps shared with bench/billing.sh)
import readings_rest  # noqa: E402  (meters, wrk with CPU accounting)
from billing_rest import Api  # noqa: E402
from notices_rest import hey_figures  # noqa: E402

SCRIPT = readings_rest.SCRIPT
TEMPLATE_NUMBER = "H0000001"


def prepare(api_base, user, password, n, months, work, mail):
    work = pathlib.Path(work)
    work.mkdir(parents=True, exist_ok=True)
    staff = Api(api_base, user, password)
    results = {"accounts": n, "months": months}
    created, seconds, _ = billing_rest.seed_accounts(staff, n, work)
    if created != n:
        sys.exit(f"!! {created} of {n} accounts created")
    results["accountsSeconds"] = seconds
    print(f">> 2. {n} cold-water meters, the reading window, 8 services with tariffs", flush=True)
    stored = readings_rest.import_meters(staff, n, work)
    if stored != n:
        sys.exit(f"!! {stored} of {n} meters stored")
    staff.call("PUT", "/admin/windows", readings_rest.WINDOW)
    billing_rest.add_services(staff, billing_rest.SERVICES)
    print(f">> 3. the template: {TEMPLATE_NUMBER} with {months} months of charges and payments, and its tenant", flush=True)
    last_month = billing_rest.months_before(__import__("datetime").date.today().replace(day=1), 1)
    history = billing_rest.history_account(staff, api_base, mail, last_month, months, TEMPLATE_NUMBER)
    history.pop("balance")
    results.update(history, templateNumber=TEMPLATE_NUMBER)
    (work / "prepare.json").write_text(json.dumps(results, indent=2))
    print(f"   {history['historyCharges']} charges, {history['historyPayments']} payments", flush=True)


def run_wrk(work, name, url, connections, threads, seconds, lua_args):
    common = ["-t", str(threads), "-c", str(connections), "--timeout", readings_rest.WRK_TIMEOUT, "--latency",
              "-s", str(SCRIPT)]
    java_pid = readings_rest.java_pid_of(work)
    readings_rest.wrk(work, f"{name}-warmup", [*common, "-d", "5s", url, "--", lua_args[0],
                                               str(pathlib.Path(work) / f"{name}-warmup.json"), *lua_args[1:]], None)
    result = readings_rest.wrk(work, name, [*common, "-d", f"{seconds}s", url, "--", lua_args[0],
                                            str(pathlib.Path(work) / f"{name}.json"), *lua_args[1:]], java_pid)
    result.update(connections=connections, threads=threads, seconds=seconds)
    (pathlib.Path(work) / f"{name}.json").write_text(json.dumps(result, indent=2))
    ok = sum(v for k, v in result["statuses"].items() if k in ("200", "201"))
    print(f"   {name}: {result['requestsPerSecond']:,.1f}/s, p50 {result['latencyMs']['p50']:.1f} ms, "
          f"p99 {result['latencyMs']['p99']:.1f} ms; answers {result['statuses']}; {readings_rest.cpu_text(result)}",
          flush=True)
    if ok != result["requests"] or result["errors"].get("timeout", 0):
        sys.exit(f"!! {name}: not every answer was 200/201 ({result['statuses']}, errors {result['errors']}); "
                 f"see {pathlib.Path(work) / (name + '.json')}")
    return result


def load(api_base, work, name, connections, threads, seconds, path, cycle=False):
    origin = api_base.rsplit("/api/v1", 1)[0]
    if cycle:
        run_wrk(work, name, origin + "/", connections, threads, seconds,
                ["cycle", str(pathlib.Path(work) / "tokens.txt"), "/api/v1" + path])
    else:
        run_wrk(work, name, api_base + path, connections, threads, seconds, ["get"])


def signins(api_base, work, connections, threads, seconds):
    origin = api_base.rsplit("/api/v1", 1)[0]
    password = json.loads((pathlib.Path(work) / "prepare.json").read_text())["tenantPassword"]
    run_wrk(work, "signins", origin + "/", connections, threads, seconds,
            ["cycle", str(pathlib.Path(work) / "tokens.txt"), "/api/v1/sessions", password])


def hey(arguments, out):
    with open(out, "w") as text:
        subprocess.run(["hey", *arguments], stdout=text, stderr=subprocess.STDOUT, check=True)
    return hey_figures(out)


def flood(api_base, work, seconds):
    work = pathlib.Path(work)
    cities = api_base + "/cities"
    hey(["-n", "200", "-c", "4", cities], work / "hey-cities-warmup.txt")
    alone = hey(["-z", f"{seconds}s", "-c", "4", cities], work / "hey-cities-alone.txt")
    body = '{"email":"nobody-bench@example.ru","password":"a wrong password for the flood"}'
    flood_out = work / "hey-flood.txt"
    flooding = threading.Thread(target=lambda: hey(["-z", f"{seconds + 4}s", "-c", "100", "-m", "POST", "-T",
                                                    "application/json", "-d", body, api_base + "/sessions"], flood_out))
    flooding.start()
    time.sleep(2)
    during = hey(["-z", f"{seconds}s", "-c", "4", cities], work / "hey-cities-flood.txt")
    flooding.join()
    the_flood = hey_figures(flood_out)
    result = {"seconds": seconds, "alone": alone, "during": during, "flood": the_flood}
    (work / "flood.json").write_text(json.dumps(result, indent=2))
    print(f"   /cities alone {alone['rps']:,.0f}/s p95 {alone['p95'] * 1000:.1f} ms; during the flood "
          f"{during['rps']:,.0f}/s p95 {during['p95'] * 1000:.1f} ms; the flood {the_flood['codes']}", flush=True)
    for name, figures in (("alone", alone), ("during", during)):
        if not re.fullmatch(r"200×\d+", figures["codes"]):
            sys.exit(f"!! GET /cities {name}: {figures['codes']}")


def main(args):
    commands = {
        "prepare": (7, lambda a: prepare(a[0], a[1], a[2], int(a[3]), int(a[4]), a[5], a[6])),
        "load": (7, lambda a: load(a[0], a[1], a[2], int(a[3]), int(a[4]), int(a[5]), a[6], a[7:] == ["cycle"])),
        "signins": (5, lambda a: signins(a[0], a[1], int(a[2]), int(a[3]), int(a[4]))),
        "flood": (3, lambda a: flood(a[0], a[1], int(a[2]))),
    }
    if not args or args[0] not in commands or len(args) - 1 < commands[args[0]][0]:
        sys.exit(__doc__)
    commands[args[0]][1](args[1:])


if __name__ == "__main__":
    main(sys.argv[1:])
