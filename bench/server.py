"""Start the real server as a child process on a free loopback port (benchmarks and slow tests)."""

from __future__ import annotations

import json
import os
import signal
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path
from typing import Any

KEY = "bench-write-key"


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


class ServerProcess:
    """`factcheck serve` on the embedded backend in `data_dir`; `kill()` sends SIGKILL."""

    def __init__(self, data_dir: Path, port: int | None = None, env: dict[str, str] | None = None,
                 log: Path | None = None) -> None:
        self.data_dir = data_dir
        self.log = log  # the server's stdout and stderr go here (default: discarded)
        self.port = port or free_port()
        self.base = f"http://127.0.0.1:{self.port}/api/v1"
        self.env = {**os.environ, "FACTCHECK_DATA_DIR": str(data_dir), "FACTCHECK_BACKEND": "embedded",
                    "FACTCHECK_API_KEYS": KEY, "FACTCHECK_RATE_LIMIT": "0", "FACTCHECK_LOG_LEVEL": "WARNING",
                    **(env or {})}
        self.process: subprocess.Popen[bytes] | None = None

    def start(self, timeout: float = 60.0) -> ServerProcess:
        code = "from service.cli import main; main()"
        output = self.log.open("ab") if self.log else None
        try:
            self.process = subprocess.Popen(
                [sys.executable, "-c", code, "serve", "--port", str(self.port)],
                env=self.env, stdout=output or subprocess.DEVNULL, stderr=output or subprocess.DEVNULL,
                start_new_session=True,
            )
        finally:
            if output:
                output.close()  # the server holds its own copy
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise RuntimeError(f"server exited with {self.process.returncode}")
            try:
                if request("GET", f"{self.base}/health", timeout=1.0)[0] == 200:
                    return self
            except OSError:
                time.sleep(0.1)
        raise RuntimeError("server did not become healthy in time")

    def kill(self) -> None:
        """SIGKILL the whole process group: gunicorn's master and its worker."""
        if self.process and self.process.poll() is None:
            os.killpg(self.process.pid, signal.SIGKILL)
            self.process.wait()

    def stop(self) -> None:
        if self.process and self.process.poll() is None:
            os.killpg(self.process.pid, signal.SIGTERM)
            try:
                self.process.wait(timeout=15)
            except subprocess.TimeoutExpired:
                self.kill()

    def __enter__(self) -> ServerProcess:
        return self.start()

    def __exit__(self, *exc: Any) -> None:
        self.stop()


def request(method: str, url: str, body: bytes | None = None, content_type: str = "application/json",
            timeout: float = 60.0) -> tuple[int, Any]:
    req = urllib.request.Request(url, data=body, method=method,
                                 headers={"Content-Type": content_type, "Authorization": f"Bearer {KEY}"})
    try:
        with urllib.request.urlopen(req, timeout=timeout) as response:
            raw = response.read()
            return response.status, json.loads(raw) if raw else None
    except urllib.error.HTTPError as error:
        raw = error.read()
        return error.code, json.loads(raw) if raw else None
