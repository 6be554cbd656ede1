"""Revised Romanization of Korean, syllable by syllable (no sound-change rules), and customary surname forms."""

from __future__ import annotations

_INITIALS = "g kk n d tt r m b pp s ss - j jj ch k t p h".split()
_MEDIALS = "a ae ya yae eo e yeo ye o wa wae oe yo u wo we wi yu eu ui i".split()
_FINALS = "- k k k n n n t l k m l l l p l m p p t t ng t t k t p t".split()

SURNAMES: dict[str, str] = dict(
    pair.split(":")
    for pair in (
        "김:Kim 이:Lee 박:Park 최:Choi 정:Jung 강:Kang 조:Cho 윤:Yoon 장:Jang 임:Lim 한:Han 오:Oh 서:Seo 신:Shin "
        "권:Kwon 황:Hwang 안:Ahn 송:Song 류:Ryu 유:Yoo 홍:Hong 전:Jeon 고:Ko 문:Moon 노:Noh 양:Yang 손:Son 배:Bae "
        "백:Baek 허:Heo 남:Nam 심:Shim 하:Ha 곽:Kwak 성:Sung 차:Cha 주:Joo 우:Woo 구:Koo 민:Min 나:Na 진:Jin "
        "지:Ji 엄:Um 채:Chae 원:Won 천:Cheon 방:Bang 공:Kong 현:Hyun 함:Ham 변:Byun 염:Yeom 여:Yeo 추:Choo 도:Do "
        "남궁:Namgung 황보:Hwangbo 제갈:Jegal 선우:Sunwoo 독고:Dokgo 사공:Sagong"
    ).split()
)


def _syllable(ch: str) -> str:
    code = ord(ch) - 0xAC00
    if not 0 <= code < 11172:
        return ch
    initial, rest = divmod(code, 588)
    medial, final = divmod(rest, 28)
    parts = (_INITIALS[initial], _MEDIALS[medial], _FINALS[final])
    return "".join(p for p in parts if p != "-")


def romanize_hangul(text: str) -> str:
    """Revised Romanization of the Hangul syllables in ``text`` (other characters pass through)."""
    return "".join(_syllable(ch) for ch in text)
