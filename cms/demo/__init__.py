"""The two demo regions: their content is data, built into pages by ``manage.py load_demo``.

- ``shared.yaml``: what both regions share, written once (categories, target groups, the about,
  privacy and accessibility pages with ``{placeholders}``, the index pages and footer text);
- ``westelijke-mijnstreek.yaml``, ``midden-limburg-west.yaml``: one file per region;
- ``data.py`` reads and checks those files; ``loader.py`` creates what is missing.
"""

from .data import DemoContent, DemoDataError, read_demo_content
from .loader import DemoLoader, load_demo

__all__ = ["DemoContent", "DemoDataError", "DemoLoader", "load_demo", "read_demo_content"]
