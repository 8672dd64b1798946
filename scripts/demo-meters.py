#!/usr/bin/env python3
"""Seeds meters demo data through the staff REST API, as an integrator would: the metered services
hot water (м³) and electricity (кВт·ч) with tariffs if they are missing (cold water comes with the
billing demo), then meters on the demo account — cold water and hot water in the kitchen, a two-zone
(day/night) electricity meter — and on a few more accounts of the same city, each with 14 months of
readings taken by staff on the 22nd. Two readings are special: the demo account's newest hot-water
reading is a clear spike, so it is FLAGGED and left in the staff review queue, and one cold-water
reading was taken on the 27th, after the window, so it counts for the next month.

Safe to run again: services, tariffs and meters that are there are left alone, and a meter that
exists gets no readings.

usage: demo-meters.py <api base, e.g. http://localhost:8181/api/v1> <manager> <password>
                      <demo account number, e.g. 8600002> <city id, e.g. khanty-mansiysk>
"""
import base64
import datetime
import json
import random
import sys
import urllib.error
import urllib.parse
import urllib.request

if len(sys.argv) != 6:
    sys.exit(__doc__)
api, user, password, demo_number, city = sys.argv[1:6]
auth = "Basic " + base64.b64encode(f"{user}:{password}".encode()).decode()
MORE_ACCOUNTS = 3
MONTHS = 14


def call(method, path, body=None, content_type="application/json"):
    data = None if body is None else (body if isinstance(body, bytes) else json.dumps(body).encode())
    request = urllib.request.Request(api + path, data=data, method=method,
                                     headers={"Authorization": auth, "Content-Type": content_type,
                                              "Accept": "application/json"})
    try:
        with urllib.request.urlopen(request, timeout=120) as answer:
            text = answer.read().decode()
            return answer.status, json.loads(text) if text else None
    except urllib.error.HTTPError as error:
        text = error.read().decode()
        try:
            return error.code, json.loads(text)
        except ValueError:
            return error.code, text


def must(what, status, answer, *ok):
    if status not in ok:
        sys.exit(f"meters demo: {what}: {status} {answer}")
    return answer


# ---- services and tariffs --------------------------------------------------------------------------

services = [
    {"code": "hot-water", "nameRu": "Горячее водоснабжение", "nameEn": "Hot water", "group": "UTILITIES", "unit": "M3",
     "base": "METERED", "normPerPerson": 3.0, "accountKinds": ["UTILITIES"], "price": "214.35"},
    {"code": "electricity", "nameRu": "Электроснабжение", "nameEn": "Electricity", "group": "UTILITIES", "unit": "KWH",
     "base": "METERED", "normPerPerson": 90, "accountKinds": ["UTILITIES"], "price": "2.87"},
]
known = {s["code"] for s in must("services", *call("GET", "/admin/services"), 200)}
priced = {t["service"] for t in must("tariffs", *call("GET", "/admin/tariffs"), 200)}
for s in services:
    if s["code"] not in known:
        body = {k: v for k, v in s.items() if k != "price"}
        must(f"service {s['code']}", *call("POST", "/admin/services", body), 200)
        print(f"   meters: service {s['code']} added")
    if s["code"] not in priced:
        must(f"tariff {s['code']}", *call("POST", "/admin/tariffs", {"service": s["code"], "scope": "CITY", "scopeValue": city,
                                                                     "from": "2024-01-01", "price": s["price"]}), 201)
        print(f"   meters: tariff {s['code']} {s['price']} ₽ from 2024-01-01 for {city}")

# ---- the accounts: the demo one and a few more utilities accounts of the city ------------------------

accounts = must("accounts", *call("GET", "/admin/accounts?size=500&city=" + urllib.parse.quote(city)), 200)
demo = next((a for a in accounts if a["number"] == demo_number), None)
if demo is None:
    sys.exit(f"meters demo: no account {demo_number} in {city}")
others = sorted((a for a in accounts if a["number"] != demo_number and a.get("kind") == demo.get("kind")
                 and a.get("status", "OPEN") == "OPEN"), key=lambda a: a["number"])[:MORE_ACCOUNTS]

# ---- the months: the 22nd of each of the last 14 months, oldest first --------------------------------

today = datetime.date.today()
months = []
month = today.replace(day=1)
for _ in range(MONTHS):
    month = (month - datetime.timedelta(days=1)).replace(day=1)
    months.insert(0, month)
installed = (months[0] - datetime.timedelta(days=1)).replace(day=1)


def next_month(day):
    return (day.replace(day=28) + datetime.timedelta(days=4)).replace(day=1)


def period_of(day):
    return day.strftime("%Y-%m")


# What each meter measures a month (per zone), thousandths of a unit, and how a meter is set up.
KINDS = {
    "COLD_WATER": {"prefix": "CW", "place": "кухня", "zones": 1, "digits": 5, "monthly": [(4200, 7100)], "start": [112_400]},
    "HOT_WATER": {"prefix": "HW", "place": "кухня", "zones": 1, "digits": 5, "monthly": [(2400, 3900)], "start": [64_870]},
    "ELECTRICITY": {"prefix": "EL", "place": "прихожая", "zones": 2, "digits": 6,
                    "monthly": [(118_000, 176_000), (46_000, 79_000)], "start": [8_412_000, 3_105_000]},
}

counts = {"meters": 0, "ACCEPTED": 0, "FLAGGED": 0, "REJECTED": 0, "skipped": 0}
notes = []


def seed(account, resource, spike=False, late=False):
    """Adds the meter unless its serial is there, then its readings month by month."""
    kind = KINDS[resource]
    serial = f"{kind['prefix']}-{account['number']}"
    existing = must(f"meters of {account['number']}", *call("GET", "/admin/meters?account=" + urllib.parse.quote(account["id"])), 200)
    if any(m["serialNumber"] == serial for m in existing):
        counts["skipped"] += 1
        return
    rng = random.Random(serial)
    values = list(kind["start"])
    meter = must(f"meter {serial}", *call("POST", "/admin/meters", {
        "accountId": account["id"], "resource": resource, "serialNumber": serial, "place": kind["place"],
        "zones": kind["zones"], "digits": kind["digits"], "installedOn": installed.isoformat(),
        "verificationDue": installed.replace(year=installed.year + 6).isoformat(),
        "initialValues": [v / 1000 for v in values]}), 201)
    counts["meters"] += 1
    late_at = len(months) - 4 if late else None
    for index, first in enumerate(months):
        if late_at is not None and index == late_at + 1:
            continue  # the late reading of the month before stands for this month
        taken = first.replace(day=27 if index == late_at else 22)
        for zone, (low, high) in enumerate(kind["monthly"]):
            used = rng.randint(low, high)
            if spike and index == len(months) - 1:
                used = high * 8  # far above any average of the meter's own history
            values[zone] += used
        status, answer = call("POST", f"/admin/meters/{meter['id']}/readings",
                              {"values": [v / 1000 for v in values], "takenOn": taken.isoformat()})
        reading = answer.get("reading", answer) if isinstance(answer, dict) else {}
        if status not in (201, 422) or "status" not in reading:
            sys.exit(f"meters demo: reading of {serial} taken {taken}: {status} {answer}")
        counts[reading["status"]] += 1
        expected = period_of(next_month(first)) if index == late_at else period_of(first)
        if reading["status"] != "ACCEPTED" or reading.get("period") != expected or index == late_at:
            notes.append(f"{serial} taken {taken}: {reading['status']} for {reading.get('period')} — {reading.get('reason')}")


seed(demo, "COLD_WATER", late=True)
seed(demo, "HOT_WATER", spike=True)
seed(demo, "ELECTRICITY")
for account in others:
    seed(account, "COLD_WATER")
    seed(account, "HOT_WATER")

print(f"   meters: {counts['meters']} meters added on {demo_number} and {', '.join(a['number'] for a in others) or 'no other account'}"
      f" ({counts['skipped']} there before); readings: {counts['ACCEPTED']} accepted, {counts['FLAGGED']} flagged for review,"
      f" {counts['REJECTED']} rejected")
for note in notes:
    print(f"     {note}")
