"""The query language of ``biblio search``: a small grammar compiled to Whoosh query objects.

Grammar (operators are upper case; juxtaposition means AND)::

    query    := or_expr
    or_expr  := and_expr ("OR" and_expr)*
    and_expr := unary (["AND"] unary)*
    unary    := ("NOT" | "-") unary | primary
    primary  := "(" or_expr ")" | FIELD ":" value | FIELD ":" "(" or_expr ")" | FIELD ":" range | value
    value    := WORD | WORD "*" | '"' PHRASE '"' | YEAR ".." YEAR
    range    := ("[" | "{") [LOW] "TO" [HIGH] ("]" | "}")

A range is the Lucene/Whoosh form (papis, Zotero): ``year:[2010 TO 2015]`` is ``year:2010..2015``;
an end may be left out or ``*`` (``year:[2010 TO]``, ``year:[* TO 2015]``); ``{`` and ``}``
exclude their end (``year:{2010 TO 2015}`` is 2011..2014). ``TO`` may be lower case. A bracket
opens a range only right after a field prefix; elsewhere it is part of a word.

The examples (shown by ``biblio search --help`` and run by tests/search/test_query.py) are in
:data:`biblio.search.syntax.EXAMPLES`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from biblio.errors import QueryError
from biblio.search.analyzers import CJK_RE, MultiScriptAnalyzer
from biblio.search.fold import fold_query_syntax, fold_text
from biblio.search.schema import FIELD_ALIASES, FIELD_BOOSTS, NO_POSITIONS

_LEX = re.compile(
    r"""(?P<space>\s+)
      | (?P<lparen>\()
      | (?P<rparen>\))
      | (?P<minus>-(?=[^\s-]))
      | (?P<field>[A-Za-z]+):(?=\S)
      | (?P<quote>"[^"]*"?)
      | (?P<word>[^\s()"]+)""",
    re.VERBOSE,
)
_RANGE_CLOSE = re.compile(r"[\]}]")


@dataclass(frozen=True, slots=True)
class Lexeme:
    """One token of the query string."""

    kind: str  # lparen rparen field quote word range AND OR NOT minus
    text: str


@dataclass(slots=True)
class ParsedQuery:
    """The Whoosh query plus what the highlighter should mark (stemmed terms and prefixes)."""

    query: Any
    terms: set[str] = field(default_factory=set)
    prefixes: set[str] = field(default_factory=set)
    words: list[str] = field(default_factory=list)  # plain positive words, for "did you mean"
    scored: bool = False  # a positive text query is in it; else a pure filter (year, type, lang, ...)


def lex(text: str) -> list[Lexeme]:
    """Split a query string into lexemes; raises QueryError on an unterminated quote or range."""
    out: list[Lexeme] = []
    folded = fold_query_syntax(text)
    pos = 0
    while pos < len(folded):
        if out and out[-1].kind == "field" and folded[pos] in "[{":
            close = _RANGE_CLOSE.search(folded, pos + 1)
            if close is None:
                raise QueryError(
                    f"unterminated range in query (a range looks like year:[2010 TO 2015]): {text.strip()}"
                )
            out.append(Lexeme("range", folded[pos : close.end()]))
            pos = close.end()
            continue
        match = _LEX.match(folded, pos)
        if match is None:  # pragma: no cover - every character matches one alternative
            raise QueryError(f"cannot read query: {text.strip()}")
        pos = match.end()
        kind = match.lastgroup or ""
        value = match.group(kind)
        if kind == "space":
            continue
        if kind == "quote" and (len(value) < 2 or not value.endswith('"')):
            raise QueryError(f"unterminated quote in query: {text.strip()}")
        if kind == "word" and value in ("AND", "OR", "NOT"):
            kind = value
        elif kind == "word" and value.startswith("-") and len(value) > 1:
            out.append(Lexeme("minus", "-"))
            value = value[1:]
        elif kind == "word" and value == "-":
            raise QueryError("'-' must stand right before a word, as in -Japan")
        out.append(Lexeme(kind, value))
    return out


MAX_NESTING = 100


class QueryCompiler:
    """Recursive-descent parser over lexemes that builds Whoosh queries directly."""

    def __init__(self, words: MultiScriptAnalyzer, names: MultiScriptAnalyzer) -> None:
        self.words = words
        self.names = names
        self._lexemes: list[Lexeme] = []
        self._pos = 0
        self._negated = 0
        self._depth = 0
        self._result = ParsedQuery(query=None)

    def parse(self, text: str) -> ParsedQuery:
        """Compile ``text``; raises QueryError for malformed input."""
        self._lexemes = lex(text)
        self._pos = 0
        self._result = ParsedQuery(query=None)
        self._negated = 0
        if not self._lexemes:
            raise QueryError('empty query: give words, a "phrase" or a field such as author:NAME')
        query = self._or_expr(None)
        if self._pos < len(self._lexemes):
            raise QueryError(f"unexpected '{self._lexemes[self._pos].text}' in query (unbalanced parentheses?)")
        from whoosh.query import NullQuery

        if query is NullQuery:
            raise QueryError(f"nothing to search for in: {text.strip()}")
        self._result.query = query
        return self._result

    # -- grammar ---------------------------------------------------------------------------------
    def _peek(self) -> Lexeme | None:
        return self._lexemes[self._pos] if self._pos < len(self._lexemes) else None

    def _take(self) -> Lexeme:
        lexeme = self._peek()
        if lexeme is None:
            raise QueryError("query ends too early (after an operator or field prefix?)")
        self._pos += 1
        return lexeme

    def _or_expr(self, fieldname: str | None) -> Any:
        from whoosh.query import Or

        parts = [self._and_expr(fieldname)]
        while (lexeme := self._peek()) is not None and lexeme.kind == "OR":
            self._take()
            parts.append(self._and_expr(fieldname))
        return parts[0] if len(parts) == 1 else Or(parts).normalize()

    def _and_expr(self, fieldname: str | None) -> Any:
        from whoosh.query import And

        parts = [self._unary(fieldname)]
        while (lexeme := self._peek()) is not None and lexeme.kind not in ("OR", "rparen"):
            if lexeme.kind == "AND":
                self._take()
            parts.append(self._unary(fieldname))
        return parts[0] if len(parts) == 1 else And(parts).normalize()

    def _unary(self, fieldname: str | None) -> Any:
        """Every nesting (parentheses, NOT, -) passes here: bounded so a hostile query cannot exhaust the stack."""
        self._depth += 1
        try:
            if self._depth > MAX_NESTING:
                raise QueryError(f"query nested too deeply (more than {MAX_NESTING} parentheses or NOTs)")
            return self._negation_or_primary(fieldname)
        finally:
            self._depth -= 1

    def _negation_or_primary(self, fieldname: str | None) -> Any:
        from whoosh.query import Not

        lexeme = self._take()
        if lexeme.kind in ("NOT", "minus"):
            if self._peek() is None:
                raise QueryError(f"'{lexeme.text}' needs a word after it")
            self._negated += 1
            inner = self._unary(fieldname)
            self._negated -= 1
            return Not(inner)
        if lexeme.kind in ("AND", "OR"):
            raise QueryError(f"'{lexeme.text}' needs a word on both sides")
        return self._primary(lexeme, fieldname)

    def _primary(self, lexeme: Lexeme, fieldname: str | None) -> Any:
        if lexeme.kind == "lparen":
            inner = self._or_expr(fieldname)
            if self._peek() is None or self._take().kind != "rparen":
                raise QueryError("missing ')' in query")
            return inner
        if lexeme.kind == "rparen":
            raise QueryError("unbalanced ')' in query")
        if lexeme.kind == "field":
            target = FIELD_ALIASES.get(lexeme.text.lower())
            if target is None:
                known = ", ".join(sorted({*FIELD_ALIASES} - {"container", "text", "kw", "editor"}))
                raise QueryError(f"unknown field '{lexeme.text}:' (known: {known}); quote text containing ':'")
            following = self._peek()
            if following is not None and following.kind == "lparen":
                return self._primary(self._take(), target)
            if following is not None and following.kind == "range":
                from biblio.search.fieldqueries import range_query

                return range_query(target, self._take().text)
            return self._value(self._take(), target)
        return self._value(lexeme, fieldname)

    # -- values ----------------------------------------------------------------------------------
    def _value(self, lexeme: Lexeme, fieldname: str | None) -> Any:
        if lexeme.kind not in ("word", "quote"):
            raise QueryError(f"expected a word after the field prefix, got '{lexeme.text}'")
        phrase = lexeme.kind == "quote"
        text = lexeme.text[1:-1] if phrase else lexeme.text
        from biblio.search import fieldqueries

        if fieldname in fieldqueries.EXACT_FIELDS:
            return fieldqueries.exact(fieldname, text)
        if not phrase and text.endswith("*"):
            if not text.strip("*"):
                raise QueryError("'*' must follow the start of a word, as in diplom*")
            return self._prefix(text.rstrip("*"), fieldname)
        if not phrase and not self._negated and fieldname is None:
            self._result.words.append(text)
        fields = [fieldname] if fieldname else list(FIELD_BOOSTS)
        parts = [self._text_query(f, text, phrase) for f in fields]
        if fieldname is None and not phrase and re.fullmatch(r"\d{4}", text):
            parts.append(fieldqueries.exact("year", text))
        return _any(parts)

    def _analyzer(self, fieldname: str) -> MultiScriptAnalyzer:
        return self.names if fieldname == "author" else self.words

    def _text_query(self, fieldname: str, text: str, phrase: bool) -> Any:
        from whoosh.query import And, NullQuery, Or, Phrase, Prefix, Term

        tokens = [t.text for t in self._analyzer(fieldname)(text, mode="query")]
        if not self._negated:
            self._result.scored = self._result.scored or bool(tokens)
            if fieldname != "author":
                self._result.terms.update(tokens)
        boost = FIELD_BOOSTS.get(fieldname, 1.0)
        if not tokens:
            return NullQuery
        if len(tokens) > 1 and (fieldname in NO_POSITIONS or (not phrase and all(CJK_RE.match(t) for t in tokens))):
            return And([Term(fieldname, t) for t in dict.fromkeys(tokens)], boost=boost)
        if len(tokens) > 1:
            return Phrase(fieldname, tokens, boost=boost)
        if not phrase and len(tokens[0]) == 1 and CJK_RE.match(tokens[0]):
            if not self._negated:
                self._result.prefixes.add(tokens[0])
            return Or([Term(fieldname, tokens[0]), Prefix(fieldname, tokens[0])], boost=boost)
        return Term(fieldname, tokens[0], boost=boost)

    def _prefix(self, text: str, fieldname: str | None) -> Any:
        from whoosh.query import Prefix

        folded = fold_text(text)
        parts = []
        for name in [fieldname] if fieldname else list(FIELD_BOOSTS):
            analyzer = self._analyzer(name)
            forms = {folded} if CJK_RE.search(folded) else {folded, analyzer.normalize(folded)}
            parts += [Prefix(name, form, boost=FIELD_BOOSTS.get(name, 1.0)) for form in sorted(forms) if form]
            self._result.scored = self._result.scored or not self._negated
            if not self._negated and name != "author":
                self._result.prefixes.update(forms)
        return _any(parts)


def _any(parts: list[Any]) -> Any:
    from whoosh.query import NullQuery, Or

    kept = [p for p in parts if p is not NullQuery]
    if not kept:
        return NullQuery
    return kept[0] if len(kept) == 1 else Or(kept)


def parse_query(text: str) -> ParsedQuery:
    """Compile a query string with the schema's analyzers (convenience for tests and scripts)."""
    return QueryCompiler(MultiScriptAnalyzer(stem=True), MultiScriptAnalyzer(stem=False, names=True)).parse(text)
