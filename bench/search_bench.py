"""Ingest and search on one synthetic corpus size, with an FTS5 baseline.

    python -m bench.search_bench --passages 100000 [--queries 500] [--dossiers 200] [--no-helper] [--html]
        [--backend embedded | --backend elasticsearch --es-url URL | --osmem]

Prints one JSON object: ingest passages/s, search p50/p95 over a mixed query load (the API's
own `run_search`, facets on), dossier p50/p95 (optional; synthetic template sentences and,
separately, the twenty hand-written claims of bench/claims.py), peak RSS, index size, and the
same queries as OR-queries on SQLite FTS5 over the same passages, with the ratio.

`--passages` counts passages as `prepare_article` splits them (articles are generated until at
least that many passages exist). Ingest is timed on the service's own path: the articles are
first written as an NDJSON bulk body (untimed, with the FTS5 input), then read and ingested as
`POST /articles/bulk` does it without HTTP — `read_bulk`, then `Ingestion` (validation,
`prepare_article`'s analysis in the helper process beside the storing thread, `store.ingest` in
batches of 500). `ingest_passages_per_s` is that timed part; `ingest_wall_passages_per_s` also
counts making the synthetic text, splitting it to count passages and writing both input files;
`store_ingest_passages_per_s` is the store's own work alone, timed inside the same run (so
while the helper analyzes): its database writes plus its indexing, summed, although a bulk
ingest overlaps one batch's indexing with the next batch's writes. `chunks_at_helper`,
`helpers`, `helper_cpu_s` and `helper_peak_rss_mb` say how many 50-article chunks the helpers
analyzed (the rest were analyzed inline: the first chunk, and any while they started or were
behind), how many helper processes there were (`FACTCHECK_INGEST_PROCESSES`, at most one per core)
and what they cost, summed over them; `peak_rss_mb` is this process only.
`cpu_probe_start_ms` / `cpu_probe_end_ms` time a fixed pure-Python loop before ingest and after
the queries (bench/probe.py): this VM's speed varies with its neighbours, and a probe well above
its usual value marks a run on a slowed machine.
`--no-helper` analyzes everything inline, as before the helper existed, for comparison.
`--html` sends every article as a web page (`{"html": …}`, bench.corpus.as_page: metadata in
<head>, furniture around the paragraphs), so ingest also extracts the main text and metadata with
trafilatura (service.pages) where it analyzes; the passages are the same as the plain text's.
It adds `html_profile`: on the first 300 pages, in this process alone, the milliseconds per
article of `read_page` (trafilatura's extraction and metadata, htmldate's date) and of
`analyze_article` on the extracted text (splitting, attributions, facts), and their shares.

`--osmem` runs the Elasticsearch backend on a fresh clone of osmem-server (the test-only
`PlainJsonNode` rewrites the ES 9 client's vendor media type, which osmem refuses). osmem is
an in-memory OpenSearch-compatible server, not Elasticsearch: its figures say
nothing about a real cluster's speed.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import resource
import sqlite3
import statistics
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from bench.claims import REALISTIC_CLAIMS
from bench.corpus import Corpus, as_page
from bench.probe import cpu_probe_ms
from service.actions import Ingestion
from service.bulk import read_bulk
from service.collector import settle_collector
from service.ingest import article_id_for, begin_batch, content_sha256
from service.models import SearchFilters
from service.preparing import helper_usages
from service.segment import split_sentences


def percentile(values: list[float], pct: float) -> float:
    ordered = sorted(values)
    index = min(len(ordered) - 1, max(0, round(pct / 100 * len(ordered)) - 1))
    return ordered[index]


def dir_size(path: Path) -> int:
    return sum(p.stat().st_size for p in path.rglob("*") if p.is_file())


def build_store(backend: str, data_dir: Path, es_url: str | None, osmem: bool = False) -> Any:
    if osmem:
        from tests.support.elasticsearch import osmem_server, store_on

        clone = osmem_server().clone()
        return store_on(clone.url, clone=clone)
    from service.settings import load_settings
    from service.stores import build_store as build

    overrides: dict[str, Any] = {"BACKEND": backend, "DATA_DIR": str(data_dir)}
    if es_url:
        overrides["ELASTICSEARCH_URL"] = es_url
    return build(load_settings(overrides=overrides))


class TimedStore:
    """The store with its `ingest` calls timed and their passages counted (the rest passes through)."""

    def __init__(self, store: Any) -> None:
        self.store = store
        self.seconds = 0.0
        self.passages = 0

    def ingest(self, articles: list[Any]) -> Any:
        return self.begin_ingest(articles)()

    def begin_ingest(self, articles: list[Any]) -> Any:
        """Both parts timed: the database writes here, the indexing in the call returned (which a
        bulk ingest runs in another thread, beside the next batch's writes)."""
        begun = time.perf_counter()
        finish = begin_batch(self.store, articles)
        self.seconds += time.perf_counter() - begun

        def timed_finish() -> Any:
            started = time.perf_counter()
            outcomes = finish()
            self.seconds += time.perf_counter() - started
            self.passages += sum(len(o.article.passages) for o in outcomes if o.status == "created")
            return outcomes
        return timed_finish

    def __getattr__(self, name: str) -> Any:
        return getattr(self.store, name)


def write_input(corpus: Corpus, n_passages: int, ndjson: Path, texts_file: Path, html: bool = False) -> int:
    """The bulk body (NDJSON articles, or their pages, until at least n_passages passages) and the
    FTS5 input."""
    passages = 0
    with ndjson.open("w", encoding="utf-8") as body, texts_file.open("w", encoding="utf-8") as texts:
        for payload in corpus.articles(n_passages * 2):
            body.write(json.dumps(as_page(payload) if html else payload) + "\n")
            article_id = article_id_for(payload["external_id"], content_sha256(payload["text"]))
            for ordinal, sentence in enumerate(split_sentences(payload["text"])):
                texts.write(json.dumps([f"{article_id}-{ordinal}", sentence.text, payload["outlet"]]) + "\n")
                passages += 1
            if passages >= n_passages:
                return passages
    return passages


def ingest(store: Any, corpus: Corpus, n_passages: int, work: Path, helper: bool = True,
           html: bool = False) -> dict[str, Any]:
    """POST /articles/bulk's work on an NDJSON body, without HTTP: read_bulk + Ingestion."""
    started = time.perf_counter()
    expected = write_input(corpus, n_passages, work / "bulk.ndjson", work / "texts.jsonl", html)
    timed = TimedStore(store)
    begun = time.perf_counter()
    ingestion = Ingestion(timed, helper=helper)
    with (work / "bulk.ndjson").open("rb") as body:
        for line, item in read_bulk(body):
            ingestion.add(line, item)
    report = ingestion.flush()
    seconds = time.perf_counter() - begun
    if html:
        # the page puts three sentences a paragraph, and the splitter also ends a sentence at a
        # paragraph's end where the synthetic text starts the next one in lower case: a few more
        expected = timed.passages if abs(timed.passages - expected) < expected / 10 else -1
    if report.failed or timed.passages != expected:
        raise SystemExit(f"ingest went wrong: {report.failed} failed, {timed.passages} of {expected} passages")
    usages = helper_usages()
    helper_rss, helper_cpu = sum(u.peak_rss_mb for u in usages), sum(u.cpu_seconds for u in usages)
    return {"input": "html" if html else "text", "passages": expected, "ingest_seconds": round(seconds, 1),
            "ingest_passages_per_s": round(expected / seconds),
            "ingest_wall_passages_per_s": round(expected / (time.perf_counter() - started)),
            "store_ingest_passages_per_s": round(expected / timed.seconds),
            "chunks_at_helper": ingestion.chunks_at_helper, "helpers": len(usages),
            "helper_cpu_s": round(helper_cpu, 1), "helper_peak_rss_mb": round(helper_rss)}


def html_profile(work: Path, articles: int = 300) -> dict[str, Any]:
    """Where an HTML article's ingest time goes, in this process alone: extraction vs analysis."""
    from service.ingest import analyze_article
    from service.pages import read_page

    extract = analyze = 0.0
    with (work / "bulk.ndjson").open(encoding="utf-8") as body:
        pages = [json.loads(line)["html"] for _, line in zip(range(articles), body, strict=False)]
    for page in pages:
        begun = time.perf_counter()
        read = read_page(page)
        between = time.perf_counter()
        analyze_article({"text": read.text, "published_at": read.published_at})
        analyze += time.perf_counter() - between
        extract += between - begun
    total = extract + analyze
    return {"html_profile": {"articles": len(pages), "read_page_ms": round(extract * 1000 / len(pages), 2),
                             "analyze_ms": round(analyze * 1000 / len(pages), 2),
                             "read_page_share": round(extract / total, 2)}}


def run_queries(store: Any, queries: list[dict[str, Any]]) -> dict[str, Any]:
    from service.search import run_search

    def one(query: dict[str, Any]) -> float:
        filters = SearchFilters(outlets=(query["outlet"],) if query["outlet"] else ())
        started = time.perf_counter()
        run_search(store, query["q"], filters, query["sort"], 1, 10)
        return (time.perf_counter() - started) * 1000

    for query in queries[:20]:
        one(query)  # warm caches, as a running server would be
    timings = [one(query) for query in queries]
    return {"search_p50_ms": round(statistics.median(timings), 2),
            "search_p95_ms": round(percentile(timings, 95), 2),
            "search_max_ms": round(max(timings), 2)}


def run_dossiers(store: Any, claims: list[str], label: str = "dossier") -> dict[str, Any]:
    """check_claim as the API calls it: analysis, retrieval, stance, verdict, and the stored dossier."""
    from service.actions import check_claim

    check_claim(store, {"claim": claims[0], "filters": None, "max_evidence": 20})  # warm-up
    timings = []
    for claim in claims:
        started = time.perf_counter()
        check_claim(store, {"claim": claim, "filters": None, "max_evidence": 20})
        timings.append((time.perf_counter() - started) * 1000)
    return {f"{label}_p50_ms": round(statistics.median(timings), 2),
            f"{label}_p95_ms": round(percentile(timings, 95), 2)}


_FTS_WORD = re.compile(r"\w+", re.UNICODE)


def fts_query(q: str) -> str:
    """The same query for FTS5: words OR-ed, "phrases" kept, -words as NOT."""
    phrases = re.findall(r'"([^"]+)"', q)
    rest = re.sub(r'"[^"]*"', " ", q)
    excluded = [w[1:] for w in rest.split() if w.startswith("-") and len(w) > 1]
    words = [w for token in rest.split() if not token.startswith("-") for w in _FTS_WORD.findall(token)]
    parts = [f'"{" ".join(_FTS_WORD.findall(p))}"' for p in phrases] + [f'"{w}"' for w in words]
    query = " OR ".join(parts) or '""'
    for word in excluded:
        for w in _FTS_WORD.findall(word):
            query = f"({query}) NOT \"{w}\""
    return query


def fts5_baseline(texts_file: Path, work: Path, queries: list[dict[str, Any]]) -> dict[str, Any]:
    db = sqlite3.connect(work / "fts5.db")
    db.execute("CREATE VIRTUAL TABLE passages USING fts5(id UNINDEXED, text, outlet UNINDEXED, "
               "tokenize='porter unicode61 remove_diacritics 2')")
    with texts_file.open(encoding="utf-8") as lines:
        db.executemany("INSERT INTO passages VALUES (?, ?, ?)", (json.loads(line) for line in lines))
    db.commit()
    timings = []
    for query in queries:
        started = time.perf_counter()
        db.execute("SELECT id, bm25(passages) FROM passages WHERE passages MATCH ? "
                   "ORDER BY bm25(passages) LIMIT 10", (fts_query(query["q"]),)).fetchall()
        timings.append((time.perf_counter() - started) * 1000)
    db.close()
    return {"fts5_p50_ms": round(statistics.median(timings), 2),
            "fts5_p95_ms": round(percentile(timings, 95), 2)}


def tantivy_query(q: str) -> str:
    """The same query in tantivy's query syntax: words and "phrases" OR-ed, -words excluded."""
    phrases = re.findall(r'"([^"]+)"', q)
    rest = re.sub(r'"[^"]*"', " ", q)
    excluded = [w for token in rest.split() if token.startswith("-") for w in _FTS_WORD.findall(token)]
    words = [w for token in rest.split() if not token.startswith("-") for w in _FTS_WORD.findall(token)]
    parts = [f'"{" ".join(_FTS_WORD.findall(p))}"' for p in phrases] + words + [f"-{w}" for w in excluded]
    return " ".join(parts)


def tantivy_baseline(texts_file: Path, work: Path, queries: list[dict[str, Any]]) -> dict[str, Any]:
    """Raw tantivy on the same passages and queries: one index (text with tantivy's English
    stemmer, outlet as a raw term), top 10 by BM25 with the total counted, as our search does;
    no facets, no passage look-up, no highlighting. What our search adds is measured against it."""
    import tantivy

    builder = tantivy.SchemaBuilder()
    builder.add_text_field("id", stored=True, tokenizer_name="raw")
    builder.add_text_field("text", stored=False, tokenizer_name="en_stem")
    builder.add_text_field("outlet", stored=False, tokenizer_name="raw")
    schema = builder.build()
    (work / "tantivy").mkdir()
    index = tantivy.Index(schema, path=str(work / "tantivy"))
    writer = index.writer(heap_size=256_000_000)
    with texts_file.open(encoding="utf-8") as lines:
        for line in lines:
            passage_id, text, outlet = json.loads(line)
            writer.add_document(tantivy.Document(id=passage_id, text=text, outlet=outlet))
    writer.commit()
    writer.wait_merging_threads()
    index.reload()
    searcher = index.searcher()

    def one(query: dict[str, Any]) -> float:
        started = time.perf_counter()
        parsed = index.parse_query(tantivy_query(query["q"]) or '""', ["text"])
        if query["outlet"]:
            parsed = tantivy.Query.boolean_query([
                (tantivy.Occur.Must, parsed),
                (tantivy.Occur.Must, tantivy.Query.term_query(schema, "outlet", query["outlet"]))])
        result = searcher.search(parsed, 10, count=True)
        [searcher.doc(address)["id"] for _, address in result.hits]
        return (time.perf_counter() - started) * 1000

    for query in queries[:20]:
        one(query)
    timings = [one(query) for query in queries]
    return {"tantivy_p50_ms": round(statistics.median(timings), 2),
            "tantivy_p95_ms": round(percentile(timings, 95), 2)}


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--passages", type=int, required=True)
    parser.add_argument("--queries", type=int, default=500)
    parser.add_argument("--dossiers", type=int, default=0)
    parser.add_argument("--backend", default="embedded")
    parser.add_argument("--es-url")
    parser.add_argument("--osmem", action="store_true",
                        help="Elasticsearch backend on an osmem-server clone (test support; not Elasticsearch)")
    parser.add_argument("--no-fts5", action="store_true")
    parser.add_argument("--no-tantivy", action="store_true", help="skip the raw-tantivy baseline")
    parser.add_argument("--no-helper", action="store_true",
                        help="prepare every payload in this process (no helper process), for comparison")
    parser.add_argument("--html", action="store_true",
                        help="send the articles as web pages: ingest extracts their main text (trafilatura)")
    args = parser.parse_args()
    if args.osmem:
        args.backend, args.no_fts5 = "osmem", True
    corpus = Corpus()
    queries = corpus.queries(args.queries)
    with tempfile.TemporaryDirectory(prefix="factcheck-bench-") as tmp:
        work = Path(tmp)
        store = build_store(args.backend, work / "data", args.es_url, args.osmem)
        result: dict[str, Any] = {"backend": args.backend, "cpu_probe_start_ms": cpu_probe_ms()}
        result.update(ingest(store, corpus, args.passages, work, helper=not args.no_helper, html=args.html))
        if args.html:
            result.update(html_profile(work))
        settle_collector()  # as `factcheck serve` and its dossier workers do once started
        result.update(run_queries(store, queries))
        if args.dossiers:
            claims = [corpus.sentence() for _ in range(args.dossiers)]
            result.update(run_dossiers(store, claims))
            result.update(run_dossiers(store, REALISTIC_CLAIMS, "dossier_real"))
        result["cpu_probe_end_ms"] = cpu_probe_ms()
        result["peak_rss_mb"] = round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024)
        if args.backend == "embedded":
            result["data_dir_mb"] = round(dir_size(work / "data") / 1e6, 1)
        store.close()
        if not args.no_tantivy:
            result.update(tantivy_baseline(work / "texts.jsonl", work, queries))
            result["search_over_tantivy_p95"] = round(result["search_p95_ms"] / result["tantivy_p95_ms"], 2)
        if not args.no_fts5:
            result.update(fts5_baseline(work / "texts.jsonl", work, queries))
            result["fts5_over_search_p50"] = round(result["fts5_p50_ms"] / result["search_p50_ms"], 1)
    json.dump(result, sys.stdout)
    print()


if __name__ == "__main__":
    os.environ.setdefault("FACTCHECK_LOG_LEVEL", "WARNING")
    main()
