#!/usr/bin/env python3
"""The REST side of bench/billing.sh (stdlib only). Two commands:

  billing_rest.py prepare <api> <manager> <password> <accounts> <charge-lines> <work dir> <mail dir> [lines per accounts file]
      seeds the accounts (CSV files of 5 000 lines unless told, at most 99 999), 8 services with company tariffs, times a
      billing run of last month and a charge import of <charge-lines> lines (earlier months), then gives
      one extra account 10 years of charges and payments and links it to a confirmed tenant;
      writes <work dir>/rest.json (timings, counts, the tenant's token and account id).
  billing_rest.py report <work dir>
      prints the table from rest.json, raw.json (RawChargeInsert) and hey-balance.txt.

Every call checks its HTTP status and stops with the answer's body on an unexpected one. bench/src/notices_rest.py
imports the steps (Api, seed_accounts, add_services, billing_run, history_account).
"""
import base64
import datetime
import json
import pathlib
import re
import secrets
import sys
import time
import urllib.error
import urllib.request
from decimal import Decimal, ROUND_HALF_UP

CITY = "khanty-mansiysk"
# data lines per accounts CSV: the import takes up to 99 999 (100 000 with the header); until 4e7516b its time grew
# with the square of a file's lines (20 000 lines: 150 s), now it is linear
ACCOUNT_FILE_LINES = 50_000
HISTORY_MONTHS = 120

# 8 services, all on both account kinds, so that every account gets 8 lines per run
SERVICES = [
    {"code": "b-rent", "nameRu": "Плата за наём", "nameEn": "Rent", "group": "RENT", "unit": "M2",
     "base": "AREA", "price": "12.37"},
    {"code": "b-maintenance", "nameRu": "Содержание и ремонт", "nameEn": "Maintenance", "group": "MAINTENANCE",
     "unit": "M2", "base": "AREA", "price": "38.52"},
    {"code": "b-heating", "nameRu": "Отопление", "nameEn": "Heating", "group": "UTILITIES", "unit": "GCAL",
     "base": "AREA", "price": "78.74"},
    {"code": "b-cold-water", "nameRu": "Холодное водоснабжение", "nameEn": "Cold water", "group": "UTILITIES",
     "unit": "M3", "base": "METERED", "normPerPerson": 4.2, "price": "62.48"},
    {"code": "b-hot-water", "nameRu": "Горячее водоснабжение", "nameEn": "Hot water", "group": "UTILITIES",
     "unit": "M3", "base": "METERED", "normPerPerson": 3.1, "price": "248.13"},
    {"code": "b-electricity", "nameRu": "Электроснабжение", "nameEn": "Electricity", "group": "UTILITIES",
     "unit": "KWH", "base": "METERED", "normPerPerson": 90, "price": "6.27"},
    {"code": "b-waste", "nameRu": "Обращение с ТКО", "nameEn": "Municipal waste", "group": "UTILITIES",
     "unit": "PERSON", "base": "RESIDENTS", "price": "203.15"},
    {"code": "b-intercom", "nameRu": "Домофон", "nameEn": "Intercom", "group": "OTHER", "unit": "FIXED",
     "base": "FIXED", "price": "65.00"},
]
# how the charge registry names the units (BillingService.unit)
UNIT_TEXT = {"M2": "m2", "GCAL": "gcal", "M3": "m3", "KWH": "kwh", "PERSON": "person", "FIXED": ""}


class Api:
    def __init__(self, base, user=None, password=None):
        self.base = base
        self.basic = None if user is None else "Basic " + base64.b64encode(f"{user}:{password}".encode()).decode()

    def status(self, method, path, body=None, content_type="application/json", token=None):
        """(HTTP status, the JSON answer or None)."""
        data = None if body is None else (body if isinstance(body, bytes) else json.dumps(body).encode())
        headers = {"Content-Type": content_type, "Accept": "application/json"}
        if token:
            headers["Authorization"] = "Bearer " + token
        elif self.basic:
            headers["Authorization"] = self.basic
        request = urllib.request.Request(self.base + path, data=data, method=method, headers=headers)
        try:
            # no socket timeout: a big registry is answered only when it is stored
            with urllib.request.urlopen(request, timeout=None) as answer:
                status, text = answer.status, answer.read().decode()
        except urllib.error.HTTPError as error:
            status, text = error.code, error.read().decode(errors="replace")
        except (urllib.error.URLError, ConnectionError) as error:
            sys.exit(f"!! {method} {path}: no answer from the portal ({error})")
        try:
            return status, json.loads(text) if text else None
        except ValueError:
            return status, text

    def call(self, method, path, body=None, content_type="application/json", expect=(200,), token=None):
        status, answer = self.status(method, path, body, content_type, token)
        if status not in expect:
            text = answer if isinstance(answer, str) else json.dumps(answer, ensure_ascii=False)
            shown = text if len(text) <= 3000 else text[:3000] + f"… ({len(text)} characters)"
            sys.exit(f"!! {method} {path}: HTTP {status} (expected {'/'.join(map(str, expect))})\n{shown}")
        return answer


def months_before(month, n):
    """The first day of the month n months before month (a date on the 1st)."""
    index = month.year * 12 + month.month - 1 - n
    return datetime.date(index // 12, index % 12 + 1, 1)


def area(i):
    return Decimal(30 + (i * 7) % 60) + Decimal(i % 10) / 10


def residents(i):
    return 1 + i % 4


def money(value):
    return value.quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)


def charge_row(number, account_area, account_residents, period, service):
    """One charge registry line as the company's own billing would send it: volume × tariff = amount."""
    price = Decimal(service["price"])
    base = service["base"]
    if base == "AREA":
        volume = account_area
    elif base == "METERED":
        volume = Decimal(str(service["normPerPerson"])) * account_residents
    elif base == "RESIDENTS":
        volume = Decimal(account_residents)
    else:
        return f"{number};{CITY};{period};{service['code']};;;;{price};;"
    return (f"{number};{CITY};{period};{service['code']};{volume};{UNIT_TEXT[service['unit']]};{price};"
            f"{money(volume * price)};;")


def seed_accounts(staff, n, work, file_lines=ACCOUNT_FILE_LINES):
    """Imports accounts B0000001… in CSV files of at most file_lines lines (every 5th a rent account, 120 flats a
    building); returns (accounts created, seconds, files)."""
    if not 1 <= file_lines <= 99_999:
        sys.exit("!! lines per accounts file: 1 to 99 999")
    files = -(-n // file_lines)
    print(f">> 1. seeding {n} accounts ({files} file{'s' if files > 1 else ''} of at most {file_lines} lines)", flush=True)
    started = time.monotonic()
    created = 0
    for first in range(0, n, file_lines):
        lines = ["number;city;kind;address;area;residents;status"]
        for i in range(first, min(n, first + file_lines)):
            kind = "rent" if i % 5 == 0 else "utilities"
            lines.append(f'B{i + 1:07d};{CITY};{kind};"ул. Стендовая, д. {i // 120 + 1}, кв. {i % 120 + 1}";'
                         f'{area(i)};{residents(i)};open')
        csv = ("\n".join(lines) + "\n").encode()
        (pathlib.Path(work) / f"accounts-{first // file_lines + 1}.csv").write_bytes(csv)
        answer = staff.call("POST", "/admin/accounts/import", csv, "text/csv")
        created += answer["created"]
    seconds = time.monotonic() - started
    print(f"   {created} accounts created in {seconds:.1f} s", flush=True)
    return created, seconds, files


def add_services(staff, services):
    """The services, on both account kinds, each with a company-wide tariff from 2010."""
    for s in services:
        body = {k: v for k, v in s.items() if k != "price"}
        body["accountKinds"] = ["RENT", "UTILITIES"]
        staff.call("POST", "/admin/services", body)
        staff.call("POST", "/admin/tariffs", {"service": s["code"], "scope": "COMPANY", "scopeValue": "",
                                              "from": "2010-01-01", "price": s["price"]}, expect=(201,))


def billing_run(staff, run_period):
    """Starts the billing run of the period and polls it every 0.1 s until it is no longer RUNNING; returns
    (seconds from the POST to that answer, the run's summary). Stops unless it ended DONE."""
    started = time.monotonic()
    run = staff.call("POST", f"/admin/billing/periods/{run_period}/runs", expect=(202,))
    last_shown = started
    while run["state"] == "RUNNING":
        time.sleep(0.1)
        run = staff.call("GET", f"/admin/billing/periods/{run_period}/runs/{run['id']}")
        if time.monotonic() - last_shown > 30:
            last_shown = time.monotonic()
            progress = {k: run[k] for k in ("accountsDone", "percent") if k in run}
            print(f"   … {progress} after {last_shown - started:.0f} s", flush=True)
    seconds = time.monotonic() - started
    if run["state"] != "DONE":
        sys.exit(f"!! billing run ended {run['state']} after {seconds:.1f} s: {run.get('error')}\n{run}")
    summary = run["summary"]
    print(f"   {summary['lines']} lines for {summary['accounts']} accounts in {seconds:.1f} s"
          f" ({len(summary['skipped'])} skipped)", flush=True)
    return seconds, summary


def history_account(staff, api_base, mail, last_month, months, number="H0000001"):
    """One account with `months` months up to last_month × the 8 SERVICES (which must exist) of imported charges
    and about as many payments (some late or short since 2022, so it has debt and пени), linked to a tenant who
    signed up, confirmed the mailed link and used a fresh code. Returns a dict: historyAccount, historyCharges,
    historyPayments, historyFrom, historyTo, tenantEmail, tenantPassword, tenantToken, tenantAccount, balance."""
    today = datetime.date.today()
    h_area, h_residents = Decimal("54.30"), 3
    account = staff.call("POST", "/admin/accounts", {"number": number, "city": CITY, "kind": "UTILITIES",
                                                      "address": "ул. Стендовая, д. 0, кв. 1", "areaM2": str(h_area),
                                                      "residents": h_residents}, expect=(201,))
    month_list = [months_before(last_month, k) for k in range(months - 1, -1, -1)]
    charges = ["account;city;period;service;volume;unit;tariff;amount;kind;reason"]
    bills = {}
    for month in month_list:
        period = month.strftime("%Y-%m")
        for s in SERVICES:
            row = charge_row(number, h_area, h_residents, period, s)
            charges.append(row)
            bills[period] = bills.get(period, Decimal(0)) + Decimal(row.split(";")[7])
    answer = staff.call("POST", "/admin/charges/import", ("\n".join(charges) + "\n").encode(), "text/csv")
    history_charges = answer["posted"]
    # paid on the 5th of the next month; from 2022 every 7th month 70 days late and every 11th month short
    payments = ["payment_id;paid_on;account;city;amount;period"]
    for k, month in enumerate(month_list):
        period = month.strftime("%Y-%m")
        paid_on = months_before(month, -1).replace(day=5)
        amount = bills[period]
        if month.year >= 2022 and k % 7 == 3:
            paid_on += datetime.timedelta(days=70)
        if month.year >= 2022 and k % 11 == 5:
            amount = money(amount * Decimal("0.8"))
        if paid_on > today:
            continue
        payments.append(f"BENCH-{number}-{period};{paid_on.isoformat()};{number};{CITY};{amount};{period}")
    answer = staff.call("POST", "/admin/payments/import", ("\n".join(payments) + "\n").encode(), "text/csv")
    result = dict(historyAccount=account["id"], historyCharges=history_charges, historyPayments=answer["posted"],
                  historyFrom=month_list[0].strftime("%Y-%m"), historyTo=month_list[-1].strftime("%Y-%m"))

    # the tenant: signs up, confirms by the mailed link, signs in, links the account with a fresh code
    public = Api(api_base)
    email = f"bench-{secrets.token_hex(4)}@kabinet.local"
    tenant_password = "Стенд-" + secrets.token_urlsafe(12)
    public.call("POST", "/registrations", {"email": email, "password": tenant_password, "consent": True}, expect=(202,))
    token = ""
    for _ in range(60):
        token = confirmation_token(pathlib.Path(mail), email)
        if token:
            break
        time.sleep(0.5)
    if not token:
        sys.exit(f"!! no confirmation letter for {email} in {mail}")
    public.call("POST", "/registrations/confirmations", {"token": token})
    session = public.call("POST", "/sessions", {"email": email, "password": tenant_password})
    code = staff.call("POST", f"/admin/accounts/{account['id']}/registration-code", expect=(201,))["code"]
    linked = public.call("POST", "/me/accounts", {"number": number, "city": CITY, "code": code}, expect=(201,),
                         token=session["token"])
    balance = public.call("GET", f"/me/accounts/{linked['id']}/balance", token=session["token"])
    result.update(tenantEmail=email, tenantPassword=tenant_password, tenantToken=session["token"],
                  tenantAccount=linked["id"], balance=balance)
    return result


def prepare(api_base, user, password, n, m, work, mail, file_lines=ACCOUNT_FILE_LINES):
    work = pathlib.Path(work)
    work.mkdir(parents=True, exist_ok=True)
    staff = Api(api_base, user, password)
    results = {"accounts": n, "chargeLines": m}
    today = datetime.date.today()
    run_month = months_before(today.replace(day=1), 1)          # last month
    run_period = run_month.strftime("%Y-%m")

    # 1. accounts, in files of at most 99 999 lines; every 5th a rent account, 120 flats a building
    created, seconds, files = seed_accounts(staff, n, work, file_lines)
    results.update(accountFiles=files, seedSeconds=seconds, accountsCreated=created)

    # 2. services and company-wide tariffs
    print(">> 2. 8 services with company tariffs", flush=True)
    add_services(staff, SERVICES)

    # 3. the billing run, timed from the POST to the first answer that is no longer RUNNING
    print(f">> 3. billing run of {run_period} ({n} accounts × {len(SERVICES)} services)", flush=True)
    results["runSeconds"], summary = billing_run(staff, run_period)
    results.update(runPeriod=run_period, runLines=summary["lines"], runAccounts=summary["accounts"],
                   runSkipped=len(summary["skipped"]))

    # 4. one charge registry of m lines: account i % n, its (i // n)-th line: services in turn, a month
    #    at a time backwards from the month before the run
    print(f">> 4. charge import of {m} lines (one file)", flush=True)
    periods = {}
    lines = ["account;city;period;service;volume;unit;tariff;amount;kind;reason"]
    for i in range(m):
        a, j = i % n, i // n
        period = periods.get(j // len(SERVICES))
        if period is None:
            period = periods.setdefault(j // len(SERVICES), months_before(run_month, 1 + j // len(SERVICES)).strftime("%Y-%m"))
        lines.append(charge_row(f"B{a + 1:07d}", area(a), residents(a), period, SERVICES[j % len(SERVICES)]))
    csv = ("\n".join(lines) + "\n").encode()
    del lines
    (work / "charges.csv").write_bytes(csv)
    results["chargeFileBytes"] = len(csv)
    print(f"   {len(csv) / 1e6:.1f} MB, periods {min(periods.values())} … {max(periods.values())}", flush=True)
    started = time.monotonic()
    answer = staff.call("POST", "/admin/charges/import", csv, "text/csv")
    results["importSeconds"] = time.monotonic() - started
    del csv
    if answer["posted"] != m:
        sys.exit(f"!! the charge import posted {answer['posted']} of {m} lines: {answer}")
    results["importPosted"] = answer["posted"]
    print(f"   {answer['posted']} lines posted in {results['importSeconds']:.1f} s", flush=True)

    # 6 (set-up). one account with 10 years: 120 months × 8 services of charges, ~120 payments
    print(f">> 6. an account with {HISTORY_MONTHS} months of charges and payments, and its tenant", flush=True)
    history = history_account(staff, api_base, mail, run_month, HISTORY_MONTHS)
    balance = history.pop("balance")
    for secret in ("tenantEmail", "tenantPassword"):
        history.pop(secret)
    results.update(history)
    results.update(balanceBytes=len(json.dumps(balance)), balancePeriods=len(balance["periods"]),
                   balanceToPay=str(balance["toPay"]), balancePenalties=str(balance["penalties"]))
    print(f"   {results['historyCharges']} charges {results['historyFrom']} … {results['historyTo']}, "
          f"{results['historyPayments']} payments; balance: {len(balance['periods'])} periods, to pay "
          f"{balance['toPay']} ₽ (пени {balance['penalties']} ₽)", flush=True)
    (work / "rest.json").write_text(json.dumps(results, indent=2))


def confirmation_token(folder, address):
    """The token of the newest confirmation link mailed to the address, by scripts/confirmation-token.py."""
    import subprocess
    script = pathlib.Path(__file__).resolve().parents[2] / "scripts" / "confirmation-token.py"
    return subprocess.run([sys.executable, str(script), str(folder), address], capture_output=True, text=True,
                          check=True).stdout.strip()


def report(work):
    work = pathlib.Path(work)
    rest = json.loads((work / "rest.json").read_text())
    raw = json.loads((work / "raw.json").read_text())
    hey = (work / "hey-balance.txt").read_text()

    def hey_value(pattern):
        hit = re.search(pattern, hey)
        return float(hit.group(1)) if hit else float("nan")

    rps = hey_value(r"Requests/sec:\s+([\d.]+)")
    average = hey_value(r"Average:\s+([\d.]+) secs")
    p95 = hey_value(r"95%+ in ([\d.]+) secs")
    codes = ", ".join(f"{c}×{k}" for c, k in re.findall(r"\[(\d{3})\]\s+(\d+) responses", hey))

    def ratio(raw_seconds, portal_seconds):
        return f"{100 * raw_seconds / portal_seconds:.0f} %"

    n, m = rest["accounts"], rest["chargeLines"]
    files = rest["accountFiles"]
    print()
    print(f"Billing benchmark: {n} accounts × 8 services, a charge import of {m} lines "
          f"(target: raw JDBC time / portal time ≥ 50 %)")
    print()
    rows = [
        ("step", "rows", "portal", "raw JDBC batch", "raw / portal"),
        (f"seed accounts ({files} CSV file{'s' if files > 1 else ''}; not a target)", f"{rest['accountsCreated']}",
         f"{rest['seedSeconds']:.1f} s", "—", "—"),
        (f"billing run {rest['runPeriod']}", f"{rest['runLines']}", f"{rest['runSeconds']:.1f} s",
         f"{raw['runSeconds']:.1f} s", ratio(raw["runSeconds"], rest["runSeconds"])),
        (f"charge import (one file, {rest['chargeFileBytes'] / 1e6:.1f} MB)", f"{rest['importPosted']}",
         f"{rest['importSeconds']:.1f} s", f"{raw['importSeconds']:.1f} s",
         ratio(raw["importSeconds"], rest["importSeconds"])),
    ]
    widths = [max(len(r[c]) for r in rows) for c in range(5)]
    for k, r in enumerate(rows):
        print("  " + "  ".join(cell.ljust(widths[c]) if c == 0 else cell.rjust(widths[c]) for c, cell in enumerate(r)))
        if k == 0:
            print("  " + "  ".join("-" * w for w in widths))
    print()
    print(f"  rows per second — run: portal {rest['runLines'] / rest['runSeconds']:,.0f}, raw {raw['runRows'] / raw['runSeconds']:,.0f}; "
          f"import: portal {rest['importPosted'] / rest['importSeconds']:,.0f}, raw {raw['importRows'] / raw['importSeconds']:,.0f}")
    print()
    print(f"  GET /me/accounts/{{id}}/balance, 10 years ({rest['historyCharges']} charges {rest['historyFrom']} … "
          f"{rest['historyTo']}, {rest['historyPayments']} payments), 4 clients, 20 s:")
    print(f"    {rps:,.1f} requests/s, average {average * 1000:.1f} ms, p95 {p95 * 1000:.1f} ms  (answers: {codes})")


def main(args):
    if len(args) in (8, 9) and args[0] == "prepare":
        prepare(args[1], args[2], args[3], int(args[4]), int(args[5]), args[6], args[7],
                *([int(args[8])] if len(args) == 9 else []))
    elif len(args) == 2 and args[0] == "report":
        report(args[1])
    else:
        sys.exit(__doc__)


if __name__ == "__main__":
    try:
        main(sys.argv[1:])
    except KeyboardInterrupt:
        sys.exit(130)
