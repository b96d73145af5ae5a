"""Load: the real server over loopback, 32 clients, 70 % search / 20 % dossiers / 10 % ingest.

    python -m bench.load --passages 100000 --clients 32 --seconds 60 [--mix 70,20,10]

Loads the corpus first (bulk requests to the server), then runs the mixed workload and prints
throughput, p50/p95/p99 latency per kind and overall, and error counts. During the run a checker
verifies that every article it reads back is whole (concurrent ingest and search never show a
half-written article); that read-back search follows each ingest and is not counted as a
request. The load generator shares the 2 cores with the server: figures are
conservative for the server.
"""

from __future__ import annotations

import argparse
import copy
import http.client
import json
import os
import random
import statistics
import tempfile
import threading
import time
import urllib.parse
from pathlib import Path
from typing import Any

from bench.corpus import Corpus
from bench.probe import cpu_probe_ms
from bench.search_bench import percentile
from bench.server import KEY, ServerProcess, request


class Client:
    """One keep-alive HTTP connection, as a browser or script would hold."""

    def __init__(self, port: int) -> None:
        self.port = port
        self.connection = http.client.HTTPConnection("127.0.0.1", port, timeout=60)

    def call(self, method: str, path: str, body: Any = None, content_type: str = "application/json") -> tuple[int, Any]:
        data = None if body is None else (body if isinstance(body, bytes) else json.dumps(body).encode())
        headers = {"Authorization": f"Bearer {KEY}", "Content-Type": content_type}
        try:
            self.connection.request(method, "/api/v1" + path, body=data, headers=headers)
            response = self.connection.getresponse()
            raw = response.read()
        except (OSError, http.client.HTTPException):
            self.connection.close()
            self.connection = http.client.HTTPConnection("127.0.0.1", self.port, timeout=60)
            return 599, None
        return response.status, json.loads(raw) if raw else None


def load_corpus(server: ServerProcess, corpus: Corpus, passages: int) -> tuple[float, int]:
    """Bulk-load articles until the server holds at least `passages` passages (as it splits them)."""
    started = time.perf_counter()
    batch: list[str] = []
    held = 0

    def send() -> int:
        status, _ = request("POST", f"{server.base}/articles/bulk", "\n".join(batch).encode(),
                            "application/x-ndjson", timeout=600)
        assert status == 200, status
        status, health = request("GET", f"{server.base}/health")
        assert status == 200, status
        return int(health["passages"])

    for payload in corpus.articles(passages * 2):
        batch.append(json.dumps(payload))
        if len(batch) == 1000:
            held = send()
            batch = []
            if held >= passages:
                break
    if batch and held < passages:
        held = send()
    return time.perf_counter() - started, held


def worker(port: int, base: Corpus, corpus_seed: int, deadline: float, results: list[tuple[str, float, int]],
           half_written: list[str], failures: list[str], mix: tuple[float, float] = (0.70, 0.90)) -> None:
    rng = random.Random(corpus_seed)
    corpus = copy.copy(base)  # the loaded corpus's vocabulary (so rare-word queries can match), own draws
    corpus.rng = random.Random(corpus_seed)
    queries = corpus.queries(200)
    client = Client(port)
    number = 0
    while time.monotonic() < deadline:
        roll = rng.random()
        started = time.perf_counter()
        if roll < mix[0]:
            kind = "search"
            query = rng.choice(queries)
            params = {"q": query["q"], "sort": query["sort"]}
            if query["outlet"]:
                params["outlet"] = query["outlet"]
            status, body = client.call("GET", "/search?" + urllib.parse.urlencode(params))
            if status >= 500:
                failures.append(f"search {status} ({urllib.parse.urlencode(params)}): {body}")
        elif roll < mix[1]:
            kind = "dossier"
            status, body = client.call("POST", "/dossiers", {"claim": corpus.sentence()})
            if status >= 500:
                failures.append(f"dossier {status}: {body}")
        else:
            kind = "ingest"
            number += 1
            payload = next(corpus.articles(10))
            payload["external_id"] = f"load-{corpus_seed}-{number}"
            status, article = client.call("POST", "/articles", payload)
            results.append((kind, (time.perf_counter() - started) * 1000, status))  # the POST alone
            if status >= 500:
                failures.append(f"ingest {status}: {article}")
            if status in (200, 201):
                code, found = client.call("GET", f"/search?article_id={article['id']}&size=100")
                if code == 200 and found["total"] != article["passage_count"]:
                    half_written.append(article["id"])
            continue  # the read-back check is not part of the ingest latency
        results.append((kind, (time.perf_counter() - started) * 1000, status))


def process_cpu(group: int) -> dict[str, float]:
    """CPU seconds so far of each process in a process group (the server and its children), by
    role: the server (gunicorn master and request worker) and the processes it starts."""
    ticks = os.sysconf("SC_CLK_TCK")
    found: dict[str, float] = {}
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
            cmdline = (stat.parent / "cmdline").read_bytes().replace(b"\0", b" ").decode(errors="replace")
        except OSError:
            continue
        if int(fields[2]) != group:  # fields[2] is the process group id
            continue
        role = "worker_processes" if "forkserver" in cmdline else "server"  # dossier workers, ingest helper
        found[role] = found.get(role, 0.0) + (int(fields[11]) + int(fields[12])) / ticks
    return found


def summarize(results: list[tuple[str, float, int]], seconds: float) -> dict[str, Any]:
    def stats(rows: list[tuple[str, float, int]]) -> dict[str, Any]:
        latencies = [r[1] for r in rows]
        return {"requests": len(rows), "per_s": round(len(rows) / seconds, 1),
                "p50_ms": round(statistics.median(latencies), 1), "p95_ms": round(percentile(latencies, 95), 1),
                "p99_ms": round(percentile(latencies, 99), 1),
                "errors": sum(1 for r in rows if r[2] >= 400), "5xx": sum(1 for r in rows if r[2] >= 500)}

    summary = {"all": stats(results)}
    for kind in ("search", "dossier", "ingest"):
        rows = [r for r in results if r[0] == kind]
        if rows:
            summary[kind] = stats(rows)
    return summary


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--passages", type=int, default=100_000)
    parser.add_argument("--clients", type=int, default=32)
    parser.add_argument("--seconds", type=float, default=60)
    parser.add_argument("--mix", default="70,20,10", help="percent search,dossier,ingest")
    parser.add_argument("--server-log", type=Path, help="append the server's output (error tracebacks) here")
    args = parser.parse_args()
    shares = [float(x) for x in args.mix.split(",")]
    if len(shares) != 3 or abs(sum(shares) - 100) > 1e-6:
        parser.error("--mix needs three percentages that sum to 100")
    mix = (shares[0] / 100, (shares[0] + shares[1]) / 100)
    probe_start = cpu_probe_ms()
    with tempfile.TemporaryDirectory(prefix="factcheck-load-") as tmp:
        server = ServerProcess(Path(tmp) / "data", log=args.server_log)  # the served defaults; FACTCHECK_* from env
        with server:
            load_seconds, held = load_corpus(server, Corpus(), args.passages)
            results: list[tuple[str, float, int]] = []
            half_written: list[str] = []
            failures: list[str] = []
            deadline = time.monotonic() + args.seconds
            base = Corpus()
            threads = [threading.Thread(target=worker,
                                        args=(server.port, base, 1000 + n, deadline, results, half_written, failures,
                                              mix))
                       for n in range(args.clients)]
            assert server.process is not None
            cpu_before, own_before = process_cpu(server.process.pid), time.process_time()
            started = time.perf_counter()
            for thread in threads:
                thread.start()
            for thread in threads:
                thread.join()
            elapsed = time.perf_counter() - started
            cpu_after, own_after = process_cpu(server.process.pid), time.process_time()
    cpu = {role: round(cpu_after[role] - cpu_before.get(role, 0.0), 1) for role in cpu_after}
    cpu["load_generator"] = round(own_after - own_before, 1)
    report = {"passages": held, "clients": args.clients, "mix": args.mix, "seconds": round(elapsed, 1),
              "corpus_load_seconds": round(load_seconds, 1), "half_written_seen": len(half_written),
              **summarize(results, elapsed), "cpu_seconds": cpu, "server_errors": sorted(set(failures))[:10],
              "cpu_probe_ms": {"start": probe_start, "end": cpu_probe_ms()}}
    print(json.dumps(report, indent=2))


if __name__ == "__main__":
    main()
