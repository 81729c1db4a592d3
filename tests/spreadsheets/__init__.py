"""The spreadsheet import: reading files, schedules in words, mapping, admin screens, command."""
