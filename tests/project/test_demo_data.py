"""The demo content files: shared text written once, filled in per region, shape errors named."""

import shutil
from pathlib import Path

import pytest
import yaml

from cms.demo import DemoDataError, read_demo_content
from cms.demo.data import DATA_DIR, SHARED_FILE

REGION_FILES = ["westelijke-mijnstreek.yaml", "midden-limburg-west.yaml"]


def texts(value) -> list[str]:
    """Every text in a structure of lists and mappings."""
    if isinstance(value, dict):
        return [text for item in value.values() for text in texts(item)]
    if isinstance(value, list):
        return [text for item in value for text in texts(item)]
    return [value] if isinstance(value, str) else []


def raw(name: str, directory: Path = DATA_DIR) -> dict:
    """A data file as YAML gives it, before checks and placeholders."""
    return yaml.safe_load((directory / name).read_text(encoding="utf-8"))


def test_the_regions_are_read_in_their_loading_order():
    content = read_demo_content()
    assert [region["slug"] for region in content.regions] == [
        "westelijke-mijnstreek",
        "midden-limburg-west",
    ]
    assert [region.get("is_default", False) for region in content.regions] == [True, False]


def test_the_shared_pages_are_filled_in_for_each_region():
    for region in read_demo_content().regions:
        pages = {page["slug"]: page for page in region["standard_pages"]}
        assert list(pages) == [
            "over-het-wijkportaal",
            "privacyverklaring",
            "toegankelijkheidsverklaring",
        ]
        privacy = " ".join(pages["privacyverklaring"]["body"])
        assert f"Het wijkportaal {region['region_name']} wordt beheerd door" in privacy
        assert region["placeholders"]["contact_email"] in privacy
        assert region["placeholders"]["history"] in pages["over-het-wijkportaal"]["body"]
        assert not [text for text in texts(pages) if "{" in text or "}" in text]


def test_shared_text_is_written_once():
    """No region file repeats a sentence of shared.yaml, nor a paragraph of the other region."""
    regions = read_demo_content().regions
    filled = [text for region in regions for text in texts(region["standard_pages"])]
    shared = {text for text in filled + texts(raw(SHARED_FILE)) if len(text) >= 40}
    for name in REGION_FILES:
        data = raw(name)
        written_here = set(texts(data)) - set(data["placeholders"].values())
        assert written_here & shared == set(), name
    paragraphs = [{text for text in texts(raw(name)) if len(text) >= 80} for name in REGION_FILES]
    assert paragraphs[0] & paragraphs[1] == set()


@pytest.fixture
def data_copy(tmp_path: Path) -> Path:
    """A copy of the data files to break."""
    for path in DATA_DIR.glob("*.yaml"):
        shutil.copy(path, tmp_path / path.name)
    return tmp_path


def rewrite(directory: Path, name: str, change) -> None:
    """Load a data file, let change() edit it, write it back."""
    data = raw(name, directory)
    change(data)
    (directory / name).write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")


def error_for(directory: Path) -> str:
    """The message of the DemoDataError reading these files gives."""
    with pytest.raises(DemoDataError) as error:
        read_demo_content(directory)
    return str(error.value)


def test_a_missing_key_is_named_with_its_file_and_place(data_copy):
    rewrite(data_copy, REGION_FILES[0], lambda data: data["organisations"][1].pop("kind"))
    assert error_for(data_copy) == (
        f"{data_copy / REGION_FILES[0]}: organisations[1].kind is missing"
    )


def test_an_unknown_key_is_named(data_copy):
    rewrite(data_copy, REGION_FILES[1], lambda data: data["gemeenten"][0].update(titel="Weert"))
    message = error_for(data_copy)
    assert message.startswith(f"{data_copy / REGION_FILES[1]}: gemeenten[0].titel is not a key")


def test_a_date_must_be_quoted_iso_text(data_copy):
    def unquote(data):
        data["gemeenten"][0]["wijken"][0]["live_date"] = "1 oktober 2015"

    rewrite(data_copy, REGION_FILES[0], unquote)
    assert "gemeenten[0].wijken[0].live_date should be a date (YYYY-MM-DD)" in error_for(data_copy)


def test_a_wrong_type_is_named(data_copy):
    rewrite(data_copy, SHARED_FILE, lambda data: data["categories"][2].update(nl=["Klussen"]))
    assert error_for(data_copy) == (
        f"{data_copy / SHARED_FILE}: categories[2].nl should be text, not ['Klussen']"
    )


def test_an_activity_needs_a_start(data_copy):
    rewrite(
        data_copy,
        REGION_FILES[0],
        lambda data: data["organisations"][0]["activities"][0].pop("start"),
    )
    assert "organisations[0].activities[0].start is missing" in error_for(data_copy)


def test_a_placeholder_without_a_value_is_named(data_copy):
    rewrite(data_copy, REGION_FILES[1], lambda data: data["placeholders"].pop("contact_phone"))
    message = error_for(data_copy)
    assert str(data_copy / REGION_FILES[1]) in message
    assert "no value for the placeholder {contact_phone}" in message


def test_a_region_file_must_match_its_name(data_copy):
    rewrite(data_copy, REGION_FILES[1], lambda data: data.update(slug="midden-limburg"))
    assert "slug is 'midden-limburg', the file name says 'midden-limburg-west'" in error_for(
        data_copy
    )
