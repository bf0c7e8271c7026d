"""Helpers for the real-browser tests (tests/test_browser.py): the app served by
`quizapp serve` in a subprocess, Debian's chromium, and pages that record every
JavaScript error, dialog, console error and server error they meet.

Nothing here downloads a browser: the tests drive /usr/bin/chromium (or the
chromium on PATH) and are skipped when it or Playwright is missing."""

import os
import secrets
import shutil
import signal
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
QUESTIONS = ROOT / "questions"
CHROMIUM_ARGS = [
    "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
    "--disable-background-networking", "--disable-component-update", "--disable-sync",
]
STUDENT = "kbd-student"
INSTRUCTOR = "browser-instructor"
PASSWORD = "browser tests password"
STARTUP_SECONDS = 30


def find_chromium():
    """Debian's chromium, or None when it is not installed."""
    if os.access("/usr/bin/chromium", os.X_OK):
        return "/usr/bin/chromium"
    return shutil.which("chromium")


def quizapp_command():
    """The `quizapp` script of the running interpreter's environment."""
    script = Path(sys.executable).parent / "quizapp"
    if script.exists():
        return [str(script)]
    return [sys.executable, "-c", "from quizapp.cli import main; main()"]


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class Server:
    """`quizapp serve` on a fresh database in ``workdir``, with the sample questions loaded."""

    def __init__(self, workdir):
        self.workdir = Path(workdir)
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self.log_path = self.workdir / "server.log"
        self.env = {k: v for k, v in os.environ.items() if not k.startswith("QUIZAPP_")}
        self.env.update(
            QUIZAPP_DATABASE=str(self.workdir / "db.sqlite"),
            QUIZAPP_INSTANCE=str(self.workdir / "instance"),
            QUIZAPP_SECRET_KEY=secrets.token_hex(32),
        )
        self.process = None

    def run(self, *args):
        """Run one `quizapp` command to completion; fail with its output if it fails."""
        done = subprocess.run([*quizapp_command(), *args], cwd=ROOT, env=self.env,
                              capture_output=True, text=True, timeout=60)
        if done.returncode != 0:
            raise RuntimeError(f"quizapp {' '.join(args)} failed ({done.returncode}):\n"
                               f"{done.stdout}\n{done.stderr}")
        return done.stdout

    def start(self):
        self.run("init-db")
        self.run("load", str(QUESTIONS))
        self.run("create-user", STUDENT, "--role", "student", "--password", PASSWORD)
        self.run("create-user", INSTRUCTOR, "--role", "instructor", "--password", PASSWORD)
        with open(self.log_path, "wb") as log:
            # Its own session, so a server that ignores SIGTERM can be killed with its workers.
            self.process = subprocess.Popen(
                [*quizapp_command(), "serve", "--host", "127.0.0.1", "--port", str(self.port),
                 "--workers", "1", "--threads", "4"],
                cwd=ROOT, env=self.env, stdin=subprocess.DEVNULL, stdout=log,
                stderr=subprocess.STDOUT, start_new_session=True,
            )
        self.wait_until_healthy()

    def wait_until_healthy(self):
        deadline = time.monotonic() + STARTUP_SECONDS
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise RuntimeError(f"quizapp serve exited with {self.process.returncode}:\n{self.log()}")
            try:
                with urllib.request.urlopen(f"{self.url}/healthz", timeout=2) as response:
                    if response.status == 200:
                        return
            except (urllib.error.URLError, ConnectionError, TimeoutError):
                pass
            time.sleep(0.1)
        raise RuntimeError(f"quizapp serve did not answer /healthz in {STARTUP_SECONDS} s:\n{self.log()}")

    def stop(self):
        if self.process is None:
            return
        if self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                os.killpg(self.process.pid, signal.SIGKILL)
                self.process.wait()
        self.process = None

    def check_alive(self):
        """Fail with the server's log when it has died (rather than "connection refused")."""
        if self.process is None or self.process.poll() is not None:
            code = None if self.process is None else self.process.returncode
            raise RuntimeError(f"quizapp serve is not running (exit code {code}):\n{self.log()}")

    def log(self):
        try:
            return self.log_path.read_text(errors="replace")[-5000:]
        except OSError:
            return "(no server log)"


class PageProblems:
    """What went wrong in a page beyond what a test asserts: uncaught JavaScript
    errors, dialogs (alert/confirm/prompt), console errors and 5xx responses."""

    def __init__(self):
        self.items = []

    def watch(self, page):
        page.on("pageerror", lambda error: self.items.append(f"pageerror on {page.url}: {error}"))
        page.on("dialog", self._dialog)
        page.on("console", lambda message: message.type == "error" and self.items.append(
            f"console error on {page.url}: {message.text}"))
        page.on("response", lambda response: response.status >= 500 and self.items.append(
            f"HTTP {response.status} for {response.request.method} {response.url}"))

    def _dialog(self, dialog):
        self.items.append(f"{dialog.type} dialog: {dialog.message!r}")
        dialog.dismiss()
