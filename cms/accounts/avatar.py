"""Editors' avatars drawn locally from their initials (no Gravatar, no outside request).

Wagtail would otherwise load every editor's picture from Gravatar, sending a hash of their
e-mail address to an outside service. ``WAGTAIL_GRAVATAR_PROVIDER_URL = None`` switches that
off; the ``get_avatar_url`` hook (``cms/wagtail_hooks.py``) gives Wagtail an inline SVG with the
initials instead. A picture uploaded under *Account* still wins.
"""

from urllib.parse import quote

from django.utils.html import escape

# White on these backgrounds passes WCAG AA (contrast above 4.5:1).
COLOURS = ("#1d4f7a", "#2b6340", "#7a2e4f", "#5a3d8a", "#8a4b12", "#24606b")


def initials(user) -> str:
    """First and last initial ("Piet de Vries": PV), else from the e-mail address or username."""
    words = f"{getattr(user, 'first_name', '')} {getattr(user, 'last_name', '')}".split()
    if not words:
        local = (user.email or user.get_username() or "?").split("@")[0]
        words = [w for w in local.replace("_", ".").replace("-", ".").split(".") if w]
    letters = words[0][0] + (words[-1][0] if len(words) > 1 else "") if words else "?"
    return letters.upper()


def initials_svg(user, size: int = 50) -> str:
    """A square SVG with the user's initials on a colour chosen by their id."""
    colour = COLOURS[(user.pk or 0) % len(COLOURS)]
    text = escape(initials(user))
    return (
        f'<svg xmlns="http://www.w3.org/2000/svg" width="{size}" height="{size}" '
        f'viewBox="0 0 100 100"><rect width="100" height="100" fill="{colour}"/>'
        f'<text x="50" y="50" dy=".35em" text-anchor="middle" fill="#fff" '
        f'font-family="sans-serif" font-size="42" font-weight="600">{text}</text></svg>'
    )


def initials_avatar_url(user, size: int = 50) -> str | None:
    """The initials avatar as a data: URL; None without a user or with an uploaded picture."""
    if user is None or getattr(user, "pk", None) is None:
        return None
    profile = getattr(user, "wagtail_userprofile", None)
    if profile is not None and profile.avatar:
        return None
    return "data:image/svg+xml;charset=utf-8," + quote(initials_svg(user, int(size)))
