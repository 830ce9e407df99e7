<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fi" sourcelanguage="en">
<context>
    <name>Access</name>
    <message>
        <source>Keeps your answers. The screen does not start over.</source>
        <translation>Vastauksesi säilyvät. Näyttö ei ala alusta.</translation>
    </message>
    <message>
        <source>Changes the language to %1.</source>
        <translation>Vaihtaa kieleksi %1.</translation>
    </message>
    <message>
        <source>Speech is on. Arrow keys move. Enter chooses. Minus goes back. Plus says it again.</source>
        <translation>Puhe on päällä. Nuolinäppäimet liikkuvat. Enter valitsee. Miinus palaa takaisin. Plus sanoo uudelleen.</translation>
    </message>
    <message>
        <source>An answer to the question: %1</source>
        <translation>Vastaus kysymykseen: %1</translation>
    </message>
    <message>
        <source>Gives you a queue number for the front desk. Staff will help you.</source>
        <translation>Saat vuoronumeron neuvontaan. Henkilökunta auttaa sinua.</translation>
    </message>
    <message>
        <source>Goes to the previous question.</source>
        <translation>Palaa edelliseen kysymykseen.</translation>
    </message>
    <message>
        <source>Forgets your answers and starts from the first question.</source>
        <translation>Unohtaa vastauksesi ja aloittaa ensimmäisestä kysymyksestä.</translation>
    </message>
    <message>
        <source>Gives you a queue number for the front desk.</source>
        <translation>Saat vuoronumeron neuvontaan.</translation>
    </message>
    <message>
        <source>Goes back to the start. Remember your number.</source>
        <translation>Palaa alkuun. Muista numerosi.</translation>
    </message>
    <message>
        <source>Read aloud</source>
        <translation>Lue ääneen</translation>
    </message>
    <message>
        <source>Says what is on the screen.</source>
        <translation>Sanoo, mitä näytöllä lukee.</translation>
    </message>
    <message>
        <source>Larger text</source>
        <translation>Isompi teksti</translation>
    </message>
    <message>
        <source>Makes all text bigger. Tap again for normal size.</source>
        <translation>Suurentaa kaiken tekstin. Paina uudelleen, niin koko palaa ennalleen.</translation>
    </message>
    <message>
        <source>Starts the questions.</source>
        <translation>Aloittaa kysymykset.</translation>
    </message>
</context>
<context>
    <name>Common</name>
    <message>
        <source>Are you still there?</source>
        <translation>Oletko vielä täällä?</translation>
    </message>
    <message>
        <source>Soon the screen will start over.</source>
        <translation>Kohta näyttö alkaa alusta.</translation>
    </message>
    <message>
        <source>I need more time</source>
        <translation>Tarvitsen lisää aikaa</translation>
    </message>
    <message>
        <source>Please ask the staff at the desk.</source>
        <translation>Kysy apua infopisteestä.</translation>
    </message>
    <message>
        <source>The kiosk will be back soon.</source>
        <translation>Tämä laite toimii taas pian.</translation>
    </message>
</context>
<context>
    <name>Display</name>
    <message>
        <source>Now serving</source>
        <translation>Vuorossa</translation>
    </message>
    <message>
        <source>Previous calls</source>
        <translation>Edelliset</translation>
    </message>
    <message>
        <source>Waiting now</source>
        <translation>Jonossa nyt</translation>
    </message>
    <message>
        <source>Queue numbers are shown here</source>
        <translation>Vuoronumerot näkyvät tässä</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Henkilöä</translation>
    </message>
    <message>
        <source>Wait about</source>
        <translation>Odotus noin</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>Not here now</source>
        <translation>Ei nyt paikalla</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Suljettu</translation>
    </message>
    <message>
        <source>Open again %1 %2</source>
        <translation>Avoinna taas %1 %2</translation>
    </message>
    <message>
        <source>Connection lost – the display updates when the connection is back</source>
        <translation>Yhteys katkennut – näyttö päivittyy, kun yhteys palaa</translation>
    </message>
    <message>
        <source>Mon</source>
        <translation>ma</translation>
    </message>
    <message>
        <source>Tue</source>
        <translation>ti</translation>
    </message>
    <message>
        <source>Wed</source>
        <translation>ke</translation>
    </message>
    <message>
        <source>Thu</source>
        <translation>to</translation>
    </message>
    <message>
        <source>Fri</source>
        <translation>pe</translation>
    </message>
    <message>
        <source>Sat</source>
        <translation>la</translation>
    </message>
    <message>
        <source>Sun</source>
        <translation>su</translation>
    </message>
</context>
<context>
    <name>Slip</name>
    <message>
        <source>Your number</source>
        <translation>Numerosi</translation>
    </message>
    <message>
        <source>You are number %1 in the queue.</source>
        <translation>Olet jonossa numero %1.</translation>
    </message>
    <message>
        <source>You are next.</source>
        <translation>Olet seuraava.</translation>
    </message>
    <message>
        <source>You will wait about 1 minute.</source>
        <translation>Odotat noin 1 minuutin.</translation>
    </message>
    <message>
        <source>You will wait about %1 minutes.</source>
        <translation>Odotat noin %1 minuuttia.</translation>
    </message>
    <message>
        <source>Watch the screen. We will call your number.</source>
        <translation>Katso näyttöä. Kutsumme numerosi.</translation>
    </message>
    <message>
        <source>Scan the code with your phone to follow your turn.</source>
        <translation>Lue koodi puhelimella, niin näet, milloin on sinun vuorosi.</translation>
    </message>
    <message>
        <source>Your booked time</source>
        <translation>Varattu aikasi</translation>
    </message>
    <message>
        <source>at %1</source>
        <translation>klo %1</translation>
    </message>
    <message>
        <source>Your booking code</source>
        <translation>Varauskoodisi</translation>
    </message>
    <message>
        <source>When you come, type this code at the kiosk.</source>
        <translation>Kun tulet, kirjoita tämä koodi kioskiin.</translation>
    </message>
    <message>
        <source>Scan the code with your phone to save the time in your calendar.</source>
        <translation>Lue koodi puhelimella, niin saat ajan kalenteriisi.</translation>
    </message>
</context>
<context>
    <name>Staff</name>
    <message>
        <source>called at %1</source>
        <translation>kutsuttu klo %1</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Valmis</translation>
    </message>
    <message>
        <source>The visit is over; a journey goes on to its next service.</source>
        <translation>Käynti on valmis. Jos asiakkaalla on seuraava palvelu, hän siirtyy sen jonoon.</translation>
    </message>
    <message>
        <source>Call again</source>
        <translation>Kutsu uudelleen</translation>
    </message>
    <message>
        <source>Show and say the number again.</source>
        <translation>Näytä ja sano numero uudelleen.</translation>
    </message>
    <message>
        <source>Did not come</source>
        <translation>Ei tullut</translation>
    </message>
    <message>
        <source>Mark as no-show. You can still call the number again later.</source>
        <translation>Merkitse, että asiakas ei tullut. Voit vielä kutsua numeron myöhemmin.</translation>
    </message>
    <message>
        <source>Transfer…</source>
        <translation>Siirrä…</translation>
    </message>
    <message>
        <source>Send the visitor to the end of another service&apos;s queue.</source>
        <translation>Siirrä asiakas toisen palvelun jonon loppuun.</translation>
    </message>
    <message>
        <source>%1 (away)</source>
        <translation>%1 (poissa)</translation>
    </message>
    <message>
        <source>Nobody is with you now. Press Call next when you are ready.</source>
        <translation>Kukaan ei ole nyt luonasi. Paina Kutsu seuraava, kun olet valmis.</translation>
    </message>
    <message>
        <source>Connect to the hub</source>
        <translation>Yhdistä palvelimeen</translation>
    </message>
    <message>
        <source>Connect this computer to the hub</source>
        <translation>Yhdistä tämä tietokone palvelimeen</translation>
    </message>
    <message>
        <source>Type the staff token. The person who runs the kiosk gets one with &apos;kiosk token add --role staff&apos;.</source>
        <translation>Kirjoita henkilökunnan tunniste. Kioskin ylläpitäjä saa sen komennolla &apos;kiosk token add --role staff&apos;.</translation>
    </message>
    <message>
        <source>Hub: %1</source>
        <translation>Palvelin: %1</translation>
    </message>
    <message>
        <source>Staff token</source>
        <translation>Henkilökunnan tunniste</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>Yhdistä</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>Ei nyt</translation>
    </message>
    <message>
        <source>Type the token first.</source>
        <translation>Kirjoita ensin tunniste.</translation>
    </message>
    <message>
        <source>My services</source>
        <translation>Omat palveluni</translation>
    </message>
    <message>
        <source>Which services do you serve at this desk?</source>
        <translation>Mitä palveluja hoidat tässä työpisteessä?</translation>
    </message>
    <message>
        <source>At set times (appointments; a visitor who checks in comes to your list):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Tallenna</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Peruuta</translation>
    </message>
    <message>
        <source>Choose at least one service.</source>
        <translation>Valitse vähintään yksi palvelu.</translation>
    </message>
    <message>
        <source>%1 waiting</source>
        <translation>%1 odottaa</translation>
    </message>
    <message>
        <source>Present</source>
        <translation>Paikalla</translation>
    </message>
    <message>
        <source>Away</source>
        <translation>Poissa</translation>
    </message>
    <message>
        <source>Away: the kiosk does not send new visitors here.</source>
        <translation>Poissa: kioski ei ohjaa tänne uusia asiakkaita.</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>Kutsu</translation>
    </message>
    <message>
        <source>Call the next visitor of this service.</source>
        <translation>Kutsu tämän palvelun seuraava asiakas.</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>from: %1</source>
        <translation>tuli: %1</translation>
    </message>
    <message>
        <source>then: %1</source>
        <translation>sitten: %1</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Numero</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Palvelu</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Sija</translation>
    </message>
    <message>
        <source>Waited</source>
        <translation>Odottanut</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Huom.</translation>
    </message>
    <message>
        <source>Kokoomo – staff console</source>
        <translation>Kokoomo – henkilökunnan näkymä</translation>
    </message>
    <message>
        <source>My services…</source>
        <translation>Omat palveluni…</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Asetukset</translation>
    </message>
    <message>
        <source>Enter another staff token…</source>
        <translation>Anna toinen tunniste…</translation>
    </message>
    <message>
        <source>No connection to the hub – trying again…</source>
        <translation>Ei yhteyttä palvelimeen – yritetään uudelleen…</translation>
    </message>
    <message>
        <source>You see the last known queue. The buttons work again when the connection is back.</source>
        <translation>Näet viimeksi tiedetyn jonon. Painikkeet toimivat taas, kun yhteys palaa.</translation>
    </message>
    <message>
        <source>Call next</source>
        <translation>Kutsu seuraava</translation>
    </message>
    <message>
        <source>With you now</source>
        <translation>Luonasi nyt</translation>
    </message>
    <message>
        <source>Enter a staff token…</source>
        <translation>Anna tunniste…</translation>
    </message>
    <message>
        <source>Waiting for my services: %1</source>
        <translation>Odottaa palveluihini: %1</translation>
    </message>
    <message>
        <source>Nobody is waiting for your services.</source>
        <translation>Kukaan ei odota palveluihisi.</translation>
    </message>
    <message>
        <source>Next: %1 · %2 · waited %3</source>
        <translation>Seuraava: %1 · %2 · odottanut %3</translation>
    </message>
    <message>
        <source>Choose your services first: My services…</source>
        <translation>Valitse ensin palvelusi: Omat palveluni…</translation>
    </message>
    <message>
        <source>This computer has no staff token yet: you can see the queue but not call.</source>
        <translation>Tällä tietokoneella ei ole vielä tunnistetta: näet jonon, mutta et voi kutsua.</translation>
    </message>
    <message>
        <source>Connected to the hub.</source>
        <translation>Yhteys palvelimeen toimii.</translation>
    </message>
</context>
<context>
    <name>StaffStatus</name>
    <message>
        <source>You called %1.</source>
        <translation>Kutsuit numeron %1.</translation>
    </message>
    <message>
        <source>Nobody is waiting now.</source>
        <translation>Kukaan ei odota nyt.</translation>
    </message>
    <message>
        <source>%1 was called again.</source>
        <translation>%1 kutsuttiin uudelleen.</translation>
    </message>
    <message>
        <source>%1 is done.</source>
        <translation>%1 on valmis.</translation>
    </message>
    <message>
        <source>%1 is done here and now waits for: %2.</source>
        <translation>%1 on valmis täällä ja odottaa nyt palvelua: %2.</translation>
    </message>
    <message>
        <source>%1 is marked as did not come.</source>
        <translation>%1 on merkitty: ei tullut.</translation>
    </message>
    <message>
        <source>%1 now waits for: %2.</source>
        <translation>%1 odottaa nyt palvelua: %2.</translation>
    </message>
    <message>
        <source>You are present: %2.</source>
        <translation>Olet paikalla: %2.</translation>
    </message>
    <message>
        <source>You are away: %2. The kiosk does not send new visitors there.</source>
        <translation>Olet poissa: %2. Kioski ei ohjaa sinne uusia asiakkaita.</translation>
    </message>
    <message>
        <source>The hub did not do this. The hub says: %3</source>
        <translation>Palvelin ei tehnyt tätä. Palvelimen viesti (englanniksi): %3</translation>
    </message>
    <message>
        <source>The hub does not accept this computer&apos;s token. Enter a staff token.</source>
        <translation>Palvelin ei hyväksy tämän tietokoneen tunnistetta. Anna henkilökunnan tunniste.</translation>
    </message>
    <message>
        <source>The hub did not answer. Check the lists before you try again.</source>
        <translation>Palvelin ei vastannut. Tarkista listat ennen kuin yrität uudelleen.</translation>
    </message>
    <message>
        <source>Something went wrong at the hub. The hub says: %3</source>
        <translation>Palvelimella tapahtui virhe. Palvelimen viesti (englanniksi): %3</translation>
    </message>
</context>
<context>
    <name>StaffTime</name>
    <message>
        <source>%H:%M</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ddd d MMM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today · %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tomorrow · %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Visitor</name>
    <message>
        <source>I don&apos;t know – I want to talk to someone</source>
        <translation>En tiedä – haluan puhua jonkun kanssa</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Takaisin</translation>
    </message>
    <message>
        <source>Start over</source>
        <translation>Aloita alusta</translation>
    </message>
    <message>
        <source>Mondays</source>
        <translation>Maanantaisin</translation>
    </message>
    <message>
        <source>Tuesdays</source>
        <translation>Tiistaisin</translation>
    </message>
    <message>
        <source>Wednesdays</source>
        <translation>Keskiviikkoisin</translation>
    </message>
    <message>
        <source>Thursdays</source>
        <translation>Torstaisin</translation>
    </message>
    <message>
        <source>Fridays</source>
        <translation>Perjantaisin</translation>
    </message>
    <message>
        <source>Saturdays</source>
        <translation>Lauantaisin</translation>
    </message>
    <message>
        <source>Sundays</source>
        <translation>Sunnuntaisin</translation>
    </message>
    <message>
        <source>This worker is here at these times:</source>
        <translation>Tämä työntekijä on täällä näinä aikoina:</translation>
    </message>
    <message>
        <source>Place: %1</source>
        <translation>Paikka: %1</translation>
    </message>
    <message>
        <source>The staff at the desk can help you now.</source>
        <translation>Infopisteessä sinua autetaan heti.</translation>
    </message>
    <message>
        <source>Take a number for the desk</source>
        <translation>Ota numero infopisteeseen</translation>
    </message>
    <message>
        <source>Your number is</source>
        <translation>Numerosi on</translation>
    </message>
    <message>
        <source>You are number %1 in the queue.</source>
        <translation>Olet jonossa numero %1.</translation>
    </message>
    <message>
        <source>You are next.</source>
        <translation>Olet seuraava.</translation>
    </message>
    <message>
        <source>You will wait about 1 minute.</source>
        <translation>Odotat noin 1 minuutin.</translation>
    </message>
    <message>
        <source>You will wait about %1 minutes.</source>
        <translation>Odotat noin %1 minuuttia.</translation>
    </message>
    <message>
        <source>Please wait here. We will call your number.</source>
        <translation>Odota täällä. Kutsumme sinun numerosi.</translation>
    </message>
    <message>
        <source>Scan to follow your turn on your phone</source>
        <translation>Skannaa koodi. Näet vuorosi puhelimesta.</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Valmis</translation>
    </message>
    <message>
        <source>Welcome! We help you find the right person.</source>
        <translation>Tervetuloa! Autamme sinut oikean ihmisen luo.</translation>
    </message>
    <message>
        <source>You do not need to give your name.</source>
        <translation>Sinun ei tarvitse kertoa nimeäsi.</translation>
    </message>
    <message>
        <source>Choose your language</source>
        <translation>Valitse kieli</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Aloita</translation>
    </message>
    <message>
        <source>d MMM</source>
        <comment>a short date without the year, as a Qt date pattern; Finnish: d.M.</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tomorrow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>on %1</source>
        <comment>a weekday in a sentence: on Tuesday</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It opens again %1 at %2.</source>
        <comment>%1 today / tomorrow / on Tuesday, %2 the time</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <comment>a day heading and a time: Tuesday 3 Mar at 10.30</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
