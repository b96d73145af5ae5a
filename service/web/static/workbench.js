/* The fact-check workbench page: a small vanilla front end over /api/v1.
 *
 * Hash routes: #/check, #/dossiers/{id}, #/search?..., #/articles/{id}?passage=..., #/events?...,
 * #/history?...  Every view fetches from the API with the key kept in localStorage (sent as
 * "Authorization: Bearer <key>") and shows the API's problem+json `detail` when a call fails.
 *
 * Text from articles and claims goes into the page as text nodes only (no innerHTML anywhere):
 * the API's `highlight` strings are split on <mark>/</mark> and their entities decoded into text
 * nodes; links leave the page only for http(s) URLs; user text is bidi-isolated (dir="auto").
 * No framework and no build step, on purpose: the page ships inside the Python package.
 */
"use strict";

(() => {
  const API = "/api/v1";
  const KEY_STORE = "factcheck.apiKey";
  const view = document.getElementById("view");
  const problemBox = document.getElementById("problem");
  const dossierCache = new Map();
  const articleCache = new Map();

  const STANCES = ["corroborating", "conflicting", "related", "other_event"];
  const LABELS = ["supported", "refuted", "disputed", "unverified"];
  const STANCE_WORDS = {
    corroborating: "corroborating", conflicting: "conflicting", related: "related", other_event: "other event",
  };
  const KIND_WORDS = {
    news_agency: "news agency", media: "media", official: "official", military: "military",
    armed_group: "armed group", anonymous: "anonymous source", person: "person", other: "other",
    outlet: "the outlet itself",
  };
  const REASON_WORDS = {
    quantity_mismatch: "Figures differ", quantity_match: "Same figure", quantity_compatible: "Figure fits",
    negation: "One side denies it", negation_match: "Both deny it", entity_mismatch: "Different name",
    date_mismatch: "Different date", different_event: "Different event", term_overlap: "Shared words",
    other_event_match: "Matches another event", event_undetermined: "Event unclear", place_match: "Same place",
    role_match: "Same role", role_mismatch: "Different role", quote_match: "Same quote",
    quote_mismatch: "Different quote", source_match: "Same source", source_mismatch: "Different source",
    source_other: "Another source's account", source_unstated: "Source not stated",
  };
  const FLAG_WORDS = {
    misattributed: "misattributed: the fact holds, under another source than the claim credits",
    partly_supported: "partly supported: one part confirmed, another contradicted",
  };
  const STATE_WORDS = { unreviewed: "unreviewed", in_review: "in review", final: "final" };

  // ---------------------------------------------------------------- DOM helpers

  /** An element with properties and children; strings become text nodes, never markup. */
  function el(tag, props, ...children) {
    const node = document.createElement(tag);
    for (const [name, value] of Object.entries(props || {})) {
      if (value === null || value === undefined || value === false) continue;
      if (name === "class") node.className = value;
      else if (name === "text") node.textContent = String(value);
      else if (name === "href") {
        const safe = safeHref(value);
        if (safe !== null) node.setAttribute("href", safe);
      } else if (name.startsWith("on") && typeof value === "function") node.addEventListener(name.slice(2), value);
      else if (name === "dataset") Object.assign(node.dataset, value);
      else node.setAttribute(name, value === true ? "" : String(value));
    }
    for (const child of children.flat(Infinity)) {
      if (child === null || child === undefined || child === false) continue;
      node.append(child instanceof Node ? child : String(child));
    }
    return node;
  }

  /** Text that came from an article, a claim or a note: bidi-isolated so U+202E cannot reorder the page. */
  function userText(tag, text, cls) {
    return el(tag, { class: cls ? `ut ${cls}` : "ut", dir: "auto", text: text ?? "" });
  }

  /** Page-internal links (#..., /...) as they are; anything else only when it is http(s). */
  function safeHref(url) {
    if (typeof url !== "string") return null;
    if (url.startsWith("#")) return url;
    if (url.startsWith("/") && !url.startsWith("//") && !url.startsWith("/\\")) return url;
    try {
      const parsed = new URL(url);
      return parsed.protocol === "http:" || parsed.protocol === "https:" ? parsed.href : null;
    } catch {
      return null;
    }
  }

  const NAMED_ENTITIES = { amp: "&", lt: "<", gt: ">", quot: "\"", apos: "'" };

  function decodeEntities(text) {
    return text.replace(/&(#x[0-9a-f]+|#[0-9]+|[a-z]+);/gi, (whole, code) => {
      if (code[0] === "#") {
        const number = code[1] === "x" || code[1] === "X" ? parseInt(code.slice(2), 16) : parseInt(code.slice(1), 10);
        return number > 0 && number < 0x110000 ? String.fromCodePoint(number) : whole;
      }
      return NAMED_ENTITIES[code.toLowerCase()] ?? whole;
    });
  }

  /** The API's highlight (escaped text with <mark>) as nodes: split on the marks, decode the rest as text. */
  function highlighted(tag, highlight, cls) {
    const node = el(tag, { class: cls ? `ut ${cls}` : "ut", dir: "auto" });
    let marked = false;
    for (const part of String(highlight ?? "").split(/(<mark>|<\/mark>)/)) {
      if (part === "<mark>") marked = true;
      else if (part === "</mark>") marked = false;
      else if (part) node.append(marked ? el("mark", { text: decodeEntities(part) }) : decodeEntities(part));
    }
    return node;
  }

  function hash(path, params) {
    const query = new URLSearchParams();
    for (const [name, value] of Object.entries(params || {})) {
      for (const item of Array.isArray(value) ? value : [value]) {
        if (item !== undefined && item !== null && item !== "") query.append(name, String(item));
      }
    }
    const text = query.toString();
    return `#${path}${text ? `?${text}` : ""}`;
  }

  function articleHref(articleId, passageId) {
    return hash(`/articles/${encodeURIComponent(articleId)}`, { passage: passageId });
  }

  function formatTime(value) {
    if (!value) return "";
    const text = String(value);
    return text.includes("T") ? text.replace("T", " ").replace(/:\d\d(\.\d+)?(\+00:00|Z)?$/, "").slice(0, 16) : text;
  }

  function badge(kind, value, words) {
    return el("span", { class: `badge ${kind}-${value}`, text: (words && words[value]) || value });
  }

  function verdictBadge(label) {
    return el("span", { class: `badge verdict verdict-${label}`, text: label });
  }

  function sourceChip(source, kind, title) {
    return el("span", { class: `chip source kind-${kind}`, title: title || KIND_WORDS[kind] || kind },
      userText("span", source, "chip-name"), el("span", { class: "chip-kind", text: KIND_WORDS[kind] || kind }));
  }

  function section(title, ...children) {
    return el("section", { class: "panel" }, el("h2", { text: title }), ...children);
  }

  function field(labelText, input, hint) {
    return el("label", { class: "field" }, el("span", { class: "field-label", text: labelText }), input,
      hint ? el("span", { class: "hint", text: hint }) : null);
  }

  function pager(total, page, size, go) {
    const pages = Math.max(1, Math.ceil(total / size));
    const nav = el("nav", { class: "pager", "aria-label": "Pages" });
    const previous = el("button", { type: "button", disabled: page <= 1, text: "← Previous" });
    const next = el("button", { type: "button", disabled: page >= pages, text: "Next →" });
    previous.addEventListener("click", () => go(page - 1));
    next.addEventListener("click", () => go(page + 1));
    nav.append(previous, el("span", { class: "muted", text: `page ${page} of ${pages} · ${total} in all` }), next);
    return nav;
  }

  // ---------------------------------------------------------------- API access and problems

  class Problem extends Error {
    constructor(status, title, detail, errors) {
      super(detail);
      this.status = status;
      this.title = title;
      this.detail = detail;
      this.errors = errors || null;
    }
  }

  function apiKey() {
    try {
      return localStorage.getItem(KEY_STORE) || "";
    } catch {
      return "";
    }
  }

  async function problemOf(response) {
    let body = null;
    try {
      body = await response.json();
    } catch {
      body = null;
    }
    const detail = body && typeof body.detail === "string" ? body.detail : `${response.status} ${response.statusText}`;
    const title = body && typeof body.title === "string" ? body.title : response.statusText || "Error";
    const errors = body && body.errors && typeof body.errors === "object" ? body.errors : null;
    return new Problem(response.status, title, detail, errors);
  }

  async function api(path, { method = "GET", body, accept = "application/json" } = {}) {
    const headers = { Accept: accept };
    const key = apiKey();
    if (key) headers.Authorization = `Bearer ${key}`;
    if (body !== undefined) headers["Content-Type"] = "application/json";
    let response;
    try {
      response = await fetch(API + path, {
        method, headers, body: body === undefined ? undefined : JSON.stringify(body), cache: "no-store",
      });
    } catch (error) {
      throw new Problem(0, "Network error", `the server could not be reached (${error.message})`);
    }
    if (!response.ok) throw await problemOf(response);
    return response;
  }

  async function getJSON(path) {
    return (await api(path)).json();
  }

  function showProblem(error) {
    const problem = error instanceof Problem ? error : new Problem(0, "Error", String(error && error.message || error));
    const lines = [];
    if (problem.errors) {
      for (const [name, messages] of Object.entries(problem.errors)) {
        lines.push(el("li", {}, el("code", { text: name }), ": ", userText("span", [].concat(messages).join("; "))));
      }
    }
    const hint = problem.status === 401 ? "Enter an API key in the box at the top right."
      : problem.status === 403 ? "This key may read but not write; use a write key." : null;
    problemBox.replaceChildren(...[
      el("strong", { text: problem.status ? `${problem.title} (${problem.status})` : problem.title }), " ",
      userText("span", problem.detail, "problem-detail"),
      lines.length ? el("ul", {}, lines) : null,
      hint ? el("div", { class: "hint", text: hint }) : null,
      el("button", { type: "button", class: "close", "aria-label": "Dismiss", text: "×", onclick: clearProblem }),
    ].filter(Boolean));
    problemBox.hidden = false;
  }

  function clearProblem() {
    problemBox.hidden = true;
    problemBox.replaceChildren();
  }

  /** Runs an action from a button: disables it meanwhile and shows any problem. */
  async function act(button, action) {
    const label = button.textContent;
    button.disabled = true;
    button.textContent = `${label}…`;
    clearProblem();
    try {
      await action();
    } catch (error) {
      showProblem(error);
    } finally {
      button.disabled = false;
      button.textContent = label;
    }
  }

  // ---------------------------------------------------------------- key box and health

  function setupKeyBox() {
    const form = document.getElementById("keybox");
    const input = document.getElementById("api-key");
    const state = document.getElementById("api-key-state");
    const show = () => {
      state.textContent = apiKey() ? "key saved" : "no key";
      input.placeholder = apiKey() ? "key saved (hidden)" : "needed to check claims";
    };
    form.addEventListener("submit", (event) => {
      event.preventDefault();
      const key = input.value.trim();
      if (key) localStorage.setItem(KEY_STORE, key);
      input.value = "";
      show();
    });
    document.getElementById("api-key-clear").addEventListener("click", () => {
      localStorage.removeItem(KEY_STORE);
      show();
    });
    show();
  }

  async function showHealth() {
    const target = document.getElementById("health");
    try {
      const health = await getJSON("/health");
      target.textContent = `${health.backend} backend · ${health.articles} articles · ${health.passages} passages`;
    } catch (error) {
      target.textContent = `backend unavailable: ${error.detail || error.message}`;
    }
  }

  // ---------------------------------------------------------------- check a claim

  function listValue(text) {
    return text.split(/[,\n]/).map((item) => item.trim()).filter(Boolean);
  }

  async function renderCheck() {
    const claim = el("textarea", {
      id: "claim", name: "claim", rows: 3, dir: "auto", required: true,
      placeholder: "Paste a claim, e.g. Two Americans were slightly injured in the January attack on Ain al-Asad",
    });
    const outlets = el("input", { id: "f-outlets", type: "text", placeholder: "Reuters, Jerusalem Time" });
    const from = el("input", { id: "f-from", type: "date" });
    const to = el("input", { id: "f-to", type: "date" });
    const externalIds = el("input", { id: "f-external", type: "text", placeholder: "003_7917b353078e3e9f" });
    const articleIds = el("input", { id: "f-articles", type: "text", placeholder: "article ids" });
    const maxEvidence = el("input", { id: "f-max", type: "number", min: 1, max: 100, value: 20 });
    const submit = el("button", { type: "submit", class: "primary", id: "check-submit", text: "Check claim" });
    const form = el("form", { class: "check-form", id: "check-form" },
      field("Claim", claim, "Enter checks the claim; Shift+Enter starts a new line."),
      el("details", { class: "filters" }, el("summary", { text: "Filters (optional)" }),
        el("div", { class: "filter-grid" },
          field("Outlets", outlets, "comma-separated"), field("Published from", from), field("Published to", to),
          field("External ids", externalIds, "every passage of these articles is assessed"),
          field("Article ids", articleIds), field("Max evidence", maxEvidence))),
      el("div", { class: "form-actions" }, submit));
    claim.addEventListener("keydown", (event) => {
      if (event.key === "Enter" && !event.shiftKey && !event.isComposing) {
        event.preventDefault();
        form.requestSubmit();
      }
    });
    form.addEventListener("submit", (event) => {
      event.preventDefault();
      const filters = {};
      if (listValue(outlets.value).length) filters.outlets = listValue(outlets.value);
      if (listValue(externalIds.value).length) filters.external_ids = listValue(externalIds.value);
      if (listValue(articleIds.value).length) filters.article_ids = listValue(articleIds.value);
      if (from.value) filters.published_from = from.value;
      if (to.value) filters.published_to = to.value;
      const body = { claim: claim.value, max_evidence: Number(maxEvidence.value) || 20 };
      if (Object.keys(filters).length) body.filters = filters;
      act(submit, async () => {
        const dossier = await (await api("/dossiers", { method: "POST", body })).json();
        dossierCache.set(dossier.id, dossier);
        location.hash = `#/dossiers/${encodeURIComponent(dossier.id)}`;
      });
    });
    const recent = el("div", { class: "recent" });
    loadRecent(recent);
    return [el("div", { class: "page check" }, el("h1", { text: "Check a claim" }), form, recent), () => claim.focus()];
  }

  async function loadRecent(target) {
    try {
      const listing = await getJSON("/dossiers?page=1&size=8");
      if (!listing.dossiers.length) return;
      target.append(section("Recent dossiers", dossierTable(listing.dossiers),
        el("p", {}, el("a", { href: "#/history", text: "All dossiers →" }))));
    } catch {
      // The recent list is a convenience: the form works without it (e.g. a key is needed to read).
    }
  }

  // ---------------------------------------------------------------- the dossier

  /** The claim's text with its analysed names, amounts and dates as chips. */
  function claimWithChips(claim, analysis) {
    const wanted = [];
    for (const entity of analysis?.entities || []) wanted.push({ text: entity.text, kind: "entity", title: "name" });
    for (const quantity of analysis?.quantities || []) wanted.push({ text: quantity.text, kind: "amount", title: "amount" });
    for (const date of analysis?.dates || []) wanted.push({ text: date.text, kind: "date", title: "date" });
    const lower = claim.toLowerCase();
    const spans = [];
    wanted.sort((a, b) => (b.text || "").length - (a.text || "").length); // "Two Americans" over "Americans"
    for (const item of wanted) {
      if (!item.text) continue;
      const start = lower.indexOf(item.text.toLowerCase());
      if (start < 0) continue;
      const end = start + item.text.length;
      if (spans.some((span) => start < span.end && end > span.start)) continue;
      spans.push({ start, end, ...item });
    }
    spans.sort((a, b) => a.start - b.start);
    const node = el("h1", { class: "ut claim-text", dir: "auto", id: "dossier-claim" });
    let position = 0;
    for (const span of spans) {
      node.append(claim.slice(position, span.start));
      node.append(el("span", { class: `chip claim-chip chip-${span.kind}`, title: span.title, text: claim.slice(span.start, span.end) }));
      position = span.end;
    }
    node.append(claim.slice(position));
    return node;
  }

  function analysisLegend(analysis) {
    const items = [];
    for (const entity of analysis?.entities || []) {
      items.push(el("span", { class: "chip chip-entity", title: entity.variants?.length ? `also: ${entity.variants.join(", ")}` : "name" },
        userText("span", entity.text)));
    }
    for (const quantity of analysis?.quantities || []) {
      const range = quantity.value !== null && quantity.value !== undefined ? `${quantity.value}`
        : `${quantity.low ?? "…"}–${quantity.high ?? "…"}`;
      items.push(el("span", { class: "chip chip-amount", title: `amount: ${range}${quantity.unit ? ` ${quantity.unit}` : ""}` },
        userText("span", quantity.text)));
    }
    for (const date of analysis?.dates || []) {
      items.push(el("span", { class: "chip chip-date", title: `${date.start || "?"} – ${date.end || "?"}` }, userText("span", date.text)));
    }
    if (analysis?.negated) items.push(el("span", { class: "chip chip-negated", text: "negated claim" }));
    return el("div", { class: "legend" }, el("span", { class: "muted", text: "Analysis: " }),
      items.length ? items : el("span", { class: "muted", text: "no names, amounts or dates found" }));
  }

  function confidenceBar(confidence) {
    const percent = Math.round((Number(confidence) || 0) * 100);
    const fill = el("span", { class: "fill" });
    fill.style.width = `${percent}%`; // CSSOM, which the page's CSP allows (a style attribute it would not)
    return el("span", { class: "confidence", title: `confidence ${percent}%` },
      el("span", { class: "bar" }, fill), el("span", { class: "num", text: `${percent}%` }));
  }

  function verdictBlock(verdict, id) {
    if (!verdict) return el("p", { class: "muted", text: "none" });
    return el("div", { class: "verdict-block", id },
      el("div", { class: "verdict-line" }, verdictBadge(verdict.label),
        verdict.confidence !== undefined ? confidenceBar(verdict.confidence) : null),
      verdict.rationale ? userText("p", verdict.rationale, "rationale") : null,
      (verdict.flags || []).length ? el("div", { class: "flags" },
        verdict.flags.map((flag) => el("span", { class: `chip flag flag-${flag}`, title: FLAG_WORDS[flag] || flag, text: flag }))) : null);
  }

  function exportLinks(dossier) {
    const formats = [
      { format: "markdown", accept: "text/markdown", ext: "md", text: "Download report (Markdown)", expect: "markdown" },
      { format: "claimreview", accept: "application/ld+json", ext: "jsonld", text: "Download ClaimReview (JSON-LD)", expect: "ld+json" },
    ];
    return el("div", { class: "exports" }, formats.map((spec) => {
      const path = `/dossiers/${encodeURIComponent(dossier.id)}?format=${spec.format}`;
      const link = el("a", { class: "button", id: `export-${spec.format}`, href: API + path, download: `dossier-${dossier.id}.${spec.ext}`, text: spec.text });
      link.addEventListener("click", (event) => {
        event.preventDefault();
        act(link, async () => {
          // Fetched rather than followed, so the key goes along when reads need one.
          const response = await api(path, { accept: spec.accept });
          const type = response.headers.get("Content-Type") || "";
          if (!type.includes(spec.expect)) {
            throw new Problem(0, "Export unavailable", `the server answered ${type || "no content type"}, not ${spec.accept}`);
          }
          saveBlob(await response.blob(), `dossier-${dossier.id}.${spec.ext}`);
        });
      });
      return link;
    }), el("a", { class: "button subtle", href: `${API}/dossiers/${encodeURIComponent(dossier.id)}`, text: "JSON" }));
  }

  function saveBlob(blob, name) {
    const url = URL.createObjectURL(blob);
    const link = document.createElement("a");
    link.href = url; // a blob: URL of this page, made here: not user text
    link.download = name;
    document.body.append(link);
    link.click();
    link.remove();
    setTimeout(() => URL.revokeObjectURL(url), 30000);
  }

  function decisionsOf(review) {
    const byPassage = new Map();
    for (const decision of review?.decisions || []) byPassage.set(decision.passage_id, decision);
    return byPassage;
  }

  function reasonItem(reason) {
    const parts = [el("span", { class: `reason-type reason-${reason.type}`, text: REASON_WORDS[reason.type] || reason.type.replaceAll("_", " ") })];
    if (reason.detail) parts.push(" ", userText("span", reason.detail, "reason-detail"));
    if (reason.type !== "term_overlap" && (reason.claim_text || reason.passage_text)) {
      parts.push(el("span", { class: "reason-texts muted" }, " (claim: ", userText("q", reason.claim_text || "—"),
        "; passage: ", userText("q", reason.passage_text || "—"), ")"));
    }
    return el("li", {}, parts);
  }

  function evidenceCard(item, dossier, decision) {
    const passage = item.passage || {};
    const article = item.article || {};
    const credits = (item.attributed_to || []).length
      ? item.attributed_to.map((credit) => sourceChip(credit.source, credit.kind,
        `${KIND_WORDS[credit.kind] || credit.kind}${credit.resolved ? ` — written “${credit.written}”` : ""}`))
      : [el("span", { class: "chip source kind-none", text: "no source named in the passage" })];
    const stanceLine = el("div", { class: "stance-line" }, el("span", { class: "muted", text: "machine: " }),
      badge("stance", item.stance, STANCE_WORDS), el("span", { class: "muted small", text: ` ${Math.round((item.stance_score || 0) * 100)}%` }));
    if (decision) {
      stanceLine.append(el("span", { class: "arrow", text: " → " }), el("span", { class: "muted", text: "reviewer: " }),
        badge("stance", decision.stance, STANCE_WORDS));
      if (decision.note) stanceLine.append(" ", userText("span", decision.note, "note"));
    }
    if (item.weight !== undefined && item.weight < 1) stanceLine.append(el("span", { class: "chip weight", title: "how much it counts towards the verdict", text: `weight ${item.weight}` }));
    if (item.duplicate_of) stanceLine.append(el("span", { class: "chip dup", text: "repeats another passage" }));
    const meta = el("div", { class: "meta" },
      article.outlet ? userText("span", article.outlet, "outlet") : el("span", { class: "muted", text: "outlet unknown" }),
      " · ", el("span", { text: formatTime(article.published_at) || "undated" }),
      item.event ? [" · ", el("span", { class: "event", title: item.event.id }, "event: ", userText("span", item.event.label))] : null,
      " · ", el("a", { href: articleHref(passage.article_id || article.id, passage.id), class: "open-article", text: "open in article" }));
    const card = el("article", { class: `evidence ev-${decision ? decision.stance : item.stance}`, dataset: { passageId: passage.id || "" } },
      stanceLine,
      article.title ? userText("div", article.title, "article-title") : null,
      highlighted("blockquote", item.highlight || passage.text, "passage-text"),
      el("div", { class: "credits" }, credits),
      meta,
      el("ul", { class: "reasons" }, (item.reasons || []).map(reasonItem)),
      stanceForm(dossier, item, decision));
    return card;
  }

  function stanceForm(dossier, item, decision) {
    const select = el("select", { class: "stance-select", "aria-label": "Reviewer's stance" },
      STANCES.map((stance) => el("option", { value: stance, selected: (decision ? decision.stance : item.stance) === stance, text: STANCE_WORDS[stance] })));
    const note = el("input", { type: "text", class: "stance-note", placeholder: "note (optional)", "aria-label": "Note on this passage", value: decision?.note || "" });
    const save = el("button", { type: "submit", class: "stance-save", text: "Save stance" });
    const form = el("form", { class: "stance-form" }, el("span", { class: "muted small", text: "Review:" }), select, note, save);
    form.addEventListener("submit", (event) => {
      event.preventDefault();
      const entry = { passage_id: item.passage.id, stance: select.value };
      if (note.value.trim()) entry.note = note.value.trim();
      act(save, () => postReview(dossier.id, { decisions: [entry] }, item.passage.id));
    });
    return form;
  }

  async function postReview(dossierId, body, focusPassage) {
    const updated = await (await api(`/dossiers/${encodeURIComponent(dossierId)}/reviews`, { method: "POST", body })).json();
    const scroll = window.scrollY;
    view.replaceChildren(dossierPage(updated));
    window.scrollTo(0, scroll);
    if (focusPassage) {
      const card = view.querySelector(`article.evidence[data-passage-id="${CSS.escape(focusPassage)}"]`);
      if (card) card.classList.add("just-saved");
    }
  }

  function reviewPanel(dossier) {
    const review = dossier.review;
    if (!review) {
      return el("div", { class: "card review", id: "review-panel" }, el("h3", { text: "Reviewer" }),
        el("p", { class: "muted", text: "This server keeps no review of dossiers yet." }));
    }
    const finalVerdict = review.verdict
      ? el("div", { class: "final-verdict", id: "final-verdict" }, verdictBadge(review.verdict.label),
        review.verdict.note ? userText("span", review.verdict.note, "note") : null,
        el("div", { class: "muted small", text: `${review.verdict.by || ""} · ${formatTime(review.verdict.at)}` }))
      : el("p", { class: "muted", id: "final-verdict", text: "No final verdict yet." });
    const label = el("select", { id: "final-label", "aria-label": "Final verdict" },
      LABELS.map((value) => el("option", { value, selected: (review.verdict?.label || dossier.verdict?.label) === value, text: value })));
    const note = el("input", { id: "final-note", type: "text", placeholder: "why (optional)", "aria-label": "Note on the final verdict" });
    const save = el("button", { type: "submit", id: "final-save", text: "Set final verdict" });
    const verdictForm = el("form", { class: "inline-form" }, label, note, save);
    verdictForm.addEventListener("submit", (event) => {
      event.preventDefault();
      const verdict = { label: label.value };
      if (note.value.trim()) verdict.note = note.value.trim();
      act(save, () => postReview(dossier.id, { verdict }));
    });
    const freeNote = el("input", { id: "case-note", type: "text", placeholder: "a note on the case", "aria-label": "Note on the case" });
    const addNote = el("button", { type: "submit", text: "Add note" });
    const noteForm = el("form", { class: "inline-form" }, freeNote, addNote);
    noteForm.addEventListener("submit", (event) => {
      event.preventDefault();
      if (!freeNote.value.trim()) return;
      act(addNote, () => postReview(dossier.id, { note: freeNote.value.trim() }));
    });
    return el("div", { class: "card review", id: "review-panel" },
      el("h3", {}, "Reviewer ", badge("state", review.state, STATE_WORDS)),
      el("h4", { text: "Machine verdict with the reviewer's stances" }),
      review.reviewed_verdict ? verdictBlock(review.reviewed_verdict, "reviewed-verdict")
        : el("p", { class: "muted", id: "reviewed-verdict", text: "No stance reviewed yet." }),
      el("h4", { text: "Final verdict" }), finalVerdict, verdictForm,
      el("h4", { text: "Notes" }),
      (review.notes || []).length ? el("ul", { class: "notes" }, review.notes.map((entry) => el("li", {},
        userText("span", entry.note), el("span", { class: "muted small", text: ` — ${entry.by || ""}, ${formatTime(entry.at)}` })))) : null,
      noteForm);
  }

  function historyList(review) {
    if (!review || !(review.history || []).length) return null;
    return el("details", { class: "panel history-log" }, el("summary", { text: `Review history (${review.history.length})` }),
      el("ol", {}, review.history.map((change) => {
        const what = change.kind === "decision" ? `${change.passage_id}: ${STANCE_WORDS[change.stance] || change.stance || ""}`
          : change.kind === "verdict" ? `final verdict ${change.label || change.verdict?.label || ""}` : "note";
        return el("li", {}, el("span", { class: "muted small", text: `${formatTime(change.at)} ${change.by || ""} ` }),
          el("span", { text: what }), change.note ? [" — ", userText("span", change.note)] : null);
      })));
  }

  function similarSection(dossier) {
    const similar = dossier.similar_dossiers || [];
    if (!similar.length) return null;
    return section("Checked before", el("ul", { class: "similar", id: "similar-dossiers" }, similar.map((item) => el("li", {},
      el("span", { class: `chip relation-${item.relation}`, text: item.relation === "same" ? "same claim checked before" : "similar claim" }),
      " ", el("a", { href: `#/dossiers/${encodeURIComponent(item.id)}` }, userText("span", item.claim)), " ",
      item.verdict ? verdictBadge(item.verdict.label || item.verdict) : null,
      el("span", { class: "muted small", text: ` ${formatTime(item.created_at)}` }),
      (item.differences || []).length ? el("span", { class: "differences" }, " differs in: ",
        userText("span", item.differences.join("; "))) : null))));
  }

  function evidenceColumn(title, items, dossier, decisions, cls) {
    return el("div", { class: `column ${cls}` }, el("h2", {}, title, el("span", { class: "count", text: ` ${items.length}` })),
      items.length ? items.map((item) => evidenceCard(item, dossier, decisions.get(item.passage?.id)))
        : el("p", { class: "muted", text: "none" }));
  }

  function eventsSection(dossier) {
    const events = dossier.events || [];
    const tables = el("div", { class: "discrepancies" });
    const node = section("Events",
      dossier.event_reason ? userText("p", dossier.event_reason, "event-reason") : null,
      events.length ? el("ul", { class: "event-list" }, events.map((event) => el("li", {},
        el("span", { class: "chip chip-date", text: event.date || "date unknown" }), " ", userText("span", event.label),
        " ", el("a", { href: hash("/events", { entity: event.place || "" }), class: "small", text: "timeline" }))))
        : el("p", { class: "muted", text: "No event identified for this claim." }),
      tables);
    for (const event of events.slice(0, 4)) loadDiscrepancies(event, dossier, tables);
    return node;
  }

  /** Source → figures for one of the claim's events: from GET /events, else from the dossier's own evidence. */
  async function loadDiscrepancies(event, dossier, target) {
    const box = el("div", { class: "discrepancy" }, el("h3", {}, "Figures by source: ", userText("span", event.label)),
      el("p", { class: "muted", text: "loading…" }));
    target.append(box);
    let rows = null;
    let origin = "";
    try {
      const params = new URLSearchParams({ size: "100" });
      if (event.place) params.set("entity", event.place);
      else params.set("q", (dossier.claim_analysis?.entities || []).map((e) => e.text).join(" ") || dossier.claim);
      const listing = await getJSON(`/events?${params}`);
      const found = (listing.events || []).find((candidate) => candidate.id === event.id);
      if (found) {
        rows = found.sources.map((source) => ({ source: source.source, kind: source.kind, outlets: source.outlets,
          figures: source.figures, passages: source.passages.length }));
        origin = "from the archive's events listing";
      }
    } catch {
      rows = null; // fall back to the evidence below
    }
    if (!rows) {
      const bySource = new Map();
      const all = Object.values(dossier.evidence || {}).flat();
      for (const item of all) {
        if (item.event?.id !== event.id) continue;
        const credit = (item.attributed_to || [])[0];
        const name = credit ? credit.source : (item.article?.outlet || "the article itself");
        const row = bySource.get(name) || { source: name, kind: credit ? credit.kind : "outlet", outlets: [], figures: [], passages: 0 };
        row.passages += 1;
        if (item.article?.outlet && !row.outlets.includes(item.article.outlet)) row.outlets.push(item.article.outlet);
        for (const reason of item.reasons || []) {
          if (reason.type.startsWith("quantity") && reason.passage_text && !row.figures.includes(reason.passage_text)) row.figures.push(reason.passage_text);
        }
        bySource.set(name, row);
      }
      rows = [...bySource.values()];
      origin = "from this dossier's evidence";
    }
    const claimFigures = (dossier.claim_analysis?.quantities || []).map((q) => q.text);
    box.replaceChildren(box.firstChild,
      rows.length ? el("table", { class: "grid discrepancy-table" },
        el("thead", {}, el("tr", {}, ["Source", "Outlets", "Figures reported", "Passages"].map((h) => el("th", { text: h })))),
        el("tbody", {},
          claimFigures.length ? el("tr", { class: "claim-row" }, el("td", {}, el("strong", { text: "the claim" })), el("td", {}),
            el("td", {}, claimFigures.map((figure) => el("span", { class: "chip chip-amount" }, userText("span", figure)))), el("td", {})) : null,
          rows.map((row) => el("tr", {}, el("td", {}, sourceChip(row.source, row.kind)),
            el("td", {}, userText("span", row.outlets.join(", ") || "—")),
            el("td", {}, row.figures.length ? row.figures.map((figure) => el("span", { class: "chip chip-figure" }, userText("span", figure)))
              : el("span", { class: "muted", text: "no figure" })),
            el("td", { class: "num", text: String(row.passages) })))))
        : el("p", { class: "muted", text: "No source reports this event in the archive." }),
      el("p", { class: "muted small", text: origin }));
  }

  function dossierPage(dossier) {
    const decisions = decisionsOf(dossier.review);
    const evidence = dossier.evidence || {};
    const sources = dossier.sources || {};
    const head = el("section", { class: "dossier-head" },
      el("div", { class: "muted small" }, `Dossier ${dossier.id} · ${formatTime(dossier.created_at)} UTC · ${dossier.backend} · ${dossier.took_ms} ms`),
      claimWithChips(dossier.claim, dossier.claim_analysis),
      analysisLegend(dossier.claim_analysis),
      exportLinks(dossier));
    const machine = el("div", { class: "card machine", id: "machine-verdict" }, el("h3", { text: "Machine assessment" }),
      verdictBlock(dossier.verdict, "verdict"),
      el("dl", { class: "counts" },
        el("dt", { text: "Independent sources corroborating" }), el("dd", { id: "count-corroborating", text: String(sources.independent_corroborating ?? 0) }),
        el("dt", { text: "Independent sources conflicting" }), el("dd", { id: "count-conflicting", text: String(sources.independent_conflicting ?? 0) }),
        el("dt", { text: "Outlets" }), el("dd", {}, userText("span", (sources.outlets || []).join(", ") || "—"))));
    const related = evidence.related || [];
    const others = evidence.other_events || [];
    return el("div", { class: "page dossier" }, head,
      el("div", { class: "assessment" }, machine, reviewPanel(dossier)),
      similarSection(dossier),
      el("div", { class: "evidence-grid" },
        evidenceColumn("Corroborating", evidence.corroborating || [], dossier, decisions, "corroborating"),
        evidenceColumn("Conflicting", evidence.conflicting || [], dossier, decisions, "conflicting")),
      eventsSection(dossier),
      el("details", { class: "panel", open: related.length <= 4 }, el("summary", {}, el("h2", { text: `Related (${related.length})` })),
        el("p", { class: "muted small", text: "About the claim's subject without confirming or contradicting it." }),
        el("div", { class: "evidence-list" }, related.map((item) => evidenceCard(item, dossier, decisions.get(item.passage?.id))))),
      el("details", { class: "panel", id: "other-events" }, el("summary", {}, el("h2", { text: `Other events (${others.length})` })),
        el("p", { class: "muted small", text: "Passages about another incident than the claim's; they never count for or against it." }),
        el("div", { class: "evidence-list" }, others.map((item) => evidenceCard(item, dossier, decisions.get(item.passage?.id))))),
      historyList(dossier.review));
  }

  async function renderDossier(match) {
    const id = decodeURIComponent(match[1]);
    // The dossier the check just created is shown as it came; any later visit reads the stored one,
    // whose review may have changed since.
    const fresh = dossierCache.get(id);
    dossierCache.delete(id);
    return dossierPage(fresh || await getJSON(`/dossiers/${encodeURIComponent(id)}`));
  }

  // ---------------------------------------------------------------- search

  function monthBounds(month) {
    const [year, number] = month.split("-").map(Number);
    const last = new Date(Date.UTC(year, number, 0)).getUTCDate();
    return [`${month}-01`, `${month}-${String(last).padStart(2, "0")}`];
  }

  async function renderSearch(_match, params) {
    const state = {
      q: params.get("q") || "", outlet: params.getAll("outlet"), published_from: params.get("published_from") || "",
      published_to: params.get("published_to") || "", sort: params.get("sort") || "relevance",
      page: Number(params.get("page")) || 1,
    };
    const go = (changes) => { location.hash = hash("/search", { ...state, page: 1, ...changes }); };
    const q = el("input", { id: "search-q", type: "search", value: state.q, dir: "auto", "aria-label": "Search query",
      placeholder: "words, \"exact phrase\", -excluded" });
    const from = el("input", { id: "search-from", type: "date", value: state.published_from, "aria-label": "Published from" });
    const to = el("input", { id: "search-to", type: "date", value: state.published_to, "aria-label": "Published to" });
    const sort = el("select", { id: "search-sort", "aria-label": "Sort" },
      el("option", { value: "relevance", selected: state.sort === "relevance", text: "by relevance" }),
      el("option", { value: "date", selected: state.sort === "date", text: "by date" }));
    const form = el("form", { class: "search-form", id: "search-form" }, q, el("span", { class: "muted", text: "from" }), from,
      el("span", { class: "muted", text: "to" }), to, sort, el("button", { type: "submit", class: "primary", text: "Search" }));
    form.addEventListener("submit", (event) => {
      event.preventDefault();
      go({ q: q.value, published_from: from.value, published_to: to.value, sort: sort.value });
    });
    const help = el("p", { class: "muted small" }, "Syntax: plain words; ", el("code", { text: "\"exact phrase\"" }), "; ",
      el("code", { text: "-excluded" }), ". Spelling variants of names (Ain al-Asad / Ain Al-Assad) still match. Click a facet to filter.");
    const page = el("div", { class: "page search" }, el("h1", { text: "Search the archive" }), form, help);
    if (!state.q.trim() && !state.outlet.length && !state.published_from && !state.published_to) {
      return [page, () => q.focus()];
    }
    const query = new URLSearchParams();
    if (state.q) query.set("q", state.q);
    for (const outlet of state.outlet) query.append("outlet", outlet);
    if (state.published_from) query.set("published_from", state.published_from);
    if (state.published_to) query.set("published_to", state.published_to);
    query.set("sort", state.sort);
    query.set("page", String(state.page));
    query.set("size", "20");
    const result = await getJSON(`/search?${query}`);
    const active = el("div", { class: "active-filters" },
      state.outlet.map((outlet) => el("button", { type: "button", class: "chip filter-on", title: "remove this filter",
        onclick: () => go({ outlet: state.outlet.filter((o) => o !== outlet) }) }, userText("span", outlet), " ×")),
      state.published_from || state.published_to ? el("button", { type: "button", class: "chip filter-on",
        onclick: () => go({ published_from: "", published_to: "" }), text: `${state.published_from || "…"} – ${state.published_to || "…"} ×` }) : null);
    const facets = el("aside", { class: "facets", id: "facets" },
      el("h3", { text: "Outlet" }),
      el("ul", {}, (result.facets?.outlet || []).map((facet) => el("li", {}, el("button", {
        type: "button", class: `facet${state.outlet.includes(facet.value) ? " on" : ""}`, dataset: { facet: "outlet", value: facet.value },
        onclick: () => go({ outlet: state.outlet.includes(facet.value) ? state.outlet.filter((o) => o !== facet.value) : [...state.outlet, facet.value] }),
      }, userText("span", facet.value), el("span", { class: "count", text: String(facet.count) }))))),
      el("h3", { text: "Month" }),
      el("ul", {}, (result.facets?.published_month || []).map((facet) => el("li", {}, el("button", {
        type: "button", class: "facet", dataset: { facet: "month", value: facet.value },
        onclick: () => { const [start, end] = monthBounds(facet.value); go({ published_from: start, published_to: end }); },
      }, el("span", { text: facet.value }), el("span", { class: "count", text: String(facet.count) }))))));
    const hits = el("ol", { class: "hits", id: "hits" }, result.hits.map((hit) => {
      const href = articleHref(hit.article.id, hit.passage.id);
      return el("li", { class: "hit" },
        el("a", { class: "hit-title", href }, userText("span", hit.article.title || hit.article.external_id || hit.article.id)),
        highlighted("p", hit.highlight, "hit-text"),
        el("div", { class: "meta" }, hit.article.outlet ? userText("span", hit.article.outlet, "outlet") : el("span", { class: "muted", text: "outlet unknown" }),
          " · ", el("span", { class: "date", text: formatTime(hit.article.published_at) || "undated" }),
          (hit.passage.attributions || []).length ? [" · ", hit.passage.attributions.map((a) => sourceChip(a.source, a.kind))] : null));
    }));
    page.append(active, el("p", { class: "muted small", id: "search-total", text: `${result.total} passages · ${result.took_ms} ms` }),
      el("div", { class: "search-layout" }, facets, el("div", {}, result.hits.length ? hits : el("p", { text: "No passage matches." }),
        pager(result.total, result.page, result.size, (n) => go({ page: n })))));
    return page;
  }

  // ---------------------------------------------------------------- article

  async function renderArticle(match, params) {
    const id = decodeURIComponent(match[1]);
    let article = articleCache.get(id);
    if (!article) {
      article = await getJSON(`/articles/${encodeURIComponent(id)}`);
      articleCache.set(id, article);
    }
    const chosenId = params.get("passage");
    const passages = [...(article.passages || [])].sort((a, b) => a.char_start - b.char_start);
    const chosen = passages.find((p) => p.id === chosenId) || null;
    const text = article.text || "";
    const body = el("div", { class: "ut article-text", dir: "auto", id: "article-text" });
    let position = 0;
    for (const passage of passages) {
      if (passage.char_start < position) continue;
      body.append(text.slice(position, passage.char_start));
      const span = el("span", { class: `passage${passage === chosen ? " chosen" : ""}`, id: `p-${passage.id}`,
        dataset: { passageId: passage.id }, tabindex: 0, role: "link", title: "show this passage's context and sources" },
      text.slice(passage.char_start, passage.char_end));
      const open = () => { location.hash = articleHref(article.id, passage.id); };
      span.addEventListener("click", open);
      span.addEventListener("keydown", (event) => { if (event.key === "Enter") open(); });
      body.append(span);
      position = passage.char_end;
    }
    body.append(text.slice(position));
    const url = safeHref(article.url || "");
    const meta = el("dl", { class: "article-meta", id: "article-meta" },
      el("dt", { text: "Outlet" }), el("dd", {}, userText("span", article.outlet || "—")),
      el("dt", { text: "Author" }), el("dd", {}, userText("span", article.author || "—")),
      el("dt", { text: "Published" }), el("dd", { text: formatTime(article.published_at) || "undated" }),
      el("dt", { text: "URL" }), el("dd", {}, url && !url.startsWith("#") && !url.startsWith("/")
        ? el("a", { href: url, rel: "noopener noreferrer", target: "_blank" }, userText("span", article.url))
        : userText("span", article.url || "—", article.url ? "unsafe-url" : "")),
      el("dt", { text: "External id" }), el("dd", {}, userText("span", article.external_id || "—")),
      el("dt", { text: "Passages" }), el("dd", { text: String(article.passage_count ?? passages.length) }),
      el("dt", { text: "Ingested" }), el("dd", { text: formatTime(article.ingested_at) }));
    const side = el("aside", { class: "passage-panel", id: "passage-panel" },
      chosen ? [el("h3", { text: `Passage ${chosen.ordinal + 1}` }),
        chosen.context?.previous ? userText("p", chosen.context.previous, "context") : null,
        userText("p", chosen.text, "chosen-text"),
        chosen.context?.next ? userText("p", chosen.context.next, "context") : null,
        el("h4", { text: "Attributions" }),
        (chosen.attributions || []).length ? el("ul", { class: "attributions" }, chosen.attributions.map((a) => el("li", {},
          sourceChip(a.source, a.kind), " cue ", userText("q", a.cue || "")))) : el("p", { class: "muted", text: "No source named in this passage." }),
        el("p", {}, el("a", { href: hash("/search", { q: chosen.text.split(/\s+/).slice(0, 8).join(" ") }), text: "search for similar passages" }))]
        : el("p", { class: "muted", text: "Click a passage to see its context and who it is credited to." }));
    const page = el("div", { class: "page article" },
      el("h1", {}, userText("span", article.title || "(untitled article)")), meta,
      el("div", { class: "article-layout" }, body, side));
    const scroll = () => {
      const target = chosen && document.getElementById(`p-${chosen.id}`);
      if (target) target.scrollIntoView({ block: "center" });
    };
    return [page, scroll];
  }

  // ---------------------------------------------------------------- events

  async function renderEvents(_match, params) {
    const state = {
      entity: params.get("entity") || "", q: params.get("q") || "", published_from: params.get("published_from") || "",
      published_to: params.get("published_to") || "", page: Number(params.get("page")) || 1,
    };
    const go = (changes) => { location.hash = hash("/events", { ...state, page: 1, ...changes }); };
    const entity = el("input", { id: "events-entity", type: "text", value: state.entity, dir: "auto", placeholder: "Ain al-Asad", "aria-label": "Entity" });
    const q = el("input", { id: "events-q", type: "search", value: state.q, dir: "auto", placeholder: "words (optional)", "aria-label": "Words" });
    const from = el("input", { id: "events-from", type: "date", value: state.published_from, "aria-label": "Published from" });
    const to = el("input", { id: "events-to", type: "date", value: state.published_to, "aria-label": "Published to" });
    const form = el("form", { class: "search-form", id: "events-form" }, entity, q, el("span", { class: "muted", text: "from" }), from,
      el("span", { class: "muted", text: "to" }), to, el("button", { type: "submit", class: "primary", text: "Show events" }));
    form.addEventListener("submit", (event) => {
      event.preventDefault();
      go({ entity: entity.value, q: q.value, published_from: from.value, published_to: to.value });
    });
    const page = el("div", { class: "page events" }, el("h1", { text: "Events" }), form,
      el("p", { class: "muted small", text: "Each incident the archive reports, in date order, with who said what and the figures each source gives." }));
    if (!state.entity.trim() && !state.q.trim() && !state.published_from && !state.published_to) return [page, () => entity.focus()];
    const query = new URLSearchParams();
    for (const name of ["entity", "q", "published_from", "published_to"]) if (state[name]) query.set(name, state[name]);
    query.set("page", String(state.page));
    query.set("size", "20");
    const listing = await getJSON(`/events?${query}`);
    const timeline = el("ol", { class: "timeline", id: "timeline" }, listing.events.map((event) => el("li", { class: "event", dataset: { eventId: event.id } },
      el("div", { class: "event-date", text: event.date || "undated" }),
      el("div", { class: "event-body" },
        el("h3", {}, userText("span", event.label)),
        el("div", { class: "muted small", text: `${event.passages} passages · ${event.articles} articles${event.place ? "" : " · place unknown"}` }),
        el("table", { class: "grid figures" },
          el("thead", {}, el("tr", {}, ["Source", "Outlets", "Figures reported", "Passages"].map((h) => el("th", { text: h })))),
          el("tbody", {}, event.sources.map((source) => el("tr", {},
            el("td", {}, sourceChip(source.source, source.kind)),
            el("td", {}, userText("span", source.outlets.join(", ") || "—")),
            el("td", {}, source.figures.length ? source.figures.map((f) => el("span", { class: "chip chip-figure" }, userText("span", f)))
              : el("span", { class: "muted", text: "—" })),
            el("td", { class: "num", text: String(source.passages.length) }))))),
        el("details", { class: "event-passages" }, el("summary", { text: `Passages (${event.passages})` }),
          el("ul", {}, event.sources.flatMap((source) => source.passages.map((passage) => el("li", {},
            sourceChip(source.source, source.kind), " ",
            el("a", { href: articleHref(passage.article_id, passage.id) }, userText("span", passage.text)))))))))));
    page.append(el("p", { class: "muted small", id: "events-total", text: `${listing.total} events from ${listing.searched} passages · ${listing.took_ms} ms` }),
      listing.events.length ? timeline : el("p", { text: "No event found." }),
      pager(listing.total, listing.page, listing.size, (n) => go({ page: n })));
    return page;
  }

  // ---------------------------------------------------------------- history

  function dossierTable(dossiers) {
    return el("table", { class: "grid dossiers", id: "dossier-table" },
      el("thead", {}, el("tr", {}, ["Checked", "Claim", "Machine verdict", "Review", "Final verdict"].map((h) => el("th", { text: h })))),
      el("tbody", {}, dossiers.map((d) => el("tr", {},
        el("td", { class: "nowrap", text: formatTime(d.created_at) }),
        el("td", {}, el("a", { href: `#/dossiers/${encodeURIComponent(d.id)}` }, userText("span", d.claim))),
        el("td", {}, d.verdict ? [verdictBadge(d.verdict.label), " ", el("span", { class: "muted small", text: `${Math.round((d.verdict.confidence || 0) * 100)}%` })] : "—"),
        el("td", {}, d.review ? badge("state", d.review.state, STATE_WORDS) : el("span", { class: "muted", text: "—" })),
        el("td", {}, d.review?.verdict ? verdictBadge(d.review.verdict.label || d.review.verdict) : el("span", { class: "muted", text: "—" }))))));
  }

  async function renderHistory(_match, params) {
    const state = {
      q: params.get("q") || "", verdict: params.get("verdict") || "", review_state: params.get("review_state") || "",
      page: Number(params.get("page")) || 1,
    };
    const go = (changes) => { location.hash = hash("/history", { ...state, page: 1, ...changes }); };
    const q = el("input", { id: "history-q", type: "search", value: state.q, dir: "auto", placeholder: "words of the claim", "aria-label": "Search claims" });
    const verdict = el("select", { id: "history-verdict", "aria-label": "Verdict" }, el("option", { value: "", text: "any verdict" }),
      LABELS.map((label) => el("option", { value: label, selected: state.verdict === label, text: label })));
    const reviewState = el("select", { id: "history-state", "aria-label": "Review state" }, el("option", { value: "", text: "any review state" }),
      Object.entries(STATE_WORDS).map(([value, text]) => el("option", { value, selected: state.review_state === value, text })));
    const form = el("form", { class: "search-form", id: "history-form" }, q, verdict, reviewState, el("button", { type: "submit", class: "primary", text: "Filter" }));
    form.addEventListener("submit", (event) => {
      event.preventDefault();
      go({ q: q.value, verdict: verdict.value, review_state: reviewState.value });
    });
    const query = new URLSearchParams({ page: String(state.page), size: "20" });
    for (const name of ["q", "verdict", "review_state"]) if (state[name]) query.set(name, state[name]);
    const listing = await getJSON(`/dossiers?${query}`);
    return el("div", { class: "page history" }, el("h1", { text: "Dossiers" }), form,
      listing.dossiers.length ? dossierTable(listing.dossiers) : el("p", { text: "No dossier matches." }),
      pager(listing.total, listing.page, listing.size, (n) => go({ page: n })));
  }

  // ---------------------------------------------------------------- router

  const ROUTES = [
    [/^\/check$/, renderCheck, "check"],
    [/^\/dossiers\/([^/?]+)$/, renderDossier, "check"],
    [/^\/search$/, renderSearch, "search"],
    [/^\/articles\/([^/?]+)$/, renderArticle, "search"],
    [/^\/events$/, renderEvents, "events"],
    [/^\/history$/, renderHistory, "history"],
  ];
  let generation = 0;

  async function route() {
    const raw = location.hash.replace(/^#/, "") || "/check";
    const cut = raw.indexOf("?");
    const path = cut < 0 ? raw : raw.slice(0, cut);
    const params = new URLSearchParams(cut < 0 ? "" : raw.slice(cut + 1));
    const found = ROUTES.find(([pattern]) => pattern.test(path));
    if (!found) {
      location.replace("#/check");
      return;
    }
    const [pattern, render, tab] = found;
    const mine = ++generation;
    clearProblem();
    for (const link of document.querySelectorAll(".tabs a")) link.classList.toggle("active", link.dataset.route === tab);
    view.setAttribute("aria-busy", "true");
    try {
      const result = await render(path.match(pattern), params);
      if (mine !== generation) return;
      const [node, after] = Array.isArray(result) ? result : [result, null];
      view.replaceChildren(node);
      if (after) after();
      else window.scrollTo(0, 0);
      view.dataset.shown = location.hash || "#/check"; // the view on screen is this route's (tests and tools wait on it)
    } catch (error) {
      if (mine !== generation) return;
      showProblem(error);
      view.replaceChildren(el("div", { class: "page" }, el("p", { class: "muted", text: "This view could not be loaded." }),
        el("p", {}, el("a", { href: "#/check", text: "Back to checking a claim" }))));
      view.dataset.shown = location.hash || "#/check";
    } finally {
      if (mine === generation) view.removeAttribute("aria-busy");
    }
  }

  setupKeyBox();
  showHealth();
  window.addEventListener("hashchange", route);
  route();
})();
