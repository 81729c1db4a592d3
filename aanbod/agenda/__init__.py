"""The agenda: activities' schedules and their occurrences, iCal out, feeds and iCal in.

``schedules`` expands an activity's RRULE minus its exception dates; ``occurrences`` lists what
happens between two moments (the agenda pages, "deze week", the home page); ``ical`` writes
iCalendar files and ``feeds`` serves them per wijk, gemeente and organisation; ``views`` is the
single-activity download. ``import_`` reads an organisation's own calendar feed into activities.
"""
