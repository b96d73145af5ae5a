"""Crash safety: SIGKILL the server in the middle of a large bulk ingest, restart, check the data.

    python -m bench.crash --runs 20

Every article a finished bulk response reported as ingested must be fully present after the
restart (the article, all its passages, all of them searchable), and no article may be half
present — including those of the request that was cut off.
"""

from __future__ import annotations

import argparse
import json
import random
import tempfile
import threading
import time
from pathlib import Path
from typing import Any

from bench.corpus import Corpus
from bench.server import ServerProcess, request
from service.ingest import article_id_for, content_sha256, prepare_article


def _send_batches(server: ServerProcess, batches: list[list[dict[str, Any]]], acknowledged: list[str],
                  stop: threading.Event) -> None:
    for batch in batches:
        if stop.is_set():
            return
        body = "\n".join(json.dumps(item) for item in batch).encode()
        try:
            status, report = request("POST", f"{server.base}/articles/bulk", body, "application/x-ndjson")
        except OSError:
            return  # the server died under this request: nothing of it was acknowledged
        if status == 200 and report["failed"] == 0:
            acknowledged.extend(item["external_id"] for item in batch)


def check_articles(server: ServerProcess, payloads: list[dict[str, Any]], acknowledged: set[str]) -> dict[str, Any]:
    """Each article sent is whole (all passages stored and searchable) or absent, and absent only
    if no response acknowledged it. Ids are derived from the payloads, as the service derives them."""
    problems: list[str] = []
    present = 0
    for payload in payloads:
        external_id = payload["external_id"]
        article_id = article_id_for(external_id, content_sha256(payload["text"]))
        status, article = request("GET", f"{server.base}/articles/{article_id}")
        if status == 404:
            if external_id in acknowledged:
                problems.append(f"{external_id}: acknowledged but missing")
            continue
        present += 1
        expected = len(prepare_article(payload).passages)
        if status != 200 or article["passage_count"] != expected or len(article["passages"]) != expected:
            problems.append(f"{external_id}: GET {status}, not {expected} passages")
            continue
        status, found = request("GET", f"{server.base}/search?article_id={article_id}&size=100")
        if status != 200 or found["total"] != expected:
            problems.append(f"{external_id}: {found and found.get('total')} of {expected} passages searchable")
    return {"present": present, "problems": problems}


def crash_once(work: Path, articles: int = 3000, batch: int = 100, rng: random.Random | None = None) -> dict[str, Any]:
    """One run: ingest in bulk requests, SIGKILL at a random moment, restart, check every article."""
    rng = rng or random.Random()
    corpus = Corpus(seed=rng.randint(0, 10**6))
    payloads = list(corpus.articles(articles * 11))[:articles]
    batches = [payloads[i:i + batch] for i in range(0, len(payloads), batch)]
    acknowledged: list[str] = []
    stop = threading.Event()
    server = ServerProcess(work / "data").start()
    sender = threading.Thread(target=_send_batches, args=(server, batches, acknowledged, stop))
    sender.start()
    # the kill falls after the first acknowledged batch (a server still warming up, or a slow machine, may take
    # seconds over its first one), at a random moment of the batches that follow
    waited = time.monotonic()
    while not acknowledged and sender.is_alive() and time.monotonic() - waited < 60:
        time.sleep(0.02)
    time.sleep(rng.uniform(0.0, 1.5))
    server.kill()
    stop.set()
    sender.join()
    with ServerProcess(work / "data") as restarted:
        result = check_articles(restarted, payloads, set(acknowledged))
    result.update({"acknowledged": len(acknowledged), "ok": not result["problems"]})
    return result


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=20)
    parser.add_argument("--articles", type=int, default=3000)
    args = parser.parse_args()
    rng = random.Random(2026)
    outcomes = []
    for run in range(1, args.runs + 1):
        with tempfile.TemporaryDirectory(prefix="factcheck-crash-") as tmp:
            outcome = crash_once(Path(tmp), args.articles, rng=rng)
        outcomes.append(outcome)
        print(json.dumps({"run": run, **{k: v for k, v in outcome.items() if k != "problems"},
                          "problems": outcome["problems"][:5]}), flush=True)
    passed = sum(o["ok"] for o in outcomes)
    print(json.dumps({"runs": args.runs, "passed": passed,
                      "acknowledged_total": sum(o["acknowledged"] for o in outcomes),
                      "present_total": sum(o["present"] for o in outcomes)}))


if __name__ == "__main__":
    main()
