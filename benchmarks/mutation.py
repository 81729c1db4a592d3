"""Mutation runs: how many small bugs in a module do its tests catch?

Makes one small change at a time to a module's syntax tree (a flipped comparison or Django
lookup such as ``end__gte`` -> ``end__gt``, a changed
number, string, slice or index, a dropped call such as ``.lower()`` or ``.public()``, a
skipped step, a removed statement, ``and`` swapped for ``or``, a dropped alternative of an
``or`` or element of a tuple, a regular expression's character class changed, an early
return...), runs the tests that pin that module against the mutant in a subprocess and counts
the mutants the tests kill (a failing test, a crash or a time-out). Prints every mutant that
survived and the score. Needs no network; the modules on disk are never changed.

Targets (``--target``; see TARGETS below for their modules and tests):

* ``text``: the Dutch text analysis (home/dutch.py); no database.
* ``rollout``: the rollout rule (wijken/rollout.py).
* ``visibility``: the public querysets (aanbod/visibility.py) and the stored visibility that
  keeps them (wijken/visibility_store.py).
* ``ratelimit``: the rate limits and the client address (aanbod/marketplace/ratelimit.py,
  home/clients.py).

Targets that need a database run on PostgreSQL (``DATABASE_URL``): each job gets its own test
database (``test_<name>_m<job>``), built once and kept (``--reuse-db``) so a mutant costs one
pytest start, not a migration. Without ``DATABASE_URL`` they run on SQLite (slower: every
mutant migrates its own in-memory database).

    .venv/bin/python benchmarks/mutation.py --target rollout --jobs 2
    .venv/bin/python benchmarks/mutation.py --target ratelimit --list     # only list the mutants
    .venv/bin/python benchmarks/mutation.py --module home/dutch.py --tests tests/search/


Exits 1 when the score is below ``--min-score`` (default 90).
"""

import argparse
import ast
import copy
import os
import queue
import random
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PYTEST_ARGS = ["-x", "-q", "-p", "no:randomly", "-p", "no:cacheprovider"]
TIMEOUT_SECONDS = 300  # a mutant that hangs counts as killed
FIRST_RUN_SECONDS = 1800  # the run on the unchanged code may first build a test database


@dataclass
class Target:
    """Modules to mutate and the tests that must catch the mutants."""

    modules: list[str]
    tests: list[str]
    database: bool = True


TARGETS = {
    "text": Target(["home/dutch.py"], ["tests/search/test_dutch.py"], database=False),
    "rollout": Target(
        ["wijken/rollout.py"], ["tests/portal/test_rollout_rule.py", "tests/portal/test_rollout.py"]
    ),
    "visibility": Target(
        ["aanbod/visibility.py", "wijken/visibility_store.py"],
        [
            "tests/portal/test_rollout_rule.py",
            "tests/portal/test_rollout.py",
            "tests/portal/test_stored_visibility.py",
        ],
    ),
    "ratelimit": Target(
        ["aanbod/marketplace/ratelimit.py", "home/clients.py"],
        ["tests/project/test_clients.py", "tests/marketplace/test_rate_limits.py"],
    ),
}

# Runs pytest with the mutant in place of the module (sys.argv: mutant path, module, args): an
# import hook hands out the mutant's file whenever the module is first imported, so modules
# that copy names from it (``from wijken.rollout import ...``) get the mutant's too.
BOOTSTRAP = """
import importlib.abc, importlib.util, sys
path, name, args = sys.argv[1], sys.argv[2], sys.argv[3:]

class Mutant(importlib.abc.MetaPathFinder):
    def find_spec(self, fullname, target_path=None, target=None):
        if fullname == name:
            return importlib.util.spec_from_file_location(name, path)
        return None

sys.meta_path.insert(0, Mutant())
import pytest
sys.exit(pytest.main(args))
"""

COMPARE_SWAPS = {
    ast.Lt: (ast.LtE, ast.GtE),
    ast.LtE: (ast.Lt, ast.Gt),
    ast.Gt: (ast.GtE, ast.LtE),
    ast.GtE: (ast.Gt, ast.Lt),
    ast.Eq: (ast.NotEq,),
    ast.NotEq: (ast.Eq,),
    ast.In: (ast.NotIn,),
    ast.NotIn: (ast.In,),
    ast.Is: (ast.IsNot,),
    ast.IsNot: (ast.Is,),
}
LOOKUP_SWAPS = {"gte": "gt", "gt": "gte", "lte": "lt", "lt": "lte"}
BINOP_SWAPS = {ast.Add: ast.Sub, ast.Sub: ast.Add, ast.Mult: ast.FloorDiv, ast.FloorDiv: ast.Mult}
WRAPPERS = {"sorted", "list", "tuple", "set", "frozenset", "reversed", "str"}
REGEX_FUNCTIONS = {"compile", "sub", "findall", "finditer", "search", "match", "fullmatch", "split"}
EMPTY_RETURNS = {"str": '""', "list": "[]", "tuple": "()", "bool": "False", "dict": "{}"}

Transform = Callable[[ast.AST], ast.AST]


@dataclass
class Mutant:
    """One changed copy of a module: which, where, what changed, and its source."""

    module: str
    line: int
    description: str
    source: str


@dataclass
class Variant:
    """A change one operator can make to one node."""

    description: str
    transform: Transform


def is_docstring(node: ast.AST) -> bool:
    """Whether a statement is a string on its own (a docstring)."""
    return (
        isinstance(node, ast.Expr)
        and isinstance(node.value, ast.Constant)
        and isinstance(node.value.value, str)
    )


def left_alone(tree: ast.Module) -> set[int]:
    """Nodes not worth mutating: docstrings, imports, annotations, decorators, dict literals."""
    skip: set[int] = set()

    def mark(node: ast.AST | None) -> None:
        if node is not None:
            skip.update(id(n) for n in ast.walk(node))

    for node in ast.walk(tree):
        if is_docstring(node) or isinstance(node, ast.Import | ast.ImportFrom | ast.Dict):
            mark(node)
        elif isinstance(node, ast.FunctionDef):
            mark(node.returns)
            for decorator in node.decorator_list:
                mark(decorator)
        elif isinstance(node, ast.arg | ast.AnnAssign):
            mark(node.annotation)
    return skip


def regex_variants(pattern: str) -> list[str]:
    """A regular expression with one character class or quantifier changed."""
    changes = [
        ("0-9", ""),
        ("a-z", "a-y"),
        ("_", ""),
        ("[^", "["),
        ("\\W", "\\w"),
        ("+", ""),
    ]
    return [pattern.replace(old, new, 1) for old, new in changes if old in pattern]


def segment(source: str, node: ast.AST) -> str:
    """A short quote of a node's source for a mutant's description."""
    text = ast.get_source_segment(source, node) or ast.unparse(node)
    text = " ".join(text.split())
    return text if len(text) <= 60 else text[:57] + "..."


def compare_variants(node: ast.Compare) -> Iterator[Variant]:
    """Each comparison flipped to its boundary or its opposite."""
    for index, op in enumerate(node.ops):
        for new_op in COMPARE_SWAPS.get(type(op), ()):

            def transform(n, index=index, new_op=new_op):
                n.ops[index] = new_op()
                return n

            yield Variant(f"{type(op).__name__} -> {new_op.__name__}", transform)


def boolop_variants(node: ast.BoolOp) -> Iterator[Variant]:
    """``and`` <-> ``or``, and each operand dropped."""
    other = ast.Or if isinstance(node.op, ast.And) else ast.And

    def swap(n):
        n.op = other()
        return n

    yield Variant(f"{type(node.op).__name__} -> {other.__name__}", swap)
    for index in range(len(node.values)):

        def drop(n, index=index):
            values = n.values[:index] + n.values[index + 1 :]
            return values[0] if len(values) == 1 else ast.BoolOp(op=n.op, values=values)

        yield Variant(f"drop operand {index + 1} of {type(node.op).__name__}", drop)


def constant_variants(node: ast.Constant, regex: bool) -> Iterator[Variant]:
    """Numbers +1 and 0, strings emptied (or regexes changed), booleans flipped."""
    value = node.value
    if isinstance(value, bool):
        yield Variant(f"{value} -> {not value}", lambda n: ast.Constant(not n.value))
    elif isinstance(value, int):
        yield Variant(f"{value} -> {value + 1}", lambda n: ast.Constant(n.value + 1))
        if value != 0:
            yield Variant(f"{value} -> 0", lambda n: ast.Constant(0))
    elif isinstance(value, str) and regex:
        for pattern in regex_variants(value):
            yield Variant(f"regex {value!r} -> {pattern!r}", lambda n, p=pattern: ast.Constant(p))
    elif isinstance(value, str):
        new = "" if value else "X"
        yield Variant(f"string -> {new!r}", lambda n, new=new: ast.Constant(new))


def call_variants(node: ast.Call, local_functions: set[str]) -> Iterator[Variant]:
    """Drop a call: ``x.lower()`` -> ``x``, ``sorted(x)`` -> ``x``, ``fold(x)`` -> ``x``."""
    func = node.func
    if isinstance(func, ast.Attribute) and not node.args and not node.keywords:
        yield Variant(f"drop .{func.attr}()", lambda n: n.func.value)
    elif isinstance(func, ast.Name) and len(node.args) == 1 and not node.keywords:
        if func.id in WRAPPERS or func.id in local_functions:
            yield Variant(f"drop {func.id}()", lambda n: n.args[0])
    elif isinstance(func, ast.Attribute) and func.attr == "normalize" and len(node.args) == 2:
        yield Variant("drop unicodedata.normalize()", lambda n: n.args[1])


def lookup_variants(node: ast.Call) -> Iterator[Variant]:
    """Django lookups moved across their boundary: ``end__gte=`` -> ``end__gt=`` and back."""
    for index, keyword in enumerate(node.keywords):
        field, _, lookup = (keyword.arg or "").rpartition("__")
        if field and lookup in LOOKUP_SWAPS:
            new = f"{field}__{LOOKUP_SWAPS[lookup]}"

            def transform(n, index=index, new=new):
                n.keywords[index].arg = new
                return n

            yield Variant(f"{keyword.arg}= -> {new}=", transform)


def subscript_variants(node: ast.Subscript) -> Iterator[Variant]:
    """Slices lose a bound (integer indices change as numbers do)."""
    index = node.slice
    if isinstance(index, ast.Slice):
        for bound in ("lower", "upper", "step"):
            if getattr(index, bound) is not None:

                def drop(n, bound=bound):
                    setattr(n.slice, bound, None)
                    return n

                yield Variant(f"drop slice {bound} bound", drop)


def body_variants(node: ast.AST, source: str) -> Iterator[tuple[Variant, ast.AST]]:
    """Inside functions: each statement removed; each ``if`` negated; a function returns early."""
    if isinstance(node, ast.FunctionDef):
        start = 1 if node.body and is_docstring(node.body[0]) else 0
        returns = ast.unparse(node.returns) if node.returns else ""
        empty = next((v for k, v in EMPTY_RETURNS.items() if returns.startswith(k)), None)
        if empty is not None:

            def early(n, start=start, empty=empty):
                n.body.insert(start, ast.parse(f"return {empty}").body[0])
                return n

            yield Variant(f"{node.name}() returns {empty} at once", early), node
    if isinstance(node, ast.If):

        def negate(n):
            n.test = ast.UnaryOp(op=ast.Not(), operand=n.test)
            return n

        yield Variant(f"if not ({segment(source, node.test)})", negate), node
    if isinstance(node, ast.IfExp):
        yield Variant("swap the two branches", lambda n: ast.IfExp(n.test, n.orelse, n.body)), node
    if isinstance(node, ast.comprehension) and node.ifs:

        def unfiltered(n):
            n.ifs = []
            return n

        yield Variant("drop the comprehension's filter", unfiltered), node.ifs[0]
    if isinstance(node, ast.Break | ast.Continue):
        other = ast.Continue if isinstance(node, ast.Break) else ast.Break
        yield (
            Variant(
                f"{type(node).__name__.lower()} -> {other.__name__.lower()}", lambda n: other()
            ),
            node,
        )
    for field in ("body", "orelse"):
        statements = getattr(node, field, None)
        if not isinstance(statements, list) or isinstance(node, ast.Module):
            continue
        for index, statement in enumerate(statements):
            if is_docstring(statement):
                continue

            def remove(n, field=field, index=index):
                getattr(n, field)[index] = ast.Pass()
                return n

            yield Variant(f"remove statement `{segment(source, statement)}`", remove), statement


def variants(node: ast.AST, source: str, context: "Context") -> Iterator[tuple[Variant, ast.AST]]:
    """Every (variant, node it is reported at) for one node."""
    if isinstance(node, ast.Compare):
        yield from ((v, node) for v in compare_variants(node))
    elif isinstance(node, ast.BoolOp):
        yield from ((v, node) for v in boolop_variants(node))
    elif isinstance(node, ast.UnaryOp) and isinstance(node.op, ast.Not):
        yield Variant("drop not", lambda n: n.operand), node
    elif isinstance(node, ast.BinOp) and type(node.op) in BINOP_SWAPS:
        new = BINOP_SWAPS[type(node.op)]

        def swap(n, new=new):
            n.op = new()
            return n

        yield Variant(f"{type(node.op).__name__} -> {new.__name__}", swap), node
    elif isinstance(node, ast.Constant):
        yield from ((v, node) for v in constant_variants(node, id(node) in context.regexes))
    elif isinstance(node, ast.Call):
        yield from ((v, node) for v in call_variants(node, context.functions))
        yield from ((v, node) for v in lookup_variants(node))
    elif isinstance(node, ast.Subscript):
        yield from ((v, node) for v in subscript_variants(node))
    elif isinstance(node, ast.Set | ast.Tuple | ast.List) and len(node.elts) > 1:
        for index, element in enumerate(node.elts):

            def drop(n, index=index):
                n.elts = n.elts[:index] + n.elts[index + 1 :]
                return n

            yield Variant(f"drop element {index + 1}", drop), element
    if id(node) in context.in_functions:
        yield from body_variants(node, source)


@dataclass
class Context:
    """What the operators need to know about the whole module."""

    regexes: set[int]  # ids of the pattern arguments of re.compile, re.sub...
    functions: set[str]  # the module's own functions (a call to one may be skipped)
    in_functions: set[int]  # ids of nodes inside a function (statements elsewhere stay)

    @classmethod
    def of(cls, tree: ast.Module) -> "Context":
        """The context of a parsed module."""
        regexes: set[int] = set()
        in_functions: set[int] = set()
        for node in ast.walk(tree):
            if isinstance(node, ast.FunctionDef):
                in_functions.update(id(n) for statement in node.body for n in ast.walk(statement))
                in_functions.add(id(node))
            elif (
                isinstance(node, ast.Call)
                and isinstance(node.func, ast.Attribute)
                and isinstance(node.func.value, ast.Name)
                and node.func.value.id == "re"
                and node.func.attr in REGEX_FUNCTIONS
                and node.args
                and isinstance(node.args[0], ast.Constant)
            ):
                regexes.add(id(node.args[0]))
        functions = {n.name for n in tree.body if isinstance(n, ast.FunctionDef)}
        return cls(regexes, functions, in_functions)


def replace(tree: ast.Module, old: ast.AST, new: ast.AST) -> None:
    """Put ``new`` where ``old`` is in the tree."""
    if new is old:
        return
    for parent in ast.walk(tree):
        for field, value in ast.iter_fields(parent):
            if value is old:
                setattr(parent, field, new)
                return
            if isinstance(value, list) and any(item is old for item in value):
                value[[id(item) for item in value].index(id(old))] = new
                return
    raise LookupError("node not found")


def mutants(source: str, module: str = "") -> list[Mutant]:
    """Every mutant of a module's source, in source order."""
    tree = ast.parse(source)
    skip, context = left_alone(tree), Context.of(tree)
    found: list[Mutant] = []
    for position, node in enumerate(ast.walk(tree)):
        if id(node) in skip:
            continue
        for variant, at in variants(node, source, context):
            fresh = copy.deepcopy(tree)  # same shape, so the node is at the same position
            target = list(ast.walk(fresh))[position]
            replace(fresh, target, variant.transform(target))
            ast.fix_missing_locations(fresh)
            where = segment(source, at) if hasattr(at, "lineno") else type(at).__name__
            line = getattr(at, "lineno", getattr(node, "lineno", 0))
            description = f"{variant.description}  [{where}]"
            found.append(Mutant(module, line, description, ast.unparse(fresh)))
    return sorted(found, key=lambda m: m.line)


def job_database_url(job: int) -> str | None:
    """DATABASE_URL for one job: its own database name, so jobs never share a test database."""
    url = os.environ.get("DATABASE_URL", "")
    if not url.startswith("postgres"):
        return None
    base, _, name = url.rpartition("/")
    return f"{base}/{name.split('?')[0]}_m{job}"


def run_tests(
    mutant: Mutant | None, tests: list[str], database: bool, job: int = 0
) -> tuple[bool, float]:
    """Whether the tests pass with the mutant in place (None: the real code), and how long."""
    # A fixed hash seed: a mutant that only changes the order of a set is judged the same way
    # on every run.
    env = {**os.environ, "DJANGO_SETTINGS_MODULE": "cms.settings.test", "PYTHONHASHSEED": "0"}
    env.pop("CI", None)
    args = [*PYTEST_ARGS, *tests]
    url = job_database_url(job) if database else None
    if url:
        env["DATABASE_URL"] = url
        args = ["--reuse-db", *args]
    else:
        env.pop("DATABASE_URL", None)  # SQLite (in memory)
    start = time.perf_counter()
    with tempfile.TemporaryDirectory() as folder:
        if mutant is None:
            command = [sys.executable, "-m", "pytest", *args]
        else:
            path = Path(folder) / "mutant.py"
            path.write_text(mutant.source)
            name = mutant.module.removesuffix(".py").replace("/", ".")
            command = [sys.executable, "-c", BOOTSTRAP, str(path), name, *args]
        try:
            result = subprocess.run(
                command,
                cwd=ROOT,
                env=env,
                capture_output=True,
                timeout=FIRST_RUN_SECONDS if mutant is None else TIMEOUT_SECONDS,
            )
            passed = result.returncode == 0
        except subprocess.TimeoutExpired:
            passed = False
    return passed, time.perf_counter() - start


def wilson_interval(killed: int, runs: int, z: float = 1.96) -> tuple[float, float]:
    """The 95% Wilson score interval (in %) of a kill rate measured on a sample."""
    if not runs:
        return 0.0, 100.0
    rate = killed / runs
    centre = (rate + z * z / (2 * runs)) / (1 + z * z / runs)
    spread = (
        z * ((rate * (1 - rate) / runs + z * z / (4 * runs * runs)) ** 0.5) / (1 + z * z / runs)
    )
    return 100 * (centre - spread), 100 * (centre + spread)


def main() -> int:
    """Run every mutant of a target against its tests and print the score."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--target", choices=sorted(TARGETS), default="text")
    parser.add_argument("--module", nargs="+", help="modules to mutate (instead of a target's)")
    parser.add_argument("--tests", nargs="+", help="tests to run (instead of a target's)")
    parser.add_argument("--jobs", type=int, default=1)
    parser.add_argument("--min-score", type=float, default=90.0)
    parser.add_argument("--list", action="store_true", help="list the mutants, run nothing")
    parser.add_argument("--sample", type=int, help="run a random sample of this many mutants")
    parser.add_argument("--seed", type=int, default=1, help="seed of the sample (1)")
    options = parser.parse_args()
    target = TARGETS[options.target]
    modules = options.module or target.modules
    tests = options.tests or target.tests
    found = [m for module in modules for m in mutants((ROOT / module).read_text(), module)]
    if options.list:
        for mutant in found:
            print(f"{mutant.module}:{mutant.line}: {mutant.description}")
        print(f"{len(found)} mutants")
        return 0
    total = len(found)
    if options.sample and options.sample < total:
        found = random.Random(options.seed).sample(found, options.sample)
        print(f"A random sample of {len(found)} of the {total} mutants (--seed {options.seed})")
    jobs = max(1, options.jobs)
    with ThreadPoolExecutor(max_workers=jobs) as pool:  # builds each job's database once
        baseline = list(pool.map(lambda j: run_tests(None, tests, target.database, j), range(jobs)))
    if not all(passed for passed, _ in baseline):
        print("The tests fail on the unchanged code; fix them first.")
        return 2
    seconds = min(s for _, s in baseline)
    where = "PostgreSQL" if target.database and job_database_url(0) else "SQLite"
    print(f"{len(found)} mutants of {' '.join(modules)}; tests {' '.join(tests)}")
    print(f"({where}, {jobs} jobs, {seconds:.1f} s per run on the unchanged code)", flush=True)
    free = queue.Queue()
    for job in range(jobs):
        free.put(job)
    survivors: list[Mutant] = []

    def judge(mutant: Mutant) -> tuple[Mutant, bool]:
        job = free.get()
        try:
            return mutant, run_tests(mutant, tests, target.database, job)[0]
        finally:
            free.put(job)

    started = time.perf_counter()
    with ThreadPoolExecutor(max_workers=jobs) as pool:
        for mutant, survived in pool.map(judge, found):
            verdict = "SURVIVED" if survived else "killed  "
            print(f"{verdict} {mutant.module}:{mutant.line}: {mutant.description}", flush=True)
            if survived:
                survivors.append(mutant)
    killed = len(found) - len(survivors)
    score = 100.0 * killed / len(found) if found else 100.0
    print()
    print(f"Survived ({len(survivors)}):")
    for mutant in survivors:
        print(f"  {mutant.module}:{mutant.line}: {mutant.description}")
    minutes = (time.perf_counter() - started) / 60
    print(
        f"Mutation score: {score:.1f}% ({killed} of {len(found)} mutants killed, {minutes:.1f} min)"
    )
    if len(found) < total:
        low, high = wilson_interval(killed, len(found))
        print(f"Sampled: the score of all {total} mutants lies in {low:.1f}-{high:.1f}% (95%)")
    return 0 if score >= options.min_score else 1


if __name__ == "__main__":
    sys.exit(main())
