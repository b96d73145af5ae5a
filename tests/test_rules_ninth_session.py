"""Rules of 2026-12-05, ninth session (docs/verdicts.md section 0): a platform and a name joined to a
participle are no site, a continuation until a time is not opposed by its stop, a clause that picks
out the claim's subject by its claiming is not what the claim asserts, and a harm in a clause that
only identifies the claim's event need not be restated by a passage of that event. Made-up articles
of other subjects."""

from __future__ import annotations

from pathlib import Path

import pytest

from service.text.conditions import goes_on_until_a_time
from service.text.events import sites_of
from service.text.synonyms import unphrase
from tests.support.judging import bucket_of, judged, payloads


@pytest.mark.parametrize(("text", "sites"), [
    # a platform is where a statement was made, not where the incident was
    ("The Tide Front took responsibility on Telegram for the rocket attack.", ()),
    ("The Tide Front took responsibility on Telegram for the rocket attack on Varna.", ("Varna",)),
    # a name joined to a participle is an adjective
    ("Drones attacked NATO-hosting bases again.", ()),
    ("The Moscow-backed militia attacked the Norrvik base.", ("Norrvik",)),
    # a name of two capitalised parts is still a site
    ("Rockets hit the Al-Tanf base.", ("Al-Tanf",)),
])
def test_platforms_and_participle_compounds_are_no_sites(text: str, sites: tuple[str, ...]) -> None:
    assert sites_of(text) == sites


@pytest.mark.parametrize(("text", "bounded"), [
    ("The arson attacks on shops that went on until 2019 were never solved.", True),
    ("The raids continued until the summer of 2021.", True),
    # a promise to go on until a condition is no end in time
    ("The strikes will continue until the wage deal is signed.", False),
    ("The raids continued for years.", False),
])
def test_goes_on_until_a_time(text: str, bounded: bool) -> None:
    assert goes_on_until_a_time(unphrase(text)) is bounded


_SHOPS = payloads([
    ("shops", "Nordic Ledger", "2020-06-02",
     "Until last year, shops owned by Danish families in Malmo were hit by many arson attacks, and since the "
     "summer of 2019 these attacks have stopped. No group claimed responsibility for these attacks at the "
     "time, but the police blamed local gangs."),
])


def test_a_continuation_until_a_time_is_not_opposed_by_its_stop(tmp_path: Path) -> None:
    doc = judged(tmp_path, _SHOPS, "Nobody claimed responsibility at the time for the arson attacks on "
                                   "Danish-owned shops in Malmo that went on until 2019.")
    assert bucket_of(doc, "these attacks have stopped")[0] != "conflicting"
    assert bucket_of(doc, "No group claimed")[0] == "corroborating"
    assert doc["verdict"]["label"] == "supported"
    # a promise to go on is still opposed by a stop
    strike = payloads([("strike", "Rail Times", "2021-03-04", "The rail union said on Wednesday that it was "
                        "halting its strikes against the ministry over pay demands.")])
    doc = judged(tmp_path / "b", strike, "The rail union said it would continue its strikes against the ministry "
                                         "until it agreed to the pay demands.")
    assert bucket_of(doc, "halting its strikes")[0] == "conflicting"


_PORT = payloads([
    ("port", "Harbour Post", None,
     "Rockets struck the Varna port on Friday, wounding three Danish sailors. The group, identifying "
     "themselves as \"The Tide Front\", stated that they targeted the port with several rockets, vowing to keep "
     "up their operations until all foreign ships leave. Following the Friday attack, the ministry labelled "
     "the targeting of the port as a \"grave provocation.\""),
])


def test_a_clause_picking_out_the_subject_by_its_claiming(tmp_path: Path) -> None:
    doc = judged(tmp_path, _PORT, "The group that took responsibility for the Friday attack on the Varna port, "
                                  "calling itself The Tide Front, said it used several rockets and would keep going "
                                  "until every foreign ship leaves.")
    assert bucket_of(doc, "identifying themselves")[0] == "corroborating"
    # where the claiming is what the claim asserts, a passage that does not say it does not confirm it
    doc = judged(tmp_path / "b", _PORT, "The Tide Front took responsibility for the Friday attack on the "
                                        "Varna port.")
    assert bucket_of(doc, "identifying themselves")[0] != "corroborating"


def test_a_harm_that_only_identifies_the_event(tmp_path: Path) -> None:
    doc = judged(tmp_path, _PORT, "After the Friday attack on the Varna port that wounded Danish sailors, the "
                                  "ministry called the targeting of the port a 'grave provocation'.")
    assert bucket_of(doc, "grave provocation")[0] == "corroborating"
    assert doc["verdict"]["label"] == "supported"
    # a harm the claim asserts must still be stated
    doc = judged(tmp_path / "b", _PORT, "The ministry said the Friday attack on the Varna port wounded "
                                        "Danish sailors and called it a 'grave provocation'.")
    assert bucket_of(doc, "grave provocation")[0] != "corroborating"
