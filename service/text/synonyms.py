"""Words a news report uses for the same thing, read as one when a claim is compared with a
passage ("UAV" / "drone", "struck" / "hit" / "targeted", "soldiers" / "troops" / "forces"). A
short, hand-kept table of this domain's interchangeable words, not a thesaurus: every pair is one
that news copy uses for the same fact, and none has a stem that is another word's ("fired" is
"fire"). Amounts keep their own nouns (two rockets are not two missiles); only the stems the
rules compare for coverage and negation, and the model's overlap features, are merged.
"""

from __future__ import annotations

from service.tokens import stem

_GROUPS = [
    "drone uav uavs",
    "hit struck strike strikes targeted target targeting",
    "troops troop soldiers soldier personnel servicemembers servicemen forces",
    "housing hosting",
    "base airbase",
    "evacuation evacuate evacuated",
]

# stem → the stem of its group's first word
CANONICAL: dict[str, str] = {stem(word): stem(group.split()[0]) for group in _GROUPS for word in group.split()}
