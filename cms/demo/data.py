"""Reads the demo content: shared.yaml plus one YAML file per region, checked and filled in."""

import datetime
import re
from dataclasses import dataclass
from pathlib import Path

import yaml

DATA_DIR = Path(__file__).resolve().parent
SHARED_FILE = "shared.yaml"
PLACEHOLDER = re.compile(r"\{(\w+)\}")

# Kinds of value that are text in a fixed ISO format, with the function that reads each.
DATE, DATETIME, TIME = "date (YYYY-MM-DD)", "date and time (YYYY-MM-DDTHH:MM)", "time (HH:MM)"
ISO_FORMATS = {
    DATE: datetime.date.fromisoformat,
    DATETIME: datetime.datetime.fromisoformat,
    TIME: datetime.time.fromisoformat,
}
TEXTS = "a mapping of names to text"

# The shape of each kind of record: key -> what its value must be. A key ending in "?" may be
# left out. A value is a Python type, an ISO format above, TEXTS, the name of another record
# kind, or a one-item list of one of these (a list of such values).
SHAPES: dict[str, dict[str, object]] = {
    "shared": {
        "regions": [str],
        "categories": ["term"],
        "target_groups": ["term"],
        "footer_text": str,
        "organisation_index": "index_page",
        "ontwikkeling_index": "index_page",
        "marketplace": "index_page",
        "standard_pages": ["standard_page"],
    },
    "term": {"slug": str, "nl": str, "en": str},
    "index_page": {"slug": str, "title": str, "intro": str},
    "standard_page": {"title": str, "slug": str, "intro?": str, "body?": [str]},
    "region": {
        "slug": str,
        "hostname": str,
        "is_default?": bool,
        "title": str,
        "region_name": str,
        "intro": str,
        "colours": "colours",
        "placeholders": TEXTS,
        "gemeenten": ["gemeente"],
        "organisations": ["organisation"],
    },
    "colours": {"primary": str, "accent": str},
    "gemeente": {
        "title": str,
        "slug": str,
        "phase": str,
        "pilot_date?": DATE,
        "live_date?": DATE,
        "intro?": str,
        "phone?": str,
        "email?": str,
        "website?": str,
        "cbs_code?": str,
        "wijken?": ["wijk"],
        "ontwikkelingen?": ["ontwikkeling"],
        "requests?": ["marketplace_item"],
        "offers?": ["marketplace_item"],
    },
    "wijk": {
        "title": str,
        "slug": str,
        "phase": str,
        "pilot_date?": DATE,
        "live_date?": DATE,
        "postcodes?": str,
        "intro?": str,
        "wijkteam_name?": str,
        "wijkteam_address?": str,
        "wijkteam_hours?": str,
        "phone?": str,
        "email?": str,
    },
    "ontwikkeling": {"title": str, "slug": str, "date": DATE, "intro": str, "body?": [str]},
    "marketplace_item": {
        "title": str,
        "slug": str,
        "category": str,
        "wijk": str,
        "description": str,
        "when?": str,
        "first_name": str,
    },
    "organisation": {
        "title": str,
        "slug": str,
        "kind": str,
        "intro": str,
        "body?": [str],
        "street?": str,
        "postcode?": str,
        "city?": str,
        "phone?": str,
        "email?": str,
        "website?": str,
        "wijken?": [str],
        "services?": ["service"],
        "activities?": ["activity"],
    },
    "service": {
        "title": str,
        "slug": str,
        "intro": str,
        "body?": [str],
        "categories?": [str],
        "target_groups?": [str],
        "wijken?": [str],
        "audience?": str,
        "cost?": str,
        "how_to_apply?": str,
        "opening_hours?": str,
    },
    "activity": {
        "title": str,
        "slug": str,
        "intro": str,
        "body?": [str],
        "categories?": [str],
        "target_groups?": [str],
        "wijken?": [str],
        "location_name?": str,
        "street?": str,
        "postcode?": str,
        "city?": str,
        "cost?": str,
        "registration?": str,
        "registration_info?": str,
        "start?": DATETIME,
        "start_in_days?": int,
        "time?": TIME,
        "duration_minutes?": int,
        "recurrence?": str,
        "series_end?": DATE,
        "exdates?": [DATE],
    },
}
TYPE_NAMES = {str: "text", bool: "true or false", int: "a whole number"}


class DemoDataError(ValueError):
    """A demo data file without the expected shape; the message names the file and the key."""


@dataclass(frozen=True)
class DemoContent:
    """The checked demo content: shared terms and texts, and the regions in loading order."""

    categories: list[dict]
    target_groups: list[dict]
    shared: dict
    regions: list[dict]


def read_demo_content(directory: Path = DATA_DIR) -> DemoContent:
    """Read and check shared.yaml and the region files it names; shared texts filled in."""
    shared = read_file(directory / SHARED_FILE, "shared")
    regions = []
    for slug in shared["regions"]:
        path = directory / f"{slug}.yaml"
        region = read_file(path, "region")
        if region["slug"] != slug:
            raise DemoDataError(f"{path}: slug is {region['slug']!r}, the file name says {slug!r}")
        values = {"region": region["region_name"], **region["placeholders"]}
        region["standard_pages"] = fill(shared["standard_pages"], values, f"{SHARED_FILE}, {path}")
        regions.append(region)
    return DemoContent(shared["categories"], shared["target_groups"], shared, regions)


def read_file(path: Path, kind: str) -> dict:
    """One YAML file, checked against the shape of its kind of record."""
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
    except (OSError, yaml.YAMLError) as error:
        raise DemoDataError(f"{path}: cannot be read: {error}") from error
    check(data, kind, path)
    return data


def check(value: object, expected: object, path: Path, key: str = "") -> None:
    """Raise DemoDataError, naming the file and key, when value is not what is expected."""
    if isinstance(expected, list):
        if not isinstance(value, list):
            raise problem(path, key, f"should be a list, not {value!r}")
        for index, item in enumerate(value):
            check(item, expected[0], path, f"{key}[{index}]")
    elif expected in SHAPES:
        check_record(value, expected, path, key)
    elif expected in ISO_FORMATS:
        try:
            ISO_FORMATS[expected](value)
        except (TypeError, ValueError):
            raise problem(path, key, f"should be a {expected} in quotes, not {value!r}") from None
    elif expected == TEXTS:
        if not isinstance(value, dict) or not all(isinstance(v, str) for v in value.values()):
            raise problem(path, key, f"should be {TEXTS}, not {value!r}")
    elif not isinstance(value, expected) or (expected is int and isinstance(value, bool)):
        raise problem(path, key, f"should be {TYPE_NAMES[expected]}, not {value!r}")


def check_record(value: object, kind: str, path: Path, key: str) -> None:
    """Check a mapping against SHAPES[kind]: no unknown keys, the required ones present."""
    if not isinstance(value, dict):
        raise problem(path, key, f"should be a mapping of keys (a {kind}), not {value!r}")
    shape = {name.rstrip("?"): expected for name, expected in SHAPES[kind].items()}
    prefix = f"{key}." if key else ""
    for name in value:
        if name not in shape:
            raise problem(path, prefix + name, f"is not a key of a {kind} ({', '.join(shape)})")
    for name in SHAPES[kind]:
        if not name.endswith("?") and name not in value:
            raise problem(path, prefix + name, "is missing")
    for name, item in value.items():
        check(item, shape[name], path, prefix + name)
    if kind == "activity" and "start" not in value and not {"start_in_days", "time"} <= set(value):
        raise problem(path, prefix + "start", "is missing (or give start_in_days and time)")


def problem(path: Path, key: str, message: str) -> DemoDataError:
    """The error for a value in a data file: its file, key (with list positions), what is wrong."""
    return DemoDataError(f"{path}: {key} {message}" if key else f"{path}: {message}")


def fill(value, values: dict[str, str], where: str):
    """Texts (in nested lists and mappings too) with each {name} replaced by values[name]."""
    if isinstance(value, dict):
        return {key: fill(item, values, where) for key, item in value.items()}
    if isinstance(value, list):
        return [fill(item, values, where) for item in value]
    if not isinstance(value, str):
        return value

    def replace(match: re.Match) -> str:
        if match.group(1) not in values:
            raise DemoDataError(f"{where}: no value for the placeholder {match.group(0)}")
        return values[match.group(1)]

    return PLACEHOLDER.sub(replace, value)
