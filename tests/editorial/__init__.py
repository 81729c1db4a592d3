"""Tests of editorial."""
