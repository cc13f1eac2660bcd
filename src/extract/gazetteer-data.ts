// The gazetteer's data, compact: parsed once, on first use, by gazetteer.ts.
//
// COUNTRIES: `ISO2|Canonical name;alias;…|demonym;…`. All 193 UN member states, plus Taiwan,
// Palestine, Kosovo and the Vatican. Acronyms written in capitals ("US", "UAE") match only in
// capitals, so the pronoun "us" is never the United States. When a demonym fits two countries
// ("Korean", "Congolese", "Dominican") it goes to the one news usage means by default.
//
// CITIES: `ISO2|*Capital=alias;City=alias;…`: a leading `*` marks the capital, `=` separates
// spellings of one city, the first spelling is canonical. About 330 capitals and major cities.
// Cities that are common given names or words ("Victoria", "Nice", "Austin", "Charlotte") are
// left out on purpose: a false place is worse than a missed one.
//
// REGIONS: `ISO2 or empty|Name=alias;Name…|demonym;…` (demonyms belong to the first region): continents, seas, sub-national regions that
// news names as destinations or theatres, the major regions of large or much-reported countries
// with their English and local names as one place (Apulia = Puglia, Bavaria = Bayern), and US
// states (except Georgia and Washington, whose names go to the country and the capital).
// Regions whose names are common given names ("Brittany", "Victoria") are left out, as cities are.
//
// Earlier lines win when two entries share a spelling: countries, then cities, then regions.

/** UN member states and four widely reported non-members. */
export const COUNTRIES = `
AF|Afghanistan|Afghan
AL|Albania|Albanian
DZ|Algeria|Algerian
AD|Andorra|Andorran
AO|Angola|Angolan
AG|Antigua and Barbuda|Antiguan
AR|Argentina|Argentine;Argentinian
AM|Armenia|Armenian
AU|Australia|Australian
AT|Austria|Austrian
AZ|Azerbaijan|Azerbaijani;Azeri
BS|Bahamas;The Bahamas|Bahamian
BH|Bahrain|Bahraini
BD|Bangladesh|Bangladeshi
BB|Barbados|Barbadian
BY|Belarus|Belarusian
BE|Belgium|Belgian
BZ|Belize|Belizean
BJ|Benin|Beninese
BT|Bhutan|Bhutanese
BO|Bolivia|Bolivian
BA|Bosnia and Herzegovina;Bosnia-Herzegovina;Bosnia|Bosnian
BW|Botswana|Botswanan
BR|Brazil|Brazilian
BN|Brunei;Brunei Darussalam|Bruneian
BG|Bulgaria|Bulgarian
BF|Burkina Faso|Burkinabe
BI|Burundi|Burundian
CV|Cape Verde;Cabo Verde|Cape Verdean
KH|Cambodia|Cambodian
CM|Cameroon|Cameroonian
CA|Canada|Canadian
CF|Central African Republic|Central African
TD|Chad|Chadian
CL|Chile|Chilean
CN|China;People's Republic of China;PRC;Mainland China|Chinese
CO|Colombia|Colombian
KM|Comoros|Comorian
CG|Republic of the Congo;Congo-Brazzaville;Congo Republic
CD|Democratic Republic of the Congo;Democratic Republic of Congo;DR Congo;DRC;Congo-Kinshasa;Congo|Congolese
CR|Costa Rica|Costa Rican
CI|Ivory Coast;Côte d'Ivoire;Cote d'Ivoire|Ivorian
HR|Croatia|Croatian
CU|Cuba|Cuban
CY|Cyprus|Cypriot
CZ|Czech Republic;Czechia|Czech
DK|Denmark|Danish
DJ|Djibouti|Djiboutian
DM|Dominica
DO|Dominican Republic|Dominican
EC|Ecuador|Ecuadorian;Ecuadorean
EG|Egypt|Egyptian
SV|El Salvador|Salvadoran;Salvadorean
GQ|Equatorial Guinea|Equatoguinean
ER|Eritrea|Eritrean
EE|Estonia|Estonian
SZ|Eswatini;Swaziland|Swazi
ET|Ethiopia|Ethiopian
FJ|Fiji|Fijian
FI|Finland|Finnish
FR|France|French
GA|Gabon|Gabonese
GM|Gambia;The Gambia|Gambian
GE|Georgia|Georgian
DE|Germany;Federal Republic of Germany|German
GH|Ghana|Ghanaian
GR|Greece|Greek
GD|Grenada|Grenadian
GT|Guatemala|Guatemalan
GN|Guinea|Guinean
GW|Guinea-Bissau|Bissau-Guinean
GY|Guyana|Guyanese
HT|Haiti|Haitian
HN|Honduras|Honduran
HU|Hungary|Hungarian
IS|Iceland|Icelandic
IN|India|Indian
ID|Indonesia|Indonesian
IR|Iran;Islamic Republic of Iran|Iranian
IQ|Iraq|Iraqi
IE|Ireland;Republic of Ireland|Irish
IL|Israel|Israeli
IT|Italy|Italian
JM|Jamaica|Jamaican
JP|Japan|Japanese
JO|Jordan|Jordanian
KZ|Kazakhstan|Kazakh;Kazakhstani
KE|Kenya|Kenyan
KI|Kiribati
KW|Kuwait|Kuwaiti
KG|Kyrgyzstan|Kyrgyz
LA|Laos;Lao PDR|Laotian;Lao
LV|Latvia|Latvian
LB|Lebanon|Lebanese
LS|Lesotho
LR|Liberia|Liberian
LY|Libya|Libyan
LI|Liechtenstein
LT|Lithuania|Lithuanian
LU|Luxembourg|Luxembourgish
MG|Madagascar|Malagasy
MW|Malawi|Malawian
MY|Malaysia|Malaysian
MV|Maldives|Maldivian
ML|Mali|Malian
MT|Malta|Maltese
MH|Marshall Islands|Marshallese
MR|Mauritania|Mauritanian
MU|Mauritius|Mauritian
MX|Mexico|Mexican
FM|Micronesia|Micronesian
MD|Moldova|Moldovan
MC|Monaco|Monegasque
MN|Mongolia|Mongolian
ME|Montenegro|Montenegrin
MA|Morocco|Moroccan
MZ|Mozambique|Mozambican
MM|Myanmar;Burma|Burmese
NA|Namibia|Namibian
NR|Nauru|Nauruan
NP|Nepal|Nepali;Nepalese
NL|Netherlands;Holland|Dutch
NZ|New Zealand
NI|Nicaragua|Nicaraguan
NE|Niger|Nigerien
NG|Nigeria|Nigerian
KP|North Korea;DPRK;Democratic People's Republic of Korea|North Korean
MK|North Macedonia;Macedonia|Macedonian
NO|Norway|Norwegian
OM|Oman|Omani
PK|Pakistan|Pakistani
PW|Palau|Palauan
PA|Panama|Panamanian
PG|Papua New Guinea|Papua New Guinean
PY|Paraguay|Paraguayan
PE|Peru|Peruvian
PH|Philippines;Republic of the Philippines|Philippine;Filipino
PL|Poland|Polish
PT|Portugal|Portuguese
QA|Qatar|Qatari
KR|South Korea;Republic of Korea;ROK;Korea|South Korean;Korean
RO|Romania|Romanian
RU|Russia;Russian Federation|Russian
RW|Rwanda|Rwandan
KN|Saint Kitts and Nevis;St Kitts and Nevis|Kittitian
LC|Saint Lucia;St Lucia|Saint Lucian
VC|Saint Vincent and the Grenadines|Vincentian
WS|Samoa|Samoan
SM|San Marino|Sammarinese
ST|Sao Tome and Principe;São Tomé and Príncipe|Santomean
SA|Saudi Arabia|Saudi;Saudi Arabian
SN|Senegal|Senegalese
RS|Serbia|Serbian
SC|Seychelles|Seychellois
SL|Sierra Leone|Sierra Leonean
SG|Singapore|Singaporean
SK|Slovakia|Slovak;Slovakian
SI|Slovenia|Slovenian;Slovene
SB|Solomon Islands
SO|Somalia|Somali
ZA|South Africa|South African
SS|South Sudan|South Sudanese
ES|Spain|Spanish
LK|Sri Lanka|Sri Lankan
SD|Sudan|Sudanese
SR|Suriname|Surinamese
SE|Sweden|Swedish
CH|Switzerland|Swiss
SY|Syria|Syrian
TJ|Tajikistan|Tajik
TZ|Tanzania|Tanzanian
TH|Thailand|Thai
TL|Timor-Leste;East Timor|Timorese
TG|Togo|Togolese
TO|Tonga|Tongan
TT|Trinidad and Tobago|Trinidadian
TN|Tunisia|Tunisian
TR|Turkey;Türkiye|Turkish
TM|Turkmenistan|Turkmen
TV|Tuvalu|Tuvaluan
UG|Uganda|Ugandan
UA|Ukraine|Ukrainian
AE|United Arab Emirates;UAE|Emirati
GB|United Kingdom;UK;Britain;Great Britain|British
US|United States;United States of America;US;USA;America|American
UY|Uruguay|Uruguayan
UZ|Uzbekistan|Uzbek
VU|Vanuatu
VE|Venezuela|Venezuelan
VN|Vietnam;Viet Nam|Vietnamese
YE|Yemen|Yemeni
ZM|Zambia|Zambian
ZW|Zimbabwe|Zimbabwean
TW|Taiwan|Taiwanese
PS|Palestine;State of Palestine;Palestinian territories|Palestinian
XK|Kosovo|Kosovar
VA|Vatican;Holy See;Vatican City
`;

/** Capitals (marked `*`) and major cities, by country. */
export const CITIES = `
AF|*Kabul;Kandahar;Herat
AL|*Tirana
DZ|*Algiers;Oran
AD|*Andorra la Vella
AO|*Luanda
AR|*Buenos Aires;Córdoba=Cordoba;Rosario
AM|*Yerevan
AU|*Canberra;Sydney;Melbourne;Brisbane;Perth;Adelaide
AT|*Vienna;Salzburg
AZ|*Baku
BS|*Nassau
BH|*Manama
BD|*Dhaka;Chittagong
BB|*Bridgetown
BY|*Minsk
BE|*Brussels;Antwerp
BZ|*Belmopan
BJ|*Porto-Novo;Cotonou
BT|*Thimphu
BO|*Sucre;La Paz
BA|*Sarajevo
BW|*Gaborone
BR|*Brasília=Brasilia;São Paulo=Sao Paulo;Rio de Janeiro;Belém=Belem
BN|*Bandar Seri Begawan
BG|*Sofia
BF|*Ouagadougou
BI|*Gitega;Bujumbura
CV|*Praia
KH|*Phnom Penh;Siem Reap
CM|*Yaoundé=Yaounde;Douala
CA|*Ottawa;Toronto;Montreal=Montréal;Vancouver;Calgary;Quebec City
CF|*Bangui
TD|*N'Djamena
CL|*Santiago
CN|*Beijing=Peking;Shanghai;Shenzhen;Guangzhou;Hong Kong;Macau=Macao;Chengdu;Wuhan;Tianjin;Chongqing;Hangzhou;Nanjing;Xi'an;Harbin;Qingdao;Dalian;Xiamen;Suzhou;Kunming;Lhasa;Urumqi
CO|*Bogotá=Bogota;Medellín=Medellin
KM|*Moroni
CG|*Brazzaville
CD|*Kinshasa;Goma
CR|*San José
CI|*Yamoussoukro;Abidjan
HR|*Zagreb
CU|*Havana
CY|*Nicosia
CZ|*Prague
DK|*Copenhagen
DM|*Roseau
DO|*Santo Domingo
EC|*Quito;Guayaquil
EG|*Cairo;Alexandria;Sharm el-Sheikh
SV|*San Salvador
GQ|*Malabo
ER|*Asmara
EE|*Tallinn
SZ|*Mbabane
ET|*Addis Ababa
FJ|*Suva
FI|*Helsinki
FR|*Paris;Marseille;Lyon;Strasbourg;Toulouse;Bordeaux
GA|*Libreville
GM|*Banjul
GE|*Tbilisi
DE|*Berlin;Munich;Hamburg;Frankfurt;Cologne;Bonn;Stuttgart;Düsseldorf=Dusseldorf
GH|*Accra
GR|*Athens;Thessaloniki
GT|*Guatemala City
GN|*Conakry
GW|*Bissau
GY|*Georgetown
HT|*Port-au-Prince
HN|*Tegucigalpa
HU|*Budapest
IS|*Reykjavík=Reykjavik
IN|*New Delhi;Delhi;Mumbai=Bombay;Kolkata=Calcutta;Chennai;Bengaluru=Bangalore;Hyderabad;Ahmedabad;Pune
ID|*Jakarta;Surabaya;Bandung;Medan;Denpasar
IR|*Tehran;Isfahan;Mashhad
IQ|*Baghdad;Basra;Mosul;Erbil
IE|*Dublin
IL|*Jerusalem;Tel Aviv;Haifa
IT|*Rome;Milan;Naples;Turin;Florence;Venice;Bologna;Genoa=Genova;Palermo;Bari;Brindisi;Catania;Verona
JM|*Kingston
JP|*Tokyo;Osaka;Kyoto;Yokohama;Nagoya;Hiroshima;Nagasaki;Sapporo;Fukuoka;Kobe;Sendai;Fukushima
JO|*Amman
KZ|*Astana;Almaty
KE|*Nairobi;Mombasa
KI|*Tarawa
KW|*Kuwait City
KG|*Bishkek
LA|*Vientiane
LV|*Riga
LB|*Beirut
LS|*Maseru
LR|*Monrovia
LY|*Tripoli;Benghazi
LI|*Vaduz
MG|*Antananarivo
MW|*Lilongwe
MY|*Kuala Lumpur;Putrajaya;Penang;Johor Bahru;Kota Kinabalu;Kuching
MV|*Malé
ML|*Bamako
MT|*Valletta
MH|*Majuro
MR|*Nouakchott
MU|*Port Louis
MX|*Mexico City;Guadalajara;Monterrey;Tijuana;Cancún=Cancun
FM|*Palikir
MD|*Chișinău=Chisinau
MN|*Ulaanbaatar=Ulan Bator
ME|*Podgorica
MA|*Rabat;Casablanca;Marrakesh=Marrakech
MZ|*Maputo
MM|*Naypyidaw=Naypyitaw;Yangon=Rangoon;Mandalay
NA|*Windhoek
NR|*Yaren
NP|*Kathmandu
NL|*Amsterdam;The Hague=Hague;Rotterdam
NZ|*Wellington;Auckland;Christchurch
NI|*Managua
NE|*Niamey
NG|*Abuja;Lagos;Kano
KP|*Pyongyang
MK|*Skopje
NO|*Oslo
OM|*Muscat
PK|*Islamabad;Karachi;Lahore;Peshawar;Rawalpindi
PW|*Ngerulmud
PA|*Panama City
PG|*Port Moresby
PY|*Asunción=Asuncion
PE|*Lima
PH|*Manila;Quezon City;Cebu;Davao
PL|*Warsaw;Kraków=Krakow;Gdańsk=Gdansk;Rzeszów=Rzeszow
PT|*Lisbon;Porto
QA|*Doha
KR|*Seoul;Busan=Pusan;Incheon;Gyeongju;Daegu;Gwangju;Ulsan
RO|*Bucharest
RU|*Moscow;Saint Petersburg=St Petersburg=St. Petersburg;Vladivostok;Sochi;Kazan;Novosibirsk;Yekaterinburg;Kaliningrad;Murmansk
RW|*Kigali
KN|*Basseterre
LC|*Castries
VC|*Kingstown
WS|*Apia
ST|*São Tomé=Sao Tome
SA|*Riyadh;Jeddah;Mecca;Dhahran
SN|*Dakar
RS|*Belgrade
SL|*Freetown
SK|*Bratislava
SI|*Ljubljana
SB|*Honiara
SO|*Mogadishu
ZA|*Pretoria;Cape Town;Johannesburg;Durban
SS|*Juba
ES|*Madrid;Barcelona;Seville;Valencia;Bilbao
LK|*Sri Jayawardenepura Kotte=Kotte;Colombo
SD|*Khartoum;Port Sudan
SR|*Paramaribo
SE|*Stockholm;Gothenburg
CH|*Bern=Berne;Geneva;Zurich=Zürich;Davos;Basel;Lausanne
SY|*Damascus;Aleppo;Homs;Idlib
TJ|*Dushanbe
TZ|*Dodoma;Dar es Salaam
TH|*Bangkok;Chiang Mai;Phuket;Pattaya
TL|*Dili
TG|*Lomé=Lome
TO|*Nuku'alofa
TT|*Port of Spain
TN|*Tunis
TR|*Ankara;Istanbul;İzmir=Izmir
TM|*Ashgabat
TV|*Funafuti
UG|*Kampala
UA|*Kyiv=Kiev;Kharkiv=Kharkov;Odesa=Odessa;Lviv;Dnipro;Zaporizhzhia;Mariupol;Kherson;Donetsk;Luhansk;Bakhmut
AE|*Abu Dhabi;Dubai;Sharjah
GB|*London;Manchester;Birmingham;Edinburgh;Glasgow;Belfast;Cardiff;Liverpool;Oxford;Cambridge
US|*Washington=Washington DC=Washington D.C.=D.C.=DC;New York=New York City;Los Angeles;Chicago;Houston;Philadelphia;Phoenix;San Antonio;San Diego;Dallas;San Francisco;Seattle;Boston;Miami;Atlanta;Detroit;Denver;Las Vegas;Honolulu;Anchorage;Palm Beach;West Palm Beach;New Orleans;Pittsburgh;Baltimore;Minneapolis;Nashville;San Jose
UY|*Montevideo
UZ|*Tashkent;Samarkand
VU|*Port Vila
VE|*Caracas
VN|*Hanoi;Ho Chi Minh City=Saigon;Da Nang=Danang;Haiphong
YE|*Sanaa=Sana'a;Aden
ZM|*Lusaka
ZW|*Harare
TW|*Taipei;Kaohsiung;Taichung
PS|Ramallah;Gaza City;Rafah;Khan Younis
XK|*Pristina
AG|*St. John's=Saint John's
GD|*St. George's=Saint George's
LT|*Vilnius;Kaunas;Klaipėda=Klaipeda
LU|*Luxembourg City
SM|*San Marino City
VA|*Vatican City
DJ|*Djibouti City
`;

/** Continents, seas and sub-national regions news names as places. */
export const REGIONS = `
|Asia|Asian
|Europe|European
|Africa|African
|North America|North American
|South America|South American
|Latin America|Latin American
|Central America|Central American
|Middle East|Middle Eastern
|Southeast Asia=South East Asia=South-East Asia|Southeast Asian;South East Asian
|East Asia|East Asian
|South Asia|South Asian
|Central Asia|Central Asian
|Indo-Pacific
|Asia-Pacific=Asia Pacific
|Pacific=Pacific Ocean
|Atlantic=Atlantic Ocean|Transatlantic
|Indian Ocean
|Arctic
|Antarctica|Antarctic
|Balkans|Balkan
|Caucasus
|Caribbean
|Scandinavia|Scandinavian
|Oceania
|Sahel
|Horn of Africa
|Western Europe
|Eastern Europe
|Korean Peninsula
|Taiwan Strait
|South China Sea
|East China Sea
|Black Sea
|Red Sea
|Baltic Sea=Baltics=Baltic states|Baltic
|Persian Gulf;Gulf of Oman
|Strait of Hormuz
|Mediterranean
|Kashmir
PS|Gaza=Gaza Strip
PS|West Bank
UA|Crimea
UA|Donbas=Donbass
CN|Tibet|Tibetan
CN|Xinjiang
JP|Okinawa
JP|Hokkaido
KR|Jeju
ID|Bali
MY|Sabah
MY|Sarawak
ES|Catalonia=Catalunya=Cataluña|Catalan
ES|Andalusia=Andalucía=Andalucia|Andalusian
ES|Basque Country=Euskadi|Basque
ES|Galicia|Galician
ES|Canary Islands=Canaries|Canarian
ES|Balearic Islands=Balearics=Baleares|Balearic
ES|Aragon=Aragón;Asturias;Cantabria;Castile and León=Castile and Leon=Castilla y León;Castilla-La Mancha=Castile-La Mancha;Extremadura;La Rioja;Navarre=Navarra
IT|Apulia=Puglia|Apulian;Pugliese
IT|Sicily=Sicilia|Sicilian
IT|Sardinia=Sardegna|Sardinian
IT|Tuscany=Toscana|Tuscan
IT|Lombardy=Lombardia
IT|Piedmont=Piemonte|Piedmontese
IT|Calabria|Calabrian
IT|Liguria|Ligurian
IT|Umbria|Umbrian
IT|Abruzzo=Abruzzi;Aosta Valley=Valle d'Aosta;Basilicata;Campania;Emilia-Romagna;Friuli-Venezia Giulia=Friuli Venezia Giulia;Lazio=Latium;Marche;Molise;Trentino-Alto Adige=Trentino-South Tyrol;South Tyrol=Alto Adige;Veneto
DE|Bavaria=Bayern|Bavarian
DE|Saxony=Sachsen|Saxon
DE|Hesse=Hessen|Hessian
DE|Thuringia=Thüringen=Thuringen|Thuringian
DE|Baden-Württemberg=Baden-Wurttemberg=Baden-Wuerttemberg;Brandenburg;Lower Saxony=Niedersachsen;Mecklenburg-Western Pomerania=Mecklenburg-Vorpommern;North Rhine-Westphalia=Nordrhein-Westfalen;Rhineland-Palatinate=Rheinland-Pfalz;Saarland;Saxony-Anhalt=Sachsen-Anhalt;Schleswig-Holstein
FR|Corsica=Corse|Corsican
FR|Provence=Provence-Alpes-Côte d'Azur|Provençal;Provencal
FR|Burgundy=Bourgogne|Burgundian
FR|Alsace|Alsatian
FR|Normandy=Normandie;Île-de-France=Ile-de-France;Occitania=Occitanie;Nouvelle-Aquitaine;Auvergne-Rhône-Alpes=Auvergne-Rhone-Alpes;Hauts-de-France;Grand Est;Pays de la Loire;Centre-Val de Loire;Bourgogne-Franche-Comté=Bourgogne-Franche-Comte;French Riviera=Côte d'Azur=Cote d'Azur
BE|Flanders=Vlaanderen|Flemish
BE|Wallonia=Wallonie|Walloon
AT|Tyrol=Tirol|Tyrolean
PT|Algarve;Madeira;Azores
GR|Crete|Cretan
CA|Quebec=Québec|Quebecer;Quebecois;Québécois
CA|Ontario;British Columbia;Alberta;Manitoba;Saskatchewan;Nova Scotia;New Brunswick;Newfoundland and Labrador=Newfoundland;Prince Edward Island;Yukon;Nunavut;Northwest Territories
AU|Queensland;New South Wales;Western Australia;South Australia;Tasmania;Northern Territory
IN|Uttar Pradesh;Maharashtra;Gujarat;Tamil Nadu;Kerala;Karnataka;West Bengal;Bihar;Rajasthan;Assam;Manipur;Ladakh;Goa;Telangana;Andhra Pradesh;Madhya Pradesh;Odisha=Orissa
CN|Guangdong;Fujian;Zhejiang;Jiangsu;Sichuan;Yunnan;Hubei;Hunan;Henan;Shandong;Hebei;Guangxi;Inner Mongolia;Hainan;Shaanxi;Gansu;Qinghai;Liaoning;Heilongjiang;Anhui;Jiangxi;Guizhou;Ningxia
JP|Kyushu;Honshu;Shikoku;Kansai;Kanto
RU|Siberia|Siberian
RU|Chechnya|Chechen
RU|Dagestan;Kursk region=Kursk Oblast;Belgorod
MX|Chiapas;Oaxaca;Yucatán=Yucatan;Baja California;Sinaloa;Jalisco;Sonora
GB|England|English
GB|Scotland|Scottish
GB|Wales|Welsh
GB|Northern Ireland
DK|Greenland
US|Alabama;Alaska;Arizona;Arkansas;California;Colorado;Connecticut;Delaware;Florida;Hawaii;Idaho;Illinois;Indiana;Iowa;Kansas;Kentucky;Louisiana;Maine;Maryland;Massachusetts;Michigan;Minnesota;Mississippi;Missouri;Montana;Nebraska;Nevada;New Hampshire;New Jersey;New Mexico;North Carolina;North Dakota;Ohio;Oklahoma;Oregon;Pennsylvania;Rhode Island;South Carolina;South Dakota;Tennessee;Texas;Utah;Vermont;Virginia;West Virginia;Wisconsin;Wyoming
`;

// CONTAINMENT: `Container|member;member…`. Places news names at two levels for one location:
// cities inside the sub-national regions above, and the countries that border a sea or ocean
// or make up a world region (a ship "in the Indian Ocean" and "off Indonesia"). A member is a
// canonical city or region name, or a country's ISO2 code. Region ⊂ country needs no line: every
// region and city above already carries its country.

/** Places inside places (see the comment above), read by place-containment.ts. */
export const CONTAINMENT = `
Sicily|Palermo;Catania
Apulia|Bari;Brindisi
Lombardy|Milan
Campania|Naples
Piedmont|Turin
Tuscany|Florence
Veneto|Venice;Verona
Emilia-Romagna|Bologna
Liguria|Genoa
Lazio|Rome
Bavaria|Munich
Hesse|Frankfurt
North Rhine-Westphalia|Cologne;Bonn;Düsseldorf
Baden-Württemberg|Stuttgart
Catalonia|Barcelona
Andalusia|Seville
Basque Country|Bilbao
Provence|Marseille
Occitania|Toulouse
Nouvelle-Aquitaine|Bordeaux
Auvergne-Rhône-Alpes|Lyon
Alsace|Strasbourg
Île-de-France|Paris
England|London;Manchester;Birmingham;Liverpool;Oxford;Cambridge
Scotland|Edinburgh;Glasgow
Wales|Cardiff
Northern Ireland|Belfast
Ontario|Toronto;Ottawa
Quebec|Montreal;Quebec City
British Columbia|Vancouver
Alberta|Calgary
New South Wales|Sydney
Queensland|Brisbane
Western Australia|Perth
South Australia|Adelaide
Jalisco|Guadalajara
Baja California|Tijuana
California|Los Angeles;San Francisco;San Diego
Illinois|Chicago
Texas|Houston;San Antonio;Dallas
Pennsylvania|Philadelphia;Pittsburgh
Arizona|Phoenix
Massachusetts|Boston
Florida|Miami;Palm Beach;West Palm Beach
Michigan|Detroit
Colorado|Denver
Nevada|Las Vegas
Hawaii|Honolulu
Alaska|Anchorage
Louisiana|New Orleans
Maryland|Baltimore
Minnesota|Minneapolis
Tennessee|Nashville
Guangdong|Guangzhou;Shenzhen
Zhejiang|Hangzhou
Jiangsu|Nanjing;Suzhou
Sichuan|Chengdu
Yunnan|Kunming
Hubei|Wuhan
Shandong|Qingdao
Liaoning|Dalian
Heilongjiang|Harbin
Fujian|Xiamen
Shaanxi|Xi'an
Tibet|Lhasa
Xinjiang|Urumqi
Maharashtra|Mumbai;Pune
Tamil Nadu|Chennai
Karnataka|Bengaluru
Telangana|Hyderabad
Gujarat|Ahmedabad
West Bengal|Kolkata
Hokkaido|Sapporo
Kyushu|Fukuoka;Nagasaki
Kansai|Osaka;Kyoto;Kobe
Kanto|Tokyo;Yokohama
Honshu|Tokyo;Yokohama;Osaka;Kyoto;Kobe;Nagoya;Hiroshima;Sendai;Fukushima
Bali|Denpasar
Sabah|Kota Kinabalu
Sarawak|Kuching
Siberia|Novosibirsk
Donbas|Donetsk;Luhansk;Mariupol;Bakhmut
Gaza|Gaza City;Rafah;Khan Younis
West Bank|Ramallah
Indian Ocean|ZA;MZ;TZ;KE;SO;MG;MU;SC;KM;YE;OM;IR;PK;IN;LK;MV;BD;MM;TH;MY;ID;TL;AU
Pacific|US;CA;MX;GT;SV;HN;NI;CR;PA;CO;EC;PE;CL;RU;JP;KR;KP;CN;TW;PH;VN;MY;BN;ID;TL;PG;AU;NZ;FJ;SB;VU;WS;TO;KI;FM;MH;PW;NR;TV
Atlantic|US;CA;MX;BR;AR;UY;VE;GY;SR;GB;IE;FR;ES;PT;IS;NO;MA;MR;SN;GM;GW;GN;SL;LR;CI;GH;TG;BJ;NG;CM;GQ;GA;CG;CD;AO;NA;ZA;CV;ST;BS;CU
Mediterranean|ES;FR;MC;IT;MT;SI;HR;BA;ME;AL;GR;TR;CY;SY;LB;IL;PS;EG;LY;TN;DZ;MA
Black Sea|UA;RU;GE;TR;BG;RO
Red Sea|EG;SD;ER;DJ;SA;YE;JO;IL
Baltic Sea|EE;LV;LT;DE;PL;RU;FI;SE;DK
South China Sea|CN;TW;PH;VN;MY;BN;ID;SG;TH;KH
East China Sea|CN;TW;JP;KR
Persian Gulf|IR;IQ;KW;SA;BH;QA;AE;OM
Gulf of Oman|OM;AE;IR;PK
Strait of Hormuz|IR;OM;AE
Taiwan Strait|CN;TW
Caribbean|CU;JM;HT;DO;BS;TT;BB;LC;VC;GD;AG;KN;DM;MX;BZ;GT;HN;NI;CR;PA;CO;VE
Arctic|RU;NO;CA;US;DK;IS;FI;SE
Korean Peninsula|KR;KP
Southeast Asia|BN;KH;ID;LA;MY;MM;PH;SG;TH;TL;VN
Scandinavia|DK;NO;SE
Horn of Africa|SO;DJ;ER;ET
Caucasus|GE;AM;AZ
`;
