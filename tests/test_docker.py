"""The Docker wiring, checked without a Docker engine: compose file, Dockerfile, what the image holds.

No daemon runs in CI, so these tests read docker-compose.yml and the Dockerfile and check that
they agree with the code: ports, environment variables the settings table really reads,
healthchecks, volumes, a non-root user, the app factory, the seed job. The last test builds the
wheel `pip install .` would install in the image and checks the data files are in it.
"""

from __future__ import annotations

import fnmatch
import json
import re
import shlex
import tomllib
from pathlib import Path
from typing import Any

import pytest
import yaml

from service.settings import SETTINGS

ROOT = Path(__file__).resolve().parent.parent
SETTING_ENV_NAMES = {s.env_name for s in SETTINGS}
OUR_SERVICES = ("api", "seed")


@pytest.fixture(scope="module")
def compose() -> dict[str, Any]:
    document: dict[str, Any] = yaml.safe_load((ROOT / "docker-compose.yml").read_text("utf-8"))
    return document


@pytest.fixture(scope="module")
def dockerfile() -> list[tuple[str, str]]:
    """(INSTRUCTION, arguments) pairs, continuation lines joined, comments dropped."""
    text = re.sub(r"\\\n", " ", (ROOT / "Dockerfile").read_text("utf-8"))
    pairs = []
    for line in text.splitlines():
        line = line.strip()
        if line and not line.startswith("#"):
            instruction, _, arguments = line.partition(" ")
            pairs.append((instruction.upper(), arguments.strip()))
    return pairs


def instructions(dockerfile: list[tuple[str, str]], name: str) -> list[str]:
    return [arguments for instruction, arguments in dockerfile if instruction == name]


def env_of(dockerfile: list[tuple[str, str]]) -> dict[str, str]:
    found: dict[str, str] = {}
    for arguments in instructions(dockerfile, "ENV"):
        for pair in shlex.split(arguments):
            key, _, value = pair.partition("=")
            found[key] = value
    return found


# -- Dockerfile ------------------------------------------------------------------------------

def test_image_is_python_311_slim_and_runs_as_a_non_root_user(dockerfile: list[tuple[str, str]]) -> None:
    assert instructions(dockerfile, "FROM") == ["python:3.11-slim"]
    users = instructions(dockerfile, "USER")
    assert users and users[-1] not in {"root", "0", "0:0"}
    assert any("useradd" in run and users[-1] in run for run in instructions(dockerfile, "RUN"))
    last_user = max(i for i, (name, _) in enumerate(dockerfile) if name == "USER")
    assert all(name != "CMD" for name, _ in dockerfile[:last_user])  # the command runs as that user


def test_image_installs_the_project_and_serves_the_app_factory_with_gunicorn(
        dockerfile: list[tuple[str, str]]) -> None:
    assert any(re.search(r"\bpip install (--prefer-binary )?\.(\s|$)", run) for run in instructions(dockerfile, "RUN"))
    copied = " ".join(instructions(dockerfile, "COPY"))
    for needed in ("pyproject.toml", "service", "indexes", "seeds"):
        assert needed in copied
    cmd, = instructions(dockerfile, "CMD")
    # Exec form, no shell: `factcheck serve` runs gunicorn on service:create_app() in-process as
    # PID 1, so it receives the stop signal; host and port come from the settings in ENV.
    assert json.loads(cmd) == ["factcheck", "serve"]
    env = env_of(dockerfile)
    assert (env["FACTCHECK_HOST"], env["FACTCHECK_PORT"]) == ("0.0.0.0", "8080")
    assert instructions(dockerfile, "EXPOSE") == ["8080"]


def test_image_environment_is_settings_the_service_reads(dockerfile: list[tuple[str, str]]) -> None:
    env = env_of(dockerfile)
    assert env["FACTCHECK_BACKEND"] == "elasticsearch"
    ours = {key for key in env if key.startswith(("FACTCHECK_", "ELASTICSEARCH_"))}
    assert ours <= SETTING_ENV_NAMES, ours - SETTING_ENV_NAMES
    cmd, = instructions(dockerfile, "CMD")
    assert set(re.findall(r"\$\{?(\w+)", cmd)) <= SETTING_ENV_NAMES


def test_image_healthcheck_asks_the_health_endpoint_without_curl(dockerfile: list[tuple[str, str]]) -> None:
    check, = instructions(dockerfile, "HEALTHCHECK")
    assert "/api/v1/health" in check and "urllib.request" in check and "curl" not in check
    assert ":8080/" in check


def test_dockerignore_keeps_the_context_small() -> None:
    ignored = {line.strip() for line in (ROOT / ".dockerignore").read_text("utf-8").splitlines()}
    assert {".git", ".venv", "data"} <= ignored
    assert not {"service", "indexes", "seeds", "pyproject.toml", "README.md"} & ignored


# -- docker-compose.yml ------------------------------------------------------------------------

def test_elasticsearch_service_is_a_single_node_9_with_heap_security_volume_and_healthcheck(
        compose: dict[str, Any]) -> None:
    es = compose["services"]["elasticsearch"]
    assert re.fullmatch(r"docker\.elastic\.co/elasticsearch/elasticsearch:9\.\d+\.\d+", es["image"])
    env = es["environment"]
    assert env["discovery.type"] == "single-node"
    heap = dict(re.findall(r"-(Xm[sx])(\S+)", env["ES_JAVA_OPTS"]))
    assert heap["Xms"] == heap["Xmx"]  # fixed heap, as Elasticsearch recommends
    assert "xpack.security.enabled" in env
    volume, = es["volumes"]
    assert volume.split(":")[0] in compose["volumes"] and volume.endswith(":/usr/share/elasticsearch/data")
    check = " ".join(es["healthcheck"]["test"])
    assert "curl" in check and "_cluster/health" in check


def test_api_waits_for_a_healthy_cluster_and_publishes_8080(compose: dict[str, Any]) -> None:
    api = compose["services"]["api"]
    assert api["depends_on"]["elasticsearch"]["condition"] == "service_healthy"
    assert "8080:8080" in api["ports"]
    assert api["build"] == "."


@pytest.mark.parametrize("service", OUR_SERVICES)
def test_compose_environment_names_are_settings_the_service_reads(compose: dict[str, Any], service: str) -> None:
    env = compose["services"][service]["environment"]
    assert set(env) <= SETTING_ENV_NAMES, set(env) - SETTING_ENV_NAMES
    assert env["FACTCHECK_BACKEND"] == "elasticsearch"
    es_port = compose["services"]["elasticsearch"]["ports"][0].split(":")[-1]
    assert env["ELASTICSEARCH_URL"] == f"http://elasticsearch:{es_port}"


def test_seed_job_runs_once_on_the_same_image_with_the_seeds(compose: dict[str, Any]) -> None:
    seed, api = compose["services"]["seed"], compose["services"]["api"]
    assert seed["image"] == api["image"]
    assert seed["depends_on"]["elasticsearch"]["condition"] == "service_healthy"
    assert seed["restart"] == "no"
    assert seed["command"][:2] == ["factcheck", "ingest"]
    target = seed["command"][2]
    assert any(v.split(":")[0] == "./seeds" and v.split(":")[1] == target for v in seed["volumes"])
    assert (ROOT / "seeds").is_dir() and any((ROOT / "seeds").iterdir())


def test_the_installed_package_carries_its_data_files() -> None:
    # What `pip install .` puts in the image: every non-Python file the code opens (index
    # definitions, models) must be package data, or it exists only in this checkout. Checked
    # against the setuptools configuration with the same glob setuptools applies.
    config = tomllib.loads((ROOT / "pyproject.toml").read_text("utf-8"))["tool"]["setuptools"]
    include = config["packages"]["find"]["include"]
    package_data: dict[str, list[str]] = config.get("package-data", {})
    for top in ("service", "indexes"):
        assert any(fnmatch.fnmatch(top, pattern) for pattern in include)
        for path in (ROOT / top).rglob("*"):
            if path.is_dir() or path.suffix in {".py", ".pyc"} or "__pycache__" in path.parts:
                continue
            covered = any(path in set((ROOT / Path(*package.split("."))).glob(pattern))
                          for package, patterns in package_data.items() for pattern in patterns)
            assert covered, f"{path.relative_to(ROOT)} is not package data: the image would lack it"
