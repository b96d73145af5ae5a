"""`factcheck`: serve the API, ingest files, search, check claims, reindex, evaluate.

Commands parse their input, call the same service functions as the API, and format output.
Errors print one line on stderr and exit non-zero.
"""

from __future__ import annotations

import functools
import json
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar

import click

from service.errors import FactcheckError
from service.settings import SETTINGS

F = TypeVar("F", bound=Callable[..., Any])


def _settings_epilog() -> str:
    """The settings table, one block that click prints as it is (the \\b line: no rewrapping)."""
    import textwrap

    lines = ["\b", "Configuration (environment variables):"]
    for s in SETTINGS:
        lines.append(f"  {s.env_name}  (default: {s.default!r})")
        lines += textwrap.wrap(s.help, width=96, initial_indent="      ", subsequent_indent="      ")
    return "\n".join(lines)


def fail(message: str, code: int = 1) -> None:
    click.echo(f"factcheck: error: {message}", err=True)
    sys.exit(code)


def reports_errors(command: F) -> F:
    """Turn our errors into one line on stderr and a non-zero exit."""

    @functools.wraps(command)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        try:
            return command(*args, **kwargs)
        except FactcheckError as exc:
            # field messages the detail does not already say (a summary of them usually does)
            extra = "; ".join(f"{k}: {' '.join(v)}" for k, v in (exc.errors or {}).items()
                              if " ".join(v) not in exc.detail)
            fail(exc.detail + (f" ({extra})" if extra else ""), 2 if exc.status < 500 else 1)

    return wrapper  # type: ignore[return-value]


def open_store(ctx: click.Context) -> Any:
    """The configured store, built by the app factory (as for the API) and closed at the end."""
    import secrets

    from service import create_app

    # The CLI serves no HTTP, so its app gets a throwaway key: it must not create the data dir's
    # key file, which `serve` generates and prints on its first start.
    app = create_app({"API_KEYS": [secrets.token_urlsafe(32)]})
    ctx.with_resource(app.app_context())
    store = app.extensions["store"]
    ctx.call_on_close(store.close)
    return store


def current_app_fetcher() -> Any:
    """The URL fetcher of the app `open_store` built (its FETCH_* settings)."""
    from flask import current_app

    return current_app.extensions["fetcher"]


def _given(values: dict[str, Any]) -> dict[str, Any]:
    """Options the user gave (None means not given, so the schema default applies)."""
    return {key: value for key, value in values.items() if value is not None}


@click.group(epilog=_settings_epilog(), context_settings={"max_content_width": 120})
def main() -> None:
    """Fact-check workbench: archive search and claim verification dossiers."""


@main.command()
@click.option("--host", help="Listen address (default: FACTCHECK_HOST).")
@click.option("--port", type=int, help="Listen port (default: FACTCHECK_PORT).")
@reports_errors
def serve(host: str | None, port: int | None) -> None:
    """Serve the API with gunicorn (a production WSGI server)."""
    from service.server import serve as run_server

    run_server(host, port)


@main.command()
@click.argument("sources", nargs=-1, required=True)
@click.option("--quiet", is_flag=True, help="No progress bar.")
@click.pass_context
@reports_errors
def ingest(ctx: click.Context, sources: tuple[str, ...], quiet: bool) -> None:
    """Ingest files, folders and http(s) URLs: .txt/.md (with NAME.meta.json sidecars), .json, .jsonl,
    saved pages (.html/.htm) and RSS/Atom feeds (.xml/.rss/.atom); a URL may be a page or a feed."""
    from service.actions import ingest_sources

    store = open_store(ctx)
    report = ingest_sources(store, sources, current_app_fetcher(), progress=not quiet)
    for error in report.errors:
        click.echo(f"factcheck: {error['line']}: {error['detail']}", err=True)
    click.echo(f"ingested {report.ingested}, unchanged {report.unchanged}, failed {report.failed}")
    if report.failed:
        sys.exit(1)


@main.command()
@click.argument("query")
@click.option("--outlet", multiple=True, help="Only passages from this outlet (repeatable).")
@click.option("--from", "published_from", help="Published on or after (YYYY-MM-DD).")
@click.option("--to", "published_to", help="Published on or before (YYYY-MM-DD).")
@click.option("--sort", type=click.Choice(["relevance", "date"]), default="relevance")
@click.option("--page", type=int, default=1)
@click.option("--size", type=int, default=10)
@click.option("--json", "as_json", is_flag=True, help="Print the API's JSON response.")
@click.pass_context
@reports_errors
def search(ctx: click.Context, query: str, outlet: tuple[str, ...], published_from: str | None,
           published_to: str | None, sort: str, page: int, size: int, as_json: bool) -> None:
    """Full-text search over passages."""
    from service.actions import search_document
    from service.schemas import load
    from service.schemas.search import SearchArgsSchema

    store = open_store(ctx)
    body = search_document(store, load(SearchArgsSchema(), _given({
        "q": query, "outlet": list(outlet), "published_from": published_from,
        "published_to": published_to, "sort": sort, "page": page, "size": size})))
    if as_json:
        click.echo(json.dumps(body, ensure_ascii=False, indent=2))
        return
    click.echo(f"{body['total']} passages ({body['took_ms']} ms)")
    for rank, hit in enumerate(body["hits"], (page - 1) * size + 1):
        article = hit["article"]
        where = ", ".join(filter(None, [article["outlet"], article["published_at"], article["title"]]))
        click.echo(f"\n{rank}. [{hit['score']:.2f}] {where or article['id']}")
        click.echo(f"   {hit['passage']['text']}")


@main.command()
@click.argument("query", default="")
@click.option("--entity", default="", help="Only passages that name this (spellings vary).")
@click.option("--from", "published_from", help="Published on or after (YYYY-MM-DD).")
@click.option("--to", "published_to", help="Published on or before (YYYY-MM-DD).")
@click.option("--page", type=int, default=1)
@click.option("--size", type=int, default=20)
@click.option("--json", "as_json", is_flag=True, help="Print the API's JSON response.")
@click.pass_context
@reports_errors
def events(ctx: click.Context, query: str, entity: str, published_from: str | None, published_to: str | None,
           page: int, size: int, as_json: bool) -> None:
    """Incidents the archive reports, with who said what about each (the API's GET /events)."""
    from service.events import list_events
    from service.schemas import load
    from service.schemas.events import EventsArgsSchema, EventsResponseSchema

    store = open_store(ctx)  # first: the schema reads the app's limits
    args = load(EventsArgsSchema(), _given({"q": query, "entity": entity, "published_from": published_from,
                                            "published_to": published_to, "page": page, "size": size}))
    body = EventsResponseSchema().dump(list_events(store, args))
    if as_json:
        click.echo(json.dumps(body, ensure_ascii=False, indent=2))
        return
    click.echo(f"{body['total']} events in {body['searched']} passages ({body['took_ms']} ms)")
    for event in body["events"]:
        click.echo(f"\n{event['label']}  [{event['id']}] — {event['passages']} passages, {event['articles']} articles")
        for source in event["sources"]:
            figures = "; ".join(source["figures"]) or "no figure"
            click.echo(f"  {source['source']} ({source['kind']}; {', '.join(source['outlets']) or 'no outlet'}): "
                       f"{figures}")


@main.command()
@click.pass_context
@reports_errors
def reindex(ctx: click.Context) -> None:
    """Rebuild the search index from the system of record and swap it in."""
    report = open_store(ctx).reindex()
    click.echo(f"reindexed {report.articles} articles, {report.passages} passages "
               f"in {report.took_ms / 1000:.1f} s")


@main.command()
@click.pass_context
@reports_errors
def stats(ctx: click.Context) -> None:
    """Article and passage counts."""
    from service.stores import store_warnings

    store = open_store(ctx)
    counts = store.stats()
    click.echo(json.dumps({"backend": store.backend_name, "articles": counts.articles,
                           "passages": counts.passages, "facts_current": counts.facts_current}))
    for warning in store_warnings(counts):
        click.echo(f"warning: {warning}", err=True)


@main.command()
@click.argument("claim")
@click.option("--outlet", multiple=True, help="Only evidence from this outlet (repeatable).")
@click.option("--article-id", multiple=True, help="Assess every passage of this article.")
@click.option("--external-id", multiple=True, help="Assess every passage of this article.")
@click.option("--max-evidence", type=int, default=20)
@click.option("--claim-date", help="The day the claim was made (YYYY-MM-DD): dates 'last week', 'on Monday'.")
@click.option("--json", "as_json", is_flag=True, help="Print the full dossier as JSON.")
@click.pass_context
@reports_errors
def check(ctx: click.Context, claim: str, outlet: tuple[str, ...], article_id: tuple[str, ...],
          external_id: tuple[str, ...], max_evidence: int, claim_date: str | None, as_json: bool) -> None:
    """Check a claim against the archive and store the dossier."""
    from service.actions import check_claim
    from service.dossier.report import render_summary
    from service.schemas import load
    from service.schemas.dossiers import DossierRequestSchema

    store = open_store(ctx)
    filters = {"outlets": list(outlet), "article_ids": list(article_id),
               "external_ids": list(external_id)}
    request = {"claim": claim, "max_evidence": max_evidence,
               "filters": {key: value for key, value in filters.items() if value}}
    if claim_date is not None:
        request["claim_date"] = claim_date
    document = check_claim(store, load(DossierRequestSchema(), request))
    click.echo(json.dumps(document, ensure_ascii=False, indent=2) if as_json
               else render_summary(document))


@main.command()
@click.argument("query", default="")
@click.option("--verdict", help="supported, refuted, disputed or unverified (the reviewer's, when final).")
@click.option("--review-state", help="unreviewed, in_review or final.")
@click.option("--page", type=int, default=1)
@click.option("--size", type=int, default=20)
@click.option("--json", "as_json", is_flag=True, help="Print the API's JSON response.")
@click.pass_context
@reports_errors
def dossiers(ctx: click.Context, query: str, verdict: str | None, review_state: str | None, page: int, size: int,
             as_json: bool) -> None:
    """Stored dossiers, newest first: search their claims, filter by verdict and review state."""
    from service.actions import dossier_listing
    from service.schemas import load
    from service.schemas.reviews import DossierListArgsSchema

    body = dossier_listing(open_store(ctx), load(DossierListArgsSchema(), _given({
        "q": query, "verdict": verdict, "review_state": review_state, "page": page, "size": size})))
    if as_json:
        click.echo(json.dumps(body, ensure_ascii=False, indent=2))
        return
    click.echo(f"{body['total']} dossiers")
    for item in body["dossiers"]:
        final = item["review"]["verdict"]
        label = item["verdict"]["label"] + (f" → {final['label']} (reviewed)" if final else "")
        click.echo(f"{item['created_at']}  {item['id']}  {label:<12}  [{item['review']['state']}]  {item['claim']}")


@main.command(name="eval")
@click.argument("path", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option("--format", "data_format",
              type=click.Choice(["auto", "climate-fever", "seed-claims", "averitec", "archive"]),
              default="auto", help="The file's format (auto: read from its first line).")
@click.option("--split", type=click.Choice(["test", "tune", "all"]), default="test",
              help="CLIMATE-FEVER only: which part of the claims.")
@click.option("--seeds", type=click.Path(path_type=Path), default=Path("seeds"),
              help="seed-claims only: the folder of the seed articles (default: ./seeds).")
@click.option("--limit", type=int, default=None, help="Only the first N claims.")
@click.option("--json", "as_json", is_flag=True, help="Print the report as JSON.")
@reports_errors
def evaluate(path: Path, data_format: str, split: str, seeds: Path, limit: int | None, as_json: bool) -> None:
    """Evaluate dossiers on labelled claims in a fresh store: CLIMATE-FEVER JSONL, seed claims, AVeriTeC,
    an archive of its own articles and claims."""
    import tempfile

    try:
        from evaluation.formats import detect_format
    except ImportError:  # an installation without the offline tooling (the Docker image)
        fail("factcheck eval needs the evaluation/ folder of a source checkout (pip install -e .)", 2)

    kind = detect_format(path) if data_format == "auto" else data_format
    with tempfile.TemporaryDirectory(prefix="factcheck-eval-") as store_dir:
        if kind == "seed-claims":
            from evaluation.seed_claims import format_seed_claims, run_seed_claims

            report = run_seed_claims(path, seeds=seeds, store_dir=Path(store_dir), limit=limit)
            text = format_seed_claims
        elif kind == "averitec":
            from evaluation.averitec import format_averitec, run_averitec

            report = run_averitec(path, store_dir=Path(store_dir), limit=limit)
            text = format_averitec
        elif kind == "archive":
            from evaluation.archive_claims import format_archive, run_archive

            report = run_archive(path, store_dir=Path(store_dir), limit=limit)
            text = format_archive
        else:
            from evaluation.climate_fever import format_eval_table, run_eval

            report = run_eval(path, split=split, store_dir=Path(store_dir), limit=limit)
            text = format_eval_table
    click.echo(json.dumps(report, indent=2, default=str) if as_json else text(report))
