"""Vraag en aanbod: residents' requests and offers, from posting to erasure.

``forms`` and ``views`` take posts, replies, reports and subscriptions; ``text`` cleans what
residents type; ``ratelimit`` limits how often; ``lifecycle`` confirms, approves, reminds,
expires and erases; ``matching`` links requests to offers; ``subscriptions`` mails digests.
"""
