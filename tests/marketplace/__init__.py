"""Tests of marketplace."""
