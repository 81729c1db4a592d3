"""Matching benchmark: ranking one request against its gemeente's offers (pure Python, no database).

``aanbod.marketplace.matching.matches_for`` reads at most ``CANDIDATES`` (100) published offers
of the same category in the gemeente in one query and ranks them in Python; this times that
ranking for 200 requests against 100 candidates with realistic Dutch texts, and prints median
and p95.

    .venv/bin/python benchmarks/matching_bench.py [--candidates 300] [--runs 200]
"""

import argparse
import random
import statistics
import sys
import time
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from aanbod.marketplace import matching  # noqa: E402
from home import dutch  # noqa: E402

WORDS = [
    "boodschappen",
    "supermarkt",
    "lift",
    "ziekenhuis",
    "huisarts",
    "koffie",
    "praatje",
    "wandelen",
    "rollator",
    "tuin",
    "snoeien",
    "lamp",
    "ophangen",
    "computer",
    "tablet",
    "digid",
    "whatsapp",
    "hond",
    "uitlaten",
    "verhuizen",
    "dozen",
    "koken",
    "maaltijd",
    "brieven",
    "formulieren",
    "huiswerk",
    "school",
    "fiets",
    "repareren",
    "kraan",
    "schilderen",
    "behangen",
]
FILLER = [
    "ik",
    "wie",
    "kan",
    "mij",
    "graag",
    "helpen",
    "met",
    "de",
    "op",
    "in",
    "het",
    "wijk",
    "buurt",
    "voor",
    "een",
    "en",
]


@dataclass
class Item:
    title: str
    description: str
    category_id: int
    wijk_id: int
    when: str = ""


def text(rng: random.Random, words: int) -> str:
    return " ".join(rng.choice(WORDS if rng.random() < 0.4 else FILLER) for _ in range(words))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--candidates", type=int, default=matching.CANDIDATES)
    parser.add_argument("--runs", type=int, default=200)
    args = parser.parse_args()
    rng = random.Random(6)
    offers = [
        Item(text(rng, 5), text(rng, 40), 1, rng.randint(1, 8)) for _ in range(args.candidates)
    ]
    requests = [Item(text(rng, 5), text(rng, 40), 1, rng.randint(1, 8)) for _ in range(args.runs)]
    for label, clear in [("cold (empty token cache)", True), ("warm", False)]:
        timings, found = [], []
        for request in requests:
            if clear:
                matching.tokens.cache_clear()
                matching.word_tokens.cache_clear()
                dutch.lemma_stem.cache_clear()
            start = time.perf_counter()
            ranked = matching.rank(request, offers)
            timings.append((time.perf_counter() - start) * 1000)
            found.append(len(ranked))
        timings.sort()
        p95 = timings[int(len(timings) * 0.95) - 1]
        print(f"rank 1 request against {args.candidates} candidates, {args.runs} runs, {label}")
        print(f"  median {statistics.median(timings):.2f} ms, p95 {p95:.2f} ms")
        print(f"  matches per request: median {statistics.median(found):.0f}")


if __name__ == "__main__":
    main()
