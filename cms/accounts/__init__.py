"""Signing in to the admin safely: lockout, throttled password reset, a second factor.

``client`` finds the client's address behind the trusted proxies; ``lockout`` configures
django-axes (every Django authentication with a request is counted); ``password_reset``
throttles the reset mail; ``twofactor`` is the TOTP enrolment and check (django-otp).
"""
