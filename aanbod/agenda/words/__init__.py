"""Schedules in words for editors: the widget's form (``form``), rules to and from its choices
(``rules``) and the sentence that reads a rule back (``describe``)."""
