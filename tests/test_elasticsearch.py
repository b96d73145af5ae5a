"""What only the Elasticsearch backend has: index files, aliases, outages, refused documents.

Runs on a fresh osmem-server clone per test, and also on a real cluster when
FACTCHECK_TEST_ELASTICSEARCH_URL is set. Assertions stick to what both engines guarantee:
no scores, no analyzer internals beyond the tokens of plain words.
"""

from __future__ import annotations

import json
import os
import socket
import threading
import time
from collections.abc import Callable, Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

import pytest
from elasticsearch import Elasticsearch

import indexes
from service.errors import BackendUnavailable, NotFound, ValidationFailed
from service.ingest import prepare_article
from service.models import SearchFilters, SearchRequest
from service.query import parse_query
from service.stores.elasticsearch import ElasticsearchStore
from tests.support.elasticsearch import (
    REAL_URL_ENV,
    CuttableProxy,
    PlainJsonNode,
    drop_indices,
    osmem_server,
    store_on,
)

pytestmark = pytest.mark.backend

CLUSTERS = ["osmem"] + (["real"] if os.environ.get(REAL_URL_ENV) else [])

ARTICLES = [
    {"external_id": "r-1", "outlet": "Reuters", "published_at": "2023-10-31",
     "text": "Drones struck the Ain al-Asad air base on Tuesday, officials said. Two soldiers were injured."},
    {"external_id": "ap-1", "outlet": "AP", "published_at": "2023-11-02T10:00:00",
     "text": "Rockets hit Ain Al-Assad, the AP reported. Nobody was hurt, a spokesman said."},
    {"outlet": "BBC", "text": "The base in Hasakah was attacked by rockets. Damage was light."},
]


@pytest.fixture(params=CLUSTERS)
def cluster(request: pytest.FixtureRequest) -> Iterator[dict[str, Any]]:
    """A URL to an empty cluster plus the node class the test client needs for it."""
    if request.param == "osmem":
        clone = osmem_server().clone()
        yield {"url": clone.url, "node_class": PlainJsonNode, "clone": clone, "prefix": "factcheck"}
        clone.close()
    else:
        yield {"url": os.environ[REAL_URL_ENV], "node_class": None, "clone": None,
               "prefix": f"factcheck-test-{time.monotonic_ns()}"}


def make_store(cluster: dict[str, Any], url: str | None = None, **options: Any) -> ElasticsearchStore:
    if cluster["node_class"] is not None:
        options.setdefault("node_class", cluster["node_class"])
    return store_on(url or cluster["url"], prefix=cluster["prefix"], **options)


@pytest.fixture
def store(cluster: dict[str, Any]) -> Iterator[ElasticsearchStore]:
    store = make_store(cluster)
    yield store
    drop_indices(store.es, cluster["prefix"])
    store.close()


def prepared(*payloads: dict[str, Any]) -> list[Any]:
    return [prepare_article(p) for p in payloads or ARTICLES]


def hits(store: ElasticsearchStore, q: str, **options: Any) -> list[str]:
    return [h.passage.id for h in store.search(SearchRequest(parse_query(q), **options)).hits]


# -- index definitions -----------------------------------------------------------------------

@pytest.mark.parametrize("name", indexes.NAMES)
def test_live_mapping_equals_the_index_file(store: ElasticsearchStore, name: str) -> None:
    definition = indexes.load(name)
    live = store.es.indices.get_mapping(index=store.alias(name)).body
    (index_name, body), = live.items()
    assert index_name == f"{store.alias(name)}-v1"
    # Both engines echo a mapping back as it was given; settings come back as strings.
    assert body["mappings"] == definition["mappings"]
    settings = store.es.indices.get_settings(index=store.alias(name)).body[index_name]["settings"]["index"]
    assert settings.get("analysis") == definition["settings"].get("analysis")
    for key in ("number_of_shards", "number_of_replicas"):
        assert str(settings[key]) == str(definition["settings"][key])


def test_index_definitions_load_by_package_path(tmp_path: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)  # the working directory must not matter
    for name in indexes.NAMES:
        assert set(indexes.load(name)) == {"settings", "mappings"}
    with pytest.raises(KeyError):
        indexes.load("nope")


def test_analysis_folds_accents_and_stems(store: ElasticsearchStore) -> None:
    def tokens(field: str, text: str) -> list[str]:
        response = store.es.indices.analyze(index=store.alias("passages"), field=field, text=text)
        return [t["token"] for t in response["tokens"]]

    assert tokens("text", "Ḥasakah’s strikes") == ["hasakah", "strike"]
    assert tokens("text.exact", "Ḥasakah strikes") == ["hasakah", "strikes"]


# -- ingest, search, reindex -----------------------------------------------------------------

def test_reindex_builds_a_new_version_and_swaps_the_alias(store: ElasticsearchStore) -> None:
    store.ingest(prepared())
    queries = ["Asad", '"air base"', "rockets -Hasakah", ""]
    before = {q: hits(store, q) for q in queries}
    words_before = store.similar_words("asad")
    report = store.reindex()
    assert (report.articles, report.passages) == (3, sum(a.passage_count for a in prepared()))
    aliases = store.es.indices.get_alias(name=f"{store.prefix}-*").body
    assert aliases[f"{store.alias('passages')}-v2"]["aliases"] == {store.alias("passages"): {}}
    assert f"{store.alias('passages')}-v1" not in aliases
    assert not store.es.indices.exists(index=f"{store.alias('passages')}-v1")
    assert {q: hits(store, q) for q in queries} == before
    assert store.similar_words("asad") == words_before == ["assad"]
    store.reindex()
    assert list(store.es.indices.get_alias(name=store.alias("passages")).body) == [f"{store.alias('passages')}-v3"]


def test_deep_pages_use_search_after_and_match_shallow_pages(cluster: dict[str, Any],
                                                              store: ElasticsearchStore) -> None:
    # Repeated sentences tie on score: the walk must neither skip nor repeat tied hits.
    echo = {"outlet": "AP", "published_at": "2023-11-02T10:00:00",
            "text": "Rockets hit Ain Al-Assad, the AP reported. Two soldiers were injured. Damage was light."}
    store.ingest(prepared(*ARTICLES, echo))
    narrow = make_store(cluster, result_window=2)  # every page past the 2nd hit walks with search_after
    try:
        for sort in ("relevance", "date"):
            for q in ("", "rockets Asad injured hurt damage"):
                full = hits(store, q, sort=sort, limit=20)
                assert len(full) >= 4
                pages = [hits(narrow, q, sort=sort, offset=offset, limit=2) for offset in range(0, len(full), 2)]
                assert [pid for page in pages for pid in page] == full
                assert hits(narrow, q, sort=sort, offset=len(full) + 5, limit=2) == []
    finally:
        narrow.close()


def test_date_sort_puts_undated_passages_last(store: ElasticsearchStore) -> None:
    articles = prepared()
    store.ingest(articles)
    order = [pid.rsplit("-", 1)[0] for pid in hits(store, "", sort="date", limit=20)]
    dated_ap, dated_reuters, undated = (a.id for a in (articles[1], articles[0], articles[2]))
    assert order == [dated_ap] * 2 + [dated_reuters] * 2 + [undated] * 2


def test_external_id_filter_is_resolved_through_the_articles_index(store: ElasticsearchStore) -> None:
    articles = prepared()
    store.ingest(articles)
    found = hits(store, "", filters=SearchFilters(external_ids=("ap-1",)), limit=20)
    assert found and all(pid.startswith(articles[1].id) for pid in found)
    assert hits(store, "", filters=SearchFilters(external_ids=("unknown",))) == []


# -- failures --------------------------------------------------------------------------------

def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def test_unreachable_url_is_backend_unavailable_with_retry_after() -> None:
    url = f"http://user:secret@127.0.0.1:{free_port()}"
    started = time.monotonic()
    with pytest.raises(BackendUnavailable) as raised:
        ElasticsearchStore.from_settings({"ELASTICSEARCH_URL": url}, connect_attempts=2, connect_backoff=0.01)
    assert time.monotonic() - started < 10
    error = raised.value
    assert error.status == 503 and error.retry_after and error.retry_after > 0
    assert "\n" not in error.detail and "127.0.0.1" in error.detail and "after 2 attempts" in error.detail
    assert "secret" not in error.detail


def test_outage_answers_unavailable_and_recovers_by_itself(cluster: dict[str, Any], store: ElasticsearchStore) -> None:
    store.ingest(prepared())
    proxy = CuttableProxy(cluster["url"])
    through = make_store(cluster, url=proxy.url)
    try:
        assert through.stats().articles == 3
        proxy.sever()
        for call in (through.stats, lambda: through.search(SearchRequest(parse_query("Asad")))):
            with pytest.raises(BackendUnavailable) as raised:
                call()
            assert raised.value.retry_after and raised.value.retry_after > 0
        proxy.restore()
        assert through.stats().articles == 3  # no broken state kept from the outage
        assert hits(through, "Asad")
    finally:
        through.close()
        proxy.close()


class TriggerNode(PlainJsonNode):
    """Calls `trigger(method, target, body)` before each request (set per test, reset after)."""

    trigger: Callable[[str, str, bytes | None], None] | None = None

    def perform_request(self, method: str, target: str, body: bytes | None = None, headers: Any = None,
                        **options: Any) -> Any:
        if TriggerNode.trigger is not None:
            TriggerNode.trigger(method, target, body)
        return super().perform_request(method, target, body=body, headers=headers, **options)


@pytest.fixture
def trigger_node() -> Iterator[type[TriggerNode]]:
    yield TriggerNode
    TriggerNode.trigger = None


def articles_bulk(target: str, body: bytes | None, alias: str) -> bool:
    return target.startswith("/_bulk") and body is not None and f'"_index":"{alias}"'.encode() in body


@pytest.mark.parametrize("failure", ["severed", "responses_lost"])
def test_es_going_away_mid_ingest_fails_articles_and_a_resend_completes(
        cluster: dict[str, Any], store: ElasticsearchStore, trigger_node: type[TriggerNode], failure: str) -> None:
    # The passages reach the cluster; then, as the article documents are sent, the connection
    # is cut (nothing arrives) or the answers are lost (the cluster stored them, nobody heard).
    if cluster["clone"] is None:
        pytest.skip("needs the test node class, which only the osmem run installs")
    proxy = CuttableProxy(cluster["url"])
    through = make_store(cluster, url=proxy.url, node_class=trigger_node)
    articles = prepared()

    def cut(method: str, target: str, body: bytes | None) -> None:
        if articles_bulk(target, body, through.alias("articles")):
            proxy.sever() if failure == "severed" else proxy.lose_responses()

    try:
        trigger_node.trigger = cut
        outcomes = through.ingest(articles)
        assert [o.status for o in outcomes] == ["failed"] * 3
        assert all(o.detail and "unavailable" in o.detail for o in outcomes)
        trigger_node.trigger = None
        proxy.restore()
        expected = "created" if failure == "severed" else "unchanged"
        assert [o.status for o in through.ingest(articles)] == [expected] * 3
        assert [o.status for o in through.ingest(articles)] == ["unchanged"] * 3
        stats = through.stats()
        assert (stats.articles, stats.passages) == (3, sum(a.passage_count for a in articles))
        assert len(hits(through, "", limit=50)) == stats.passages  # no duplicate passages
    finally:
        through.close()
        proxy.close()


def test_a_refused_document_fails_its_article_naming_the_field(cluster: dict[str, Any]) -> None:
    # A mapping that disagrees with our documents (here: someone created the passages index
    # with `outlet` as an integer) makes Elasticsearch refuse those passages.
    client = Elasticsearch(cluster["url"], node_class=cluster["node_class"]) if cluster["node_class"] \
        else Elasticsearch(cluster["url"])
    definition = indexes.load("passages")
    definition["mappings"]["properties"]["outlet"] = {"type": "integer"}
    alias = f"{cluster['prefix']}-passages"
    client.indices.create(index=f"{alias}-v1", aliases={alias: {}}, **definition)
    store = make_store(cluster)
    try:
        bad, good = prepared(ARTICLES[0], {**ARTICLES[2], "outlet": None})
        outcomes = store.ingest([bad, good])
        assert [o.status for o in outcomes] == ["rejected", "created"]  # a 4xx line, not "retry later"
        assert outcomes[0].detail and "outlet" in outcomes[0].detail
        with pytest.raises(NotFound):
            store.get_article(bad.id)
        assert store.stats().passages == good.passage_count  # none of the refused article's passages
    finally:
        drop_indices(store.es, cluster["prefix"])
        store.close()
        client.close()


def test_a_rejected_request_is_validation_failed_naming_the_field(store: ElasticsearchStore) -> None:
    with pytest.raises(ValidationFailed) as raised:
        store.save_dossier({"id": "d-1", "created_at": "yesterday", "claim": "x"})
    assert raised.value.status == 422 and "created_at" in (raised.value.errors or {})
    with pytest.raises(ValidationFailed) as raised:
        store.search(SearchRequest(parse_query("x"), SearchFilters(published_from="31/10/2023")))
    assert "published_from" in (raised.value.errors or {})


def test_a_race_for_one_external_id_keeps_the_winner_whole(
        cluster: dict[str, Any], store: ElasticsearchStore, trigger_node: type[TriggerNode]) -> None:
    if cluster["clone"] is None:
        pytest.skip("needs the test node class, which only the osmem run installs")
    mine = prepare_article({"external_id": "x-1", "text": "Alpha one. Alpha two. Alpha three."})
    theirs = prepare_article({"external_id": "x-1", "text": "Bravo one."})
    racer = make_store(cluster, node_class=trigger_node)

    def other_request_first(method: str, target: str, body: bytes | None) -> None:
        if articles_bulk(target, body, racer.alias("articles")) and trigger_node.trigger is not None:
            trigger_node.trigger = None
            assert store.ingest([theirs])[0].status == "created"

    try:
        trigger_node.trigger = other_request_first
        outcome, = racer.ingest([mine])
        assert outcome.status == "conflict" and "x-1" in (outcome.detail or "")
        assert store.get_article(mine.id).content_sha256 == theirs.content_sha256
        assert hits(store, "alpha") == [] and len(hits(store, "bravo")) == 1
        assert store.stats().passages == 1
    finally:
        racer.close()


class _RefusingHandler(BaseHTTPRequestHandler):
    """Answers like a secured Elasticsearch given wrong credentials (osmem has no security)."""

    def do_GET(self) -> None:
        body = json.dumps({"error": {"type": "security_exception", "reason": "unable to authenticate user"},
                           "status": 401}).encode()
        self.send_response(401)
        self.send_header("Content-Type", "application/json")
        self.send_header("X-Elastic-Product", "Elasticsearch")
        self.send_header("WWW-Authenticate", 'Basic realm="security"')
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args: Any) -> None:
        pass


def test_wrong_credentials_at_start_are_one_clear_line() -> None:
    server = ThreadingHTTPServer(("127.0.0.1", 0), _RefusingHandler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        with pytest.raises(BackendUnavailable) as raised:
            ElasticsearchStore.from_settings({"ELASTICSEARCH_URL": f"http://127.0.0.1:{server.server_port}",
                                              "ELASTICSEARCH_USERNAME": "elastic", "ELASTICSEARCH_PASSWORD": "no"},
                                             connect_attempts=3, connect_backoff=5)
    finally:
        server.shutdown()
        server.server_close()
    detail = raised.value.detail
    assert "\n" not in detail and "credentials" in detail and "ELASTICSEARCH_USERNAME" in detail


def test_settings_credentials_are_sent(cluster: dict[str, Any], trigger_node: type[TriggerNode]) -> None:
    if cluster["clone"] is None:
        pytest.skip("checks the headers through the test node class")
    seen: list[str] = []

    class HeaderNode(trigger_node):  # type: ignore[valid-type,misc]
        def perform_request(self, method: str, target: str, body: bytes | None = None, headers: Any = None,
                            **options: Any) -> Any:
            seen.append((headers or {}).get("authorization", ""))
            return super().perform_request(method, target, body=body, headers=headers, **options)

    for settings, expected in (({"ELASTICSEARCH_API_KEY": "a2V5"}, "ApiKey a2V5"),
                               ({"ELASTICSEARCH_USERNAME": "elastic", "ELASTICSEARCH_PASSWORD": "pw"},
                                "Basic ZWxhc3RpYzpwdw==")):
        seen.clear()
        store = ElasticsearchStore.from_settings({"ELASTICSEARCH_URL": cluster["url"], **settings},
                                                 node_class=HeaderNode, connect_attempts=1)
        store.close()
        assert seen and set(seen) == {expected}


def test_the_api_answers_503_with_retry_after_while_es_is_down(cluster: dict[str, Any], app: Any) -> None:
    proxy = CuttableProxy(cluster["url"])
    store = make_store(cluster, url=proxy.url)
    embedded, app.extensions["store"] = app.extensions["store"], store  # the store the app was built with
    embedded.close()
    client = app.test_client()
    try:
        assert client.get("/api/v1/health").get_json()["backend"] == "elasticsearch"
        proxy.sever()
        down = client.get("/api/v1/health")
        assert down.status_code == 503 and int(down.headers["Retry-After"]) > 0
        assert down.mimetype == "application/problem+json" and "Traceback" not in down.get_data(as_text=True)
        proxy.restore()
        assert client.get("/api/v1/health").status_code == 200
    finally:
        proxy.close()


def test_an_index_made_before_passage_facts_gets_the_field_and_reindex_reads_them(
        cluster: dict[str, Any], store: ElasticsearchStore) -> None:
    """Indices of an older version: opening the store adds the passages' `facts` field to the live
    mapping; passages stored without facts get them when reindex rebuilds the passages index."""
    from dataclasses import replace

    alias = store.alias("passages")
    old = indexes.load("passages")
    del old["mappings"]["properties"]["facts"]
    [current] = store.es.indices.get_alias(name=alias).body
    store.es.indices.delete(index=current)
    store.es.indices.create(index=current, aliases={alias: {}}, **old)  # as an older version made it
    reopened = make_store(cluster)
    try:
        live = reopened.es.indices.get_mapping(index=alias).body[current]["mappings"]["properties"]
        assert live["facts"] == indexes.load("passages")["mappings"]["properties"]["facts"]
        articles = prepared()
        # …and without the attributions this version reads, which reindex reads again with the facts
        bare = [replace(a, passages=tuple(replace(p, facts_json=None, attributions=()) for p in a.passages))
                for a in articles]
        assert [o.status for o in reopened.ingest(bare)] == ["created"] * len(bare)
        assert all(h.passage.facts is None for h in reopened.search(SearchRequest(parse_query("Asad"))).hits)
        assert reopened.stats().facts_current is False  # what /health and the server's start warn of
        reopened.reindex()
        assert reopened.stats().facts_current is True
        hits = reopened.search(SearchRequest(parse_query("Asad"))).hits
        expected = {p.id: p for a in articles for p in a.passages}
        assert hits and all(h.passage.facts == expected[h.passage.id].facts for h in hits)
        assert all(h.passage.attributions == expected[h.passage.id].attributions for h in hits)
        assert any(h.passage.attributions for h in hits)
    finally:
        reopened.close()


def test_a_dossiers_index_made_before_reviews_gets_the_fields_and_its_dossiers_are_kept(
        cluster: dict[str, Any], store: ElasticsearchStore) -> None:
    """An older dossiers index: opening the store adds the review and listing fields to the live
    mapping and fills them in for the dossiers stored before, whose documents stay as they were."""
    from service.models import DossierFilters, claim_terms

    alias = store.alias("dossiers")
    old = indexes.load("dossiers")
    for field in ("claim_terms", "verdict", "review_state", "review"):
        del old["mappings"]["properties"][field]
    [current] = store.es.indices.get_alias(name=alias).body
    store.es.indices.delete(index=current)
    store.es.indices.create(index=current, aliases={alias: {}}, **old)  # as an older version made it
    document = {"id": "old", "claim": "Rockets hit the harbor", "created_at": "2024-01-01T00:00:00+00:00",
                "verdict": {"label": "refuted", "confidence": 0.7, "rationale": "r", "flags": []}}
    store.es.index(index=alias, id="old", refresh="wait_for",
                   document={"dossier_id": "old", "created_at": document["created_at"], "document": document})
    reopened = make_store(cluster)
    try:
        live = reopened.es.indices.get_mapping(index=alias).body[current]["mappings"]["properties"]
        assert live == indexes.load("dossiers")["mappings"]["properties"]
        assert reopened.get_dossier("old") == document
        found = reopened.list_dossiers(0, 10, DossierFilters(terms=tuple(claim_terms("rocket")), verdict="refuted",
                                                              review_state="unreviewed"))
        assert found == (1, [document])
        reopened.update_review("old", lambda doc: {"state": "final", "verdict": {"label": "supported"}})
        assert reopened.list_dossiers(0, 10, DossierFilters(verdict="supported"))[0] == 1
    finally:
        reopened.close()
