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
        <source>Deletes the last sign.</source>
        <translation>Poistaa viimeisen merkin.</translation>
    </message>
    <message>
        <source>Deletes the whole code.</source>
        <translation>Poistaa koko koodin.</translation>
    </message>
    <message>
        <source>Sends the code. You get your queue number.</source>
        <translation>Lähettää koodin. Saat vuoronumeron.</translation>
    </message>
    <message>
        <source>Gives you a queue number for the front desk.</source>
        <translation>Saat vuoronumeron neuvontaan.</translation>
    </message>
    <message>
        <source>Opens the keypad with the code you typed.</source>
        <translation>Avaa näppäimet. Kirjoittamasi koodi on jo niissä.</translation>
    </message>
    <message>
        <source>Types this sign.</source>
        <translation>Kirjoittaa tämän merkin.</translation>
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
    <message>
        <source>Opens a keypad for your booking code.</source>
        <translation>Avaa näppäimet varauskoodia varten.</translation>
    </message>
    <message>
        <source>Goes back to the start. Remember your code.</source>
        <translation>Palaa alkuun. Muista koodisi.</translation>
    </message>
    <message>
        <source>Shows the visiting workers and their free times.</source>
        <translation>Näyttää, kenelle voit varata ajan, ja vapaat ajat.</translation>
    </message>
    <message>
        <source>Goes back to the first screen.</source>
        <translation>Palaa ensimmäiseen näkymään.</translation>
    </message>
    <message>
        <source>Books the time. You get a code for it.</source>
        <translation>Varaa ajan. Saat siihen koodin.</translation>
    </message>
    <message>
        <source>Goes back to the free times.</source>
        <translation>Palaa vapaisiin aikoihin.</translation>
    </message>
    <message>
        <source>Goes to the previous screen.</source>
        <translation>Palaa edelliseen näkymään.</translation>
    </message>
    <message>
        <source>Chooses this time. You confirm it next.</source>
        <translation>Valitsee tämän ajan. Vahvistat sen seuraavaksi.</translation>
    </message>
    <message>
        <source>Shows the earlier free times.</source>
        <translation>Näyttää aiemmat vapaat ajat.</translation>
    </message>
    <message>
        <source>Shows the next free times.</source>
        <translation>Näyttää seuraavat vapaat ajat.</translation>
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
        <translation>Sovittuina aikoina (ajanvaraukset; saapunut asiakas tulee listallesi):</translation>
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
        <source>Waiting: %1</source>
        <translation>Jonossa: %1</translation>
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
    <name>StaffAppointments</name>
    <message>
        <source>Checked in: %1</source>
        <translation>Saapunut: %1</translation>
    </message>
    <message>
        <source>Booked</source>
        <translation>Varattu</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Peruttu</translation>
    </message>
    <message>
        <source>Did not come</source>
        <translation>Ei tullut</translation>
    </message>
    <message>
        <source>The time has come and the visitor is not here.</source>
        <translation>Aika on alkanut, eikä asiakas ole tullut.</translation>
    </message>
    <message>
        <source>Cancel…</source>
        <translation>Peru…</translation>
    </message>
    <message>
        <source>Cancel the booking: the time is free again.</source>
        <translation>Peru varaus: aika vapautuu muille.</translation>
    </message>
    <message>
        <source>Mark a day off…</source>
        <translation>Merkitse vapaapäivä…</translation>
    </message>
    <message>
        <source>None of your services takes appointments. Choose one in My services…</source>
        <translation>Yksikään palveluistasi ei ota ajanvarauksia. Valitse sellainen kohdasta Omat palveluni…</translation>
    </message>
    <message>
        <source>A visitor who checks in at the kiosk comes to your waiting list first: use Call next.</source>
        <translation>Kioskilla saapunut asiakas tulee jonolistasi kärkeen: kutsu hänet napilla Kutsu seuraava.</translation>
    </message>
    <message>
        <source>Reading the bookings…</source>
        <translation>Luetaan varauksia…</translation>
    </message>
    <message>
        <source>The hub does not show bookings without a staff token.</source>
        <translation>Palvelin näyttää varaukset vain henkilökunnan tunnuksella.</translation>
    </message>
    <message>
        <source>The bookings could not be read. The console tries again in a minute.</source>
        <translation>Varauksia ei saatu luettua. Yritetään uudelleen minuutin päästä.</translation>
    </message>
    <message>
        <source>No bookings.</source>
        <translation>Ei varauksia.</translation>
    </message>
    <message>
        <source>Free times: %1</source>
        <translation>Vapaat ajat: %1</translation>
    </message>
    <message>
        <source>No free times.</source>
        <translation>Ei vapaita aikoja.</translation>
    </message>
    <message>
        <source>The whole centre is closed this day.</source>
        <translation>Koko keskus on suljettu tänä päivänä.</translation>
    </message>
    <message>
        <source>Day off: %1</source>
        <translation>Vapaapäivä: %1</translation>
    </message>
    <message>
        <source>Not off after all</source>
        <translation>Ei vapaapäivä sittenkään</translation>
    </message>
    <message>
        <source>The free times come back to the kiosk.</source>
        <translation>Vapaat ajat palaavat kioskille.</translation>
    </message>
    <message>
        <source>Cancel the booking?</source>
        <translation>Perutaanko varaus?</translation>
    </message>
    <message>
        <source>Cancel the booking %1?</source>
        <translation>Perutaanko varaus %1?</translation>
    </message>
    <message>
        <source>The time becomes free for others. The visitor is not told: if you can, tell them yourself.</source>
        <translation>Aika vapautuu muille. Asiakkaalle ei mene viestiä: kerro hänelle itse, jos voit.</translation>
    </message>
    <message>
        <source>Cancel the booking</source>
        <translation>Peru varaus</translation>
    </message>
    <message>
        <source>Keep it</source>
        <translation>Älä peru</translation>
    </message>
    <message>
        <source>Appointments</source>
        <translation>Ajanvaraukset</translation>
    </message>
    <message>
        <source>Appointments: %1</source>
        <translation>Ajanvaraukset: %1</translation>
    </message>
    <message>
        <source>Mark a day off</source>
        <translation>Merkitse vapaapäivä</translation>
    </message>
    <message>
        <source>A day when you are not here</source>
        <translation>Päivä, jona et ole paikalla</translation>
    </message>
    <message>
        <source>On a day off the kiosk offers none of your times, and nobody can book them.</source>
        <translation>Vapaapäivänä kioski ei tarjoa aikojasi, eikä kukaan voi varata niitä.</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Palvelu</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Päivä</translation>
    </message>
    <message>
        <source>Note for staff</source>
        <translation>Huomio henkilökunnalle</translation>
    </message>
    <message>
        <source>for example: training day (optional)</source>
        <translation>esimerkiksi: koulutuspäivä (vapaaehtoinen)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Sulje</translation>
    </message>
    <message>
        <source>Cancel these bookings and mark the day off</source>
        <translation>Peru nämä varaukset ja merkitse vapaapäivä</translation>
    </message>
    <message>
        <source>Mark the day off</source>
        <translation>Merkitse vapaapäivä</translation>
    </message>
    <message>
        <source>Visitors have booked these times that day:</source>
        <translation>Näille ajoille on varauksia sinä päivänä:</translation>
    </message>
    <message>
        <source>The hub cannot tell them. If you cancel, the kiosk says so when they come to check in.</source>
        <translation>Palvelin ei voi ilmoittaa heille. Jos perut, kioski kertoo sen, kun he tulevat ilmoittautumaan.</translation>
    </message>
    <message>
        <source>The hub did not do this. The hub says: %1</source>
        <translation>Palvelin ei tehnyt tätä. Palvelimen viesti (englanniksi): %1</translation>
    </message>
</context>
<context>
    <name>StaffNotice</name>
    <message>
        <source>The kiosk&apos;s printer: %1 – %2</source>
        <translation>Kioskin tulostin: %1 – %2</translation>
    </message>
    <message>
        <source>The kiosk: %1 – %2</source>
        <translation>Kioski: %1 – %2</translation>
    </message>
    <message>
        <source>OK, hide</source>
        <translation>OK, piilota</translation>
    </message>
    <message>
        <source>Hide this until the kiosk sends a new notice.</source>
        <translation>Piilota, kunnes kioski lähettää uuden ilmoituksen.</translation>
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
    <message>
        <source>The booking %1 is cancelled.</source>
        <translation>Varaus %1 on peruttu.</translation>
    </message>
    <message>
        <source>The booking %1 is marked as did not come.</source>
        <translation>Varaus %1 on merkitty: ei tullut.</translation>
    </message>
    <message>
        <source>%1 is a day off: %2.</source>
        <translation>%1 on vapaapäivä: %2.</translation>
    </message>
    <message>
        <source>%1 is not a day off after all: %2.</source>
        <translation>%1 ei olekaan vapaapäivä: %2.</translation>
    </message>
</context>
<context>
    <name>StaffTime</name>
    <message>
        <source>%H:%M</source>
        <translation>%H.%M</translation>
    </message>
    <message>
        <source>ddd d MMM</source>
        <translation>ddd d.M.</translation>
    </message>
    <message>
        <source>Today · %1</source>
        <translation>Tänään · %1</translation>
    </message>
    <message>
        <source>Tomorrow · %1</source>
        <translation>Huomenna · %1</translation>
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
        <source>Do you want to book this time?</source>
        <translation>Haluatko varata tämän ajan?</translation>
    </message>
    <message>
        <source>at %1</source>
        <comment>a time on its own line: at 10.30</comment>
        <translation>kello %1</translation>
    </message>
    <message>
        <source>Place: %1</source>
        <translation>Paikka: %1</translation>
    </message>
    <message>
        <source>Book this time</source>
        <translation>Varaa tämä aika</translation>
    </message>
    <message>
        <source>Choose another time</source>
        <translation>Valitse toinen aika</translation>
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
        <source>Your time is booked. Your code is</source>
        <translation>Aikasi on varattu. Koodisi on</translation>
    </message>
    <message>
        <source>Show this code at the kiosk when you come.</source>
        <translation>Kun tulet, kirjoita tämä koodi tähän laitteeseen.</translation>
    </message>
    <message>
        <source>Scan with your phone camera to save the time in your calendar.</source>
        <translation>Kuvaa puhelimen kameralla, niin aika tallentuu kalenteriisi.</translation>
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
        <source>I have a booked time</source>
        <translation>Minulla on varattu aika</translation>
    </message>
    <message>
        <source>d MMM</source>
        <comment>a short date without the year, as a Qt date pattern; Finnish: d.M.</comment>
        <translation>d.M.</translation>
    </message>
    <message>
        <source>today</source>
        <translation>tänään</translation>
    </message>
    <message>
        <source>tomorrow</source>
        <translation>huomenna</translation>
    </message>
    <message>
        <source>on %1</source>
        <comment>a weekday in a sentence: on Tuesday</comment>
        <translation>%1</translation>
    </message>
    <message>
        <source>It opens again %1 at %2.</source>
        <comment>%1 today / tomorrow / on Tuesday, %2 the time</comment>
        <translation>Olemme taas auki %1 kello %2.</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <comment>a day heading and a time: Tuesday 3 Mar at 10.30</comment>
        <translation>%1 kello %2</translation>
    </message>
    <message>
        <source>No signs typed yet.</source>
        <translation>Et ole vielä kirjoittanut mitään.</translation>
    </message>
    <message>
        <source>The code has %1 letters and numbers.</source>
        <translation>Koodissa on %1 merkkiä: kirjaimia ja numeroita.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Poista</translation>
    </message>
    <message>
        <source>Clear all</source>
        <translation>Tyhjennä</translation>
    </message>
    <message>
        <source>Check in</source>
        <translation>Ilmoittaudu</translation>
    </message>
    <message>
        <source>Type the code again</source>
        <translation>Kirjoita koodi uudelleen</translation>
    </message>
    <message>
        <source>Type your booking code</source>
        <translation>Kirjoita varauskoodisi</translation>
    </message>
    <message>
        <source>Please ask at the desk.</source>
        <translation>Kysy infopisteestä.</translation>
    </message>
    <message>
        <source>It is too early to check in.</source>
        <translation>On vielä liian aikaista ilmoittautua.</translation>
    </message>
    <message>
        <source>Your booked time: %1.</source>
        <translation>Varattu aikasi: %1.</translation>
    </message>
    <message>
        <source>This booking is no longer valid.</source>
        <translation>Tämä varaus ei ole enää voimassa.</translation>
    </message>
    <message>
        <source>You can check in from %1. Please come back then.</source>
        <translation>Voit ilmoittautua kello %1 alkaen. Tule silloin uudelleen.</translation>
    </message>
    <message>
        <source>Your time has passed.</source>
        <translation>Aikasi on jo mennyt.</translation>
    </message>
    <message>
        <source>You have already checked in.</source>
        <translation>Olet jo ilmoittautunut.</translation>
    </message>
    <message>
        <source>Your number is %1.</source>
        <translation>Numerosi on %1.</translation>
    </message>
    <message>
        <source>This booking was cancelled.</source>
        <translation>Tämä varaus on peruttu.</translation>
    </message>
    <message>
        <source>We did not find this code.</source>
        <translation>Emme löytäneet tätä koodia.</translation>
    </message>
    <message>
        <source>Check it, or ask at the desk.</source>
        <translation>Tarkista koodi tai kysy infopisteestä.</translation>
    </message>
    <message>
        <source>The centre is closed now.</source>
        <translation>Olemme nyt kiinni.</translation>
    </message>
    <message>
        <source>Opening hours:</source>
        <translation>Aukioloajat:</translation>
    </message>
    <message>
        <source>You can still book a time.</source>
        <translation>Voit silti varata ajan.</translation>
    </message>
    <message>
        <source>Book a time</source>
        <translation>Varaa aika</translation>
    </message>
    <message>
        <source>Back to the start</source>
        <translation>Takaisin alkuun</translation>
    </message>
    <message>
        <source>Closed now.</source>
        <translation>Nyt kiinni.</translation>
    </message>
    <message>
        <source>Booking code: %1. Show it at the kiosk when you come.</source>
        <translation>Varauskoodi: %1. Kun tulet, kirjoita koodi oven luona olevaan laitteeseen.</translation>
    </message>
    <message>
        <source>Who do you want to meet?</source>
        <translation>Kenet haluat tavata?</translation>
    </message>
    <message>
        <source>Choose a time that suits you.</source>
        <translation>Valitse sinulle sopiva aika.</translation>
    </message>
    <message>
        <source>Somebody just took that time. Please choose another.</source>
        <translation>Joku ehti juuri varata sen ajan. Valitse toinen aika.</translation>
    </message>
    <message>
        <source>That time cannot be booked any more. Please choose another.</source>
        <translation>Sitä aikaa ei voi enää varata. Valitse toinen aika.</translation>
    </message>
    <message>
        <source>Earlier times</source>
        <translation>Aiemmat ajat</translation>
    </message>
    <message>
        <source>Later times</source>
        <translation>Myöhemmät ajat</translation>
    </message>
</context>
</TS>
