"""Demonyms: the adjectives and nouns that stand for a country ("Iraqi", "the Afghans").

One table for the project, one row per country: its ISO code, its name as
actor names write it ("Military Forces of Iraq") and the words that stand for
it. Every consumer derives its list from the table:

* the gazetteer's country names: :func:`country_demonyms`;
* actor names of state forces ("Iraqi troops", "US jets"): :func:`state_words`;
* event cues naming state forces ("Syrian troops"): :func:`demonym_words`.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from functools import lru_cache

__all__ = ["Country", "countries", "country_demonyms", "demonym_words", "state_words"]


@dataclass(frozen=True)
class Country:
    """One country and the words that stand for it."""

    code: str  # ISO 3166-1 alpha-2
    name: str  # as actor names write it: "Iraq", "the United States"
    demonyms: tuple[str, ...] = ()  # "Iraqi"; the gazetteer index holds these
    # Demonyms the gazetteer index leaves out: adding a name to the index moves
    # place resolution, so these wait for a rebuild of their own.
    unindexed: tuple[str, ...] = ()
    # Other words that stand before "forces" or "troops": "US", "UAE", "DRC".
    also: tuple[str, ...] = ()

    @property
    def all_demonyms(self) -> tuple[str, ...]:
        """The demonyms, indexed or not."""
        return self.demonyms + self.unindexed


_C = Country
# In gazetteer order (the old table's); countries it lacks sit beside their
# neighbours in the alphabet. A word two rows share belongs, for actor names,
# to the first: "Congolese troops" are the DRC's, the gazetteer's "Congolese"
# place is the Republic of the Congo.
COUNTRIES: tuple[Country, ...] = (
    _C("AF", "Afghanistan", ("Afghan",), also=("Afghanistan",)),
    _C("AL", "Albania", ("Albanian",)),
    _C("DZ", "Algeria", ("Algerian",)),
    _C("AO", "Angola", ("Angolan",)),
    _C("AR", "Argentina", ("Argentine", "Argentinian")),
    _C("AM", "Armenia", ("Armenian",)),
    _C("AU", "Australia", ("Australian",)),
    _C("AT", "Austria", ("Austrian",)),
    _C("AZ", "Azerbaijan", ("Azerbaijani", "Azeri")),
    _C("BH", "Bahrain", ("Bahraini",)),
    _C("BD", "Bangladesh", ("Bangladeshi",)),
    _C("BY", "Belarus", ("Belarusian",)),
    _C("BE", "Belgium", ("Belgian",)),
    _C("BO", "Bolivia", ("Bolivian",)),
    _C("BA", "Bosnia and Herzegovina", ("Bosnian",)),
    _C("BR", "Brazil", ("Brazilian",)),
    _C("BG", "Bulgaria", ("Bulgarian",)),
    _C("BF", "Burkina Faso", unindexed=("Burkinabe", "Burkinabè")),
    _C("BI", "Burundi", unindexed=("Burundian",)),
    _C("KH", "Cambodia", ("Cambodian",)),
    _C("CM", "Cameroon", ("Cameroonian",)),
    _C("CA", "Canada", ("Canadian",)),
    _C("CF", "the Central African Republic", unindexed=("Central African",)),
    _C("TD", "Chad", ("Chadian",)),
    _C("CL", "Chile", ("Chilean",)),
    _C("CN", "China", ("Chinese",)),
    _C("CO", "Colombia", ("Colombian",)),
    _C("CD", "the Democratic Republic of Congo", unindexed=("Congolese",), also=("DRC",)),
    _C("CG", "the Republic of Congo", ("Congolese",)),
    _C("HR", "Croatia", ("Croatian",)),
    _C("CU", "Cuba", ("Cuban",)),
    _C("CY", "Cyprus", ("Cypriot",)),
    _C("CZ", "the Czech Republic", ("Czech",)),
    _C("DK", "Denmark", ("Danish",)),
    _C("NL", "the Netherlands", ("Dutch",)),
    _C("EC", "Ecuador", unindexed=("Ecuadorian",)),
    _C("EG", "Egypt", ("Egyptian",)),
    _C("SV", "El Salvador", unindexed=("Salvadoran", "Salvadorian")),
    _C("ER", "Eritrea", ("Eritrean",)),
    _C("EE", "Estonia", ("Estonian",)),
    _C("ET", "Ethiopia", ("Ethiopian",)),
    _C("FI", "Finland", ("Finnish",)),
    _C("FR", "France", ("French",)),
    _C("GE", "Georgia", ("Georgian",)),
    _C("DE", "Germany", ("German",)),
    _C("GH", "Ghana", ("Ghanaian",)),
    _C("GR", "Greece", ("Greek",), unindexed=("Hellenic",)),
    _C("GT", "Guatemala", ("Guatemalan",)),
    _C("GN", "Guinea", unindexed=("Guinean",)),
    _C("HT", "Haiti", ("Haitian",)),
    _C("HN", "Honduras", ("Honduran",)),
    _C("HU", "Hungary", ("Hungarian",)),
    _C("IS", "Iceland", ("Icelandic",)),
    _C("IN", "India", ("Indian",)),
    _C("ID", "Indonesia", ("Indonesian",)),
    _C("IR", "Iran", ("Iranian",)),
    _C("IQ", "Iraq", ("Iraqi",)),
    _C("IE", "Ireland", ("Irish",)),
    _C("IL", "Israel", ("Israeli",)),
    _C("IT", "Italy", ("Italian",)),
    _C("CI", "Ivory Coast", unindexed=("Ivorian",)),
    _C("JM", "Jamaica", ("Jamaican",)),
    _C("JP", "Japan", ("Japanese",)),
    _C("JO", "Jordan", ("Jordanian",)),
    _C("KZ", "Kazakhstan", ("Kazakh",)),
    _C("KE", "Kenya", ("Kenyan",)),
    _C("KW", "Kuwait", ("Kuwaiti",)),
    _C("KG", "Kyrgyzstan", ("Kyrgyz",)),
    _C("LA", "Laos", ("Laotian",)),
    _C("LV", "Latvia", ("Latvian",)),
    _C("LB", "Lebanon", ("Lebanese",)),
    _C("LR", "Liberia", ("Liberian",)),
    _C("LY", "Libya", ("Libyan",)),
    _C("LT", "Lithuania", ("Lithuanian",)),
    _C("MK", "North Macedonia", ("Macedonian",)),
    _C("MG", "Madagascar", unindexed=("Malagasy",)),
    _C("MY", "Malaysia", ("Malaysian",)),
    _C("ML", "Mali", ("Malian",)),
    _C("MR", "Mauritania", unindexed=("Mauritanian",)),
    _C("MX", "Mexico", ("Mexican",)),
    _C("MD", "Moldova", ("Moldovan",)),
    _C("MN", "Mongolia", ("Mongolian",)),
    _C("MA", "Morocco", ("Moroccan",)),
    _C("MZ", "Mozambique", ("Mozambican",)),
    _C("MM", "Myanmar", ("Burmese",), also=("Myanmar",)),
    _C("NP", "Nepal", ("Nepali", "Nepalese")),
    _C("NI", "Nicaragua", ("Nicaraguan",)),
    _C("NE", "Niger", unindexed=("Nigerien",)),
    _C("NG", "Nigeria", ("Nigerian",)),
    _C("KP", "North Korea", unindexed=("North Korean",)),
    _C("NO", "Norway", ("Norwegian",)),
    _C("OM", "Oman", ("Omani",)),
    _C("PK", "Pakistan", ("Pakistani",)),
    _C("PS", "Palestine", ("Palestinian",)),
    _C("PA", "Panama", ("Panamanian",)),
    _C("PY", "Paraguay", ("Paraguayan",)),
    _C("PE", "Peru", ("Peruvian",)),
    _C("PH", "the Philippines", ("Filipino", "Philippine")),
    _C("PL", "Poland", ("Polish",)),
    _C("PT", "Portugal", ("Portuguese",)),
    _C("QA", "Qatar", ("Qatari",)),
    _C("RO", "Romania", ("Romanian",)),
    _C("RU", "Russia", ("Russian",)),
    _C("RW", "Rwanda", ("Rwandan",)),
    _C("SA", "Saudi Arabia", ("Saudi",)),
    _C("SN", "Senegal", ("Senegalese",)),
    _C("RS", "Serbia", ("Serbian", "Serb")),
    _C("SL", "Sierra Leone", ("Sierra Leonean",)),
    _C("SK", "Slovakia", ("Slovak",)),
    _C("SI", "Slovenia", ("Slovenian",)),
    _C("SO", "Somalia", ("Somali",)),
    _C("ZA", "South Africa", unindexed=("South African",)),
    _C("KR", "South Korea", unindexed=("South Korean",)),
    _C("SS", "South Sudan", unindexed=("South Sudanese",)),
    _C("ES", "Spain", ("Spanish",)),
    _C("LK", "Sri Lanka", ("Sri Lankan",)),
    _C("SD", "Sudan", ("Sudanese",)),
    _C("SE", "Sweden", ("Swedish",)),
    _C("CH", "Switzerland", ("Swiss",)),
    _C("SY", "Syria", ("Syrian",)),
    _C("TW", "Taiwan", ("Taiwanese",)),
    _C("TJ", "Tajikistan", ("Tajik",)),
    _C("TZ", "Tanzania", ("Tanzanian",)),
    _C("TH", "Thailand", ("Thai",)),
    _C("TN", "Tunisia", ("Tunisian",)),
    _C("TR", "Turkey", ("Turkish",)),
    _C("TM", "Turkmenistan", ("Turkmen",)),
    _C("UG", "Uganda", ("Ugandan",)),
    _C("UA", "Ukraine", ("Ukrainian",)),
    _C("AE", "the United Arab Emirates", ("Emirati",), also=("UAE",)),
    _C("GB", "the United Kingdom", ("British",), also=("UK",)),
    _C("US", "the United States", ("American",), also=("US", "U.S.", "United States")),
    _C("UY", "Uruguay", ("Uruguayan",)),
    _C("UZ", "Uzbekistan", ("Uzbek",)),
    _C("VE", "Venezuela", ("Venezuelan",)),
    _C("VN", "Vietnam", ("Vietnamese",)),
    _C("YE", "Yemen", ("Yemeni",)),
    _C("ZM", "Zambia", ("Zambian",)),
    _C("ZW", "Zimbabwe", ("Zimbabwean",)),
)


def countries() -> tuple[Country, ...]:
    """The whole table, in its order."""
    return COUNTRIES


@lru_cache(maxsize=1)
def country_demonyms() -> dict[str, list[str]]:
    """ISO alpha-2 code -> its indexed demonyms and their -s plurals (for those in -an or -i)."""
    out: dict[str, list[str]] = defaultdict(list)
    for country in COUNTRIES:
        for w in country.demonyms:
            out[country.code].append(w)
            if w.endswith(("an", "i")):
                out[country.code].append(w + "s")
    return dict(out)


@lru_cache(maxsize=1)
def demonym_words() -> tuple[str, ...]:
    """Every demonym of the table once, indexed or not, in table order ("Afghan", ...)."""
    return tuple(dict.fromkeys(w for c in COUNTRIES for w in c.all_demonyms))


@lru_cache(maxsize=1)
def state_words() -> dict[str, str]:
    """Word that stands before "forces" as written ("Iraqi", "U.S.") -> the country's name.

    The demonyms, indexed or not, and the other words of each row; a word two
    rows share belongs to the first.
    """
    out: dict[str, str] = {}
    for country in COUNTRIES:
        for w in country.all_demonyms + country.also:
            out.setdefault(w, country.name)
    return out
