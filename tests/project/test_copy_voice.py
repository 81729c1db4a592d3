"""The portal speaks one way: Dutch copy says "je" to the reader, never "u" (docs/copy.md)."""

import ast
import re
from collections.abc import Iterator
from pathlib import Path

import pytest
import yaml

ROOT = Path(__file__).resolve().parents[2]
APPS = ("cms", "search", "aanbod", "wijken", "home")
CATALOGUE = ROOT / "locale" / "en" / "LC_MESSAGES" / "django.po"
GETTEXT_CALLS = {
    "_",
    "gettext",
    "gettext_lazy",
    "ngettext",
    "ngettext_lazy",
    "pgettext",
    "pgettext_lazy",
}

FORMAL = re.compile(r"\b(u|uw|uwe|uzelf)\b", re.IGNORECASE)
# Whole Dutch texts where "u" is not the reader (a unit, a quoted name); add with a reason.
ALLOWED: frozenset[str] = frozenset()

TAG = re.compile(r"\{%(.*?)%\}", re.DOTALL)
QUOTED = re.compile(r'"([^"]*)"|\'([^\']*)\'')
VARIABLE_OR_COMMENT = re.compile(r"\{\{.*?\}\}|\{#.*?#\}", re.DOTALL)


def formal_words(text: str) -> list[str]:
    """The formal forms of address ("u", "uw", "uzelf") in a Dutch text, unless it is allowed."""
    if text in ALLOWED:
        return []
    return FORMAL.findall(text)


def template_text(source: str) -> str:
    """What a template says: its literal text and the quoted strings in its tags, no variables."""
    source = VARIABLE_OR_COMMENT.sub(" ", source)
    return TAG.sub(lambda tag: " ".join(a or b for a, b in QUOTED.findall(tag.group(1))), source)


def template_files() -> Iterator[Path]:
    """Every template of the project: the shared folder and any app's own templates."""
    folders = [ROOT / "templates", *(ROOT / app / "templates" for app in APPS)]
    for folder in folders:
        yield from (path for path in sorted(folder.rglob("*")) if path.suffix in {".html", ".txt"})


def gettext_strings(path: Path) -> Iterator[tuple[int, str]]:
    """The string literals a module hands to gettext, with their line numbers."""
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Call) and getattr(node.func, "id", None) in GETTEXT_CALLS:
            for arg in node.args:
                if isinstance(arg, ast.Constant) and isinstance(arg.value, str):
                    yield node.lineno, arg.value


def catalogue_msgids(path: Path) -> list[str]:
    """The Dutch source strings (msgid and msgid_plural) of a .po catalogue."""
    ids, current = [], None
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.startswith(("msgid ", "msgid_plural ")):
            current = [ast.literal_eval(line.split(" ", 1)[1])]
            ids.append(current)
        elif line.startswith('"') and current is not None:
            current.append(ast.literal_eval(line))
        else:
            current = None
    return ["".join(parts) for parts in ids]


def yaml_strings(value) -> Iterator[str]:
    """Every string in a loaded YAML document."""
    if isinstance(value, str):
        yield value
    elif isinstance(value, dict):
        for item in value.values():
            yield from yaml_strings(item)
    elif isinstance(value, list):
        for item in value:
            yield from yaml_strings(item)


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("Heeft u een vraag?", ["u"]),
        ("Uw bericht is verstuurd.", ["Uw"]),
        ("Neem tijd voor uzelf.", ["uzelf"]),
        ("U kunt gewoon binnenlopen.", ["U"]),
        ("Heb je een vraag? Nu of uiterlijk om 12 uur, uit je eigen huis.", []),
        ("Je bericht staat online tot 1 juni.", []),
    ],
)
def test_the_check_finds_formal_address_and_nothing_else(text, found):
    assert formal_words(text) == found


def test_template_text_keeps_translated_strings_and_drops_variables():
    source = '{% trans "Bevestig uw bericht" %} {{ u.name }} {# u #} <p>Welkom</p>'
    assert formal_words(template_text(source)) == ["uw"]


def test_templates_say_je():
    offenders = [
        f"{path.relative_to(ROOT)}: {words}"
        for path in template_files()
        if (words := formal_words(template_text(path.read_text(encoding="utf-8"))))
    ]
    assert not offenders, "Templates address the reader with 'u':\n" + "\n".join(offenders)


def test_gettext_strings_in_python_say_je():
    offenders = [
        f"{path.relative_to(ROOT)}:{line}: {text!r}"
        for app in APPS
        for path in sorted((ROOT / app).rglob("*.py"))
        if "migrations" not in path.parts
        for line, text in gettext_strings(path)
        if formal_words(text)
    ]
    assert not offenders, "Python messages address the reader with 'u':\n" + "\n".join(offenders)


def test_catalogue_msgids_say_je():
    offenders = [msgid for msgid in catalogue_msgids(CATALOGUE) if formal_words(msgid)]
    assert not offenders, "Dutch msgids address the reader with 'u':\n" + "\n".join(offenders)


def test_demo_content_says_je():
    offenders = [
        f"{path.name}: {text[:80]!r}"
        for path in sorted((ROOT / "cms" / "demo").glob("*.yaml"))
        for text in yaml_strings(yaml.safe_load(path.read_text(encoding="utf-8")))
        if formal_words(text)
    ]
    assert not offenders, "Demo content addresses the reader with 'u':\n" + "\n".join(offenders)
