<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fi" sourcelanguage="en">
<context>
    <name>Access</name>
    <message>
        <source>No voice</source>
        <comment>Read aloud, when the language has no voice</comment>
        <translation>Ei ääneenlukua</translation>
    </message>
    <message>
        <source>This kiosk cannot read this language aloud.</source>
        <translation>Tällä kielellä ei voi lukea ääneen.</translation>
    </message>
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
        <source>Shows every language to choose from.</source>
        <translation>Näyttää kaikki kielet, joista voit valita.</translation>
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
    <name>Admin</name>
    <message>
        <source>Texts in %1 await a native speaker&apos;s review.</source>
        <translation>Tekstit kielillä %1 odottavat äidinkielisen tarkistusta.</translation>
    </message>
    <message>
        <source>Kokoomo – admin</source>
        <translation>Kokoomo – ylläpito</translation>
    </message>
    <message>
        <source>Kiosk admin</source>
        <translation>Kioskin ylläpito</translation>
    </message>
    <message>
        <source>Logged in: %1</source>
        <translation>Kirjautunut: %1</translation>
    </message>
    <message>
        <source>Log out</source>
        <translation>Kirjaudu ulos</translation>
    </message>
    <message>
        <source>Questions</source>
        <translation>Kysymykset</translation>
    </message>
    <message>
        <source>Services and hours</source>
        <translation>Palvelut ja ajat</translation>
    </message>
    <message>
        <source>Versions</source>
        <translation>Versiot</translation>
    </message>
    <message>
        <source>Statistics</source>
        <translation>Tilastot</translation>
    </message>
    <message>
        <source>Problems to fix before publishing</source>
        <translation>Korjaa nämä ennen julkaisua</translation>
    </message>
    <message>
        <source>What did you change?</source>
        <translation>Mitä muutit?</translation>
    </message>
    <message>
        <source>One line, e.g. &apos;New Swedish text for Work&apos;</source>
        <translation>Yksi rivi, esim. &apos;Uusi ruotsinkielinen teksti: Työ&apos;</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Kumoa</translation>
    </message>
    <message>
        <source>Discard my changes</source>
        <translation>Hylkää muutokset</translation>
    </message>
    <message>
        <source>Publish</source>
        <translation>Julkaise</translation>
    </message>
    <message>
        <source>✔ No problems.</source>
        <translation>✔ Ei ongelmia.</translation>
    </message>
    <message>
        <source>Publishing…</source>
        <translation>Julkaistaan…</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Tarkistetaan…</translation>
    </message>
    <message>
        <source>Publish is off: fix the problems listed above first (%1).</source>
        <translation>Julkaisu ei onnistu vielä: korjaa ensin yllä olevat ongelmat (%1).</translation>
    </message>
    <message>
        <source>Publish is off: no connection to the hub.</source>
        <translation>Julkaisu ei onnistu: ei yhteyttä keskuskoneeseen.</translation>
    </message>
    <message>
        <source>Nothing to publish: no changes yet.</source>
        <translation>Ei julkaistavaa: ei muutoksia.</translation>
    </message>
    <message>
        <source>Write in one line what you changed, then publish.</source>
        <translation>Kirjoita yhdelle riville, mitä muutit. Julkaise sitten.</translation>
    </message>
    <message>
        <source>Ready to publish. The kiosk uses it from the next visitor.</source>
        <translation>Valmis julkaistavaksi. Kioski käyttää sitä seuraavasta kävijästä alkaen.</translation>
    </message>
    <message>
        <source>Published as version %1. The kiosk uses it from the next visitor.</source>
        <translation>Julkaistu versiona %1. Kioski käyttää sitä seuraavasta kävijästä alkaen.</translation>
    </message>
    <message>
        <source>Not published: the hub does not answer. Your changes are kept here.</source>
        <translation>Ei julkaistu: keskuskone ei vastaa. Muutoksesi ovat tallessa tässä.</translation>
    </message>
    <message>
        <source>Not published: your session has ended. Log in again.</source>
        <translation>Ei julkaistu: kirjautuminen on vanhentunut. Kirjaudu uudelleen.</translation>
    </message>
    <message>
        <source>Not published: %1</source>
        <translation>Ei julkaistu: %1</translation>
    </message>
    <message>
        <source>The hub does not answer: could not read the routing.</source>
        <translation>Keskuskone ei vastaa: kysymyksiä ei saatu luettua.</translation>
    </message>
    <message>
        <source>The region&apos;s template %1</source>
        <translation>Alueen pohja %1</translation>
    </message>
    <message>
        <source>Forget every change since the last publish?</source>
        <translation>Unohdetaanko kaikki muutokset viime julkaisun jälkeen?</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Hylkää</translation>
    </message>
    <message>
        <source>Keep editing</source>
        <translation>Jatka muokkausta</translation>
    </message>
    <message>
        <source>Close the admin</source>
        <translation>Sulje ylläpito</translation>
    </message>
    <message>
        <source>Your changes are not published. Close and forget them?</source>
        <translation>Muutoksiasi ei ole julkaistu. Suljetaanko ja unohdetaan ne?</translation>
    </message>
    <message>
        <source>Close and forget</source>
        <translation>Sulje ja unohda</translation>
    </message>
</context>
<context>
    <name>AdminChanges</name>
    <message>
        <source>question text</source>
        <translation>kysymyksen teksti</translation>
    </message>
    <message>
        <source>label</source>
        <translation>painikkeen teksti</translation>
    </message>
    <message>
        <source>help text</source>
        <translation>ohjeteksti</translation>
    </message>
    <message>
        <source>icon</source>
        <translation>kuva</translation>
    </message>
    <message>
        <source>next question</source>
        <translation>seuraava kysymys</translation>
    </message>
    <message>
        <source>services</source>
        <translation>palvelut</translation>
    </message>
    <message>
        <source>priority</source>
        <translation>etusija</translation>
    </message>
    <message>
        <source>name</source>
        <translation>nimi</translation>
    </message>
    <message>
        <source>room</source>
        <translation>huone</translation>
    </message>
    <message>
        <source>kind</source>
        <translation>tyyppi</translation>
    </message>
    <message>
        <source>ticket letter</source>
        <translation>vuoronumeron kirjain</translation>
    </message>
    <message>
        <source>discreet</source>
        <translation>hienotunteinen</translation>
    </message>
    <message>
        <source>visiting times</source>
        <translation>käyntiajat</translation>
    </message>
    <message>
        <source>opening hours</source>
        <translation>aukioloajat</translation>
    </message>
    <message>
        <source>extra time</source>
        <translation>lisäaika</translation>
    </message>
    <message>
        <source>first question</source>
        <translation>ensimmäinen kysymys</translation>
    </message>
    <message>
        <source>front desk service</source>
        <translation>neuvontapalvelu</translation>
    </message>
    <message>
        <source>languages</source>
        <translation>kielet</translation>
    </message>
    <message>
        <source>answers</source>
        <translation>vastaukset</translation>
    </message>
    <message>
        <source>file version</source>
        <translation>tiedoston versio</translation>
    </message>
    <message>
        <source>Answer &apos;%2&apos; in question &apos;%1&apos;</source>
        <translation>Vastaus &apos;%2&apos; kysymyksessä &apos;%1&apos;</translation>
    </message>
    <message>
        <source>Question &apos;%1&apos;</source>
        <translation>Kysymys &apos;%1&apos;</translation>
    </message>
    <message>
        <source>Service &apos;%1&apos;</source>
        <translation>Palvelu &apos;%1&apos;</translation>
    </message>
    <message>
        <source>The centre</source>
        <translation>Keskus</translation>
    </message>
    <message>
        <source>The routing</source>
        <translation>Kysymykset</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%2 (%1)</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>ei mitään</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>kyllä</translation>
    </message>
    <message>
        <source>no</source>
        <translation>ei</translation>
    </message>
    <message>
        <source>%1: %2 changed from %3 to %4.</source>
        <translation>%1: %2 muuttui: %3 → %4.</translation>
    </message>
    <message>
        <source>%1 changed from %3 to %4.</source>
        <translation>%1 muuttui: %3 → %4.</translation>
    </message>
    <message>
        <source>%1: %2 added: %4.</source>
        <translation>%1: %2 lisätty: %4.</translation>
    </message>
    <message>
        <source>%1 added: %4.</source>
        <translation>%1 lisätty: %4.</translation>
    </message>
    <message>
        <source>%1: %2 removed (was %3).</source>
        <translation>%1: %2 poistettu (oli %3).</translation>
    </message>
    <message>
        <source>%1 removed.</source>
        <translation>%1 poistettu.</translation>
    </message>
    <message>
        <source>%1: %2 moved.</source>
        <translation>%1: %2 siirretty.</translation>
    </message>
    <message>
        <source>%1 moved to another place.</source>
        <translation>%1 siirretty toiseen kohtaan.</translation>
    </message>
</context>
<context>
    <name>AdminEditor</name>
    <message>
        <source>Add question</source>
        <translation>Lisää kysymys</translation>
    </message>
    <message>
        <source>Add answer</source>
        <translation>Lisää vastaus</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Siirrä ylös</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Siirrä alas</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Poista</translation>
    </message>
    <message>
        <source>Choose a question or an answer on the left.</source>
        <translation>Valitse kysymys tai vastaus vasemmalta.</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Kysymys</translation>
    </message>
    <message>
        <source>Help text under the question (optional)</source>
        <translation>Ohjeteksti kysymyksen alla (ei pakollinen)</translation>
    </message>
    <message>
        <source>Id:</source>
        <translation>Tunnus:</translation>
    </message>
    <message>
        <source>A short name for the computer: a–z, 0–9, - and _.</source>
        <translation>Lyhyt nimi tietokoneelle: a–z, 0–9, - ja _.</translation>
    </message>
    <message>
        <source>This is the first question</source>
        <translation>Tämä on ensimmäinen kysymys</translation>
    </message>
    <message>
        <source>Answer button</source>
        <translation>Vastauspainike</translation>
    </message>
    <message>
        <source>Help text on the button (optional)</source>
        <translation>Ohjeteksti painikkeessa (ei pakollinen)</translation>
    </message>
    <message>
        <source>Choose icon…</source>
        <translation>Valitse kuva…</translation>
    </message>
    <message>
        <source>Leads to</source>
        <translation>Mihin vastaus vie</translation>
    </message>
    <message>
        <source>Answer in question &apos;%1&apos;</source>
        <translation>Vastaus kysymykseen &apos;%1&apos;</translation>
    </message>
    <message>
        <source>No icon</source>
        <translation>Ei kuvaa</translation>
    </message>
    <message>
        <source>Question &apos;%1&apos;</source>
        <translation>Kysymys &apos;%1&apos;</translation>
    </message>
    <message>
        <source>Not changed: an id may have only a–z, 0–9, - and _.</source>
        <translation>Ei muutettu: tunnuksessa saa olla vain a–z, 0–9, - ja _.</translation>
    </message>
    <message>
        <source>Not changed: that id is already used here.</source>
        <translation>Ei muutettu: tunnus on jo käytössä.</translation>
    </message>
    <message>
        <source>Choose an icon</source>
        <translation>Valitse kuva</translation>
    </message>
    <message>
        <source>Use this icon</source>
        <translation>Käytä tätä kuvaa</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Peruuta</translation>
    </message>
    <message>
        <source>Another question:</source>
        <translation>Toiseen kysymykseen:</translation>
    </message>
    <message>
        <source>Services, in this order:</source>
        <translation>Palveluihin tässä järjestyksessä:</translation>
    </message>
    <message>
        <source>Add service</source>
        <translation>Lisää palvelu</translation>
    </message>
    <message>
        <source>Priority:</source>
        <translation>Etusija:</translation>
    </message>
    <message>
        <source>0 is normal. A higher number is called first.</source>
        <translation>0 on tavallinen. Suurempi numero kutsutaan ensin.</translation>
    </message>
    <message>
        <source>Missing</source>
        <translation>Puuttuu</translation>
    </message>
</context>
<context>
    <name>AdminPin</name>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1 min %2 s</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>Admin – PIN</source>
        <translation>Ylläpito – PIN</translation>
    </message>
    <message>
        <source>Type the admin PIN</source>
        <translation>Kirjoita ylläpidon PIN-koodi</translation>
    </message>
    <message>
        <source>Log in</source>
        <translation>Kirjaudu</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Peruuta</translation>
    </message>
    <message>
        <source>Erase one digit</source>
        <translation>Poista yksi numero</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Tarkistetaan…</translation>
    </message>
    <message>
        <source>Wrong PIN.</source>
        <translation>Väärä PIN-koodi.</translation>
    </message>
    <message>
        <source>Tries left: %1.</source>
        <translation>Yrityksiä jäljellä: %1.</translation>
    </message>
    <message>
        <source>No admin PIN is set. On the hub machine, run: kiosk admin --set-pin</source>
        <translation>PIN-koodia ei ole asetettu. Aja keskuskoneella: kiosk admin --set-pin</translation>
    </message>
    <message>
        <source>This PC is not paired with the hub. Start the admin with a token from the hub machine:</source>
        <translation>Tätä tietokonetta ei ole liitetty keskuskoneeseen. Käynnistä ylläpito keskuskoneelta saadulla tunnisteella:</translation>
    </message>
    <message>
        <source>The hub does not answer. Check the network and try again.</source>
        <translation>Keskuskone ei vastaa. Tarkista verkko ja yritä uudelleen.</translation>
    </message>
    <message>
        <source>Something went wrong (%1). Try again.</source>
        <translation>Jokin meni vikaan (%1). Yritä uudelleen.</translation>
    </message>
    <message>
        <source>Too many wrong tries. Try again in %1.</source>
        <translation>Liian monta väärää yritystä. Yritä uudelleen %1 kuluttua.</translation>
    </message>
    <message>
        <source>You can try again now.</source>
        <translation>Voit yrittää nyt uudelleen.</translation>
    </message>
</context>
<context>
    <name>AdminPreview</name>
    <message>
        <source>Preview: the kiosk with your changes</source>
        <translation>Esikatselu: kioski muutoksinesi</translation>
    </message>
    <message>
        <source>Tap through it as a visitor would. No ticket is made.</source>
        <translation>Kokeile kuin kävijä. Vuoronumeroa ei tehdä.</translation>
    </message>
    <message>
        <source>Start over</source>
        <translation>Alusta</translation>
    </message>
</context>
<context>
    <name>AdminProblems</name>
    <message>
        <source>The %1 text is missing.</source>
        <translation>Teksti puuttuu: %1.</translation>
    </message>
    <message>
        <source>A text in %1 is not used.</source>
        <translation>Tekstiä kielellä %1 ei käytetä.</translation>
    </message>
    <message>
        <source>Leads to a question that does not exist: %1.</source>
        <translation>Vie kysymykseen, jota ei ole: %1.</translation>
    </message>
    <message>
        <source>Leads to a service that does not exist: %1.</source>
        <translation>Vie palveluun, jota ei ole: %1.</translation>
    </message>
    <message>
        <source>Choose what this answer leads to.</source>
        <translation>Valitse, mihin vastaus vie.</translation>
    </message>
    <message>
        <source>Add at least one service.</source>
        <translation>Lisää vähintään yksi palvelu.</translation>
    </message>
    <message>
        <source>No answer leads to this question.</source>
        <translation>Mikään vastaus ei vie tähän kysymykseen.</translation>
    </message>
    <message>
        <source>The questions go round in a circle: %1.</source>
        <translation>Kysymykset kiertävät kehää: %1.</translation>
    </message>
    <message>
        <source>Two answers have the same id: %1.</source>
        <translation>Kahdella vastauksella on sama tunnus: %1.</translation>
    </message>
    <message>
        <source>Two questions have the same id: %1.</source>
        <translation>Kahdella kysymyksellä on sama tunnus: %1.</translation>
    </message>
    <message>
        <source>Two services have the same id: %1.</source>
        <translation>Kahdella palvelulla on sama tunnus: %1.</translation>
    </message>
    <message>
        <source>Add at least one answer.</source>
        <translation>Lisää vähintään yksi vastaus.</translation>
    </message>
    <message>
        <source>The ticket letter must be 1 or 2 capital letters.</source>
        <translation>Vuoronumeron kirjaimen pitää olla 1 tai 2 isoa kirjainta.</translation>
    </message>
    <message>
        <source>Add the times when this worker visits.</source>
        <translation>Lisää ajat, jolloin työntekijä on paikalla.</translation>
    </message>
    <message>
        <source>Only a visiting worker has times.</source>
        <translation>Vain vierailevalla työntekijällä on käyntiajat.</translation>
    </message>
    <message>
        <source>Write the time as HH:MM, for example 09:30 (now: %1).</source>
        <translation>Kirjoita aika muodossa HH:MM, esim. 09:30 (nyt: %1).</translation>
    </message>
    <message>
        <source>Choose a weekday (now: %1).</source>
        <translation>Valitse viikonpäivä (nyt: %1).</translation>
    </message>
    <message>
        <source>The start must be before the end.</source>
        <translation>Alun pitää olla ennen loppua.</translation>
    </message>
    <message>
        <source>Do not mix walk-in and booked services in one answer.</source>
        <translation>Älä yhdistä jonopalvelua ja ajanvarauspalvelua samaan vastaukseen.</translation>
    </message>
    <message>
        <source>Two services use the ticket letter %1: %2.</source>
        <translation>Kahdella palvelulla on sama kirjain %1: %2.</translation>
    </message>
    <message>
        <source>The first question does not exist: %1.</source>
        <translation>Ensimmäistä kysymystä ei ole: %1.</translation>
    </message>
    <message>
        <source>The front desk service does not exist: %1.</source>
        <translation>Neuvontapalvelua ei ole: %1.</translation>
    </message>
    <message>
        <source>The front desk service must take walk-ins.</source>
        <translation>Neuvontapalvelun pitää olla jonopalvelu (ei ajanvarausta).</translation>
    </message>
    <message>
        <source>A time slot must be 5 to 240 minutes.</source>
        <translation>Käyntiajan pituus on 5–240 minuuttia.</translation>
    </message>
    <message>
        <source>An id may have only a–z, 0–9, - and _: %1.</source>
        <translation>Tunnuksessa saa olla vain a–z, 0–9, - ja _: %1.</translation>
    </message>
    <message>
        <source>Question &apos;%1&apos;, answer &apos;%2&apos;</source>
        <translation>Kysymys &apos;%1&apos;, vastaus &apos;%2&apos;</translation>
    </message>
    <message>
        <source>Question &apos;%1&apos;</source>
        <translation>Kysymys &apos;%1&apos;</translation>
    </message>
    <message>
        <source>Service &apos;%1&apos;</source>
        <translation>Palvelu &apos;%1&apos;</translation>
    </message>
    <message>
        <source>The centre</source>
        <translation>Keskus</translation>
    </message>
    <message>
        <source>Front desk service</source>
        <translation>Neuvontapalvelu</translation>
    </message>
    <message>
        <source>The whole routing</source>
        <translation>Kaikki kysymykset</translation>
    </message>
</context>
<context>
    <name>AdminServices</name>
    <message>
        <source>Days off</source>
        <translation>Poissaolopäivät</translation>
    </message>
    <message>
        <source>Holidays: the centre is closed</source>
        <translation>Lomapäivät: keskus on kiinni</translation>
    </message>
    <message>
        <source>Note for staff (optional)</source>
        <translation>Huomautus henkilökunnalle (ei pakollinen)</translation>
    </message>
    <message>
        <source>Add day off</source>
        <translation>Lisää vapaapäivä</translation>
    </message>
    <message>
        <source>Remove the chosen day</source>
        <translation>Poista valittu päivä</translation>
    </message>
    <message>
        <source>Needs the hub: not connected.</source>
        <translation>Tarvitsee keskuskoneen: ei yhteyttä.</translation>
    </message>
    <message>
        <source>No days off in the next two months.</source>
        <translation>Ei vapaapäiviä kahteen kuukauteen.</translation>
    </message>
    <message>
        <source>Day off saved.</source>
        <translation>Vapaapäivä tallennettu.</translation>
    </message>
    <message>
        <source>%1 visitors have booked a time that day. Cancel their bookings and mark the day off?</source>
        <translation>%1 kävijää on varannut ajan sille päivälle. Perutaanko varaukset ja merkitäänkö päivä vapaaksi?</translation>
    </message>
    <message>
        <source>Cancel the bookings, mark the day off</source>
        <translation>Peru varaukset ja merkitse vapaaksi</translation>
    </message>
    <message>
        <source>Bookings on that day</source>
        <translation>Päivälle on varauksia</translation>
    </message>
    <message>
        <source>Keep the bookings</source>
        <translation>Pidä varaukset</translation>
    </message>
    <message>
        <source>The hub does not answer.</source>
        <translation>Keskuskone ei vastaa.</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Ei tallennettu: %1</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Tänään</translation>
    </message>
    <message>
        <source>Away: the kiosk sends visitors to the front desk instead.</source>
        <translation>Poissa: kioski ohjaa kävijät neuvontaan.</translation>
    </message>
    <message>
        <source>Asking the hub…</source>
        <translation>Kysytään keskuskoneelta…</translation>
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
        <source>Mark away</source>
        <translation>Merkitse poissa</translation>
    </message>
    <message>
        <source>Mark present</source>
        <translation>Merkitse paikalla</translation>
    </message>
    <message>
        <source>Add a walk-in service</source>
        <translation>Lisää jonopalvelu</translation>
    </message>
    <message>
        <source>Add a visiting worker</source>
        <translation>Lisää vieraileva työntekijä</translation>
    </message>
    <message>
        <source>Remove the service</source>
        <translation>Poista palvelu</translation>
    </message>
    <message>
        <source>The centre</source>
        <translation>Keskus</translation>
    </message>
    <message>
        <source>Name of the centre</source>
        <translation>Keskuksen nimi</translation>
    </message>
    <message>
        <source>Walk-in visitors get a number only at these times.</source>
        <translation>Kävijät saavat vuoronumeron vain näinä aikoina.</translation>
    </message>
    <message>
        <source>Languages at the kiosk</source>
        <translation>Kioskin kielet</translation>
    </message>
    <message>
        <source>The kiosk offers these, the first as its own. A language you add needs its texts everywhere before you can publish; one you take away takes its texts with it.</source>
        <translation>Kioski tarjoaa nämä kielet, ensimmäisen omanaan. Lisäämäsi kieli tarvitsee tekstinsä joka kohtaan ennen julkaisua; poistamasi kieli vie tekstinsä mukanaan.</translation>
    </message>
    <message>
        <source>Front desk service:</source>
        <translation>Neuvontapalvelu:</translation>
    </message>
    <message>
        <source>Visitors go here when they want to talk to someone, or when a service is away.</source>
        <translation>Kävijä ohjataan tänne, kun hän haluaa jutella jonkun kanssa tai kun palvelu on poissa.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nimi</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>Huone</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>Tyyppi:</translation>
    </message>
    <message>
        <source>Ticket letter:</source>
        <translation>Vuoronumeron kirjain:</translation>
    </message>
    <message>
        <source>Id:</source>
        <translation>Tunnus:</translation>
    </message>
    <message>
        <source>Walk-in: a queue number now</source>
        <translation>Jonopalvelu: vuoronumero heti</translation>
    </message>
    <message>
        <source>Visiting worker: book a time</source>
        <translation>Vieraileva työntekijä: ajanvaraus</translation>
    </message>
    <message>
        <source>Discreet</source>
        <translation>Hienotunteinen</translation>
    </message>
    <message>
        <source>The waiting-room screen shows only the number and the room, never the service. Its numbers start with the front desk&apos;s letter, so nobody can tell who came for it.</source>
        <translation>Odotustilan näytöllä näkyy vain numero ja huone, ei palvelun nimeä. Numerot alkavat neuvonnan kirjaimella, joten kukaan ei näe, kenen luo asiakas tuli.</translation>
    </message>
    <message>
        <source>Visiting times</source>
        <translation>Käyntiajat</translation>
    </message>
    <message>
        <source>the centre</source>
        <translation>keskus</translation>
    </message>
    <message>
        <source>visiting</source>
        <translation>vieraileva</translation>
    </message>
    <message>
        <source>Answers that lead here: %1</source>
        <translation>Tänne vievät vastaukset: %1</translation>
    </message>
    <message>
        <source>No answer leads here yet (choose it under Questions).</source>
        <translation>Mikään vastaus ei vielä vie tänne (valitse se Kysymykset-välilehdellä).</translation>
    </message>
    <message>
        <source>Only this service is in %1 on %2. Anyone can read that, so a number called to %1 then tells the waiting room who came for it. Share the room on those days if you can.</source>
        <translation>Vain tämä palvelu on paikassa %1 näinä päivinä: %2. Kuka tahansa voi lukea sen, joten silloin paikkaan %1 kutsuttu numero kertoo odotustilassa, kuka tuli tähän palveluun. Jaa huone noina päivinä toisen palvelun kanssa, jos voit.</translation>
    </message>
    <message>
        <source>Not changed: the id must be new and use only a–z, 0–9, - and _.</source>
        <translation>Ei muutettu: tunnuksen pitää olla uusi ja siinä saa olla vain a–z, 0–9, - ja _.</translation>
    </message>
    <message>
        <source>Remove &apos;%1&apos;?</source>
        <translation>Poistetaanko &apos;%1&apos;?</translation>
    </message>
    <message>
        <source>%1 answers lead to it: they will show a problem until you change them.</source>
        <translation>%1 vastausta vie siihen: niissä näkyy ongelma, kunnes muutat ne.</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Poista</translation>
    </message>
    <message>
        <source>Keep it</source>
        <translation>Älä poista</translation>
    </message>
    <message>
        <source>Opening hours</source>
        <translation>Aukioloajat</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Päivä</translation>
    </message>
    <message>
        <source>Starts</source>
        <translation>Alkaa</translation>
    </message>
    <message>
        <source>Ends</source>
        <translation>Päättyy</translation>
    </message>
    <message>
        <source>Minutes per visit</source>
        <translation>Minuuttia / käynti</translation>
    </message>
    <message>
        <source>Add a row</source>
        <translation>Lisää rivi</translation>
    </message>
    <message>
        <source>Remove the row</source>
        <translation>Poista rivi</translation>
    </message>
</context>
<context>
    <name>AdminStats</name>
    <message>
        <source>This week</source>
        <translation>Tämä viikko</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>Viimeiset 30 päivää</translation>
    </message>
    <message>
        <source>Dates I choose</source>
        <translation>Valitsen päivät</translation>
    </message>
    <message>
        <source>Period:</source>
        <translation>Aika:</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Näytä</translation>
    </message>
    <message>
        <source>Save as CSV…</source>
        <translation>Tallenna CSV-tiedostoon…</translation>
    </message>
    <message>
        <source>visitors</source>
        <translation>kävijää</translation>
    </message>
    <message>
        <source>did not come when called</source>
        <translation>ei tullut kutsuttaessa</translation>
    </message>
    <message>
        <source>booked times kept</source>
        <translation>varattua aikaa toteutui</translation>
    </message>
    <message>
        <source>median wait</source>
        <translation>tavallinen odotus (mediaani)</translation>
    </message>
    <message>
        <source>Keep the details of each visit for (days):</source>
        <translation>Käyntien tiedot säilytetään (päivää):</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Tallenna</translation>
    </message>
    <message>
        <source>After that only the counts stay: the figures do not change.</source>
        <translation>Sen jälkeen jäävät vain määrät: luvut eivät muutu.</translation>
    </message>
    <message>
        <source>Needs the hub: not connected.</source>
        <translation>Tarvitsee keskuskoneen: ei yhteyttä.</translation>
    </message>
    <message>
        <source>The end date is before the start date.</source>
        <translation>Loppupäivä on ennen alkupäivää.</translation>
    </message>
    <message>
        <source>Asking the hub…</source>
        <translation>Kysytään keskuskoneelta…</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Tallennettu.</translation>
    </message>
    <message>
        <source>The hub does not answer.</source>
        <translation>Keskuskone ei vastaa.</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Ei tallennettu: %1</translation>
    </message>
    <message>
        <source>No figures: %1</source>
        <translation>Ei lukuja: %1</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>Visitors per day</source>
        <translation>Kävijät päivittäin</translation>
    </message>
    <message>
        <source>Visitors by hour of the day</source>
        <translation>Kävijät kellonajan mukaan</translation>
    </message>
    <message>
        <source>wanted to talk</source>
        <translation>halusi jutella</translation>
    </message>
    <message>
        <source>Visitors per service</source>
        <translation>Kävijät palveluittain</translation>
    </message>
    <message>
        <source>First answer chosen</source>
        <translation>Ensimmäinen vastaus</translation>
    </message>
    <message>
        <source>half waited less</source>
        <translation>puolet odotti vähemmän</translation>
    </message>
    <message>
        <source>9 in 10 waited less</source>
        <translation>9/10 odotti vähemmän</translation>
    </message>
    <message>
        <source>Waits in minutes</source>
        <translation>Odotus minuutteina</translation>
    </message>
    <message>
        <source>Show the figures first.</source>
        <translation>Näytä luvut ensin.</translation>
    </message>
    <message>
        <source>Save as CSV</source>
        <translation>Tallenna CSV-tiedostoon</translation>
    </message>
    <message>
        <source>Saved: %1</source>
        <translation>Tallennettu: %1</translation>
    </message>
</context>
<context>
    <name>AdminVersions</name>
    <message>
        <source>When</source>
        <translation>Milloin</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Kuka</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Huomautus</translation>
    </message>
    <message>
        <source>In use</source>
        <translation>Käytössä</translation>
    </message>
    <message>
        <source>Choose two versions to see what changed between them.</source>
        <translation>Valitse kaksi versiota, niin näet mitä muuttui.</translation>
    </message>
    <message>
        <source>Why? One line, e.g. &apos;Back to the spring questions&apos;</source>
        <translation>Miksi? Yksi rivi, esim. &apos;Takaisin kevään kysymyksiin&apos;</translation>
    </message>
    <message>
        <source>Make this version active again</source>
        <translation>Ota tämä versio taas käyttöön</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Päivitä</translation>
    </message>
    <message>
        <source>Routing templates from the region</source>
        <translation>Alueen ohjauspohjat</translation>
    </message>
    <message>
        <source>Adopt as my draft</source>
        <translation>Ota luonnokseksi</translation>
    </message>
    <message>
        <source>✔ in use</source>
        <translation>✔ käytössä</translation>
    </message>
    <message>
        <source>What changed</source>
        <translation>Mitä muuttui</translation>
    </message>
    <message>
        <source>From version %1 to version %2</source>
        <translation>Versiosta %1 versioon %2</translation>
    </message>
    <message>
        <source>No differences.</source>
        <translation>Ei eroja.</translation>
    </message>
    <message>
        <source>Region not reached since %1</source>
        <translation>Alueeseen ei yhteyttä %1 jälkeen</translation>
    </message>
    <message>
        <source>The region refused the figures of %1 (%2 days in all): %3</source>
        <translation>Alue ei hyväksynyt päivän %1 lukuja (yhteensä %2 päivää): %3</translation>
    </message>
    <message>
        <source>This template cannot be your draft: %1</source>
        <translation>Tästä pohjasta ei voi tehdä luonnosta: %1</translation>
    </message>
    <message>
        <source>Back to version %1</source>
        <translation>Takaisin versioon %1</translation>
    </message>
    <message>
        <source>Done: the kiosk now uses it (version %1).</source>
        <translation>Valmis: kioski käyttää sitä nyt (versio %1).</translation>
    </message>
    <message>
        <source>The hub does not answer.</source>
        <translation>Keskuskone ei vastaa.</translation>
    </message>
    <message>
        <source>The hub refused: %1</source>
        <translation>Keskuskone ei hyväksynyt: %1</translation>
    </message>
</context>
<context>
    <name>AdminWeek</name>
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
    <message>
        <source>Monday</source>
        <translation>maanantai</translation>
    </message>
    <message>
        <source>Tuesday</source>
        <translation>tiistai</translation>
    </message>
    <message>
        <source>Wednesday</source>
        <translation>keskiviikko</translation>
    </message>
    <message>
        <source>Thursday</source>
        <translation>torstai</translation>
    </message>
    <message>
        <source>Friday</source>
        <translation>perjantai</translation>
    </message>
    <message>
        <source>Saturday</source>
        <translation>lauantai</translation>
    </message>
    <message>
        <source>Sunday</source>
        <translation>sunnuntai</translation>
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
    <message>
        <source>For staff: the hub does not know this kiosk&apos;s token, so it cannot give tickets. See the install guide.</source>
        <translation>Henkilökunnalle: palvelin ei tunne tämän laitteen tunnusta, joten laite ei voi antaa vuoronumeroita. Katso asennusohje.</translation>
    </message>
    <message>
        <source>A B C D E F G H I J K L M N O P Q R S T U V W X Y Z</source>
        <comment>the names of the letters of a ticket number (A12), for the voice: 26, in this order</comment>
        <translation>A B C D E F G H I J K L M N O P Q R S T U V W X Y Z</translation>
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
        <source>More services: %1</source>
        <translation>Muita palveluja: %1</translation>
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
        <source>d MMM</source>
        <translation>d.M.</translation>
    </message>
    <message>
        <source>Connection lost – the display updates when the connection is back</source>
        <translation>Yhteys katkennut – näyttö päivittyy, kun yhteys palaa</translation>
    </message>
    <message>
        <source>This display is not paired with the queue – please tell the staff</source>
        <translation>Näyttöä ei ole yhdistetty jonoon – kerro henkilökunnalle</translation>
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
    <name>Languages</name>
    <message>
        <source>Finnish</source>
        <translation>suomi</translation>
    </message>
    <message>
        <source>Swedish</source>
        <translation>ruotsi</translation>
    </message>
    <message>
        <source>English</source>
        <translation>englanti</translation>
    </message>
    <message>
        <source>Ukrainian</source>
        <translation>ukraina</translation>
    </message>
    <message>
        <source>Arabic</source>
        <translation>arabia</translation>
    </message>
    <message>
        <source>Somali</source>
        <translation>somali</translation>
    </message>
    <message>
        <source>Russian</source>
        <translation>venäjä</translation>
    </message>
    <message>
        <source>Estonian</source>
        <translation>viro</translation>
    </message>
</context>
<context>
    <name>Phone</name>
    <message>
        <source>Your number</source>
        <translation>Vuoronumerosi</translation>
    </message>
    <message>
        <source>Your place in the queue</source>
        <translation>Sijasi jonossa</translation>
    </message>
    <message>
        <source>Estimated wait</source>
        <translation>Arvioitu odotus</translation>
    </message>
    <message>
        <source>{n} min</source>
        <translation>{n} min</translation>
    </message>
    <message>
        <source>soon</source>
        <translation>pian</translation>
    </message>
    <message>
        <source>Please wait for your turn</source>
        <translation>Odota vuoroasi</translation>
    </message>
    <message>
        <source>You are next</source>
        <translation>Olet seuraavana</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Paikka</translation>
    </message>
    <message>
        <source>It is your turn!</source>
        <translation>Sinun vuorosi!</translation>
    </message>
    <message>
        <source>Please come to:</source>
        <translation>Tule tänne:</translation>
    </message>
    <message>
        <source>Your visit is finished</source>
        <translation>Käynti on päättynyt</translation>
    </message>
    <message>
        <source>Your turn has passed. Please ask at the info desk.</source>
        <translation>Vuorosi meni ohi. Kysy neuvonnasta.</translation>
    </message>
    <message>
        <source>This page updates itself.</source>
        <translation>Sivu päivittyy itsestään.</translation>
    </message>
    <message>
        <source>No connection. Trying again.</source>
        <translation>Ei yhteyttä. Yritän uudelleen.</translation>
    </message>
    <message>
        <source>Number not found</source>
        <translation>Vuoronumeroa ei löytynyt</translation>
    </message>
    <message>
        <source>Check the address or ask at the info desk.</source>
        <translation>Tarkista osoite tai kysy neuvonnasta.</translation>
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
        <source>The hub cannot save: tickets cannot be given.</source>
        <translation>Palvelin ei voi tallentaa: vuoronumeroita ei voi antaa.</translation>
    </message>
    <message>
        <source>Tell the centre&apos;s IT: the disk may be full. It works again by itself once fixed.</source>
        <translation>Kerro keskuksen IT-tuelle: levy voi olla täynnä. Kaikki toimii taas itsestään, kun vika on korjattu.</translation>
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
        <source>This computer has no staff token yet: enter one to see the queue and call.</source>
        <translation>Tällä tietokoneella ei ole vielä henkilökunnan tunnusta: anna se, niin näet jonon ja voit kutsua.</translation>
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
        <source>%1 at every centre this week</source>
        <translation>%1 kaikissa toimipisteissä tällä viikolla</translation>
    </message>
    <message>
        <source>The region does not answer: the other centres&apos; times are not shown.</source>
        <translation>Alue ei vastaa: muiden toimipisteiden aikoja ei näytetä.</translation>
    </message>
    <message>
        <source>No bookings at any centre.</source>
        <translation>Ei varauksia missään toimipisteessä.</translation>
    </message>
    <message>
        <source>came</source>
        <translation>tuli</translation>
    </message>
    <message>
        <source>did not come</source>
        <translation>ei tullut</translation>
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
        <source>The kiosk “%1” has not been in touch since %2. Is it on, and on the network?</source>
        <translation>Kioski ”%1” ei ole ollut yhteydessä klo %2 jälkeen. Onko se päällä ja verkossa?</translation>
    </message>
    <message>
        <source>The kiosk “%1” is in touch again – %2</source>
        <translation>Kioski ”%1” on taas yhteydessä – %2</translation>
    </message>
    <message>
        <source>The waiting-room screen “%1” has not been in touch since %2. Is it on, and on the network?</source>
        <translation>Odotustilan näyttö ”%1” ei ole ollut yhteydessä klo %2 jälkeen. Onko se päällä ja verkossa?</translation>
    </message>
    <message>
        <source>The waiting-room screen “%1” is in touch again – %2</source>
        <translation>Odotustilan näyttö ”%1” on taas yhteydessä – %2</translation>
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
        <source>Type this code at the kiosk when you come.</source>
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
        <source>Wait a moment, then try again.</source>
        <translation>Odota hetki ja yritä sitten uudelleen.</translation>
    </message>
    <message>
        <source>Check the code, or ask at the desk.</source>
        <translation>Tarkista koodi tai kysy infopisteestä.</translation>
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
        <source>Booking code: %1. Type it at the kiosk when you come.</source>
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
