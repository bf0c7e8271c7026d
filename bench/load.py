"""Load benchmark: how fast quizapp answers students taking quizzes, next to /healthz.

What it does
------------
1. Makes a throw-away instance in a temporary folder: a fresh SQLite database
   (``quizapp init-db``), the question sets in ``<repo>/questions/``
   (``quizapp load``), and N student accounts written straight into SQLite, all
   sharing one real (scrypt) werkzeug password hash computed once.
2. Starts ``quizapp serve`` (gunicorn, gthread workers; 2 workers x 4 threads
   unless --workers/--threads say otherwise) on a free port of 127.0.0.1 and
   waits for GET /healthz to answer 200. The server is always stopped at the end;
   its log is ``server.log`` in the temporary folder (--keep keeps the folder).
3. Runs two phases, each for --seconds, each with the same number of
   concurrent keep-alive connections (--students, one thread per connection):

   * Phase 1, baseline: every connection sends GET /healthz as fast as it can.
     /healthz does one ``SELECT 1``, so this is what the server, gunicorn and
     this client manage with almost no application work.
   * Phase 2, quiz: every connection is one logged-in student (its own cookie
     jar, logged in before the clock starts) looping: POST /sets/<id>/start
     with restart=1, then for each question GET /attempts/<a>/<n>, POST an
     answer the server accepts for that question type, and finally
     POST /attempts/<a>/finish. Redirects are followed by hand; every HTTP
     request, redirect targets included, counts as one request with its own
     latency. The "answer POSTs" (POST /attempts/<a>/<n>, not their
     redirects) are also measured on their own: they are the write path a
     class of students hits hardest.

   Each thread stops at the deadline (a request in flight finishes and is
   counted) or after --max-requests requests.

How to read the figures
-----------------------
For each phase: requests completed, throughput (req/s), p50 and p99 latency
(ms), responses that were not 2xx/3xx, and errors (exceptions such as a reset
connection). Phase 2 adds the answer-POST throughput and latency. Then:

* ``answer/healthz``: answer-POST throughput / /healthz throughput.
* ``all/healthz``: all phase-2 requests per second / /healthz throughput.

The client is Python too: the GIL, HTML parsing and the machine's cores (shared
with the server when both run here) limit it, so the absolute numbers say as
much about this machine and this client as about quizapp. The ratios cancel
most of that: both phases run in the same process, against the same server, on
the same machine, minutes apart. A ratio near 1 means quiz pages cost about as
much as the cheapest request the stack can serve (the client or the HTTP layer
is the limit); a ratio that falls after a change means the application work per
request (templates, SQLite reads, write transactions) got dearer. Compare
ratios between runs rather than raw req/s between machines. Latencies include
time a response waits for this client's GIL, so read p99 as an upper bound.

With --repeat K (default 3) both phases run K times against the same server and
every figure printed at the end is the median over the K repeats.

Usage::

    .venv/bin/python bench/load.py                       # 32 students, 10 s, 3 repeats
    .venv/bin/python bench/load.py --seconds 3 --repeat 1 --students 8   # smoke test

Standard library only, except werkzeug (installed with quizapp) for the
password hash; run it with the virtual environment's Python, whose folder must
hold the ``quizapp`` script.
"""

import argparse
import html
import http.client
import os
import re
import secrets
import signal
import socket
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from datetime import UTC, datetime
from pathlib import Path
from urllib.parse import urlencode, urlsplit

REPO = Path(__file__).resolve().parent.parent
HOST = "127.0.0.1"
COOKIE = "quizapp_session"
PASSWORD = "bench-" + secrets.token_urlsafe(12)
START_TIMEOUT = 30.0
REDIRECTS = (301, 302, 303, 307, 308)

SET_RE = re.compile(r'action="/sets/(\d+)/start"')
CSRF_RE = re.compile(r'name="csrf_token"[^>]*?value="([^"]*)"')
QUESTION_FORM_RE = re.compile(r'<form method="post" class="question-form"[^>]*>(.*?)</form>', re.S)
PROGRESS_RE = re.compile(r"Question (\d+) of (\d+)</h1>")
INPUT_RE = re.compile(r"<input\b([^>]*)>")
SELECT_RE = re.compile(r"<select\b([^>]*)>(.*?)</select>", re.S)
TEXTAREA_RE = re.compile(r"<textarea\b([^>]*)>", re.S)
OPTION_RE = re.compile(r'<option value="([^"]*)"')
ATTR_RE = re.compile(r'([\w-]+)="([^"]*)"')
ATTEMPT_PATH_RE = re.compile(r"/attempts/(\d+)/(\d+)$")


class BenchError(Exception):
    """The app answered something the benchmark cannot go on from."""


class Stop(Exception):
    """The deadline passed or the thread's request budget is spent."""


# --------------------------------------------------------------------------- set-up


def setup_instance(tmp, students):
    """Fresh database with the repo's question sets and ``students`` bench users."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("QUIZAPP_")}
    env.update({
        "QUIZAPP_DATABASE": str(tmp / "bench.sqlite"),
        "QUIZAPP_INSTANCE": str(tmp / "instance"),
        # A prefix keeps from_prefixed_env from reading the value as JSON.
        "QUIZAPP_SECRET_KEY": "bench-" + secrets.token_hex(32),
    })
    env.pop("PORT", None)
    quizapp = Path(sys.executable).parent / "quizapp"
    if not quizapp.exists():
        sys.exit(f"{quizapp} not found: run this with the virtual environment's Python "
                 "(e.g. .venv/bin/python bench/load.py).")
    for args in (["init-db"], ["load", str(REPO / "questions") + "/"]):
        done = subprocess.run([str(quizapp), *args], env=env, cwd=tmp,
                              capture_output=True, text=True, timeout=120)
        if done.returncode != 0:
            sys.exit(f"quizapp {' '.join(args)} failed ({done.returncode}):\n"
                     f"{done.stdout}{done.stderr}")
        last = done.stdout.strip().splitlines()[-1:] or [""]
        print(f"  quizapp {args[0]}: {last[0]}")

    from werkzeug.security import generate_password_hash

    password_hash = generate_password_hash(PASSWORD)  # scrypt, werkzeug's default
    now = datetime.now(UTC).isoformat(timespec="seconds")
    names = [f"bench-student-{i:04d}" for i in range(students)]
    db = sqlite3.connect(env["QUIZAPP_DATABASE"])
    try:
        with db:
            db.executemany(
                "INSERT INTO user (username, password_hash, role, session_token, created_at)"
                " VALUES (?, ?, 'student', ?, ?)",
                [(name, password_hash, secrets.token_urlsafe(32), now) for name in names],
            )
    finally:
        db.close()
    print(f"  {students} student accounts inserted (one shared {password_hash.split('$')[0]} hash)")
    return quizapp, env, names


def free_port():
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind((HOST, 0))
        return s.getsockname()[1]


def start_server(quizapp, env, tmp, port, workers, threads):
    log = open(tmp / "server.log", "wb")  # closed by stop_server
    proc = subprocess.Popen(
        [str(quizapp), "serve", "--host", HOST, "--port", str(port),
         "--workers", str(workers), "--threads", str(threads)],
        env=env, cwd=tmp, stdout=log, stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL,
        start_new_session=True,  # its own process group, so a kill reaches the workers too
    )
    proc.log_file = log
    return proc


def wait_healthy(proc, port, tmp):
    deadline = time.monotonic() + START_TIMEOUT
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise BenchError(f"the server exited with {proc.returncode}:\n{log_tail(tmp)}")
        conn = http.client.HTTPConnection(HOST, port, timeout=2)
        try:
            conn.request("GET", "/healthz")
            response = conn.getresponse()
            response.read()
            if response.status == 200:
                return
        except OSError:
            pass
        finally:
            conn.close()
        time.sleep(0.1)
    raise BenchError(f"/healthz did not answer 200 within {START_TIMEOUT:.0f} s:\n{log_tail(tmp)}")


def stop_server(proc):
    if proc.poll() is None:
        proc.terminate()  # gunicorn: graceful stop of the arbiter and its workers
        try:
            proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            try:
                os.killpg(proc.pid, signal.SIGKILL)
            except ProcessLookupError:
                pass
            proc.kill()
            proc.wait(timeout=10)
    proc.log_file.close()


def log_tail(tmp, lines=20):
    try:
        text = (tmp / "server.log").read_text(errors="replace")
    except OSError:
        return "(no server log)"
    return "\n".join(text.splitlines()[-lines:])


# --------------------------------------------------------------------------- client


class Client:
    """One keep-alive connection with its own cookie jar and its own counters."""

    def __init__(self, port, max_requests):
        self.port = port
        self.max_requests = max_requests
        self.conn = None
        self.used = False  # the connection has carried a request (so it may have gone stale)
        self.cookie = None
        self.csrf = None
        self.deadline = None  # None while logging in: not measured, not bounded
        self.reset_counters()

    def reset_counters(self):
        self.latencies = []
        self.answer_latencies = []
        self.bad = 0
        self.bad_samples = []
        self.errors = 0
        self.error_samples = []
        self.reconnects = 0
        self.finished = 0

    def close(self):
        if self.conn is not None:
            self.conn.close()
        self.conn = None
        self.used = False

    def request(self, method, path, fields=None, answer=False):
        """Send one request; return (status, location, body). Records latency when measured."""
        measured = self.deadline is not None
        if measured and (time.perf_counter() >= self.deadline
                         or len(self.latencies) >= self.max_requests):
            raise Stop
        headers = {}
        if self.cookie:
            headers["Cookie"] = f"{COOKIE}={self.cookie}"
        body = None
        if fields is not None:
            body = urlencode(fields)
            headers["Content-Type"] = "application/x-www-form-urlencoded"
        while True:
            if self.conn is None:
                self.conn = http.client.HTTPConnection(HOST, self.port, timeout=30)
            stale_possible = self.used
            start = time.perf_counter()
            try:
                self.conn.request(method, path, body, headers)
                response = self.conn.getresponse()
                data = response.read()
            except (http.client.RemoteDisconnected, ConnectionResetError, BrokenPipeError):
                self.close()
                if stale_possible:
                    # The server closed an idle keep-alive connection; retry once, fresh.
                    self.reconnects += 1
                    continue
                raise
            except BaseException:
                self.close()
                raise
            elapsed = time.perf_counter() - start
            self.used = True
            break
        if response.will_close:
            self.close()
        for header in response.msg.get_all("Set-Cookie") or ():
            name, _, rest = header.partition("=")
            if name.strip() == COOKIE:
                self.cookie = rest.split(";", 1)[0].strip() or None
        status = response.status
        if measured:
            self.latencies.append(elapsed)
            if answer:
                self.answer_latencies.append(elapsed)
            if not 200 <= status < 400:
                self.bad += 1
                if len(self.bad_samples) < 3:
                    self.bad_samples.append(f"{method} {path} -> {status}")
        return status, response.getheader("Location"), data.decode("utf-8", "replace")

    def get(self, path):
        return self.follow(path, *self.request("GET", path))

    def post(self, path, fields, answer=False):
        return self.follow(path, *self.request("POST", path, fields, answer=answer))

    def follow(self, path, status, location, body):
        """Follow redirects with GETs; return (final path, status, body)."""
        for _ in range(10):
            if status not in REDIRECTS or not location:
                return path, status, body
            parts = urlsplit(location)
            path = parts.path + (f"?{parts.query}" if parts.query else "")
            status, location, body = self.request("GET", path)
        raise BenchError(f"too many redirects, last to {path}")


class HealthzClient(Client):
    def setup(self):
        pass

    def run(self):
        while True:
            self.request("GET", "/healthz")


class Student(Client):
    def __init__(self, port, max_requests, username, index):
        super().__init__(port, max_requests)
        self.username = username
        self.index = index
        self.set_id = None

    def setup(self):
        """Log in (once; the cookie jar outlives the repeats) and find a set to take."""
        if self.set_id is not None:
            return
        _, _, page = self.get("/auth/login")
        token = CSRF_RE.search(page)
        if not token:
            raise BenchError("no csrf_token on /auth/login")
        fields = {"username": self.username, "password": PASSWORD,
                  "csrf_token": html.unescape(token.group(1))}
        path, status, page = self.post("/auth/login", fields)
        if status != 200 or path != "/":
            raise BenchError(f"log-in as {self.username} ended at {path} with {status}")
        set_ids = SET_RE.findall(page)
        token = CSRF_RE.search(page)
        if not set_ids or not token:
            raise BenchError("the home page lists no set to start (or has no csrf_token)")
        self.set_id = set_ids[self.index % len(set_ids)]
        # Flask-WTF's token lasts as long as the session here (WTF_CSRF_TIME_LIMIT=None).
        self.csrf = html.unescape(token.group(1))

    def run(self):
        while True:
            self.take_quiz()

    def take_quiz(self):
        path, status, page = self.post(f"/sets/{self.set_id}/start",
                                       {"csrf_token": self.csrf, "restart": "1"})
        found = ATTEMPT_PATH_RE.search(path)
        progress = PROGRESS_RE.search(page)
        if status != 200 or not found or not progress:
            raise BenchError(f"starting set {self.set_id} ended at {path} with {status}")
        attempt = found.group(1)
        total = int(progress.group(2))
        for number in range(1, total + 1):
            question_path = f"/attempts/{attempt}/{number}"
            if path != question_path:
                path, status, page = self.get(question_path)
            fields = answer_fields(page)
            if fields is None:  # already answered (feedback shown): nothing to post
                continue
            path, status, page = self.post(question_path, fields, answer=True)
        self.post(f"/attempts/{attempt}/finish", {"csrf_token": self.csrf})
        self.finished += 1


def attrs(text):
    return {name: html.unescape(value) for name, value in ATTR_RE.findall(text)}


def answer_fields(page):
    """Form fields answering the question on ``page`` in a way the server accepts."""
    form = QUESTION_FORM_RE.search(page)
    if form is None:
        return None
    form = form.group(1)
    fields = {}
    for tag in INPUT_RE.finditer(form):
        a = attrs(tag.group(1))
        name, kind = a.get("name"), a.get("type", "text")
        if not name or name in fields:
            continue
        if kind == "hidden":
            fields[name] = a.get("value", "")
        elif kind in ("radio", "checkbox"):
            fields[name] = a.get("value", "on")  # the first choice; "true" for true/false
        elif kind == "text":
            fields[name] = "42"  # a number, and a non-empty short answer
    for select in SELECT_RE.finditer(form):
        name = attrs(select.group(1)).get("name")
        options = [html.unescape(v) for v in OPTION_RE.findall(select.group(2)) if v]
        if name and options:
            fields[name] = options[0]
    for textarea in TEXTAREA_RE.finditer(form):
        name = attrs(textarea.group(1)).get("name")
        if name:
            fields[name] = "An essay written by the load benchmark, long enough to be real."
    return fields  # a description item: just csrf_token (the Continue button)


# --------------------------------------------------------------------------- phases


def run_phase(clients, seconds):
    """Set every client up, release them together, stop them at the deadline."""
    clock = {}

    def release():  # run by the last thread to reach the barrier
        clock["start"] = time.perf_counter()
        clock["deadline"] = clock["start"] + seconds

    barrier = threading.Barrier(len(clients), action=release)

    def work(client):
        client.reset_counters()
        client.deadline = None
        ready = True
        try:
            client.setup()
        except Exception as e:  # reported with the figures
            client.errors += 1
            client.error_samples.append(f"setup: {e!r}")
            ready = False
        try:
            barrier.wait(timeout=120)
        except threading.BrokenBarrierError:
            return
        if not ready:
            return
        client.deadline = clock["deadline"]
        while True:
            try:
                client.run()
            except Stop:
                break
            except Exception as e:  # counted; the loop starts over
                client.errors += 1
                if len(client.error_samples) < 3:
                    client.error_samples.append(repr(e))
                client.close()
                if client.errors >= 1000:
                    break
        client.close()
        client.deadline = None

    threads = [threading.Thread(target=work, args=(c,), daemon=True) for c in clients]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    if "start" not in clock:
        raise BenchError("the clients never all got ready (barrier broken)")
    elapsed = time.perf_counter() - clock["start"]
    return summarize(clients, elapsed)


def percentile(values, p):
    """Linear-interpolated percentile of a sorted list (same as quantiles 'inclusive')."""
    if not values:
        return float("nan")
    k = (len(values) - 1) * p / 100
    low = int(k)
    high = min(low + 1, len(values) - 1)
    return values[low] + (values[high] - values[low]) * (k - low)


def summarize(clients, elapsed):
    latencies = sorted(x for c in clients for x in c.latencies)
    answers = sorted(x for c in clients for x in c.answer_latencies)
    return {
        "seconds": elapsed,
        "requests": len(latencies),
        "rps": len(latencies) / elapsed,
        "p50_ms": percentile(latencies, 50) * 1000,
        "p99_ms": percentile(latencies, 99) * 1000,
        "bad_status": sum(c.bad for c in clients),
        "errors": sum(c.errors for c in clients),
        "reconnects": sum(c.reconnects for c in clients),
        "answers": len(answers),
        "answer_rps": len(answers) / elapsed,
        "answer_p50_ms": percentile(answers, 50) * 1000,
        "answer_p99_ms": percentile(answers, 99) * 1000,
        "quizzes": sum(c.finished for c in clients),
        "samples": [s for c in clients for s in c.bad_samples + c.error_samples][:5],
    }


def print_phase(label, r, quiz=False):
    print(f"  {label:<22} {r['requests']:>8.0f} requests  {r['rps']:>8.1f} req/s"
          f"  p50 {r['p50_ms']:>7.2f} ms  p99 {r['p99_ms']:>7.2f} ms"
          f"  non-2xx/3xx {r['bad_status']:.0f}  errors {r['errors']:.0f}")
    if quiz:
        print(f"  {'  answer POSTs':<22} {r['answers']:>8.0f} requests  {r['answer_rps']:>8.1f} req/s"
              f"  p50 {r['answer_p50_ms']:>7.2f} ms  p99 {r['answer_p99_ms']:>7.2f} ms"
              f"  ({r['quizzes']:.0f} quizzes finished)")
    if r.get("reconnects"):
        print(f"  {'':<22} ({r['reconnects']:.0f} stale keep-alive connection(s) reopened)")
    for sample in r.get("samples", ()):
        print(f"  {'':<22} e.g. {sample}")


def print_ratios(health, quiz):
    print(f"  {'answer/healthz':<22} {ratio(quiz['answer_rps'], health['rps']):.3f}"
          "   (answer-POST throughput / /healthz throughput)")
    print(f"  {'all/healthz':<22} {ratio(quiz['rps'], health['rps']):.3f}"
          "   (all quiz-phase requests per second / /healthz throughput)")


def load_average():
    try:
        return " ".join(f"{x:.2f}" for x in os.getloadavg())
    except OSError:
        return "unknown"


def ratio(a, b):
    return a / b if b else float("nan")


def median_of(results, key):
    return statistics.median(r[key] for r in results)


def medians(results):
    keys = [k for k, v in results[0].items() if isinstance(v, int | float)]
    merged = {k: median_of(results, k) for k in keys}
    merged["samples"] = []
    return merged


# --------------------------------------------------------------------------- main


def main(argv=None):
    parser = argparse.ArgumentParser(
        description="Load-test quizapp: /healthz baseline, then students taking quizzes.")
    parser.add_argument("--students", type=int, default=32,
                        help="concurrent students = keep-alive connections in both phases (32)")
    parser.add_argument("--seconds", type=float, default=10.0, help="length of each phase (10)")
    parser.add_argument("--repeat", type=int, default=3,
                        help="run both phases this many times; report medians (3)")
    parser.add_argument("--max-requests", type=int, default=100_000,
                        help="per-thread request cap in each phase (100000)")
    parser.add_argument("--workers", type=int, default=2, help="gunicorn workers (2)")
    parser.add_argument("--threads", type=int, default=4, help="threads per worker (4)")
    parser.add_argument("--keep", action="store_true",
                        help="keep the temporary folder (database, server.log) and print its path")
    args = parser.parse_args(argv)
    if args.students < 1 or args.seconds <= 0 or args.repeat < 1 or args.max_requests < 1:
        parser.error("--students, --seconds, --repeat and --max-requests must be positive")

    print(f"quizapp load benchmark: {args.students} concurrent connections, "
          f"{args.seconds:g} s per phase, {args.repeat} repeat(s)")
    print(f"  machine: os.cpu_count() = {os.cpu_count()}, Python {sys.version.split()[0]},"
          f" load average {load_average()} (other work on the machine skews the figures)")
    print(f"  server: quizapp serve = gunicorn gthread, {args.workers} workers x "
          f"{args.threads} threads, on {HOST} (client and server share this machine)")

    tmp_dir = tempfile.mkdtemp(prefix="quizapp-bench-")
    tmp = Path(tmp_dir)
    proc = None
    try:
        quizapp, env, names = setup_instance(tmp, args.students)
        port = free_port()
        proc = start_server(quizapp, env, tmp, port, args.workers, args.threads)
        wait_healthy(proc, port, tmp)
        print(f"  server up at http://{HOST}:{port} (log: {tmp / 'server.log'})")

        health_clients = [HealthzClient(port, args.max_requests) for _ in range(args.students)]
        students = [Student(port, args.max_requests, name, i) for i, name in enumerate(names)]
        health_runs, quiz_runs = [], []
        for k in range(1, args.repeat + 1):
            health = run_phase(health_clients, args.seconds)
            quiz = run_phase(students, args.seconds)
            health_runs.append(health)
            quiz_runs.append(quiz)
            print(f"\nRepeat {k}/{args.repeat}")
            print_phase("phase 1: GET /healthz", health)
            print_phase("phase 2: quiz loop", quiz, quiz=True)
            print_ratios(health, quiz)
        if proc.poll() is not None:
            raise BenchError(f"the server died during the run:\n{log_tail(tmp)}")
    finally:
        if proc is not None:
            stop_server(proc)
        if args.keep:
            print(f"\nKept {tmp}")
        else:
            import shutil

            shutil.rmtree(tmp, ignore_errors=True)

    health, quiz = medians(health_runs), medians(quiz_runs)
    # Ratios are medians of the per-repeat ratios, not ratios of the medians.
    answer_ratio = statistics.median(ratio(q["answer_rps"], h["rps"])
                                     for h, q in zip(health_runs, quiz_runs, strict=True))
    all_ratio = statistics.median(ratio(q["rps"], h["rps"])
                                  for h, q in zip(health_runs, quiz_runs, strict=True))
    print(f"\nMedian over {args.repeat} repeat(s) (load average now {load_average()})")
    print_phase("phase 1: GET /healthz", health)
    print_phase("phase 2: quiz loop", quiz, quiz=True)
    print(f"  {'answer/healthz':<22} {answer_ratio:.3f}")
    print(f"  {'all/healthz':<22} {all_ratio:.3f}")
    failures = sum(r["bad_status"] + r["errors"] for r in health_runs + quiz_runs)
    print(
        f"\nSUMMARY cpus={os.cpu_count()} server={args.workers}x{args.threads} gthread"
        f" students={args.students} seconds={args.seconds:g} repeat={args.repeat}:"
        f" healthz {health['rps']:.0f} req/s (p50 {health['p50_ms']:.1f} ms,"
        f" p99 {health['p99_ms']:.1f} ms); quiz {quiz['rps']:.0f} req/s"
        f" (p50 {quiz['p50_ms']:.1f} ms, p99 {quiz['p99_ms']:.1f} ms);"
        f" answer POST {quiz['answer_rps']:.0f} req/s (p50 {quiz['answer_p50_ms']:.1f} ms,"
        f" p99 {quiz['answer_p99_ms']:.1f} ms); answer/healthz {answer_ratio:.3f},"
        f" all/healthz {all_ratio:.3f}; non-2xx/3xx+errors {failures}"
    )
    return 1 if failures else 0


if __name__ == "__main__":
    try:
        sys.exit(main())
    except BenchError as e:
        sys.exit(f"bench: {e}")
    except KeyboardInterrupt:
        sys.exit(130)
