"""The RIS probe records of :mod:`tagged_mapping` read by Zotero's own RIS translator (run in node), against biblio.

Usage:
    python benchmarks/zotero_node_probe.py --setup DIR           # once: node packages into DIR (npm, the npm registry)
    python benchmarks/zotero_node_probe.py --node DIR            # every RIS type x tag: where Zotero and biblio differ
    python benchmarks/zotero_node_probe.py --node DIR --refer    # the same for Refer: every %0 type x every tag
    python benchmarks/zotero_node_probe.py --node DIR --files FOLDER  # every unit where they differ, file by file
    python benchmarks/zotero_node_probe.py --node DIR --roundtrip FOLDER  # Zotero's own RIS and Refer exports

``--files`` reads each ``*.ris``, ``*.enw`` and ``*.txt`` file of a folder (realistic exports written in the shapes
of real vendors: tests/data/tagged/vendor_shapes/) with both, and prints every unit of Zotero's items that biblio
misses (``file  #item  field  expected ... got ...``): the way values are read (names, dates, repeated tags,
continuation lines ...) rather than the tag x type table. ``--roundtrip`` makes an item of every Zotero type with
every field and creator role of Zotero's schema filled, has Zotero's RIS and Refer translators export them
(``zotero_export.ris``, ``zotero_export.enw`` in FOLDER: Zotero is a vendor too) and compares as ``--files`` does.

``tagged_mapping.py`` compares biblio with *models* of the peers written from their import code. This script runs
the peer itself: the npm package ``zotero-translators`` (0.0.2) bundles Zotero's translators and translation-server's
runner (``referenceImport``). Its RIS.js is of 2017-10-28, older than the translators commit the realworld expected
items come from, so a difference here is a lead to check against the dev files, not a verdict.

CAUTION: the bundle (``index.js``) embeds every translator's test cases, which include inputs of the realworld
benchmark's frozen test split. This script only executes the code; do not read the bundle past a translator's
``/** BEGIN TEST CASES **/`` marker.

The package's git dependency ``wicked-good-xpath`` (XPath for web translators; GitHub is not reachable here) is
replaced by an empty stub: the import translators do not use it.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tarfile
import tempfile
import urllib.request
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

from realworld.agreement import Unit, compare_zotero  # noqa: E402
from realworld.ris_peers import ZOTERO_TYPES  # noqa: E402
from realworld.scoring import align  # noqa: E402
from tagged_mapping import VARIANTS, biblio_record, ris_record  # noqa: E402

from biblio.importers.registry import choose_importer  # noqa: E402
from biblio.importers.tagged.refer import ReferImporter  # noqa: E402
from biblio.model import Record  # noqa: E402
from biblio.model.written_dates import tagged_date  # noqa: E402

TARBALL = "https://registry.npmjs.org/zotero-translators/-/zotero-translators-0.0.2.tgz"
DEPENDENCIES = ("iconv-lite@0.4.24", "jsdom@13", "request@2.87", "xregexp@4.2")
RUNNER = """const t = require("zotero-translators");
const fs = require("fs");
t.referenceImport(fs.readFileSync(process.argv[2], "utf8"))
  .then(r => fs.writeFileSync(process.argv[3], JSON.stringify(r)))
  .catch(e => { console.error(String(e)); process.exit(1); });
"""


def setup(folder: Path) -> None:
    """Install the runner and its dependencies into ``folder``."""
    folder.mkdir(parents=True, exist_ok=True)
    subprocess.run(["npm", "init", "-y"], cwd=folder, check=True, capture_output=True)
    subprocess.run(["npm", "install", "--no-audit", "--no-fund", *DEPENDENCIES], cwd=folder, check=True)
    package = folder / "node_modules" / "zotero-translators"
    with tempfile.TemporaryDirectory() as tmp:
        archive = Path(tmp) / "z.tgz"
        urllib.request.urlretrieve(TARBALL, archive)  # a fixed https URL
        with tarfile.open(archive) as tar:
            tar.extractall(tmp, filter="data")
        package.mkdir(parents=True, exist_ok=True)
        for item in (Path(tmp) / "package").iterdir():
            (package / item.name).write_bytes(item.read_bytes())
    stub = folder / "node_modules" / "wicked-good-xpath"
    stub.mkdir(parents=True, exist_ok=True)
    (stub / "package.json").write_text('{"name": "wicked-good-xpath", "main": "index.js"}\n', encoding="utf-8")
    (stub / "index.js").write_text("module.exports = { install: function () {} };\n", encoding="utf-8")
    (folder / "run.js").write_text(RUNNER, encoding="utf-8")


REFER_TYPES = (
    "Journal Article, Book, Book Section, Edited Book, Thesis, Report, Conference Paper, Conference Proceedings,"
    " Newspaper Article, Magazine Article, Web Page, Electronic Article, Electronic Book, Generic, Patent, Statute,"
    " Case, Bill, Film or Broadcast, Map, Computer Program, Unpublished Work, Government Document, Encyclopedia,"
    " Dictionary, Artwork"
).split(", ")
REFER_TAGS = "A E ? T S V N C I R P W * @ L M U 7 X G J B 9 H O Z D 8 K Y + F 1 2 3 4 6".split()
_REFER_VALUES = {"V": "21", "N": "22", "P": "31-39", "D": "2002", "8": "2003/04/05", "@": "9780306406157"}
_REFER_VALUES |= {"7": "3rd", "U": "http://example.org/x", "G": "English", "K": "kw one"}


def refer_record(kind: str) -> str:
    """One Refer record of type ``kind`` carrying every tag once (people as "FamX, Given")."""
    people = {tag: f"Fam{'Q' if tag == '?' else tag}, Given" for tag in "AE?Y"}
    lines = [f"%0 {kind}"] + [
        f"%{tag} {people.get(tag) or _REFER_VALUES.get(tag, f'{tag} value')}" for tag in REFER_TAGS
    ]
    return "\n".join(lines) + "\n"


def zotero_items(folder: Path, text: str | bytes) -> list[dict[str, object]]:
    """Zotero's items for a RIS or Refer text (or a file's bytes), in input order, each with its child notes
    under ``notes``."""
    with tempfile.TemporaryDirectory() as tmp:
        source, target = Path(tmp) / "in.ris", Path(tmp) / "out.json"
        source.write_bytes(text if isinstance(text, bytes) else text.encode("utf-8"))
        subprocess.run(["node", "run.js", str(source), str(target)], cwd=folder, check=True, capture_output=True)
        found: list[dict[str, object]] = json.loads(target.read_text(encoding="utf-8"))
    items = {str(i["key"]): {**i, "notes": []} for i in found if not i.get("parentItem")}
    for child in found:
        if child.get("parentItem") and child.get("itemType") == "note":
            items[str(child["parentItem"])]["notes"].append({"note": child.get("note", "")})  # type: ignore[attr-defined]
    return [{k: v for k, v in item.items() if k not in ("key", "version")} for item in items.values()]


SCHEMA_JS = """const t = require("zotero-translators");
t.referenceImport("TY  - JOUR\\nTI  - x\\nER  - \\n").then(() => {
  const Z = global.Zotero, out = {};
  for (let id = 1; id < 100; id++) {
    let name; try { name = Z.ItemTypes.getName(id); } catch (e) { continue; }
    if (!name || name === "note" || name === "attachment") continue;
    out[name] = {fields: Z.ItemFields.getItemTypeFields(id).map(f => Z.ItemFields.getName(f)),
                 creators: Z.CreatorTypes.getTypesForItemType(id).map(c => c.name)};
  }
  require("fs").writeFileSync(process.argv[2], JSON.stringify(out));
});
"""
EXPORT_JS = """const t = require("zotero-translators");
const fs = require("fs");
t.referenceExport(process.argv[3], JSON.parse(fs.readFileSync(process.argv[2], "utf8")))
  .then(r => fs.writeFileSync(process.argv[4], typeof r === "string" ? r : JSON.stringify(r)))
  .catch(e => { console.error(String(e)); process.exit(1); });
"""
# realistic values where the field has a shape (a date, a number, an identifier); others: "<Field> of the <type>"
_SHAPED = {"date": "2003-04-05", "accessDate": "2020-01-02", "url": "http://example.org/{t}", "DOI": "10.1234/{t}"}
_SHAPED |= {"ISBN": "9780198526636", "ISSN": "1234-5679", "language": "English", "pages": "11-19", "numPages": "321"}
_SHAPED |= {"edition": "2nd ed.", "volume": "7", "issue": "3", "seriesNumber": "12", "numberOfVolumes": "4"}
_SHAPED |= {"firstPage": "55", "codePages": "77", "codeVolume": "8", "reporterVolume": "9", "billNumber": "H.R. 101"}
_SHAPED |= {"versionNumber": "1.2.3", "runningTime": "95 min", "scale": "1:50000", "issueDate": "2001-02-03"}
_SHAPED |= {"filingDate": "2000-01-01", "dateDecided": "1999-09-09", "dateEnacted": "1998-08-08", "session": "105th"}
_SHAPED |= {"reportNumber": "TR-17", "patentNumber": "US1234567", "docketNumber": "No. 98-1", "codeNumber": "42"}
_SHAPED |= {"publicLawNumber": "P.L. 105-1", "episodeNumber": "5", "artworkSize": "30 x 40 cm"}


def _node_script(node: Path, name: str, code: str, *args: str) -> None:
    (node / name).write_text(code, encoding="utf-8")
    subprocess.run(["node", name, *args], cwd=node, check=True, capture_output=True)


def every_type_items(node: Path) -> list[dict[str, object]]:
    """One Zotero item of every item type of the runner's schema: every field and every creator role filled."""
    with tempfile.TemporaryDirectory() as tmp:
        target = Path(tmp) / "schema.json"
        _node_script(node, "schema.js", SCHEMA_JS, str(target))
        schema: dict[str, dict[str, list[str]]] = json.loads(target.read_text(encoding="utf-8"))
    items: list[dict[str, object]] = []
    for kind, parts in schema.items():
        item: dict[str, object] = {"itemType": kind, "tags": [{"tag": "kw one"}, {"tag": "kw two"}], "notes": []}
        for name in parts["fields"]:
            if name not in ("extra", "rights"):
                item[name] = _SHAPED.get(name, f"{name[0].upper()}{name[1:]} of the {kind}").format(t=kind.lower())
        item["creators"] = [
            {"creatorType": role, "lastName": f"Fam{role[:6].capitalize()}", "firstName": f"Given{number}"}
            for number, role in enumerate(parts["creators"])
        ]
        items.append(item)
    return items


def zotero_export(node: Path, items: list[dict[str, object]], fmt: str) -> str:
    """``items`` as Zotero's ``ris`` or ``refer`` export translator writes them."""
    with tempfile.TemporaryDirectory() as tmp:
        source, target = Path(tmp) / "items.json", Path(tmp) / "out.txt"
        source.write_text(json.dumps(items), encoding="utf-8")
        _node_script(node, "export.js", EXPORT_JS, str(source), fmt, str(target))
        return target.read_text(encoding="utf-8")


def _same_date(unit: Unit) -> bool:
    """The old runner prints dates in words ("April 5, 1978"): the same date is no difference."""
    return "ate" in unit.field and bool(unit.got) and tagged_date(unit.expected) == unit.got


def file_differences(node: Path, folder: Path, counts: Counter[str] | None = None) -> list[str]:
    """Each unit of Zotero's items for the files of ``folder`` that biblio's record misses, one line each;
    ``counts`` gets the items, the types right, the units and the units agreed."""
    lines = []
    counts = Counter() if counts is None else counts
    files = sorted(p for p in folder.iterdir() if p.suffix in (".ris", ".enw", ".txt"))
    for path in files:
        raw = path.read_bytes()
        text = raw.decode("utf-8-sig")
        records = choose_importer(text, path.suffix).parse(text).records  # by detection, as `biblio add` does
        items = zotero_items(node, raw)
        titles = [str(i.get("title", "") or i.get("caseName", "") or i.get("nameOfAct", "")) for i in items]
        if len(items) != len(records):
            lines.append(f"{path.name:24} Zotero made {len(items)} items, biblio {len(records)} records")
        for number, (item, record) in enumerate(zip(items, align(titles, records), strict=True), start=1):
            result = compare_zotero(item, record, path.name)
            counts.update(items=1, types=int(result.type_ok), units=len(result.units))
            counts.update(agreed=sum(1 for u in result.units if u.hit or _same_date(u)))
            if not result.type_ok:
                lines.append(f"{path.name:24} #{number:<2} type {result.got_type} for {result.expected_type}")
            for unit in result.units:
                if not unit.hit and not _same_date(unit):
                    shown = f"expected {unit.expected[:60]!r} got {unit.got[:60]!r}"
                    lines.append(f"{path.name:24} #{number:<2} {unit.field:22} {shown}")
    return lines


def main() -> int:
    """Set up, or print every (RIS type, Zotero field) where biblio's reading differs from real Zotero's."""
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--setup", type=Path, help="install the node runner into this folder")
    parser.add_argument("--node", type=Path, help="the folder --setup installed into")
    parser.add_argument("--refer", action="store_true", help="probe the Refer translator instead of RIS")
    parser.add_argument("--files", type=Path, help="compare on every RIS/Refer file of this folder instead")
    parser.add_argument("--roundtrip", type=Path, help="write Zotero's exports of every item type here, compare")
    args = parser.parse_args()
    if args.setup:
        setup(args.setup)
        return 0
    if not args.node:
        parser.error("give --setup DIR once, then --node DIR")
    if args.roundtrip:
        items = every_type_items(args.node)
        args.roundtrip.mkdir(parents=True, exist_ok=True)
        for fmt, name in (("ris", "zotero_export.ris"), ("refer", "zotero_export.enw")):
            (args.roundtrip / name).write_text(zotero_export(args.node, items, fmt), encoding="utf-8")
        args.files = args.roundtrip
    if args.files:
        counts: Counter[str] = Counter()
        differences = file_differences(args.node, args.files, counts)
        print("\n".join(differences))
        agreement = counts["agreed"] / max(counts["units"], 1)
        print(
            f"{len(differences)} differences; {counts['items']} items, types right {counts['types']}, "
            f"field agreement {agreement:.3f} ({counts['agreed']}/{counts['units']})",
            file=sys.stderr,
        )
        return 0
    if args.refer:
        text = "\n".join(refer_record(kind) for kind in REFER_TYPES)
        codes, records = REFER_TYPES, ReferImporter().parse(text).records
    else:
        cases = [(code, tags) for code in sorted(ZOTERO_TYPES) for tags in VARIANTS]
        text = "\n".join(ris_record(code, tags) for code, tags in cases)
        codes, records = [code for code, _ in cases], [biblio_record(code, tags) for code, tags in cases]
    items = zotero_items(args.node, text)
    if not len(items) == len(records) == len(codes):
        print(f"Zotero made {len(items)} items, biblio {len(records)} records, of {len(codes)}", file=sys.stderr)
        return 1
    missed: Counter[tuple[str, str]] = Counter()
    shown: dict[tuple[str, str], str] = {}
    record: Record
    for code, item, record in zip(codes, items, records, strict=True):
        for unit in compare_zotero(item, record, code).units:
            if not unit.hit:
                missed[code, unit.field] += 1
                shown[code, unit.field] = f"expected {unit.expected[:40]!r} got {unit.got[:50]!r}"
    for code, name in sorted(missed):
        print(f"{code:8} {name:24} {shown[code, name]}")
    print(f"{len(missed)} (type, field) differences over {len(codes)} records", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
