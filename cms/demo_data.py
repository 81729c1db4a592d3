"""Demo content for the two demo regions, written for Wijkportaal from the facts in the seed news
items.
"""

CATEGORIES = [
    {"slug": "boodschappen", "nl": "Boodschappen", "en": "Shopping"},
    {"slug": "vervoer", "nl": "Vervoer", "en": "Transport"},
    {"slug": "klussen", "nl": "Klussen", "en": "Odd jobs and repairs"},
    {"slug": "gezelschap", "nl": "Gezelschap", "en": "Company"},
    {"slug": "eten-en-drinken", "nl": "Eten en drinken", "en": "Food and drink"},
    {"slug": "bewegen-en-sport", "nl": "Bewegen en sport", "en": "Exercise and sport"},
    {"slug": "zorg-en-gezondheid", "nl": "Zorg en gezondheid", "en": "Care and health"},
    {"slug": "mantelzorg", "nl": "Mantelzorg", "en": "Informal care"},
    {"slug": "wonen", "nl": "Wonen", "en": "Housing"},
    {"slug": "geld-en-administratie", "nl": "Geld en administratie", "en": "Money and paperwork"},
    {"slug": "opvoeden-en-gezin", "nl": "Opvoeden en gezin", "en": "Parenting and family"},
    {"slug": "computer-en-digitaal", "nl": "Computer en digitaal", "en": "Computers and online"},
    {"slug": "vrijwilligerswerk", "nl": "Vrijwilligerswerk", "en": "Volunteering"},
    {"slug": "taal-en-lezen", "nl": "Taal en lezen", "en": "Language and reading"},
    {"slug": "tuin-en-huisdieren", "nl": "Tuin en huisdieren", "en": "Garden and pets"},
    {"slug": "huishouden", "nl": "Huishouden", "en": "Housekeeping"},
    {"slug": "hobby-en-creatief", "nl": "Hobby en creatief", "en": "Hobbies and crafts"},
]

TARGET_GROUPS = [
    {"slug": "ouderen", "nl": "Ouderen", "en": "Older people"},
    {"slug": "mantelzorgers", "nl": "Mantelzorgers", "en": "Carers"},
    {"slug": "jongeren", "nl": "Jongeren", "en": "Young people"},
    {
        "slug": "gezinnen-met-kinderen",
        "nl": "Gezinnen met kinderen",
        "en": "Families with children",
    },
    {
        "slug": "mensen-met-een-beperking",
        "nl": "Mensen met een beperking",
        "en": "People with a disability",
    },
    {"slug": "nieuwkomers", "nl": "Nieuwkomers", "en": "Newcomers"},
    {"slug": "mensen-met-dementie", "nl": "Mensen met dementie", "en": "People with dementia"},
    {"slug": "vrijwilligers", "nl": "Vrijwilligers", "en": "Volunteers"},
]

REGIONS = [
    {
        "slug": "westelijke-mijnstreek",
        "hostname": "westelijke-mijnstreek.localhost",
        "is_default": True,
        "title": "Wijkportaal Westelijke Mijnstreek",
        "region_name": "Westelijke Mijnstreek",
        "intro": (
            "<p>Hulp, activiteiten en organisaties bij u in de buurt, in Sittard-Geleen, Stein "
            "en Beek. Hier kunt u ook zelf een buurtgenoot om hulp vragen, of hulp "
            "aanbieden.</p>"
        ),
        "gemeenten": [
            {
                "title": "Sittard-Geleen",
                "slug": "sittard-geleen",
                "phase": "live",
                "pilot_date": "2015-01-01",
                "live_date": "2015-10-01",
                "intro": (
                    "<p>In Sittard-Geleen is het wijkportaal in bijna alle wijken in gebruik. "
                    "Kies uw wijk en u ziet wie er bij u in de buurt helpt, welke activiteiten "
                    "er zijn en waar buren elkaar iets vragen of aanbieden.</p>"
                ),
                "phone": "14 046",
                "email": "wijkportaal@sittard-geleen.voorbeeld.nl",
                "website": "https://www.sittard-geleen.voorbeeld.nl",
                "cbs_code": "GM1883",
                "wijken": [
                    {
                        "title": "Kemperkoul",
                        "slug": "kemperkoul",
                        "phase": "live",
                        "pilot_date": "2015-01-01",
                        "live_date": "2015-10-01",
                        "postcodes": "6135",
                        "intro": (
                            "<p>Kemperkoul is een groene wijk aan de oostkant van Sittard, met "
                            "veel gezinnen en veel ruimte om te wandelen. Het wijkportaal werkt "
                            "hier al sinds de eerste proef in 2015.</p>"
                        ),
                        "wijkteam_name": "Sociaal wijkteam Sittard-Oost",
                        "wijkteam_address": "Wijkpunt De Kemp, Europapark 2, 6135 AB Sittard",
                        "wijkteam_hours": "Dinsdag en donderdag 9.00-12.00 uur, zonder afspraak",
                        "phone": "046 400 00 11",
                        "email": "wijkteam.oost@sittard-geleen.voorbeeld.nl",
                    },
                    {
                        "title": "Ophoven",
                        "slug": "ophoven",
                        "phase": "live",
                        "pilot_date": "2015-01-01",
                        "live_date": "2015-10-01",
                        "postcodes": "6133",
                        "intro": (
                            "<p>Ophoven is een oude kern aan de noordkant van Sittard die flink "
                            "is gegroeid. Er wonen jonge gezinnen en veel mensen die hier al hun "
                            "hele leven wonen. Ook Ophoven deed in 2015 mee met de eerste "
                            "proef.</p>"
                        ),
                        "wijkteam_name": "Sociaal wijkteam Sittard-Oost",
                        "wijkteam_address": "Buurthuis Ophoven, Dorpstraat 5, 6133 AC Sittard",
                        "wijkteam_hours": "Maandag en woensdag 13.30-16.00 uur, zonder afspraak",
                        "phone": "046 400 00 12",
                        "email": "wijkteam.oost@sittard-geleen.voorbeeld.nl",
                    },
                    {
                        "title": "Limbrichterveld",
                        "slug": "limbrichterveld",
                        "phase": "live",
                        "pilot_date": None,
                        "live_date": "2015-10-01",
                        "postcodes": "6136",
                        "intro": (
                            "<p>Limbrichterveld ligt tussen het spoor en Limbricht. De wijk "
                            "heeft een eigen winkelcentrum, een kerk en een wijkcentrum waar "
                            "elke week iets te doen is.</p>"
                        ),
                        "wijkteam_name": "Sociaal wijkteam Sittard-West",
                        "wijkteam_address": (
                            "Wijkcentrum Limbrichterveld, Korenstraat 3, 6136 AD Sittard"
                        ),
                        "wijkteam_hours": "Dinsdag en donderdag 9.00-12.00 uur, zonder afspraak",
                        "phone": "046 400 00 13",
                        "email": "wijkteam.west@sittard-geleen.voorbeeld.nl",
                    },
                    {
                        "title": "Overhoven",
                        "slug": "overhoven",
                        "phase": "live",
                        "pilot_date": None,
                        "live_date": "2015-10-01",
                        "postcodes": "6132",
                        "intro": (
                            "<p>Overhoven ligt dicht bij de binnenstad van Sittard. U bent er "
                            "snel in het centrum en bij het station. In de wijk wonen veel "
                            "ouderen, vaak al tientallen jaren.</p>"
                        ),
                        "wijkteam_name": "Sociaal wijkteam Sittard-West",
                        "wijkteam_address": "Buurtzaal Overhoven, Molenweg 12, 6132 AE Sittard",
                        "wijkteam_hours": "Woensdag 9.00-12.00 uur, zonder afspraak",
                        "phone": "046 400 00 14",
                        "email": "wijkteam.west@sittard-geleen.voorbeeld.nl",
                    },
                    {
                        "title": "Lindenheuvel",
                        "slug": "lindenheuvel",
                        "phase": "live",
                        "pilot_date": None,
                        "live_date": "2015-10-01",
                        "postcodes": "6163",
                        "intro": (
                            "<p>Lindenheuvel in Geleen is gebouwd voor de mijnwerkers van de "
                            "Staatsmijn Maurits. Er wonen mensen met roots in heel Europa en "
                            "daarbuiten. De buurt is trots op haar geschiedenis en op de "
                            "Bloemenmarkt.</p>"
                        ),
                        "wijkteam_name": "Sociaal wijkteam Geleen",
                        "wijkteam_address": (
                            "Trefcentrum Lindenheuvel, Dahliastraat 2, 6163 AF Geleen"
                        ),
                        "wijkteam_hours": "Maandag t/m donderdag 9.00-12.00 uur, zonder afspraak",
                        "phone": "046 400 00 15",
                        "email": "wijkteam.geleen@sittard-geleen.voorbeeld.nl",
                    },
                    {
                        "title": "Geleen-Zuid",
                        "slug": "geleen-zuid",
                        "phase": "live",
                        "pilot_date": None,
                        "live_date": "2015-10-01",
                        "postcodes": "6165, 6166",
                        "intro": (
                            "<p>Geleen-Zuid is een rustige woonwijk met veel groen en een paar "
                            "grote parken. Er zijn actieve buurtverenigingen en een repair café "
                            "waar vrijwilligers uw spullen maken.</p>"
                        ),
                        "wijkteam_name": "Sociaal wijkteam Geleen",
                        "wijkteam_address": (
                            "Buurtschuur Geleen-Zuid, Geleenbeeklaan 6, 6166 AG Geleen"
                        ),
                        "wijkteam_hours": "Dinsdag 13.30-16.00 uur en vrijdag 9.00-12.00 uur",
                        "phone": "046 400 00 16",
                        "email": "wijkteam.geleen@sittard-geleen.voorbeeld.nl",
                    },
                    {
                        "title": "Born",
                        "slug": "born",
                        "phase": "pilot",
                        "pilot_date": "2026-09-01",
                        "live_date": "2027-02-01",
                        "postcodes": "6121",
                        "intro": (
                            "<p>Born ligt aan de Maas en het Julianakanaal, in het noorden van "
                            "de gemeente. Sinds september 2026 is Born proefwijk van het "
                            "wijkportaal. Vanaf februari 2027 doet Born gewoon mee met de andere "
                            "wijken.</p>"
                        ),
                        "wijkteam_name": "Sociaal wijkteam Born",
                        "wijkteam_address": "Dorpshuis Born, Kerkstraat 3, 6121 AH Born",
                        "wijkteam_hours": "Woensdag 9.00-12.00 uur, zonder afspraak",
                        "phone": "046 400 00 17",
                        "email": "wijkteam.born@sittard-geleen.voorbeeld.nl",
                    },
                ],
                "ontwikkelingen": [
                    {
                        "title": "Startsein voor het wijkportaal Westelijke Mijnstreek",
                        "slug": "startsein-wijkportaal-westelijke-mijnstreek",
                        "date": "2014-11-19",
                        "intro": (
                            "Op 19 november 2014 spraken negen organisaties in Sittard-Geleen af "
                            "om samen één digitaal wijkportaal te bouwen voor de hele Westelijke "
                            "Mijnstreek."
                        ),
                        "body": [
                            (
                                "Het begon op woensdag 19 november 2014 bij de gemeente "
                                "Sittard-Geleen. Acht organisaties voor zorg en welzijn en "
                                "woningcorporatie ZOwonen zetten hun handtekening onder een "
                                "samenwerkingsovereenkomst. Zij spraken af om twee jaar lang "
                                "samen te werken aan één wijkportaal voor de regio."
                            ),
                            (
                                "Het ging om Cicero Zorggroep, Daelzicht, LEVANTOgroep, Orbis "
                                "Medisch en Zorgconcern, Pergamijn, Partners in Welzijn, SGL, "
                                "Vivantes en ZOwonen. De gemeente Sittard-Geleen gaf namens de "
                                "gemeenten in de Westelijke Mijnstreek geld om te beginnen. "
                                "Daarmee konden de partners het portaal bouwen en in de wijken "
                                "invoeren."
                            ),
                            (
                                "Het idee is eenvoudig. Heeft u een vraag of zoekt u een "
                                "helpende hand? Dan ziet u op het portaal wie in uw buurt kan "
                                "helpen: een buurtgenoot, een vereniging, een ondernemer of een "
                                "zorgorganisatie. Zo kunt u langer zelfstandig thuis blijven "
                                "wonen, en leren buren elkaar beter kennen."
                            ),
                            (
                                "Dat was in die tijd extra belangrijk. Vanaf 2015 veranderde er "
                                "veel in de zorg en kregen gemeenten er taken bij. Hulp uit de "
                                "eigen buurt kan soms voorkomen dat iemand duurdere zorg van een "
                                "professional nodig heeft."
                            ),
                        ],
                    },
                    {
                        "title": "Eerste proef in Sittard-Noordoost",
                        "slug": "eerste-proef-sittard-noordoost",
                        "date": "2015-01-05",
                        "intro": (
                            "Op 1 januari 2015 begon de eerste proef met het wijkportaal, in het "
                            "stadsdeel Sittard-Noordoost. In het najaar van 2015 volgden de "
                            "andere wijken van Sittard-Geleen."
                        ),
                        "body": [
                            (
                                "De partners kozen ervoor om klein te beginnen. Bewoners en "
                                "organisaties in Sittard-Noordoost waren de eersten die het "
                                "wijkportaal gingen gebruiken. Zij vertelden wat goed werkte en "
                                "wat beter kon."
                            ),
                            (
                                "In het najaar van 2015 kwamen de andere wijken van "
                                "Sittard-Geleen erbij. Het plan was om eind 2016 de hele "
                                "Westelijke Mijnstreek aan te sluiten, dus ook Stein en Beek."
                            ),
                            (
                                "Dat laatste heeft langer geduurd dan gedacht. Stein doet sinds "
                                "april 2026 mee als proefgemeente, en Beek bereidt de start "
                                "voor. Op deze website leest u steeds hoe ver het is."
                            ),
                        ],
                    },
                    {
                        "title": "Born is nu proefwijk",
                        "slug": "born-proefwijk-2026",
                        "date": "2026-09-01",
                        "intro": (
                            "Sinds 1 september 2026 doet ook Born mee met het wijkportaal. "
                            "Tijdens de proef zoeken we samen met de bewoners uit wat in Born "
                            "nodig is."
                        ),
                        "body": [
                            (
                                "Born is de nieuwste wijk van Sittard-Geleen op het wijkportaal. "
                                "De proef duurt tot 1 februari 2027. Gaat alles goed, dan doet "
                                "Born daarna gewoon mee met de andere wijken."
                            ),
                            (
                                "Het sociaal wijkteam Born houdt elke woensdagochtend spreekuur "
                                "in het dorpshuis. U kunt daar zonder afspraak binnenlopen met "
                                "al uw vragen over zorg, geld, wonen of eenzaamheid. Vivantes "
                                "organiseert elke donderdag een koffie-ochtend en Orbis geeft "
                                "binnenkort een informatieavond over een opname in het "
                                "ziekenhuis."
                            ),
                            (
                                "Mist u iets in Born? Of wilt u zelf iets organiseren voor uw "
                                "buren? Vertel het aan het wijkteam. Met uw ideeën maken we het "
                                "portaal beter."
                            ),
                        ],
                    },
                ],
                "requests": [
                    {
                        "title": "Wie rijdt mij naar het ziekenhuis?",
                        "slug": "lift-naar-ziekenhuis-kemperkoul",
                        "category": "vervoer",
                        "wijk": "kemperkoul",
                        "description": (
                            "Over een paar weken moet ik voor controle naar het ziekenhuis in "
                            "Geleen. Mijn dochter woont ver weg en met mijn rollator is de bus "
                            "lastig. Wie kan mij brengen en na ongeveer een uur weer ophalen? Ik "
                            "betaal graag de benzine."
                        ),
                        "when": "Een ochtend, datum in overleg",
                        "first_name": "Annie",
                    },
                    {
                        "title": "Wie helpt mij met een brief over mijn toeslag?",
                        "slug": "hulp-brief-toeslag-lindenheuvel",
                        "category": "geld-en-administratie",
                        "wijk": "lindenheuvel",
                        "description": (
                            "Ik heb een brief gekregen over mijn huurtoeslag. Ik begrijp niet "
                            "goed wat ik moet doen en mijn Nederlands is nog niet zo goed. Wie "
                            "wil een uurtje samen met mij naar de papieren kijken?"
                        ),
                        "when": "Liefst op een middag",
                        "first_name": "Fatima",
                    },
                    {
                        "title": "Wie laat mijn hond uit?",
                        "slug": "hond-uitlaten-ophoven",
                        "category": "tuin-en-huisdieren",
                        "wijk": "ophoven",
                        "description": (
                            "Ik ben aan mijn knie geopereerd en mag een paar weken niet ver "
                            "lopen. Mijn hond Bas is een rustige labrador van acht jaar. Wie wil "
                            "hem 's middags een half uurtje uitlaten?"
                        ),
                        "when": "Elke middag, zes weken lang",
                        "first_name": "Jan",
                    },
                ],
                "offers": [
                    {
                        "title": "Ik help graag in uw tuin",
                        "slug": "tuinhulp-limbrichterveld",
                        "category": "tuin-en-huisdieren",
                        "wijk": "limbrichterveld",
                        "description": (
                            "Ik ben met pensioen en werk graag buiten. Ik kan de heg knippen, "
                            "onkruid wieden en het gras maaien. Gereedschap neem ik zelf mee. Ik "
                            "help het liefst mensen die het zelf niet meer kunnen."
                        ),
                        "when": "Op doordeweekse dagen",
                        "first_name": "Harrie",
                    },
                    {
                        "title": "Elke week op bezoek voor een praatje",
                        "slug": "wekelijks-bezoek-overhoven",
                        "category": "gezelschap",
                        "wijk": "overhoven",
                        "description": (
                            "Ik heb tijd over en kom graag één keer per week bij iemand langs. "
                            "We drinken een kopje koffie en praten wat. Als u wilt, maken we "
                            "samen een korte wandeling of doen we een spelletje."
                        ),
                        "when": "Eén ochtend per week",
                        "first_name": "Marij",
                    },
                    {
                        "title": "Fiets kapot? Ik kijk er even naar",
                        "slug": "fietsreparatie-geleen-zuid",
                        "category": "klussen",
                        "wijk": "geleen-zuid",
                        "description": (
                            "Fietsen maken is al jaren mijn hobby. Een lekke band plakken, de "
                            "remmen afstellen of een nieuw lampje: ik doe het graag. U betaalt "
                            "alleen de onderdelen."
                        ),
                        "when": "Zaterdagochtend",
                        "first_name": "Ronald",
                    },
                ],
            },
            {
                "title": "Stein",
                "slug": "stein",
                "phase": "pilot",
                "pilot_date": "2026-04-01",
                "live_date": "2027-04-01",
                "intro": (
                    "<p>Stein is sinds april 2026 proefgemeente van het wijkportaal. "
                    "Stein-Centrum en Elsloo doen al mee. Urmond en Berg aan de Maas volgen in "
                    "2027.</p>"
                ),
                "phone": "046 400 00 20",
                "email": "wijkportaal@stein.voorbeeld.nl",
                "website": "https://www.stein.voorbeeld.nl",
                "cbs_code": "GM0971",
                "wijken": [
                    {
                        "title": "Stein-Centrum",
                        "slug": "stein-centrum",
                        "phase": "pilot",
                        "pilot_date": "2026-04-01",
                        "live_date": "2027-04-01",
                        "postcodes": "6171",
                        "intro": (
                            "<p>Stein-Centrum ligt aan de Maas, met de haven, de kasteelruïne en "
                            "het Raadhuisplein. Sinds april 2026 loopt hier de proef met het "
                            "wijkportaal.</p>"
                        ),
                        "wijkteam_name": "Sociaal wijkteam Stein",
                        "wijkteam_address": (
                            "Ontmoetingscentrum Stein, Raadhuisplein 2, 6171 AJ Stein"
                        ),
                        "wijkteam_hours": "Maandag en donderdag 9.00-12.00 uur, zonder afspraak",
                        "phone": "046 400 00 21",
                        "email": "wijkteam@stein.voorbeeld.nl",
                    },
                    {
                        "title": "Elsloo",
                        "slug": "elsloo",
                        "phase": "pilot",
                        "pilot_date": "2026-06-01",
                        "live_date": "2027-04-01",
                        "postcodes": "6181",
                        "intro": (
                            "<p>Elsloo is een dorp met een oude kern, veel groen en het "
                            "Bunderbos vlakbij. Sinds juni 2026 doet Elsloo mee met de "
                            "proef.</p>"
                        ),
                        "wijkteam_name": "Sociaal wijkteam Stein",
                        "wijkteam_address": (
                            "Gemeenschapshuis Elsloo, Stationsstraat 1, 6181 AK Elsloo"
                        ),
                        "wijkteam_hours": "Dinsdag 13.30-16.00 uur, zonder afspraak",
                        "phone": "046 400 00 22",
                        "email": "wijkteam@stein.voorbeeld.nl",
                    },
                    {
                        "title": "Urmond en Berg aan de Maas",
                        "slug": "urmond-berg-aan-de-maas",
                        "phase": "preparation",
                        "pilot_date": "2027-04-01",
                        "live_date": None,
                        "postcodes": "6129",
                        "intro": (
                            "<p>Urmond en Berg aan de Maas liggen in het noorden van de gemeente "
                            "Stein. Hier start het wijkportaal in april 2027.</p>"
                        ),
                        "wijkteam_name": "Sociaal wijkteam Stein",
                        "wijkteam_address": (
                            "Ontmoetingscentrum Stein, Raadhuisplein 2, 6171 AJ Stein"
                        ),
                        "wijkteam_hours": "Op afspraak",
                        "phone": "046 400 00 23",
                        "email": "wijkteam@stein.voorbeeld.nl",
                    },
                ],
                "ontwikkelingen": [
                    {
                        "title": "Stein doet mee als proefgemeente",
                        "slug": "stein-proefgemeente-2026",
                        "date": "2026-04-01",
                        "intro": (
                            "Vanaf 1 april 2026 is Stein proefgemeente van het wijkportaal. We "
                            "beginnen in Stein-Centrum. Elsloo volgt in juni."
                        ),
                        "body": [
                            (
                                "In 2015 begon het wijkportaal in Sittard-Geleen. Nu is ook "
                                "Stein aangesloten. De gemeente Stein en de partners van het "
                                "portaal werken een jaar samen in een proef. Als alles goed "
                                "gaat, is het portaal vanaf 1 april 2027 in heel Stein gewoon in "
                                "gebruik."
                            ),
                            (
                                "In Stein-Centrum vindt u nu al activiteiten en hulp in de "
                                "buurt. Ook kunt u zelf een vraag plaatsen of hulp aanbieden aan "
                                "een buurtgenoot."
                            ),
                            (
                                "Tijdens de proef horen we graag wat u ervan vindt. Is de "
                                "website duidelijk? Vindt u wat u zoekt? Vertel het aan het "
                                "sociaal wijkteam, of stuur ons een e-mail."
                            ),
                        ],
                    },
                    {
                        "title": "Elsloo sluit aan",
                        "slug": "elsloo-sluit-aan",
                        "date": "2026-06-01",
                        "intro": (
                            "Sinds 1 juni 2026 doet ook Elsloo mee met de proef. Bewoners van "
                            "Elsloo vinden nu hun activiteiten, organisaties en het wijkteam op "
                            "het portaal."
                        ),
                        "body": [
                            (
                                "Elsloo heeft veel verenigingen en vrijwilligers. Zij hebben de "
                                "afgelopen weken hun activiteiten aangemeld. Zo is er om de week "
                                "samen eten bij Vivantes en elke maand een spelmiddag van "
                                "Pergamijn voor kinderen met en zonder beperking."
                            ),
                            (
                                "Het sociaal wijkteam Stein houdt elke dinsdagmiddag spreekuur "
                                "in het gemeenschapshuis van Elsloo. U hoeft geen afspraak te "
                                "maken."
                            ),
                        ],
                    },
                    {
                        "title": "Urmond en Berg aan de Maas volgen in 2027",
                        "slug": "urmond-berg-aan-de-maas-volgen",
                        "date": "2026-10-12",
                        "intro": (
                            "Als het wijkportaal in april 2027 in Stein echt van start gaat, "
                            "doen ook Urmond en Berg aan de Maas mee. De voorbereiding is "
                            "begonnen."
                        ),
                        "body": [
                            (
                                "De gemeente wil dat alle kernen van Stein meedoen. Daarom "
                                "verzamelen we nu de activiteiten, verenigingen en hulp in "
                                "Urmond en Berg aan de Maas."
                            ),
                            (
                                "Bent u actief in een vereniging of een bewonersgroep in Urmond "
                                "of Berg aan de Maas? Geef uw activiteiten dan door aan het "
                                "sociaal wijkteam. Dan staan ze op het portaal als het in april "
                                "2027 opengaat."
                            ),
                            (
                                "Tot die tijd kunt u met uw vragen gewoon terecht bij het "
                                "sociaal wijkteam in het Ontmoetingscentrum Stein."
                            ),
                        ],
                    },
                ],
                "requests": [
                    {
                        "title": "Wie helpt mij met de boodschappen?",
                        "slug": "boodschappen-stein-centrum",
                        "category": "boodschappen",
                        "wijk": "stein-centrum",
                        "description": (
                            "Sinds ik gevallen ben, loop ik slecht. Ik zoek iemand die één keer "
                            "per week met mij naar de supermarkt gaat, of de boodschappen voor "
                            "mij haalt. Het is geen grote lijst."
                        ),
                        "when": "Eén keer per week, dag in overleg",
                        "first_name": "Truus",
                    },
                    {
                        "title": "Wie legt mij mijn nieuwe telefoon uit?",
                        "slug": "uitleg-smartphone-elsloo",
                        "category": "computer-en-digitaal",
                        "wijk": "elsloo",
                        "description": (
                            "Ik heb van mijn kinderen een smartphone gekregen. Ik wil graag "
                            "leren videobellen met mijn kleinkinderen en foto's bekijken. Wie "
                            "heeft het geduld om het mij rustig uit te leggen?"
                        ),
                        "when": "Een middag, in overleg",
                        "first_name": "Sjef",
                    },
                ],
                "offers": [
                    {
                        "title": "Ik rijd u naar de huisarts of het ziekenhuis",
                        "slug": "vervoer-aanbod-stein-centrum",
                        "category": "vervoer",
                        "wijk": "stein-centrum",
                        "description": (
                            "Ik heb een auto en overdag vaak tijd. Ik breng u graag naar de "
                            "huisarts, de fysiotherapeut of het ziekenhuis en haal u ook weer "
                            "op. Een rollator past in mijn auto, een rolstoel helaas niet."
                        ),
                        "when": "Maandag t/m donderdag, overdag",
                        "first_name": "Wim",
                    },
                    {
                        "title": "Samen koken en samen eten",
                        "slug": "samen-koken-elsloo",
                        "category": "eten-en-drinken",
                        "wijk": "elsloo",
                        "description": (
                            "Ik kook graag, maar alleen eten vind ik niet gezellig. Eén keer per "
                            "week kook ik voor twee. Wilt u aanschuiven? We spreken eerst af in "
                            "het gemeenschapshuis om kennis te maken."
                        ),
                        "when": "Donderdagavond",
                        "first_name": "Lies",
                    },
                ],
            },
            {
                "title": "Beek",
                "slug": "beek",
                "phase": "preparation",
                "pilot_date": "2027-03-01",
                "live_date": None,
                "intro": (
                    "<p>Beek bereidt de start van het wijkportaal voor. Op 1 maart 2027 begint "
                    "de proef in Beek-Centrum en Spaubeek.</p>"
                ),
                "phone": "046 400 00 30",
                "email": "wijkportaal@beek.voorbeeld.nl",
                "website": "https://www.beek.voorbeeld.nl",
                "cbs_code": "GM0888",
                "wijken": [
                    {
                        "title": "Beek-Centrum",
                        "slug": "beek-centrum",
                        "phase": "preparation",
                        "pilot_date": None,
                        "live_date": None,
                        "postcodes": "6191",
                        "intro": (
                            "<p>Het centrum van Beek, met de Markt en de winkelstraten. Hier "
                            "start het wijkportaal in 2027.</p>"
                        ),
                        "wijkteam_name": "Sociaal wijkteam Beek",
                        "wijkteam_address": "Gemeenschapshuis Beek, Markt 4, 6191 JB Beek",
                        "wijkteam_hours": "Op afspraak",
                        "phone": "046 400 00 31",
                        "email": "wijkteam@beek.voorbeeld.nl",
                    },
                    {
                        "title": "Spaubeek",
                        "slug": "spaubeek",
                        "phase": "preparation",
                        "pilot_date": None,
                        "live_date": None,
                        "postcodes": "6176",
                        "intro": (
                            "<p>Spaubeek is een dorp op de helling van het Plateau van "
                            "Schimmert. Ook hier start het wijkportaal in 2027.</p>"
                        ),
                        "wijkteam_name": "Sociaal wijkteam Beek",
                        "wijkteam_address": (
                            "Gemeenschapshuis Spaubeek, Kerkstraat 1, 6176 AL Spaubeek"
                        ),
                        "wijkteam_hours": "Op afspraak",
                        "phone": "046 400 00 32",
                        "email": "wijkteam@beek.voorbeeld.nl",
                    },
                ],
                "ontwikkelingen": [
                    {
                        "title": "Beek bereidt de start voor",
                        "slug": "beek-bereidt-start-voor",
                        "date": "2026-11-02",
                        "intro": (
                            "Op 1 maart 2027 begint in Beek de proef met het wijkportaal. Tot "
                            "die tijd zijn de pagina's van Beek nog niet te zien."
                        ),
                        "body": [
                            (
                                "De gemeente Beek en de partners van het wijkportaal verzamelen "
                                "nu de activiteiten, organisaties en hulp in Beek-Centrum en "
                                "Spaubeek."
                            ),
                            (
                                "Vanaf 1 maart 2027 kunnen inwoners van Beek het portaal "
                                "gebruiken. Ze kunnen dan ook zelf een vraag stellen of hulp "
                                "aanbieden."
                            ),
                        ],
                    },
                ],
                "requests": [
                    {
                        "title": "Wie doet boodschappen voor mij in Spaubeek?",
                        "slug": "spaubeek-hulp-bij-boodschappen",
                        "category": "boodschappen",
                        "wijk": "spaubeek",
                        "description": (
                            "Ik heb geen auto meer en de winkels zijn voor mij te ver. Wie neemt "
                            "één keer per week mijn boodschappen mee?"
                        ),
                        "when": "Eén keer per week",
                        "first_name": "Mia",
                    },
                ],
                "offers": [],
            },
        ],
        "organisations": [
            {
                "title": "Cicero Zorggroep",
                "slug": "cicero-zorggroep",
                "kind": "zorg",
                "intro": (
                    "Cicero Zorggroep biedt zorg aan ouderen: thuis, in de wijk en in een "
                    "zorgcentrum. Wijkverpleegkundigen helpen u om zo lang mogelijk veilig thuis "
                    "te wonen."
                ),
                "body": [
                    (
                        "Cicero Zorggroep is een van de partners die in 2014 samen het "
                        "wijkportaal zijn begonnen. De organisatie zorgt voor ouderen die thuis "
                        "wonen en voor mensen die in een zorgcentrum wonen."
                    ),
                    (
                        "In de wijk werken de wijkverpleegkundigen nauw samen met de huisarts en "
                        "het sociaal wijkteam. Heeft u een vraag over zorg thuis, maar weet u "
                        "niet waar u moet beginnen? Bel gerust. Wij denken met u mee."
                    ),
                ],
                "street": "Steenweg 10",
                "postcode": "6131 BD",
                "city": "Sittard",
                "phone": "046 400 00 01",
                "email": "info@cicero-zorggroep.voorbeeld.nl",
                "website": "https://www.cicero-zorggroep.voorbeeld.nl",
                "wijken": ["kemperkoul", "ophoven", "stein-centrum", "elsloo"],
                "services": [
                    {
                        "title": "Wijkverpleging thuis",
                        "slug": "cicero-wijkverpleging-thuis",
                        "intro": (
                            "De wijkverpleegkundige komt bij u thuis. Bijvoorbeeld voor "
                            "wondzorg, hulp bij het wassen en aankleden of het klaarzetten van "
                            "medicijnen."
                        ),
                        "body": [
                            (
                                "Eerst komt de wijkverpleegkundige kennismaken. Samen bekijkt u "
                                "welke zorg u nodig hebt en wat u zelf nog kunt. Daarna maken we "
                                "een plan."
                            ),
                            (
                                "Wijkverpleging wordt betaald uit de basisverzekering. U betaalt "
                                "hiervoor geen eigen risico."
                            ),
                        ],
                        "categories": ["zorg-en-gezondheid"],
                        "target_groups": ["ouderen", "mensen-met-een-beperking"],
                        "wijken": ["kemperkoul", "ophoven", "stein-centrum", "elsloo"],
                        "audience": (
                            "Voor iedereen die thuis woont en verpleging of verzorging nodig heeft."
                        ),
                        "cost": "Vergoed uit de basisverzekering",
                        "how_to_apply": (
                            "Bel ons of vraag uw huisarts om u aan te melden. Wij maken dan een "
                            "afspraak voor een kennismaking bij u thuis."
                        ),
                        "opening_hours": (
                            "Bereikbaar: dag en nacht. Kantoor: maandag t/m vrijdag 8.30-17.00 uur"
                        ),
                    },
                    {
                        "title": "Alarmknop voor thuis",
                        "slug": "cicero-alarmknop",
                        "intro": (
                            "Met een alarmknop om uw pols of nek roept u snel hulp in als u valt "
                            "of onwel wordt. Ook 's nachts."
                        ),
                        "body": [
                            (
                                "U draagt de knop altijd bij u. Drukt u erop, dan krijgt u via "
                                "een kastje in huis direct contact met een medewerker. Die belt "
                                "zo nodig uw buren, uw familie of een zorgverlener."
                            ),
                        ],
                        "categories": ["zorg-en-gezondheid", "wonen"],
                        "target_groups": ["ouderen", "mensen-met-een-beperking"],
                        "wijken": ["kemperkoul", "ophoven", "stein-centrum", "elsloo"],
                        "audience": "Voor mensen die alleen wonen en bang zijn om te vallen.",
                        "cost": (
                            "Vanaf € 15,00 per maand. Soms vergoedt uw zorgverzekeraar een deel."
                        ),
                        "how_to_apply": (
                            "Bel ons. Een medewerker komt de knop bij u thuis aansluiten en legt "
                            "uit hoe het werkt."
                        ),
                        "opening_hours": "Maandag t/m vrijdag 9.00-17.00 uur",
                    },
                ],
                "activities": [
                    {
                        "title": "Stoelgym in Kemperkoul",
                        "slug": "stoelgym-kemperkoul",
                        "intro": (
                            "Rustig bewegen op en naast een stoel, op muziek. Goed voor uw "
                            "spieren en uw balans, en gezellig samen."
                        ),
                        "body": [
                            (
                                "Een fysiotherapeut leidt de les. U doet alles op uw eigen "
                                "tempo. Na afloop drinken we samen een kopje koffie."
                            ),
                            "Met carnaval en tussen Kerstmis en Nieuwjaar is er geen les.",
                        ],
                        "categories": ["bewegen-en-sport"],
                        "target_groups": ["ouderen"],
                        "wijken": ["kemperkoul"],
                        "location_name": "Wijkpunt De Kemp",
                        "street": "Europapark 2",
                        "postcode": "6135 AB",
                        "city": "Sittard",
                        "cost": "€ 2,00 per keer",
                        "registration": "none",
                        "registration_info": "U kunt gewoon binnenlopen.",
                        "start": "2026-01-05T10:00",
                        "duration_minutes": 60,
                        "recurrence": "FREQ=WEEKLY;BYDAY=MO",
                        "series_end": None,
                        "exdates": ["2026-02-16", "2026-12-28", "2027-02-08"],
                    },
                    {
                        "title": "Geheugencafé Sittard",
                        "slug": "geheugencafe-sittard",
                        "intro": (
                            "Een avond voor mensen met dementie, hun partner, familie en "
                            "vrienden. Elke maand een ander onderwerp en tijd om elkaar te "
                            "spreken."
                        ),
                        "body": [
                            (
                                "Een deskundige vertelt over een onderwerp, bijvoorbeeld over "
                                "veranderingen in gedrag of over hulp thuis. Daarna is er tijd "
                                "voor vragen en een praatje."
                            ),
                            "U bent welkom, ook als u alleen wilt luisteren.",
                        ],
                        "categories": ["mantelzorg", "zorg-en-gezondheid"],
                        "target_groups": ["mensen-met-dementie", "mantelzorgers"],
                        "wijken": ["ophoven", "kemperkoul"],
                        "location_name": "Buurthuis Ophoven",
                        "street": "Dorpstraat 5",
                        "postcode": "6133 AC",
                        "city": "Sittard",
                        "cost": "Gratis",
                        "registration": "none",
                        "registration_info": "Aanmelden is niet nodig.",
                        "start": "2026-01-21T19:00",
                        "duration_minutes": 120,
                        "recurrence": "FREQ=MONTHLY;BYDAY=3WE",
                        "series_end": None,
                        "exdates": [],
                    },
                    {
                        "title": "Voorlichting: veilig thuis, niet vallen",
                        "slug": "voorlichting-valpreventie-stein",
                        "intro": (
                            "Een middag met praktische tips om vallen in en om het huis te "
                            "voorkomen. Met eenvoudige oefeningen die u thuis kunt doen."
                        ),
                        "body": [
                            (
                                "Een wijkverpleegkundige en een ergotherapeut vertellen waar u "
                                "thuis op kunt letten: losse kleedjes, goed licht en stevige "
                                "schoenen. U krijgt ook een lijstje mee om uw eigen huis na te "
                                "lopen."
                            ),
                        ],
                        "categories": ["zorg-en-gezondheid", "wonen"],
                        "target_groups": ["ouderen", "mantelzorgers"],
                        "wijken": ["stein-centrum"],
                        "location_name": "Ontmoetingscentrum Stein",
                        "street": "Raadhuisplein 2",
                        "postcode": "6171 AJ",
                        "city": "Stein",
                        "cost": "Gratis",
                        "registration": "required",
                        "registration_info": (
                            "Bel 046 400 00 01 of mail info@cicero-zorggroep.voorbeeld.nl."
                        ),
                        "start_in_days": 9,
                        "time": "14:00",
                        "duration_minutes": 90,
                        "recurrence": "",
                        "series_end": None,
                        "exdates": [],
                    },
                ],
            },
            {
                "title": "Daelzicht",
                "slug": "daelzicht",
                "kind": "zorg",
                "intro": (
                    "Daelzicht begeleidt kinderen en volwassenen met een verstandelijke "
                    "beperking. Bij hen thuis, op het werk en in de dagbesteding in de wijk."
                ),
                "body": [
                    (
                        "Daelzicht helpt mensen met een verstandelijke beperking om zo gewoon "
                        "mogelijk mee te doen in de buurt. Dat kan thuis, in een woning van "
                        "Daelzicht of bij werk en dagbesteding."
                    ),
                    (
                        "Veel deelnemers van de dagbesteding doen vrijwilligerswerk in de wijk. "
                        "Zo helpen ze bij het repair café in Geleen-Zuid."
                    ),
                ],
                "street": "Rijksweg Zuid 50",
                "postcode": "6161 BL",
                "city": "Geleen",
                "phone": "046 400 00 02",
                "email": "info@daelzicht.voorbeeld.nl",
                "website": "https://www.daelzicht.voorbeeld.nl",
                "wijken": ["geleen-zuid", "lindenheuvel"],
                "services": [
                    {
                        "title": "Begeleiding thuis",
                        "slug": "daelzicht-begeleiding-thuis",
                        "intro": (
                            "Een vaste begeleider helpt u met dingen die u lastig vindt. "
                            "Bijvoorbeeld met post, geld, het huishouden of contact met anderen."
                        ),
                        "body": [
                            (
                                "U bepaalt samen met uw begeleider waar u hulp bij wilt. De "
                                "begeleider komt op vaste momenten bij u thuis. Zo houdt u zelf "
                                "de regie."
                            ),
                        ],
                        "categories": ["huishouden", "geld-en-administratie"],
                        "target_groups": ["mensen-met-een-beperking"],
                        "wijken": ["geleen-zuid", "lindenheuvel"],
                        "audience": (
                            "Voor volwassenen met een verstandelijke beperking die zelfstandig "
                            "wonen."
                        ),
                        "cost": "Via de Wmo van de gemeente. Soms betaalt u een eigen bijdrage.",
                        "how_to_apply": (
                            "Neem contact op met het sociaal wijkteam of bel ons voor een "
                            "kennismakingsgesprek."
                        ),
                        "opening_hours": "Maandag t/m vrijdag 9.00-17.00 uur",
                    },
                    {
                        "title": "Dagbesteding in de wijk",
                        "slug": "daelzicht-dagbesteding",
                        "intro": (
                            "Zinvol bezig zijn, samen met anderen. In de buurtschuur in "
                            "Geleen-Zuid werken deelnemers aan fietsen, hout en de "
                            "buurtmoestuin."
                        ),
                        "body": [
                            (
                                "Iedereen doet mee op zijn eigen niveau. Er is altijd een "
                                "begeleider in de buurt. U kunt eerst een dag komen kijken."
                            ),
                        ],
                        "categories": ["vrijwilligerswerk", "klussen"],
                        "target_groups": ["mensen-met-een-beperking", "jongeren"],
                        "wijken": ["geleen-zuid"],
                        "audience": (
                            "Voor jongeren en volwassenen met een verstandelijke beperking."
                        ),
                        "cost": "Via de Wmo of de Wet langdurige zorg",
                        "how_to_apply": "Bel ons om een dag mee te komen kijken.",
                        "opening_hours": "Maandag t/m vrijdag 9.00-15.30 uur",
                    },
                ],
                "activities": [
                    {
                        "title": "Repair café Geleen-Zuid",
                        "slug": "repair-cafe-geleen-zuid",
                        "intro": (
                            "Is uw broodrooster, lamp of broek kapot? Vrijwilligers kijken met u "
                            "of het te maken is. Gooi het niet zomaar weg!"
                        ),
                        "body": [
                            (
                                "Neem uw kapotte spullen mee. Een vrijwilliger maakt ze samen "
                                "met u. Ondertussen drinkt u een kopje koffie. Deelnemers van de "
                                "dagbesteding van Daelzicht helpen mee."
                            ),
                            "Nieuwe onderdelen betaalt u zelf. Het repareren is gratis.",
                        ],
                        "categories": ["klussen", "vrijwilligerswerk"],
                        "target_groups": ["ouderen", "mensen-met-een-beperking"],
                        "wijken": ["geleen-zuid"],
                        "location_name": "Buurtschuur Geleen-Zuid",
                        "street": "Geleenbeeklaan 6",
                        "postcode": "6166 AG",
                        "city": "Geleen",
                        "cost": "Gratis, een vrijwillige bijdrage mag",
                        "registration": "none",
                        "registration_info": "U kunt gewoon binnenlopen.",
                        "start": "2026-01-10T10:00",
                        "duration_minutes": 180,
                        "recurrence": "FREQ=MONTHLY;BYDAY=2SA",
                        "series_end": None,
                        "exdates": [],
                    },
                    {
                        "title": "Samen wandelen in Geleen-Zuid",
                        "slug": "samen-wandelen-geleen-zuid",
                        "intro": (
                            "Elke donderdagmiddag een rustige wandeling van ongeveer een uur "
                            "door de parken van Geleen-Zuid. Iedereen mag mee."
                        ),
                        "body": [
                            (
                                "We lopen samen met deelnemers en begeleiders van de "
                                "dagbesteding. Het tempo is rustig. Na afloop is er thee in de "
                                "buurtschuur."
                            ),
                        ],
                        "categories": ["bewegen-en-sport", "gezelschap"],
                        "target_groups": ["mensen-met-een-beperking", "ouderen"],
                        "wijken": ["geleen-zuid"],
                        "location_name": "Buurtschuur Geleen-Zuid",
                        "street": "Geleenbeeklaan 6",
                        "postcode": "6166 AG",
                        "city": "Geleen",
                        "cost": "Gratis",
                        "registration": "none",
                        "registration_info": "Kom om 14.00 uur naar de buurtschuur.",
                        "start": "2026-03-05T14:00",
                        "duration_minutes": 75,
                        "recurrence": "FREQ=WEEKLY;BYDAY=TH",
                        "series_end": None,
                        "exdates": ["2026-12-24", "2026-12-31"],
                    },
                ],
            },
            {
                "title": "LEVANTOgroep",
                "slug": "levantogroep",
                "kind": "zorg",
                "intro": (
                    "LEVANTOgroep helpt mensen die het even niet alleen redden. Met begeleiding "
                    "bij wonen, geld en werk, en met een plek om tot rust te komen."
                ),
                "body": [
                    (
                        "Soms loopt alles tegelijk mis: schulden, problemen thuis of geen dak "
                        "boven je hoofd. LEVANTOgroep begeleidt mensen dan om weer zelf de draad "
                        "op te pakken."
                    ),
                    (
                        "In de wijk houden wij inloopspreekuren voor post en papieren. U hoeft "
                        "niet eerst een afspraak te maken."
                    ),
                ],
                "street": "Stationsstraat 20",
                "postcode": "6131 AX",
                "city": "Sittard",
                "phone": "046 400 00 03",
                "email": "info@levantogroep.voorbeeld.nl",
                "website": "https://www.levantogroep.voorbeeld.nl",
                "wijken": ["limbrichterveld", "overhoven", "lindenheuvel", "stein-centrum"],
                "services": [
                    {
                        "title": "Hulp bij geldzaken en administratie",
                        "slug": "levanto-hulp-geldzaken",
                        "intro": (
                            "Samen met een medewerker of vrijwilliger brengt u uw post, "
                            "rekeningen en schulden op orde. Stap voor stap."
                        ),
                        "body": [
                            (
                                "We beginnen met de stapel post. Daarna maken we samen een "
                                "overzicht van uw inkomsten en uitgaven. Als het nodig is, "
                                "helpen we u bij een aanvraag voor toeslagen of schuldhulp bij "
                                "de gemeente."
                            ),
                            "Alles wat u vertelt, blijft tussen u en ons.",
                        ],
                        "categories": ["geld-en-administratie"],
                        "target_groups": ["ouderen", "nieuwkomers", "gezinnen-met-kinderen"],
                        "wijken": ["limbrichterveld", "overhoven", "lindenheuvel"],
                        "audience": (
                            "Voor iedereen die moeite heeft met post, rekeningen of schulden."
                        ),
                        "cost": "Gratis",
                        "how_to_apply": (
                            "Kom naar het inloopspreekuur of bel ons voor een afspraak bij u thuis."
                        ),
                        "opening_hours": "Maandag t/m vrijdag 9.00-17.00 uur",
                    },
                    {
                        "title": "Begeleid zelfstandig wonen",
                        "slug": "levanto-begeleid-wonen",
                        "intro": (
                            "Begeleiding voor mensen die (weer) op zichzelf gaan wonen. "
                            "Bijvoorbeeld na een opname of een periode zonder vaste woonplek."
                        ),
                        "body": [
                            (
                                "Een begeleider komt bij u thuis en helpt u met een dagritme, "
                                "het huishouden en contact met instanties. Samen met ZOwonen "
                                "zoeken we naar een passende woning."
                            ),
                        ],
                        "categories": ["wonen"],
                        "target_groups": ["jongeren", "mensen-met-een-beperking"],
                        "wijken": ["limbrichterveld", "overhoven"],
                        "audience": (
                            "Voor volwassenen die hulp nodig hebben om zelfstandig te wonen."
                        ),
                        "cost": "Via de Wmo van de gemeente",
                        "how_to_apply": "Vraag het sociaal wijkteam om u aan te melden.",
                        "opening_hours": "Maandag t/m vrijdag 9.00-17.00 uur",
                    },
                ],
                "activities": [
                    {
                        "title": "Inloop post en papieren",
                        "slug": "inloop-post-en-papieren-limbrichterveld",
                        "intro": (
                            "Elke woensdagmiddag helpen vrijwilligers u met brieven, formulieren "
                            "en rekeningen. Neem uw papieren gewoon mee."
                        ),
                        "body": [
                            (
                                "Begrijpt u een brief niet? Moet u een formulier invullen voor "
                                "een toeslag of de gemeente? Vrijwilligers kijken met u mee en "
                                "leggen het rustig uit."
                            ),
                            "Neem uw DigiD-gegevens mee als u iets online moet regelen.",
                        ],
                        "categories": ["geld-en-administratie"],
                        "target_groups": ["ouderen", "nieuwkomers"],
                        "wijken": ["limbrichterveld"],
                        "location_name": "Wijkcentrum Limbrichterveld",
                        "street": "Korenstraat 3",
                        "postcode": "6136 AD",
                        "city": "Sittard",
                        "cost": "Gratis",
                        "registration": "none",
                        "registration_info": "U kunt gewoon binnenlopen.",
                        "start": "2026-01-07T13:30",
                        "duration_minutes": 90,
                        "recurrence": "FREQ=WEEKLY;BYDAY=WE",
                        "series_end": None,
                        "exdates": ["2026-12-30"],
                    },
                    {
                        "title": "Kookclub Overhoven",
                        "slug": "kookclub-overhoven",
                        "intro": (
                            "Om de week samen koken en eten. U leert makkelijke en goedkope "
                            "gerechten die u thuis ook kunt maken."
                        ),
                        "body": [
                            (
                                "We koken met verse producten en letten op de prijs. Iedereen "
                                "helpt mee: snijden, roeren of de tafel dekken. Daarna eten we "
                                "samen."
                            ),
                        ],
                        "categories": ["eten-en-drinken"],
                        "target_groups": ["jongeren", "mensen-met-een-beperking"],
                        "wijken": ["overhoven"],
                        "location_name": "Buurtzaal Overhoven",
                        "street": "Molenweg 12",
                        "postcode": "6132 AE",
                        "city": "Sittard",
                        "cost": "€ 3,00",
                        "registration": "required",
                        "registration_info": "Meld u uiterlijk dinsdag aan: bel 046 400 00 03.",
                        "start": "2026-02-05T17:00",
                        "duration_minutes": 150,
                        "recurrence": "FREQ=WEEKLY;INTERVAL=2;BYDAY=TH",
                        "series_end": None,
                        "exdates": [],
                    },
                    {
                        "title": "Digi-café Stein",
                        "slug": "digi-cafe-stein",
                        "intro": (
                            "Hulp bij uw telefoon, tablet of computer. Bijvoorbeeld bij DigiD, "
                            "internetbankieren of videobellen."
                        ),
                        "body": [
                            (
                                "Neem uw eigen apparaat mee, met het wachtwoord. Vrijwilligers "
                                "helpen u één op één. Er is geen vraag te gek."
                            ),
                        ],
                        "categories": ["computer-en-digitaal"],
                        "target_groups": ["ouderen"],
                        "wijken": ["stein-centrum"],
                        "location_name": "Ontmoetingscentrum Stein",
                        "street": "Raadhuisplein 2",
                        "postcode": "6171 AJ",
                        "city": "Stein",
                        "cost": "Gratis",
                        "registration": "recommended",
                        "registration_info": (
                            "Aanmelden is fijn, dan zorgen we voor genoeg vrijwilligers: bel 046 "
                            "400 00 03."
                        ),
                        "start": "2026-04-02T14:00",
                        "duration_minutes": 120,
                        "recurrence": "FREQ=WEEKLY;BYDAY=TH",
                        "series_end": None,
                        "exdates": ["2026-12-24", "2026-12-31", "2027-02-04"],
                    },
                ],
            },
            {
                "title": "Orbis Medisch en Zorgconcern",
                "slug": "orbis",
                "kind": "zorg",
                "intro": (
                    "Orbis verbindt het ziekenhuis met zorg in de wijk. Zo gaat u goed "
                    "voorbereid naar het ziekenhuis en krijgt u na een opname de juiste zorg "
                    "thuis."
                ),
                "body": [
                    (
                        "Orbis Medisch en Zorgconcern is een van de negen partners die het "
                        "wijkportaal in 2014 zijn gestart. Orbis werkt aan een goede overgang "
                        "tussen het ziekenhuis en thuis."
                    ),
                    "Op het wijkportaal vindt u onze spreekuren en voorlichting in de wijk.",
                ],
                "street": "Dr. H. van der Hoffplein 1",
                "postcode": "6162 BG",
                "city": "Geleen",
                "phone": "046 400 00 04",
                "email": "info@orbis.voorbeeld.nl",
                "website": "https://www.orbis.voorbeeld.nl",
                "wijken": [],
                "services": [
                    {
                        "title": "Transferpunt: van ziekenhuis naar huis",
                        "slug": "orbis-transferpunt",
                        "intro": (
                            "Gaat u na een opname naar huis, maar hebt u nog zorg of "
                            "hulpmiddelen nodig? Het transferpunt regelt dat op tijd."
                        ),
                        "body": [
                            (
                                "Een verpleegkundige van het transferpunt praat met u en uw "
                                "familie voordat u naar huis gaat. Samen kijken we wat u nodig "
                                "hebt: wijkverpleging, een hoog-laagbed of tijdelijk een plek in "
                                "een zorgcentrum."
                            ),
                        ],
                        "categories": ["zorg-en-gezondheid"],
                        "target_groups": ["ouderen", "mantelzorgers"],
                        "wijken": [],
                        "audience": (
                            "Voor patiënten die na een ziekenhuisopname zorg thuis nodig hebben."
                        ),
                        "cost": "Gratis",
                        "how_to_apply": (
                            "Vraag de verpleegkundige op de afdeling naar het transferpunt."
                        ),
                        "opening_hours": "Maandag t/m vrijdag 8.30-16.30 uur",
                    },
                ],
                "activities": [
                    {
                        "title": "Hartfit wandelen Overhoven",
                        "slug": "hartfit-wandelen-overhoven",
                        "intro": (
                            "Een wandeling van een uur onder begeleiding, voor mensen die werken "
                            "aan een gezond hart. Ook als u lang niet gesport hebt."
                        ),
                        "body": [
                            (
                                "Een fysiotherapeut loopt mee en let op uw tempo. Wandelen is "
                                "goed voor uw hart, uw bloeddruk en uw humeur."
                            ),
                            (
                                "Heeft u hartklachten? Overleg dan eerst met uw huisarts of "
                                "cardioloog."
                            ),
                        ],
                        "categories": ["bewegen-en-sport", "zorg-en-gezondheid"],
                        "target_groups": ["ouderen"],
                        "wijken": ["overhoven"],
                        "location_name": "Buurtzaal Overhoven",
                        "street": "Molenweg 12",
                        "postcode": "6132 AE",
                        "city": "Sittard",
                        "cost": "Gratis",
                        "registration": "recommended",
                        "registration_info": "Bel 046 400 00 04 voor een kennismaking.",
                        "start": "2026-04-07T09:30",
                        "duration_minutes": 75,
                        "recurrence": "FREQ=WEEKLY;BYDAY=TU",
                        "series_end": None,
                        "exdates": ["2026-12-29", "2027-02-09"],
                    },
                    {
                        "title": "Bloeddruk meten en vragen stellen in Born",
                        "slug": "bloeddruk-spreekuur-born",
                        "intro": (
                            "Eén keer per maand meet een verpleegkundige gratis uw bloeddruk. U "
                            "kunt ook vragen stellen over uw medicijnen of gezondheid."
                        ),
                        "body": [
                            (
                                "U hoeft geen afspraak te maken. Neem als u dat hebt uw "
                                "medicijnlijst mee."
                            ),
                        ],
                        "categories": ["zorg-en-gezondheid"],
                        "target_groups": ["ouderen"],
                        "wijken": ["born"],
                        "location_name": "Dorpshuis Born",
                        "street": "Kerkstraat 3",
                        "postcode": "6121 AH",
                        "city": "Born",
                        "cost": "Gratis",
                        "registration": "none",
                        "registration_info": "U kunt gewoon binnenlopen.",
                        "start": "2026-10-07T10:00",
                        "duration_minutes": 90,
                        "recurrence": "FREQ=MONTHLY;BYDAY=1WE",
                        "series_end": None,
                        "exdates": [],
                    },
                    {
                        "title": "Informatieavond: goed voorbereid naar het ziekenhuis",
                        "slug": "informatieavond-ziekenhuis-born",
                        "intro": (
                            "Wat neemt u mee naar het ziekenhuis? Welke vragen stelt u de "
                            "dokter? En wat regelt u vooraf voor thuis? Een avond vol tips."
                        ),
                        "body": [
                            (
                                "Een verpleegkundige van het transferpunt vertelt hoe een opname "
                                "gaat. U krijgt een handige checklist mee. Mantelzorgers zijn "
                                "ook van harte welkom."
                            ),
                        ],
                        "categories": ["zorg-en-gezondheid"],
                        "target_groups": ["ouderen", "mantelzorgers"],
                        "wijken": ["born"],
                        "location_name": "Dorpshuis Born",
                        "street": "Kerkstraat 3",
                        "postcode": "6121 AH",
                        "city": "Born",
                        "cost": "Gratis",
                        "registration": "recommended",
                        "registration_info": (
                            "Meld u aan via 046 400 00 04 of info@orbis.voorbeeld.nl."
                        ),
                        "start_in_days": 16,
                        "time": "19:00",
                        "duration_minutes": 90,
                        "recurrence": "",
                        "series_end": None,
                        "exdates": [],
                    },
                ],
            },
            {
                "title": "Pergamijn",
                "slug": "pergamijn",
                "kind": "zorg",
                "intro": (
                    "Pergamijn ondersteunt kinderen en volwassenen met een verstandelijke "
                    "beperking en hun gezinnen. Met begeleiding thuis, logeren en activiteiten "
                    "in de buurt."
                ),
                "body": [
                    (
                        "Een kind met een beperking vraagt veel van een gezin. Pergamijn helpt "
                        "ouders, broers en zussen om het vol te houden. Bijvoorbeeld met "
                        "begeleiding thuis of een logeerweekend voor uw kind."
                    ),
                    (
                        "Wij vinden het belangrijk dat kinderen met en zonder beperking samen "
                        "spelen. Daarom organiseren we activiteiten in de wijk voor iedereen."
                    ),
                ],
                "street": "Markt 5",
                "postcode": "6131 EK",
                "city": "Sittard",
                "phone": "046 400 00 05",
                "email": "info@pergamijn.voorbeeld.nl",
                "website": "https://www.pergamijn.voorbeeld.nl",
                "wijken": ["ophoven", "born", "elsloo"],
                "services": [
                    {
                        "title": "Gezinsondersteuning",
                        "slug": "pergamijn-gezinsondersteuning",
                        "intro": (
                            "Een begeleider komt bij u thuis en helpt het gezin met de opvoeding "
                            "en de dagelijkse zorg voor uw kind met een beperking."
                        ),
                        "body": [
                            (
                                "We kijken samen wat uw gezin nodig heeft. Dat kan hulp zijn bij "
                                "vaste dagritmes, bij ruzie of bij het regelen van zorg en "
                                "school."
                            ),
                        ],
                        "categories": ["opvoeden-en-gezin", "mantelzorg"],
                        "target_groups": [
                            "gezinnen-met-kinderen",
                            "mensen-met-een-beperking",
                            "mantelzorgers",
                        ],
                        "wijken": ["ophoven", "born", "elsloo"],
                        "audience": "Voor gezinnen met een kind met een verstandelijke beperking.",
                        "cost": "Via de Jeugdwet van de gemeente",
                        "how_to_apply": "Neem contact op met het sociaal wijkteam of bel ons.",
                        "opening_hours": "Maandag t/m vrijdag 9.00-17.00 uur",
                    },
                    {
                        "title": "Logeren in het weekend",
                        "slug": "pergamijn-logeren",
                        "intro": (
                            "Uw kind logeert een weekend bij ons. Zo heeft u even tijd voor "
                            "uzelf en voor de rest van het gezin."
                        ),
                        "body": [
                            (
                                "Uw kind logeert in een huis met een vaste groep kinderen en "
                                "begeleiders. Er is tijd om te spelen en erop uit te gaan."
                            ),
                        ],
                        "categories": ["mantelzorg", "opvoeden-en-gezin"],
                        "target_groups": ["gezinnen-met-kinderen", "mantelzorgers"],
                        "wijken": [],
                        "audience": (
                            "Voor kinderen van 4 tot 18 jaar met een verstandelijke beperking."
                        ),
                        "cost": "Via de Jeugdwet of de Wet langdurige zorg",
                        "how_to_apply": "Bel ons voor een kennismakingsgesprek.",
                        "opening_hours": "Maandag t/m vrijdag 9.00-17.00 uur",
                    },
                ],
                "activities": [
                    {
                        "title": "Ouderkoffie",
                        "slug": "ouderkoffie-ophoven",
                        "intro": (
                            "Een ochtend voor ouders van een kind met een beperking. Even "
                            "bijpraten met andere ouders die begrijpen hoe het is."
                        ),
                        "body": [
                            (
                                "Er is koffie en er is tijd. Soms komt er een gast vertellen, "
                                "bijvoorbeeld over school of over geld en regelingen. Meestal "
                                "praten we gewoon met elkaar."
                            ),
                        ],
                        "categories": ["opvoeden-en-gezin", "mantelzorg"],
                        "target_groups": ["gezinnen-met-kinderen", "mantelzorgers"],
                        "wijken": ["ophoven"],
                        "location_name": "Buurthuis Ophoven",
                        "street": "Dorpstraat 5",
                        "postcode": "6133 AC",
                        "city": "Sittard",
                        "cost": "Gratis",
                        "registration": "none",
                        "registration_info": "U kunt gewoon binnenlopen.",
                        "start": "2026-02-06T09:30",
                        "duration_minutes": 90,
                        "recurrence": "FREQ=MONTHLY;BYDAY=1FR",
                        "series_end": None,
                        "exdates": ["2027-01-01"],
                    },
                    {
                        "title": "Spelmiddag in Elsloo",
                        "slug": "spelmiddag-elsloo",
                        "intro": (
                            "Een middag spelen voor kinderen met en zonder beperking. Met "
                            "spelletjes, knutselen en limonade. Broers, zussen en vriendjes zijn "
                            "welkom."
                        ),
                        "body": [
                            (
                                "Begeleiders van Pergamijn en vrijwilligers uit Elsloo zorgen "
                                "voor het programma. Ouders kunnen blijven en een kopje koffie "
                                "drinken."
                            ),
                        ],
                        "categories": ["opvoeden-en-gezin", "gezelschap"],
                        "target_groups": ["gezinnen-met-kinderen", "mensen-met-een-beperking"],
                        "wijken": ["elsloo"],
                        "location_name": "Gemeenschapshuis Elsloo",
                        "street": "Stationsstraat 1",
                        "postcode": "6181 AK",
                        "city": "Elsloo",
                        "cost": "Gratis",
                        "registration": "recommended",
                        "registration_info": (
                            "Laat even weten hoeveel kinderen komen: 046 400 00 05."
                        ),
                        "start": "2026-06-20T14:00",
                        "duration_minutes": 120,
                        "recurrence": "FREQ=MONTHLY;BYDAY=3SA",
                        "series_end": None,
                        "exdates": [],
                    },
                ],
            },
            {
                "title": "Partners in Welzijn",
                "slug": "partners-in-welzijn",
                "kind": "welzijn",
                "intro": (
                    "Partners in Welzijn is er voor alle inwoners. Voor een praatje, advies, "
                    "mantelzorgondersteuning, vrijwilligerswerk en activiteiten in de buurt."
                ),
                "body": [
                    (
                        "Wij werken in alle wijken van de Westelijke Mijnstreek. Onze "
                        "opbouwwerkers, maatschappelijk werkers en ouderenadviseurs kennen de "
                        "buurt en de mensen."
                    ),
                    (
                        "Wilt u iets betekenen voor een ander? Dan helpen wij u aan passend "
                        "vrijwilligerswerk. Wilt u zelf iets organiseren in uw straat? Ook dan "
                        "denken we graag mee."
                    ),
                ],
                "street": "Walramstraat 12",
                "postcode": "6131 BK",
                "city": "Sittard",
                "phone": "046 400 00 06",
                "email": "info@partners-in-welzijn.voorbeeld.nl",
                "website": "https://www.partners-in-welzijn.voorbeeld.nl",
                "wijken": [],
                "services": [
                    {
                        "title": "Steun voor mantelzorgers",
                        "slug": "piw-mantelzorgsteun",
                        "intro": (
                            "Zorgt u voor uw partner, ouder, kind of buur? Een "
                            "mantelzorgconsulent luistert naar u en zoekt samen met u naar "
                            "manieren om het vol te houden."
                        ),
                        "body": [
                            (
                                "Mantelzorg geeft u veel, maar kost ook energie. De consulent "
                                "kan u helpen met informatie, een vrijwilliger die het even van "
                                "u overneemt, of contact met andere mantelzorgers."
                            ),
                            (
                                "Ook kunt u bij ons de jaarlijkse mantelzorgwaardering van de "
                                "gemeente aanvragen."
                            ),
                        ],
                        "categories": ["mantelzorg"],
                        "target_groups": ["mantelzorgers"],
                        "wijken": [],
                        "audience": "Voor iedereen die zorgt voor een naaste.",
                        "cost": "Gratis",
                        "how_to_apply": "Bel of mail ons, of kom naar het mantelzorgcafé.",
                        "opening_hours": "Maandag t/m vrijdag 9.00-17.00 uur",
                    },
                    {
                        "title": "Vrijwilligerscentrale",
                        "slug": "piw-vrijwilligerscentrale",
                        "intro": (
                            "Wilt u vrijwilligerswerk doen? Wij zoeken samen met u een plek die "
                            "past bij uw tijd en wat u leuk vindt."
                        ),
                        "body": [
                            (
                                "Er is veel te doen: boodschappen halen voor een buur, koken bij "
                                "samen eten, helpen in het digi-café of een wandelmaatje zijn. U "
                                "beslist zelf hoeveel tijd u geeft."
                            ),
                        ],
                        "categories": ["vrijwilligerswerk"],
                        "target_groups": ["vrijwilligers"],
                        "wijken": [],
                        "audience": "Voor iedereen die iets wil doen voor een ander.",
                        "cost": "Gratis",
                        "how_to_apply": "Maak een afspraak voor een kennismakingsgesprek.",
                        "opening_hours": "Maandag t/m donderdag 9.00-16.00 uur",
                    },
                    {
                        "title": "Ouderenadviseur",
                        "slug": "piw-ouderenadviseur",
                        "intro": (
                            "De ouderenadviseur komt bij u thuis en helpt u verder met vragen "
                            "over wonen, zorg, geld of eenzaamheid."
                        ),
                        "body": [
                            (
                                "Soms weet u niet waar u moet beginnen. De ouderenadviseur zet "
                                "samen met u alles op een rij en helpt u de juiste hulp te "
                                "vinden."
                            ),
                        ],
                        "categories": ["zorg-en-gezondheid", "wonen", "gezelschap"],
                        "target_groups": ["ouderen"],
                        "wijken": ["limbrichterveld", "lindenheuvel", "kemperkoul", "ophoven"],
                        "audience": "Voor inwoners van 65 jaar en ouder.",
                        "cost": "Gratis",
                        "how_to_apply": (
                            "Bel ons. De ouderenadviseur maakt een afspraak om bij u langs te "
                            "komen."
                        ),
                        "opening_hours": "Maandag t/m vrijdag 9.00-17.00 uur",
                    },
                ],
                "activities": [
                    {
                        "title": "Samen eten in Limbrichterveld",
                        "slug": "samen-eten-limbrichterveld",
                        "intro": (
                            "Elke dinsdag een warme maaltijd met drie gangen, samen met "
                            "buurtgenoten. Lekker eten en gezellig praten."
                        ),
                        "body": [
                            (
                                "Vrijwilligers koken een eenvoudige, verse maaltijd. Heeft u een "
                                "dieet? Meld het bij uw aanmelding, dan houden we er rekening "
                                "mee."
                            ),
                            "Met carnaval en tussen Kerstmis en Nieuwjaar is er geen maaltijd.",
                        ],
                        "categories": ["eten-en-drinken", "gezelschap"],
                        "target_groups": ["ouderen"],
                        "wijken": ["limbrichterveld"],
                        "location_name": "Wijkcentrum Limbrichterveld",
                        "street": "Korenstraat 3",
                        "postcode": "6136 AD",
                        "city": "Sittard",
                        "cost": "€ 6,50",
                        "registration": "required",
                        "registration_info": (
                            "Meld u uiterlijk maandag om 12.00 uur aan: bel 046 400 00 06."
                        ),
                        "start": "2026-01-06T12:00",
                        "duration_minutes": 90,
                        "recurrence": "FREQ=WEEKLY;BYDAY=TU",
                        "series_end": None,
                        "exdates": ["2026-02-17", "2026-12-29", "2027-02-09"],
                    },
                    {
                        "title": "Mantelzorgcafé Westelijke Mijnstreek",
                        "slug": "mantelzorgcafe-westelijke-mijnstreek",
                        "intro": (
                            "Elke maand een avond voor mantelzorgers uit de hele regio. Even op "
                            "adem komen, ervaringen delen en nieuwe informatie krijgen."
                        ),
                        "body": [
                            (
                                "Iedere keer is er een kort verhaal over een onderwerp, zoals "
                                "respijtzorg of de Wmo. Daarna is er tijd om te praten met "
                                "andere mantelzorgers en met de mantelzorgconsulent."
                            ),
                            (
                                "Het mantelzorgcafé is voor mantelzorgers uit alle gemeenten van "
                                "de Westelijke Mijnstreek."
                            ),
                        ],
                        "categories": ["mantelzorg"],
                        "target_groups": ["mantelzorgers"],
                        "wijken": [],
                        "location_name": "Huis van Partners in Welzijn",
                        "street": "Walramstraat 12",
                        "postcode": "6131 BK",
                        "city": "Sittard",
                        "cost": "Gratis",
                        "registration": "none",
                        "registration_info": "Aanmelden is niet nodig.",
                        "start": "2026-01-08T19:30",
                        "duration_minutes": 120,
                        "recurrence": "FREQ=MONTHLY;BYDAY=2TH",
                        "series_end": None,
                        "exdates": [],
                    },
                    {
                        "title": "Taalcafé Lindenheuvel",
                        "slug": "taalcafe-lindenheuvel",
                        "intro": (
                            "Nederlands oefenen in een ontspannen sfeer. Praten over gewone "
                            "dingen, met hulp van vrijwilligers."
                        ),
                        "body": [
                            (
                                "Iedereen die Nederlands leert is welkom, wat uw niveau ook is. "
                                "We praten in kleine groepjes over de buurt, boodschappen, het "
                                "weer of het nieuws."
                            ),
                        ],
                        "categories": ["taal-en-lezen", "gezelschap"],
                        "target_groups": ["nieuwkomers"],
                        "wijken": ["lindenheuvel"],
                        "location_name": "Trefcentrum Lindenheuvel",
                        "street": "Dahliastraat 2",
                        "postcode": "6163 AF",
                        "city": "Geleen",
                        "cost": "Gratis",
                        "registration": "none",
                        "registration_info": "U kunt gewoon binnenlopen.",
                        "start": "2026-01-09T10:00",
                        "duration_minutes": 90,
                        "recurrence": "FREQ=WEEKLY;BYDAY=FR",
                        "series_end": None,
                        "exdates": ["2026-12-25", "2027-01-01"],
                    },
                ],
            },
            {
                "title": "SGL",
                "slug": "sgl",
                "kind": "zorg",
                "intro": (
                    "SGL biedt wonen, dagbesteding en begeleiding aan mensen met een "
                    "lichamelijke of verstandelijke beperking, midden in de wijk."
                ),
                "body": [
                    (
                        "Bij SGL wonen en werken mensen met een beperking gewoon in de buurt. "
                        "Zij doen mee aan het leven in de wijk, en de wijk doet mee bij SGL."
                    ),
                    (
                        "Buurtbewoners zijn welkom in ons open atelier en in de buurtmoestuin. "
                        "Samen maken we er iets moois van."
                    ),
                ],
                "street": "Mauritslaan 5",
                "postcode": "6161 HP",
                "city": "Geleen",
                "phone": "046 400 00 07",
                "email": "info@sgl.voorbeeld.nl",
                "website": "https://www.sgl.voorbeeld.nl",
                "wijken": ["geleen-zuid", "limbrichterveld"],
                "services": [
                    {
                        "title": "Begeleid wonen in de wijk",
                        "slug": "sgl-begeleid-wonen",
                        "intro": (
                            "Wonen in een eigen appartement, met begeleiding als u die nodig "
                            "hebt. Er is altijd iemand in de buurt."
                        ),
                        "body": [
                            (
                                "U woont zelfstandig in een appartement dicht bij een steunpunt "
                                "van SGL. Begeleiders helpen u op afgesproken momenten en zijn "
                                "ook 's nachts oproepbaar."
                            ),
                        ],
                        "categories": ["wonen"],
                        "target_groups": ["mensen-met-een-beperking"],
                        "wijken": ["geleen-zuid", "limbrichterveld"],
                        "audience": (
                            "Voor volwassenen met een beperking die zelfstandig willen wonen."
                        ),
                        "cost": "Via de Wmo of de Wet langdurige zorg",
                        "how_to_apply": "Bel ons voor een kennismaking en een rondleiding.",
                        "opening_hours": "Maandag t/m vrijdag 9.00-17.00 uur",
                    },
                ],
                "activities": [
                    {
                        "title": "Open atelier Geleen-Zuid",
                        "slug": "open-atelier-geleen-zuid",
                        "intro": (
                            "Schilderen, tekenen of kleien, samen met bewoners van SGL. U hoeft "
                            "het niet te kunnen, plezier is genoeg."
                        ),
                        "body": [
                            (
                                "Materiaal is aanwezig. Een kunstenaar geeft tips als u dat "
                                "wilt. Neem gerust een eigen werk mee om verder aan te werken."
                            ),
                        ],
                        "categories": ["hobby-en-creatief", "gezelschap"],
                        "target_groups": ["mensen-met-een-beperking", "ouderen"],
                        "wijken": ["geleen-zuid"],
                        "location_name": "Buurtschuur Geleen-Zuid",
                        "street": "Geleenbeeklaan 6",
                        "postcode": "6166 AG",
                        "city": "Geleen",
                        "cost": "€ 1,50 voor koffie en materiaal",
                        "registration": "none",
                        "registration_info": "U kunt gewoon binnenlopen.",
                        "start": "2026-02-04T14:00",
                        "duration_minutes": 120,
                        "recurrence": "FREQ=WEEKLY;BYDAY=WE",
                        "series_end": None,
                        "exdates": ["2026-12-30"],
                    },
                    {
                        "title": "Buurtmoestuin Limbrichterveld",
                        "slug": "buurtmoestuin-limbrichterveld",
                        "intro": (
                            "Van april tot en met oktober tuinieren we elke zaterdagochtend "
                            "samen. Wat we oogsten, delen we met elkaar."
                        ),
                        "body": [
                            (
                                "U hoeft geen ervaring te hebben. Er zijn tuinders die u graag "
                                "helpen. Gereedschap is er ook. Trek wel kleren aan die vies "
                                "mogen worden."
                            ),
                            "In de wintermaanden rust de tuin en is er geen moestuinochtend.",
                        ],
                        "categories": ["tuin-en-huisdieren", "vrijwilligerswerk"],
                        "target_groups": [
                            "mensen-met-een-beperking",
                            "gezinnen-met-kinderen",
                            "ouderen",
                        ],
                        "wijken": ["limbrichterveld"],
                        "location_name": "Wijkcentrum Limbrichterveld",
                        "street": "Korenstraat 3",
                        "postcode": "6136 AD",
                        "city": "Sittard",
                        "cost": "Gratis",
                        "registration": "none",
                        "registration_info": (
                            "Kom gewoon langs bij de moestuin achter het wijkcentrum."
                        ),
                        "start": "2026-04-04T10:00",
                        "duration_minutes": 120,
                        "recurrence": "FREQ=WEEKLY;BYDAY=SA;BYMONTH=4,5,6,7,8,9,10",
                        "series_end": None,
                        "exdates": [],
                    },
                ],
            },
            {
                "title": "Vivantes",
                "slug": "vivantes",
                "kind": "zorg",
                "intro": (
                    "Vivantes zorgt voor ouderen in de Westelijke Mijnstreek. Thuis, in de "
                    "dagverzorging en in zorgcentra. Ook de koffie-ochtenden in Born en samen "
                    "eten in Elsloo zijn van ons."
                ),
                "body": [
                    (
                        "Vivantes helpt ouderen om prettig te blijven leven, ook als zij meer "
                        "zorg nodig hebben. Dat doen we thuis, in onze zorgcentra en met "
                        "activiteiten in de buurt."
                    ),
                    (
                        "In Born en Elsloo organiseren we ontmoetingen voor ouderen uit het "
                        "dorp. Iedereen is welkom, ook als u (nog) geen zorg van ons krijgt."
                    ),
                ],
                "street": "Kasteelstraat 2",
                "postcode": "6121 AB",
                "city": "Born",
                "phone": "046 400 00 08",
                "email": "info@vivantes.voorbeeld.nl",
                "website": "https://www.vivantes.voorbeeld.nl",
                "wijken": ["born", "elsloo", "stein-centrum", "spaubeek"],
                "services": [
                    {
                        "title": "Dagverzorging voor ouderen",
                        "slug": "vivantes-dagverzorging",
                        "intro": (
                            "Een of meer dagen per week naar de dagverzorging. Met een warme "
                            "maaltijd, activiteiten en aandacht. En rust voor uw mantelzorger."
                        ),
                        "body": [
                            (
                                "In een kleine groep doet u mee aan activiteiten die bij u "
                                "passen: bewegen, muziek, koken of een spelletje. Er is altijd "
                                "een verzorgende aanwezig. Vervoer van en naar huis kan worden "
                                "geregeld."
                            ),
                        ],
                        "categories": ["zorg-en-gezondheid", "gezelschap"],
                        "target_groups": ["ouderen", "mensen-met-dementie", "mantelzorgers"],
                        "wijken": ["born", "elsloo", "stein-centrum"],
                        "audience": (
                            "Voor ouderen die thuis wonen en overdag zorg en gezelschap nodig "
                            "hebben."
                        ),
                        "cost": "Via de Wmo of de Wet langdurige zorg",
                        "how_to_apply": "Vraag het sociaal wijkteam of bel ons voor een proefdag.",
                        "opening_hours": "Maandag t/m vrijdag 9.30-16.00 uur",
                    },
                    {
                        "title": "Maaltijdservice",
                        "slug": "vivantes-maaltijdservice",
                        "intro": (
                            "Elke dag een warme, gezonde maaltijd aan huis. Ook met een dieet."
                        ),
                        "body": [
                            (
                                "Een vaste bezorger brengt de maaltijd rond het middaguur. Zo "
                                "ziet er elke dag iemand even hoe het met u gaat."
                            ),
                        ],
                        "categories": ["eten-en-drinken"],
                        "target_groups": ["ouderen"],
                        "wijken": ["born", "elsloo", "stein-centrum"],
                        "audience": "Voor ouderen die zelf niet (meer) kunnen of willen koken.",
                        "cost": "€ 8,25 per maaltijd",
                        "how_to_apply": (
                            "Bel ons om u aan te melden. U kunt al na twee dagen beginnen."
                        ),
                        "opening_hours": "Maandag t/m vrijdag 9.00-17.00 uur",
                    },
                ],
                "activities": [
                    {
                        "title": "Koffie-ochtend in Born",
                        "slug": "koffie-ochtend-born",
                        "intro": (
                            "Elke donderdagochtend koffie of thee met iets lekkers in het "
                            "dorpshuis. Een goed moment om dorpsgenoten te ontmoeten."
                        ),
                        "body": [
                            (
                                "U kunt gewoon binnenlopen. Er liggen kranten en spelletjes. Een "
                                "medewerker van Vivantes is aanwezig als u een vraag hebt."
                            ),
                        ],
                        "categories": ["gezelschap"],
                        "target_groups": ["ouderen"],
                        "wijken": ["born"],
                        "location_name": "Dorpshuis Born",
                        "street": "Kerkstraat 3",
                        "postcode": "6121 AH",
                        "city": "Born",
                        "cost": "€ 1,00",
                        "registration": "none",
                        "registration_info": "U kunt gewoon binnenlopen.",
                        "start": "2026-09-03T10:00",
                        "duration_minutes": 120,
                        "recurrence": "FREQ=WEEKLY;BYDAY=TH",
                        "series_end": None,
                        "exdates": ["2026-12-24", "2026-12-31", "2027-02-04"],
                    },
                    {
                        "title": "Samen eten in Elsloo",
                        "slug": "samen-eten-elsloo",
                        "intro": (
                            "Om de week op vrijdag een gezellige lunch met een warme maaltijd, "
                            "samen met andere ouderen uit Elsloo."
                        ),
                        "body": [
                            (
                                "De koks van Vivantes maken een eenvoudige maaltijd met soep en "
                                "een toetje. Heeft u moeite om te komen? Vraag naar vervoer."
                            ),
                        ],
                        "categories": ["eten-en-drinken", "gezelschap"],
                        "target_groups": ["ouderen"],
                        "wijken": ["elsloo"],
                        "location_name": "Gemeenschapshuis Elsloo",
                        "street": "Stationsstraat 1",
                        "postcode": "6181 AK",
                        "city": "Elsloo",
                        "cost": "€ 7,50",
                        "registration": "required",
                        "registration_info": "Aanmelden tot woensdag: bel 046 400 00 08.",
                        "start": "2026-06-05T12:00",
                        "duration_minutes": 120,
                        "recurrence": "FREQ=WEEKLY;INTERVAL=2;BYDAY=FR",
                        "series_end": None,
                        "exdates": ["2027-01-01"],
                    },
                    {
                        "title": "Koffie-uurtje in Spaubeek",
                        "slug": "koffie-uurtje-spaubeek",
                        "intro": (
                            "Elke maandagmiddag een kopje koffie en een praatje voor ouderen uit "
                            "Spaubeek."
                        ),
                        "body": [
                            (
                                "Een medewerker van Vivantes en vrijwilligers uit het dorp "
                                "zetten de koffie klaar. U kunt gewoon binnenlopen."
                            ),
                        ],
                        "categories": ["gezelschap"],
                        "target_groups": ["ouderen"],
                        "wijken": ["spaubeek"],
                        "location_name": "Gemeenschapshuis Spaubeek",
                        "street": "Kerkstraat 1",
                        "postcode": "6176 AL",
                        "city": "Spaubeek",
                        "cost": "€ 1,00",
                        "registration": "none",
                        "registration_info": "U kunt gewoon binnenlopen.",
                        "start": "2026-10-05T14:00",
                        "duration_minutes": 90,
                        "recurrence": "FREQ=WEEKLY;BYDAY=MO",
                        "series_end": None,
                        "exdates": [],
                    },
                ],
            },
            {
                "title": "ZOwonen",
                "slug": "zowonen",
                "kind": "wonen",
                "intro": (
                    "ZOwonen verhuurt woningen in de Westelijke Mijnstreek. Wij helpen huurders "
                    "om prettig en langer zelfstandig te wonen, in een fijne buurt."
                ),
                "body": [
                    (
                        "ZOwonen is de woningcorporatie die in 2014 samen met acht zorg- en "
                        "welzijnsorganisaties het wijkportaal is begonnen. Een goed huis en een "
                        "buurt waar mensen naar elkaar omkijken, horen bij elkaar."
                    ),
                    (
                        "Onze woonconsulenten houden spreekuur in de wijk. Ook helpen we bij "
                        "kleine aanpassingen in huis, zodat u er langer kunt blijven wonen."
                    ),
                ],
                "street": "Rijksweg Noord 30",
                "postcode": "6131 CL",
                "city": "Sittard",
                "phone": "046 400 00 09",
                "email": "info@zowonen.voorbeeld.nl",
                "website": "https://www.zowonen.voorbeeld.nl",
                "wijken": [
                    "kemperkoul",
                    "ophoven",
                    "limbrichterveld",
                    "overhoven",
                    "lindenheuvel",
                    "geleen-zuid",
                    "stein-centrum",
                    "elsloo",
                ],
                "services": [
                    {
                        "title": "Langer thuis: aanpassingen in uw huurwoning",
                        "slug": "zowonen-woningaanpassing",
                        "intro": (
                            "Een extra trapleuning, een douchestoel of een drempel weg? De "
                            "woonconsulent kijkt met u wat er kan."
                        ),
                        "body": [
                            (
                                "Kleine aanpassingen regelt ZOwonen vaak zelf. Voor grotere "
                                "aanpassingen, zoals een traplift, helpen we u bij de aanvraag "
                                "via de Wmo van de gemeente."
                            ),
                        ],
                        "categories": ["wonen"],
                        "target_groups": ["ouderen", "mensen-met-een-beperking"],
                        "wijken": [],
                        "audience": "Voor huurders van ZOwonen.",
                        "cost": "Kleine aanpassingen zijn meestal gratis",
                        "how_to_apply": "Bel ons of kom naar het spreekuur van de woonconsulent.",
                        "opening_hours": "Maandag t/m vrijdag 9.00-17.00 uur",
                    },
                    {
                        "title": "Hulp bij een betalingsachterstand",
                        "slug": "zowonen-huurachterstand",
                        "intro": (
                            "Lukt het even niet om de huur te betalen? Neem dan op tijd contact "
                            "op. Samen zoeken we een oplossing."
                        ),
                        "body": [
                            (
                                "We maken een betalingsregeling die bij u past. Als het nodig "
                                "is, brengen we u in contact met hulp bij geldzaken, "
                                "bijvoorbeeld van LEVANTOgroep."
                            ),
                        ],
                        "categories": ["geld-en-administratie", "wonen"],
                        "target_groups": ["gezinnen-met-kinderen", "ouderen"],
                        "wijken": [],
                        "audience": "Voor huurders van ZOwonen met geldzorgen.",
                        "cost": "Gratis",
                        "how_to_apply": (
                            "Bel ons. Hoe eerder, hoe makkelijker we samen iets kunnen regelen."
                        ),
                        "opening_hours": "Maandag t/m vrijdag 9.00-17.00 uur",
                    },
                ],
                "activities": [
                    {
                        "title": "Spreekuur woonconsulent Ophoven",
                        "slug": "spreekuur-woonconsulent-ophoven",
                        "intro": (
                            "Om de week zit de woonconsulent van ZOwonen in het buurthuis. Voor "
                            "vragen over uw woning, de buurt of verhuizen."
                        ),
                        "body": [
                            (
                                "Heeft u overlast, een reparatie die niet opschiet of wilt u "
                                "kleiner gaan wonen? Loop gerust even binnen."
                            ),
                        ],
                        "categories": ["wonen"],
                        "target_groups": ["ouderen", "gezinnen-met-kinderen"],
                        "wijken": ["ophoven", "kemperkoul"],
                        "location_name": "Buurthuis Ophoven",
                        "street": "Dorpstraat 5",
                        "postcode": "6133 AC",
                        "city": "Sittard",
                        "cost": "Gratis",
                        "registration": "none",
                        "registration_info": "U kunt gewoon binnenlopen.",
                        "start": "2026-01-13T14:00",
                        "duration_minutes": 120,
                        "recurrence": "FREQ=WEEKLY;INTERVAL=2;BYDAY=TU",
                        "series_end": None,
                        "exdates": [],
                    },
                    {
                        "title": "Buurtopruimochtend Kemperkoul",
                        "slug": "buurtopruimochtend-kemperkoul",
                        "intro": (
                            "Elke laatste zaterdag van de maand maken we samen de buurt schoon. "
                            "ZOwonen zorgt voor grijpers, handschoenen, vuilniszakken en koffie."
                        ),
                        "body": [
                            (
                                "In een uurtje of twee ruimen we zwerfafval op in de parken en "
                                "straten. Kinderen zijn welkom, samen met een volwassene."
                            ),
                        ],
                        "categories": ["wonen", "vrijwilligerswerk"],
                        "target_groups": ["gezinnen-met-kinderen", "vrijwilligers"],
                        "wijken": ["kemperkoul"],
                        "location_name": "Wijkpunt De Kemp",
                        "street": "Europapark 2",
                        "postcode": "6135 AB",
                        "city": "Sittard",
                        "cost": "Gratis",
                        "registration": "none",
                        "registration_info": "Kom om 10.00 uur naar het wijkpunt.",
                        "start": "2026-03-28T10:00",
                        "duration_minutes": 120,
                        "recurrence": "FREQ=MONTHLY;BYDAY=-1SA",
                        "series_end": None,
                        "exdates": ["2026-12-26"],
                    },
                    {
                        "title": "Informatiemiddag: langer thuis in uw eigen huis",
                        "slug": "informatiemiddag-langer-thuis-stein",
                        "intro": (
                            "Wat kunt u doen om langer in uw huis te blijven wonen? ZOwonen en "
                            "het sociaal wijkteam geven tips en beantwoorden uw vragen."
                        ),
                        "body": [
                            (
                                "U hoort over kleine aanpassingen, hulpmiddelen en de Wmo. Er "
                                "staat een douchestoel, een toiletverhoger en een slimme deurbel "
                                "om uit te proberen."
                            ),
                        ],
                        "categories": ["wonen", "zorg-en-gezondheid"],
                        "target_groups": ["ouderen", "mantelzorgers"],
                        "wijken": ["stein-centrum", "elsloo"],
                        "location_name": "Ontmoetingscentrum Stein",
                        "street": "Raadhuisplein 2",
                        "postcode": "6171 AJ",
                        "city": "Stein",
                        "cost": "Gratis",
                        "registration": "recommended",
                        "registration_info": (
                            "Meld u aan via 046 400 00 09 of info@zowonen.voorbeeld.nl."
                        ),
                        "start_in_days": 20,
                        "time": "14:00",
                        "duration_minutes": 120,
                        "recurrence": "",
                        "series_end": None,
                        "exdates": [],
                    },
                ],
            },
            {
                "title": "Buurtkring Lindenheuvel",
                "slug": "buurtkring-lindenheuvel",
                "kind": "bewonersinitiatief",
                "intro": (
                    "Buurtkring Lindenheuvel is een groep bewoners die iets doet voor de wijk. "
                    "Met een wekelijkse koffie-ochtend, een wandelgroep en een klusploeg."
                ),
                "body": [
                    (
                        "Wij zijn buren die elkaar willen helpen. Sommigen van ons wonen hier al "
                        "hun hele leven, anderen pas kort. Samen zorgen we ervoor dat niemand in "
                        "Lindenheuvel alleen hoeft te zitten."
                    ),
                    (
                        "Alles wat we doen, doen we als vrijwilliger. Wilt u meedoen of heeft u "
                        "een idee? Kom op maandag langs bij de koffie-ochtend."
                    ),
                ],
                "street": "Bloemenmarkt 8",
                "postcode": "6163 AB",
                "city": "Geleen",
                "phone": "046 400 00 10",
                "email": "info@buurtkring-lindenheuvel.voorbeeld.nl",
                "website": "https://www.buurtkring-lindenheuvel.voorbeeld.nl",
                "wijken": ["lindenheuvel"],
                "services": [
                    {
                        "title": "Klusploeg Lindenheuvel",
                        "slug": "buurtkring-klusploeg",
                        "intro": (
                            "Vrijwilligers helpen u met kleine klussen in en om het huis. Een "
                            "lamp ophangen, een kraan die lekt of een schilderij aan de muur."
                        ),
                        "body": [
                            (
                                "De klusploeg doet kleine klussen die binnen twee uur klaar "
                                "zijn. Voor grote klussen verwijzen we u door naar een vakman."
                            ),
                        ],
                        "categories": ["klussen"],
                        "target_groups": ["ouderen", "mensen-met-een-beperking"],
                        "wijken": ["lindenheuvel"],
                        "audience": (
                            "Voor bewoners van Lindenheuvel die een klus niet zelf kunnen doen."
                        ),
                        "cost": "Gratis, u betaalt alleen het materiaal",
                        "how_to_apply": (
                            "Bel 046 400 00 10 en laat uw naam en nummer achter. We bellen u terug."
                        ),
                        "opening_hours": "Klussen op afspraak, meestal op zaterdag",
                    },
                ],
                "activities": [
                    {
                        "title": "Koffie-ochtend Lindenheuvel",
                        "slug": "koffie-ochtend-lindenheuvel",
                        "intro": (
                            "Elke maandagochtend koffie, thee en vlaai in het trefcentrum. Voor "
                            "iedereen uit de buurt."
                        ),
                        "body": [
                            (
                                "Kom gezellig een kopje koffie drinken en maak kennis met uw "
                                "buren. Hier hoort u ook wat er in de wijk te doen is."
                            ),
                            "Met carnaval en tussen Kerstmis en Nieuwjaar zijn we dicht.",
                        ],
                        "categories": ["gezelschap"],
                        "target_groups": ["ouderen", "nieuwkomers"],
                        "wijken": ["lindenheuvel"],
                        "location_name": "Trefcentrum Lindenheuvel",
                        "street": "Dahliastraat 2",
                        "postcode": "6163 AF",
                        "city": "Geleen",
                        "cost": "€ 1,00 voor koffie en vlaai",
                        "registration": "none",
                        "registration_info": "U kunt gewoon binnenlopen.",
                        "start": "2026-01-05T09:30",
                        "duration_minutes": 120,
                        "recurrence": "FREQ=WEEKLY;BYDAY=MO",
                        "series_end": None,
                        "exdates": ["2026-02-16", "2026-12-28", "2027-02-08"],
                    },
                    {
                        "title": "Wandelgroep Lindenheuvel",
                        "slug": "wandelgroep-lindenheuvel",
                        "intro": (
                            "Elke woensdagochtend een wandeling van een uur door de wijk en het "
                            "wijkpark. In een rustig tempo, met een praatje onderweg."
                        ),
                        "body": [
                            (
                                "We vertrekken bij het trefcentrum. Bij slecht weer lopen we een "
                                "korter rondje. Daarna drinken we samen nog iets."
                            ),
                        ],
                        "categories": ["bewegen-en-sport", "gezelschap"],
                        "target_groups": ["ouderen"],
                        "wijken": ["lindenheuvel"],
                        "location_name": "Trefcentrum Lindenheuvel",
                        "street": "Dahliastraat 2",
                        "postcode": "6163 AF",
                        "city": "Geleen",
                        "cost": "Gratis",
                        "registration": "none",
                        "registration_info": "Kom om 9.30 uur naar het trefcentrum.",
                        "start": "2026-01-07T09:30",
                        "duration_minutes": 90,
                        "recurrence": "FREQ=WEEKLY;BYDAY=WE",
                        "series_end": None,
                        "exdates": [],
                    },
                    {
                        "title": "Klusochtend in de buurtwerkplaats",
                        "slug": "klusochtend-lindenheuvel",
                        "intro": (
                            "Om de week op zaterdag is de werkplaats open. Repareer samen met "
                            "een vrijwilliger uw fiets, stoel of speelgoed."
                        ),
                        "body": [
                            (
                                "Gereedschap is aanwezig. De vrijwilligers laten u zien hoe het "
                                "moet, zodat u het de volgende keer misschien zelf kunt."
                            ),
                        ],
                        "categories": ["klussen", "vrijwilligerswerk"],
                        "target_groups": ["ouderen", "jongeren"],
                        "wijken": ["lindenheuvel"],
                        "location_name": "Trefcentrum Lindenheuvel",
                        "street": "Dahliastraat 2",
                        "postcode": "6163 AF",
                        "city": "Geleen",
                        "cost": "Gratis",
                        "registration": "none",
                        "registration_info": "U kunt gewoon binnenlopen.",
                        "start": "2026-01-17T10:00",
                        "duration_minutes": 120,
                        "recurrence": "FREQ=WEEKLY;INTERVAL=2;BYDAY=SA",
                        "series_end": None,
                        "exdates": [],
                    },
                ],
            },
        ],
        "standard_pages": [
            {
                "title": "Over het wijkportaal",
                "slug": "over-het-wijkportaal",
                "intro": (
                    "Het wijkportaal Westelijke Mijnstreek brengt bewoners, vrijwilligers en "
                    "organisaties in de buurt bij elkaar. Hier vindt u hulp, activiteiten en "
                    "mensen die iets voor u willen doen."
                ),
                "body": [
                    (
                        "Op het wijkportaal ziet u per gemeente en per wijk welke organisaties "
                        "er zijn, welke hulp ze bieden en welke activiteiten er op de agenda "
                        "staan. U vindt er ook het sociaal wijkteam van uw wijk, met het adres "
                        "en de tijden van het spreekuur."
                    ),
                    (
                        "Bij 'Vraag en aanbod' kunnen buren elkaar helpen. Zoekt u iemand die u "
                        "naar het ziekenhuis brengt, of wilt u zelf een keer per week "
                        "boodschappen doen voor een buur? Zet het op het portaal. U hebt er geen "
                        "account voor nodig. Op de website staat alleen uw voornaam."
                    ),
                    (
                        "Het wijkportaal is in 2014 begonnen door negen partners: Cicero "
                        "Zorggroep, Daelzicht, LEVANTOgroep, Orbis Medisch en Zorgconcern, "
                        "Pergamijn, Partners in Welzijn, SGL, Vivantes en woningcorporatie "
                        "ZOwonen. De gemeente Sittard-Geleen steunde de start namens de "
                        "gemeenten in de Westelijke Mijnstreek."
                    ),
                    (
                        "Het portaal start per wijk. Eerst loopt er een proef, daarna doet de "
                        "wijk gewoon mee. Wijken die nog in voorbereiding zijn, ziet u nog niet. "
                        "Zo weet u zeker dat de informatie die u ziet klopt."
                    ),
                    (
                        "Let op: dit is een demonstratieversie van het wijkportaal. De namen van "
                        "de partners en de plaatsen zijn echt, maar de adressen, "
                        "telefoonnummers, e-mailadressen, activiteiten en berichten van bewoners "
                        "zijn voorbeelden."
                    ),
                ],
            },
            {
                "title": "Privacyverklaring",
                "slug": "privacyverklaring",
                "intro": (
                    "Wij gaan zorgvuldig om met uw gegevens. Hier leest u welke gegevens wij "
                    "bewaren, waarom, hoe lang en welke rechten u hebt."
                ),
                "body": [
                    (
                        "Het wijkportaal Westelijke Mijnstreek wordt beheerd door de gemeente "
                        "Sittard-Geleen, samen met de partners in de regio. Wij houden ons aan "
                        "de Algemene verordening gegevensbescherming (AVG)."
                    ),
                    (
                        "U kunt het wijkportaal bekijken zonder dat wij iets over u vastleggen. "
                        "Wij gebruiken geen advertentiecookies en volgen u niet op andere "
                        "websites. Wij gebruiken alleen cookies die nodig zijn om de website en "
                        "de formulieren te laten werken."
                    ),
                    (
                        "Plaatst u een vraag of een aanbod? Dan vragen wij om uw naam, uw "
                        "e-mailadres en, als u dat wilt, uw telefoonnummer. Openbaar op de "
                        "website zijn alleen de titel, uw beschrijving, de soort hulp, de wijk, "
                        "wanneer het uitkomt en uw voornaam. Denk er daarom aan dat u in de "
                        "beschrijving geen gegevens zet die anderen niet mogen zien."
                    ),
                    (
                        "Uw volledige naam, uw e-mailadres en uw telefoonnummer zijn nooit "
                        "openbaar. Ze staan niet op de website, niet in de zoekfunctie en niet "
                        "in overzichten of koppelingen met andere systemen. Wij gebruiken ze "
                        "alleen om contact met u op te nemen over uw eigen vraag of aanbod. Wij "
                        "geven ze nooit aan anderen, en zeker niet voor reclame."
                    ),
                    (
                        "Een vraag of aanbod staat zes weken op de website, tenzij u het eerder "
                        "afsluit. Daarna verdwijnt het. Uiterlijk 30 dagen nadat uw vraag of "
                        "aanbod is verlopen of afgesloten, wissen wij uw naam, e-mailadres en "
                        "telefoonnummer."
                    ),
                    (
                        "U hebt het recht om uw gegevens in te zien, te laten verbeteren of te "
                        "laten wissen. U kunt ook bezwaar maken tegen het gebruik ervan. Stuur "
                        "hiervoor een e-mail naar "
                        "privacy@wijkportaal-westelijke-mijnstreek.voorbeeld.nl of bel 046 400 "
                        "00 00. Wij reageren binnen een maand."
                    ),
                    (
                        "Bent u het niet eens met hoe wij met uw gegevens omgaan? Laat het ons "
                        "eerst weten, dan zoeken we samen naar een oplossing. U kunt ook een "
                        "klacht indienen bij de Autoriteit Persoonsgegevens."
                    ),
                ],
            },
            {
                "title": "Toegankelijkheidsverklaring",
                "slug": "toegankelijkheidsverklaring",
                "intro": (
                    "Iedereen moet het wijkportaal kunnen gebruiken, ook mensen die slecht zien, "
                    "slecht horen of moeite hebben met lezen of met een muis."
                ),
                "body": [
                    (
                        "Wij willen dat het wijkportaal voldoet aan de richtlijnen voor "
                        "toegankelijke websites: WCAG 2.1 op niveau AA. Dat is de norm voor "
                        "websites van de overheid."
                    ),
                    (
                        "Daarom schrijven wij in eenvoudige taal, gebruiken wij duidelijke "
                        "kleuren met genoeg contrast en kunt u de hele website gebruiken met "
                        "alleen het toetsenbord. De website werkt ook met een schermlezer en u "
                        "kunt de tekst groter maken zonder dat er iets wegvalt."
                    ),
                    (
                        "Wij controleren de website regelmatig met automatische tests en laten "
                        "ook mensen met een beperking meekijken. Toch kan het zijn dat iets nog "
                        "niet goed werkt. Bijvoorbeeld een document dat een partner heeft "
                        "geplaatst, of een foto zonder beschrijving."
                    ),
                    (
                        "Loopt u tegen een probleem aan? Laat het ons weten. Vertel op welke "
                        "pagina het was en wat er misging. Mail naar "
                        "privacy@wijkportaal-westelijke-mijnstreek.voorbeeld.nl of bel 046 400 "
                        "00 00. Wij reageren binnen vijf werkdagen en laten u weten wanneer het "
                        "is opgelost."
                    ),
                    (
                        "Bent u niet tevreden over onze reactie? Dan kunt u contact opnemen met "
                        "de Nationale ombudsman."
                    ),
                ],
            },
        ],
    },
    {
        "slug": "midden-limburg-west",
        "hostname": "midden-limburg-west.localhost",
        "is_default": False,
        "title": "Wijkportaal Midden-Limburg West",
        "region_name": "Midden-Limburg West",
        "intro": (
            "<p>Hulp en activiteiten in Weert, Leudal en Nederweert. Het portaal start in de "
            "wijken en dorpen waar de sociale wijkteams in 2014 begonnen: Weert-Centrum/Biest, "
            "Leudal West en Ospel.</p>"
        ),
        "gemeenten": [
            {
                "title": "Weert",
                "slug": "weert",
                "phase": "pilot",
                "pilot_date": "2026-05-04",
                "live_date": None,
                "intro": (
                    "<p>In Weert loopt de proef met het wijkportaal in Weert-Centrum en de "
                    "Biest. Hier werken huisartsen, zorg en welzijn al sinds 2014 nauw "
                    "samen.</p>"
                ),
                "phone": "0495 400 00 10",
                "email": "wijkportaal@weert.voorbeeld.nl",
                "website": "https://www.weert.voorbeeld.nl",
                "cbs_code": "GM0988",
                "wijken": [
                    {
                        "title": "Weert-Centrum/Biest",
                        "slug": "weert-centrum-biest",
                        "phase": "pilot",
                        "pilot_date": "2026-05-04",
                        "live_date": None,
                        "postcodes": "6001",
                        "intro": (
                            "<p>De binnenstad van Weert en de wijk Biest liggen naast elkaar. Er "
                            "zijn winkels, de markt en veel ouderen die midden in de stad wonen. "
                            "Hier begon in 2014 het proefproject 'Het wordt druk in de "
                            "wijk'.</p>"
                        ),
                        "wijkteam_name": "Sociaal wijkteam Weert-Centrum/Biest",
                        "wijkteam_address": "Buurtcentrum Biest, Biest 30, 6001 AM Weert",
                        "wijkteam_hours": "Maandag t/m donderdag 9.00-12.00 uur, zonder afspraak",
                        "phone": "0495 400 00 11",
                        "email": "wijkteam.centrum@weert.voorbeeld.nl",
                    },
                    {
                        "title": "Stramproy",
                        "slug": "stramproy",
                        "phase": "preparation",
                        "pilot_date": None,
                        "live_date": None,
                        "postcodes": "6039",
                        "intro": (
                            "<p>Stramproy is een kerkdorp in het zuidwesten van Weert, vlak bij "
                            "de Belgische grens. Het wijkportaal komt hier later.</p>"
                        ),
                        "wijkteam_name": "Sociaal wijkteam Weert-Zuid",
                        "wijkteam_address": (
                            "Gemeenschapshuis Stramproy, Markt 1, 6039 AV Stramproy"
                        ),
                        "wijkteam_hours": "Op afspraak",
                        "phone": "0495 400 00 12",
                        "email": "wijkteam.zuid@weert.voorbeeld.nl",
                    },
                ],
                "ontwikkelingen": [
                    {
                        "title": "'Het wordt druk in de wijk': zorg en welzijn samen",
                        "slug": "het-wordt-druk-in-de-wijk",
                        "date": "2014-06-19",
                        "intro": (
                            "In 2014 begon in Weert-Centrum en de Biest het proefproject 'Het "
                            "wordt druk in de wijk'. Zorg en welzijn gingen er veel nauwer "
                            "samenwerken."
                        ),
                        "body": [
                            (
                                "Zorg- en welzijnsorganisaties uit Midden-Limburg namen het "
                                "initiatief. De gemeente Weert deed mee. Een projectgroep ging "
                                "aan de slag in de binnenstad en de Biest."
                            ),
                            (
                                "Het doel was om de huisarts, de wijkverpleging en het "
                                "welzijnswerk beter met elkaar te verbinden. Zo krijgt u op tijd "
                                "de hulp die u nodig hebt, en niet langer dan nodig."
                            ),
                            (
                                "Daarvoor moesten de taken van de gemeente en die van de "
                                "zorgverzekeraar beter op elkaar aansluiten. Dat klinkt "
                                "ingewikkeld, maar voor u betekent het vooral: minder loketten "
                                "en minder dubbele vragen."
                            ),
                        ],
                    },
                    {
                        "title": "Wijkportaal start in Weert-Centrum/Biest",
                        "slug": "wijkportaal-start-weert",
                        "date": "2026-05-04",
                        "intro": (
                            "Sinds 4 mei 2026 kunnen bewoners van Weert-Centrum en de Biest het "
                            "wijkportaal gebruiken. Het is een proef van een jaar."
                        ),
                        "body": [
                            (
                                "Op het portaal vindt u het sociaal wijkteam, het "
                                "Gezondheidspunt en activiteiten zoals het taalcafé en het "
                                "digi-café. Ook kunt u buren om hulp vragen of zelf hulp "
                                "aanbieden."
                            ),
                            (
                                "Na een jaar kijken de gemeente en de partners samen met "
                                "bewoners hoe het gaat. Daarna besluit de gemeente of ook de "
                                "andere wijken en kerkdorpen meedoen."
                            ),
                        ],
                    },
                ],
                "requests": [
                    {
                        "title": "Wie wandelt met mij?",
                        "slug": "wandelmaatje-weert-centrum",
                        "category": "gezelschap",
                        "wijk": "weert-centrum-biest",
                        "description": (
                            "Sinds kort woon ik in de binnenstad. Ik wandel graag, maar niet "
                            "graag alleen. Wie loopt een paar keer per week een rondje met mij, "
                            "bijvoorbeeld langs de Zuid-Willemsvaart?"
                        ),
                        "when": "Twee of drie ochtenden per week",
                        "first_name": "Thea",
                    },
                    {
                        "title": "Wie helpt mij gordijnen ophangen?",
                        "slug": "gordijnen-ophangen-biest",
                        "category": "klussen",
                        "wijk": "weert-centrum-biest",
                        "description": (
                            "Ik ben verhuisd naar een appartement in de Biest. Zelf kan ik niet "
                            "meer op een trap staan. Wie helpt mij de gordijnrails op te hangen? "
                            "Alles is al gekocht."
                        ),
                        "when": "Liefst deze maand, tijd in overleg",
                        "first_name": "Gerda",
                    },
                ],
                "offers": [
                    {
                        "title": "Samen Nederlands oefenen",
                        "slug": "taalmaatje-weert",
                        "category": "taal-en-lezen",
                        "wijk": "weert-centrum-biest",
                        "description": (
                            "Ik was vroeger juf op de basisschool. Ik help graag iemand die "
                            "Nederlands leert. We kunnen samen de krant lezen, brieven doornemen "
                            "of gewoon praten."
                        ),
                        "when": "Eén keer per week, overdag",
                        "first_name": "Ria",
                    },
                ],
            },
            {
                "title": "Leudal",
                "slug": "leudal",
                "phase": "pilot",
                "pilot_date": "2026-03-02",
                "live_date": None,
                "intro": (
                    "<p>In Leudal loopt de proef met het wijkportaal in Leudal West. Het sociaal "
                    "gebiedsteam is daar uw eerste aanspreekpunt voor alle vragen over zorg, "
                    "welzijn en meedoen.</p>"
                ),
                "phone": "0495 400 00 20",
                "email": "wijkportaal@leudal.voorbeeld.nl",
                "website": "https://www.leudal.voorbeeld.nl",
                "cbs_code": "GM1640",
                "wijken": [
                    {
                        "title": "Leudal West",
                        "slug": "leudal-west",
                        "phase": "pilot",
                        "pilot_date": "2026-03-02",
                        "live_date": None,
                        "postcodes": "6093, 6095, 6096",
                        "intro": (
                            "<p>Leudal West bestaat uit dorpen als Heythuysen, Baexem en "
                            "Grathem. In deze dorpen zorgen verenigingen en vrijwilligers samen "
                            "met het gebiedsteam voor elkaar.</p>"
                        ),
                        "wijkteam_name": "Sociaal gebiedsteam Leudal West",
                        "wijkteam_address": (
                            "Gemeenschapshuis Heythuysen, Kerkstraat 5, 6093 AR Heythuysen"
                        ),
                        "wijkteam_hours": (
                            "Dinsdag 9.00-11.00 uur zonder afspraak, andere dagen op afspraak"
                        ),
                        "phone": "0495 400 00 21",
                        "email": "gebiedsteam.west@leudal.voorbeeld.nl",
                    },
                    {
                        "title": "Horn",
                        "slug": "horn",
                        "phase": "preparation",
                        "pilot_date": None,
                        "live_date": None,
                        "postcodes": "6085",
                        "intro": (
                            "<p>Horn ligt aan de Maas, met het kasteel en de oude dorpskern. Het "
                            "wijkportaal komt hier later.</p>"
                        ),
                        "wijkteam_name": "Sociaal gebiedsteam Leudal Oost",
                        "wijkteam_address": "Gemeenschapshuis Horn, Kerkstraat 2, 6085 AW Horn",
                        "wijkteam_hours": "Op afspraak",
                        "phone": "0495 400 00 22",
                        "email": "gebiedsteam.oost@leudal.voorbeeld.nl",
                    },
                    {
                        "title": "Haelen",
                        "slug": "haelen",
                        "phase": "preparation",
                        "pilot_date": None,
                        "live_date": None,
                        "postcodes": "6081",
                        "intro": (
                            "<p>Haelen ligt aan de Leubeek, in het midden van de gemeente. Het "
                            "wijkportaal komt hier later.</p>"
                        ),
                        "wijkteam_name": "Sociaal gebiedsteam Leudal Oost",
                        "wijkteam_address": "Gemeenschapshuis Haelen, Markt 3, 6081 AX Haelen",
                        "wijkteam_hours": "Op afspraak",
                        "phone": "0495 400 00 23",
                        "email": "gebiedsteam.oost@leudal.voorbeeld.nl",
                    },
                ],
                "ontwikkelingen": [
                    {
                        "title": "Intentieverklaring getekend in Horn",
                        "slug": "intentieverklaring-horn-2014",
                        "date": "2014-06-19",
                        "intro": (
                            "Op 19 juni 2014 tekenden de gemeenten Leudal, Nederweert en Weert "
                            "in Horn een intentieverklaring met zorg- en welzijnsorganisaties. "
                            "Ze startten proeven met sociale wijkteams."
                        ),
                        "body": [
                            (
                                "Met de handtekening beloofden de partners om samen te leren "
                                "werken in de wijk en het dorp. Dat noemden ze 'gebiedsgericht "
                                "werken'. Naast de drie gemeenten tekenden ook zorgverzekeraar "
                                "CZ en veel organisaties voor zorg, welzijn en maatschappelijk "
                                "werk."
                            ),
                            (
                                "Elke organisatie werkte op eigen kosten mee. In het halfjaar "
                                "daarna liepen er drie proefprojecten: in Ospel, in Leudal West "
                                "en in Weert-Centrum/Biest."
                            ),
                            (
                                "Elk proefproject koos een eigen aanpak die paste bij de dorpen "
                                "en wijken. Na afloop bekeken de gemeenten wat goed werkte, en "
                                "hoe ze verder wilden met sociale wijkteams en gebiedsteams."
                            ),
                        ],
                    },
                    {
                        "title": "Leudal West: één team voor al uw vragen",
                        "slug": "leudal-west-gebiedsteam",
                        "date": "2026-03-02",
                        "intro": (
                            "Sinds maart 2026 staat het gebiedsteam Leudal West ook op het "
                            "wijkportaal. Het team is uw eerste aanspreekpunt, wat uw vraag ook "
                            "is."
                        ),
                        "body": [
                            (
                                "Al sinds de proef van 2014 werkt Leudal West met één "
                                "gebiedsteam voor alle sociale vragen. Denk aan hulp in het "
                                "huishouden, geldzorgen, eenzaamheid of zorg voor uw partner."
                            ),
                            (
                                "Het team kijkt eerst wat u zelf kunt en wat mensen om u heen "
                                "kunnen doen. Daarna pas kijken we naar hulp van een "
                                "organisatie. Veel dorpen hebben sterke verenigingen en "
                                "vrijwilligers. Dat willen we goed gebruiken."
                            ),
                            (
                                "Op het wijkportaal ziet u nu welke activiteiten er in de dorpen "
                                "zijn, en waar buren elkaar kunnen helpen."
                            ),
                        ],
                    },
                ],
                "requests": [
                    {
                        "title": "Wie rijdt mij naar het ziekenhuis in Roermond?",
                        "slug": "vervoer-ziekenhuis-grathem",
                        "category": "vervoer",
                        "wijk": "leudal-west",
                        "description": (
                            "Ik woon in Grathem en moet de komende tijd een paar keer naar het "
                            "ziekenhuis in Roermond. De bus gaat niet vaak en ik kan niet ver "
                            "lopen. Wie kan mij brengen? Ik betaal de kilometers."
                        ),
                        "when": "Ochtenden, data volgen nog",
                        "first_name": "Leo",
                    },
                ],
                "offers": [
                    {
                        "title": "Ik maai uw gras",
                        "slug": "grasmaaien-heythuysen",
                        "category": "tuin-en-huisdieren",
                        "wijk": "leudal-west",
                        "description": (
                            "Ik woon in Heythuysen en heb een goede grasmaaier. Ik maai graag "
                            "het gras voor mensen die dat zelf niet meer kunnen. Het gras neem "
                            "ik mee."
                        ),
                        "when": "Van april t/m oktober, om de twee weken",
                        "first_name": "Bert",
                    },
                    {
                        "title": "Boodschappen meenemen",
                        "slug": "boodschappen-meenemen-baexem",
                        "category": "boodschappen",
                        "wijk": "leudal-west",
                        "description": (
                            "Ik doe elke woensdag boodschappen. Geef mij uw lijstje, dan neem ik "
                            "uw boodschappen mee. U betaalt als ik ze breng."
                        ),
                        "when": "Elke woensdag",
                        "first_name": "Anja",
                    },
                ],
            },
            {
                "title": "Nederweert",
                "slug": "nederweert",
                "phase": "pilot",
                "pilot_date": "2026-03-02",
                "live_date": None,
                "intro": (
                    "<p>In Nederweert loopt de proef met het wijkportaal in Ospel. De dorpsraad, "
                    "de gemeente en zorg en welzijn werken daar samen aan burenhulp van nu.</p>"
                ),
                "phone": "0495 400 00 30",
                "email": "wijkportaal@nederweert.voorbeeld.nl",
                "website": "https://www.nederweert.voorbeeld.nl",
                "cbs_code": "GM0946",
                "wijken": [
                    {
                        "title": "Ospel",
                        "slug": "ospel",
                        "phase": "pilot",
                        "pilot_date": "2026-03-02",
                        "live_date": None,
                        "postcodes": "6035",
                        "intro": (
                            "<p>Ospel is een dorp aan de rand van de Groote Peel. Er is een "
                            "actieve dorpsraad en veel mensen kennen elkaar. Ospel was in 2014 "
                            "een van de eerste plaatsen met een sociaal wijkteam.</p>"
                        ),
                        "wijkteam_name": "Integraal Sociaal Wijkteam Ospel",
                        "wijkteam_address": "Gemeenschapshuis Ospel, Kerkstraat 10, 6035 AP Ospel",
                        "wijkteam_hours": "Woensdag 9.30-11.30 uur, zonder afspraak",
                        "phone": "0495 400 00 31",
                        "email": "wijkteam.ospel@nederweert.voorbeeld.nl",
                    },
                    {
                        "title": "Nederweert en Budschop",
                        "slug": "nederweert-budschop",
                        "phase": "preparation",
                        "pilot_date": None,
                        "live_date": None,
                        "postcodes": "6031",
                        "intro": (
                            "<p>Het dorp Nederweert en de wijk Budschop liggen aan weerszijden "
                            "van de Zuid-Willemsvaart. Het wijkportaal komt hier later.</p>"
                        ),
                        "wijkteam_name": "Sociaal wijkteam Nederweert",
                        "wijkteam_address": (
                            "Gemeenschapshuis Nederweert, Kerkstraat 1, 6031 AY Nederweert"
                        ),
                        "wijkteam_hours": "Op afspraak",
                        "phone": "0495 400 00 32",
                        "email": "wijkteam@nederweert.voorbeeld.nl",
                    },
                ],
                "ontwikkelingen": [
                    {
                        "title": "Ospel zoekt burenhulp van nu",
                        "slug": "ospel-burenhulp-van-nu",
                        "date": "2014-06-19",
                        "intro": (
                            "In 2014 begon in Ospel een proef met een sociaal wijkteam. De "
                            "dorpsraad nam samen met de gemeente en zorg en welzijn het "
                            "voortouw."
                        ),
                        "body": [
                            (
                                "De vraag was eenvoudig: wat is er in Ospel nodig om zo lang "
                                "mogelijk thuis te blijven wonen? En wat kunnen dorpsgenoten "
                                "voor elkaar doen?"
                            ),
                            (
                                "De dorpsraad hield eerst een enquête onder de inwoners. Daarna "
                                "gingen de dorpsraad en de organisaties aan de slag met de "
                                "antwoorden. Zo ontstond het Integraal Sociaal Wijkteam Ospel."
                            ),
                            (
                                "De wensen van de inwoners staan daarbij altijd voorop. "
                                "Burenhulp is in Ospel niets nieuws, maar het mag wel bij de "
                                "tijd zijn."
                            ),
                        ],
                    },
                    {
                        "title": "Wijkportaal in Ospel van start",
                        "slug": "wijkportaal-ospel-van-start",
                        "date": "2026-03-02",
                        "intro": (
                            "Sinds maart 2026 gebruikt Ospel het wijkportaal. Vraag en aanbod "
                            "van dorpsgenoten staan nu overzichtelijk op één plek."
                        ),
                        "body": [
                            (
                                "Wie in Ospel hulp zoekt of hulp wil geven, kan dat nu op het "
                                "wijkportaal zetten. Vrijwilligers van de dorpsraad helpen u als "
                                "u zelf niet zo handig bent met de computer."
                            ),
                            (
                                "Ook de koffie-ochtend, de wandelgroep en samen eten staan op "
                                "het portaal. Zo ziet u in één oogopslag wat er in het dorp te "
                                "doen is."
                            ),
                        ],
                    },
                ],
                "requests": [
                    {
                        "title": "Wie komt op zondagmiddag een kopje koffie drinken?",
                        "slug": "gezelschap-zondag-ospel",
                        "category": "gezelschap",
                        "wijk": "ospel",
                        "description": (
                            "Mijn man is vorig jaar overleden. Vooral de zondagmiddag duurt "
                            "lang. Wie komt af en toe een kopje koffie drinken en een kaartje "
                            "leggen?"
                        ),
                        "when": "Zondagmiddag",
                        "first_name": "Nel",
                    },
                    {
                        "title": "Wie helpt mij met de computer?",
                        "slug": "hulp-computer-ospel",
                        "category": "computer-en-digitaal",
                        "wijk": "ospel",
                        "description": (
                            "Ik moet steeds meer op de computer regelen, zoals mijn bankzaken en "
                            "dingen met DigiD. Ik ben bang dat ik iets fout doe. Wie helpt mij "
                            "stap voor stap?"
                        ),
                        "when": "Overdag, in overleg",
                        "first_name": "Piet",
                    },
                ],
                "offers": [
                    {
                        "title": "Ik laat uw hond uit",
                        "slug": "hond-uitlaten-ospel",
                        "category": "tuin-en-huisdieren",
                        "wijk": "ospel",
                        "description": (
                            "Ik wandel elke dag in de Peel. Uw hond mag gezellig mee. Ik ben dol "
                            "op honden en heb zelf jarenlang een hond gehad."
                        ),
                        "when": "Elke ochtend",
                        "first_name": "Jos",
                    },
                ],
            },
        ],
        "organisations": [
            {
                "title": "Samen in de Wijk",
                "slug": "samen-in-de-wijk",
                "kind": "welzijn",
                "intro": (
                    "Samen in de Wijk is een welzijnsorganisatie in Midden-Limburg West. Wij "
                    "helpen inwoners met advies, mantelzorgsteun, vrijwilligerswerk en "
                    "activiteiten."
                ),
                "body": [
                    (
                        "Onze opbouwwerkers en ouderenadviseurs werken in Weert, Leudal en "
                        "Nederweert. Zij kennen de wijken en dorpen en weten wie u verder kan "
                        "helpen."
                    ),
                    "Wij werken samen met de sociale wijkteams, de huisartsen en de dorpsraden.",
                ],
                "street": "Wilhelminasingel 12",
                "postcode": "6001 GS",
                "city": "Weert",
                "phone": "0495 400 00 01",
                "email": "info@samen-in-de-wijk.voorbeeld.nl",
                "website": "https://www.samen-in-de-wijk.voorbeeld.nl",
                "wijken": ["weert-centrum-biest", "leudal-west", "ospel"],
                "services": [
                    {
                        "title": "Mantelzorgondersteuning",
                        "slug": "samen-mantelzorgondersteuning",
                        "intro": (
                            "Een mantelzorgconsulent luistert naar u, geeft informatie en zoekt "
                            "samen met u naar hulp. Zodat u het langer volhoudt."
                        ),
                        "body": [
                            (
                                "U kunt bij ons terecht voor een gesprek, voor informatie over "
                                "regelingen en voor een vrijwilliger die af en toe de zorg van u "
                                "overneemt."
                            ),
                        ],
                        "categories": ["mantelzorg"],
                        "target_groups": ["mantelzorgers"],
                        "wijken": ["weert-centrum-biest", "leudal-west", "ospel"],
                        "audience": (
                            "Voor iedereen die zorgt voor een partner, ouder, kind of buur."
                        ),
                        "cost": "Gratis",
                        "how_to_apply": "Bel of mail ons, of kom naar het mantelzorgcafé.",
                        "opening_hours": "Maandag t/m vrijdag 9.00-17.00 uur",
                    },
                    {
                        "title": "Ouderenadviseur aan huis",
                        "slug": "samen-ouderenadviseur",
                        "intro": (
                            "De ouderenadviseur komt bij u thuis voor al uw vragen over wonen, "
                            "zorg, geld en meedoen."
                        ),
                        "body": [
                            (
                                "Samen zetten we alles op een rij. De adviseur helpt u ook met "
                                "het aanvragen van hulp bij de gemeente."
                            ),
                        ],
                        "categories": ["zorg-en-gezondheid", "wonen", "geld-en-administratie"],
                        "target_groups": ["ouderen"],
                        "wijken": ["weert-centrum-biest", "ospel"],
                        "audience": "Voor inwoners van 65 jaar en ouder.",
                        "cost": "Gratis",
                        "how_to_apply": "Bel ons voor een afspraak bij u thuis.",
                        "opening_hours": "Maandag t/m vrijdag 9.00-17.00 uur",
                    },
                ],
                "activities": [
                    {
                        "title": "Taalcafé Weert",
                        "slug": "taalcafe-weert",
                        "intro": (
                            "Elke dinsdagochtend Nederlands oefenen met vrijwilligers, in kleine "
                            "groepjes. Voor alle niveaus."
                        ),
                        "body": [
                            (
                                "We praten over gewone dingen: de buurt, het werk, de school van "
                                "de kinderen. Zo leert u de taal en ook mensen uit Weert kennen."
                            ),
                        ],
                        "categories": ["taal-en-lezen", "gezelschap"],
                        "target_groups": ["nieuwkomers"],
                        "wijken": ["weert-centrum-biest"],
                        "location_name": "Huis van Samen in de Wijk",
                        "street": "Wilhelminasingel 12",
                        "postcode": "6001 GS",
                        "city": "Weert",
                        "cost": "Gratis",
                        "registration": "none",
                        "registration_info": "U kunt gewoon binnenlopen.",
                        "start": "2026-05-05T10:00",
                        "duration_minutes": 90,
                        "recurrence": "FREQ=WEEKLY;BYDAY=TU",
                        "series_end": None,
                        "exdates": ["2026-12-29", "2027-02-09"],
                    },
                    {
                        "title": "Digi-café Weert-Centrum",
                        "slug": "digi-cafe-weert-centrum",
                        "intro": (
                            "Vragen over uw telefoon, tablet of computer? Vrijwilligers helpen u "
                            "rustig en met geduld."
                        ),
                        "body": [
                            (
                                "Neem uw eigen apparaat en uw wachtwoorden mee. We helpen "
                                "bijvoorbeeld met DigiD, de app van de bank, e-mail en "
                                "videobellen."
                            ),
                        ],
                        "categories": ["computer-en-digitaal"],
                        "target_groups": ["ouderen"],
                        "wijken": ["weert-centrum-biest"],
                        "location_name": "Buurtcentrum Biest",
                        "street": "Biest 30",
                        "postcode": "6001 AM",
                        "city": "Weert",
                        "cost": "Gratis",
                        "registration": "none",
                        "registration_info": "U kunt gewoon binnenlopen.",
                        "start": "2026-05-07T14:00",
                        "duration_minutes": 120,
                        "recurrence": "FREQ=WEEKLY;BYDAY=TH",
                        "series_end": None,
                        "exdates": ["2026-12-24", "2026-12-31"],
                    },
                    {
                        "title": "Mantelzorgcafé Midden-Limburg West",
                        "slug": "mantelzorgcafe-midden-limburg-west",
                        "intro": (
                            "Elke laatste dinsdag van de maand een avond voor mantelzorgers. "
                            "Even uw verhaal kwijt en tips van anderen."
                        ),
                        "body": [
                            (
                                "Mantelzorgers uit Weert, Leudal en Nederweert zijn welkom. Er "
                                "is koffie, een kort praatje over een onderwerp en veel tijd om "
                                "met elkaar te praten."
                            ),
                        ],
                        "categories": ["mantelzorg"],
                        "target_groups": ["mantelzorgers"],
                        "wijken": ["weert-centrum-biest", "leudal-west", "ospel"],
                        "location_name": "Huis van Samen in de Wijk",
                        "street": "Wilhelminasingel 12",
                        "postcode": "6001 GS",
                        "city": "Weert",
                        "cost": "Gratis",
                        "registration": "none",
                        "registration_info": "Aanmelden is niet nodig.",
                        "start": "2026-05-26T19:30",
                        "duration_minutes": 120,
                        "recurrence": "FREQ=MONTHLY;BYDAY=-1TU",
                        "series_end": None,
                        "exdates": ["2026-12-29"],
                    },
                ],
            },
            {
                "title": "Gezondheidspunt Centrum-Biest",
                "slug": "gezondheidspunt-centrum-biest",
                "kind": "zorg",
                "intro": (
                    "Het Gezondheidspunt is een huisartsenpraktijk met een praktijkondersteuner, "
                    "wijkverpleegkundige en welzijnscoach onder één dak."
                ),
                "body": [
                    (
                        "Bij het Gezondheidspunt werken de huisarts, de wijkverpleegkundige en "
                        "de welzijnscoach samen. Zo krijgt u op tijd de juiste hulp, of het nu "
                        "gaat om uw gezondheid of om iets anders dat u dwarszit."
                    ),
                    (
                        "Voelt u zich eenzaam, of heeft u zorgen over geld? Ook dan kunt u bij "
                        "ons terecht. De welzijnscoach zoekt met u naar een activiteit of hulp "
                        "in de buurt."
                    ),
                ],
                "street": "Wilhelminasingel 40",
                "postcode": "6001 AN",
                "city": "Weert",
                "phone": "0495 400 00 02",
                "email": "info@gezondheidspunt-centrum-biest.voorbeeld.nl",
                "website": "https://www.gezondheidspunt-centrum-biest.voorbeeld.nl",
                "wijken": ["weert-centrum-biest"],
                "services": [
                    {
                        "title": "Welzijn op recept",
                        "slug": "gezondheidspunt-welzijn-op-recept",
                        "intro": (
                            "Soms helpt een pil niet, maar wel contact met anderen of iets om "
                            "handen. De huisarts verwijst u dan naar de welzijnscoach."
                        ),
                        "body": [
                            (
                                "De welzijnscoach nodigt u uit voor een gesprek. Samen zoekt u "
                                "iets dat bij u past: een wandelgroep, vrijwilligerswerk of een "
                                "cursus."
                            ),
                        ],
                        "categories": ["gezelschap", "zorg-en-gezondheid"],
                        "target_groups": ["ouderen"],
                        "wijken": ["weert-centrum-biest"],
                        "audience": (
                            "Voor patiënten van het Gezondheidspunt die zich somber of eenzaam "
                            "voelen."
                        ),
                        "cost": "Gratis",
                        "how_to_apply": "Vraag uw huisarts of praktijkondersteuner.",
                        "opening_hours": "Maandag t/m vrijdag 8.00-17.00 uur",
                    },
                    {
                        "title": "Praktijkondersteuner ouderenzorg",
                        "slug": "gezondheidspunt-poh-ouderen",
                        "intro": (
                            "Een vaste verpleegkundige voor kwetsbare ouderen. Zij komt ook bij "
                            "u thuis en houdt contact met uw familie en de wijkverpleging."
                        ),
                        "body": [
                            (
                                "De praktijkondersteuner kijkt samen met u naar uw gezondheid, "
                                "uw medicijnen en hoe het thuis gaat. Zo nodig schakelt zij snel "
                                "extra zorg in, en weer af als het beter gaat."
                            ),
                        ],
                        "categories": ["zorg-en-gezondheid"],
                        "target_groups": ["ouderen", "mantelzorgers"],
                        "wijken": ["weert-centrum-biest"],
                        "audience": "Voor patiënten van 75 jaar en ouder.",
                        "cost": "Vergoed uit de basisverzekering",
                        "how_to_apply": "Vraag uw huisarts naar de praktijkondersteuner.",
                        "opening_hours": "Maandag t/m vrijdag 8.00-17.00 uur",
                    },
                ],
                "activities": [
                    {
                        "title": "Fit in de wijk: beweegles voor ouderen",
                        "slug": "fit-in-de-wijk-weert",
                        "intro": (
                            "Elke maandag een uur rustig bewegen onder leiding van een "
                            "fysiotherapeut. Goed voor uw balans en spieren."
                        ),
                        "body": [
                            (
                                "De oefeningen doet u staand of zittend, net wat u kunt. Na "
                                "afloop is er koffie."
                            ),
                        ],
                        "categories": ["bewegen-en-sport", "zorg-en-gezondheid"],
                        "target_groups": ["ouderen"],
                        "wijken": ["weert-centrum-biest"],
                        "location_name": "Buurtcentrum Biest",
                        "street": "Biest 30",
                        "postcode": "6001 AM",
                        "city": "Weert",
                        "cost": "€ 2,50 per keer",
                        "registration": "recommended",
                        "registration_info": "Bel 0495 400 00 02 om u aan te melden.",
                        "start": "2026-05-11T10:30",
                        "duration_minutes": 60,
                        "recurrence": "FREQ=WEEKLY;BYDAY=MO",
                        "series_end": None,
                        "exdates": ["2026-12-28", "2027-02-08"],
                    },
                    {
                        "title": "Informatieavond: zorg thuis, hoe regel ik dat?",
                        "slug": "informatieavond-zorg-thuis-weert",
                        "intro": (
                            "De huisarts, de wijkverpleegkundige en de welzijnscoach vertellen "
                            "wie wat doet en hoe u hulp aanvraagt."
                        ),
                        "body": [
                            (
                                "Er is veel ruimte voor uw vragen. Mantelzorgers en familie zijn "
                                "ook welkom."
                            ),
                        ],
                        "categories": ["zorg-en-gezondheid", "mantelzorg"],
                        "target_groups": ["ouderen", "mantelzorgers"],
                        "wijken": ["weert-centrum-biest"],
                        "location_name": "Gezondheidspunt Centrum-Biest",
                        "street": "Wilhelminasingel 40",
                        "postcode": "6001 AN",
                        "city": "Weert",
                        "cost": "Gratis",
                        "registration": "recommended",
                        "registration_info": "Meld u aan bij de assistente: 0495 400 00 02.",
                        "start_in_days": 14,
                        "time": "19:30",
                        "duration_minutes": 90,
                        "recurrence": "",
                        "series_end": None,
                        "exdates": [],
                    },
                ],
            },
            {
                "title": "Dorpsraad Ospel",
                "slug": "dorpsraad-ospel",
                "kind": "bewonersinitiatief",
                "intro": (
                    "De dorpsraad komt op voor de inwoners van Ospel. Samen met vrijwilligers "
                    "regelt de dorpsraad burenhulp, ontmoeting en een wandelgroep."
                ),
                "body": [
                    (
                        "De dorpsraad Ospel bestaat uit inwoners die zich inzetten voor hun "
                        "dorp. In 2014 stond de dorpsraad aan de basis van het sociaal wijkteam "
                        "in Ospel."
                    ),
                    (
                        "Via de dorpsraad vindt u vrijwilligers die helpen met vervoer, "
                        "boodschappen of een klusje. Bel ons gerust, ook als u twijfelt."
                    ),
                ],
                "street": "Kerkstraat 10",
                "postcode": "6035 AP",
                "city": "Ospel",
                "phone": "0495 400 00 03",
                "email": "info@dorpsraad-ospel.voorbeeld.nl",
                "website": "https://www.dorpsraad-ospel.voorbeeld.nl",
                "wijken": ["ospel"],
                "services": [
                    {
                        "title": "Burenhulp Ospel",
                        "slug": "dorpsraad-burenhulp",
                        "intro": (
                            "Vrijwilligers uit het dorp helpen met vervoer naar de dokter, "
                            "boodschappen, een klusje of een bezoekje."
                        ),
                        "body": [
                            (
                                "U belt het centrale nummer. Een coördinator zoekt een "
                                "vrijwilliger die u kan helpen. Voor vervoer vragen we een "
                                "kleine vergoeding voor de kilometers."
                            ),
                        ],
                        "categories": ["vervoer", "boodschappen", "klussen"],
                        "target_groups": ["ouderen", "mensen-met-een-beperking"],
                        "wijken": ["ospel"],
                        "audience": "Voor inwoners van Ospel die even hulp nodig hebben.",
                        "cost": "Gratis, voor vervoer € 0,30 per kilometer",
                        "how_to_apply": "Bel 0495 400 00 03 op werkdagen tussen 9.00 en 12.00 uur.",
                        "opening_hours": "Maandag t/m vrijdag 9.00-12.00 uur",
                    },
                ],
                "activities": [
                    {
                        "title": "Koffie-ochtend in Ospel",
                        "slug": "koffie-ochtend-ospel",
                        "intro": (
                            "Elke woensdagochtend koffie en een praatje in het gemeenschapshuis. "
                            "Ook het wijkteam schuift aan."
                        ),
                        "body": [
                            (
                                "Iedereen uit Ospel is welkom. Het sociaal wijkteam houdt "
                                "tegelijk spreekuur, dus u kunt ook meteen uw vraag stellen."
                            ),
                        ],
                        "categories": ["gezelschap"],
                        "target_groups": ["ouderen"],
                        "wijken": ["ospel"],
                        "location_name": "Gemeenschapshuis Ospel",
                        "street": "Kerkstraat 10",
                        "postcode": "6035 AP",
                        "city": "Ospel",
                        "cost": "€ 1,00",
                        "registration": "none",
                        "registration_info": "U kunt gewoon binnenlopen.",
                        "start": "2026-03-04T09:30",
                        "duration_minutes": 120,
                        "recurrence": "FREQ=WEEKLY;BYDAY=WE",
                        "series_end": None,
                        "exdates": ["2026-12-30"],
                    },
                    {
                        "title": "Wandelgroep Ospel",
                        "slug": "wandelgroep-ospel",
                        "intro": (
                            "Elke vrijdagochtend een wandeling van ongeveer vijf kilometer, vaak "
                            "langs de rand van de Groote Peel."
                        ),
                        "body": [
                            (
                                "We verzamelen bij de kerk. Het tempo is gemoedelijk. Onderweg "
                                "is er tijd om de natuur te bekijken en bij te praten."
                            ),
                        ],
                        "categories": ["bewegen-en-sport", "gezelschap"],
                        "target_groups": ["ouderen"],
                        "wijken": ["ospel"],
                        "location_name": "Kerkplein Ospel (verzamelen bij de kerk)",
                        "street": "Kerkstraat 8",
                        "postcode": "6035 AP",
                        "city": "Ospel",
                        "cost": "Gratis",
                        "registration": "none",
                        "registration_info": "Kom om 9.30 uur naar de kerk.",
                        "start": "2026-03-06T09:30",
                        "duration_minutes": 120,
                        "recurrence": "FREQ=WEEKLY;BYDAY=FR",
                        "series_end": None,
                        "exdates": ["2026-12-25", "2027-01-01"],
                    },
                    {
                        "title": "Samen eten in Ospel",
                        "slug": "samen-eten-ospel",
                        "intro": (
                            "Eén keer per maand een driegangenmenu in het gemeenschapshuis, "
                            "gekookt door vrijwilligers uit het dorp."
                        ),
                        "body": [
                            (
                                "Schuif aan en eet gezellig met dorpsgenoten. Kunt u niet goed "
                                "lopen? Dan haalt een vrijwilliger u op."
                            ),
                        ],
                        "categories": ["eten-en-drinken", "gezelschap"],
                        "target_groups": ["ouderen"],
                        "wijken": ["ospel"],
                        "location_name": "Gemeenschapshuis Ospel",
                        "street": "Kerkstraat 10",
                        "postcode": "6035 AP",
                        "city": "Ospel",
                        "cost": "€ 8,50",
                        "registration": "required",
                        "registration_info": "Aanmelden tot de maandag ervoor: bel 0495 400 00 03.",
                        "start": "2026-03-19T17:30",
                        "duration_minutes": 120,
                        "recurrence": "FREQ=MONTHLY;BYDAY=3TH",
                        "series_end": None,
                        "exdates": [],
                    },
                ],
            },
            {
                "title": "Sociaal gebiedsteam Leudal West",
                "slug": "gebiedsteam-leudal-west",
                "kind": "gemeente",
                "intro": (
                    "Het gebiedsteam is in Leudal West de eerste plek voor al uw vragen over "
                    "zorg, welzijn, geld en meedoen. Eén team, één aanspreekpunt."
                ),
                "body": [
                    (
                        "In het gebiedsteam werken medewerkers van de gemeente, het "
                        "maatschappelijk werk, het opbouwwerk en de zorg samen. U hoeft uw "
                        "verhaal maar één keer te vertellen."
                    ),
                    (
                        "We kijken eerst wat u zelf kunt en wie er om u heen kan helpen. Zo "
                        "nodig regelen we hulp van een organisatie, zoals hulp bij het "
                        "huishouden of begeleiding."
                    ),
                ],
                "street": "Kerkstraat 5",
                "postcode": "6093 AR",
                "city": "Heythuysen",
                "phone": "0495 400 00 04",
                "email": "info@gebiedsteam-leudal-west.voorbeeld.nl",
                "website": "https://www.gebiedsteam-leudal-west.voorbeeld.nl",
                "wijken": ["leudal-west"],
                "services": [
                    {
                        "title": "Keukentafelgesprek",
                        "slug": "gebiedsteam-keukentafelgesprek",
                        "intro": (
                            "Een medewerker van het gebiedsteam komt bij u thuis om samen te "
                            "kijken wat u nodig hebt. Neem gerust iemand mee die u vertrouwt."
                        ),
                        "body": [
                            (
                                "In het gesprek kijken we naar uw hele situatie: gezondheid, "
                                "wonen, geld en contacten. Daarna spreken we samen af wie wat "
                                "doet."
                            ),
                        ],
                        "categories": ["zorg-en-gezondheid", "huishouden", "mantelzorg"],
                        "target_groups": ["ouderen", "mantelzorgers", "mensen-met-een-beperking"],
                        "wijken": ["leudal-west"],
                        "audience": "Voor alle inwoners van Leudal West.",
                        "cost": "Gratis",
                        "how_to_apply": "Bel 0495 400 00 04 of kom naar het inloopspreekuur.",
                        "opening_hours": "Maandag t/m vrijdag 8.30-12.30 uur",
                    },
                ],
                "activities": [
                    {
                        "title": "Inloopspreekuur gebiedsteam",
                        "slug": "inloopspreekuur-heythuysen",
                        "intro": (
                            "Elke dinsdagochtend kunt u zonder afspraak binnenlopen bij het "
                            "gebiedsteam in Heythuysen."
                        ),
                        "body": [
                            (
                                "Heeft u een vraag over hulp thuis, over geld of over uw "
                                "kinderen? Of wilt u gewoon eens praten? Er staat koffie klaar."
                            ),
                        ],
                        "categories": ["zorg-en-gezondheid", "geld-en-administratie"],
                        "target_groups": ["ouderen", "gezinnen-met-kinderen", "mantelzorgers"],
                        "wijken": ["leudal-west"],
                        "location_name": "Gemeenschapshuis Heythuysen",
                        "street": "Kerkstraat 5",
                        "postcode": "6093 AR",
                        "city": "Heythuysen",
                        "cost": "Gratis",
                        "registration": "none",
                        "registration_info": "U kunt gewoon binnenlopen.",
                        "start": "2026-03-03T09:00",
                        "duration_minutes": 120,
                        "recurrence": "FREQ=WEEKLY;BYDAY=TU",
                        "series_end": None,
                        "exdates": ["2026-12-29", "2027-02-09"],
                    },
                    {
                        "title": "Repair café Baexem",
                        "slug": "repair-cafe-baexem",
                        "intro": (
                            "Elke eerste zaterdag van de maand repareren vrijwilligers uw "
                            "kapotte spullen. Samen met u, onder het genot van koffie."
                        ),
                        "body": [
                            (
                                "Neem mee wat kapot is: een stofzuiger, een fiets, kleding of "
                                "een speelgoedauto. De vrijwilligers kijken of het te maken is."
                            ),
                        ],
                        "categories": ["klussen", "vrijwilligerswerk"],
                        "target_groups": ["ouderen", "gezinnen-met-kinderen"],
                        "wijken": ["leudal-west"],
                        "location_name": "Dorpshuis Baexem",
                        "street": "Kerkplein 1",
                        "postcode": "6095 AS",
                        "city": "Baexem",
                        "cost": "Gratis, een vrijwillige bijdrage mag",
                        "registration": "none",
                        "registration_info": "U kunt gewoon binnenlopen.",
                        "start": "2026-04-04T10:00",
                        "duration_minutes": 180,
                        "recurrence": "FREQ=MONTHLY;BYDAY=1SA",
                        "series_end": None,
                        "exdates": ["2027-02-06"],
                    },
                    {
                        "title": "Kennismaken met het wijkportaal in Grathem",
                        "slug": "kennismaken-wijkportaal-grathem",
                        "intro": (
                            "Een middag waarop we laten zien hoe het wijkportaal werkt. Hoe "
                            "vindt u activiteiten? En hoe vraagt of biedt u hulp?"
                        ),
                        "body": [
                            (
                                "Neem gerust uw telefoon of tablet mee. Vrijwilligers helpen u "
                                "om het portaal op uw eigen apparaat te gebruiken."
                            ),
                        ],
                        "categories": ["computer-en-digitaal", "vrijwilligerswerk"],
                        "target_groups": ["ouderen", "vrijwilligers"],
                        "wijken": ["leudal-west"],
                        "location_name": "Dorpshuis Grathem",
                        "street": "Dorpstraat 2",
                        "postcode": "6096 AT",
                        "city": "Grathem",
                        "cost": "Gratis",
                        "registration": "none",
                        "registration_info": "Aanmelden is niet nodig.",
                        "start_in_days": 6,
                        "time": "14:00",
                        "duration_minutes": 120,
                        "recurrence": "",
                        "series_end": None,
                        "exdates": [],
                    },
                ],
            },
        ],
        "standard_pages": [
            {
                "title": "Over het wijkportaal",
                "slug": "over-het-wijkportaal",
                "intro": (
                    "Het wijkportaal Midden-Limburg West brengt bewoners, vrijwilligers en "
                    "organisaties in de buurt bij elkaar. Hier vindt u hulp, activiteiten en "
                    "mensen die iets voor u willen doen."
                ),
                "body": [
                    (
                        "Op het wijkportaal ziet u per gemeente en per wijk welke organisaties "
                        "er zijn, welke hulp ze bieden en welke activiteiten er op de agenda "
                        "staan. U vindt er ook het sociaal wijkteam van uw wijk, met het adres "
                        "en de tijden van het spreekuur."
                    ),
                    (
                        "Bij 'Vraag en aanbod' kunnen buren elkaar helpen. Zoekt u iemand die u "
                        "naar het ziekenhuis brengt, of wilt u zelf een keer per week "
                        "boodschappen doen voor een buur? Zet het op het portaal. U hebt er geen "
                        "account voor nodig. Op de website staat alleen uw voornaam."
                    ),
                    (
                        "Het wijkportaal bouwt voort op de samenwerking die in 2014 in Horn "
                        "begon. Toen spraken de gemeenten Weert, Leudal en Nederweert met zorg- "
                        "en welzijnsorganisaties en zorgverzekeraar CZ af om samen in de wijk te "
                        "gaan werken."
                    ),
                    (
                        "Het portaal start per wijk. Eerst loopt er een proef, daarna doet de "
                        "wijk gewoon mee. Wijken die nog in voorbereiding zijn, ziet u nog niet. "
                        "Zo weet u zeker dat de informatie die u ziet klopt."
                    ),
                    (
                        "Let op: dit is een demonstratieversie van het wijkportaal. De namen van "
                        "de partners en de plaatsen zijn echt, maar de adressen, "
                        "telefoonnummers, e-mailadressen, activiteiten en berichten van bewoners "
                        "zijn voorbeelden."
                    ),
                ],
            },
            {
                "title": "Privacyverklaring",
                "slug": "privacyverklaring",
                "intro": (
                    "Wij gaan zorgvuldig om met uw gegevens. Hier leest u welke gegevens wij "
                    "bewaren, waarom, hoe lang en welke rechten u hebt."
                ),
                "body": [
                    (
                        "Het wijkportaal Midden-Limburg West wordt beheerd door de gemeenten "
                        "Weert, Leudal en Nederweert, samen met de partners in de regio. Wij "
                        "houden ons aan de Algemene verordening gegevensbescherming (AVG)."
                    ),
                    (
                        "U kunt het wijkportaal bekijken zonder dat wij iets over u vastleggen. "
                        "Wij gebruiken geen advertentiecookies en volgen u niet op andere "
                        "websites. Wij gebruiken alleen cookies die nodig zijn om de website en "
                        "de formulieren te laten werken."
                    ),
                    (
                        "Plaatst u een vraag of een aanbod? Dan vragen wij om uw naam, uw "
                        "e-mailadres en, als u dat wilt, uw telefoonnummer. Openbaar op de "
                        "website zijn alleen de titel, uw beschrijving, de soort hulp, de wijk, "
                        "wanneer het uitkomt en uw voornaam. Denk er daarom aan dat u in de "
                        "beschrijving geen gegevens zet die anderen niet mogen zien."
                    ),
                    (
                        "Uw volledige naam, uw e-mailadres en uw telefoonnummer zijn nooit "
                        "openbaar. Ze staan niet op de website, niet in de zoekfunctie en niet "
                        "in overzichten of koppelingen met andere systemen. Wij gebruiken ze "
                        "alleen om contact met u op te nemen over uw eigen vraag of aanbod. Wij "
                        "geven ze nooit aan anderen, en zeker niet voor reclame."
                    ),
                    (
                        "Een vraag of aanbod staat zes weken op de website, tenzij u het eerder "
                        "afsluit. Daarna verdwijnt het. Uiterlijk 30 dagen nadat uw vraag of "
                        "aanbod is verlopen of afgesloten, wissen wij uw naam, e-mailadres en "
                        "telefoonnummer."
                    ),
                    (
                        "U hebt het recht om uw gegevens in te zien, te laten verbeteren of te "
                        "laten wissen. U kunt ook bezwaar maken tegen het gebruik ervan. Stuur "
                        "hiervoor een e-mail naar "
                        "privacy@wijkportaal-midden-limburg-west.voorbeeld.nl of bel 0495 400 00 "
                        "00. Wij reageren binnen een maand."
                    ),
                    (
                        "Bent u het niet eens met hoe wij met uw gegevens omgaan? Laat het ons "
                        "eerst weten, dan zoeken we samen naar een oplossing. U kunt ook een "
                        "klacht indienen bij de Autoriteit Persoonsgegevens."
                    ),
                ],
            },
            {
                "title": "Toegankelijkheidsverklaring",
                "slug": "toegankelijkheidsverklaring",
                "intro": (
                    "Iedereen moet het wijkportaal kunnen gebruiken, ook mensen die slecht zien, "
                    "slecht horen of moeite hebben met lezen of met een muis."
                ),
                "body": [
                    (
                        "Wij willen dat het wijkportaal voldoet aan de richtlijnen voor "
                        "toegankelijke websites: WCAG 2.1 op niveau AA. Dat is de norm voor "
                        "websites van de overheid."
                    ),
                    (
                        "Daarom schrijven wij in eenvoudige taal, gebruiken wij duidelijke "
                        "kleuren met genoeg contrast en kunt u de hele website gebruiken met "
                        "alleen het toetsenbord. De website werkt ook met een schermlezer en u "
                        "kunt de tekst groter maken zonder dat er iets wegvalt."
                    ),
                    (
                        "Wij controleren de website regelmatig met automatische tests en laten "
                        "ook mensen met een beperking meekijken. Toch kan het zijn dat iets nog "
                        "niet goed werkt. Bijvoorbeeld een document dat een partner heeft "
                        "geplaatst, of een foto zonder beschrijving."
                    ),
                    (
                        "Loopt u tegen een probleem aan? Laat het ons weten. Vertel op welke "
                        "pagina het was en wat er misging. Mail naar "
                        "privacy@wijkportaal-midden-limburg-west.voorbeeld.nl of bel 0495 400 00 "
                        "00. Wij reageren binnen vijf werkdagen en laten u weten wanneer het is "
                        "opgelost."
                    ),
                    (
                        "Bent u niet tevreden over onze reactie? Dan kunt u contact opnemen met "
                        "de Nationale ombudsman."
                    ),
                ],
            },
        ],
    },
]
