"""The database's full-text index over `Entry.terms`, which already holds normalised
terms (`raion.search.normalise`): on PostgreSQL a GIN index over a generated tsvector of
those terms taken as they are, on SQLite an FTS5 table that triggers keep in step. Both
only look terms up, never stem or split them, so both find the same entries. Beside it,
the indexes that read a site's entries in one language newest first, undated last, as
`raion.search.query` pages through them (SQLite puts NULL last in a descending index
without being told, and cannot be told).

A condition is an AND of groups, each an OR of terms, optionally AND NOT another such.
"""

from django.db import connection
from django.db.models import BooleanField
from django.db.models.expressions import RawSQL

# Terms are letters, digits and apostrophes (normalise.WORD): FTS5's ascii tokenizer
# keeps every non-ASCII character in a token, and the apostrophe is made one too, so a
# term is one token.
_SQLITE = [
    """CREATE VIRTUAL TABLE search_entry_fts USING fts5(
        terms, content='search_entry', content_rowid='id', tokenize="ascii tokenchars ''''")""",
    """CREATE TRIGGER search_entry_fts_insert AFTER INSERT ON search_entry BEGIN
        INSERT INTO search_entry_fts(rowid, terms) VALUES (new.id, new.terms); END""",
    """CREATE TRIGGER search_entry_fts_delete AFTER DELETE ON search_entry BEGIN
        INSERT INTO search_entry_fts(search_entry_fts, rowid, terms)
        VALUES ('delete', old.id, old.terms); END""",
    """CREATE TRIGGER search_entry_fts_update AFTER UPDATE OF terms ON search_entry BEGIN
        INSERT INTO search_entry_fts(search_entry_fts, rowid, terms)
        VALUES ('delete', old.id, old.terms);
        INSERT INTO search_entry_fts(rowid, terms) VALUES (new.id, new.terms); END""",
    "INSERT INTO search_entry_fts(search_entry_fts) VALUES ('rebuild')",
    'CREATE INDEX search_entry_newest ON search_entry (site_id, language, "date" DESC, id DESC)',
    """CREATE INDEX search_entry_kind_newest
        ON search_entry (site_id, language, kind, "date" DESC, id DESC)""",
]
_POSTGRESQL = [
    """ALTER TABLE search_entry ADD COLUMN vector tsvector
        GENERATED ALWAYS AS (array_to_tsvector(string_to_array(terms, ' '))) STORED""",
    "CREATE INDEX search_entry_vector ON search_entry USING gin (vector)",
    """CREATE INDEX search_entry_newest
        ON search_entry (site_id, language, "date" DESC NULLS LAST, id DESC)""",
    """CREATE INDEX search_entry_kind_newest
        ON search_entry (site_id, language, kind, "date" DESC NULLS LAST, id DESC)""",
]
# PostgreSQL refuses a tsvector over 1 MB: indexing.entry_terms keeps the terms under it.
# Note for migrations: SQLite remakes a table to alter it, which drops its triggers; a
# migration that alters search_entry must run uninstall and install around it.


def install(schema_editor) -> None:
    for statement in _POSTGRESQL if schema_editor.connection.vendor == "postgresql" else _SQLITE:
        schema_editor.execute(statement)


def uninstall(schema_editor) -> None:
    schema_editor.execute("DROP INDEX search_entry_newest")
    schema_editor.execute("DROP INDEX search_entry_kind_newest")
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute("ALTER TABLE search_entry DROP COLUMN vector")
        return
    for trigger in ("insert", "delete", "update"):
        schema_editor.execute(f"DROP TRIGGER search_entry_fts_{trigger}")
    schema_editor.execute("DROP TABLE search_entry_fts")


def _tsquery(groups) -> str:
    def lexeme(term):
        return "'" + term.replace("\\", "\\\\").replace("'", "''") + "'"

    return " & ".join("(" + " | ".join(map(lexeme, sorted(group))) + ")" for group in groups)


def _fts5(groups) -> str:
    def phrase(term):
        return '"' + term.replace('"', '""') + '"'

    return " AND ".join("(" + " OR ".join(map(phrase, sorted(group))) + ")" for group in groups)


def condition(groups, excluded=None) -> RawSQL:
    """A filter on Entry: the entry has a term of every group (and not so for `excluded`)."""
    if connection.vendor == "postgresql":
        text = _tsquery(groups) + (f" & !({_tsquery(excluded)})" if excluded else "")
        sql = '"search_entry"."vector" @@ %s::tsquery'
    else:
        text = f"({_fts5(groups)}) NOT ({_fts5(excluded)})" if excluded else _fts5(groups)
        sql = (
            '"search_entry"."id" IN '
            "(SELECT rowid FROM search_entry_fts WHERE search_entry_fts MATCH %s)"
        )
    return RawSQL(sql, [text], output_field=BooleanField())  # noqa: S611 -- constant SQL
