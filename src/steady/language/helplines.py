"""Support lines by country: crisis lines and domestic-abuse lines, as data.

Each number was found on a page named in docs/care.md (the service's own page where the
stored copy had one, else a government, operator or news page), so that anyone can check
it. Numbers change; docs/care.md says when they were gathered and how to correct one,
and `steady config set crisis_lines` / `abuse_lines` put a person's own lines first.

This module is plain data and a little string work: help-now reads it before anything
else runs, so nothing here may fail or import more than the standard library.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass

FIND_A_HELPLINE = "findahelpline.com lists free, confidential lines in many countries"


@dataclass(frozen=True)
class Line:
    service: str
    contact: str  # "call or text 988"
    hours: str = ""  # "any time"; empty when no source said
    source: str = ""  # the page the number was found on (listed in docs/care.md)

    @property
    def sentence(self) -> str:
        return f"{self.service}: {self.contact}" + (f", {self.hours}" if self.hours else "")


@dataclass(frozen=True)
class Country:
    code: str  # ISO 3166-1 alpha-2
    name: str
    emergency: str  # "000", "112 or 999"
    crisis: tuple[Line, ...]
    abuse: tuple[Line, ...]
    abuse_note: str = ""  # said when there is no national line

    @property
    def emergency_sentence(self) -> str:
        return f"In immediate danger in {self.name}: call {self.emergency}"


ANY_TIME = "any time"

COUNTRIES: tuple[Country, ...] = (
    Country(
        "US",
        "the United States",
        "911",
        (
            Line(
                "988 Suicide & Crisis Lifeline",
                "call or text 988, or chat at 988lifeline.org",
                ANY_TIME,
                source="https://health.wyo.gov/publichealth/prevention/wivpp/suicide-prevention/988-suicide-crisis-lifeline",
            ),
        ),
        (
            Line(
                "National Domestic Violence Hotline",
                "call 1-800-799-7233, or text START to 88788",
                ANY_TIME,
                source="https://ovc.ojp.gov/news/grantee-news/national-domestic-violence-hotline-answers-6-million-contacts",
            ),
        ),
    ),
    Country(
        "CA",
        "Canada",
        "911",
        (
            Line(
                "9-8-8 Suicide Crisis Helpline",
                "call or text 988",
                ANY_TIME,
                source="https://988.ca/get-help/what-to-expect",
            ),
        ),
        (
            Line(
                "ShelterSafe",
                "sheltersafe.ca lists the 24-hour crisis line of each local shelter",
                source="https://endvaw.ca/covid-19-public/",
            ),
        ),
        abuse_note="Canada has no single national phone line; the local shelters' lines answer "
        "any time.",
    ),
    Country(
        "GB",
        "the UK",
        "999",
        (
            Line(
                "Samaritans",
                "call 116 123, free",
                ANY_TIME,
                source="https://www.samaritans.org/how-we-can-help/contact-samaritan/",
            ),
        ),
        (
            Line(
                "National Domestic Abuse Helpline",
                "call 0808 2000 247, free",
                ANY_TIME,
                source="https://refuge.org.uk/news/refuge-responds-to-reports-of-potential-increase-in-domestic-abuse-during-covid-19",
            ),
        ),
    ),
    Country(
        "IE",
        "Ireland",
        "112 or 999",
        (
            Line(
                "Samaritans",
                "call 116 123, free",
                ANY_TIME,
                source="https://www.samaritans.org/your-community/samaritans-ireland-scotland-and-wales/samaritans-ireland/journey",
            ),
        ),
        (
            Line(
                "Women's Aid",
                "call 1800 341 900, free",
                ANY_TIME,
                source="https://gov.ie/ga/an-roinn-dl%C3%AD-agus-cirt/foilseachain/information-for-survivors-of-domestic-violence",
            ),
        ),
    ),
    Country(
        "AU",
        "Australia",
        "000",
        (
            Line(
                "Lifeline",
                "call 13 11 14, or text 0477 13 11 14",
                ANY_TIME,
                source="https://lifeinmind.org.au/news/lifelines-crisis-text-service-now-available-24-7",
            ),
        ),
        (
            Line(
                "1800RESPECT",
                "call 1800 737 732, or text 0458 737 732",
                ANY_TIME,
                source="https://www.1800respect.org.au/terms-and-conditions",
            ),
        ),
    ),
    Country(
        "NZ",
        "New Zealand",
        "111",
        (
            Line(
                "Need to talk?",
                "call or text 1737, free",
                ANY_TIME,
                source="https://www.health.govt.nz/news-media/news-items/phone-counselling-service-busy-following-christchurch-tragedy",
            ),
        ),
        (
            Line(
                "Women's Refuge",
                "call 0800 733 843, free",
                ANY_TIME,
                source="https://womensrefuge.org.nz/get-help/",
            ),
        ),
    ),
    Country(
        "DE",
        "Germany",
        "112 (police 110)",
        (
            Line(
                "TelefonSeelsorge",
                "call 0800 111 0 111 or 0800 111 0 222 or 116 123, free",
                ANY_TIME,
                source="http://ansbach-evangelisch.de/jeder-braucht-mal-hilfe/",
            ),
        ),
        (
            Line(
                "Hilfetelefon Gewalt gegen Frauen",
                "call 116 016, free",
                ANY_TIME,
                source="https://www.hilfetelefon.de/das-hilfetelefon/angebot-im-ueberblick.html",
            ),
        ),
    ),
    Country(
        "FR",
        "France",
        "112 (police 17)",
        (
            Line(
                "3114, suicide prevention",
                "call 3114, free",
                ANY_TIME,
                source="https://www.mayotte.ars.sante.fr/3114-le-numero-national-de-prevention-du-suicide",
            ),
        ),
        (
            Line(
                "3919, Violences Femmes Info",
                "call 3919, free",
                ANY_TIME,
                source="https://solidaritefemmes.org/appeler-le-3919/",
            ),
        ),
    ),
    Country(
        "ES",
        "Spain",
        "112",
        (
            Line(
                "024, suicidal behaviour line",
                "call 024, free",
                ANY_TIME,
                source="https://www.rtve.es/noticias/20220509/sanidad-presenta-telefono-prevencion-suicidio/2347183.shtml",
            ),
        ),
        (
            Line(
                "016, violence against women",
                "call 016, free, or WhatsApp 600 000 016",
                ANY_TIME,
                source="https://asturi.as/?p=36140463764",
            ),
        ),
    ),
    Country(
        "IT",
        "Italy",
        "112",
        (
            Line(
                "Telefono Amico Italia",
                "call 02 2327 2327",
                "9:00 to midnight",
                source="https://www.giornaledibrescia.it/cronaca/telefono-amico-numero-aiuto-aprile-notte-nv32wmcr",
            ),
        ),
        (
            Line(
                "1522, anti-violence and stalking line",
                "call 1522, free",
                ANY_TIME,
                source="https://www.ilmessaggero.it/italia/1522_numero_anti_violenza_donne_come_funziona_meloni_news-7776518.html",
            ),
        ),
    ),
    Country(
        "NL",
        "the Netherlands",
        "112",
        (
            Line(
                "113 Zelfmoordpreventie",
                "call 113 or 0800-0113, free, or chat at 113.nl",
                ANY_TIME,
                source="https://www.113.nl/schoolopdracht",
            ),
        ),
        (
            Line(
                "Veilig Thuis",
                "call 0800-2000, free",
                ANY_TIME,
                source="https://www.rijksoverheid.nl/onderwerpen/huiselijk-geweld/vraag-en-antwoord/wat-moet-ik-doen-bij-huiselijk-geweld",
            ),
        ),
    ),
    Country(
        "BE",
        "Belgium",
        "112 (police 101)",
        (
            Line(
                "Zelfmoordlijn (in Dutch)",
                "call 1813, free",
                ANY_TIME,
                source="https://nieuws.vtm.be/binnenland/67758-nieuw-nummer-zelfmoordlijn1813",
            ),
            Line(
                "Centre de Prévention du Suicide (in French)",
                "call 0800 32 123, free",
                ANY_TIME,
                source="https://www.lalibre.be/belgique/societe/2023/02/21/le-centre-de-prevention-du-suicide-est-confronte-a-une-hausse-du-nombre-dappels-A54EZGXFSJB3HNFT4ZSPCEPJ5I/",
            ),
        ),
        (
            Line(
                "Écoute Violences Conjugales (in French)",
                "call 0800 30 030, free",
                ANY_TIME,
                source="https://www.ecouteviolencesconjugales.be/qui-sommes-nous/presentation/",
            ),
            Line(
                "1712 (in Dutch)",
                "call 1712, free",
                "on working days",
                source="https://www.1712.be/nl/over-1712",
            ),
        ),
    ),
    Country(
        "CH",
        "Switzerland",
        "112 (police 117, ambulance 144)",
        (
            Line(
                "Die Dargebotene Hand / La Main Tendue",
                "call 143",
                ANY_TIME,
                source="https://www.bag-blueprint.ch/die-dargebotene-hand-tel-143",
            ),
        ),
        (
            Line(
                "Opferberatung Zürich (canton of Zurich)",
                "call 044 455 2 142",
                ANY_TIME,
                source="https://schweizerpolizei.ch/2025/11/02/kanton-zuerich-neuer-telefondienst-fuer-gewaltopfer-anonyme-hilfe-rund-um-die-uhr",
            ),
        ),
        abuse_note="Switzerland has no national line yet; the police (117) and the cantonal "
        "victim support centres help.",
    ),
    Country(
        "AT",
        "Austria",
        "112 (police 133, ambulance 144)",
        (
            Line(
                "TelefonSeelsorge",
                "call 142, free",
                ANY_TIME,
                source="https://www.katholisch.at/telefonseelsorge",
            ),
        ),
        (
            Line(
                "Frauenhelpline gegen Gewalt",
                "call 0800 222 555, free",
                ANY_TIME,
                source="https://www.xn--frauenhausmdling-wwb.at/news/frauenhelpline-0800-222-555/",
            ),
        ),
    ),
    Country(
        "SE",
        "Sweden",
        "112",
        (
            Line(
                "Mind Självmordslinjen",
                "call 90101, or chat at mind.se",
                ANY_TIME,
                source="http://www.kronprinsessparetsstiftelse.se/projekt/sjalvmordsupplysningen.html",
            ),
        ),
        (
            Line(
                "Kvinnofridslinjen",
                "call 020-50 50 50, free",
                ANY_TIME,
                source="https://www.nck.uu.se/nyhetsarkiv/nyhetsvisningssida/?tarContentId=1050738&languageId=3&id=1040&librisId=&swepubId=",
            ),
        ),
    ),
    Country(
        "NO",
        "Norway",
        "112 (medical 113)",
        (
            Line(
                "Mental Helse Hjelpetelefonen",
                "call 116 123, free",
                ANY_TIME,
                source="https://www.nrk.no/osloogviken/over-100-barn-under-ni-ar-har-tatt-kontakt-_-hjelpetelefoner-slar-alarm-1.15736352",
            ),
            Line(
                "Kirkens SOS",
                "call 22 40 00 40",
                ANY_TIME,
                source="https://www.nrk.no/osloogviken/over-100-barn-under-ni-ar-har-tatt-kontakt-_-hjelpetelefoner-slar-alarm-1.15736352",
            ),
        ),
        (
            Line(
                "Vold- og overgrepslinjen",
                "call 116 006, free",
                ANY_TIME,
                source="https://www.krisesenter.com/vold-og-overgrepslinjen-116-006-opplever-stor-pagang/",
            ),
        ),
    ),
    Country(
        "DK",
        "Denmark",
        "112",
        (
            Line(
                "Livslinien",
                "call 70 201 201, or livslinien.dk",
                source="https://cphpost.dk/2015-10-26/news/suicide-prevention-lifeline-gets-funding-to-stay-open-at-night/",
            ),
        ),
        (
            Line(
                "Lev Uden Vold",
                "call 1888, free",
                ANY_TIME,
                source="https://levudenvold.dk/aktuelt/nyheder/lev-uden-vold-modtog-i-2022-rekordmange-opkald/",
            ),
        ),
    ),
    Country(
        "FI",
        "Finland",
        "112",
        (
            Line(
                "MIELI Crisis Helpline",
                "call 09 2525 0111 (Finnish) or 09 2525 0112 (Swedish)",
                source="http://mieli.fi/helpline",
            ),
        ),
        (
            Line(
                "Nollalinja", "call 080 005 005, free", ANY_TIME, source="https://nollalinja.fi/en"
            ),
        ),
    ),
    Country(
        "PL",
        "Poland",
        "112",
        (
            Line(
                "Kryzysowy Telefon Zaufania",
                "call 116 123, free",
                ANY_TIME,
                source="https://banai.pl/ponad-110-tys-polaczen-z-numerem-116-123-ministerstwo-cyfryzacji-o-pomocy-dla-osob-w-kryzysie-emocjonalnym/",
            ),
            Line(
                "Centrum Wsparcia",
                "call 800 70 2222",
                source="https://zdrowie.pap.pl/psyche/na-kryzys-telefon-800-70-2222",
            ),
        ),
        (
            Line(
                "Niebieska Linia",
                "call 800 120 002, free",
                ANY_TIME,
                source="https://pap-mediaroom.pl/zdrowie-i-styl-zycia/30-lat-realnej-pomocy-jubileusz-ogolnopolskiego-pogotowia-dla-osob-doznajacych",
            ),
        ),
    ),
    Country(
        "PT",
        "Portugal",
        "112",
        (
            Line(
                "SNS 24, psychological support",
                "call 808 24 24 24, then option 4",
                ANY_TIME,
                source="https://www.sns24.gov.pt/en/servico/aconselhamento-psicologico-no-sns-24/",
            ),
        ),
        (
            Line(
                "Domestic violence information line (CIG)",
                "call 800 202 148, free, or text 3060",
                ANY_TIME,
                source="https://www.cig.gov.pt/servicos/servico-de-informacao-as-vitimas-de-violencia-domestica/",
            ),
        ),
    ),
    Country(
        "IN",
        "India",
        "112",
        (
            Line(
                "Tele-MANAS",
                "call 14416 or 1-800-891-4416, free",
                ANY_TIME,
                source="https://theshillongtimes.com/2025/02/07/tele-manas-mental-health-helpline-handles-over-18-1-lakh-calls-centre/",
            ),
        ),
        (
            Line(
                "Women Helpline",
                "call 181, free",
                source="https://www.lokmattimes.com/technology/over-29-lakh-phone-calls-handled-by-tele-manas-cells-savitri-thakur-2/",
            ),
        ),
    ),
    Country(
        "ZA",
        "South Africa",
        "112 from a mobile (police 10111, ambulance 10177)",
        (
            Line(
                "SADAG Suicide Crisis Helpline",
                "call 0800 567 567, free, or SMS 31393",
                ANY_TIME,
                source="https://m.tonight.co.za/lifestyle/health/mind/heres-how-suicide-is-preventable-world-suicide-prevention-day-7d431702-b601-449a-a83c-bf7aa27f2460",
            ),
        ),
        (
            Line(
                "Gender-Based Violence Command Centre",
                "call 0800 428 428, free",
                ANY_TIME,
                source="http://gbv.org.za/about-us",
            ),
        ),
    ),
    Country(
        "JP",
        "Japan",
        "110 (fire and ambulance 119)",
        (
            Line(
                "Yorisoi Hotline",
                "call 0120-279-338, free",
                ANY_TIME,
                source="https://kotobank.jp/word/%E3%82%88%E3%82%8A%E3%81%9D%E3%81%84%E3%81%BB%E3%81%A4%E3%81%A8%E3%82%89%E3%81%84%E3%82%93-3193813",
            ),
        ),
        (
            Line(
                "DV Soudan Plus",
                "call 0120-279-889, free",
                ANY_TIME,
                source="https://www.gov-online.go.jp/cam/no_dvca/dv03/",
            ),
        ),
    ),
    Country(
        "SG",
        "Singapore",
        "999 (ambulance 995)",
        (
            Line(
                "Samaritans of Singapore",
                "call 1767, or WhatsApp 9151 1767",
                ANY_TIME,
                source="https://www.channelnewsasia.com/singapore/suicide-whatsapp-service-caretext-samaritans-singapore-help-2929241?cid=cna_flip_070214",
            ),
            Line(
                "mindline",
                "call 1771",
                ANY_TIME,
                source="https://www.daily8.com/en/hashtag/SamaritansOfSingapore",
            ),
        ),
        (
            Line(
                "National Anti-Violence and Sexual Harassment Helpline",
                "call 1800 777 0000",
                ANY_TIME,
                source="https://www.straitstimes.com/singapore/community/msf-launches-24-hour-family-violence-helpline",
            ),
        ),
    ),
    Country(
        "BR",
        "Brazil",
        "190 (ambulance 192)",
        (
            Line(
                "CVV",
                "call 188, free",
                ANY_TIME,
                source="http://www.jd1noticias.com/geral/ligacao-para-centro-de-valorizacao-da-vida-passa-a-ser-gratuita/53507/",
            ),
        ),
        (
            Line(
                "Ligue 180",
                "call 180, free",
                ANY_TIME,
                source="https://www.oliberal.com/cop-30/ligue-180-cria-canal-exclusivo-para-atender-denuncias-de-violencia-durante-a-cop-30-1.1043786",
            ),
        ),
    ),
    Country(
        "MX",
        "Mexico",
        "911",
        (
            Line(
                "Línea de la Vida",
                "call 800 911 2000, free",
                ANY_TIME,
                source="https://www.eluniversal.com.mx/nacion/promueven-la-linea-de-la-vida-tras-presentar-encuesta-sobre-consumo-de-drogas-asi-puedes-pedir-ayuda/",
            ),
        ),
        (
            Line(
                "Línea de las Mujeres",
                "call 079, then option 1",
                ANY_TIME,
                source="https://www.jornada.com.mx/2025/11/05/sociedad/039n2soc?partner=rss",
            ),
        ),
    ),
    Country(
        "HK",
        "Hong Kong",
        "999",
        (
            Line(
                "Mental Health Support Hotline",
                "call 18111",
                ANY_TIME,
                source="https://news.gov.hk/eng/2023/12/20231227/20231227_162155_701.html",
            ),
            Line(
                "The Samaritans",
                "call 2896 0000",
                ANY_TIME,
                source="https://samaritans.org.hk/?lang=en&p=25592",
            ),
        ),
        (
            Line(
                "Social Welfare Department hotline",
                "call 2343 2255",
                ANY_TIME,
                source="https://www.info.gov.hk/gia/general/202306/05/P2023060500553.htm",
            ),
        ),
        abuse_note="A general welfare line, open any time, that takes calls about family violence.",
    ),
    Country(
        "PH",
        "the Philippines",
        "911",
        (
            Line(
                "NCMH Crisis Hotline",
                "call 1553, or 0917-899-8727",
                ANY_TIME,
                source="https://www.sunstar.com.ph/cebu/nearly-700-call-ncmh-during-the-holidays",
            ),
        ),
        (
            Line(
                "911",
                "accepts reports of violence against women and children",
                ANY_TIME,
                source="https://dswd.gov.ph/dswd-signs-agreement-including-women-other-gender-based-abuses-in-911-hotline",
            ),
        ),
        abuse_note="There is no separate national line; 911 takes these calls.",
    ),
)
BY_CODE: dict[str, Country] = {country.code: country for country in COUNTRIES}
# Locales and people say UK; ISO says GB.
ALIASES = {"UK": "GB", "EL": "GR"}
NAMES = {
    "united kingdom": "GB",
    "great britain": "GB",
    "britain": "GB",
    "england": "GB",
    "scotland": "GB",
    "wales": "GB",
    "northern ireland": "GB",
    "usa": "US",
    "america": "US",
    "united states of america": "US",
    "holland": "NL",
    "deutschland": "DE",
    "españa": "ES",
    "espana": "ES",
    "italia": "IT",
    "brasil": "BR",
    "méxico": "MX",
    "aotearoa": "NZ",
}

# With no country known: the lines steady has always shown, and the directory.
GENERAL_EMERGENCY = (
    "In immediate danger: your local emergency number (911 in the US and Canada, "
    "999 in the UK, 112 across the EU)"
)
GENERAL_CRISIS: tuple[str, ...] = (
    "US: 988 Suicide & Crisis Lifeline, call or text 988",
    "UK & Ireland: Samaritans, call 116 123, free, any time",
    f"Anywhere else: {FIND_A_HELPLINE}",
)
GENERAL_ABUSE: tuple[str, ...] = (
    "US: National Domestic Violence Hotline, 1-800-799-7233, or text START to 88788",
    "UK: National Domestic Abuse Helpline, 0808 2000 247, free, any time",
    "Anywhere else: findahelpline.com (choose 'abuse & domestic violence')",
)

_LOCALE = re.compile(r"^[A-Za-z]{2,3}_([A-Za-z]{2})(?:[.@]|$)")
LOCALE_VARIABLES = ("LC_ALL", "LC_MESSAGES", "LANG")


def normal_code(text: str) -> str:
    """A country as two letters, from its code or its English name ("Australia", "the UK")."""
    words = " ".join(text.strip().split())
    code = words.upper()
    if len(code) != 2:
        named = {c.name.removeprefix("the ").lower(): c.code for c in COUNTRIES}
        named.update(NAMES)
        code = named.get(words.lower().removeprefix("the "), code)
    return ALIASES.get(code, code)


def country_from_locale(environ: Mapping[str, str]) -> tuple[str, str] | None:
    """(country code, the variable and value it came from) as the C library would choose
    the locale: the first of LC_ALL, LC_MESSAGES and LANG that is set. `en_AU.UTF-8` names
    Australia whether or not that locale is installed; `C` and `POSIX` name no country."""
    for variable in LOCALE_VARIABLES:
        value = environ.get(variable, "").strip()
        if not value:
            continue
        match = _LOCALE.match(value)
        if match is None:
            return None
        return normal_code(match.group(1)), f"{variable}={value}"
    return None


@dataclass(frozen=True)
class Lines:
    """What help-now and the care responses show."""

    country: Country | None
    emergency: str
    crisis: tuple[str, ...]
    abuse: tuple[str, ...]
    abuse_note: str = ""


def lines_for(
    code: str | None, own_crisis: tuple[str, ...] = (), own_abuse: tuple[str, ...] = ()
) -> Lines:
    """The lines for a country (or the general ones), with a person's own lines first."""
    country = BY_CODE.get(normal_code(code)) if code else None
    if country is None:
        crisis, abuse, emergency, note = GENERAL_CRISIS, GENERAL_ABUSE, GENERAL_EMERGENCY, ""
    else:
        crisis = (*(line.sentence for line in country.crisis), f"Elsewhere: {FIND_A_HELPLINE}")
        abuse = tuple(line.sentence for line in country.abuse)
        emergency, note = country.emergency_sentence, country.abuse_note
    return Lines(country, emergency, (*own_crisis, *crisis), (*own_abuse, *abuse), note)


def docs_table() -> str:
    """The table of every country's lines and where each was found, as docs/care.md has it
    (a test keeps the page current)."""
    rows = [
        "| country | emergency | crisis lines | domestic-abuse lines | found on |",
        "|---|---|---|---|---|",
    ]
    for country in COUNTRIES:
        lines = (*country.crisis, *country.abuse)
        found_on = dict.fromkeys(line.source for line in lines)
        sources = " ".join(f"[{n}]({source})" for n, source in enumerate(found_on, 1))
        abuse = "; ".join(line.sentence for line in country.abuse)
        rows.append(
            f"| {country.code} {country.name.removeprefix('the ')} | {country.emergency} | "
            f"{'; '.join(line.sentence for line in country.crisis)} | "
            f"{abuse}{f' ({country.abuse_note})' if country.abuse_note else ''} | {sources} |"
        )
    return "\n".join(rows) + "\n"
