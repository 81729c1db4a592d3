"""The machine-readable side of the portal: every API, in one package.

- ``v2``: Wagtail's API v2 at /api/v2/ (pages, images, documents), limited to what the public sees.
- ``portal``: the portal API at /api/v1/ (django-ninja), the JSON for partner sites and apps.
- ``hsds``: the sociale kaart as HSDS 3.0 (Open Referral) at /api/hsds/ (django-ninja).
- ``base``: what the two django-ninja APIs share (strict parameters, the request's region).
- ``http``: the one HTTP layer of /api/, /feeds/ and /widget/: the answer cache, ETag and
  Last-Modified with 304 answers, Cache-Control. CORS is django-cors-headers, set up in
  ``cms.settings.base`` (``CORS_*``) for the same paths.

API field serializers that page models use (images as renditions) live in ``home.api``, so the
models of every app can import them.
"""
