"""Demonyms: the adjectives and nouns that stand for a country ("Iraqi", "the Afghans").

One table for the project. Every consumer (the gazetteer's country names, actor
names of state forces, event cues naming state forces) derives its list from
``country_demonyms()``.
"""

from __future__ import annotations

from collections import defaultdict
from functools import lru_cache

__all__ = ["country_demonyms"]

# Adjectives and demonyms that stand for a country ("Iraqi forces", "the
# Russians"): news geoparsing corpora annotate them as the country. Plurals in
# -s are derived for those ending in -an or -i.
DEMONYM_TABLE = """
AF Afghan|AL Albanian|DZ Algerian|AO Angolan|AR Argentine,Argentinian|AM Armenian
AU Australian|AT Austrian|AZ Azerbaijani,Azeri|BH Bahraini|BD Bangladeshi|BY Belarusian
BE Belgian|BO Bolivian|BA Bosnian|BR Brazilian|BG Bulgarian|KH Cambodian|CM Cameroonian
CA Canadian|TD Chadian|CL Chilean|CN Chinese|CO Colombian|CG Congolese|HR Croatian|CU Cuban
CY Cypriot|CZ Czech|DK Danish|NL Dutch|EG Egyptian|ER Eritrean|EE Estonian|ET Ethiopian
FI Finnish|FR French|GE Georgian|DE German|GH Ghanaian|GR Greek|GT Guatemalan|HT Haitian
HN Honduran|HU Hungarian|IS Icelandic|IN Indian|ID Indonesian|IR Iranian|IQ Iraqi|IE Irish
IL Israeli|IT Italian|JM Jamaican|JP Japanese|JO Jordanian|KZ Kazakh|KE Kenyan|KW Kuwaiti
KG Kyrgyz|LA Laotian|LV Latvian|LB Lebanese|LR Liberian|LY Libyan|LT Lithuanian
MK Macedonian|MY Malaysian|ML Malian|MX Mexican|MD Moldovan|MN Mongolian|MA Moroccan
MZ Mozambican|MM Burmese|NP Nepali,Nepalese|NI Nicaraguan|NG Nigerian
NO Norwegian|OM Omani|PK Pakistani|PS Palestinian|PA Panamanian|PY Paraguayan
PE Peruvian|PH Filipino,Philippine|PL Polish|PT Portuguese|QA Qatari|RO Romanian
RU Russian|RW Rwandan|SA Saudi|SN Senegalese|RS Serbian,Serb|SL Sierra Leonean
SK Slovak|SI Slovenian|SO Somali|ES Spanish|LK Sri Lankan|SD Sudanese
SE Swedish|CH Swiss|SY Syrian|TW Taiwanese|TJ Tajik|TZ Tanzanian|TH Thai|TN Tunisian
TR Turkish|TM Turkmen|UG Ugandan|UA Ukrainian|AE Emirati|GB British|US American
UY Uruguayan|UZ Uzbek|VE Venezuelan|VN Vietnamese|YE Yemeni|ZM Zambian|ZW Zimbabwean
"""


@lru_cache(maxsize=1)
def country_demonyms() -> dict[str, list[str]]:
    """ISO alpha-2 code -> its demonyms and their -s plurals (for those in -an or -i)."""
    out: dict[str, list[str]] = defaultdict(list)
    for item in DEMONYM_TABLE.replace("\n", "|").split("|"):
        if not item.strip():
            continue
        code, words = item.split(" ", 1)
        for w in words.split(","):
            out[code].append(w)
            if w.endswith(("an", "i")):
                out[code].append(w + "s")
    return dict(out)
