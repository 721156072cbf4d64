"""The review page in a real browser (Debian's chromium driven by Playwright,
as the view tests): a reviewer works through an article with the keyboard —
accepts, rejects, edits a target, adds a statement the extractor missed by
selecting its sentence — and a rebuild with another extractor setting
(--rules-only) keeps all four decisions, in statements.jsonl and in SPARQL.
The page loads nothing from elsewhere and shows article text as text."""
from __future__ import annotations

import json
import os
import shutil
import socket
import subprocess
import sys
import time
import urllib.request
from contextlib import contextmanager
from pathlib import Path

import pytest

from conftest import ROOT
from test_browser import browser  # noqa: F401  (the module's Debian chromium, launched once)

DOC = "000_eee401c34136a58a"
SEED = ROOT / "seeds" / f"{DOC}.txt"


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@contextmanager
def review_server(out: Path, reviewer: str = "alice"):
    """``kg review`` as a user starts it, on a free loopback port."""
    port = free_port()
    proc = subprocess.Popen([sys.executable, "-m", "kg.cli", "review", str(out), "--port", str(port), "--no-browser",
                             "--reviewer", reviewer], stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
    url = f"http://127.0.0.1:{port}/"
    try:
        for _ in range(150):
            try:
                with urllib.request.urlopen(url, timeout=1) as r:
                    if r.status == 200:
                        break
            except OSError:
                if proc.poll() is not None:
                    raise RuntimeError("kg review did not start: " + proc.stdout.read().decode()) from None
                time.sleep(0.2)
        yield url
    finally:
        proc.terminate()  # uvicorn shuts down gracefully: the graph catches up first
        try:
            proc.wait(60)
        except subprocess.TimeoutExpired:
            proc.kill()


def synced(url: str) -> None:
    for _ in range(200):
        with urllib.request.urlopen(url + "api/status", timeout=5) as r:
            if not json.load(r)["pending"]:
                return
        time.sleep(0.1)
    raise AssertionError("the graph did not catch up with the decisions")


@pytest.fixture
def one_article(tmp_path) -> Path:
    from kg.build import build

    out = tmp_path / "g"
    build([SEED], out, progress=False)
    return out


def open_page(browser, url: str):
    # the page forbids eval (CSP default-src 'self'); Playwright's checks need it
    page = browser.new_page(viewport={"width": 1500, "height": 950}, bypass_csp=True)
    errors, elsewhere = [], []
    page.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
    page.on("pageerror", lambda e: errors.append(str(e)))
    page.on("dialog", lambda d: (errors.append("dialog: " + d.message), d.dismiss()))

    def route(r):
        if r.request.url.startswith(url):
            r.continue_()
        else:
            elsewhere.append(r.request.url)
            r.abort()

    page.route("**/*", route)
    response = page.goto(url)
    assert response.headers["content-security-policy"].startswith("default-src 'self'")
    page.wait_for_function("window.kgReview && window.kgReview.ready === true")
    return page, errors, elsewhere


def state_of(page, k: int) -> str | None:
    return page.evaluate(f"window.kgReview.list[{k}].review_state")


def read_rows(out: Path) -> list[dict]:
    return [json.loads(line) for line in (out / "statements.jsonl").read_text(encoding="utf-8").splitlines()]


def test_review_an_article_by_keyboard_and_rebuild(browser, one_article):
    import kg
    from kg.validate import validate

    out = one_article
    with review_server(out) as url:
        page, errors, elsewhere = open_page(browser, url)
        held = []  # the article's list is held back until the first key has been pressed
        page.route("**/api/statements?*", lambda r: held.append(r) if "doc=" in r.request.url else r.continue_())
        page.select_option("#f-doc", DOC)
        while not held:
            page.wait_for_timeout(20)
        page.locator("#card").focus()
        decided = []
        page.on("request", lambda r: decided.append(r.url) if "/api/decide" in r.url else None)
        page.keyboard.press("a")  # accept the first statement of the list still loading: it waits for the list
        page.wait_for_timeout(300)
        assert decided == []
        held[0].continue_()
        page.wait_for_function(f"kgReview.pending === 0 && kgReview.list.every(r => r.doc === '{DOC}')")
        page.wait_for_function("kgReview.list[0].review_state === 'accepted'")
        rows = page.evaluate("kgReview.list")
        total = len(rows)
        page.keyboard.press("r")  # reject the second
        page.wait_for_function("kgReview.list[1].review_state === 'rejected'")
        assert "line-through" in page.locator("#list li.rejected").first.evaluate("e => getComputedStyle(e).textDecoration")
        page.keyboard.press("e")  # edit the target of the third
        assert page.locator("#editor").is_visible()
        assert rows[2]["target"] != "arms embargo"  # else the edit would change nothing
        page.fill("#e-target", "arms embargo")
        page.keyboard.press("Enter")
        # found by its state: a new target may move it in the list's order
        page.wait_for_function("kgReview.list.some(r => r.review_state === 'edited')")
        edited = page.evaluate("kgReview.list.find(r => r.review_state === 'edited')")
        assert edited["target"] == "arms embargo"
        assert (edited["start"], edited["actor"], edited["relation"]) == (rows[2]["start"], rows[2]["actor"],
                                                                          rows[2]["relation"])

        # a sentence naming Putin (one the extractor found nothing in, where there is one): select it, press n
        used = {(r["start"], r["end"]) for r in rows}
        text = page.evaluate(f"kgReview.docs['{DOC}'].text")
        putin = [(a, b) for a, b in page.evaluate(f"kgReview.docs['{DOC}'].sentences") if "Putin" in text[a:b]]
        s0, s1 = next((s for s in putin if s not in used), None) or putin[-1]
        assert not any((r["start"], r["actor"], r["relation"], r["target"]) == (s0, "Vladimir Putin", "rejects", "peace talks")
                       for r in rows)
        page.locator(f'#article .sent[data-s="{s0}"]').select_text()
        page.keyboard.press("n")
        assert page.locator("#editor").is_visible()
        page.fill("#e-actor", "Vladimir Putin")
        page.select_option("#e-relation", "rejects")
        page.fill("#e-target", "peace talks")
        page.locator("#e-target").press("Enter")
        page.wait_for_function("kgReview.list.some(r => r.review_state === 'added')")
        added = page.evaluate("kgReview.list.find(r => r.review_state === 'added')")
        assert (added["start"], added["end"], added["actor"]) == (s0, s1, "Vladimir Putin")
        assert page.locator("#progress").inner_text() == f"reviewed 4 / {total + 1}"

        # the current statement's sentence is shown with its parts marked at their offsets
        page.keyboard.press("k")
        page.wait_for_function("document.querySelector('#sentence mark.actor') !== null")
        marks = page.evaluate("[...document.querySelectorAll('#sentence mark')].map(m => [m.className, m.textContent])")
        cur = page.evaluate("kgReview.list[kgReview.i]")
        assert ["actor", cur["sentence"][cur["actor_start"] - cur["start"]:cur["actor_end"] - cur["start"]]] in marks

        synced(url)
        shot = out.parent / "review-page.png"
        page.screenshot(path=str(shot))
        assert shot.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
        if os.environ.get("KG_UPDATE_SCREENSHOT"):
            (ROOT / "docs").mkdir(exist_ok=True)
            shutil.copy(shot, ROOT / "docs" / "review-page.png")
        assert errors == [] and elsewhere == []
        page.close()

    def check(where: str) -> None:
        by_id = {r["id"]: r for r in read_rows(out)}
        assert by_id[rows[0]["id"]]["review_state"] == "accepted", where
        assert rows[1]["id"] not in by_id, where  # rejected: out of the graph
        assert not any(r["start"] == rows[1]["start"] and r["actor"] == rows[1]["actor"] and r["relation"] == rows[1]["relation"]
                       and r["target"] == rows[1]["target"] for r in by_id.values()), where
        edited = [r for r in by_id.values() if r["review_state"] == "edited"]
        assert [(r["start"], r["actor"], r["target"]) for r in edited] == [(rows[2]["start"], rows[2]["actor"], "arms embargo")], where
        added = [r for r in by_id.values() if r["review_state"] == "added"]
        assert [(r["start"], r["actor"], r["relation"], r["target"]) for r in added] == [(s0, "Vladimir Putin", "rejects", "peace talks")]
        g = kg.open(out)
        states = {r["state"] for r in g.query("SELECT ?st ?state WHERE { ?st a kg:Statement ; kg:reviewState ?state }")}
        assert states == {"accepted", "edited", "added"}, where
        assert g.query(f"""ASK {{ ?c a kg:Correction ; kg:decision "reject" ; prov:used <{rows[1]['statement_iri']}> ;
                                      prov:wasAssociatedWith/rdfs:label "alice" .
                                FILTER NOT EXISTS {{ <{rows[1]['statement_iri']}> a kg:Statement }} }}"""), where

    check("after the review")
    rebuilt = subprocess.run([sys.executable, "-m", "kg.cli", "build", str(SEED), "-o", str(out), "--rules-only", "-q"],
                             capture_output=True, text=True)
    assert rebuilt.returncode == 0, rebuilt.stderr
    assert "1 replaced" in rebuilt.stdout and "4 decision(s) applied" in rebuilt.stdout
    check("after a rebuild with --rules-only")
    report = validate(out)
    assert report.conforms, "\n".join(report.lines())


def test_page_shows_article_text_as_text(browser, tmp_path):
    """Markup in an article is shown, never run."""
    from kg.build import build

    src = tmp_path / "in"
    src.mkdir()
    evil = '<img src=x onerror="alert(1)"> Angela Merkel called for a ceasefire in <script>alert(2)</script> Ukraine.'
    (src / "evil.txt").write_text(evil, encoding="utf-8")
    build([src], tmp_path / "g", progress=False)
    with review_server(tmp_path / "g") as url:
        page, errors, elsewhere = open_page(browser, url)
        page.select_option("#f-doc", "evil")
        page.wait_for_function("document.querySelector('#article').textContent.includes('Merkel')")
        assert page.evaluate("document.querySelectorAll('img, #article script').length") == 0
        assert "<script>alert(2)</script>" in page.locator("#article").inner_text()
        assert errors == [] and elsewhere == []
        page.close()
