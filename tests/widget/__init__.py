"""Tests of widget."""
