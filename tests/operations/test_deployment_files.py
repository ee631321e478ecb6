"""The container definition runs what `make prod-local` runs: the same Procfile commands and
the same nginx template, so what is tested here is what a server deploys."""

import re
import shlex
import subprocess
from pathlib import Path

import yaml

from deploy import prod_local

ROOT = Path(__file__).resolve().parents[2]
# What the Procfile's variables are inside the containers (Dockerfile `ENV`).
CONTAINER_VALUES = {"DAPHNE_HOST": "0.0.0.0", "DAPHNE_1_PORT": "8000", "DAPHNE_2_PORT": "8000"}  # noqa: S104


def _compose() -> dict:
    return yaml.safe_load((ROOT / "docker-compose.yml").read_text())["services"]


def _in_container(command: str) -> str:
    return re.sub(r"\$(\w+)", lambda match: CONTAINER_VALUES[match.group(1)], command)


def test_every_procfile_process_runs_the_same_command_in_compose():
    services = _compose()

    for name, command in prod_local.procfile().items():
        composed = services[name]["command"]
        if composed[:2] == ["/bin/sh", "-c"]:
            assert composed[2] == _in_container(command), name
        else:
            assert composed == shlex.split(_in_container(command)), name


def test_prod_local_starts_every_long_running_procfile_process():
    long_running = set(prod_local.procfile()) - {"release"}

    assert long_running | {"nginx"} == set(prod_local.PROCESSES)


def test_the_nginx_template_gets_every_value_it_needs_in_compose():
    needed = set(re.findall(r"\$\{(\w+)\}", prod_local.NGINX_TEMPLATE.read_text()))

    assert needed <= set(_compose()["nginx"]["environment"])


def test_prod_local_renders_a_configuration_nginx_accepts(tmp_path, monkeypatch):
    monkeypatch.setenv("PROD_LOCAL_DIR", str(tmp_path))
    env = prod_local.settings_env()

    configuration = prod_local.render_nginx(env)
    checked = subprocess.run(
        ["nginx", "-t", "-c", str(configuration), "-p", str(tmp_path)],  # noqa: S607
        capture_output=True,
        text=True,
        check=False,
    )

    assert "${" not in (tmp_path / "nginx-academy.conf").read_text()
    assert checked.returncode == 0, checked.stderr
