"""Signing in safely: lockout, throttled password reset, the second factor."""
