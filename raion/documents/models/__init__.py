from .documents import DocumentFile, DocumentRelation, OfficialDocument
from .library import DocumentLibraryPage

__all__ = ["DocumentFile", "DocumentLibraryPage", "DocumentRelation", "OfficialDocument"]
