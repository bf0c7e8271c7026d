"""Run the app under gunicorn from Python, so `quizapp serve` needs no extra command line."""

from gunicorn.app.base import BaseApplication


class QuizappServer(BaseApplication):
    """gunicorn with its settings given in code rather than a config file."""

    def __init__(self, app, options):
        self.application = app
        self.options = options
        super().__init__()

    def load_config(self):
        for key, value in self.options.items():
            if key in self.cfg.settings:  # skip settings older gunicorns don't have
                self.cfg.set(key, value)

    def load(self):
        return self.application


def run_gunicorn(app, host, port, workers, threads):
    """Serve ``app`` with gthread workers: 2 × 4 held up best on 2 cores (perf-reliability.md §1)."""
    QuizappServer(app, {
        "bind": f"{host}:{port}",
        "workers": workers,
        "threads": threads,
        "worker_class": "gthread",
        "accesslog": "-",
        "errorlog": "-",
        "loglevel": "info",
        "graceful_timeout": 5,
        # gunicorn 25+ opens a control socket at one fixed path per user; two
        # quizapp servers (say, `make run` and the benchmark) would fight over it.
        "control_socket_disable": True,
    }).run()
