"""Wagtail's and wagtail-localize's admin strings that our catalogue translates anew.

Their own Russian and Belarusian translations of these are wrong or missing ("Локали",
"Нет конфликты импорта … Почему бы не добавить одну?"). Our locale/ comes first in
LOCALE_PATHS, so our msgstr wins; makemessages scans only our code, so the msgids are
listed here to keep them in our catalogue. The translation editor's JavaScript strings
("Publish in ", "Download PO file") are in locale/*/LC_MESSAGES/djangojs.po.
"""

from django.utils.translation import gettext_noop

PACKAGE_STRINGS = [
    # wagtail-localize
    gettext_noop("Locales"),
    gettext_noop("Translation of %(instance)s into %(locale)s"),
    # Wagtail's generic listings (the syndication screens)
    gettext_noop("There are no %(model_name)s to display."),
    gettext_noop("No %(model_name)s match your query."),
    gettext_noop(
        'There are no %(model_name)s to display. Why not <a href="%(add_url)s">add one</a>?'
    ),
]
