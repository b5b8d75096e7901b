"""Words that are places, not given names, for the Latin name forms (forms20, forms21, forms22).

Split out of :mod:`.forms21` in round 23 so that forms20 can use the same set without an import cycle.
"""

from __future__ import annotations

__all__ = ["_places"]

#: Countries, regions and cities that name lists hold as given names ("Italia", "Argentina", "Manila",
#: "Rosario"): before or after a flag they are the place.
_FLAG_PLACES = frozenset(
    """italia argentina manila athina bahia salvador rosario tijuana lille torino bari braga alberta brasil
    espana españa mexico méxico colombia bolivia venezuela ecuador uruguay paraguay panama honduras nicaragua
    guatemala dominica dominicana jamaica barbados trinidad bermuda bahamas haiti cuba belize guyana suriname
    portugal francia frankreich italien spanien deutschland allemagne alemania germania nederland holland
    belgique belgie schweiz suisse svizzera osterreich österreich polska cesko slovensko magyarorszag hrvatska
    srbija bosnia slovenia albania macedonia moldova romania bulgaria ukraina ukraine rossiya russia belarus
    latvia lithuania estonia georgia armenia azerbaijan kazakhstan uzbekistan turkiye türkiye iran iraq syria
    lebanon jordan israel palestine egypt libya tunisia algeria morocco maroc senegal mali niger nigeria
    ghana togo benin cameroon gabon congo angola namibia botswana zambia zimbabwe malawi mozambique tanzania
    kenya uganda rwanda burundi ethiopia eritrea somalia sudan madagascar mauritius seychelles india bharat
    pakistan bangladesh nepal bhutan lanka srilanka maldives myanmar thailand laos cambodia vietnam malaysia
    singapore indonesia brunei filipinas philippines pilipinas taiwan china japan nippon korea mongolia
    australia zealand aotearoa fiji samoa tonga canada quebec québec ontario columbia florida california
    texas carolina virginia dakota montana nevada arizona colorado georgia tasmania victoria queensland
    andalucia andalucía catalunya cataluña galicia asturias navarra valencia murcia toscana lombardia
    sardegna sicilia puglia calabria campania veneto liguria bavaria bayern normandie bretagne provence
    alsace corse corsica kerala punjab bengal goa java sumatra bali luzon cebu mindanao patagonia amazonia
    lagos abuja accra nairobi dakar kinshasa luanda maputo harare kampala kigali addis casablanca marrakech
    tunis algiers beirut amman doha riyadh jeddah muscat manama kuwait baghdad tehran kabul karachi lahore
    dhaka kathmandu colombo yangon hanoi saigon jakarta surabaya manila cebu taipei shanghai beijing
    hongkong macau osaka kyoto seoul busan toronto montreal vancouver ottawa calgary quito cusco bogota
    bogotá cartagena medellin medellín caracas montevideo asuncion asunción cordoba córdoba mendoza
    valparaiso valparaíso recife fortaleza natal belem belém manaus curitiba florianopolis goiania
    galway dublin cork glasgow edinburgh cardiff belfast bristol leeds liverpool manchester""".split())
_PLACE_SET: frozenset[str] | None = None


def _places() -> frozenset[str]:
    global _PLACE_SET
    if _PLACE_SET is None:
        from .latin_forms import _PLACES
        from .slots import NOT_A_PERSON, PLACE_GIVEN

        _PLACE_SET = _PLACES | NOT_A_PERSON | PLACE_GIVEN | _FLAG_PLACES
    return _PLACE_SET
