"""The gazetteer index: GeoNames places shipped in extract/data/, plus places imported into the
database (`harmwatch gazetteer import`), loaded once per process into one in-memory index.
"""

from __future__ import annotations

import gzip
import logging
import math
import hashlib
import os
import pickle
import re
import sys
import threading
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path
from typing import Iterable, Sequence

from .gazetteer_countries import COUNTRIES, PROVINCE_ALIASES, PROVINCE_DISPLAY
from .gazetteer_names import NAME_SPLIT, ARTICLES, fold, name_keys, skeleton

__all__ = ["Entry", "Index", "index", "use_database", "reset", "clear_database_caches", "ranked", "FEATURE_RANK"]

log = logging.getLogger(__name__)

# How much a feature code says about a place's standing (a capital beats a hamlet).
FEATURE_RANK = {"PCLI": 6.0, "ADM1": 3.5, "PPLC": 5.0, "PPLA": 4.0, "PPLA2": 3.0, "PPLA3": 2.0, "PPLA4": 1.5,
                "PPL": 1.0, "PPLL": 0.6, "PPLX": 0.8, "CMPRF": 0.9, "PPLF": 0.3, "PPLW": 0.1, "PPLQ": 0.1}


@dataclass(frozen=True, slots=True)
class Entry:
    """One gazetteer record; `admin1` is the GeoNames admin1 code ("07"), `kind` settlement |
    province | country."""

    gid: str
    name: str
    country: str | None
    admin1: str | None
    lat: float | None
    lon: float | None
    fcode: str
    population: int
    kind: str = "settlement"
    standing: float = field(default=0.0, compare=False)  # feature level and population, computed

    def __post_init__(self) -> None:
        object.__setattr__(self, "standing", FEATURE_RANK.get(self.fcode, 0.5) + math.log10(self.population + 1) / 2)


@dataclass
class Index:
    entries: list[Entry] = field(default_factory=list)
    keys: dict[str, list[int]] = field(default_factory=dict)  # compact key -> entry numbers
    prefixes: set[str] = field(default_factory=set)  # compact keys of the leading tokens of names
    skeletons: dict[str, set[str]] = field(default_factory=dict)  # skeleton -> compact keys
    admin1: dict[tuple[str, str], tuple[str, float, float]] = field(default_factory=dict)
    admin1_by_key: dict[str, list[tuple[str, str]]] = field(default_factory=dict)
    common_words: frozenset[str] = frozenset()
    ids: dict[str, int] = field(default_factory=dict)
    capitals: dict[tuple[str, str], int] = field(default_factory=dict)  # province -> its seat

    def add(self, entry: Entry, names: Iterable[str]) -> None:
        if entry.gid in self.ids:  # a database row replaces the shipped record
            number = self.ids[entry.gid]
            self.entries[number] = entry
        else:
            number = len(self.entries)
            self.entries.append(entry)
            self.ids[entry.gid] = number
        for name in names:
            if name:
                self._add_name(number, name)

    def _add_name(self, number: int, name: str) -> None:
        folded = [_fold_cached(t) for t in NAME_SPLIT.split(name.strip()) if t]
        folded = [t for t in folded if t]
        if not folded:
            return
        kept = [t for t in folded if t not in ARTICLES] or folded
        key = "".join(kept)
        keys = [key]
        if key[:2] in ("al", "el") and len(key) > 6 and key.isascii():
            keys.append(key[2:])
        for k in keys:
            if len(k) < 3:
                continue
            bucket = self.keys.setdefault(k, [])
            if number not in bucket:
                bucket.append(number)
            skel = _skeleton_cached(k)
            if len(skel) >= 3:
                self.skeletons.setdefault(skel, set()).add(k)
        acc = ""
        for tok in folded[:-1]:
            if tok in ARTICLES:
                continue
            acc += tok
            self.prefixes.add(acc)

    def __getstate__(self) -> dict:
        state = dict(self.__dict__)
        state["entries"] = [(e.gid, e.name, e.country, e.admin1, e.lat, e.lon, e.fcode, e.population, e.kind)
                            for e in self.entries]
        return state

    def __setstate__(self, state: dict) -> None:
        state["entries"] = [Entry(*t) for t in state["entries"]]
        self.__dict__.update(state)

    def copy(self) -> "Index":
        """A copy that can take more entries without changing this one."""
        return Index(list(self.entries), {k: list(v) for k, v in self.keys.items()}, set(self.prefixes),
                     {k: set(v) for k, v in self.skeletons.items()}, self.admin1, self.admin1_by_key,
                     self.common_words, dict(self.ids), self.capitals)

    def candidates(self, key: str) -> list[Entry]:
        return [self.entries[i] for i in self.keys.get(key, ())]

    def province(self, country: str | None, code: str | None) -> tuple[str, float, float] | None:
        if not country or not code:
            return None
        return self.admin1.get((country, code))


_FOLDS: dict[str, str] = {}
_SKELETONS: dict[str, str] = {}


def _fold_cached(token: str) -> str:
    f = _FOLDS.get(token)
    if f is None:
        f = _FOLDS[token] = fold(token)
    return f


def _skeleton_cached(key: str) -> str:
    s = _SKELETONS.get(key)
    if s is None:
        s = _SKELETONS[key] = skeleton(key)
    return s


_SUFFIX = re.compile(r"\s+(?:Governorate|Province|Oblast|District|City|State)$")
# Provinces whose names are another war's place or a compass word in reports ("Gaza Province" of
# Mozambique, Rwanda's "Eastern Province", Haiti's "Centre", "Nord", "Ouest"): not found by name.
_UNNAMED_PROVINCES = frozenset({("MZ", "02"), ("MZ", "11"), ("RW", "11"), ("RW", "13"), ("RW", "14"), ("RW", "15"),
                                ("HT", "03"), ("HT", "07"), ("HT", "09"), ("HT", "10"), ("HT", "11"), ("HT", "12"),
                                ("HT", "13")})
_LOCK = threading.Lock()
_INDEX: Index | None = None
_DB_URLS: list[str] = []


def _data_text(name: str) -> str:
    return resources.files("harmwatch.extract").joinpath("data", name).read_text(encoding="utf-8")


def _rows(text: str) -> Iterable[list[str]]:
    for line in text.splitlines():
        if line and not line.startswith("#"):
            yield line.split("\t")


_SHIPPED: list[Index] = []


def _build() -> Index:
    if not _SHIPPED:
        _SHIPPED.append(_cached("gazetteer", _build_shipped))
    shipped = _SHIPPED[0]
    urls = _DB_URLS or _default_urls()
    signatures = [_signature(url) for url in urls]
    if not any(signatures):
        return shipped

    def build() -> Index:
        idx = shipped.copy()
        for url in urls:
            _load_database(idx, url)
        return idx

    # Imported places are many (a country dump: ~50,000): the merged index is cached too,
    # under the tables' size and newest row (an import also clears these caches).
    key = hashlib.sha256(repr((urls, signatures)).encode()).hexdigest()[:16]
    return _cached(f"gazetteer-db-{key}", build)


def _signature(url: str) -> tuple | None:
    try:
        from .gazetteer_db import places_signature

        return places_signature(url)
    except Exception as exc:  # noqa: BLE001 - the shipped gazetteer still works
        log.warning("gazetteer: places of %s not read: %s", url, str(exc).splitlines()[0] if str(exc) else exc)
        return None


def clear_database_caches() -> None:
    """Remove the cached indexes that hold imported places."""
    try:
        for path in _cache_dir().glob("gazetteer-db-*.pickle"):
            path.unlink(missing_ok=True)
    except OSError:
        pass


def _build_shipped() -> Index:
    idx = Index()
    words = _data_text("english-words.txt")
    idx.common_words = frozenset(w for w in words.split() if not w.startswith("#"))
    for cc, code, name, lat, lon in _rows(_data_text("admin1.tsv")):
        idx.admin1[(cc, code)] = (PROVINCE_DISPLAY.get((cc, code), name), float(lat), float(lon))
    raw = resources.files("harmwatch.extract").joinpath("data", "gazetteer.tsv.gz").read_bytes()
    for f in _rows(gzip.decompress(raw).decode("utf-8")):
        entry = Entry(f"geonames:{f[0]}", f[1], f[3], f[4] or None, float(f[5]), float(f[6]), f[7], int(f[8] or 0))
        idx.add(entry, [f[1], f[2], *f[9].split("|")])
    for f in _rows(_data_text("supplement.tsv")):
        entry = Entry(f"harmwatch:{f[0]}", f[1], f[2], f[3] or None, float(f[4]), float(f[5]), f[6], int(f[7] or 0))
        idx.add(entry, [f[1], *f[8].split("|")])
    for f in _rows(_data_text("aliases.tsv")):
        if f[0] in idx.ids:
            idx.add(idx.entries[idx.ids[f[0]]], f[1].split("|"))
    _add_provinces(idx)
    _add_countries(idx)
    for number, e in enumerate(idx.entries):
        if e.fcode in ("PPLA", "PPLC") and e.country and e.admin1:
            idx.capitals.setdefault((e.country, e.admin1), number)
    return idx


def _fingerprint() -> str:
    """A hash of the shipped data and of the code that indexes it: the cache's validity."""
    digest = hashlib.sha256(sys.version.encode())
    here = Path(__file__).parent
    for path in sorted([*here.glob("gazetteer*.py"), *(here / "data").glob("*")]):
        if path.is_file():
            digest.update(path.name.encode())
            digest.update(path.read_bytes())
    return digest.hexdigest()[:24]


def _cache_dir() -> Path:
    base = os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache"
    return Path(base) / "harmwatch"


def _cached(name: str, build) -> Index:
    """An index from a pickle in the user's cache, built and saved when missing or stale (the
    name carries a hash of the shipped data and of this code)."""
    try:
        path = _cache_dir() / f"{name}-{_fingerprint()}.pickle"
    except OSError:
        return build()
    try:
        with path.open("rb") as stream:
            return pickle.load(stream)
    except Exception:  # noqa: BLE001 - missing or stale: rebuild
        pass
    idx = build()
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_suffix(f".{os.getpid()}.tmp")
        with tmp.open("wb") as stream:
            pickle.dump(idx, stream, protocol=pickle.HIGHEST_PROTOCOL)
        os.replace(tmp, path)
        stale = re.compile(rf"{re.escape(name)}-[0-9a-f]{{24}}\.pickle")
        for old in path.parent.iterdir():  # copies made by older code or data
            if old != path and stale.fullmatch(old.name):
                old.unlink(missing_ok=True)
    except OSError as exc:
        log.debug("gazetteer cache not written: %s", exc)
    return idx


_COUNTRY_NAMES = frozenset(n.lower() for info in COUNTRIES.values() for n in info["names"])


def _add_provinces(idx: Index) -> None:
    by_name: dict[tuple[str, str], list[str]] = {}
    for (cc, code), (name, _lat, _lon) in idx.admin1.items():
        if (cc, code) in _UNNAMED_PROVINCES:
            continue
        short = _SUFFIX.sub("", name)  # "Borno State" is "Borno"; "Niger State" is not "Niger"
        by_name[(cc, code)] = [name] + ([short] if short.lower() not in _COUNTRY_NAMES else [])
    for (cc, code), aliases in PROVINCE_ALIASES.items():
        by_name.setdefault((cc, code), []).extend(aliases)
    for (cc, code), names in by_name.items():
        prov = idx.admin1.get((cc, code))
        if not prov:
            continue
        entry = Entry(f"geonames-admin1:{cc}.{code}", prov[0], cc, code, prov[1], prov[2], "ADM1", 0, "province")
        idx.add(entry, names)
        for name in names:
            for key in name_keys(name):
                idx.admin1_by_key.setdefault(key, []).append((cc, code))


def _add_countries(idx: Index) -> None:
    centroids = {f[0]: (float(f[1]), float(f[2])) for f in _rows(_data_text("countries.tsv"))}
    for cc, info in COUNTRIES.items():
        lat, lon = centroids.get(cc, info.get("centre", (None, None)))
        idx.add(Entry(f"country:{cc}", info["names"][0], cc, None, lat, lon, "PCLI", 0, "country"), info["names"])


def _default_urls() -> list[str]:
    """The database the running command uses, if any: --db / $HARMWATCH_DB, or ./harmwatch.db."""
    url = None
    try:
        from harmwatch.cli.common import state

        url = state.db
    except Exception:  # noqa: BLE001 - the CLI is optional here
        pass
    url = url or os.environ.get("HARMWATCH_DB")
    if url:
        return [url]
    return ["sqlite:///harmwatch.db"] if os.path.exists("harmwatch.db") else []


def _load_database(idx: Index, url: str) -> int:
    """Add the `places` rows of the database at `url`; a database without them adds nothing."""
    try:
        from .gazetteer_db import load_places

        return load_places(idx, url)
    except Exception as exc:  # noqa: BLE001 - the shipped gazetteer still works
        log.warning("gazetteer: places of %s not loaded: %s", url, str(exc).splitlines()[0] if str(exc) else exc)
        return 0


_BUILT_FOR: list = [None]


def _chosen_database() -> tuple:
    """What decides which database's places join the index (cheap: no file system access)."""
    state_db = None
    cli = sys.modules.get("harmwatch.cli.common")
    if cli is not None:
        state_db = getattr(cli.state, "db", None)
    return tuple(_DB_URLS), state_db, os.environ.get("HARMWATCH_DB")


def index() -> Index:
    """The process-wide index, built on first use (and again when the command's --db changes)."""
    global _INDEX
    chosen = _chosen_database()
    if _INDEX is None or _BUILT_FOR[0] != chosen:
        with _LOCK:
            if _INDEX is None or _BUILT_FOR[0] != chosen:
                _INDEX = _build()
                _BUILT_FOR[0] = chosen
    return _INDEX


def use_database(url: str | None) -> None:
    """Consult the `places` table of `url` (besides the shipped data) from now on."""
    global _INDEX
    with _LOCK:
        urls = [url] if url else []
        if urls != _DB_URLS:
            _DB_URLS[:] = urls
            _INDEX = None


def reset() -> None:
    """Forget the index (after an import), so that the next lookup reloads the database's places."""
    global _INDEX
    with _LOCK:
        _INDEX = None


def ranked(idx: Index, found: Sequence[Entry], countries: Sequence[str] = (),
           admin1: Sequence[tuple[str, str]] = ()) -> list[tuple[float, Entry]]:
    """Candidates best first: in a hinted country (earlier hints weigh more), in a named
    province, then by standing (feature level and population)."""
    out = []
    for e in found:
        score = e.standing
        if e.country in countries:
            score += 10 - min(countries.index(e.country), 4)
        if e.country and e.admin1 and (e.country, e.admin1) in admin1:
            score += 4
        out.append((score, e))
    out.sort(key=lambda t: -t[0])
    return out
