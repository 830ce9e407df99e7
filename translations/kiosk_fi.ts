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
</context>
</TS>
