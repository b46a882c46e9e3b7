"""Registry of recognised certification schemes, and detection of invented badges.

The data lives in ``claims/data/certifications.json`` (sources in ``CERTIFICATIONS.md``:
GreenDB's encoding of Siegelklarheit's credibility scores plus documented priors).
"""

from __future__ import annotations

import functools
import json
import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from claims.text.lexicon import EXAMPLE_MARKER

DATA_FILE = Path(__file__).resolve().parents[1] / "data" / "certifications.json"

# "<Name> Certified", "<Name> Seal", "our <Name> badge", "Planet Score 9/10" ... A badge-like
# phrase that names no scheme of the registry is a candidate for UNCERTIFIED_LABEL.
_BADGE = re.compile(
    r"(?:(?:our|the)\s+(?:own\s+)?)?((?:[A-Z][\w+-]*|[a-z]+[A-Z]\w*)(?:[ -][A-Z0-9][\w+-]*){0,3})\s*(?:™|®)?\s+"
    r"(?i:certified|approved|seal|badge|label|promise|score|stamp|verified|standard|mark|guarantee|index|rating|"
    r"eco-?label|eco-?seal|eco-?mark)\b"
    r"|\b(?i:our|in-house|proprietary)\s+(?:own\s+)?(?:[\w-]+\s+){0,3}"
    r"(?i:seal|badge|label|score|standard|certification|rating|stamp|mark|index)\b"
    # a rating the seller's own lab gives ("5 Star Rated by Roshnika Labs")
    r"|\b(?i:rated)\s+(?:[\w-]+\s+){0,6}?(?i:by)\s+(?i:our\s+)?(?i:own\s+|in-house\s+)?(?:[A-Z][\w-]*\s+){1,2}"
    r"(?i:labs?|laborator(?:y|ies))\b",
)
_GENERIC_BADGE_NAMES = re.compile(
    r"^(?:The|This|It|Is|Are|Our|All|Fully|Independently|Officially|Lab|Clinically|Dermatologically|Energy|Brand|"
    r"Customer|Service|Delivery|Price|Value|Satisfaction|Freshness|Comfort|Fit|Fits|Meets|Industry|Any|Most|Money|"
    r"Quality|Safety|CE|UL|FDA|ISO|Size|Color|Colour|Product|Tested|Gold|Silver|Premium|Food|Grade)$",
    re.IGNORECASE,  # "OUR PROMISE: good for your skin"
)
# Safety, conformity and compatibility marks: no environmental label, so never an invented eco badge
# ("FCC certified", "ISI Certified", "BIS hallmark", "Apple MFi Certified"); RoHS/REACH are legal
# requirements (LEGAL_REQUIREMENT_AS_FEATURE), not labels (labels.md section 4)
_SAFETY_MARKS = re.compile(
    r"^(?:WPC|ETA|TEC|MTCTE|FCC|ISI|BIS|BEAB|ASTA|VDE|KEMA|Kitemark|BS|UL|ETL|CSA|IEC|IS|FSSAI|HUID|MFi|Apple|MFI|TUV|TÜV|GS|PSE|KC|CCC|NABL|RoHS|REACH|CE|"
    # child-seat approvals ("UN R129 approved", "ECE R44/04", "i-Size")
    r"UN|R\d{2,3}(/\d+)?|i-Size|"
    # India's grading and hallmarking marks ("Agmark certified, Grade: Special")
    r"Agmark|AGMARK|Hallmark|Hallmarked|"
    # lubricant and engine-oil specifications ("API SP / ILSAC GF-6A approved")
    r"ILSAC|API|ACEA|JASO|SAE|dexos|DEXOS|NLGI|"
    r"ISO\d*|IP\d\d|IPX\d|BEE|Qi|USB|DOT|ECE|SNELL|ANSI|OEKO|USB-IF|Bluetooth|HDMI|Dolby|DTS|Hi-Res|WiFi|Wi-Fi|DLNA|Google|Alexa|"
    r"Netflix|Android|Intel|AMD|Microsoft|Windows|PD|QC\d*|Quick|Charge|SGS|Intertek|BSI|NSF|FDA|"
    # toy safety standards and marks (EN 71, ASTM F963, UKCA, CPSIA): safety, not the environment
    r"EN-?71(-\d)?|ASTM|F-?963(-\d+)?|UKCA|CPSIA|CPSC|"
    # display and audio formats ("HDR10+ certified", "VESA certified", "Dolby Vision")
    r"HDR\d*\+?|HLG|VESA|DisplayHDR|THX|IMAX|Widevine|Netflix|Roku|HDCP|"
    # quality marks of a material ("Silk Mark Certified", "Woolmark", "Handloom Mark")
    r"Silk|Woolmark|Handloom|Hallmark|BIS-Hallmark|"
    # manufacturing-quality and food-safety marks ("GMP certified", "HACCP certified")
    r"GMP|WHO-GMP|cGMP|HACCP|Halal|Kosher|FSSC|BRC|BRCGS|"
    # a sport's governing body approving a ball or a racket ("ITF approved", "BWF approved shuttles")
    r"ITF|BWF|ICC|FIFA|FIH|FIBA|FIVB|ITTF|BCCI)$"
)


# a scheme not (yet) held: "Blue Angel pending", "Cradle to Cradle Inspired", "applied for FSC"
_NOT_HELD_AFTER = re.compile(r"\s*[-(,]?\s*(certification |certificate |approval |licence |license )?"
                             r"(pending|applied( for)?|in progress|awaited|under (review|assessment|evaluation)|"
                             r"inspired|style|equivalent)\b|"
                             # a spec row that says no ("ENERGY STAR: Not qualified for this configuration")
                             # (not "GoodWeave certified: no child, forced or bonded labour")
                             r"\s*[:=]\s*(not (qualified|certified|eligible|applicable|rated)|"
                             r"(no|none)(?=\s*([.;,|()]|$)))",
                             re.IGNORECASE)
_NOT_HELD_BEFORE = re.compile(r"(^|[(,;:]\s*)not\s+$|"  # "Energy-saving (not ENERGY STAR certified)"
                              r"\b(inspired by|applied for|applying for|pending|in the process of (getting|obtaining)|"
                              r"working towards?|aiming for|equivalent to|not (sourced|bought|purchased) from|"
                              r"(does|do) not (carry|have|hold|bear)( the| an?)?)\s+"
                              r"(the\s+|an?\s+)?$|"
                              # denied: "our saffron is not Fairtrade certified", "not certified under ENERGY STAR or
                              # the EU Ecolabel"
                              r"\b(is|are|was|were) not\s+$|\bnot (certified|qualified|approved|registered|labell?ed|"
                              r"rated) (under|by|to|with|for)\s+(the\s+)?(([\w-]+ ){1,3}(or|nor|and)\s+(the\s+)?)?$",
                              re.IGNORECASE)

# schemes given as examples of what the product is not certified under ("Not certified under any ecolabel scheme
# (e.g. EU Ecolabel, Nordic Swan)")
_DENIED_EXAMPLES = re.compile(r"\bnot (certified|qualified|approved|registered|labell?ed|rated) (under|by|to|with|for) "
                              r"(any|an?)\b[^()|.;]{0,40}\(\s*"
                              + EXAMPLE_MARKER + r"?,?\s*"
                              r"([\w -]+,\s*){0,3}([\w -]+\s+(or|and|nor)\s+)?$", re.IGNORECASE)


_STANDARD_THING = re.compile(r"\s+(models?|range|versions?|products?|variants?|sizes?|packs?|editions?|series|"
                             r"items?|fit|colou?rs?|delivery|shipping)\b", re.IGNORECASE)
_SCORE_WORD = re.compile(r"^(high|max|top|best|low|final|total|game|credit|customer|user)$", re.IGNORECASE)
_PHYSICAL_SEAL = re.compile(r"\b(double|deck|airtight|air[- ]tight|rubber|silicone|tight|leak[- ]?proof|vacuum|inner|"
                            r"outer|PP|PE|foil|plastic|steel|valve|"
                            r"heat|water[- ]?tight|lid|door|gasket|oil|triple|dual|magnetic|zip)\b", re.IGNORECASE)
_TOY_SAFETY = re.compile(r"\bEN[- ]?71\b|\bASTM\b", re.IGNORECASE)
_LICENCE_WORD = re.compile(r"(licen[cs]e|lic\.|certificate|cert\.?|registration|reg\.|no\.|number|nr\.?|#|\bID\b|"
                           r"code|certified)\s*[:#.]?\s*[\w/.-]{0,12}\s*$", re.IGNORECASE)
# "COSMOS ORGANIC certified by Ecocert Greenlife, certificate no. 151209": the certificate number right after a
# scheme whose format the registry does not know (no other scheme named and no new bullet in between)
_NUMBER_LABEL = r"(no\.?|number|nr\.?|#|ID|code)"
# (or dash-joined capitals before the digits: "BV-RSPO-SCC-0045")
_CERT_NUMBER = (r"\s*[:#.]?\s*(?P<number>(?-i:[A-Z]{1,6}(-[A-Z]{1,6}){2,3})-\d{3,}|"
                r"[A-Z]{0,6}[- /]?[A-Z]{0,4}[- /]?\d[\w/.-]{3,})")
# an ID the scheme gives its holder ("Cruelty Free International ID 4432", "brand ID 3819", "Fairtrade ID 38291"),
# not a product's own ("Product ID", "Model ID")
_HOLDER_ID = (r"(?<!product )(?<!model )(?<!order )(?<!item )(?<!serial )(?<!device )(?<!batch )(?<!user )"
              r"(?<!app )(?<!seller )(?<!listing )ID(?=\s*[:#]?\s*[A-Z]{0,6}[- /]?\d)")
_NAMED_NUMBER = re.compile(r"[^|;\n]{0,48}?\b(licen[cs]e|lic\.|certificate|certification|cert\.?|registration|reg\.|"
                           r"trademark|membership|member|client|licensee|(?-i:[A-Z]{2,5}) ID|op\.? ID|" + _HOLDER_ID +
                           r")\s*" +
                           _NUMBER_LABEL + "?" + _CERT_NUMBER, re.IGNORECASE)
# ... or on a line of its own ("Certificate holder ID: RA-CH-00482719")
_CERT_NUMBER_LINE = re.compile(r"\b(certificate|certification|cert\.|licen[cs]e|registration|trademark|contract|"
                               r"operation|company|"
                               r"brand|member|licensee|client|(?-i:NOP|FLO|OID))( holder| op\.?| operation)?\s*" +
                               _NUMBER_LABEL +
                               r"(\s*(no\.?|number|#))?" + _CERT_NUMBER,
                               re.IGNORECASE)
# a certifier's code in brackets right after the scheme ("RCS certified (SCS-RCS-003457)"), or on a line of its own
# after a certificate word and a colon ("Garden certificate: RA-CERT-IN-0042871")
# capitals joined by dashes (or underscores: "RA_CERT_0042871"), then at least three digits
_LETTERS_CODE = r"(?-i:[A-Z]{2,6}([-_][A-Z]{2,6}){1,3})[-_]\d\d\d"
_BRACKET_CODE = re.compile(r"\s*\(\s*(?P<number>" + _LETTERS_CODE + r"\d*)\s*\)")
_CERT_CODE_LINE = re.compile(r"\b(certificate|certification|licen[cs]e)\s*:\s*(?P<number>" + _LETTERS_CODE + r"\d+)",
                             re.IGNORECASE)
_LICENCE_CODE_BEFORE = re.compile(r"\b(licen[cs]e|certificate|cert\.)\s*(no\.?|number|#)?\s*[:#]?\s*"
                                  r"(?-i:[A-Z]{1,6}-){2,3}$",
                                  re.IGNORECASE)
# another scheme's code right before the digits ("CU 841277" is GOTS's, "TE-00182331" GRS's)
_OTHER_CODE_PREFIX = re.compile(r"(?-i:\b[A-Z]{2,4})[- ]?$")
# a certificate code of dash-joined capitals before its digits, in a format the registry may not know
# ("RSPO-SCC-0045", "MSC-C-12345", "TE-00182331")
_DASHED_CODE = re.compile(r"(?-i:[A-Z]{2,5}-[A-Z]{0,3}-?\d{4,})")
# a scheme's name inside a longer dash-joined code with digits ("BV-RSPO-SCC-0045"): part of a number, no mention
_INSIDE_CODE_BEFORE = re.compile(r"(?-i:[A-Z0-9]{1,6})-$")
_LABEL_THING = re.compile(r"\s*(strips?|area|space|holders?|slots?|pockets?|printers?|makers?|rolls?|tapes?|paper|"
                          r"stickers?|sheets?|pouch(es)?|window)\b", re.IGNORECASE)
_TO_SCHEME = re.compile(r"\s+(to|under|as per|per)\s+(the\s+)?", re.IGNORECASE)
_AFTER_LICENCE_WORD = re.compile(r"\b(licen[cs]e|certificate|cert\.)\s*(no\.?|number|#)?\s*[:#]?\s*$", re.IGNORECASE)
# ... or after a comma ("COSMOS ORGANIC, Reg. No. ECO-COS-30177, certified by Ecocert")
_CERTIFIER_AFTER_NUMBER = re.compile(r"\b(licen[cs]e|certificate|cert\.|reg\.)\s*(no\.?|number|#)?\s*[:#]?\s*"
                                     r"[\w/.-]*\d[\w/.-]*\s*(\(\s*(certified by |issued by |by )?|"
                                     r",\s*((certified|issued) by )?)$",
                                     re.IGNORECASE)
_INSIDE_CODE_AFTER = re.compile(r"(?-i:(-[A-Z]{0,6})*-?\d)")


@dataclass(frozen=True)
class Scheme:
    id: str
    name: str
    scheme_type: str
    attributes: tuple[str, ...]
    credibility: float
    recognised_excellence: bool
    licence_pattern: re.Pattern[str] | None
    aliases: tuple[str, ...]
    # the label's own public register checks it without a licence number in the listing (India's BEE star
    # label, the EU energy label: labels.md section 4, official energy labels substantiate): no
    # UNVERIFIED_CERTIFICATION
    public_register: bool = False


@dataclass(frozen=True)
class CertMatch:
    scheme: Scheme
    start: int
    end: int
    licence: str | None


class Registry:
    """Look up certification schemes named in text."""

    def __init__(self, schemes: list[Scheme]):
        self.schemes = {s.id: s for s in schemes}
        alias_to_scheme: dict[str, Scheme] = {}
        for s in schemes:
            for alias in sorted({*s.aliases, s.name}, key=len, reverse=True):
                alias_to_scheme.setdefault(alias.lower(), s)
        self._alias = alias_to_scheme
        parts = sorted(alias_to_scheme, key=len, reverse=True)
        self._pattern = re.compile(
            r"(?<![\w])(" + "|".join(re.escape(p) for p in parts) + r")(?![\w])", re.IGNORECASE
        ) if parts else None
        # find() per text, memoised (its matches are frozen): a segment is looked up for its features,
        # its badges and its findings, and the service re-scores the same listings
        self._find = functools.lru_cache(maxsize=8_192)(self._find_uncached)

    @classmethod
    def from_file(cls, path: Path = DATA_FILE) -> Registry:
        data = json.loads(path.read_text(encoding="utf-8"))
        schemes = []
        for s in data["schemes"]:
            pat = s.get("licence_pattern")
            schemes.append(Scheme(
                id=s["id"], name=s["name"], scheme_type=s["scheme_type"],
                attributes=tuple(s.get("attributes", [])), credibility=float(s.get("credibility", 0.5)),
                recognised_excellence=bool(s.get("recognised_excellence")),
                licence_pattern=re.compile(pat, re.IGNORECASE) if pat else None,
                aliases=tuple(s.get("aliases", [])),
                public_register=bool(s.get("public_register")),
            ))
        return cls(schemes)

    def find(self, text: str) -> list[CertMatch]:
        """Schemes named in ``text``, each with a licence number found near it (if any)."""
        return list(self._find(text))

    def _find_uncached(self, text: str) -> tuple[CertMatch, ...]:
        if self._pattern is None:
            return ()
        out: list[CertMatch] = []
        for m in self._pattern.finditer(text):
            if _NOT_HELD_AFTER.match(text, m.end()) or \
                    _NOT_HELD_BEFORE.search(text[max(0, m.start() - 40): m.start()]) or \
                    _DENIED_EXAMPLES.search(text[max(0, m.start() - 120): m.start()]):
                continue  # named, not held: no certification of the product
            if _INSIDE_CODE_BEFORE.search(text[max(0, m.start() - 7): m.start()]) and \
                    _INSIDE_CODE_AFTER.match(text, m.end()):
                continue  # "BV-RSPO-SCC-0045": the scheme's name inside its own certificate number
            if out and m.start() - out[-1].end <= 30 and \
                    _AFTER_LICENCE_WORD.search(text[max(0, m.start() - 25): m.start()]) and \
                    re.match(r"\s*[-/]?\s*\d", text[m.end():]):
                continue  # "GOTS licence ECOCERT 21457": the certifier's name in another scheme's licence number
            if out and m.start() - out[-1].end <= 40 and _CERTIFIER_AFTER_NUMBER.search(text[out[-1].end: m.start()]):
                continue  # "GOTS License No. 158769 (Ecocert)": the body that issued the number, in brackets
            if out and out[-1].licence and m.start() - out[-1].end <= 40 and \
                    m.group(0).lower() in out[-1].licence.lower():
                continue  # "Leaping Bunny approved (Cruelty Free International ID no. 5523)": inside the licence
            to = _TO_SCHEME.match(text, m.end())
            if to and self._pattern.match(text, to.end()):
                continue  # "Certified organic by Ecocert to NPOP": the body that certifies, to the scheme named next
            scheme = self._alias[m.group(1).lower()]
            licence = None
            window = text[m.end(): m.end() + 60]
            if scheme.licence_pattern is not None:
                before = text[max(0, m.start() - 40): m.start()]
                lm = scheme.licence_pattern.search(window) or scheme.licence_pattern.search(before)
                if lm and any(ch.isdigit() for ch in lm.group(0)):
                    licence = lm.group(0)
                else:  # a number its certificate word names right after it, in a format the registry does not know
                    nm = _NAMED_NUMBER.match(window) or _BRACKET_CODE.match(window)
                    licence = nm.group("number") if nm else None
            else:  # a scheme with no known format: a number its certificate word names, right after it
                lm = _NAMED_NUMBER.match(window) or _BRACKET_CODE.match(window)
                licence = lm.group("number") if lm else None
            out.append(CertMatch(scheme, m.start(), m.end(), licence))
        return tuple(out)

    def licence_anywhere(self, scheme: Scheme, text: str) -> str | None:
        """A licence number of ``scheme`` anywhere in ``text`` (e.g. the description, when the title names
        the scheme), introduced by a licence word so that an ordinary number is not taken for one."""
        if scheme.licence_pattern is None:
            # a scheme with no known format: a certificate number the listing gives on its own line ("Certificate
            # holder ID: RA-CH-00482719"), when it fits the format of no other scheme the listing names
            others = [c.scheme for c in self.find(text) if c.scheme.id != scheme.id and c.scheme.licence_pattern]
            for m in [*_CERT_NUMBER_LINE.finditer(text), *_CERT_CODE_LINE.finditer(text)]:
                number = m.group("number")
                if not any(s.licence_pattern and s.licence_pattern.fullmatch(number) for s in others):
                    return number
            return None
        acronym = scheme.id.split("_")[0]
        for m in [*_CERT_NUMBER_LINE.finditer(text), *_CERT_CODE_LINE.finditer(text)]:
            if len(acronym) >= 3 and acronym in m.group("number").upper():
                return m.group("number")  # a certificate number that names its scheme ("no. RCS-TC-00987")
        for m in scheme.licence_pattern.finditer(text):
            before = text[max(0, m.start() - 30): m.start()]
            # "GOTS certified (licence no. CU 841277)": the digits are GOTS's number, not an OEKO-TEX one
            # the number introduced by a licence word, or a code that names itself ("FLO ID 37215")
            worded = re.match(r"[A-Za-z]{2,}", m.group(0))
            named = _LICENCE_WORD.search(before) or worded
            # (a number that names itself keeps it after another code: "Blue Angel RAL contract no.: 41237")
            # ... or a certifier's code the licence word puts right before it ("Licence CB-CUC-822301")
            coded = _LICENCE_CODE_BEFORE.search(before)
            if any(ch.isdigit() for ch in m.group(0)) and named and \
                    (worded or coded or not _OTHER_CODE_PREFIX.search(before)):
                return m.group(0)
        return None

    def code_at(self, text: str, pos: int) -> bool:
        """A scheme's licence or certificate code starts at ``pos`` ("Licence code FSC-C162340 printed on the
        label", "RSPO-SCC-0045"): a number, so a keyword that begins it is no claim."""
        if not text[pos: pos + 1].isalpha():
            return False
        for scheme in self.schemes.values():
            m = scheme.licence_pattern.match(text, pos) if scheme.licence_pattern is not None else None
            if m and any(ch.isdigit() for ch in m.group(0)):
                return True
        return bool(_DASHED_CODE.match(text, pos))

    def unknown_badges(self, text: str) -> list[tuple[int, int]]:
        """Badge-like phrases that name no recognised scheme."""
        # every scheme named, held or not ("not certified under the EU Ecolabel" names no invented badge)
        known = [(m.start(), m.end()) for m in self._pattern.finditer(text)] if self._pattern is not None else []
        spans = []
        for m in _BADGE.finditer(text):
            name = m.group(1)
            if name and _SCORE_WORD.match(name.split()[-1]):
                continue  # "Dude Dice High Score", "THE MAX SCORE", "Top Rating": a game or a rating
            if m.group(0).lower().rstrip().endswith("label") and _LABEL_THING.match(text, m.end()):
                continue  # "Write-on label strip", "Thermal Label Printer": a label as a thing
            if m.group(0).lower().rstrip().endswith("standard") and _STANDARD_THING.match(text, m.end()):
                continue  # "same finish as our standard models": the ordinary version, not a standard
            if name and m.group(0).lower().rstrip().endswith("seal") and _PHYSICAL_SEAL.search(name):
                continue  # "Double Deck Seal", "Airtight Silicone Seal": a part, not a label
            if name and (_GENERIC_BADGE_NAMES.match(name.split()[0]) or
                         any(_SAFETY_MARKS.match(w.strip(",&/()"))
                             for w in [*name.split(), *re.split(r"[ -]", name)]) or
                         _TOY_SAFETY.search(name)):
                continue
            if any(a < m.end() and m.start() < b for a, b in known):
                continue
            if re.search(r"\d/$", text[: m.start()]):
                continue  # "BS 1363/A approved plug": a standard's part letter
            spans.append((m.start(), m.end()))
        return spans


@lru_cache(maxsize=1)
def default_registry() -> Registry:
    return Registry.from_file()
