<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="et_EE" sourcelanguage="en">
<context>
    <name>Access</name>
    <message>
        <source>Keeps your answers. The screen does not start over.</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Sinu vastused jäävad alles. Ekraan ei lähe algusesse.</translation>
    </message>
    <message>
        <source>Changes the language to %1.</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Muudab keeleks %1.</translation>
    </message>
    <message>
        <source>Speech is on. Arrow keys move. Enter chooses. Minus goes back. Plus says it again.</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Kõne on sees. Nooleklahvid liiguvad. Enter valib. Miinus läheb tagasi. Pluss ütleb uuesti.</translation>
    </message>
    <message>
        <source>Goes back to the start. Remember your code.</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Läheb tagasi algusesse. Jäta kood meelde.</translation>
    </message>
    <message>
        <source>Deletes the last sign.</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Kustutab viimase märgi.</translation>
    </message>
    <message>
        <source>Deletes the whole code.</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Kustutab kogu koodi.</translation>
    </message>
    <message>
        <source>Sends the code. You get your queue number.</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Saadab koodi. Saad oma järjekorranumbri.</translation>
    </message>
    <message>
        <source>Gives you a queue number for the front desk.</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Saad järjekorranumbri infoletti.</translation>
    </message>
    <message>
        <source>Goes back to the first screen.</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Läheb tagasi esimesele ekraanile.</translation>
    </message>
    <message>
        <source>Opens the keypad with the code you typed.</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Avab klaviatuuri. Sinu kirjutatud kood on juba seal.</translation>
    </message>
    <message>
        <source>Types this sign.</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Kirjutab selle märgi.</translation>
    </message>
    <message>
        <source>Shows the visiting workers and their free times.</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Näitab, kellele saad aja broneerida, ja vabu aegu.</translation>
    </message>
    <message>
        <source>Books the time. You get a code for it.</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Broneerib aja. Saad selle jaoks koodi.</translation>
    </message>
    <message>
        <source>Goes back to the free times.</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Läheb tagasi vabade aegade juurde.</translation>
    </message>
    <message>
        <source>An answer to the question: %1</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Vastus küsimusele: %1</translation>
    </message>
    <message>
        <source>Gives you a queue number for the front desk. Staff will help you.</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Saad järjekorranumbri infoletti. Töötaja aitab sind.</translation>
    </message>
    <message>
        <source>Goes to the previous question.</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Läheb tagasi eelmise küsimuse juurde.</translation>
    </message>
    <message>
        <source>Forgets your answers and starts from the first question.</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Unustab sinu vastused ja alustab esimesest küsimusest.</translation>
    </message>
    <message>
        <source>Goes to the previous screen.</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Läheb tagasi eelmisele ekraanile.</translation>
    </message>
    <message>
        <source>Chooses this time. You confirm it next.</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Valib selle aja. Järgmisena kinnitad selle.</translation>
    </message>
    <message>
        <source>Shows the earlier free times.</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Näitab varasemaid vabu aegu.</translation>
    </message>
    <message>
        <source>Shows the next free times.</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Näitab järgmisi vabu aegu.</translation>
    </message>
    <message>
        <source>Goes back to the start. Remember your number.</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Läheb tagasi algusesse. Jäta number meelde.</translation>
    </message>
    <message>
        <source>Read aloud</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Loe ette</translation>
    </message>
    <message>
        <source>Says what is on the screen.</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Ütleb, mis on ekraanil kirjas.</translation>
    </message>
    <message>
        <source>No voice</source>
        <comment>Read aloud, when the language has no voice</comment>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Ettelugemist pole</translation>
    </message>
    <message>
        <source>This kiosk cannot read this language aloud.</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Selles keeles ei saa ette lugeda.</translation>
    </message>
    <message>
        <source>Shows every language to choose from.</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Näitab kõiki keeli, mille seast saad valida.</translation>
    </message>
    <message>
        <source>Larger text</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Suurem kiri</translation>
    </message>
    <message>
        <source>Makes all text bigger. Tap again for normal size.</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Teeb kogu kirja suuremaks. Vajuta uuesti, siis on kiri jälle tavaline.</translation>
    </message>
    <message>
        <source>Starts the questions.</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Alustab küsimustega.</translation>
    </message>
    <message>
        <source>Opens a keypad for your booking code.</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Avab klaviatuuri broneeringu koodi jaoks.</translation>
    </message>
</context>
<context>
    <name>Admin</name>
    <message>
        <source>Kokoomo – admin</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Kokoomo – haldus</translation>
    </message>
    <message>
        <source>Kiosk admin</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Kioski haldus</translation>
    </message>
    <message>
        <source>Logged in: %1</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Sisse logitud: %1</translation>
    </message>
    <message>
        <source>Log out</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Logi välja</translation>
    </message>
    <message>
        <source>Questions</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Küsimused</translation>
    </message>
    <message>
        <source>Services and hours</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Teenused ja ajad</translation>
    </message>
    <message>
        <source>Versions</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Versioonid</translation>
    </message>
    <message>
        <source>Statistics</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Statistika</translation>
    </message>
    <message>
        <source>Problems to fix before publishing</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Paranda need enne avaldamist</translation>
    </message>
    <message>
        <source>What did you change?</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Mida sa muutsid?</translation>
    </message>
    <message>
        <source>One line, e.g. &apos;New Swedish text for Work&apos;</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Üks rida, nt „Uus rootsikeelne tekst: Töö“</translation>
    </message>
    <message>
        <source>Undo</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Võta tagasi</translation>
    </message>
    <message>
        <source>Discard my changes</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Loobu muudatustest</translation>
    </message>
    <message>
        <source>Publish</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Avalda</translation>
    </message>
    <message>
        <source>Texts in %1 await a native speaker&apos;s review.</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Nende keelte tekstid ootavad emakeelse kõneleja ülevaatust: %1.</translation>
    </message>
    <message>
        <source>✔ No problems.</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>✔ Probleeme pole.</translation>
    </message>
    <message>
        <source>Publishing…</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Avaldamine…</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Kontrollimine…</translation>
    </message>
    <message>
        <source>Publish is off: fix the problems listed above first (%1).</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Avaldada ei saa veel: paranda kõigepealt ülal olevad probleemid (%1).</translation>
    </message>
    <message>
        <source>Publish is off: no connection to the hub.</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Avaldada ei saa: serveriga pole ühendust.</translation>
    </message>
    <message>
        <source>Nothing to publish: no changes yet.</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Pole midagi avaldada: muudatusi veel pole.</translation>
    </message>
    <message>
        <source>Write in one line what you changed, then publish.</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Kirjuta ühele reale, mida muutsid. Siis avalda.</translation>
    </message>
    <message>
        <source>Ready to publish. The kiosk uses it from the next visitor.</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Valmis avaldamiseks. Kiosk kasutab seda alates järgmisest kliendist.</translation>
    </message>
    <message>
        <source>Published as version %1. The kiosk uses it from the next visitor.</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Avaldatud versioonina %1. Kiosk kasutab seda alates järgmisest kliendist.</translation>
    </message>
    <message>
        <source>Not published: the hub does not answer. Your changes are kept here.</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Ei avaldatud: server ei vasta. Sinu muudatused on siin alles.</translation>
    </message>
    <message>
        <source>Not published: your session has ended. Log in again.</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Ei avaldatud: sinu sessioon on lõppenud. Logi uuesti sisse.</translation>
    </message>
    <message>
        <source>Not published: %1</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Ei avaldatud: %1</translation>
    </message>
    <message>
        <source>The hub does not answer: could not read the routing.</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Server ei vasta: küsimusi ei saanud lugeda.</translation>
    </message>
    <message>
        <source>The region&apos;s template %1</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Piirkonna mall %1</translation>
    </message>
    <message>
        <source>Forget every change since the last publish?</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Kas unustada kõik muudatused pärast viimast avaldamist?</translation>
    </message>
    <message>
        <source>Discard</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Loobu</translation>
    </message>
    <message>
        <source>Keep editing</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Jätka muutmist</translation>
    </message>
    <message>
        <source>Close the admin</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Sulge haldus</translation>
    </message>
    <message>
        <source>Your changes are not published. Close and forget them?</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Sinu muudatusi pole avaldatud. Kas sulgeda ja need unustada?</translation>
    </message>
    <message>
        <source>Close and forget</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Sulge ja unusta</translation>
    </message>
</context>
<context>
    <name>AdminChanges</name>
    <message>
        <source>question text</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>küsimuse tekst</translation>
    </message>
    <message>
        <source>label</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>nupu tekst</translation>
    </message>
    <message>
        <source>help text</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>abitekst</translation>
    </message>
    <message>
        <source>icon</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>ikoon</translation>
    </message>
    <message>
        <source>next question</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>järgmine küsimus</translation>
    </message>
    <message>
        <source>services</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>teenused</translation>
    </message>
    <message>
        <source>priority</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>prioriteet</translation>
    </message>
    <message>
        <source>name</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>nimi</translation>
    </message>
    <message>
        <source>room</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>ruum</translation>
    </message>
    <message>
        <source>kind</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>tüüp</translation>
    </message>
    <message>
        <source>ticket letter</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>järjekorranumbri täht</translation>
    </message>
    <message>
        <source>discreet</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>diskreetne</translation>
    </message>
    <message>
        <source>visiting times</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>vastuvõtuajad</translation>
    </message>
    <message>
        <source>opening hours</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>lahtiolekuajad</translation>
    </message>
    <message>
        <source>extra time</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>lisaaeg</translation>
    </message>
    <message>
        <source>first question</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>esimene küsimus</translation>
    </message>
    <message>
        <source>front desk service</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>infoleti teenus</translation>
    </message>
    <message>
        <source>languages</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>keeled</translation>
    </message>
    <message>
        <source>answers</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>vastused</translation>
    </message>
    <message>
        <source>file version</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>faili versioon</translation>
    </message>
    <message>
        <source>Answer &apos;%2&apos; in question &apos;%1&apos;</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Vastus „%2“ küsimuses „%1“</translation>
    </message>
    <message>
        <source>Question &apos;%1&apos;</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Küsimus „%1“</translation>
    </message>
    <message>
        <source>Service &apos;%1&apos;</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Teenus „%1“</translation>
    </message>
    <message>
        <source>The centre</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Keskus</translation>
    </message>
    <message>
        <source>The routing</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Küsimused</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>%2 (%1)</translation>
    </message>
    <message>
        <source>nothing</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>mitte midagi</translation>
    </message>
    <message>
        <source>yes</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>jah</translation>
    </message>
    <message>
        <source>no</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>ei</translation>
    </message>
    <message>
        <source>%1: %2 changed from %3 to %4.</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>%1: %2 muutus: %3 → %4.</translation>
    </message>
    <message>
        <source>%1 changed from %3 to %4.</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>%1 muutus: %3 → %4.</translation>
    </message>
    <message>
        <source>%1: %2 added: %4.</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>%1: %2 lisatud: %4.</translation>
    </message>
    <message>
        <source>%1 added: %4.</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>%1 lisatud: %4.</translation>
    </message>
    <message>
        <source>%1: %2 removed (was %3).</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>%1: %2 eemaldatud (oli %3).</translation>
    </message>
    <message>
        <source>%1 removed.</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>%1 eemaldatud.</translation>
    </message>
    <message>
        <source>%1: %2 moved.</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>%1: %2 teisaldatud.</translation>
    </message>
    <message>
        <source>%1 moved to another place.</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>%1 teisaldatud teise kohta.</translation>
    </message>
</context>
<context>
    <name>AdminEditor</name>
    <message>
        <source>Add question</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Lisa küsimus</translation>
    </message>
    <message>
        <source>Add answer</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Lisa vastus</translation>
    </message>
    <message>
        <source>Move up</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Liiguta üles</translation>
    </message>
    <message>
        <source>Move down</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Liiguta alla</translation>
    </message>
    <message>
        <source>Remove</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Eemalda</translation>
    </message>
    <message>
        <source>Choose a question or an answer on the left.</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Vali vasakult küsimus või vastus.</translation>
    </message>
    <message>
        <source>Question</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Küsimus</translation>
    </message>
    <message>
        <source>Help text under the question (optional)</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Abitekst küsimuse all (ei ole kohustuslik)</translation>
    </message>
    <message>
        <source>Id:</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Tunnus:</translation>
    </message>
    <message>
        <source>A short name for the computer: a–z, 0–9, - and _.</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Lühike nimi arvuti jaoks: a–z, 0–9, - ja _.</translation>
    </message>
    <message>
        <source>This is the first question</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>See on esimene küsimus</translation>
    </message>
    <message>
        <source>Answer button</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Vastuse nupp</translation>
    </message>
    <message>
        <source>Help text on the button (optional)</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Abitekst nupul (ei ole kohustuslik)</translation>
    </message>
    <message>
        <source>Choose icon…</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Vali ikoon…</translation>
    </message>
    <message>
        <source>Leads to</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Kuhu vastus viib</translation>
    </message>
    <message>
        <source>Answer in question &apos;%1&apos;</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Vastus küsimuses „%1“</translation>
    </message>
    <message>
        <source>No icon</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Ikooni pole</translation>
    </message>
    <message>
        <source>Question &apos;%1&apos;</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Küsimus „%1“</translation>
    </message>
    <message>
        <source>Not changed: an id may have only a–z, 0–9, - and _.</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Ei muudetud: tunnuses võivad olla ainult a–z, 0–9, - ja _.</translation>
    </message>
    <message>
        <source>Not changed: that id is already used here.</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Ei muudetud: see tunnus on juba kasutusel.</translation>
    </message>
    <message>
        <source>Choose an icon</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Vali ikoon</translation>
    </message>
    <message>
        <source>Use this icon</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Kasuta seda ikooni</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Tühista</translation>
    </message>
    <message>
        <source>Another question:</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Teise küsimuse juurde:</translation>
    </message>
    <message>
        <source>Services, in this order:</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Teenuste juurde selles järjekorras:</translation>
    </message>
    <message>
        <source>Add service</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Lisa teenus</translation>
    </message>
    <message>
        <source>Priority:</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Prioriteet:</translation>
    </message>
    <message>
        <source>0 is normal. A higher number is called first.</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>0 on tavaline. Suurema numbriga kliendid kutsutakse enne.</translation>
    </message>
    <message>
        <source>Missing</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Puudub</translation>
    </message>
</context>
<context>
    <name>AdminPin</name>
    <message>
        <source>%1 min %2 s</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>%1 min %2 s</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>Admin – PIN</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Haldus – PIN</translation>
    </message>
    <message>
        <source>Type the admin PIN</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Sisesta halduse PIN-kood</translation>
    </message>
    <message>
        <source>Log in</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Logi sisse</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Tühista</translation>
    </message>
    <message>
        <source>Erase one digit</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Kustuta üks number</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Kontrollimine…</translation>
    </message>
    <message>
        <source>Wrong PIN.</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Vale PIN-kood.</translation>
    </message>
    <message>
        <source>Tries left: %1.</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Katseid jäänud: %1.</translation>
    </message>
    <message>
        <source>No admin PIN is set. On the hub machine, run: kiosk admin --set-pin</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Halduse PIN-koodi pole määratud. Käivita serveris: kiosk admin --set-pin</translation>
    </message>
    <message>
        <source>This PC is not paired with the hub. Start the admin with a token from the hub machine:</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>See arvuti pole serveriga seotud. Käivita haldus serverist saadud pääsukoodiga:</translation>
    </message>
    <message>
        <source>The hub does not answer. Check the network and try again.</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Server ei vasta. Kontrolli võrku ja proovi uuesti.</translation>
    </message>
    <message>
        <source>Something went wrong (%1). Try again.</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Midagi läks valesti (%1). Proovi uuesti.</translation>
    </message>
    <message>
        <source>Too many wrong tries. Try again in %1.</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Liiga palju valesid katseid. Proovi uuesti %1 pärast.</translation>
    </message>
    <message>
        <source>You can try again now.</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Nüüd võid uuesti proovida.</translation>
    </message>
</context>
<context>
    <name>AdminPreview</name>
    <message>
        <source>Preview: the kiosk with your changes</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Eelvaade: kiosk sinu muudatustega</translation>
    </message>
    <message>
        <source>Tap through it as a visitor would. No ticket is made.</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Proovi nagu klient. Järjekorranumbrit ei tehta.</translation>
    </message>
    <message>
        <source>Start over</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Alusta uuesti</translation>
    </message>
</context>
<context>
    <name>AdminProblems</name>
    <message>
        <source>The %1 text is missing.</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Tekst puudub: %1.</translation>
    </message>
    <message>
        <source>A text in %1 is not used.</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Teksti ei kasutata (keel: %1).</translation>
    </message>
    <message>
        <source>Leads to a question that does not exist: %1.</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Viib küsimuse juurde, mida pole olemas: %1.</translation>
    </message>
    <message>
        <source>Leads to a service that does not exist: %1.</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Viib teenuse juurde, mida pole olemas: %1.</translation>
    </message>
    <message>
        <source>Choose what this answer leads to.</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Vali, kuhu see vastus viib.</translation>
    </message>
    <message>
        <source>Add at least one service.</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Lisa vähemalt üks teenus.</translation>
    </message>
    <message>
        <source>No answer leads to this question.</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Ükski vastus ei vii selle küsimuse juurde.</translation>
    </message>
    <message>
        <source>The questions go round in a circle: %1.</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Küsimused käivad ringiratast: %1.</translation>
    </message>
    <message>
        <source>Two answers have the same id: %1.</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Kahel vastusel on sama tunnus: %1.</translation>
    </message>
    <message>
        <source>Two questions have the same id: %1.</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Kahel küsimusel on sama tunnus: %1.</translation>
    </message>
    <message>
        <source>Two services have the same id: %1.</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Kahel teenusel on sama tunnus: %1.</translation>
    </message>
    <message>
        <source>Add at least one answer.</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Lisa vähemalt üks vastus.</translation>
    </message>
    <message>
        <source>The ticket letter must be 1 or 2 capital letters.</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Järjekorranumbri täht peab olema 1 või 2 suurtähte.</translation>
    </message>
    <message>
        <source>Add the times when this worker visits.</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Lisa ajad, millal see töötaja kohal on.</translation>
    </message>
    <message>
        <source>Only a visiting worker has times.</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Vastuvõtuajad on ainult külastaval töötajal.</translation>
    </message>
    <message>
        <source>Write the time as HH:MM, for example 09:30 (now: %1).</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Kirjuta aeg kujul HH:MM, nt 09:30 (praegu: %1).</translation>
    </message>
    <message>
        <source>Choose a weekday (now: %1).</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Vali nädalapäev (praegu: %1).</translation>
    </message>
    <message>
        <source>The start must be before the end.</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Algus peab olema enne lõppu.</translation>
    </message>
    <message>
        <source>Do not mix walk-in and booked services in one answer.</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Ära pane ühte vastusesse nii järjekorrateenust kui ka broneeringuga teenust.</translation>
    </message>
    <message>
        <source>Two services use the ticket letter %1: %2.</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Kahel teenusel on sama täht %1: %2.</translation>
    </message>
    <message>
        <source>The first question does not exist: %1.</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Esimest küsimust pole olemas: %1.</translation>
    </message>
    <message>
        <source>The front desk service does not exist: %1.</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Infoleti teenust pole olemas: %1.</translation>
    </message>
    <message>
        <source>The front desk service must take walk-ins.</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Infoleti teenus peab olema järjekorrateenus (mitte broneeringuga).</translation>
    </message>
    <message>
        <source>A time slot must be 5 to 240 minutes.</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Vastuvõtuaja pikkus peab olema 5–240 minutit.</translation>
    </message>
    <message>
        <source>An id may have only a–z, 0–9, - and _: %1.</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Tunnuses võivad olla ainult a–z, 0–9, - ja _: %1.</translation>
    </message>
    <message>
        <source>Question &apos;%1&apos;, answer &apos;%2&apos;</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Küsimus „%1“, vastus „%2“</translation>
    </message>
    <message>
        <source>Question &apos;%1&apos;</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Küsimus „%1“</translation>
    </message>
    <message>
        <source>Service &apos;%1&apos;</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Teenus „%1“</translation>
    </message>
    <message>
        <source>The centre</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Keskus</translation>
    </message>
    <message>
        <source>Front desk service</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Infoleti teenus</translation>
    </message>
    <message>
        <source>The whole routing</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Kõik küsimused</translation>
    </message>
</context>
<context>
    <name>AdminServices</name>
    <message>
        <source>Days off</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Vabad päevad</translation>
    </message>
    <message>
        <source>Holidays: the centre is closed</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Pühad: keskus on suletud</translation>
    </message>
    <message>
        <source>Note for staff (optional)</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Märkus töötajatele (ei ole kohustuslik)</translation>
    </message>
    <message>
        <source>Add day off</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Lisa vaba päev</translation>
    </message>
    <message>
        <source>Remove the chosen day</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Eemalda valitud päev</translation>
    </message>
    <message>
        <source>Needs the hub: not connected.</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Vajab serverit: ühendust pole.</translation>
    </message>
    <message>
        <source>No days off in the next two months.</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Järgmise kahe kuu jooksul vabu päevi pole.</translation>
    </message>
    <message>
        <source>Day off saved.</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Vaba päev on salvestatud.</translation>
    </message>
    <message>
        <source>%1 visitors have booked a time that day. Cancel their bookings and mark the day off?</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>%1 klienti on sellele päevale aja broneerinud. Kas tühistada nende broneeringud ja märkida päev vabaks?</translation>
    </message>
    <message>
        <source>Cancel the bookings, mark the day off</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Tühista broneeringud, märgi päev vabaks</translation>
    </message>
    <message>
        <source>Bookings on that day</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Sellel päeval on broneeringuid</translation>
    </message>
    <message>
        <source>Keep the bookings</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Jäta broneeringud alles</translation>
    </message>
    <message>
        <source>The hub does not answer.</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Server ei vasta.</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Ei salvestatud: %1</translation>
    </message>
    <message>
        <source>Today</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Täna</translation>
    </message>
    <message>
        <source>Away: the kiosk sends visitors to the front desk instead.</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Eemal: kiosk suunab kliendid selle asemel infoletti.</translation>
    </message>
    <message>
        <source>Asking the hub…</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Küsin serverilt…</translation>
    </message>
    <message>
        <source>Present</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Kohal</translation>
    </message>
    <message>
        <source>Away</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Eemal</translation>
    </message>
    <message>
        <source>Mark away</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Märgi eemalolevaks</translation>
    </message>
    <message>
        <source>Mark present</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Märgi kohalolevaks</translation>
    </message>
    <message>
        <source>Day</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Päev</translation>
    </message>
    <message>
        <source>Starts</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Algab</translation>
    </message>
    <message>
        <source>Ends</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Lõpeb</translation>
    </message>
    <message>
        <source>Minutes per visit</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Minutit / vastuvõtt</translation>
    </message>
    <message>
        <source>Add a row</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Lisa rida</translation>
    </message>
    <message>
        <source>Remove the row</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Eemalda rida</translation>
    </message>
    <message>
        <source>Add a walk-in service</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Lisa järjekorrateenus</translation>
    </message>
    <message>
        <source>Add a visiting worker</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Lisa külastav töötaja</translation>
    </message>
    <message>
        <source>Remove the service</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Eemalda teenus</translation>
    </message>
    <message>
        <source>The centre</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Keskus</translation>
    </message>
    <message>
        <source>Name of the centre</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Keskuse nimi</translation>
    </message>
    <message>
        <source>Opening hours</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Lahtiolekuajad</translation>
    </message>
    <message>
        <source>Walk-in visitors get a number only at these times.</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Kliendid saavad järjekorranumbri ainult nendel aegadel.</translation>
    </message>
    <message>
        <source>Languages at the kiosk</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Seadme keeled</translation>
    </message>
    <message>
        <source>The kiosk offers these, the first as its own. A language you add needs its texts everywhere before you can publish; one you take away takes its texts with it.</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Seade pakub neid keeli, esimest põhikeelena. Lisatud keel vajab enne avaldamist oma tekste igal pool; eemaldatud keel viib oma tekstid kaasa.</translation>
    </message>
    <message>
        <source>Front desk service:</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Infoleti teenus:</translation>
    </message>
    <message>
        <source>Visitors go here when they want to talk to someone, or when a service is away.</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Klient suunatakse siia, kui ta tahab kellegagi rääkida või kui teenus on eemal.</translation>
    </message>
    <message>
        <source>Name</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Nimi</translation>
    </message>
    <message>
        <source>Room</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Ruum</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Tüüp:</translation>
    </message>
    <message>
        <source>Ticket letter:</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Järjekorranumbri täht:</translation>
    </message>
    <message>
        <source>Id:</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Tunnus:</translation>
    </message>
    <message>
        <source>Walk-in: a queue number now</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Järjekorrateenus: järjekorranumber kohe</translation>
    </message>
    <message>
        <source>Visiting worker: book a time</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Külastav töötaja: aja broneerimine</translation>
    </message>
    <message>
        <source>Discreet</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Diskreetne</translation>
    </message>
    <message>
        <source>The waiting-room screen shows only the number and the room, never the service. Its numbers start with the front desk&apos;s letter, so nobody can tell who came for it.</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Ooteruumi ekraanil on ainult number ja ruum, mitte teenuse nimi. Numbrid algavad infoleti tähega, nii et keegi ei näe, kelle juurde klient tuli.</translation>
    </message>
    <message>
        <source>Visiting times</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Vastuvõtuajad</translation>
    </message>
    <message>
        <source>the centre</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>keskus</translation>
    </message>
    <message>
        <source>visiting</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>külastav</translation>
    </message>
    <message>
        <source>Answers that lead here: %1</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Siia viivad vastused: %1</translation>
    </message>
    <message>
        <source>No answer leads here yet (choose it under Questions).</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Ükski vastus ei vii veel siia (vali see vahelehel Küsimused).</translation>
    </message>
    <message>
        <source>Only this service is in %1 on %2. Anyone can read that, so a number called to %1 then tells the waiting room who came for it. Share the room on those days if you can.</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Ainult see teenus on kohas %1 nendel päevadel: %2. Seda saab igaüks lugeda, nii et siis kohta %1 kutsutud number ütleb ooteruumile, kes selle teenuse pärast tuli. Jaga neil päevadel ruumi mõne teise teenusega, kui saad.</translation>
    </message>
    <message>
        <source>Not changed: the id must be new and use only a–z, 0–9, - and _.</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Ei muudetud: tunnus peab olema uus ja selles võivad olla ainult a–z, 0–9, - ja _.</translation>
    </message>
    <message>
        <source>Remove &apos;%1&apos;?</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Kas eemaldada „%1“?</translation>
    </message>
    <message>
        <source>%1 answers lead to it: they will show a problem until you change them.</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Sinna viib %1 vastust: neis on probleem, kuni sa neid muudad.</translation>
    </message>
    <message>
        <source>Remove</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Eemalda</translation>
    </message>
    <message>
        <source>Keep it</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Ära eemalda</translation>
    </message>
</context>
<context>
    <name>AdminStats</name>
    <message>
        <source>This week</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>See nädal</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Viimased 30 päeva</translation>
    </message>
    <message>
        <source>Dates I choose</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Valin kuupäevad ise</translation>
    </message>
    <message>
        <source>Period:</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Periood:</translation>
    </message>
    <message>
        <source>Show</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Näita</translation>
    </message>
    <message>
        <source>Save as CSV…</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Salvesta CSV-failina…</translation>
    </message>
    <message>
        <source>visitors</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>klienti</translation>
    </message>
    <message>
        <source>did not come when called</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>ei tulnud kutsumisel</translation>
    </message>
    <message>
        <source>booked times kept</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>broneeritud aega toimus</translation>
    </message>
    <message>
        <source>median wait</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>tüüpiline ooteaeg (mediaan)</translation>
    </message>
    <message>
        <source>Keep the details of each visit for (days):</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Iga külastuse andmeid hoitakse (päeva):</translation>
    </message>
    <message>
        <source>Save</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Salvesta</translation>
    </message>
    <message>
        <source>After that only the counts stay: the figures do not change.</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Pärast seda jäävad alles ainult arvud: näitajad ei muutu.</translation>
    </message>
    <message>
        <source>Needs the hub: not connected.</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Vajab serverit: ühendust pole.</translation>
    </message>
    <message>
        <source>The end date is before the start date.</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Lõppkuupäev on enne alguskuupäeva.</translation>
    </message>
    <message>
        <source>Asking the hub…</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Küsin serverilt…</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Salvestatud.</translation>
    </message>
    <message>
        <source>The hub does not answer.</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Server ei vasta.</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Ei salvestatud: %1</translation>
    </message>
    <message>
        <source>No figures: %1</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Näitajaid pole: %1</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>Visitors per day</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Kliendid päevade kaupa</translation>
    </message>
    <message>
        <source>Visitors by hour of the day</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Kliendid kellaaja järgi</translation>
    </message>
    <message>
        <source>wanted to talk</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>tahtis rääkida</translation>
    </message>
    <message>
        <source>Visitors per service</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Kliendid teenuste kaupa</translation>
    </message>
    <message>
        <source>First answer chosen</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Esimene valitud vastus</translation>
    </message>
    <message>
        <source>half waited less</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>pooled ootasid vähem</translation>
    </message>
    <message>
        <source>9 in 10 waited less</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>9 kümnest ootas vähem</translation>
    </message>
    <message>
        <source>Waits in minutes</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Ooteaeg minutites</translation>
    </message>
    <message>
        <source>Show the figures first.</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Näita kõigepealt näitajaid.</translation>
    </message>
    <message>
        <source>Save as CSV</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Salvesta CSV-failina</translation>
    </message>
    <message>
        <source>Saved: %1</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Salvestatud: %1</translation>
    </message>
</context>
<context>
    <name>AdminVersions</name>
    <message>
        <source>When</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Millal</translation>
    </message>
    <message>
        <source>Who</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Kes</translation>
    </message>
    <message>
        <source>Note</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Märkus</translation>
    </message>
    <message>
        <source>In use</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Kasutusel</translation>
    </message>
    <message>
        <source>Choose two versions to see what changed between them.</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Vali kaks versiooni, et näha, mis nende vahel muutus.</translation>
    </message>
    <message>
        <source>Why? One line, e.g. &apos;Back to the spring questions&apos;</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Miks? Üks rida, nt „Tagasi kevadiste küsimuste juurde“</translation>
    </message>
    <message>
        <source>Make this version active again</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Võta see versioon uuesti kasutusele</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Värskenda</translation>
    </message>
    <message>
        <source>Routing templates from the region</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Piirkonna küsimuste mallid</translation>
    </message>
    <message>
        <source>Adopt as my draft</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Võta mustandiks</translation>
    </message>
    <message>
        <source>✔ in use</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>✔ kasutusel</translation>
    </message>
    <message>
        <source>What changed</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Mis muutus</translation>
    </message>
    <message>
        <source>From version %1 to version %2</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Versioonist %1 versioonini %2</translation>
    </message>
    <message>
        <source>No differences.</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Erinevusi pole.</translation>
    </message>
    <message>
        <source>Region not reached since %1</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Piirkonnaga pole ühendust alates %1</translation>
    </message>
    <message>
        <source>The region refused the figures of %1 (%2 days in all): %3</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Piirkond ei võtnud vastu päeva %1 andmeid (kokku %2 päeva): %3</translation>
    </message>
    <message>
        <source>This template cannot be your draft: %1</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Sellest mallist ei saa mustandit teha: %1</translation>
    </message>
    <message>
        <source>Back to version %1</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Tagasi versiooni %1 juurde</translation>
    </message>
    <message>
        <source>Done: the kiosk now uses it (version %1).</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Valmis: kiosk kasutab nüüd seda (versioon %1).</translation>
    </message>
    <message>
        <source>The hub does not answer.</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Server ei vasta.</translation>
    </message>
    <message>
        <source>The hub refused: %1</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Server keeldus: %1</translation>
    </message>
</context>
<context>
    <name>AdminWeek</name>
    <message>
        <source>Mon</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>E</translation>
    </message>
    <message>
        <source>Tue</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>T</translation>
    </message>
    <message>
        <source>Wed</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>K</translation>
    </message>
    <message>
        <source>Thu</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>N</translation>
    </message>
    <message>
        <source>Fri</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>R</translation>
    </message>
    <message>
        <source>Sat</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>L</translation>
    </message>
    <message>
        <source>Sun</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>P</translation>
    </message>
    <message>
        <source>Monday</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>esmaspäev</translation>
    </message>
    <message>
        <source>Tuesday</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>teisipäev</translation>
    </message>
    <message>
        <source>Wednesday</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>kolmapäev</translation>
    </message>
    <message>
        <source>Thursday</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>neljapäev</translation>
    </message>
    <message>
        <source>Friday</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>reede</translation>
    </message>
    <message>
        <source>Saturday</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>laupäev</translation>
    </message>
    <message>
        <source>Sunday</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>pühapäev</translation>
    </message>
</context>
<context>
    <name>Common</name>
    <message>
        <source>Are you still there?</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Kas oled veel siin?</translation>
    </message>
    <message>
        <source>Soon the screen will start over.</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Varsti läheb ekraan algusesse.</translation>
    </message>
    <message>
        <source>I need more time</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Vajan rohkem aega</translation>
    </message>
    <message>
        <source>Please ask the staff at the desk.</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Küsi abi infoletist.</translation>
    </message>
    <message>
        <source>The kiosk will be back soon.</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>See seade töötab varsti jälle.</translation>
    </message>
    <message>
        <source>For staff: the hub does not know this kiosk&apos;s token, so it cannot give tickets. See the install guide.</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Töötajatele: server ei tunne selle kioski võtit, seega ei saa kiosk järjekorranumbreid anda. Vaata paigaldusjuhendit.</translation>
    </message>
    <message>
        <source>A B C D E F G H I J K L M N O P Q R S T U V W X Y Z</source>
        <comment>the names of the letters of a ticket number (A12), for the voice: 26, in this order</comment>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>A B C D E F G H I J K L M N O P Q R S T U V W X Y Z</translation>
    </message>
</context>
<context>
    <name>Display</name>
    <message>
        <source>Now serving</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Teenindamisel</translation>
    </message>
    <message>
        <source>Queue numbers are shown here</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Siin näidatakse järjekorranumbreid</translation>
    </message>
    <message>
        <source>Previous calls</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Eelmised</translation>
    </message>
    <message>
        <source>Waiting now</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Järjekorras praegu</translation>
    </message>
    <message>
        <source>People</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Inimesi</translation>
    </message>
    <message>
        <source>Wait about</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Ooteaeg umbes</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>More services: %1</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Veel teenuseid: %1</translation>
    </message>
    <message>
        <source>Not here now</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Praegu pole kohal</translation>
    </message>
    <message>
        <source>Closed</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Suletud</translation>
    </message>
    <message>
        <source>Open again %1 %2</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Avame %1 kell %2</translation>
    </message>
    <message>
        <source>d MMM</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>d.M.</translation>
    </message>
    <message>
        <source>Connection lost – the display updates when the connection is back</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Ühendus katkes – ekraan uueneb, kui ühendus on tagasi</translation>
    </message>
    <message>
        <source>This display is not paired with the queue – please tell the staff</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>See ekraan pole järjekorraga ühendatud – palun ütle töötajale</translation>
    </message>
    <message>
        <source>Mon</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>esmaspäeval</translation>
    </message>
    <message>
        <source>Tue</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>teisipäeval</translation>
    </message>
    <message>
        <source>Wed</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>kolmapäeval</translation>
    </message>
    <message>
        <source>Thu</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>neljapäeval</translation>
    </message>
    <message>
        <source>Fri</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>reedel</translation>
    </message>
    <message>
        <source>Sat</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>laupäeval</translation>
    </message>
    <message>
        <source>Sun</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>pühapäeval</translation>
    </message>
</context>
<context>
    <name>Languages</name>
    <message>
        <source>Finnish</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>soome</translation>
    </message>
    <message>
        <source>Swedish</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>rootsi</translation>
    </message>
    <message>
        <source>English</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>inglise</translation>
    </message>
    <message>
        <source>Ukrainian</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>ukraina</translation>
    </message>
    <message>
        <source>Arabic</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>araabia</translation>
    </message>
    <message>
        <source>Somali</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>somaali</translation>
    </message>
    <message>
        <source>Russian</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>vene</translation>
    </message>
    <message>
        <source>Estonian</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>eesti</translation>
    </message>
</context>
<context>
    <name>Phone</name>
    <message>
        <source>Your number</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Sinu number</translation>
    </message>
    <message>
        <source>Your place in the queue</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Sinu koht järjekorras</translation>
    </message>
    <message>
        <source>Estimated wait</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Eeldatav ooteaeg</translation>
    </message>
    <message>
        <source>{n} min</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>{n} min</translation>
    </message>
    <message>
        <source>soon</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>varsti</translation>
    </message>
    <message>
        <source>Please wait for your turn</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Palun oota oma korda</translation>
    </message>
    <message>
        <source>You are next</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Oled järgmine</translation>
    </message>
    <message>
        <source>Place</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Koht</translation>
    </message>
    <message>
        <source>It is your turn!</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Nüüd on sinu kord!</translation>
    </message>
    <message>
        <source>Please come to:</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Palun tule siia:</translation>
    </message>
    <message>
        <source>Your visit is finished</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Sinu külastus on lõppenud</translation>
    </message>
    <message>
        <source>Your turn has passed. Please ask at the info desk.</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Sinu kord läks mööda. Palun küsi infoletist.</translation>
    </message>
    <message>
        <source>This page updates itself.</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>See leht uueneb ise.</translation>
    </message>
    <message>
        <source>No connection. Trying again.</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Ühendust pole. Proovin uuesti.</translation>
    </message>
    <message>
        <source>Number not found</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Järjekorranumbrit ei leitud</translation>
    </message>
    <message>
        <source>Check the address or ask at the info desk.</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Kontrolli aadressi või küsi infoletist.</translation>
    </message>
</context>
<context>
    <name>Slip</name>
    <message>
        <source>Your number</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Sinu number</translation>
    </message>
    <message>
        <source>You are number %1 in the queue.</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Sinu koht järjekorras: %1.</translation>
    </message>
    <message>
        <source>You are next.</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Oled järgmine.</translation>
    </message>
    <message>
        <source>You will wait about 1 minute.</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Ootad umbes 1 minuti.</translation>
    </message>
    <message>
        <source>You will wait about %1 minutes.</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Ootad umbes %1 minutit.</translation>
    </message>
    <message>
        <source>Watch the screen. We will call your number.</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Vaata ekraani. Me kutsume sinu numbrit.</translation>
    </message>
    <message>
        <source>Scan the code with your phone to follow your turn.</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Skanni kood telefoniga, siis näed, millal on sinu kord.</translation>
    </message>
    <message>
        <source>Your booked time</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Sinu broneeritud aeg</translation>
    </message>
    <message>
        <source>at %1</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>kell %1</translation>
    </message>
    <message>
        <source>Your booking code</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Sinu broneeringu kood</translation>
    </message>
    <message>
        <source>When you come, type this code at the kiosk.</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Kui tuled, kirjuta see kood ukse juures olevasse seadmesse.</translation>
    </message>
    <message>
        <source>Scan the code with your phone to save the time in your calendar.</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Skanni kood telefoniga, siis saad aja oma kalendrisse.</translation>
    </message>
</context>
<context>
    <name>Staff</name>
    <message>
        <source>called at %1</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>kutsutud kell %1</translation>
    </message>
    <message>
        <source>Done</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Valmis</translation>
    </message>
    <message>
        <source>The visit is over; a journey goes on to its next service.</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Külastus on lõppenud. Kui kliendil on järgmine teenus, läheb ta selle järjekorda.</translation>
    </message>
    <message>
        <source>Call again</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Kutsu uuesti</translation>
    </message>
    <message>
        <source>Show and say the number again.</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Näita ja ütle number uuesti.</translation>
    </message>
    <message>
        <source>Did not come</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Ei tulnud</translation>
    </message>
    <message>
        <source>Mark as no-show. You can still call the number again later.</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Märgi, et klient ei tulnud. Hiljem saad numbrit veel uuesti kutsuda.</translation>
    </message>
    <message>
        <source>Transfer…</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Suuna ümber…</translation>
    </message>
    <message>
        <source>Send the visitor to the end of another service&apos;s queue.</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Suuna klient teise teenuse järjekorra lõppu.</translation>
    </message>
    <message>
        <source>%1 (away)</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>%1 (eemal)</translation>
    </message>
    <message>
        <source>Nobody is with you now. Press Call next when you are ready.</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Praegu pole sinu juures kedagi. Vajuta „Kutsu järgmine“, kui oled valmis.</translation>
    </message>
    <message>
        <source>Connect to the hub</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Ühenda serveriga</translation>
    </message>
    <message>
        <source>Connect this computer to the hub</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Ühenda see arvuti serveriga</translation>
    </message>
    <message>
        <source>Type the staff token. The person who runs the kiosk gets one with &apos;kiosk token add --role staff&apos;.</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Sisesta töötaja pääsukood. Kioski haldaja saab selle käsuga &apos;kiosk token add --role staff&apos;.</translation>
    </message>
    <message>
        <source>Hub: %1</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Server: %1</translation>
    </message>
    <message>
        <source>Staff token</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Töötaja pääsukood</translation>
    </message>
    <message>
        <source>Connect</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Ühenda</translation>
    </message>
    <message>
        <source>Not now</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Mitte praegu</translation>
    </message>
    <message>
        <source>Type the token first.</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Sisesta kõigepealt pääsukood.</translation>
    </message>
    <message>
        <source>My services</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Minu teenused</translation>
    </message>
    <message>
        <source>Which services do you serve at this desk?</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Milliseid teenuseid sa sellel teeninduskohal osutad?</translation>
    </message>
    <message>
        <source>At set times (appointments; a visitor who checks in comes to your list):</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Kokkulepitud aegadel (broneeringud; registreerunud klient tuleb sinu nimekirja):</translation>
    </message>
    <message>
        <source>Save</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Salvesta</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Tühista</translation>
    </message>
    <message>
        <source>Choose at least one service.</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Vali vähemalt üks teenus.</translation>
    </message>
    <message>
        <source>%1 waiting</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>%1 ootab</translation>
    </message>
    <message>
        <source>Present</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Kohal</translation>
    </message>
    <message>
        <source>Away</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Eemal</translation>
    </message>
    <message>
        <source>Away: the kiosk does not send new visitors here.</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Eemal: kiosk ei suuna siia uusi kliente.</translation>
    </message>
    <message>
        <source>Call</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Kutsu</translation>
    </message>
    <message>
        <source>Call the next visitor of this service.</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Kutsu selle teenuse järgmine klient.</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>from: %1</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>eelmine: %1</translation>
    </message>
    <message>
        <source>then: %1</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>edasi: %1</translation>
    </message>
    <message>
        <source>Number</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Number</translation>
    </message>
    <message>
        <source>Service</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Teenus</translation>
    </message>
    <message>
        <source>Place</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Koht</translation>
    </message>
    <message>
        <source>Waited</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Ootas</translation>
    </message>
    <message>
        <source>Note</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Märkus</translation>
    </message>
    <message>
        <source>Kokoomo – staff console</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Kokoomo – töötaja vaade</translation>
    </message>
    <message>
        <source>My services…</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Minu teenused…</translation>
    </message>
    <message>
        <source>Settings</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Seaded</translation>
    </message>
    <message>
        <source>Enter another staff token…</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Sisesta teine pääsukood…</translation>
    </message>
    <message>
        <source>Call next</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Kutsu järgmine</translation>
    </message>
    <message>
        <source>With you now</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Praegu sinu juures</translation>
    </message>
    <message>
        <source>Enter a staff token…</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Sisesta pääsukood…</translation>
    </message>
    <message>
        <source>No connection to the hub – trying again…</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Serveriga pole ühendust – proovin uuesti…</translation>
    </message>
    <message>
        <source>You see the last known queue. The buttons work again when the connection is back.</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Näed viimati teadaolevat järjekorda. Nupud töötavad jälle, kui ühendus on tagasi.</translation>
    </message>
    <message>
        <source>The hub cannot save: tickets cannot be given.</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Server ei saa salvestada: järjekorranumbreid ei saa anda.</translation>
    </message>
    <message>
        <source>Tell the centre&apos;s IT: the disk may be full. It works again by itself once fixed.</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Teata keskuse IT-toele: ketas võib olla täis. Kui viga on parandatud, töötab kõik jälle iseenesest.</translation>
    </message>
    <message>
        <source>Waiting: %1</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Järjekorras: %1</translation>
    </message>
    <message>
        <source>Nobody is waiting for your services.</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Sinu teenuste järjekorras pole kedagi.</translation>
    </message>
    <message>
        <source>Next: %1 · %2 · waited %3</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Järgmine: %1 · %2 · ootas %3</translation>
    </message>
    <message>
        <source>Choose your services first: My services…</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Vali kõigepealt oma teenused: Minu teenused…</translation>
    </message>
    <message>
        <source>This computer has no staff token yet: enter one to see the queue and call.</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Sellel arvutil pole veel töötaja pääsukoodi: sisesta see, et näha järjekorda ja kutsuda.</translation>
    </message>
    <message>
        <source>Connected to the hub.</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Ühendus serveriga on olemas.</translation>
    </message>
</context>
<context>
    <name>StaffAppointments</name>
    <message>
        <source>Checked in: %1</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Registreerunud: %1</translation>
    </message>
    <message>
        <source>Booked</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Broneeritud</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Tühistatud</translation>
    </message>
    <message>
        <source>Did not come</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Ei tulnud</translation>
    </message>
    <message>
        <source>The time has come and the visitor is not here.</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Aeg on alanud, aga klient pole tulnud.</translation>
    </message>
    <message>
        <source>Cancel…</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Tühista…</translation>
    </message>
    <message>
        <source>Cancel the booking: the time is free again.</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Tühista broneering: aeg vabaneb teistele.</translation>
    </message>
    <message>
        <source>Mark a day off…</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Märgi vaba päev…</translation>
    </message>
    <message>
        <source>None of your services takes appointments. Choose one in My services…</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Ükski sinu teenus ei võta broneeringuid. Vali selline teenus: Minu teenused…</translation>
    </message>
    <message>
        <source>A visitor who checks in at the kiosk comes to your waiting list first: use Call next.</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Kioskis registreerunud klient tuleb sinu järjekorra algusesse: kasuta nuppu „Kutsu järgmine“.</translation>
    </message>
    <message>
        <source>Reading the bookings…</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Loen broneeringuid…</translation>
    </message>
    <message>
        <source>The hub does not show bookings without a staff token.</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Server näitab broneeringuid ainult töötaja pääsukoodiga.</translation>
    </message>
    <message>
        <source>The bookings could not be read. The console tries again in a minute.</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Broneeringuid ei saanud lugeda. Proovin minuti pärast uuesti.</translation>
    </message>
    <message>
        <source>No bookings.</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Broneeringuid pole.</translation>
    </message>
    <message>
        <source>Free times: %1</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Vabad ajad: %1</translation>
    </message>
    <message>
        <source>No free times.</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Vabu aegu pole.</translation>
    </message>
    <message>
        <source>%1 at every centre this week</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>%1 kõigis keskustes sel nädalal</translation>
    </message>
    <message>
        <source>The region does not answer: the other centres&apos; times are not shown.</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Piirkond ei vasta: teiste keskuste aegu ei näidata.</translation>
    </message>
    <message>
        <source>No bookings at any centre.</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Üheski keskuses pole broneeringuid.</translation>
    </message>
    <message>
        <source>came</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>tuli</translation>
    </message>
    <message>
        <source>did not come</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>ei tulnud</translation>
    </message>
    <message>
        <source>The whole centre is closed this day.</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Terve keskus on sel päeval suletud.</translation>
    </message>
    <message>
        <source>Day off: %1</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Vaba päev: %1</translation>
    </message>
    <message>
        <source>Not off after all</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Siiski mitte vaba päev</translation>
    </message>
    <message>
        <source>The free times come back to the kiosk.</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Vabad ajad tulevad kioskisse tagasi.</translation>
    </message>
    <message>
        <source>Cancel the booking?</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Kas tühistada broneering?</translation>
    </message>
    <message>
        <source>Cancel the booking %1?</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Kas tühistada broneering %1?</translation>
    </message>
    <message>
        <source>The time becomes free for others. The visitor is not told: if you can, tell them yourself.</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Aeg vabaneb teistele. Klient sellest teadet ei saa: kui saad, ütle talle ise.</translation>
    </message>
    <message>
        <source>Cancel the booking</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Tühista broneering</translation>
    </message>
    <message>
        <source>Keep it</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Ära tühista</translation>
    </message>
    <message>
        <source>Mark a day off</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Märgi vaba päev</translation>
    </message>
    <message>
        <source>A day when you are not here</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Päev, mil sa pole kohal</translation>
    </message>
    <message>
        <source>On a day off the kiosk offers none of your times, and nobody can book them.</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Vabal päeval ei paku kiosk sinu aegu ja keegi ei saa neid broneerida.</translation>
    </message>
    <message>
        <source>Service</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Teenus</translation>
    </message>
    <message>
        <source>Day</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Päev</translation>
    </message>
    <message>
        <source>Note for staff</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Märkus töötajatele</translation>
    </message>
    <message>
        <source>for example: training day (optional)</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>näiteks: koolituspäev (ei ole kohustuslik)</translation>
    </message>
    <message>
        <source>Close</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Sulge</translation>
    </message>
    <message>
        <source>Cancel these bookings and mark the day off</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Tühista need broneeringud ja märgi vaba päev</translation>
    </message>
    <message>
        <source>Mark the day off</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Märgi vaba päev</translation>
    </message>
    <message>
        <source>Visitors have booked these times that day:</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Kliendid on sellel päeval broneerinud need ajad:</translation>
    </message>
    <message>
        <source>The hub cannot tell them. If you cancel, the kiosk says so when they come to check in.</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Server ei saa neile teada anda. Kui tühistad, ütleb kiosk seda, kui nad tulevad registreeruma.</translation>
    </message>
    <message>
        <source>The hub did not do this. The hub says: %1</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Server ei teinud seda. Serveri teade (inglise keeles): %1</translation>
    </message>
    <message>
        <source>Appointments</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Broneeringud</translation>
    </message>
    <message>
        <source>Appointments: %1</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Broneeringud: %1</translation>
    </message>
</context>
<context>
    <name>StaffNotice</name>
    <message>
        <source>The kiosk&apos;s printer: %1 – %2</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Kioski printer: %1 – %2</translation>
    </message>
    <message>
        <source>The kiosk “%1” has not been in touch since %2. Is it on, and on the network?</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Kiosk „%1” pole alates %2 ühendust võtnud. Kas see on sisse lülitatud ja võrgus?</translation>
    </message>
    <message>
        <source>The kiosk “%1” is in touch again – %2</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Kiosk „%1” on taas ühenduses – %2</translation>
    </message>
    <message>
        <source>The waiting-room screen “%1” has not been in touch since %2. Is it on, and on the network?</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Ooteruumi ekraan „%1” pole alates %2 ühendust võtnud. Kas see on sisse lülitatud ja võrgus?</translation>
    </message>
    <message>
        <source>The waiting-room screen “%1” is in touch again – %2</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Ooteruumi ekraan „%1” on taas ühenduses – %2</translation>
    </message>
    <message>
        <source>The kiosk: %1 – %2</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Kiosk: %1 – %2</translation>
    </message>
    <message>
        <source>OK, hide</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>OK, peida</translation>
    </message>
    <message>
        <source>Hide this until the kiosk sends a new notice.</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Peida, kuni kiosk saadab uue teate.</translation>
    </message>
</context>
<context>
    <name>StaffStatus</name>
    <message>
        <source>You called %1.</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Kutsusid numbri %1.</translation>
    </message>
    <message>
        <source>Nobody is waiting now.</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Praegu ei oota keegi.</translation>
    </message>
    <message>
        <source>%1 was called again.</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>%1 kutsuti uuesti.</translation>
    </message>
    <message>
        <source>%1 is done.</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>%1 on valmis.</translation>
    </message>
    <message>
        <source>%1 is done here and now waits for: %2.</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>%1 on siin valmis ja ootab nüüd teenust: %2.</translation>
    </message>
    <message>
        <source>%1 is marked as did not come.</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>%1 on märgitud: ei tulnud.</translation>
    </message>
    <message>
        <source>%1 now waits for: %2.</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>%1 ootab nüüd teenust: %2.</translation>
    </message>
    <message>
        <source>You are present: %2.</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Oled kohal: %2.</translation>
    </message>
    <message>
        <source>You are away: %2. The kiosk does not send new visitors there.</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Oled eemal: %2. Kiosk ei suuna sinna uusi kliente.</translation>
    </message>
    <message>
        <source>The hub did not do this. The hub says: %3</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Server ei teinud seda. Serveri teade (inglise keeles): %3</translation>
    </message>
    <message>
        <source>The hub does not accept this computer&apos;s token. Enter a staff token.</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Server ei aktsepteeri selle arvuti pääsukoodi. Sisesta töötaja pääsukood.</translation>
    </message>
    <message>
        <source>The hub did not answer. Check the lists before you try again.</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Server ei vastanud. Kontrolli nimekirju, enne kui uuesti proovid.</translation>
    </message>
    <message>
        <source>Something went wrong at the hub. The hub says: %3</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Serveris läks midagi valesti. Serveri teade (inglise keeles): %3</translation>
    </message>
    <message>
        <source>The booking %1 is cancelled.</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Broneering %1 on tühistatud.</translation>
    </message>
    <message>
        <source>The booking %1 is marked as did not come.</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Broneering %1 on märgitud: ei tulnud.</translation>
    </message>
    <message>
        <source>%1 is a day off: %2.</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>%1 on vaba päev: %2.</translation>
    </message>
    <message>
        <source>%1 is not a day off after all: %2.</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>%1 ei ole siiski vaba päev: %2.</translation>
    </message>
</context>
<context>
    <name>StaffTime</name>
    <message>
        <source>%H:%M</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>%H:%M</translation>
    </message>
    <message>
        <source>ddd d MMM</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>ddd d.M.</translation>
    </message>
    <message>
        <source>Today · %1</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Täna · %1</translation>
    </message>
    <message>
        <source>Tomorrow · %1</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Homme · %1</translation>
    </message>
</context>
<context>
    <name>Visitor</name>
    <message>
        <source>Your time is booked. Your code is</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Aeg on broneeritud. Sinu kood on</translation>
    </message>
    <message>
        <source>Type this code at the kiosk when you come.</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Kui tuled, kirjuta see kood siia seadmesse.</translation>
    </message>
    <message>
        <source>Scan with your phone camera to save the time in your calendar.</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Skanni telefoni kaameraga, siis saad aja oma kalendrisse.</translation>
    </message>
    <message>
        <source>Done</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Valmis</translation>
    </message>
    <message>
        <source>Booking code: %1. Type it at the kiosk when you come.</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Broneeringu kood: %1. Kui tuled, kirjuta kood ukse juures olevasse seadmesse.</translation>
    </message>
    <message>
        <source>No signs typed yet.</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Sa pole veel midagi kirjutanud.</translation>
    </message>
    <message>
        <source>The code has %1 letters and numbers.</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Koodis on %1 märki: tähti ja numbreid.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Kustuta</translation>
    </message>
    <message>
        <source>Clear all</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Tühjenda</translation>
    </message>
    <message>
        <source>Check in</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Registreeru</translation>
    </message>
    <message>
        <source>Take a number for the desk</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Võta number infoletti</translation>
    </message>
    <message>
        <source>Back to the start</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Tagasi algusesse</translation>
    </message>
    <message>
        <source>Type the code again</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Kirjuta kood uuesti</translation>
    </message>
    <message>
        <source>Type your booking code</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Kirjuta broneeringu kood</translation>
    </message>
    <message>
        <source>Please ask at the desk.</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Küsi infoletist.</translation>
    </message>
    <message>
        <source>It is too early to check in.</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Registreeruda on veel liiga vara.</translation>
    </message>
    <message>
        <source>Your booked time: %1.</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Sinu broneeritud aeg: %1.</translation>
    </message>
    <message>
        <source>You can check in from %1. Please come back then.</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Saad registreeruda alates kella %1. Tule siis tagasi.</translation>
    </message>
    <message>
        <source>Your time has passed.</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Sinu aeg on juba möödas.</translation>
    </message>
    <message>
        <source>You have already checked in.</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Oled juba registreerunud.</translation>
    </message>
    <message>
        <source>Your number is %1.</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Sinu number on %1.</translation>
    </message>
    <message>
        <source>Please wait here. We will call your number.</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Palun oota siin. Me kutsume sinu numbrit.</translation>
    </message>
    <message>
        <source>This booking was cancelled.</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>See broneering on tühistatud.</translation>
    </message>
    <message>
        <source>This booking is no longer valid.</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>See broneering ei kehti enam.</translation>
    </message>
    <message>
        <source>Wait a moment, then try again.</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Oota hetk ja proovi siis uuesti.</translation>
    </message>
    <message>
        <source>Check the code, or ask at the desk.</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Kontrolli koodi või küsi infoletist.</translation>
    </message>
    <message>
        <source>We did not find this code.</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Me ei leidnud seda koodi.</translation>
    </message>
    <message>
        <source>Check it, or ask at the desk.</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Kontrolli koodi või küsi infoletist.</translation>
    </message>
    <message>
        <source>The centre is closed now.</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Suletud.</translation>
    </message>
    <message>
        <source>Opening hours:</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Lahtiolekuajad:</translation>
    </message>
    <message>
        <source>You can still book a time.</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Aega saad siiski broneerida.</translation>
    </message>
    <message>
        <source>Book a time</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Broneeri aeg</translation>
    </message>
    <message>
        <source>Do you want to book this time?</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Kas soovid selle aja broneerida?</translation>
    </message>
    <message>
        <source>at %1</source>
        <comment>a time on its own line: at 10.30</comment>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>kell %1</translation>
    </message>
    <message>
        <source>Place: %1</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Koht: %1</translation>
    </message>
    <message>
        <source>Book this time</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Broneeri see aeg</translation>
    </message>
    <message>
        <source>Choose another time</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Vali teine aeg</translation>
    </message>
    <message>
        <source>Closed now.</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Praegu suletud.</translation>
    </message>
    <message>
        <source>I don&apos;t know – I want to talk to someone</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Ma ei tea – tahan kellegagi rääkida</translation>
    </message>
    <message>
        <source>Back</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Tagasi</translation>
    </message>
    <message>
        <source>Start over</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Alusta uuesti</translation>
    </message>
    <message>
        <source>Mondays</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Esmaspäeviti</translation>
    </message>
    <message>
        <source>Tuesdays</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Teisipäeviti</translation>
    </message>
    <message>
        <source>Wednesdays</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Kolmapäeviti</translation>
    </message>
    <message>
        <source>Thursdays</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Neljapäeviti</translation>
    </message>
    <message>
        <source>Fridays</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Reedeti</translation>
    </message>
    <message>
        <source>Saturdays</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Laupäeviti</translation>
    </message>
    <message>
        <source>Sundays</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Pühapäeviti</translation>
    </message>
    <message>
        <source>This worker is here at these times:</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>See töötaja on siin nendel aegadel:</translation>
    </message>
    <message>
        <source>The staff at the desk can help you now.</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Infoletis aidatakse sind kohe.</translation>
    </message>
    <message>
        <source>Who do you want to meet?</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Kellega tahad kohtuda?</translation>
    </message>
    <message>
        <source>Choose a time that suits you.</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Vali endale sobiv aeg.</translation>
    </message>
    <message>
        <source>Somebody just took that time. Please choose another.</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Keegi broneeris just selle aja. Palun vali teine aeg.</translation>
    </message>
    <message>
        <source>That time cannot be booked any more. Please choose another.</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Seda aega ei saa enam broneerida. Palun vali teine aeg.</translation>
    </message>
    <message>
        <source>Earlier times</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Varasemad ajad</translation>
    </message>
    <message>
        <source>Later times</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Hilisemad ajad</translation>
    </message>
    <message>
        <source>Your number is</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Sinu number on</translation>
    </message>
    <message>
        <source>You are number %1 in the queue.</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Sinu koht järjekorras: %1.</translation>
    </message>
    <message>
        <source>You are next.</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Oled järgmine.</translation>
    </message>
    <message>
        <source>You will wait about 1 minute.</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Ootad umbes 1 minuti.</translation>
    </message>
    <message>
        <source>You will wait about %1 minutes.</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Ootad umbes %1 minutit.</translation>
    </message>
    <message>
        <source>Scan to follow your turn on your phone</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Skanni kood. Näed oma korda telefonis.</translation>
    </message>
    <message>
        <source>Welcome! We help you find the right person.</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Tere tulemast! Aitame sul leida õige inimese.</translation>
    </message>
    <message>
        <source>You do not need to give your name.</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Sa ei pea oma nime ütlema.</translation>
    </message>
    <message>
        <source>Choose your language</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Vali keel</translation>
    </message>
    <message>
        <source>Start</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Alusta</translation>
    </message>
    <message>
        <source>I have a booked time</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Mul on broneeritud aeg</translation>
    </message>
    <message>
        <source>d MMM</source>
        <comment>a short date without the year, as a Qt date pattern; Finnish: d.M.</comment>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>d.M.</translation>
    </message>
    <message>
        <source>today</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>täna</translation>
    </message>
    <message>
        <source>tomorrow</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>homme</translation>
    </message>
    <message>
        <source>on %1</source>
        <comment>a weekday in a sentence: on Tuesday</comment>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>%1</translation>
    </message>
    <message>
        <source>It opens again %1 at %2.</source>
        <comment>%1 today / tomorrow / on Tuesday, %2 the time</comment>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Avame taas: %1 kell %2.</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <comment>a day heading and a time: Tuesday 3 Mar at 10.30</comment>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>%1 kell %2</translation>
    </message>
</context>
</TS>
