"""Reading untrusted files, run in a child process under time and memory limits
(`sandbox.run`): `python -m raion.documents.probe inspect|extract FORMAT PATH LIMITS`.

It imports no Django, prints one JSON object ({"error": reason} or the result) and is
the only code that parses a PDF, DOCX or ODT, so a file that makes a parser loop, recurse
or allocate without end costs the child process, never a web or worker process.
"""

import json
import re
import sys
import zipfile

_STREAM = re.compile(rb"stream\r?\n.*?endstream", re.S)
_STRING = re.compile(rb"\((?:\\.|[^\\)])*\)", re.S)
_NESTING = re.compile(rb"<<|>>|\[|\]")


class Refused(Exception):
    """The file is refused; the argument is the reason's code."""


def pdf_nesting(data: bytes) -> int:
    """The deepest nesting of dictionaries and arrays outside streams and strings."""
    data = _STRING.sub(b"", _STREAM.sub(b"", data))
    depth = deepest = 0
    for token in _NESTING.finditer(data):
        depth = depth + 1 if token.group() in (b"<<", b"[") else max(0, depth - 1)
        deepest = max(deepest, depth)
    return deepest


def open_pdf(path, limits):
    from pypdf import PdfReader

    with open(path, "rb") as file:
        if pdf_nesting(file.read()) > limits["max_nesting"]:
            raise Refused("nesting")
    reader = PdfReader(path)
    if reader.is_encrypted:
        raise Refused("encrypted")
    # The page tree's own count first: flattening a tree that claims a billion pages
    # would walk it all.
    declared = reader.root_object["/Pages"].get("/Count", 0)
    if not isinstance(declared, int) or declared > limits["max_pages"]:
        raise Refused("pages")
    if len(reader.pages) > limits["max_pages"]:
        raise Refused("pages")
    return reader


def open_zip(path, file_format, limits):
    """The archive of a DOCX or ODT, checked from its directory before anything is unpacked."""
    archive = zipfile.ZipFile(path)
    entries = archive.infolist()
    if len(entries) > limits["max_entries"]:
        raise Refused("bomb")
    if sum(entry.file_size for entry in entries) > limits["max_unpacked_bytes"]:
        raise Refused("bomb")
    for entry in entries:
        if entry.flag_bits & 0x1:
            raise Refused("encrypted")
        if entry.file_size > 1024 * 1024 and entry.file_size > limits["max_ratio"] * max(
            entry.compress_size, 1
        ):
            raise Refused("bomb")
    names = set(archive.namelist())
    required = "word/document.xml" if file_format == "docx" else "content.xml"
    if required not in names:
        raise Refused("mismatch")
    odt_type = b"application/vnd.oasis.opendocument.text"
    if file_format == "odt" and archive.read("mimetype") != odt_type:
        raise Refused("mismatch")
    return archive


def read_member(archive, name, limits):
    """A member's bytes, refused if it unpacks to more than its directory said."""
    with archive.open(name) as member:
        data = member.read(limits["max_unpacked_bytes"] + 1)
    if len(data) > limits["max_unpacked_bytes"]:
        raise Refused("bomb")
    if b"<!ENTITY" in data:
        raise Refused("bomb")  # entity expansion: no office format needs entities
    return data


def extract_pdf(path, limits):
    reader = open_pdf(path, limits)
    return "\n".join(page.extract_text() or "" for page in reader.pages)


def extract_docx(path, limits):
    import docx

    archive = open_zip(path, "docx", limits)
    for name in archive.namelist():
        if name.endswith(".xml"):
            read_member(archive, name, limits)
    document = docx.Document(path)
    parts = [paragraph.text for paragraph in document.paragraphs]
    for table in document.tables:
        for row in table.rows:
            parts.extend(cell.text for cell in row.cells)
    return "\n".join(part for part in parts if part)


def extract_odt(path, limits):
    from lxml import etree

    content = read_member(open_zip(path, "odt", limits), "content.xml", limits)
    paragraphs = []
    text_ns = "{urn:oasis:names:tc:opendocument:xmlns:text:1.0}"
    # No entities, no network, libxml2's default depth and size limits.
    parser = etree.XMLParser(resolve_entities=False, no_network=True, huge_tree=False)
    for element in etree.fromstring(content, parser).iter():
        if element.tag in (f"{text_ns}p", f"{text_ns}h"):
            paragraphs.append("".join(element.itertext()))
    return "\n".join(paragraph for paragraph in paragraphs if paragraph)


def inspect(file_format, path, limits):
    if file_format == "pdf":
        open_pdf(path, limits)
    else:
        archive = open_zip(path, file_format, limits)
        if file_format == "docx":
            read_member(archive, "word/document.xml", limits)
        else:
            read_member(archive, "content.xml", limits)
    return {}


def extract(file_format, path, limits):
    extractor = {"pdf": extract_pdf, "docx": extract_docx, "odt": extract_odt}[file_format]
    return {"text": extractor(path, limits)[: limits["max_text_chars"]]}


def main(argv):
    command, file_format, path, limits = argv[1], argv[2], argv[3], json.loads(argv[4])
    try:
        result = {"inspect": inspect, "extract": extract}[command](file_format, path, limits)
    except Refused as refusal:
        result = {"error": refusal.args[0]}
    except RecursionError:
        result = {"error": "nesting"}
    except MemoryError:
        result = {"error": "memory"}
    except Exception as error:  # any parser failure means a damaged file
        result = {"error": "damaged", "detail": f"{type(error).__name__}: {error}"[:500]}
    json.dump(result, sys.stdout)


if __name__ == "__main__":
    main(sys.argv)
