"""Tools for editors and regional administrators in the Wagtail admin.

``onboarding`` adds gemeenten and organisations with their groups, rights and workflows, and
``onboarding_views`` are its admin forms; ``freshness`` finds content nobody confirmed lately
and mails its editors, ``freshness_views`` is its report and "nog actueel" button;
``rollout_dashboard`` shows a region's figures per gemeente; ``hooks`` puts all of these in the
admin's menus, buttons and dashboard.
"""
