# ruff: noqa: RUF001 -- Cyrillic texts on purpose
"""Parsing and cleaning on their own: feed formats, encodings, refused documents, HTML."""

import codecs

import pytest

from raion.syndication.clean import clean_body, plain_text
from raion.syndication.parse import FeedError, parse_feed

RSS_091 = b"""<?xml version="1.0" encoding="ISO-8859-1"?>
<!DOCTYPE rss PUBLIC "-//Netscape Communications//DTD RSS 0.91//EN"
 "http://my.netscape.com/publish/formats/rss-0.91.dtd">
<rss version="0.91"><channel><title>Old</title><link>http://agency.example/</link>
<description>d</description><language>en</language>
<item><title>Caf\xe9 opens</title><link>http://agency.example/cafe</link>
<description>A caf\xe9.</description></item></channel></rss>"""

RSS_10 = """<?xml version="1.0" encoding="utf-8"?>
<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/"
  xmlns:dc="http://purl.org/dc/elements/1.1/">
  <channel rdf:about="http://agency.example/"><title>RDF</title><link>http://agency.example/</link>
    <description>d</description></channel>
  <item rdf:about="http://agency.example/1"><title>Первая</title><link>http://agency.example/1</link>
    <dc:date>2026-11-20T10:00:00+03:00</dc:date><description>Текст.</description></item>
</rdf:RDF>""".encode()

ATOM_03 = """<?xml version="1.0" encoding="utf-8"?>
<feed version="0.3" xmlns="http://purl.org/atom/ns#">
  <title>Atom 0.3</title><link rel="alternate" type="text/html" href="http://agency.example/"/>
  <modified>2026-11-20T10:00:00Z</modified>
  <entry><title>Запись</title><link rel="alternate" type="text/html" href="http://agency.example/e"/>
    <id>tag:agency.example,2026:e</id><issued>2026-11-20T10:00:00Z</issued>
    <modified>2026-11-20T10:00:00Z</modified><summary>Кратко.</summary></entry>
</feed>""".encode()

ENCLOSURES = """<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0" xmlns:media="http://search.yahoo.com/mrss/"><channel><title>t</title>
<link>http://agency.example/</link>
<item><title>С фото</title><guid>p1</guid>
<enclosure url="http://agency.example/a.jpg" type="image/jpeg" length="100"/>
<enclosure url="http://agency.example/a.mp3" type="audio/mpeg" length="100"/>
<media:thumbnail url="http://agency.example/thumb.png"/>
<description>&lt;p&gt;Текст &lt;img src="/inline.webp" alt="Подпись"&gt;&lt;/p&gt;</description>
</item></channel></rss>""".encode()


def test_rss_091_with_its_doctype_is_accepted():
    [item] = parse_feed(RSS_091, "application/xml").items
    assert item.title == "Café opens" and item.link == "http://agency.example/cafe"


def test_rss_10_and_atom_03_are_parsed():
    [rdf] = parse_feed(RSS_10).items
    assert (rdf.title, rdf.date.isoformat()) == ("Первая", "2026-11-20")
    [atom] = parse_feed(ATOM_03).items
    assert (atom.title, atom.link, atom.lead) == ("Запись", "http://agency.example/e", "Кратко.")


def test_enclosures_media_thumbnails_and_inline_images_are_found():
    [item] = parse_feed(ENCLOSURES).items
    assert [image.url for image in item.images] == [
        "http://agency.example/a.jpg",
        "http://agency.example/thumb.png",
        "http://agency.example/inline.webp",
    ]
    assert item.images[2].alt == "Подпись"


def test_utf16_with_byte_order_mark_is_decoded():
    feed = RSS_10.decode().replace('encoding="utf-8"', 'encoding="utf-16"')
    [item] = parse_feed(codecs.BOM_UTF16_LE + feed.encode("utf-16-le")).items
    assert item.title == "Первая"


@pytest.mark.parametrize("encoding", ["utf-8", "utf-16"])
def test_entity_declarations_are_refused_in_any_encoding(encoding):
    feed = '<?xml version="1.0"?><!DOCTYPE r [<!ENTITY x "y">]><rss version="2.0"></rss>'
    with pytest.raises(FeedError, match="declares XML entities"):
        parse_feed(feed.encode(encoding))


def test_clean_body_keeps_text_and_links_and_drops_the_rest(settings):
    settings.RAION_SYNDICATION_EMBED_HOSTS = ["video.example"]
    cleaned = clean_body(
        '<h1>Заголовок</h1> вступление <a href="../more" onclick="x()">далее</a>'
        '<iframe src="https://video.example/embed/1"></iframe>'
        '<iframe src="https://tracker.example/frame"></iframe>'
        '<img src="/beacon.gif" width="1" height="1"><img src="/photo.jpg">'
        "<script>steal()</script><style>body{}</style><p></p>",
        "https://agency.example/news/item",
    )
    assert cleaned.html == (
        '<p>Заголовок вступление <a href="https://agency.example/more" '
        'rel="noopener noreferrer">далее</a></p>'
    )
    assert cleaned.embeds == ("https://video.example/embed/1",)
    assert cleaned.images == (("https://agency.example/photo.jpg", ""),)


def test_plain_text_separates_blocks_and_resolves_entities():
    assert (
        plain_text("<p>Один&nbsp;<b>два</b></p><p>три &amp; четыре</p>") == "Один два три & четыре"
    )
