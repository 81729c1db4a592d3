"""Activities from a spreadsheet: an organisation's CSV or XLSX file imported as its activities.

``read`` opens the file safely (type, size, row and column caps, encodings); ``cells`` reads
dates, times and lists as people type them; ``schedule_words`` turns "elke 2e woensdag van de
maand" into the RRULE the model stores; ``columns`` names the activity fields a column can
hold, guesses and remembers the mapping; ``rows`` checks every row and says what is wrong in
plain Dutch; ``apply`` writes the whole file in one transaction (or nothing); ``template`` is the
example spreadsheet to download; ``views`` and ``hooks`` are the admin screens.
"""
