# ruff: noqa: RUF001 (the sentences use the en dash between times, as residents read them)
"""Schedules in words: the sentence, the widget's round trip with the stored RRULE, the edit form.

The form tests post the real Wagtail edit form as an organisation editor. Time is fixed on
Monday 4 January 2027.
"""

import datetime
from zoneinfo import ZoneInfo

from django.contrib.auth import get_user_model
from django.utils import translation

from wagtail.test.utils.form_data import nested_form_data, streamfield
from wagtail.users.models import UserProfile

import pytest
import time_machine

from aanbod.agenda.words import rules
from aanbod.agenda.words.describe import describe_schedule
from aanbod.models import ActivityExceptionDate, ActivityPage
from tests import factories as f
from tests.roles import organisation_editor

TZ = ZoneInfo("Europe/Amsterdam")
NOW = datetime.datetime(2027, 1, 4, 9, 0, tzinfo=TZ)
START = datetime.datetime(2027, 1, 12, 10, 0, tzinfo=TZ)  # the second Tuesday of January
END = START + datetime.timedelta(hours=2)

SENTENCES = [
    ("", None, "Eén keer, op dinsdag 12 januari 2027, 10:00–12:00",
     "Once, on Tuesday 12 January 2027, 10:00–12:00"),
    ("FREQ=DAILY", None, "Elke dag, 10:00–12:00", "Every day, 10:00–12:00"),
    ("FREQ=DAILY;INTERVAL=3", None, "Om de 3 dagen, 10:00–12:00", "Every 3 days, 10:00–12:00"),
    ("FREQ=WEEKLY;BYDAY=TU", None, "Elke dinsdag, 10:00–12:00", "Every Tuesday, 10:00–12:00"),
    ("FREQ=WEEKLY;INTERVAL=2;BYDAY=MO,TU,FR", None,
     "Om de 2 weken op maandag, dinsdag en vrijdag, 10:00–12:00",
     "Every 2 weeks on Monday, Tuesday and Friday, 10:00–12:00"),
    ("FREQ=MONTHLY;BYMONTHDAY=12", None, "Elke maand op de 12e, 10:00–12:00",
     "Every month on the 12th, 10:00–12:00"),
    ("FREQ=MONTHLY;INTERVAL=3;BYMONTHDAY=1", None, "Om de 3 maanden op de 1e, 10:00–12:00",
     "Every 3 months on the 1st, 10:00–12:00"),
    ("FREQ=MONTHLY;BYDAY=2TU", datetime.date(2027, 6, 30),
     "Elke tweede dinsdag van de maand, 10:00–12:00, tot en met 30 juni 2027",
     "Every second Tuesday of the month, 10:00–12:00, until 30 June 2027"),
    ("FREQ=MONTHLY;BYDAY=-1TU;COUNT=6", datetime.date(2027, 6, 29),
     "Elke laatste dinsdag van de maand, 10:00–12:00, 6 keer",
     "Every last Tuesday of the month, 10:00–12:00, 6 times"),
    ("FREQ=MONTHLY;INTERVAL=2;BYDAY=TU;BYSETPOS=2", None,
     "Om de 2 maanden op de tweede dinsdag, 10:00–12:00",
     "Every 2 months on the second Tuesday, 10:00–12:00"),
    # Imported rules the widget cannot show still read as words.
    ("FREQ=YEARLY;BYMONTH=5;BYMONTHDAY=4", None, "Elk jaar in mei op de 4e, 10:00–12:00",
     "Every year in May on the 4th, 10:00–12:00"),
    ("FREQ=MONTHLY;BYDAY=1TU,3TU", None,
     "Elke maand op de eerste dinsdag en de derde dinsdag, 10:00–12:00",
     "Every month on the first Tuesday and the third Tuesday, 10:00–12:00"),
]  # fmt: skip


@pytest.mark.parametrize(("rule", "series_end", "dutch", "english"), SENTENCES)
def test_the_schedule_reads_back_as_a_sentence_in_dutch_and_english(
    rule, series_end, dutch, english
):
    assert describe_schedule(rule, START, END, series_end) == dutch
    with translation.override("en"):
        assert describe_schedule(rule, START, END, series_end) == english


ROUND_TRIPS = [
    rules.Schedule(),
    rules.Schedule(kind=rules.DAILY),
    rules.Schedule(kind=rules.DAILY, interval=2, ends=rules.COUNT, count=10),
    rules.Schedule(kind=rules.WEEKLY, weekdays=("TU",)),
    rules.Schedule(kind=rules.WEEKLY, interval=3, weekdays=("MO", "SA", "SU")),
    rules.Schedule(kind=rules.MONTHLY, month_day=31),
    rules.Schedule(kind=rules.MONTHLY, monthly_by=rules.BY_WEEKDAY, ordinal=2, ordinal_weekday="TU",
                   ends=rules.UNTIL, until=datetime.date(2027, 6, 30)),
    rules.Schedule(kind=rules.MONTHLY, interval=2, monthly_by=rules.BY_WEEKDAY, ordinal=-1,
                   ordinal_weekday="FR"),
]  # fmt: skip


@pytest.mark.parametrize(
    "schedule", ROUND_TRIPS, ids=lambda s: rules.rule_from_schedule(s) or "once"
)
def test_every_kind_of_schedule_survives_the_trip_through_the_stored_rule(schedule):
    rule = rules.rule_from_schedule(schedule)
    series_end = schedule.until if schedule.ends == rules.UNTIL else None
    assert rules.schedule_from_rule(rule, series_end, START) == schedule


@pytest.mark.parametrize(
    ("rule", "expected"),
    [
        ("FREQ=WEEKLY", rules.Schedule(kind=rules.WEEKLY, weekdays=("TU",))),  # the start's day
        ("FREQ=WEEKLY;WKST=SU;BYDAY=TU", rules.Schedule(kind=rules.WEEKLY, weekdays=("TU",))),
        (
            "FREQ=MONTHLY;BYDAY=TU;BYSETPOS=2",  # Outlook's way of writing "2TU"
            rules.Schedule(kind=rules.MONTHLY, monthly_by=rules.BY_WEEKDAY, ordinal=2,
                           ordinal_weekday="TU"),
        ),
        ("FREQ=MONTHLY", rules.Schedule(kind=rules.MONTHLY, month_day=12)),
    ],
)  # fmt: skip
def test_imported_rules_written_another_way_still_show_in_the_widget(rule, expected):
    assert rules.schedule_from_rule(rule, None, START) == expected


@pytest.mark.parametrize(
    "rule",
    [
        "FREQ=YEARLY;BYMONTH=5;BYMONTHDAY=4",
        "FREQ=MONTHLY;BYDAY=1TU,3TU",
        "FREQ=MONTHLY;BYMONTHDAY=1,15",
        "FREQ=WEEKLY;INTERVAL=2;WKST=SU;BYDAY=TU",
        "FREQ=WEEKLY;BYDAY=TU;BYHOUR=10,14",
        "FREQ=DAILY;BYMONTH=6,7,8",
        "FREQ=MONTHLY;BYDAY=5TU",
    ],
)
def test_rules_the_widget_cannot_show_are_recognised(rule):
    assert rules.schedule_from_rule(rule, None, START) is None


def test_after_n_times_stores_the_date_of_the_last_time_as_series_end():
    schedule = rules.Schedule(
        kind=rules.MONTHLY,
        monthly_by=rules.BY_WEEKDAY,
        ordinal=2,
        ordinal_weekday="TU",
        ends=rules.COUNT,
        count=3,
    )
    assert rules.rule_from_schedule(schedule) == "FREQ=MONTHLY;BYDAY=2TU;COUNT=3"
    assert rules.series_end_for(schedule, START) == datetime.date(2027, 3, 9)


# -- the edit form ----------------------------------------------------------------------------


@pytest.fixture
def editor_client(client, tree):
    """An organisation editor of the test tree's organisation, logged in, on 4 January 2027."""
    with time_machine.travel(NOW, tick=False):
        client.force_login(organisation_editor(tree.organisation, "els"))
        yield client


def _data(**schedule) -> dict:
    """The activity form as an editor fills it in, with the widget's choices given."""
    values = {
        "title": "Repair café",
        "slug": "repair-cafe",
        "intro": "Samen spullen repareren.",
        "body": streamfield([]),
        "start_0": "12-1-2027",  # the date and time boxes, as Dutch editors type them
        "start_1": "10:00",
        "end_0": "12-1-2027",
        "end_1": "12:00",
        "registration": "none",
        "comments": {"TOTAL_FORMS": 0, "INITIAL_FORMS": 0},
        "schedule_kind": "once",
        "schedule_interval": "1",
        "schedule_monthly_by": "date",
        "schedule_month_day": "12",
        "schedule_ordinal": "1",
        "schedule_ordinal_weekday": "MO",
        "schedule_ends": "never",
        "action-publish": "publish",
    }
    lists = {k: v for k, v in schedule.items() if isinstance(v, list)}
    values.update({k: v for k, v in schedule.items() if k not in lists})
    return {**nested_form_data(values), **lists}


def _add(client, tree, **schedule):
    return client.post(
        f"/admin/pages/add/aanbod/activitypage/{tree.organisation.pk}/", _data(**schedule)
    )


def _created():
    return ActivityPage.objects.get(slug="repair-cafe")


def test_editor_makes_a_second_tuesday_activity_and_cancels_a_date(editor_client, tree):
    response = _add(
        editor_client,
        tree,
        schedule_kind="monthly",
        schedule_monthly_by="weekday",
        schedule_ordinal="2",
        schedule_ordinal_weekday="TU",
        schedule_ends="until",
        schedule_until="2027-06-30",
        schedule_cancelled=["2027-03-09"],
    )
    assert response.status_code == 302, response.get("Location")
    page = _created()
    assert page.live
    assert (page.recurrence, page.series_end) == (
        "FREQ=MONTHLY;BYDAY=2TU",
        datetime.date(2027, 6, 30),
    )
    assert page.excluded_dates == [datetime.date(2027, 3, 9)]
    days = [o.date for o in page.occurrences(NOW)]
    assert days == [
        datetime.date(2027, m, d) for m, d in [(1, 12), (2, 9), (4, 13), (5, 11), (6, 8)]
    ]

    html = editor_client.get(f"/admin/pages/{page.pk}/edit/").content.decode()
    assert "Elke tweede dinsdag van de maand, 10:00–12:00, tot en met 30 juni 2027" in html
    assert "dinsdag 9 maart 2027" in html and "FREQ=" not in html and "RRULE" not in html


def test_after_n_times_and_every_other_week_are_stored_as_a_rule(editor_client, tree):
    response = _add(
        editor_client,
        tree,
        schedule_kind="weekly",
        schedule_interval="2",
        schedule_weekdays=["TU", "TH"],
        schedule_ends="count",
        schedule_count="4",
    )
    assert response.status_code == 302
    page = _created()
    assert page.recurrence == "FREQ=WEEKLY;INTERVAL=2;BYDAY=TU,TH;COUNT=4"
    assert page.series_end == datetime.date(2027, 1, 28)
    assert len(page.occurrences(NOW)) == 4


@pytest.mark.parametrize(
    ("choices", "field", "message"),
    [
        ({"schedule_kind": "weekly"}, "schedule_weekdays", "Kies minstens één dag van de week."),
        (
            {"schedule_kind": "daily", "schedule_interval": "nul"},
            "schedule_interval",
            'Vul bij "om de hoeveel" een getal van 1 tot en met 99 in.',
        ),
        (
            {"schedule_kind": "daily", "schedule_ends": "until"},
            "schedule_until",
            "Vul de datum van de laatste keer in.",
        ),
        (
            {"schedule_kind": "daily", "schedule_ends": "until", "schedule_until": "2027-01-01"},
            "schedule_until",
            "De laatste keer kan niet voor de eerste keer liggen.",
        ),
        (
            {"schedule_kind": "daily", "schedule_ends": "count", "schedule_count": "0"},
            "schedule_count",
            "Vul in hoe vaak de activiteit plaatsvindt: een getal van 1 tot en met 2000.",
        ),
        (
            {"schedule_kind": "monthly", "schedule_month_day": "32"},
            "schedule_month_day",
            "Vul een dag van de maand in: 1 tot en met 31.",
        ),
        (
            {"schedule_kind": "weekly", "schedule_weekdays": ["WE"]},
            "start",
            "De eerste keer (12 januari 2027) valt niet op een dag van deze herhaling. "
            'Vul bij "eerste keer" een datum in die wel past, bijvoorbeeld 13 januari 2027.',
        ),
    ],
)
def test_wrong_choices_give_an_error_in_words_and_save_nothing(
    editor_client, tree, choices, field, message
):
    response = _add(editor_client, tree, **choices)
    assert response.status_code == 200
    form = response.context["form"]
    assert form.errors[field] == [message]
    assert not ActivityPage.objects.filter(slug="repair-cafe").exists()


def test_an_english_editor_gets_the_errors_in_english(editor_client, tree):
    profile = UserProfile.get_for_user(get_user_model().objects.get(username="els"))
    profile.preferred_language = "en"
    profile.save()
    response = _add(editor_client, tree, schedule_kind="weekly")
    html = response.content.decode()
    assert "Choose at least one day of the week." in html and "How often" in html


def _boxes(name: str, moment: datetime.datetime) -> dict:
    """A date-time field's date and time boxes, as an editor types them (8-12-2026, 10:00)."""
    return {
        f"{name}_0": f"{moment.day}-{moment.month}-{moment.year}",
        f"{name}_1": moment.strftime("%H:%M"),
    }


def _edit_data(page, **changes) -> dict:
    values = {
        "title": page.title,
        "slug": page.slug,
        "intro": page.intro,
        "body": streamfield([]),
        **_boxes("start", page.start.astimezone(TZ)),
        **_boxes("end", page.end.astimezone(TZ)),
        "registration": page.registration,
        "comments": {"TOTAL_FORMS": 0, "INITIAL_FORMS": 0},
        "action-publish": "publish",
    }
    lists = {k: v for k, v in changes.items() if isinstance(v, list)}
    values.update({k: v for k, v in changes.items() if k not in lists})
    return {**nested_form_data(values), **lists}


def _unchanged_widget(client, page) -> dict:
    """The widget's fields exactly as the edit form renders them (what a browser sends back)."""
    form = client.get(f"/admin/pages/{page.pk}/edit/").context["form"]
    values = {}
    for name in form.fields:
        if name.startswith("schedule_") and name != "schedule_cancelled":
            value = form[name].value()
            if value not in (None, "", []):
                values[name] = [str(v) for v in value] if isinstance(value, list) else str(value)
    values["schedule_cancelled"] = [str(v) for v in form.initial.get("schedule_cancelled", [])]
    return values


@pytest.mark.parametrize(
    ("rule", "series_end"),
    [
        ("FREQ=WEEKLY;WKST=MO;BYDAY=TU", datetime.date(2027, 5, 25)),  # shown in the widget
        ("FREQ=MONTHLY;BYDAY=TU;BYSETPOS=2", None),  # shown in the widget
        ("FREQ=MONTHLY;BYDAY=1TU,3TU", datetime.date(2027, 12, 31)),  # read-only
        ("FREQ=YEARLY;BYMONTH=1;BYMONTHDAY=12", None),  # read-only
    ],
)
def test_saving_the_form_keeps_an_imported_rule_exactly(editor_client, tree, rule, series_end):
    page = f.ActivityPageFactory(
        parent=tree.organisation,
        start=START,
        end=END,
        recurrence=rule,
        series_end=series_end,
        ical_uid="koffie@buurtagenda.test",
    )
    page.exception_dates = [
        ActivityExceptionDate(date=datetime.date(2026, 12, 1)),  # past: not shown, kept
        ActivityExceptionDate(date=datetime.date(2027, 1, 19)),
    ]
    page.save_revision().publish()
    html = editor_client.get(f"/admin/pages/{page.pk}/edit/").content.decode()
    assert describe_schedule(rule, START, END, series_end) in html
    assert "FREQ=" not in html
    read_only = rules.schedule_from_rule(rule, series_end, START) is None
    assert ("komt uit een gekoppelde agenda" in html) == read_only

    data = _edit_data(page, **_unchanged_widget(editor_client, page))
    response = editor_client.post(f"/admin/pages/{page.pk}/edit/", data)
    assert response.status_code == 302, response.context["form"].errors
    page = ActivityPage.objects.get(pk=page.pk)
    assert (page.recurrence, page.series_end) == (rule, series_end)
    assert page.excluded_dates == [datetime.date(2026, 12, 1), datetime.date(2027, 1, 19)]


def test_a_read_only_rule_is_replaced_only_when_the_editor_asks(editor_client, tree):
    page = f.ActivityPageFactory(
        parent=tree.organisation, start=START, end=END, recurrence="FREQ=MONTHLY;BYDAY=1TU,3TU"
    )
    choices = {"schedule_kind": "weekly", "schedule_weekdays": ["TU"], "schedule_ends": "never"}
    editor_client.post(f"/admin/pages/{page.pk}/edit/", _edit_data(page, **choices))
    page = ActivityPage.objects.get(pk=page.pk)
    assert page.recurrence == "FREQ=MONTHLY;BYDAY=1TU,3TU"
    editor_client.post(
        f"/admin/pages/{page.pk}/edit/", _edit_data(page, schedule_replace="on", **choices)
    )
    page = ActivityPage.objects.get(pk=page.pk)
    assert page.recurrence == "FREQ=WEEKLY;BYDAY=TU"


def test_unticking_a_cancelled_date_restores_it(editor_client, tree):
    page = f.ActivityPageFactory(parent=tree.organisation, start=START, end=END)
    page.exception_dates = [ActivityExceptionDate(date=datetime.date(2027, 1, 19))]
    page.save_revision().publish()
    widget = {**_unchanged_widget(editor_client, page), "schedule_cancelled": []}
    response = editor_client.post(f"/admin/pages/{page.pk}/edit/", _edit_data(page, **widget))
    assert response.status_code == 302, response.context["form"].errors
    page = ActivityPage.objects.get(pk=page.pk)
    assert page.excluded_dates == []
    assert datetime.date(2027, 1, 19) in [o.date for o in page.occurrences(NOW)]


def test_the_live_preview_shows_the_sentence_and_the_next_dates(editor_client, tree):
    data = _data(
        schedule_kind="monthly",
        schedule_monthly_by="weekday",
        schedule_ordinal="2",
        schedule_ordinal_weekday="TU",
        schedule_cancelled=["2027-02-09"],
        schedule_ends="until",
        schedule_until="2027-12-31",
    )
    response = editor_client.post("/admin/herhaling/voorbeeld/", data)
    html = response.content.decode()
    assert response.status_code == 200
    assert "Elke tweede dinsdag van de maand, 10:00–12:00, tot en met 31 december 2027" in html
    assert html.count('type="checkbox"') == 8
    assert 'value="2027-02-09" id="schedule-cancel-2027-02-09" checked' in html
    assert "dinsdag 10 augustus 2027" in html


def test_moving_the_start_of_an_n_times_series_moves_its_last_date(editor_client, tree):
    page = f.ActivityPageFactory(
        parent=tree.organisation,
        start=START,
        end=END,
        recurrence="FREQ=WEEKLY;BYDAY=TU;COUNT=3",
        series_end=datetime.date(2027, 1, 26),
    )
    widget = _unchanged_widget(editor_client, page)
    later = {"start_0": "2-2-2027", "start_1": "10:00", "end_0": "2-2-2027", "end_1": "12:00"}
    response = editor_client.post(
        f"/admin/pages/{page.pk}/edit/", {**_edit_data(page), **widget, **later}
    )
    assert response.status_code == 302, response.context["form"].errors
    page = ActivityPage.objects.get(pk=page.pk)
    assert (page.recurrence, page.series_end) == (
        "FREQ=WEEKLY;BYDAY=TU;COUNT=3",
        datetime.date(2027, 2, 16),
    )


def test_the_widget_is_on_the_form_once_and_the_rule_is_not(editor_client, tree):
    add = f"/admin/pages/add/aanbod/activitypage/{tree.organisation.pk}/"
    html = editor_client.get(add).content.decode()
    assert html.count('name="schedule_until"') == 1 and html.count('name="schedule_kind"') == 4
    assert "RRULE" not in html and 'name="recurrence"' not in html
    assert 'name="series_end"' not in html and "/static/js/schedule-widget.js" in html


def test_a_blank_date_in_the_month_means_the_first_time_s_date(editor_client, tree):
    response = _add(editor_client, tree, schedule_kind="monthly", schedule_month_day="")
    assert response.status_code == 302
    assert _created().recurrence == "FREQ=MONTHLY;BYMONTHDAY=12"
