"""Registry rows and local details for tests."""

from decimal import Decimal

from wagtail.models import Locale

from .local import LocalProcedure, Official, OneWindowService
from .registry import Chapter, Procedure, ProcedureList


def make_chapter(number="1", language="ru", procedure_list=ProcedureList.CITIZENS, title=None):
    chapter, _new = Chapter.objects.get_or_create(
        procedure_list=procedure_list,
        number=number,
        locale=Locale.objects.get(language_code=language),
        defaults={"title": title or f"Chapter {number} ({language})"},
    )
    return chapter


def procedure_fields(number, language="ru"):
    """The registry's text of the procedure `number` as `make_procedure` writes it."""
    return {
        "name": f"Procedure {number} ({language})",
        "documents": "An application\nA passport",
        "fee_base_units": Decimal("1"),
        "term": "15 days",
        "validity": "Unlimited",
        "legal_basis": "Decree No. 200",
    }


# The official `make_local` adds to the local details.
OFFICIAL = {
    "name": "Ivanova Anna",
    "position": "Chief specialist",
    "room": "12",
    "phone": "+375 21 000-00-00",
    "email": "one-window@example.by",
}


def make_procedure(number="1.1.1", language="ru", procedure_list=ProcedureList.CITIZENS, **fields):
    chapter = make_chapter(number.split(".")[0], language, procedure_list)
    defaults = {**procedure_fields(number, language), **fields}
    procedure, _new = Procedure.objects.update_or_create(
        procedure_list=procedure_list,
        number=number,
        locale=chapter.locale,
        defaults={"chapter": chapter, **defaults},
    )
    return procedure


def make_local(site, procedure, department="Housing department", live=True, **fields):
    details = LocalProcedure(
        site=site, procedure=procedure, department=department, live=live, **fields
    )
    details.save()
    Official.objects.create(local_procedure=details, **OFFICIAL)
    return details


def make_one_window(site, language="ru"):
    return OneWindowService.objects.create(
        site=site,
        locale=Locale.objects.get(language_code=language),
        address="1 Main Street",
        hours="Mon-Fri 8:00-17:00",
        phones="+375 21 000-00-01",
    )
