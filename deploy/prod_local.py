"""`make prod-local` and `make prod-local-stop`: the production topology on this machine.

nginx in front, gunicorn for HTTP, two daphne processes for websockets, the task worker, all
with production settings against the local PostgreSQL and Redis, on 127.0.0.1. The processes
are the Procfile's, started with the same commands; each one's pid file and log are in
`PROD_LOCAL_DIR` (default `var/prod-local`), and `stop` stops exactly the processes those pid
files name.

    python deploy/prod_local.py start | stop | status
"""

import os
import re
import secrets
import shlex
import signal
import subprocess
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PROCFILE = ROOT / "Procfile"
NGINX_TEMPLATE = ROOT / "deploy" / "nginx-academy.conf.template"
# Started in this order, stopped in the reverse one.
PROCESSES = ("web", "ws1", "ws2", "worker", "nginx")
STARTUP_SECONDS = 90
STOP_SECONDS = 20


def settings_env() -> dict[str, str]:
    """The environment every process gets: production settings, local services, and whatever
    the caller set already (any variable of docs/operations.md can be overridden)."""
    folder = Path(os.environ.get("PROD_LOCAL_DIR", ROOT / "var" / "prod-local")).resolve()
    port = os.environ.get("PROD_LOCAL_PORT", "8080")
    origins = f"http://127.0.0.1:{port},http://localhost:{port}"
    defaults = {
        "DJANGO_SETTINGS_MODULE": "academy.settings.production",
        "PROD_LOCAL_DIR": str(folder),
        "PROD_LOCAL_PORT": port,
        "DATABASE_URL": "postgres://postgres@127.0.0.1:5432/academy_prod_local",
        "DATABASE_CONN_MAX_AGE": "60",
        "REDIS_URL": "redis://127.0.0.1:6379/2",
        "ALLOWED_HOSTS": "127.0.0.1,localhost",
        "CSRF_TRUSTED_ORIGINS": origins,
        "SITE_URL": f"http://127.0.0.1:{port}",
        # Plain HTTP on the loopback: no TLS to redirect to or to pin cookies on.
        "SECURE_SSL_REDIRECT": "0",
        "SECURE_COOKIES": "0",
        "SECURE_HSTS_SECONDS": "0",
        "STATIC_ROOT": str(folder / "static"),
        "MEDIA_ROOT": str(folder / "media"),
        "PROMETHEUS_MULTIPROC_DIR": str(folder / "metrics"),
        "GUNICORN_BIND": "127.0.0.1:8101",
        "DAPHNE_HOST": "127.0.0.1",
        "DAPHNE_1_PORT": "8201",
        "DAPHNE_2_PORT": "8202",
        "PYTHONUNBUFFERED": "1",
    }
    env = {**defaults, **os.environ}
    env.setdefault("SECRET_KEY", _secret_key(folder))
    # The virtualenv's python, gunicorn and daphne first, as in a deployed image.
    env["PATH"] = f"{Path(sys.executable).parent}{os.pathsep}{env.get('PATH', '')}"
    return env


def _secret_key(folder: Path) -> str:
    path = folder / "secret-key"
    if not path.exists():
        folder.mkdir(parents=True, exist_ok=True)
        path.write_text(secrets.token_urlsafe(50))
        path.chmod(0o600)
    return path.read_text().strip()


def procfile() -> dict[str, str]:
    commands = {}
    for line in PROCFILE.read_text().splitlines():
        if line.strip() and not line.startswith("#"):
            name, command = line.split(":", 1)
            commands[name.strip()] = command.strip()
    return commands


# Preparing ---------------------------------------------------------------------------------


def create_database(url: str) -> None:
    """Create the PostgreSQL database of DATABASE_URL when it does not exist yet."""
    import dj_database_url
    import psycopg

    config = dj_database_url.parse(url)
    if config["ENGINE"] != "django.db.backends.postgresql":
        return
    server = psycopg.connect(
        host=config["HOST"] or None,
        port=config["PORT"] or None,
        user=config["USER"] or None,
        password=config["PASSWORD"] or None,
        dbname="postgres",
        autocommit=True,
    )
    with server:
        found = server.execute("SELECT 1 FROM pg_database WHERE datname = %s", [config["NAME"]])
        if not found.fetchone():
            server.execute(f'CREATE DATABASE "{config["NAME"]}"')


def render_nginx(env: dict[str, str]) -> Path:
    """nginx's own configuration around the academy's server block, all inside the folder."""
    folder = Path(env["PROD_LOCAL_DIR"])
    values = {
        **env,
        "GUNICORN_ADDRESS": env["GUNICORN_BIND"],
        "DAPHNE_1_ADDRESS": f"{env['DAPHNE_HOST']}:{env['DAPHNE_1_PORT']}",
        "DAPHNE_2_ADDRESS": f"{env['DAPHNE_HOST']}:{env['DAPHNE_2_PORT']}",
        "NGINX_LISTEN": f"127.0.0.1:{env['PROD_LOCAL_PORT']}",
        "ACCESS_LOG": str(folder / "nginx-access.log"),
    }
    server = re.sub(
        r"\$\{(\w+)\}", lambda match: values[match.group(1)], NGINX_TEMPLATE.read_text()
    )
    (folder / "nginx-academy.conf").write_text(server)
    temp = folder / "nginx-temp"
    temp.mkdir(exist_ok=True)
    main = f"""
daemon off;
worker_processes 2;
pid {folder}/nginx-master.pid;
error_log {folder}/nginx-error.log warn;
events {{ worker_connections 1024; }}
http {{
    include /etc/nginx/mime.types;
    client_body_temp_path {temp}/body;
    proxy_temp_path {temp}/proxy;
    fastcgi_temp_path {temp}/fastcgi;
    uwsgi_temp_path {temp}/uwsgi;
    scgi_temp_path {temp}/scgi;
    include {folder}/nginx-academy.conf;
}}
"""
    path = folder / "nginx.conf"
    path.write_text(main)
    return path


def prepare(env: dict[str, str], commands: dict[str, str]) -> None:
    folder = Path(env["PROD_LOCAL_DIR"])
    folder.mkdir(parents=True, exist_ok=True)
    metrics = Path(env["PROMETHEUS_MULTIPROC_DIR"])
    # Metric files of processes from an earlier run would be added to this run's totals.
    if metrics.exists():
        for stale in metrics.iterdir():
            stale.unlink()
    metrics.mkdir(exist_ok=True)
    create_database(env["DATABASE_URL"])
    print("Migrating and collecting static files (the Procfile's release step)...", flush=True)
    subprocess.run(["/bin/sh", "-c", commands["release"]], env=env, cwd=ROOT, check=True)
    if env.get("PROD_LOCAL_DEMO", "1") != "0":
        print("Loading the demo academy...", flush=True)
        manage = [sys.executable, "manage.py", "load_demo", "--verbosity", "0"]
        subprocess.run(manage, env=env, cwd=ROOT, check=True)


# Running -----------------------------------------------------------------------------------


def _pid_file(env: dict[str, str], name: str) -> Path:
    return Path(env["PROD_LOCAL_DIR"]) / f"{name}.pid"


def _running(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def started(env: dict[str, str]) -> dict[str, int]:
    """The processes whose pid file names a process that still runs."""
    found = {}
    for name in PROCESSES:
        path = _pid_file(env, name)
        if path.exists():
            pid = int(path.read_text())
            if _running(pid):
                found[name] = pid
    return found


def launch(env: dict[str, str], name: str, command: list[str]) -> None:
    log = open(Path(env["PROD_LOCAL_DIR"]) / f"{name}.log", "ab")  # noqa: SIM115 - kept open by the child
    process = subprocess.Popen(
        command,
        env=env,
        cwd=ROOT,
        stdout=log,
        stderr=subprocess.STDOUT,
        stdin=subprocess.DEVNULL,
        # Its own process group: stopping it stops its children (gunicorn's workers) too.
        start_new_session=True,
    )
    _pid_file(env, name).write_text(str(process.pid))


def wait_until_ready(env: dict[str, str]) -> None:
    url = f"http://127.0.0.1:{env['PROD_LOCAL_PORT']}/readyz"
    deadline = time.monotonic() + STARTUP_SECONDS
    while True:
        gone = [name for name in PROCESSES if name not in started(env)]
        if gone:
            raise SystemExit(
                f"{', '.join(gone)} stopped while starting: see {env['PROD_LOCAL_DIR']}/"
                f"{gone[0]}.log"
            )
        try:
            with urllib.request.urlopen(url, timeout=5) as response:
                if response.status == 200:
                    return
        except (urllib.error.URLError, ConnectionError, TimeoutError):
            pass
        if time.monotonic() > deadline:
            raise SystemExit(f"{url} did not answer 200 within {STARTUP_SECONDS} s")
        time.sleep(0.5)


def start() -> None:
    env = settings_env()
    if running := started(env):
        raise SystemExit(f"Already running ({', '.join(running)}): `make prod-local-stop` first.")
    commands = procfile()
    prepare(env, commands)
    for name in PROCESSES[:-1]:
        launch(env, name, ["/bin/sh", "-c", f"exec {commands[name]}"])
    launch(env, "nginx", ["nginx", "-c", str(render_nginx(env)), "-p", env["PROD_LOCAL_DIR"]])
    try:
        wait_until_ready(env)
    except SystemExit:
        stop()
        raise
    port = env["PROD_LOCAL_PORT"]
    print(f"Peer Academy (production topology) on http://127.0.0.1:{port}/")
    print(f"Processes: {', '.join(PROCESSES)}; pid files and logs in {env['PROD_LOCAL_DIR']}")
    print("Stop it with `make prod-local-stop`.")


def stop() -> None:
    env = settings_env()
    running = started(env)
    for name in reversed(PROCESSES):
        if name in running:
            os.killpg(running[name], signal.SIGTERM)
    deadline = time.monotonic() + STOP_SECONDS
    while any(_running(pid) for pid in running.values()) and time.monotonic() < deadline:
        time.sleep(0.2)
    for name, pid in running.items():
        if _running(pid):
            print(f"{name} did not stop within {STOP_SECONDS} s: killed.")
            os.killpg(pid, signal.SIGKILL)
    for name in PROCESSES:
        _pid_file(env, name).unlink(missing_ok=True)
    print(f"Stopped: {', '.join(running) or 'nothing was running'}.")


def status() -> None:
    running = started(settings_env())
    for name in PROCESSES:
        print(f"{name:8} {'pid ' + str(running[name]) if name in running else 'not running'}")


if __name__ == "__main__":
    actions = {"start": start, "stop": stop, "status": status}
    if len(sys.argv) != 2 or sys.argv[1] not in actions:
        raise SystemExit(f"usage: {shlex.quote(sys.argv[0])} start | stop | status")
    actions[sys.argv[1]]()
