"""The house rules a newcomer relies on: no import rings, no borrowed private names, small rooms."""

import ast
from pathlib import Path

from django.utils.module_loading import import_string

import grimp
import pytest
from django_tasks.base import Task

ROOT = Path(__file__).resolve().parents[2]
APPS = ("cms", "search", "aanbod", "wijken", "home", "outbox")
AANBOD_PACKAGES = (
    "agenda",
    "agenda/import_",
    "agenda/words",
    "marketplace",
    "widget",
    "editorial",
    "spreadsheets",
    "models",
)


def _app_modules() -> list[Path]:
    return [
        path
        for app in APPS
        for path in (ROOT / app).rglob("*.py")
        if "migrations" not in path.parts
    ]


def _is_lazy_model_lookup(graph, importer: str, imported: str) -> bool:
    """A page model importing what it shows inside a method: the one ring the house allows."""
    if ".models" not in importer:
        return False
    details = graph.get_import_details(importer=importer, imported=imported)
    return (
        bool(details)
        and all(d["line_contents"].startswith(" ") or True for d in details)
        and all(_indented(importer, d["line_number"]) for d in details)
    )


def _indented(module: str, line_number: int) -> bool:
    path = ROOT.joinpath(*module.split("."))
    path = path / "__init__.py" if path.is_dir() else path.with_suffix(".py")
    return path.read_text().splitlines()[line_number - 1].startswith(" ")


def _cycles(edges: dict[str, set[str]]) -> list[list[str]]:
    """Strongly connected groups of more than one module (Tarjan)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    found: list[list[str]] = []

    def visit(node: str) -> None:
        index[node] = low[node] = len(index)
        stack.append(node)
        for nxt in edges.get(node, ()):
            if nxt not in index:
                visit(nxt)
                low[node] = min(low[node], low[nxt])
            elif nxt in stack:
                low[node] = min(low[node], index[nxt])
        if low[node] == index[node]:
            group = []
            while True:
                item = stack.pop()
                group.append(item)
                if item == node:
                    break
            if len(group) > 1:
                found.append(sorted(group))

    for node in sorted(edges):
        if node not in index:
            visit(node)
    return found


def test_no_import_rings_except_models_looking_up_their_rules_lazily():
    graph = grimp.build_graph(*APPS)
    edges = {}
    for module in graph.modules:
        edges[module] = {
            imported
            for imported in graph.find_modules_directly_imported_by(module)
            if not _is_lazy_model_lookup(graph, module, imported)
        }
    assert _cycles(edges) == []


def test_no_module_imports_another_modules_private_name():
    borrowed = []
    for path in _app_modules():
        for node in ast.walk(ast.parse(path.read_text())):
            if isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
                if node.module.split(".")[0] not in APPS:
                    continue
                borrowed += [
                    f"{path.relative_to(ROOT)}: {node.module}.{alias.name}"
                    for alias in node.names
                    if alias.name.startswith("_") and not alias.name.startswith("__")
                ]
    assert borrowed == []


@pytest.mark.parametrize("package", AANBOD_PACKAGES)
def test_each_aanbod_package_says_what_it_owns_and_stays_small(package):
    folder = ROOT / "aanbod" / package
    docstring = ast.get_docstring(ast.parse((folder / "__init__.py").read_text()))
    assert docstring, f"aanbod/{package}/__init__.py needs a docstring saying what it owns"
    lines = sum(len(path.read_text().splitlines()) for path in folder.glob("*.py"))
    assert lines <= 1500


def test_every_module_says_what_it_is_for():
    missing = [
        str(path.relative_to(ROOT))
        for path in _app_modules()
        if path.stat().st_size and not ast.get_docstring(ast.parse(path.read_text()))
    ]
    assert missing == []


MAIL_SENDERS = {
    "send_mail",
    "send_mass_mail",
    "mail_admins",
    "mail_managers",
    "email_user",
    "EmailMessage",
    "EmailMultiAlternatives",
}


def _sends_mail_itself(tree: ast.AST) -> list[str]:
    """What in a module talks to the mail server without the outbox: imports and calls."""
    found = []
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom) and node.module:
            names = {alias.name for alias in node.names}
            if node.module.startswith("django.core.mail") or (
                node.module == "django.core" and "mail" in names
            ):
                found.append(f"line {node.lineno}: from {node.module} import {', '.join(names)}")
        elif isinstance(node, ast.Import):
            found += [
                f"line {node.lineno}: import {alias.name}"
                for alias in node.names
                if alias.name.startswith("django.core.mail")
            ]
        elif isinstance(node, ast.Call):
            name = getattr(node.func, "id", None) or getattr(node.func, "attr", None)
            if name in MAIL_SENDERS:
                found.append(f"line {node.lineno}: {name}(...)")
    return found


def test_every_mail_goes_through_the_outbox():
    """Only the outbox app talks to the mail server; everyone else calls queue_mail."""
    direct = [
        f"{path.relative_to(ROOT)} {what}"
        for path in _app_modules()
        if path.relative_to(ROOT).parts[0] != "outbox"
        for what in _sends_mail_itself(ast.parse(path.read_text()))
    ]
    assert direct == []


OLD_TASK_PATHS = [
    "aanbod.tasks.send_invitation",
    "aanbod.tasks.deliver_mail",
    "aanbod.tasks.send_queued_mail",
    "aanbod.tasks.daily_maintenance",
    "aanbod.tasks.purge_personal_data",
    "aanbod.tasks.send_digests",
    "aanbod.tasks.send_freshness_reminders",
    "aanbod.tasks.unpublish_ended_activities",
    "aanbod.tasks.import_calendar",
    "aanbod.tasks.import_calendars",
]


@pytest.mark.parametrize("path", OLD_TASK_PATHS)
def test_tasks_queued_under_their_old_path_still_run(path):
    """django-tasks rows store the dotted path; the worker must still find a task there."""
    assert isinstance(import_string(path), Task)
