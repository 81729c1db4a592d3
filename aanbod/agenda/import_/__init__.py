"""iCal in: an organisation's own calendar feed imported as its activities.

``fetch`` gets the feed safely (public addresses only, size and time limits), ``parse`` turns
it into events, ``sync`` creates, updates and unpublishes activities and records the outcome,
``panels`` shows the import status in the admin. Nothing here is imported by the portal pages.
"""
