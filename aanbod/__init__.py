"""What is on offer in the wijk: the sociale kaart, the agenda and vraag en aanbod.

The kernel, used by every capability: ``models/`` (all page types and records), ``visibility``
(the public querysets every listing, feed and API reads), ``structured_data`` (JSON-LD),
``mail`` (the outbox), ``text`` (cleaning what people type), ``serializers`` and ``panels``
(API fields and admin panels the models declare), ``conf`` (settings with defaults).

The capabilities, which do not import each other (``make lint`` checks it):
``agenda/`` (schedules, occurrences, iCal out, feeds) with ``agenda/import_/`` (iCal in),
``marketplace/`` (vraag en aanbod), ``widget/`` (the agenda on partners' sites) and
``editorial/`` (onboarding, fresh content and the rollout dashboard in the admin).
``tasks`` only keeps old task paths working; ``signals`` and ``wagtail_hooks`` wire things up.
"""
