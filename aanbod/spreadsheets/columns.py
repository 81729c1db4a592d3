"""The activity fields a spreadsheet column can hold, guessing the mapping and remembering it."""

import re
from dataclasses import dataclass

from django.utils import translation
from django.utils.translation import gettext_lazy as _

from aanbod.models import OrganisationPage, SpreadsheetMapping


@dataclass(frozen=True)
class Column:
    """One activity field: its key, its Dutch heading, whether required, what it holds."""

    key: str
    heading: object
    required: bool
    explanation: object
    example: str
    aliases: tuple[str, ...] = ()


COLUMNS = (
    Column(
        "key",
        _("Kenmerk"),
        True,
        _(
            "Een eigen code per activiteit die nooit verandert (bijv. A1, A2). Zo herkent het "
            "portaal de activiteit bij de volgende keer importeren."
        ),
        "A1",
        ("id", "code", "nummer", "nr"),
    ),
    Column("title", _("Titel"), True, _("De naam van de activiteit."), "Koffie-ochtend", ("naam",)),
    Column(
        "intro",
        _("Korte omschrijving"),
        True,
        _("Eén of twee zinnen over de activiteit (hooguit 400 tekens)."),
        "Kom gezellig koffie drinken en buren ontmoeten.",
        ("omschrijving", "beschrijving", "samenvatting"),
    ),
    Column(
        "date",
        _("Datum"),
        True,
        _("De eerste keer dat de activiteit plaatsvindt, bijv. 5-1-2027."),
        "5-1-2027",
        ("eerste datum", "startdatum", "begindatum", "datum eerste keer"),
    ),
    Column(
        "start_time",
        _("Begintijd"),
        True,
        _("Hoe laat het begint, bijv. 10:00."),
        "10:00",
        ("van", "begin", "start", "aanvang"),
    ),
    Column(
        "end_time",
        _("Eindtijd"),
        True,
        _("Hoe laat het afloopt, bijv. 11:30."),
        "11:30",
        ("tot", "einde", "eind"),
    ),
    Column(
        "schedule",
        _("Herhaling"),
        False,
        _(
            "Hoe vaak, in gewone woorden: eenmalig, elke dinsdag, om de week op woensdag, elke 2e "
            "woensdag van de maand, elke laatste vrijdag van de maand, elke maand op de 15e. Leeg "
            "is eenmalig."
        ),
        "elke dinsdag",
        ("hoe vaak", "frequentie", "wanneer"),
    ),
    Column(
        "series_end",
        _("Tot en met"),
        False,
        _("De laatste datum van een herhaalde activiteit. Leeg: gaat door."),
        "30-6-2027",
        ("laatste keer", "einddatum", "t/m"),
    ),
    Column(
        "location_name",
        _("Locatie"),
        False,
        _("De naam van de plek, bijv. een buurthuis."),
        "Buurthuis De Kemp",
        ("plek", "waar", "locatie naam"),
    ),
    Column("street", _("Adres"), False, _("Straat en huisnummer."), "Kempweg 1", ("straat",)),
    Column("postcode", _("Postcode"), False, _("Bijv. 6131 AB."), "6131 AB"),
    Column("city", _("Plaats"), False, _("De woonplaats."), "Sittard", ("woonplaats",)),
    Column(
        "wijken",
        _("Wijken"),
        False,
        _(
            "De wijken waarvoor de activiteit is, gescheiden door komma's. Alleen wijken uit je "
            "regio. Leeg: de wijken van je organisatie."
        ),
        "Kemperkoul",
        ("wijk",),
    ),
    Column(
        "categories",
        _("Categorieën"),
        False,
        _("Thema's, gescheiden door komma's (zoals in het portaal)."),
        "",
        ("categorie", "thema", "thema's"),
    ),
    Column(
        "target_groups",
        _("Doelgroepen"),
        False,
        _("Voor wie, gescheiden door komma's (zoals in het portaal)."),
        "Ouderen",
        ("doelgroep", "voor wie"),
    ),
    Column("cost", _("Kosten"), False, _("Bijv. gratis of € 2,50."), "gratis", ("prijs",)),
    Column(
        "registration",
        _("Aanmelden"),
        False,
        _("Vrije inloop, gewenst of verplicht. Leeg: vrije inloop."),
        "vrije inloop",
        ("aanmelding", "inschrijven"),
    ),
    Column(
        "registration_info",
        _("Hoe aanmelden"),
        False,
        _("Telefoon, e-mail of link om je aan te melden."),
        "",
        ("aanmelden via", "contact"),
    ),
)
BY_KEY = {column.key: column for column in COLUMNS}
REQUIRED = tuple(c.key for c in COLUMNS if c.required)


def normalise(header: str) -> str:
    """'  Korte Omschrijving: ' -> 'korte omschrijving' (for comparing headings)."""
    return re.sub(r"[^a-z0-9/' ]+", " ", str(header).lower()).strip().replace("  ", " ")


def guess(headers: list[str]) -> dict[str, str]:
    """Field key -> header, for the headers that match a field's heading or one of its aliases."""
    found = {}
    by_name = {normalise(h): h for h in headers if h}
    with translation.override("nl"):
        dutch = {column.key: str(column.heading) for column in COLUMNS}
    for column in COLUMNS:
        for name in (str(column.heading), dutch[column.key], column.key, *column.aliases):
            header = by_name.get(normalise(name))
            if header is not None and header not in found.values():
                found[column.key] = header
                break
    return found


def initial_mapping(organisation: OrganisationPage, headers: list[str]) -> dict[str, str]:
    """The remembered mapping where its headers are still in the file, else a guess."""
    mapping = guess(headers)
    stored = SpreadsheetMapping.objects.filter(organisation=organisation).first()
    if stored is not None:
        for key, header in stored.columns.items():
            if key in BY_KEY and header in headers:
                mapping[key] = header
    return mapping


def remember(organisation: OrganisationPage, mapping: dict[str, str]) -> None:
    """Store the organisation's mapping for its next file."""
    SpreadsheetMapping.objects.update_or_create(
        organisation=organisation, defaults={"columns": mapping}
    )


def missing_required(mapping: dict[str, str]) -> list[str]:
    """The headings of required fields that no column holds."""
    return [str(BY_KEY[key].heading) for key in REQUIRED if not mapping.get(key)]
