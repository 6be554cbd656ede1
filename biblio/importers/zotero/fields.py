"""Where each Zotero field and creator type goes in a :class:`biblio.model.Record`.

A target is a record slot (``volume``, ``publisher`` ...; ``title``, ``container`` and ``abstract`` are
multilingual; ``date`` and ``urldate`` are parsed), ``extra:<name>`` for a documented ``Record.extra``
name (:mod:`biblio.model.kept_fields`), or ``id:<name>`` for ``Record.identifiers``. The names follow
Zotero's base fields: ``caseName``, ``nameOfAct`` and ``subject`` are titles; ``court``,
``legislativeBody`` and ``university`` the institution; ``reportNumber``, ``patentNumber`` and
``billNumber`` the number; ``distributor``, ``label`` and ``studio`` the publisher.
A field not listed here is kept as ``extra["zotero-<field>"]`` with a warning.
"""

from __future__ import annotations

_TITLES = ("title", "caseName", "nameOfAct", "subject")
_CONTAINERS = (
    "publicationTitle proceedingsTitle bookTitle websiteTitle blogTitle forumTitle dictionaryTitle"
    " encyclopediaTitle programTitle code reporter"
).split()
_NUMBERS = (
    "issue number reportNumber patentNumber billNumber documentNumber publicLawNumber docketNumber"
    " episodeNumber identifier"
).split()
_GENRES = (
    "thesisType reportType genre manuscriptType websiteType letterType mapType presentationType postType"
    " programmingLanguage type"
).split()

FIELDS: dict[str, str] = {
    **dict.fromkeys(_TITLES, "title"),
    **dict.fromkeys(_CONTAINERS, "container"),
    **dict.fromkeys(_NUMBERS, "number"),
    **dict.fromkeys(_GENRES, "genre"),
    "abstractNote": "abstract",
    "date": "date",
    "issueDate": "date",
    "dateDecided": "date",
    "dateEnacted": "date",
    "accessDate": "urldate",
    "volume": "volume",
    "codeVolume": "volume",
    "reporterVolume": "volume",
    "codeNumber": "volume",
    "seriesNumber": "number",
    "pages": "pages",
    "codePages": "pages",
    "firstPage": "pages",
    "numPages": "pagetotal",
    "edition": "edition",
    "series": "series",
    "seriesTitle": "series",
    "seriesText": "series",
    "publisher": "publisher",
    "distributor": "publisher",
    "label": "publisher",
    "studio": "publisher",
    "network": "publisher",
    "company": "publisher",
    "repository": "publisher",
    "place": "place",
    "country": "place",
    "repositoryLocation": "place",
    "university": "institution",
    "institution": "institution",
    "court": "institution",
    "legislativeBody": "institution",
    "issuingAuthority": "institution",
    "organization": "institution",  # a standard's body (Zotero 7)
    "url": "url",
    "DOI": "doi",
    "ISBN": "isbn",
    "ISSN": "issn",
    "language": "language",
    "citationKey": "key",
    "extra": "extra",
    "conferenceName": "extra:eventtitle",
    "meetingName": "extra:eventtitle",
    "journalAbbreviation": "extra:shortjournal",
    "shortTitle": "extra:shorttitle",
    "numberOfVolumes": "extra:volumes",
    "versionNumber": "extra:version",
    "artworkMedium": "extra:medium",
    "audioRecordingFormat": "extra:medium",
    "videoRecordingFormat": "extra:medium",
    "interviewMedium": "extra:medium",
    "audioFileType": "extra:medium",
    "format": "extra:medium",
    "system": "extra:medium",
    "artworkSize": "extra:dimensions",
    "runningTime": "extra:dimensions",
    "scale": "extra:scale",
    "section": "extra:section",
    "session": "extra:session",
    "history": "extra:history",
    "committee": "extra:committee",
    "legalStatus": "extra:legalstatus",
    "status": "extra:legalstatus",
    "references": "extra:references",
    "applicationNumber": "extra:applicationnumber",
    "filingDate": "extra:filingdate",
    "priorityNumbers": "extra:prioritynumbers",
    "assignee": "extra:holder",
    "archive": "extra:archive",
    "archiveLocation": "extra:archivelocation",
    "rights": "extra:rights",
    "callNumber": "id:callnumber",
    "libraryCatalog": "id:database",
    "archiveID": "id:archiveid",
    "key": "id:zotero",  # the item key of the web API
}
# Keys of an item that are not fields: handled apart (creators, tags, notes) or Zotero's bookkeeping.
NOT_FIELDS = frozenset(
    "itemType creators tags notes attachments seeAlso relations collections version dateAdded dateModified"
    " parentItem deleted inPublications itemID".split()
)

_AUTHORS = (
    "author inventor artist director programmer composer podcaster presenter interviewee sponsor cartographer performer"
).split()
CREATORS: dict[str, str] = {
    **dict.fromkeys(_AUTHORS, "authors"),
    "editor": "editors",
    "translator": "translators",
    "seriesEditor": "extra:serieseditor",
    "bookAuthor": "extra:bookauthor",
    "reviewedAuthor": "extra:reviewedauthor",
    "producer": "extra:producer",
    "castMember": "extra:castmember",
    "guest": "extra:guest",
    "recipient": "extra:recipient",
    "cosponsor": "extra:cosponsor",
    "commenter": "extra:commenter",
    "wordsBy": "extra:lyricist",
    "counsel": "extra:counsel",
    "attorneyAgent": "extra:attorneyagent",
    "contributor": "extra:contributor",
    "interviewer": "extra:interviewer",
    "scriptwriter": "extra:scriptwriter",
}
