"""Fast generator of a large region of Dutch content on PostgreSQL, for benchmarks.

Reusable: ``generate_region(pages=100_000)`` builds one region (its own Site) with gemeenten,
wijken, organisations, services, activities, ontwikkelingen, requests and offers, inserting
rows in bulk with treebeard paths computed directly (no ``add_child`` per page, no signals,
no search indexing: run ``update_index`` / ``rebuild_search`` afterwards as needed).

    DATABASE_URL=postgres://postgres@127.0.0.1:5432/wp_bench \\
        .venv/bin/python benchmarks/bulk_content.py --pages 100000

Without ``--pages`` it uses ``BENCH_PAGES`` (default 2,000). It refuses to run on SQLite.
"""

import argparse
import datetime
import os
import random
import sys
import time
import uuid
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))


def setup_django(settings_module: str = "cms.settings.dev") -> None:
    """Configure Django for a benchmark script (DATABASE_URL decides the database)."""
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", settings_module)
    import django

    django.setup()


# --- Dutch vocabulary -------------------------------------------------------------------------


def _split(text: str, sep: str | None = None) -> list[str]:
    return text.split(sep)


COMMON = _split(
    "activiteit buurt wijk bewoners samen hulp gratis elke week ochtend middag avond koffie "
    "thee ontmoeten vrijwilligers buurthuis gemeente ouderen kinderen jongeren gezinnen "
    "mantelzorgers informatie aanmelden welkom iedereen"
)
MEDIUM = _split(
    "fietsen repareren boodschappen wandelen wandeling koken maaltijd eten taal lessen cursus "
    "computer telefoon tablet formulieren administratie geldzaken schulden wonen woning huis "
    "huizen aanpassen verhuizen tuin tuinen klussen klusjes vervoer rolstoel scootmobiel "
    "zorg thuiszorg dagbesteding eenzaamheid gezelschap spelletjes kaarten bingo muziek zingen "
    "koor dansen bewegen sport gym yoga zwemmen jeu boules biljart schaken lezen bibliotheek "
    "boeken voorlezen huiswerk school scholen speeltuin spelen opvoeden baby peuter "
    "mantelzorg respijt logeren ontspanning creatief schilderen tekenen handwerken breien "
    "naaien repair café cafe inloop spreekuur wijkteam wijkagent veiligheid buurtpreventie "
    "afval zwerfvuil groen bomen planten moestuin energie besparen isolatie zonnepanelen "
    "armoede voedselbank kleding kringloop vluchtelingen nieuwkomers integratie werk "
    "vrijwilligerswerk stage sollicitatie"
)
RARE = _split(
    "accordeon beiaard carillon dahlia's edelsmid fluitketel glasblazen harmonium ijsvogel "
    "jeneverbes kantklossen lindebloesem mergelgrot nachtegaal orchidee pottenbakken "
    "quiltles rietvlechten sterrenkijker torenvalk uilenbal vlinderhof windmolen "
    "zeepkistenrace zilversmid"
)
ACTIVITY_NOUNS = _split(
    "Koffie-ochtend Repaircafé Taalcafé Wandelclub Kookclub Spelmiddag Breicafé Zangkoor "
    "Yogales Computerhulp Huiswerkklas Moestuinclub Fietsenwerkplaats Bingo Schaakclub "
    "Voorleesuurtje Dansmiddag Inloopspreekuur Buurtmaaltijd Klusochtend"
)
SERVICE_NOUNS = _split(
    "Boodschappendienst Vervoersdienst Maaltijdservice Formulierenhulp Schuldhulp "
    "Woningaanpassing Mantelzorgondersteuning Thuisadministratie Klussendienst Belcirkel"
)
ORG_NOUNS = _split(
    "Stichting Vereniging Buurtkring Zorggroep Welzijnswerk Sportclub Bibliotheek Woonstichting "
    "Huisartsenpraktijk Wijkcentrum"
)
NEWS_TOPICS = _split(
    "Nieuw buurthuis|Groen plein|Meer bomen|Veilige schoolroute|Nieuwe speeltuin|Energieloket|"
    "Renovatie van huizen|Afvalinzameling|Wijkbudget|Bewonersavond",
    "|",
)
PLACES = _split(
    "Lindenheuvel Kemperkoul Ophoven Overhoven Geleen-Zuid Born Elsloo Stein-Centrum Urmond "
    "Nieuwstadt Limbricht Munstergeleen Grevenbicht Obbicht Buchten Holtum Guttecoven Einighausen "
    "Windraak Broeksittard Hoogveld Vrangendael Baandert Ophoven-Noord Sanderbout Kollenberg "
    "Limbrichterveld Schwienswei Krawinkel Glanerbrook"
)
FILLER = _split("de het een en in op met voor van naar bij uit om te")
CATEGORY_NAMES = _split(
    "Boodschappen|Vervoer|Klussen|Gezelschap|Bewegen en sport|Mantelzorg|Wonen|Geldzaken|Taal|"
    "Opvoeden en gezin|Vrijwilligerswerk|Eten en drinken",
    "|",
)


def sentence(rng: random.Random, words: int = 12) -> str:
    """A Dutch-looking sentence: filler words, common words often, rarer words less often."""
    out = []
    for _ in range(words):
        roll = rng.random()
        if roll < 0.35:
            out.append(rng.choice(FILLER))
        elif roll < 0.65:
            out.append(rng.choice(COMMON))
        elif roll < 0.995:
            out.append(rng.choice(MEDIUM))
        else:
            out.append(rng.choice(RARE))
    text = " ".join(out)
    return text[0].upper() + text[1:] + "."


def paragraph(rng: random.Random, sentences: int = 4) -> str:
    """A few sentences."""
    return " ".join(sentence(rng, rng.randint(8, 16)) for _ in range(sentences))


# --- bulk insertion ---------------------------------------------------------------------------


@dataclass
class Region:
    """What ``generate_region`` made: ids to use in benchmarks."""

    site_id: int
    home_id: int
    gemeente_ids: list[int] = field(default_factory=list)
    wijk_ids: list[int] = field(default_factory=list)
    category_ids: list[int] = field(default_factory=list)
    organisation_ids: list[int] = field(default_factory=list)
    pages: int = 0
    seconds: float = 0.0


class _Tree:
    """Allocates treebeard paths and page ids, and inserts pages of one model in bulk."""

    def __init__(self, locale_id: int, batch: int):
        from django.db import connection

        from wagtail.models import Page

        self.connection = connection
        self.Page = Page
        self.locale_id = locale_id
        self.batch = batch
        self.pending: dict[type, list] = {}
        self.children: dict[int, int] = {}  # parent id -> last step used
        self.added: dict[int, int] = {}  # parent id -> children added here
        self.now = datetime.datetime.now(datetime.UTC)
        with connection.cursor() as cursor:
            cursor.execute("SELECT nextval(pg_get_serial_sequence('wagtailcore_page', 'id'))")
            self.next_id = cursor.fetchone()[0] + 1
        self.count = 0

    def add(self, parent: dict, model, title: str, slug: str, **fields) -> dict:
        """Queue a page below ``parent`` (a dict with id, path, depth, url_path)."""
        position = self.children.get(parent["id"], 0) + 1
        self.children[parent["id"]] = position
        self.added[parent["id"]] = self.added.get(parent["id"], 0) + 1
        depth = parent["depth"] + 1
        node = {
            "id": self.next_id,
            "path": self.Page._get_path(parent["path"], depth, position),
            "depth": depth,
            "url_path": f"{parent['url_path']}{slug}/",
        }
        self.next_id += 1
        self.pending.setdefault(model, []).append((node, title, slug, fields))
        self.count += 1
        if len(self.pending[model]) >= self.batch:
            self.flush(model)
        return node

    def flush(self, model=None) -> None:
        """Insert queued pages (of one model, or all)."""
        models = [model] if model else list(self.pending)
        for m in models:
            rows = self.pending.pop(m, [])
            if rows:
                self._insert(m, rows)

    def _insert(self, model, rows) -> None:
        from django.contrib.contenttypes.models import ContentType

        content_type_id = ContentType.objects.get_for_model(model).pk
        page_fields = [
            f for f in self.Page._meta.local_concrete_fields if f.column not in {"numchild"}
        ]
        chain = [model] + [
            parent
            for parent in model._meta.get_parent_list()
            if parent is not self.Page and not parent._meta.abstract
        ]
        page_rows = []
        specific: dict[type, list] = {m: [] for m in chain}
        for node, title, slug, fields in rows:
            obj = model(
                id=node["id"],
                path=node["path"],
                depth=node["depth"],
                numchild=0,
                url_path=node["url_path"],
                title=title,
                draft_title=title,
                slug=slug,
                live=True,
                has_unpublished_changes=False,
                first_published_at=self.now,
                last_published_at=self.now,
                content_type_id=content_type_id,
                locale_id=self.locale_id,
                translation_key=uuid.uuid4(),
                **fields,
            )
            page_rows.append(
                [f.get_db_prep_save(getattr(obj, f.attname), self.connection) for f in page_fields]
            )
            for m in chain:
                values = []
                for f in m._meta.local_concrete_fields:
                    if f.attname.endswith("_ptr_id"):
                        values.append(node["id"])
                    else:
                        values.append(f.get_db_prep_save(getattr(obj, f.attname), self.connection))
                specific[m].append(values)
        self._copy(
            self.Page._meta.db_table,
            [f.column for f in page_fields] + ["numchild"],
            [[*r, 0] for r in page_rows],
        )
        for m in reversed(chain):
            self._copy(
                m._meta.db_table, [f.column for f in m._meta.local_concrete_fields], specific[m]
            )

    def _copy(self, table: str, columns: list[str], rows: list[list]) -> None:
        cols = ", ".join(f'"{c}"' for c in columns)
        marks = ", ".join(["%s"] * len(columns))
        with self.connection.cursor() as cursor:
            cursor.executemany(f'INSERT INTO "{table}" ({cols}) VALUES ({marks})', rows)

    def finish(self) -> None:
        """Insert what is queued, fix numchild and move the id sequence past the new ids."""
        self.flush()
        with self.connection.cursor() as cursor:
            for page_id, count in self.added.items():
                cursor.execute(
                    "UPDATE wagtailcore_page SET numchild = numchild + %s WHERE id = %s",
                    [count, page_id],
                )
            cursor.execute(
                "SELECT setval(pg_get_serial_sequence('wagtailcore_page', 'id'), %s)",
                [self.next_id],
            )


def generate_region(
    pages: int = 100_000,
    *,
    gemeenten: int = 5,
    wijken_per_gemeente: int = 12,
    seed: int = 4,
    hostname: str | None = None,
    batch: int = 2000,
    organisations: int | None = None,
) -> Region:
    """Create one region with about ``pages`` pages of Dutch content; return its ids.

    Mix: 40% activities, 20% services, 8% organisations, 20% ontwikkelingen, 12% requests and
    offers. About one in ten wijken is in preparation (hidden), so visibility rules do work.
    ``organisations`` fixes the number of organisations (their pages then share the 8%).
    """
    from django.db import connection, transaction

    from wagtail.models import Locale, Page, Site

    from aanbod.agenda.table import fill as fill_occurrences
    from aanbod.models import (
        ActivityPage,
        Category,
        MarketplacePage,
        OfferPage,
        OrganisationIndexPage,
        OrganisationPage,
        RequestPage,
        ServicePage,
    )
    from home.models import HomePage
    from wijken.models import GemeentePage, OntwikkelingIndexPage, OntwikkelingPage, WijkPage

    if connection.vendor != "postgresql":
        raise RuntimeError("bulk_content needs PostgreSQL (set DATABASE_URL)")
    started = time.perf_counter()
    rng = random.Random(seed)
    locale = Locale.objects.get(language_code="nl")
    tag = uuid.uuid4().hex[:6]
    with transaction.atomic():
        categories = []
        for name in CATEGORY_NAMES:
            cat, _ = Category.objects.get_or_create(
                slug=f"bench-{name.lower().replace(' ', '-')}",
                locale=locale,
                defaults={"name": name},
            )
            categories.append(cat.pk)
        root = Page.get_first_root_node()
        tree = _Tree(locale.pk, batch)
        root_node = {"id": root.pk, "path": root.path, "depth": root.depth, "url_path": "/"}
        last = root.get_last_child()
        tree.children[root.pk] = Page._str2int(last.path[-Page.steplen :]) if last else 0
        home = tree.add(
            root_node,
            HomePage,
            f"Benchmarkregio {tag}",
            f"bench-{tag}",
            region_name="Benchmarkregio",
        )
        region = Region(site_id=0, home_id=home["id"], category_ids=categories)
        gemeente_nodes = []
        wijk_nodes: list[tuple[dict, dict]] = []
        for g in range(gemeenten):
            name = f"Gemeente {PLACES[g % len(PLACES)]} {g}"
            gnode = tree.add(
                home, GemeentePage, name, f"gemeente-{g}", rollout_phase="live", intro=""
            )
            gemeente_nodes.append(gnode)
            region.gemeente_ids.append(gnode["id"])
            for w in range(wijken_per_gemeente):
                place = PLACES[(g * wijken_per_gemeente + w) % len(PLACES)]
                phase = "preparation" if rng.random() < 0.1 else "live"
                wnode = tree.add(
                    gnode,
                    WijkPage,
                    f"{place} {g}-{w}",
                    f"wijk-{g}-{w}",
                    rollout_phase=phase,
                    intro=paragraph(rng, 1),
                    postcodes=f"{6100 + g * 20 + w}",
                )
                wijk_nodes.append((gnode, wnode))
                region.wijk_ids.append(wnode["id"])
        orgs_index = tree.add(home, OrganisationIndexPage, "Organisaties", "organisaties")
        tree.flush()
        n_orgs = organisations or max(1, int(pages * 0.08))
        n_services = int(pages * 0.20)
        n_activities = int(pages * 0.40)
        n_news = int(pages * 0.20)
        n_market = max(0, pages - n_orgs - n_services - n_activities - n_news - 3 * gemeenten)
        m2m_wijken: dict[type, list[tuple[int, int]]] = {}
        m2m_categories: dict[type, list[tuple[int, int]]] = {}
        org_nodes = []
        for i in range(n_orgs):
            noun = rng.choice(ORG_NOUNS)
            node = tree.add(
                orgs_index,
                OrganisationPage,
                f"{noun} {rng.choice(MEDIUM).capitalize()} {i}",
                f"org-{i}",
                kind=rng.choice(["zorg", "welzijn", "wonen", "vereniging"]),
                intro=sentence(rng, 14),
                body=_body(paragraph(rng)),
            )
            org_nodes.append(node)
            region.organisation_ids.append(node["id"])
            if rng.random() < 0.8:
                for _gnode, wnode in rng.sample(wijk_nodes, rng.randint(1, 3)):
                    m2m_wijken.setdefault(OrganisationPage, []).append((node["id"], wnode["id"]))
        start = datetime.datetime(2026, 1, 5, 10, tzinfo=datetime.UTC)
        for kind, count, nouns in (
            (ServicePage, n_services, SERVICE_NOUNS),
            (ActivityPage, n_activities, ACTIVITY_NOUNS),
        ):
            for i in range(count):
                parent = org_nodes[i % len(org_nodes)]
                place = rng.choice(PLACES)
                extra = {}
                if kind is ActivityPage:
                    extra = {
                        "start": start,
                        "end": start + datetime.timedelta(hours=2),
                        "recurrence": "FREQ=WEEKLY;BYDAY=TU",
                        "location_name": f"Buurthuis {place}",
                    }
                node = tree.add(
                    parent,
                    kind,
                    f"{rng.choice(nouns)} {place}",
                    f"{kind.__name__.lower()}-{i}",
                    intro=sentence(rng, 14),
                    body=_body(paragraph(rng, rng.randint(2, 6))),
                    **extra,
                )
                if rng.random() < 0.85:
                    for _gnode, wnode in rng.sample(wijk_nodes, rng.randint(1, 2)):
                        m2m_wijken.setdefault(kind, []).append((node["id"], wnode["id"]))
                for cat in rng.sample(categories, rng.randint(1, 2)):
                    m2m_categories.setdefault(kind, []).append((node["id"], cat))
        news_indexes, markets = [], []
        for gnode in gemeente_nodes:
            news_indexes.append(
                tree.add(gnode, OntwikkelingIndexPage, "Ontwikkelingen", "ontwikkelingen")
            )
            markets.append(tree.add(gnode, MarketplacePage, "Vraag en aanbod", "vraag-en-aanbod"))
        for i in range(n_news):
            g = i % gemeenten
            tree.add(
                news_indexes[g],
                OntwikkelingPage,
                f"{rng.choice(NEWS_TOPICS)} in {rng.choice(PLACES)}",
                f"ontwikkeling-{i}",
                date=datetime.date(2026, 1, 1) + datetime.timedelta(days=i % 300),
                intro=sentence(rng, 16),
                body=_body(paragraph(rng, rng.randint(2, 5))),
            )
        wijken_of = {
            gnode["id"]: [w for gg, w in wijk_nodes if gg is gnode] for gnode in gemeente_nodes
        }
        expires = datetime.date.today() + datetime.timedelta(days=30)
        for i in range(n_market):
            g = i % gemeenten
            kind = RequestPage if i % 2 else OfferPage
            wnode = rng.choice(wijken_of[gemeente_nodes[g]["id"]])
            verb = "Wie helpt mij met" if kind is RequestPage else "Ik help graag met"
            topic = rng.choice(MEDIUM)
            tree.add(
                markets[g],
                kind,
                f"{verb} {topic}",
                f"{kind.__name__.lower()}-{i}",
                wijk_id=wnode["id"],
                category_id=rng.choice(categories),
                description=paragraph(rng, 2),
                first_name="Bewoner",
                status="open",
                expires_at=expires,
                when="",
            )
        tree.finish()
        for model, pairs in m2m_wijken.items():
            through = model._meta.get_field("wijken").remote_field.through
            src, dst = _through_columns(through, model)
            through.objects.bulk_create(
                [through(**{src: a, dst: b}) for a, b in pairs], batch_size=5000
            )
        for model, pairs in m2m_categories.items():
            through = model._meta.get_field("categories").remote_field.through
            src, dst = _through_columns(through, model)
            through.objects.bulk_create(
                [through(**{src: a, dst: b}) for a, b in pairs], batch_size=5000
            )
        site = Site.objects.create(
            hostname=hostname or f"bench-{tag}.localhost", port=80, root_page_id=home["id"]
        )
        region.site_id = site.pk
        # The pages went in by bulk SQL (no signals): store their visibility and dates in one go.
        from wijken import visibility_store

        region_home = Page.objects.get(pk=home["id"])
        visibility_store.recompute(region_home.path)
        fill_occurrences(ActivityPage.objects.descendant_of(region_home))
    region.pages = tree.count
    region.seconds = time.perf_counter() - started
    return region


def _body(text: str) -> list:
    from wagtail.rich_text import RichText

    return [("paragraph", RichText(f"<p>{text}</p>"))]


def _through_columns(through, model) -> tuple[str, str]:
    src = dst = ""
    for f in through._meta.concrete_fields:
        if f.is_relation and f.related_model is not None:
            if issubclass(model, f.related_model) and not src:
                src = f.attname
            else:
                dst = f.attname
    return src, dst


def main(argv: list[str] | None = None) -> int:
    """Generate a region and print how long it took."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pages", type=int, default=int(os.environ.get("BENCH_PAGES", "2000")))
    parser.add_argument("--seed", type=int, default=4)
    args = parser.parse_args(argv)
    setup_django()
    from django.db import connection

    if connection.vendor != "postgresql":
        print("bulk_content: needs PostgreSQL (set DATABASE_URL); nothing generated")
        return 0
    region = generate_region(args.pages, seed=args.seed)
    rate = region.pages / region.seconds if region.seconds else 0
    print(
        f"bulk_content: {region.pages} pages in {region.seconds:.1f} s ({rate:.0f} pages/s), "
        f"site id {region.site_id}, home id {region.home_id}"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
