"""The embeddable agenda widget: a wijk's next activities on a partner's own site.

``views`` serves the script's JSON, the iframe page and the snippet page partners copy from.
"""
