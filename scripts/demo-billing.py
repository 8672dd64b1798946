#!/usr/bin/env python3
"""Seeds billing demo data through the staff REST API, as an integrator would: services and tariffs
with plausible Khanty-Mansiysk numbers, 14 monthly billing runs up to last month (all but the last
closed), and payments for every account of the demo building — some months paid late or short, so
the demo tenant sees a debt, пени with their explanation and a chart with real bars.

usage: demo-billing.py <api base, e.g. http://localhost:8181/api/v1> <manager> <password>
"""
import base64
import datetime
import json
import sys
import time
import urllib.request

api, user, password = sys.argv[1:4]
auth = "Basic " + base64.b64encode(f"{user}:{password}".encode()).decode()


def call(method, path, body=None, content_type="application/json"):
    data = None if body is None else (body if isinstance(body, bytes) else json.dumps(body).encode())
    request = urllib.request.Request(api + path, data=data, method=method,
                                     headers={"Authorization": auth, "Content-Type": content_type})
    try:
        with urllib.request.urlopen(request, timeout=120) as answer:
            text = answer.read().decode()
            return answer.status, json.loads(text) if text else None
    except urllib.error.HTTPError as error:
        return error.code, error.read().decode()


services = [
    {"code": "rent", "nameRu": "Плата за наём", "nameEn": "Rent", "group": "RENT", "unit": "M2", "base": "AREA",
     "accountKinds": ["RENT"], "price": "12.37"},
    {"code": "maintenance", "nameRu": "Содержание и ремонт", "nameEn": "Maintenance", "group": "MAINTENANCE", "unit": "M2",
     "base": "AREA", "accountKinds": ["UTILITIES"], "price": "38.52"},
    {"code": "cold-water", "nameRu": "Холодное водоснабжение", "nameEn": "Cold water", "group": "UTILITIES", "unit": "M3",
     "base": "METERED", "normPerPerson": 4.2, "accountKinds": ["UTILITIES"], "price": "62.48"},
    {"code": "heating", "nameRu": "Отопление", "nameEn": "Heating", "group": "UTILITIES", "unit": "GCAL", "base": "AREA",
     "accountKinds": ["UTILITIES"], "price": "0.0252", "per": "Gcal per m²"},
    {"code": "waste", "nameRu": "Обращение с ТКО", "nameEn": "Municipal waste", "group": "UTILITIES", "unit": "PERSON",
     "base": "RESIDENTS", "accountKinds": ["UTILITIES"], "price": "203.15"},
]
for s in services:
    body = {k: v for k, v in s.items() if k not in ("price", "per")}
    status, answer = call("POST", "/admin/services", body)
    if status != 200:
        sys.exit(f"service {s['code']}: {status} {answer}")
    # heating is billed per m² at a price that includes the norm of Gcal per m²: 0,0252 Gcal × 3 124,61 ₽
    price = "78.74" if s["code"] == "heating" else s["price"]
    call("POST", "/admin/tariffs", {"service": s["code"], "scope": "CITY", "scopeValue": "khanty-mansiysk",
                                    "from": "2024-01-01", "price": price})

today = datetime.date.today()
last = (today.replace(day=1) - datetime.timedelta(days=1)).replace(day=1)
periods = []
month = last
for _ in range(14):
    periods.insert(0, month)
    month = (month - datetime.timedelta(days=1)).replace(day=1)

for period in periods:
    name = period.strftime("%Y-%m")
    status, run = call("POST", f"/admin/billing/periods/{name}/runs")
    if status != 202:
        sys.exit(f"run {name}: {status} {run}")
    while run["state"] == "RUNNING":
        time.sleep(0.3)
        _, run = call("GET", f"/admin/billing/periods/{name}/runs/{run['id']}")
    if run["state"] != "DONE":
        sys.exit(f"run {name}: {run}")
    if period != last:
        call("POST", f"/admin/billing/periods/{name}/close")

# payments: each account pays its month's charges around the 5th of the next month; the demo flat
# (8600001/8600002) pays three months late, one month short, and has not paid the last two months
status, accounts = call("GET", "/admin/accounts?city=khanty-mansiysk&size=500")
lines = ["payment_id;paid_on;account;city;amount;period"]
for account in accounts:
    status, ledger = call("GET", f"/admin/accounts/{account['id']}/ledger")
    demo = account["number"] in ("8600001", "8600002")
    for row in ledger["balance"]["periods"]:
        period = datetime.date.fromisoformat(row["period"] + "-01")
        paid_on = (period + datetime.timedelta(days=36)).replace(day=5)
        amount = float(row["charged"])
        index = periods.index(period)
        if demo:
            if index >= len(periods) - 2:
                continue
            if index in (3, 4, 5):
                paid_on = paid_on + datetime.timedelta(days=75)
            if index == 8:
                amount = round(amount * 0.6, 2)
        if paid_on > today:
            continue
        lines.append(f"DEMO-{account['number']}-{row['period']};{paid_on.isoformat()};{account['number']};khanty-mansiysk;"
                     f"{amount:.2f};{row['period']}")
status, answer = call("POST", "/admin/payments/import", "\n".join(lines).encode(), "text/csv")
if status != 200:
    sys.exit(f"payments: {status} {answer}")
print(f"   billing: {len(periods)} months billed, {answer['posted']} payments posted")
