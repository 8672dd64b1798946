#!/usr/bin/env python3
"""The first render of the Vaadin cabinet in headless Chromium (issue #14; stdlib only: Debian's chromedriver is
driven over the W3C WebDriver HTTP protocol with urllib + json, no selenium package).

  render.py <portal url> <tenant e-mail> <tenant password> <result.json> [<runs>=5] [<screenshot.png>]

      e.g. render.py http://127.0.0.1:8181 demo@kabinet.local '<password>' /tmp/render.json 5 /tmp/cabinet.png

Starts /usr/bin/chromedriver on a free loopback port (and always ends it, with every browser it started). A run is
two new browser sessions (headless /usr/bin/chromium, a 1366×900 window, a fresh temporary profile each, so
nothing is cached from one session to the next):

  stepwise  GET / → the sign-in form is interactive (signin_ms, from the navigation's start); the e-mail and the
            password typed with WebDriver send-keys (real key events, not timed), then a WebDriver click on the
            sign-in button → the cabinet is interactive (cabinet_ms, from the click);
  one go    GET / and, as soon as the form is interactive, a script in the page fills both fields (value + input
            and change events) and clicks the button at once → the cabinet is interactive: cold_cabinet_ms, from
            the navigation's start, with no typing and no WebDriver round trip in it.

Every time is the browser's own clock, taken in the page: a script added to each new document (Chrome DevTools
Page.addScriptToEvaluateOnNewDocument, through chromedriver's goog/cdp/execute) checks the conditions every 20 ms
from the document's start and notes performance.now() (milliseconds since the navigation started) the first time
they hold; WebDriver only collects the notes afterwards. Ready means (Vaadin 8):

  sign-in form  #signin-email (the <input> itself) is there, shown and enabled, and Vaadin is idle;
  cabinet       the home page's billing card has its lines, #card-billing-<account number> (one per linked account,
                filled in only from the account's ledger, so only once the account data is shown) with text, and
                its button #card-billing-open, all shown, and Vaadin is idle;
  Vaadin idle   every client in window.vaadin.clients says isActive() false (no request in flight, no UIDL being
                handled or laid out: what TestBench's waitForVaadin asks) and no .v-loading-indicator is shown
                (Vaadin's inline display is not none; the indicator only shows 300 ms into a request, so it
                alone says too little, and Valo's CSS keeps its computed display block even when hidden).

Run 0 warms the server up (JIT, the first Vaadin session, the ledger queries): it is reported under "warmup" and
left out of the lists, medians and maxima; <runs> more runs are measured. Writes <result.json>, prints a one-line
summary; with <screenshot.png>, a screenshot of the cabinet at the end of the last run. If a run fails (sign-in
refused, an element not there within 30 s), the message names what was missing and the page's last requests
(Vaadin's UIDL: still open, or how they ended), a screenshot of the page goes next to <result.json>
(<name>-failure[-run<N>].png) and, with BENCH_PORTAL_PID set, the portal's threads (<name>-threads[-run<N>].txt,
those inside org.kabinet printed). The first failed run is measured once more, and said in the output and in the
result ("retried"); a second failure exits with status 1.
"""
import json
import os
import pathlib
import shutil
import signal
import socket
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.request
from base64 import b64decode

CHROMEDRIVER = "/usr/bin/chromedriver"
CHROMIUM = "/usr/bin/chromium"
WIDTH, HEIGHT = 1366, 900
POLL_MS = 20                       # how often the page checks the conditions
WAIT_SECONDS = 30                  # how long a condition may take before the run fails
CHROMIUM_ARGS = ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                 f"--window-size={WIDTH},{HEIGHT}",
                 # as the project's browser tests: no background traffic of the browser's own during a run
                 "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"]

# Added to every new document of a session, before the page's own scripts; CONFIG is replaced by a JSON object
# {"pollMs", "autopilot", "email", "password"} (the credentials only for the one-go session). Runs only in the top
# window: GWT's xsiframe linker loads the widgetset's code in a hidden iframe, which gets this script too.
WATCHER = r"""
(() => {
  // every XHR of the page and its frames (Vaadin's UIDL and heartbeat requests): when it went, when and how it ended,
  // on the top window's clock; a stall's message names the request still open or the last ones and how they ended
  // (Vaadin retries a failed one, "reconnecting"). GWT's code runs in a hidden same-origin iframe: wrapped there too
  let top;
  try { top = window.top; top.performance.now(); } catch (e) { return; }
  const requests = top.__kabinetRequests = top.__kabinetRequests || [];
  const open = XMLHttpRequest.prototype.open, send = XMLHttpRequest.prototype.send;
  XMLHttpRequest.prototype.open = function (method, url) {
    this.__kabinet = {url: String(url).replace(/^[a-z]+:\/\/[^/]+/, '').slice(0, 80), sent: null, ended: null, status: null};
    return open.apply(this, arguments);
  };
  XMLHttpRequest.prototype.send = function () {
    const entry = this.__kabinet;
    if (entry) {
      entry.sent = top.performance.now();
      requests.push(entry);
      this.addEventListener('loadend', () => { entry.ended = top.performance.now(); entry.status = this.status; });
    }
    return send.apply(this, arguments);
  };
  if (window.top !== window || location.protocol === 'about:') return;
  const config = CONFIG;
  // the notes: milliseconds since the navigation started (performance.now()), null until it happened
  const notes = window.__kabinetRender = {signin: null, click: null, cabinet: null, refused: null};
  const shown = e => !!e && e.getClientRects().length > 0 && getComputedStyle(e).visibility !== 'hidden';
  const enabled = e => !e.disabled && !e.readOnly && !e.closest('.v-disabled');
  function vaadinIdle() {
    const clients = window.vaadin && window.vaadin.clients;
    if (!clients || Object.keys(clients).length === 0) return false;       // the widgetset is not started yet
    for (const id in clients) {
      if (clients[id].isActive()) return false;
    }
    // Vaadin hides the indicator with an inline display: none, which Valo overrides (display: block !important,
    // opacity 0, to fade it out): the computed style says block even when idle, the inline one tells the truth
    for (const indicator of document.querySelectorAll('.v-loading-indicator')) {
      if (indicator.style.display !== 'none') return false;
    }
    return true;
  }
  function signinReady() {
    const email = document.getElementById('signin-email');
    return shown(email) && enabled(email) && vaadinIdle();
  }
  function cabinetReady() {
    const lines = [...document.querySelectorAll('#card-billing [id^="card-billing-"]')]
        .filter(e => e.id !== 'card-billing-open');
    return lines.length > 0 && lines.every(e => shown(e) && e.textContent.trim() !== '')
        && shown(document.getElementById('card-billing-open')) && vaadinIdle();
  }
  // the click on the sign-in button, however it comes (WebDriver's or the autopilot's), before Vaadin's handler
  addEventListener('click', e => {
    if (notes.click === null && e.target.closest && e.target.closest('#signin-submit')) notes.click = performance.now();
  }, true);
  // the one-go session: the values set as a password manager would (value, then input and change events:
  // Vaadin's text field sends its value on change), then the button's click, in the same tick
  function autopilot() {
    for (const [id, value] of [['signin-email', config.email], ['signin-password', config.password]]) {
      const field = document.getElementById(id);
      field.focus();
      field.value = value;
      field.dispatchEvent(new Event('input', {bubbles: true}));
      field.dispatchEvent(new Event('change', {bubbles: true}));
    }
    document.getElementById('signin-submit').click();
  }
  const timer = setInterval(() => {
    const now = performance.now();
    if (notes.signin === null && signinReady()) {
      notes.signin = now;
      if (config.autopilot) autopilot();
    } else if (notes.click !== null && notes.cabinet === null) {
      if (cabinetReady()) {
        notes.cabinet = now;
        clearInterval(timer);
      } else {
        const error = document.getElementById('signin-error');
        if (shown(error) && notes.refused === null) notes.refused = error.textContent.trim() || '(no text)';
      }
    }
  }, config.pollMs);
})();
"""

# Execute Async Script: waits in the page until the note arguments[0] is taken (or the sign-in is refused, or
# arguments[1] ms pass), then answers the notes, the navigation's milestones and, for a message, what the page shows.
WAIT_FOR = r"""
const [note, timeoutMs, done] = arguments;
const started = performance.now();
const shown = e => !!e && e.getClientRects().length > 0 && getComputedStyle(e).visibility !== 'hidden';
function text(id) { const e = document.getElementById(id); return e ? e.textContent.trim().slice(0, 200) : null; }
function answer() {
  const notes = window.__kabinetRender || null;
  const navigation = performance.getEntriesByType('navigation')[0];
  const email = document.getElementById('signin-email');
  const clients = window.vaadin && window.vaadin.clients ? Object.values(window.vaadin.clients) : [];
  done({
    notes: notes && Object.assign({}, notes),
    navigation: navigation ? {responseEnd: navigation.responseEnd, domContentLoaded: navigation.domContentLoadedEventEnd,
                              load: navigation.loadEventEnd} : null,
    page: {url: location.href, title: document.title, viewport: [innerWidth, innerHeight],
           vaadinClients: clients.length, vaadinActive: clients.some(c => c.isActive()),
           loadingIndicator: [...document.querySelectorAll('.v-loading-indicator')]
               .some(e => e.style.display !== 'none'),
           signinEmail: email ? (shown(email) ? (email.disabled ? 'disabled' : 'shown') : 'hidden') : 'missing',
           signinError: text('signin-error'), cabinet: !!document.getElementById('cabinet'),
           cardBilling: text('card-billing'), cardAccounts: text('card-accounts'),
           reconnecting: [...document.querySelectorAll('.v-reconnect-dialog')].some(shown),
           requests: (window.__kabinetRequests || []).slice(-6).map(r => Object.assign({}, r)),
           now: performance.now()}});
}
(function check() {
  const notes = window.__kabinetRender;
  if ((notes && (notes[note] !== null || notes.refused !== null)) || performance.now() - started > timeoutMs) {
    return answer();
  }
  setTimeout(check, 50);
})();
"""

# Execute Async Script: waits until no Vaadin client is active (true), or arguments[0] ms pass (false).
IDLE = r"""
const [timeoutMs, done] = arguments;
const started = performance.now();
(function check() {
  const clients = window.vaadin && window.vaadin.clients ? Object.values(window.vaadin.clients) : [];
  if (clients.length > 0 && !clients.some(c => c.isActive())) return done(true);
  if (performance.now() - started > timeoutMs) return done(false);
  setTimeout(check, 20);
})();
"""


class Failure(Exception):
    """A run could not be measured; the message says what was not there."""


class WebDriverError(Exception):
    pass


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class ChromeDriver:
    """Debian's chromedriver on a free loopback port, in its own process group (so that ending the group ends
    every browser it started, even one a failed run left behind)."""

    def __init__(self, log_path):
        self.port = free_port()
        self.base = f"http://127.0.0.1:{self.port}"
        with open(log_path, "wb") as log:
            self.process = subprocess.Popen([CHROMEDRIVER, f"--port={self.port}"], stdin=subprocess.DEVNULL,
                                            stdout=log, stderr=subprocess.STDOUT, start_new_session=True)
        deadline = time.monotonic() + 15
        while True:
            try:
                if self.call("GET", "/status").get("ready"):
                    return
            except (OSError, WebDriverError):
                pass
            if self.process.poll() is not None or time.monotonic() > deadline:
                tail = pathlib.Path(log_path).read_text(errors="replace")[-2000:]
                self.stop()
                raise Failure(f"chromedriver did not start on port {self.port}:\n{tail}")
            time.sleep(0.1)

    def call(self, method, path, body=None, timeout=WAIT_SECONDS + 30):
        """One WebDriver command; answers its "value", raises WebDriverError with the driver's message."""
        data = None if body is None else json.dumps(body).encode()
        request = urllib.request.Request(self.base + path, data=data, method=method,
                                         headers={"Content-Type": "application/json; charset=utf-8"})
        try:
            with urllib.request.urlopen(request, timeout=timeout) as response:
                answer = json.loads(response.read() or b"{}")
        except urllib.error.HTTPError as e:
            try:
                value = json.loads(e.read()).get("value", {})
            except ValueError:
                value = {}
            message = (str(value.get("message", "")).splitlines() or [""])[0]
            raise WebDriverError(f"{method} {path}: HTTP {e.code} {value.get('error', '')}: {message}") from None
        return answer.get("value")

    def stop(self):
        """Ends chromedriver and whatever is left of its process group (our own process group, by its id)."""
        if self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(5)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()
        try:
            os.killpg(self.process.pid, signal.SIGKILL)    # a browser chromedriver left behind
        except ProcessLookupError:
            pass


class Browser:
    """One WebDriver session: headless Chromium with a fresh temporary profile."""

    def __init__(self, driver):
        self.driver = driver
        self.profile = tempfile.mkdtemp(prefix="kabinet-render-profile-")
        self.session = None
        capabilities = {"browserName": "chrome", "pageLoadStrategy": "normal",
                        "timeouts": {"script": (WAIT_SECONDS + 10) * 1000, "pageLoad": (WAIT_SECONDS + 30) * 1000},
                        "goog:chromeOptions": {"binary": CHROMIUM,
                                               "args": [*CHROMIUM_ARGS, f"--user-data-dir={self.profile}"]}}
        try:
            value = driver.call("POST", "/session", {"capabilities": {"alwaysMatch": capabilities}})
        except WebDriverError as e:
            self.quit()
            raise Failure(f"no browser session: {e}") from None
        except BaseException:
            self.quit()                                    # e.g. SIGTERM meanwhile: the profile goes too
            raise
        self.session = value["sessionId"]
        self.version = value["capabilities"].get("browserVersion", "?")
        self.driver_version = value["capabilities"].get("chrome", {}).get("chromedriverVersion", "?").split(" ")[0]

    def call(self, method, path, body=None):
        return self.driver.call(method, f"/session/{self.session}{path}", body)

    def watch(self, config):
        """The watcher goes into every document opened from now on."""
        source = WATCHER.replace("CONFIG", json.dumps({"pollMs": POLL_MS, **config}))
        self.call("POST", "/goog/cdp/execute", {"cmd": "Page.addScriptToEvaluateOnNewDocument",
                                                "params": {"source": source}})

    def get(self, url):
        self.call("POST", "/url", {"url": url})

    def wait_for(self, note):
        return self.call("POST", "/execute/async", {"script": WAIT_FOR, "args": [note, WAIT_SECONDS * 1000]})

    def element(self, element_id):
        value = self.call("POST", "/element", {"using": "css selector", "value": f"#{element_id}"})
        return next(iter(value.values()))              # {"element-6066-…": "<reference>"}

    def type(self, element_id, text):
        self.call("POST", f"/element/{self.element(element_id)}/value", {"text": text})

    def click(self, element_id):
        self.call("POST", f"/element/{self.element(element_id)}/click", {})

    def screenshot(self, path):
        pathlib.Path(path).write_bytes(b64decode(self.call("GET", "/screenshot")))

    def quit(self):
        if self.session:
            try:
                self.call("DELETE", "")
            except (OSError, WebDriverError):
                pass                                       # the process group goes at the end anyway
            self.session = None
        shutil.rmtree(self.profile, ignore_errors=True)


def requests(page):
    """The page's last requests, as a stall's message tells them: '<url> sent at 1.2 s, 200 after 85 ms' or
    '… still open after 29.1 s'; and whether Vaadin shows its reconnect dialog."""
    told = []
    for r in page.get("requests") or []:
        if r["sent"] is None:
            continue
        if r["ended"] is None:
            told.append(f"{r['url']} sent at {r['sent'] / 1000:.1f} s, still open after "
                        f"{(page['now'] - r['sent']) / 1000:.1f} s")
        else:
            told.append(f"{r['url']} sent at {r['sent'] / 1000:.1f} s, {r['status']} after "
                        f"{r['ended'] - r['sent']:.0f} ms")
    return ("the page's last requests: " + ("; ".join(told) or "none")
            + ("; Vaadin's reconnect dialog is shown" if page.get("reconnecting") else ""))


def waited(browser, note, what):
    """Waits for the note; raises Failure naming what was not there (or why the sign-in was refused)."""
    result = browser.wait_for(note)
    notes, page = result["notes"], result["page"]
    if notes is None:
        raise Failure(f"the page measured nothing: no watcher in {page['url']} ({page['title']!r})")
    if notes["refused"] is not None:
        raise Failure(f"the sign-in was refused: #signin-error says {notes['refused']!r}")
    if notes[note] is None:
        if note == "signin":
            missing = (f"#signin-email {page['signinEmail']}, {page['vaadinClients']} Vaadin client(s)"
                       + (", busy" if page["vaadinActive"] else "") + f"; the page: {page['url']} ({page['title']!r})")
        elif not page["cabinet"]:
            missing = f"no #cabinet (still {'the sign-in page' if page['signinEmail'] != 'missing' else page['url']})"
        elif page["cardBilling"] is None:
            missing = (f"#cabinet is there but not #card-billing (no linked account?); #card-accounts: "
                       f"{page['cardAccounts']!r}, address {page['url']}")
        else:
            missing = f"#card-billing is there ({page['cardBilling']!r}) but not ready"
        busy = " Vaadin still busy;" if page["vaadinActive"] or page["loadingIndicator"] else ""
        raise Failure(f"{what} not ready within {WAIT_SECONDS} s:{busy} {missing}; {requests(page)}")
    return result


def stepwise(browser, url, email, password):
    """GET /, the sign-in form; the typing (not timed); the click, the cabinet."""
    browser.watch({"autopilot": False})
    browser.get(url + "/")
    signin = waited(browser, "signin", "the sign-in form (#signin-email)")
    # WebDriver send-keys: real key events. Vaadin's text fields send their value 400 ms after the last key
    # (ValueChangeMode.LAZY) or on blur: waiting for that round trip to end keeps it out of the click's time
    browser.type("signin-email", email)
    browser.type("signin-password", password)
    time.sleep(0.6)
    if not browser.call("POST", "/execute/async", {"script": IDLE, "args": [WAIT_SECONDS * 1000]}):
        raise Failure(f"Vaadin still busy {WAIT_SECONDS} s after the typing")
    browser.click("signin-submit")
    cabinet = waited(browser, "cabinet", "the cabinet (#card-billing-<number>, #card-billing-open)")
    notes = cabinet["notes"]
    return {"signin_ms": notes["signin"], "cabinet_ms": notes["cabinet"] - notes["click"],
            "navigation": signin["navigation"], "viewport": cabinet["page"]["viewport"]}


def one_go(browser, url, email, password):
    """GET / and the in-page autopilot: from the navigation's start to the cabinet without a pause."""
    browser.watch({"autopilot": True, "email": email, "password": password})
    browser.get(url + "/")
    notes = waited(browser, "cabinet", "the cabinet after the in-page sign-in (#card-billing-<number>)")["notes"]
    return {"cold_cabinet_ms": notes["cabinet"], "cold_signin_ms": notes["signin"],
            "cold_click_to_cabinet_ms": notes["cabinet"] - notes["click"]}


def measure(driver, url, email, password, shot):
    """One run: the stepwise session, then the one-go session (its browser answered still open, for a screenshot
    or the evidence of a failure: the caller quits it)."""
    browser = Browser(driver)
    try:
        figures = stepwise(browser, url, email, password)
    except Failure as e:
        e.browser = browser
        raise
    browser.quit()
    browser = Browser(driver)
    try:
        figures.update(one_go(browser, url, email, password))
    except Failure as e:
        e.browser = browser
        raise
    if shot:
        browser.screenshot(shot)
    return browser, figures


def evidence(failure, result_path, suffix):
    """What a failed run leaves: a screenshot of the failed session's page next to the result
    (<name>-failure<suffix>.png) and, with BENCH_PORTAL_PID set, the portal's threads at that moment (jcmd
    Thread.print, <name>-threads<suffix>.txt); answers {"screenshot": path, "threads": path} as taken."""
    found = {}
    browser = getattr(failure, "browser", None)
    if browser is not None and browser.session:
        path = result_path.with_name(f"{result_path.stem}-failure{suffix}.png")
        try:
            browser.screenshot(path)
            found["screenshot"] = str(path)
        except (OSError, WebDriverError):
            pass
    pid = os.environ.get("BENCH_PORTAL_PID")
    if pid:
        path = result_path.with_name(f"{result_path.stem}-threads{suffix}.txt")
        try:
            dump = subprocess.run(["jcmd", pid, "Thread.print"], capture_output=True, text=True, timeout=60).stdout
            path.write_text(dump)
            found["threads"] = str(path)
        except (OSError, subprocess.TimeoutExpired):
            pass
    return found


def threads_summary(path):
    """Prints the portal's threads that were inside the portal's own code (org.kabinet) when a run failed: the
    state and the first such frame, so that a stall's log says where the server was."""
    if not path:
        return
    for block in pathlib.Path(path).read_text(errors="replace").split("\n\n"):
        lines = block.splitlines()
        ours = [line.strip() for line in lines if line.strip().startswith("at org.kabinet.")]
        if not lines or not ours:
            continue
        state = next((line.strip() for line in lines if "java.lang.Thread.State" in line), "")
        print(f"      {lines[0].split(chr(34))[1] if chr(34) in lines[0] else lines[0][:60]}: "
              f"{state.replace('java.lang.Thread.State: ', '')}; {ours[0]}; {lines[2].strip() if len(lines) > 2 else ''}",
              flush=True)


def record(figures):
    """A run as the JSON has it: every figure in ms, rounded to 0.1 ms."""
    navigation = figures["navigation"] or {}
    return {key: round(value, 1) for key, value in (
        ("signin_ms", figures["signin_ms"]), ("cabinet_ms", figures["cabinet_ms"]),
        ("cold_cabinet_ms", figures["cold_cabinet_ms"]),
        # the one-go session's split: navigation → form interactive (the autopilot clicks at once), click → cabinet
        ("cold_signin_ms", figures["cold_signin_ms"]), ("cold_click_to_cabinet_ms", figures["cold_click_to_cabinet_ms"]),
        # the stepwise session's navigation milestones, from its start: the sign-in form comes well after load,
        # once the widgetset has started and the first UIDL is handled
        ("response_end_ms", navigation.get("responseEnd")), ("dom_content_loaded_ms", navigation.get("domContentLoaded")),
        ("load_ms", navigation.get("load"))) if value is not None}


def main(argv):
    if len(argv) not in (5, 6, 7):
        sys.exit(__doc__)
    url, email, password, result_path = argv[1].rstrip("/"), argv[2], argv[3], pathlib.Path(argv[4])
    runs = int(argv[5]) if len(argv) > 5 else 5
    shot = pathlib.Path(argv[6]) if len(argv) > 6 else None
    if runs < 1:
        sys.exit("!! at least one measured run")
    for program in (CHROMEDRIVER, CHROMIUM):
        if not os.access(program, os.X_OK):
            sys.exit(f"!! {program} is needed: apt-get install -y chromium chromium-driver")
    result_path.parent.mkdir(parents=True, exist_ok=True)
    # SIGTERM ends like Ctrl+C: through the finally blocks, so that no browser is left behind
    signal.signal(signal.SIGTERM, lambda *_: sys.exit("!! terminated"))

    work = tempfile.mkdtemp(prefix="kabinet-render-")
    driver = browser = None
    try:
        driver = ChromeDriver(os.path.join(work, "chromedriver.log"))
        print(f">> {url}: run 0 warms the server up, then {runs} measured; two new headless Chromium sessions a run "
              f"({WIDTH}×{HEIGHT}, fresh profile): stepwise, then in one go", flush=True)
        measured, warmup, retried = [], None, []
        for run in range(runs + 1):
            try:
                browser, figures = measure(driver, url, email, password, run == runs and shot)
            except Failure as e:
                # one more try, once in the whole bench: a stall is reported (message, screenshot, the portal's
                # threads), and a second failure ends the bench
                if retried:
                    raise
                retried.append({"run": run, "failure": str(e), **evidence(e, result_path, f"-run{run}")})
                print(f"   !! run {run} failed, trying it once more: {e}"
                      f"{''.join(f' ({k}: {v})' for k, v in retried[0].items() if k not in ('run', 'failure'))}",
                      flush=True)
                threads_summary(retried[0].get("threads"))
                e.browser.quit()
                browser, figures = measure(driver, url, email, password, run == runs and shot)
            versions = (browser.version, browser.driver_version)
            browser.quit()
            print(f"   run {run}{' (warm-up)' if run == 0 else ''}: sign-in form {figures['signin_ms']:.0f} ms, "
                  f"click → cabinet {figures['cabinet_ms']:.0f} ms; in one go {figures['cold_cabinet_ms']:.0f} ms",
                  flush=True)
            if run == 0:
                warmup = figures
            else:
                measured.append(figures)
    except (Failure, WebDriverError, OSError) as e:      # OSError: chromedriver gone (URLError) and the like
        found = evidence(e, result_path, "")
        threads_summary(found.get("threads"))
        if getattr(e, "browser", None) is not None:
            e.browser.quit()
        sys.exit(f"!! {e}{''.join(f' ({k}: {v})' for k, v in found.items())}")
    finally:
        if browser is not None:
            browser.quit()
        if driver is not None:
            driver.stop()
        shutil.rmtree(work, ignore_errors=True)

    result = {"runs": runs, "url": url, "tenant": email,
              "warmup_discarded": True,    # run 0: under "warmup" only, left out of the lists and figures below
              # --window-size sets the window: new headless Chromium keeps room for a (virtual) toolbar, so the
              # page itself is smaller (1366x757 with Chromium 156); "viewport" is what the page measured
              "window": f"{WIDTH}x{HEIGHT}", "viewport": "x".join(map(str, measured[-1]["viewport"])),
              "chromium": versions[0], "chromedriver": versions[1], "poll_ms": POLL_MS}
    for key in ("signin_ms", "cabinet_ms", "cold_cabinet_ms"):
        values = [m[key] for m in measured]
        result[key] = [round(v, 1) for v in values]
        result[f"median_{key}"] = round(statistics.median(values), 1)
        result[f"min_{key}"] = round(min(values), 1)
        result[f"max_{key}"] = round(max(values), 1)
    result["warmup"] = record(warmup)
    result["retried"] = retried            # a run that failed once and was measured again: what it said
    result["details"] = [record(m) for m in measured]
    result_path.write_text(json.dumps(result, indent=2, ensure_ascii=False) + "\n")
    print(f"== first render, {runs} runs, median (max): sign-in form {result['median_signin_ms']:.0f} "
          f"({result['max_signin_ms']:.0f}) ms, click → cabinet {result['median_cabinet_ms']:.0f} "
          f"({result['max_cabinet_ms']:.0f}) ms, navigation → cabinet in one go {result['median_cold_cabinet_ms']:.0f} "
          f"({result['max_cold_cabinet_ms']:.0f}) ms; Chromium {versions[0]}, viewport {result['viewport']} → {result_path}"
          + "".join(f"; run {r['run']} was measured again after a failure: {r['failure']}" for r in retried),
          flush=True)


if __name__ == "__main__":
    main(sys.argv)
