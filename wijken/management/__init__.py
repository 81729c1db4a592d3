"""Management commands of wijken."""
