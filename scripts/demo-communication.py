#!/usr/bin/env python3
"""Seeds communication demo data through the REST API, as an integrator and a visitor would: two
announcements of the company for the demo building (a routine one about meter readings and an urgent
water cut; the demo flat's tenant sees both as soon as an account of the building is linked), and one
feedback form from a signed-out visitor, so the staff inbox shows how a thread looks.

Safe to run again: announcements with the same title are left alone; the feedback is sent only when
the inbox is empty.

usage: demo-communication.py <api base, e.g. http://localhost:8181/api/v1> <manager> <password>
                             <city id, e.g. khanty-mansiysk> <building, e.g. "ул. Мира, д. 5">
"""
import base64
import json
import sys
import urllib.error
import urllib.request

if len(sys.argv) != 6:
    sys.exit(__doc__)
api, user, password, city, building = sys.argv[1:6]
auth = "Basic " + base64.b64encode(f"{user}:{password}".encode()).decode()


def call(method, path, body=None, staff=True):
    data = None if body is None else json.dumps(body).encode()
    headers = {"Content-Type": "application/json", "Accept": "application/json"}
    if staff:
        headers["Authorization"] = auth
    request = urllib.request.Request(api + path, data=data, method=method, headers=headers)
    try:
        with urllib.request.urlopen(request, timeout=60) as answer:
            text = answer.read().decode()
            return json.loads(text) if text else None
    except urllib.error.HTTPError as e:
        sys.exit(f"{method} {path}: {e.code} {e.read().decode()}")


ANNOUNCEMENTS = [
    {"title": "Приём показаний счётчиков с 20 по 25 число",
     "html": "<p>Передавайте показания индивидуальных приборов учёта <b>с 20 по 25 число</b> каждого месяца "
             "в разделе «Показания». Показание, переданное позже, будет учтено в следующем месяце.</p>"
             "<p>Умный счётчик или Home Assistant может передавать показания сам — создайте токен в разделе "
             "«Токены для умных счётчиков».</p>",
     "importance": "NORMAL"},
    {"title": "Отключение холодной воды 27 ноября с 10:00 до 14:00",
     "html": "<p>В связи с ремонтом стояка <b>27 ноября с 10:00 до 14:00</b> будет отключена холодная вода.</p>"
             "<ul><li>наберите запас воды заранее;</li><li>после включения дайте воде стечь 2–3 минуты.</li></ul>"
             "<p>Приносим извинения за неудобства.</p>",
     "importance": "URGENT"},
]

existing = {a["title"] for a in call("GET", "/admin/announcements")}
for announcement in ANNOUNCEMENTS:
    if announcement["title"] in existing:
        continue
    created = call("POST", "/admin/announcements", dict(announcement, audience={
        "kind": "BUILDING", "cityId": city, "building": building}))
    print(f"   announcement «{created['title']}»: {created['state']}, {created['recipients']} recipient(s)")

if not call("GET", "/admin/messages"):
    answer = call("POST", "/feedback", {"name": "Мария Петровна", "contact": "+7 912 000-00-00",
                                        "text": "Во втором подъезде не горит свет на 3 этаже. Посмотрите, пожалуйста.",
                                        "website": ""}, staff=False)
    print(f"   feedback {answer['number']} in the staff inbox")
