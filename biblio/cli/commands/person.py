"""``biblio person list|show|merge|split``: the person authority (one person, names in several scripts)."""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING, Any

from biblio.cli.context import Context

if TYPE_CHECKING:
    from biblio.library.persons import PersonView


def register(sub: Any) -> None:
    """Add the ``person`` parser and its subcommands."""
    parser = sub.add_parser(
        "person",
        help="persons and their names across scripts",
        description="The person authority: each person has name variants in several scripts (from the "
        "records, the shipped starter file and Wikidata) and is linked from every record naming them.",
    )
    actions = parser.add_subparsers(dest="action", metavar="ACTION", required=True)
    listing = actions.add_parser("list", help="persons named by records (--all: every known person)")
    listing.add_argument("--all", action="store_true", help="include persons no record names")
    listing.add_argument("--json", action="store_true", help="JSON output")
    show = actions.add_parser("show", help="one person: variants and records")
    show.add_argument("person", help="person id (#12), starter id, QID or any name variant")
    show.add_argument("--json", action="store_true", help="JSON output")
    merge = actions.add_parser("merge", help="the two are one person")
    merge.add_argument("first", help="person (id or name)")
    merge.add_argument("second", help="person (id or name)")
    split = actions.add_parser("split", help="move some variants of a person to a new person")
    split.add_argument("person", help="person (id or name)")
    split.add_argument("variants", nargs="+", help="variants to move (as shown by `person show`, or their ids)")
    wikidata = actions.add_parser("wikidata", help="add labels and aliases from Wikidata (network)")
    wikidata.add_argument("person", help="person (id or name)")
    wikidata.add_argument("--qid", default="", help="the Wikidata item (else searched by the person's name)")
    parser.set_defaults(run=run)


def run(args: argparse.Namespace, ctx: Context) -> int:
    """Dispatch to the action."""
    from biblio.library import persons

    library = ctx.library()
    if args.action == "list":
        return _list(library, args, ctx)
    if args.action == "show":
        _show(persons.show_person(library, args.person), args.json, ctx)
    elif args.action == "merge":
        kept = persons.merge_persons(library, args.first, args.second)
        ctx.out.write(f"merged into #{kept.id} {kept.label}\n")
    elif args.action == "split":
        new = persons.split_person(library, args.person, args.variants)
        ctx.out.write(f"new person #{new.id} {new.label}\n")
    else:
        added = persons.enrich_person(library, args.person, args.qid)
        ctx.out.write(f"{added} variant(s) added from Wikidata\n")
    return 0


def _list(library: Any, args: argparse.Namespace, ctx: Context) -> int:
    from biblio.cli.render import print_json
    from biblio.library.persons import list_persons

    found = list_persons(library, everyone=args.all)
    if args.json:
        print_json([{"id": p.id, "label": p.label, "records": n, "origin": p.origin} for p, n in found], ctx.out)
        return 0
    for person, count in found:
        ctx.out.write(f"#{person.id:<5} {person.label}  ({count} record{'s' if count != 1 else ''})\n")
    return 0


def _years(view: PersonView) -> str:
    born, died = view.person.born, view.person.died
    if born is None and died is None:
        return ""
    return f" ({born or '?'}–{died or ''})"


def _pad(text: str, width: int) -> str:
    """Pad to ``width`` terminal columns (CJK characters take two)."""
    import unicodedata

    used = sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)
    return text + " " * max(1, width - used)


def _show(view: PersonView, as_json: bool, ctx: Context) -> None:
    from biblio.cli.render import print_json
    from biblio.library.persons import display_variant

    p = view.person
    if as_json:
        print_json(
            {
                "id": p.id,
                "label": p.label,
                "born": p.born,
                "died": p.died,
                "origin": p.origin,
                "ref": p.ref,
                "wikidata": p.wikidata,
                "variants": [
                    {
                        "id": v.id,
                        "name": display_variant(v),
                        "family": v.family,
                        "given": v.given,
                        "lang": v.lang,
                        "script": v.script,
                        "source": v.source,
                    }
                    for v in view.variants
                ],
                "records": [{"key": k, "role": role} for k, role, _ in view.records],
            },
            ctx.out,
        )
        return
    lines = [f"#{p.id} {p.label}{_years(view)}" + (f"  wikidata {p.wikidata}" if p.wikidata else "")]
    lines += [f"  {_pad(display_variant(v), 36)} {v.lang or v.script:<8} {v.source}" for v in view.variants]
    lines += [f"  record {key} ({role})" for key, role, _ in view.records]
    ctx.out.write("\n".join(lines) + "\n")
