"""Helpers shared by the role training corpora's generators, ``make_corpus8.py`` …
``make_corpus17.py``.

All of them (``make_corpus8.py`` … ``make_corpus17.py``) use the first few: English plurals and
capitals, format fields, where a want stands in a description, and which traps a chain's US
companies provide; the later generators were written from ``make_corpus8.py`` and kept these
word for word. ``make_corpus12.py`` … ``make_corpus17.py`` also share the rest, from the segment
kinds on: the stages of a chain, articles, filling templates, dealing out the (stage, want) roles,
the wanted partner's noun phrase, rendering a document into segments, and (``make_corpus14.py``
… ``make_corpus17.py``) the whole build; each generator imports the ones it has not written
its own way. What differs between generators (their chains, genres, generic role nouns…) is
passed in, never imported from them. Standard library only."""

from __future__ import annotations

import random
import re
from collections import Counter
from types import ModuleType


def plural(noun: str) -> str:
    head, _, last = noun.rpartition(" ")
    if re.search(r"[^aeiou]y$", last):
        last = last[:-1] + "ies"
    elif re.search(r"(s|sh|ch|x)$", last):
        last += "es"
    else:
        last += "s"
    return f"{head} {last}".strip()


def cap(text: str) -> str:
    return text[:1].upper() + text[1:]


class Ctx(dict):
    """Format fields; {Key} gives the field capitalized."""

    def __missing__(self, key: str) -> str:
        if key[:1].isupper() and key.lower() in self:
            return cap(str(self[key.lower()]))
        raise KeyError(key)


def place(rng: random.Random, body: list, seek, *, first=0.3, last=0.4) -> list:
    """``body`` with ``seek`` first, last or somewhere in between."""
    r = rng.random()
    if r < first or not body:
        return [seek, *body]
    if r < first + last or len(body) == 1:
        return [*body, seek]
    i = rng.randint(1, len(body) - 1)
    return [*body[:i], seek, *body[i:]]


def traps_covered(cn: list[tuple[str, str]], us: list[tuple[str, str]]) -> set[tuple[int, str]]:
    """Which (Chinese company, trap) pairs the US companies ``us`` provide."""
    got = set()
    for i, (s, w) in enumerate(cn):
        for us_s, us_w in us:
            if (us_s, us_w) == (s, w):
                got.add((i, "competitor"))
            if us_s == w and us_w != s:
                got.add((i, "offers-but-seeks-else"))
            if us_w == s and us_s != w:
                got.add((i, "wants-but-offers-nothing"))
    return got


# --------------------------------------------------------------------------------------------
# Shared by make_corpus12.py … make_corpus17.py
# --------------------------------------------------------------------------------------------
OFFER, SEEK, OTHER = "offer", "seek", "other"  # the kinds of segment


def st(*parts: list[str]) -> dict[str, list[str]]:
    """One stage: nouns (zh, en), details (zh, en) and name words (zh, en), two of each."""
    return dict(zip(("zh", "en", "dzh", "den", "wzh", "wen"), parts, strict=True))


def article(phrase: str) -> str:
    """'a' or 'an' before ``phrase`` (acronyms by the sound of their first letter)."""
    word = phrase.split(maxsplit=1)[0].strip("(")
    if word.isupper() and len(word) > 1 and word.isalpha():
        vowel = word[0] in "AEFHILMNORSX"
    else:
        vowel = word[0].lower() in "aeio" or word.startswith("hour")
    return f"{'an' if vowel else 'a'} {phrase}"


def fill(template, kind: str, ctx: Ctx) -> list[tuple[str, str]]:
    """The clauses of one template: a string is one clause of ``kind``."""
    if isinstance(template, str):
        template = ((template, kind),)
    return [
        (re.sub(r"\.\.(?=\s|$)", ".", text.lstrip("@").format_map(ctx)), k) for text, k in template
    ]


def needs_party(template) -> bool:
    """A seek template that only fits a role noun ({who}, or marked with "@")."""
    text = template if isinstance(template, str) else "".join(t for t, _ in template)
    return "{who}" in text or "{Who}" in text or "@" in text


def one(rng, pool, kind, ctx):
    """One template of ``pool``, chosen at random, filled as clauses of ``kind``."""
    return fill(rng.choice(pool), kind, ctx)


def some(rng, pool, lo, hi, ctx) -> list:
    """Between ``lo`` and ``hi`` lines of ``pool`` (other), in the pool's order."""
    picked = sorted(rng.sample(range(len(pool)), rng.randint(lo, hi)))
    return [[fill(pool[i], OTHER, ctx)] for i in picked]


def possible_traps(cn: list[tuple[str, str]], combos: list[tuple[str, str]]) -> int:
    """How many (Chinese company, trap) pairs any US companies could provide, a US company
    being any (stage, want) of ``combos``."""
    return len(traps_covered(cn, combos))


def cn_roles(
    rng: random.Random, combos: list[tuple[str, str]], *, n_cn: int, n_chains: int
) -> list[list[tuple[str, str]]]:
    """The (stage, want) of the Chinese companies, chain by chain (``n_chains`` chains of
    ``n_cn``): every (stage, want) of ``combos`` equally often over the file, all different
    in a chain."""
    while True:
        pool = combos * (n_cn * n_chains // len(combos))
        rng.shuffle(pool)
        groups = [pool[i : i + n_cn] for i in range(0, len(pool), n_cn)]
        if all(len(set(g)) == n_cn for g in groups):
            return groups


def us_roles(
    rng: random.Random, cn: list[tuple[str, str]], combos: list[tuple[str, str]], *, n_us: int
) -> tuple[list, int]:
    """(stage, want) of the ``n_us`` US companies of a chain: each Chinese company's partner,
    then the traps beside it (competitor, offers what it seeks but wants something else, wants
    its product but offers nothing it seeks), chosen greedily from ``combos`` to leave as few
    out as possible; and how many traps they cover."""
    us = [(w, s) for s, w in cn]
    while len(us) < n_us:
        scored = [(len(traps_covered(cn, [*us, c])), rng.random(), c) for c in combos]
        us.append(max(scored)[2])
    rng.shuffle(us)
    return us, len(traps_covered(cn, us))


def want_phrases(
    rng: random.Random,
    side: str,
    lang: str,
    chain: dict,
    want: str,
    *,
    abroad: dict[str, tuple[list[str], list[str], list[str]]],
    generic: dict[str, dict[str, list[str]]],
) -> tuple[str, str | None, str]:
    """(want, who, mode): the wanted partner as a noun phrase, the same as a role noun (None
    when the want names a material), and how it is named (specific, generic, material).
    ``abroad[side]`` is the partner's country (Chinese names, English adjectives, English
    names); ``generic[lang][want]`` the role nouns that name no product."""
    zh_c, en_c, en_n = abroad[side]
    if want == "R" and rng.random() < 0.7:
        mode = "material"
    else:
        mode = "generic" if rng.random() < 0.25 else "specific"
    if lang == "zh":
        country = rng.choice(zh_c)
        if mode == "material":
            m = chain["material"][0]
            return rng.choice([m, f"长期稳定的{m}供应", f"{m}货源"]), None, mode
        noun = rng.choice(generic["zh"][want] if mode == "generic" else chain[want]["zh"])
        who = f"{country}{noun}" if mode == "generic" or rng.random() < 0.8 else noun
        adj = rng.choice(["", "", "有实力的", "靠谱的", "有规模的"])
        return f"{adj}{who}", who, mode
    adj_c, name_c = rng.choice(en_c), rng.choice(en_n)
    if mode == "material":
        m = chain["material"][1]
        return (
            rng.choice(
                [f"a dependable source of {m}", f"{m} from {name_c}", f"{m} on a regular contract"]
            ),
            None,
            mode,
        )
    noun = rng.choice(generic["en"][want] if mode == "generic" else chain[want]["en"])
    who = article(f"{adj_c} {noun}")
    forms = [who, f"{plural(noun)} in {name_c}", f"{adj_c} {plural(noun)}"]
    if mode == "specific":
        forms.append(article(f"{rng.choice(['reliable', 'well-established', 'growing'])} {noun}"))
    return rng.choice(forms), who, mode


def units(lines: list) -> int:
    """Sentences and lines of a document: each sentence, and each line break inside one."""
    return sum(len(line) + sum(t.count("\n") for sent in line for t, _ in sent) for line in lines)


def render(lines: list, sep: str) -> list[list[str]]:
    """The (text, kind) segments of a document, separators kept at the end of a segment."""
    out: list[list[str]] = []
    for li, line in enumerate(lines):
        for si, sentence in enumerate(line):
            for ci, (text, kind) in enumerate(sentence):
                end = ""
                if ci == len(sentence) - 1:
                    if si < len(line) - 1:
                        end = sep
                    elif li < len(lines) - 1:
                        end = "\n"
                out.append([text + end, kind])
    return out


def slots(
    rng: random.Random, n: int, minority: str, n_minority: int, major: str, *, genres: tuple
) -> list[tuple[str, str]]:
    """(genre, language) for ``n`` companies: the ``genres`` even, the minority language
    spread."""
    dealt = [genres[i % len(genres)] for i in range(n)]
    rng.shuffle(dealt)
    langs = [major] * n
    seen: set[str] = set()
    for i, g in enumerate(dealt):  # the minority language: one per genre first
        if sum(x == minority for x in langs) < n_minority and g not in seen:
            langs[i] = minority
            seen.add(g)
    for i in rng.sample(range(n), n):
        if sum(x == minority for x in langs) >= n_minority:
            break
        langs[i] = minority
    out = list(zip(dealt, langs, strict=True))
    rng.shuffle(out)
    return out


def position(segs: list[list[str]]) -> str:
    """Where the want stands: before all the offer, after it, or between its clauses."""
    kinds = [k for _, k in segs]
    s = kinds.index(SEEK)
    offers = [i for i, k in enumerate(kinds) if k == OFFER]
    if s < offers[0]:
        return "want first"
    if s > offers[-1]:
        return "want last"
    return "want in the middle"


def build(gen: ModuleType) -> tuple[dict, dict, dict, dict]:
    """The corpus of the generator module ``gen`` (``sys.modules[__name__]``): profiles, gold,
    segments and {meta, flags}. Reads its SEED, PREFIX, CHAINS, N_CN, N_US, COMBOS, GENRES,
    MINORITY_SHARE, make_org and shape, and empties its USED_NAMES and USED_CORES first."""
    rng = random.Random(gen.SEED)
    gen.USED_NAMES.clear()
    gen.USED_CORES.clear()
    chains, combos, n_cn, n_us = gen.CHAINS, gen.COMBOS, gen.N_CN, gen.N_US
    roles: list[tuple[str, str, str, str]] = []  # side, chain, stage, want
    coverage, possible = 0, 0
    cn_by_chain = cn_roles(rng, combos, n_cn=n_cn, n_chains=len(chains))
    for key, cn in zip(chains, cn_by_chain, strict=True):
        us, score = us_roles(rng, cn, combos, n_us=n_us)
        coverage += score
        possible += possible_traps(cn, combos)
        roles += [("CN", key, s, w) for s, w in cn] + [("US", key, s, w) for s, w in us]
    all_cn, all_us = n_cn * len(chains), n_us * len(chains)
    share = gen.MINORITY_SHARE
    cn_slots = slots(rng, all_cn, "en", round(share * all_cn), "zh", genres=gen.GENRES)
    us_slots = slots(rng, all_us, "zh", round(share * all_us), "en", genres=gen.GENRES)
    orgs, segs, meta = [], {}, {}
    flags: Counter = Counter()
    count = {"CN": 0, "US": 0}
    for side, key, stage, want in roles:
        genre, lang = (cn_slots if side == "CN" else us_slots)[count[side]]
        count[side] += 1
        oid = f"{gen.PREFIX}{side.lower()}{count[side]:03d}"
        org, seg = gen.make_org(
            rng, oid, side, key=key, stage=stage, want=want, genre=genre, lang=lang, flags=flags
        )
        orgs.append(org)
        segs[oid] = seg
        meta[oid] = (side, key, stage, want, genre, lang)
        flags[position(seg)] += 1
        flags["shape: " + gen.shape("".join(t for t, k in seg if k == SEEK))] += 1
    partners: dict[str, list[str]] = {}
    for a, (sa, ka, xa, wa, *_rest) in meta.items():
        for b, (sb, kb, xb, wb, *_more) in meta.items():
            if sa != sb and ka == kb and xa == wb and xb == wa:
                partners.setdefault(a, []).append(b)
    gold = {
        "partners": partners,
        "roles": {i: f"{m[1]}:{m[2]}>{m[3]}" for i, m in meta.items()},
        "split": dict.fromkeys(meta, "corpus"),
        "genres": {i: m[4] for i, m in meta.items()},
    }
    profiles = {"format": "tradebridge-profiles/1", "organizations": orgs}
    flags[f"traps covered (of {possible} possible)"] = coverage
    return profiles, gold, segs, {"meta": meta, "flags": flags}
