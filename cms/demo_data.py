"""Placeholder demo content (a fuller Dutch data set replaces it)."""

CATEGORIES = [
    {"slug": "boodschappen", "nl": "Boodschappen", "en": "Shopping"},
    {"slug": "vervoer", "nl": "Vervoer", "en": "Transport"},
]
TARGET_GROUPS = [{"slug": "ouderen", "nl": "Ouderen", "en": "Older people"}]


def g(title, slug, phase, wijken, pilot=None, extra=None):
    d = {
        "title": title,
        "slug": slug,
        "phase": phase,
        "pilot_date": pilot,
        "live_date": None,
        "intro": "<p>x</p>",
        "wijken": [{"title": w[0], "slug": w[1], "phase": w[2], "postcodes": w[3]} for w in wijken],
        "ontwikkelingen": [
            {
                "title": "Nieuws " + title,
                "slug": "nieuws-" + slug,
                "date": "2026-10-01",
                "intro": "i",
                "body": ["b"],
            }
        ],
        "requests": [
            {
                "title": "Vraag " + title,
                "slug": "vraag-" + slug,
                "category": "vervoer",
                "wijk": wijken[0][1],
                "description": "d",
                "first_name": "Annie",
            }
        ],
        "offers": [],
    }
    return d


REGIONS = [
    {
        "slug": "westelijke-mijnstreek",
        "hostname": "westelijke-mijnstreek.localhost",
        "is_default": True,
        "title": "Wijkportaal Westelijke Mijnstreek",
        "region_name": "Westelijke Mijnstreek",
        "intro": "<p>x</p>",
        "gemeenten": [
            g(
                "Sittard-Geleen",
                "sittard-geleen",
                "live",
                [("Kemperkoul", "kemperkoul", "live", "6135")],
            ),
            g("Stein", "stein", "pilot", [("Elsloo", "elsloo", "pilot", "6181")]),
            g(
                "Beek",
                "beek",
                "preparation",
                [("Spaubeek", "spaubeek", "preparation", "6176")],
                pilot="2027-03-01",
            ),
        ],
        "organisations": [
            {
                "title": "Cicero Zorggroep",
                "slug": "cicero",
                "kind": "zorg",
                "intro": "i",
                "wijken": ["kemperkoul"],
                "services": [
                    {
                        "title": "S",
                        "slug": "s1",
                        "intro": "i",
                        "categories": ["vervoer"],
                        "wijken": ["kemperkoul"],
                    }
                ],
                "activities": [
                    {
                        "title": "Koffie",
                        "slug": "koffie",
                        "intro": "i",
                        "wijken": ["kemperkoul"],
                        "start": "2026-01-06T10:00",
                        "recurrence": "FREQ=WEEKLY;BYDAY=TU",
                        "exdates": ["2026-12-29"],
                    },
                    {
                        "title": "Beek eten",
                        "slug": "beek-eten",
                        "intro": "i",
                        "wijken": ["spaubeek"],
                        "start": "2026-01-06T10:00",
                        "recurrence": "FREQ=WEEKLY;BYDAY=TU",
                    },
                    {
                        "title": "Eenmalig",
                        "slug": "eenmalig",
                        "intro": "i",
                        "wijken": [],
                        "start_in_days": 5,
                        "time": "14:00",
                    },
                ],
            }
        ],
        "standard_pages": [
            {
                "title": "Privacyverklaring",
                "slug": "privacyverklaring",
                "intro": "p",
                "body": ["b"],
            },
            {"title": "Toegankelijkheidsverklaring", "slug": "toegankelijkheidsverklaring"},
        ],
    },
    {
        "slug": "midden-limburg-west",
        "hostname": "midden-limburg-west.localhost",
        "title": "Wijkportaal Midden-Limburg West",
        "region_name": "Midden-Limburg West",
        "intro": "<p>x</p>",
        "gemeenten": [
            g(
                "Weert",
                "weert",
                "pilot",
                [("Weert-Centrum/Biest", "weert-centrum-biest", "pilot", "6001")],
            ),
            g("Leudal", "leudal", "pilot", [("Leudal West", "leudal-west", "pilot", "6093")]),
            g("Nederweert", "nederweert", "pilot", [("Ospel", "ospel", "pilot", "6035")]),
        ],
        "organisations": [],
        "standard_pages": [],
    },
]
