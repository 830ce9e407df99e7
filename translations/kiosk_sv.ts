<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sv" sourcelanguage="en">
<context>
    <name>Access</name>
    <message>
        <source>No voice</source>
        <comment>Read aloud, when the language has no voice</comment>
        <translation>Ingen uppläsning</translation>
    </message>
    <message>
        <source>This kiosk cannot read this language aloud.</source>
        <translation>Det här språket kan inte läsas upp här.</translation>
    </message>
    <message>
        <source>Keeps your answers. The screen does not start over.</source>
        <translation>Dina svar sparas. Skärmen börjar inte om.</translation>
    </message>
    <message>
        <source>Changes the language to %1.</source>
        <translation>Byter språk till %1.</translation>
    </message>
    <message>
        <source>Speech is on. Arrow keys move. Enter chooses. Minus goes back. Plus says it again.</source>
        <translation>Talet är på. Piltangenterna flyttar. Enter väljer. Minus går tillbaka. Plus säger det igen.</translation>
    </message>
    <message>
        <source>An answer to the question: %1</source>
        <translation>Ett svar på frågan: %1</translation>
    </message>
    <message>
        <source>Gives you a queue number for the front desk. Staff will help you.</source>
        <translation>Du får ett könummer till rådgivningen. Personalen hjälper dig.</translation>
    </message>
    <message>
        <source>Goes to the previous question.</source>
        <translation>Går till förra frågan.</translation>
    </message>
    <message>
        <source>Forgets your answers and starts from the first question.</source>
        <translation>Glömmer dina svar och börjar från första frågan.</translation>
    </message>
    <message>
        <source>Deletes the last sign.</source>
        <translation>Tar bort det sista tecknet.</translation>
    </message>
    <message>
        <source>Deletes the whole code.</source>
        <translation>Tar bort hela koden.</translation>
    </message>
    <message>
        <source>Sends the code. You get your queue number.</source>
        <translation>Skickar koden. Du får ditt könummer.</translation>
    </message>
    <message>
        <source>Gives you a queue number for the front desk.</source>
        <translation>Du får ett könummer till rådgivningen.</translation>
    </message>
    <message>
        <source>Opens the keypad with the code you typed.</source>
        <translation>Öppnar knapparna med koden som du skrev.</translation>
    </message>
    <message>
        <source>Types this sign.</source>
        <translation>Skriver det här tecknet.</translation>
    </message>
    <message>
        <source>Goes back to the start. Remember your number.</source>
        <translation>Går tillbaka till början. Kom ihåg ditt nummer.</translation>
    </message>
    <message>
        <source>Read aloud</source>
        <translation>Läs upp</translation>
    </message>
    <message>
        <source>Says what is on the screen.</source>
        <translation>Säger vad som står på skärmen.</translation>
    </message>
    <message>
        <source>Shows every language to choose from.</source>
        <translation>Visar alla språk som du kan välja.</translation>
    </message>
    <message>
        <source>Larger text</source>
        <translation>Större text</translation>
    </message>
    <message>
        <source>Makes all text bigger. Tap again for normal size.</source>
        <translation>Gör all text större. Tryck igen för vanlig storlek.</translation>
    </message>
    <message>
        <source>Starts the questions.</source>
        <translation>Börjar frågorna.</translation>
    </message>
    <message>
        <source>Opens a keypad for your booking code.</source>
        <translation>Öppnar knappar för din bokningskod.</translation>
    </message>
    <message>
        <source>Goes back to the start. Remember your code.</source>
        <translation>Går tillbaka till början. Kom ihåg din kod.</translation>
    </message>
    <message>
        <source>Shows the visiting workers and their free times.</source>
        <translation>Visar vem du kan boka tid hos och de lediga tiderna.</translation>
    </message>
    <message>
        <source>Goes back to the first screen.</source>
        <translation>Går tillbaka till första skärmen.</translation>
    </message>
    <message>
        <source>Books the time. You get a code for it.</source>
        <translation>Bokar tiden. Du får en kod för den.</translation>
    </message>
    <message>
        <source>Goes back to the free times.</source>
        <translation>Går tillbaka till de lediga tiderna.</translation>
    </message>
    <message>
        <source>Goes to the previous screen.</source>
        <translation>Går till föregående skärm.</translation>
    </message>
    <message>
        <source>Chooses this time. You confirm it next.</source>
        <translation>Väljer den här tiden. Sedan bekräftar du den.</translation>
    </message>
    <message>
        <source>Shows the earlier free times.</source>
        <translation>Visar de tidigare lediga tiderna.</translation>
    </message>
    <message>
        <source>Shows the next free times.</source>
        <translation>Visar de följande lediga tiderna.</translation>
    </message>
</context>
<context>
    <name>Admin</name>
    <message>
        <source>Texts in %1 await a native speaker&apos;s review.</source>
        <translation>Texterna på %1 väntar på granskning av en modersmålstalare.</translation>
    </message>
    <message>
        <source>Kokoomo – admin</source>
        <translation>Kokoomo – administration</translation>
    </message>
    <message>
        <source>Kiosk admin</source>
        <translation>Kioskens administration</translation>
    </message>
    <message>
        <source>Logged in: %1</source>
        <translation>Inloggad: %1</translation>
    </message>
    <message>
        <source>Log out</source>
        <translation>Logga ut</translation>
    </message>
    <message>
        <source>Questions</source>
        <translation>Frågor</translation>
    </message>
    <message>
        <source>Services and hours</source>
        <translation>Tjänster och tider</translation>
    </message>
    <message>
        <source>Versions</source>
        <translation>Versioner</translation>
    </message>
    <message>
        <source>Statistics</source>
        <translation>Statistik</translation>
    </message>
    <message>
        <source>Problems to fix before publishing</source>
        <translation>Rätta detta innan du publicerar</translation>
    </message>
    <message>
        <source>What did you change?</source>
        <translation>Vad ändrade du?</translation>
    </message>
    <message>
        <source>One line, e.g. &apos;New Swedish text for Work&apos;</source>
        <translation>En rad, t.ex. &apos;Ny svensk text för Arbete&apos;</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Ångra</translation>
    </message>
    <message>
        <source>Discard my changes</source>
        <translation>Släng mina ändringar</translation>
    </message>
    <message>
        <source>Publish</source>
        <translation>Publicera</translation>
    </message>
    <message>
        <source>✔ No problems.</source>
        <translation>✔ Inga problem.</translation>
    </message>
    <message>
        <source>Publishing…</source>
        <translation>Publicerar…</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Kontrollerar…</translation>
    </message>
    <message>
        <source>Publish is off: fix the problems listed above first (%1).</source>
        <translation>Du kan inte publicera än: rätta först problemen ovan (%1).</translation>
    </message>
    <message>
        <source>Publish is off: no connection to the hub.</source>
        <translation>Du kan inte publicera: ingen kontakt med huvuddatorn.</translation>
    </message>
    <message>
        <source>Nothing to publish: no changes yet.</source>
        <translation>Inget att publicera: inga ändringar än.</translation>
    </message>
    <message>
        <source>Write in one line what you changed, then publish.</source>
        <translation>Skriv på en rad vad du ändrade. Publicera sedan.</translation>
    </message>
    <message>
        <source>Ready to publish. The kiosk uses it from the next visitor.</source>
        <translation>Klart att publicera. Kiosken använder det från nästa besökare.</translation>
    </message>
    <message>
        <source>Published as version %1. The kiosk uses it from the next visitor.</source>
        <translation>Publicerat som version %1. Kiosken använder det från nästa besökare.</translation>
    </message>
    <message>
        <source>Not published: the hub does not answer. Your changes are kept here.</source>
        <translation>Inte publicerat: huvuddatorn svarar inte. Dina ändringar finns kvar här.</translation>
    </message>
    <message>
        <source>Not published: your session has ended. Log in again.</source>
        <translation>Inte publicerat: inloggningen har gått ut. Logga in igen.</translation>
    </message>
    <message>
        <source>Not published: %1</source>
        <translation>Inte publicerat: %1</translation>
    </message>
    <message>
        <source>The hub does not answer: could not read the routing.</source>
        <translation>Huvuddatorn svarar inte: frågorna kunde inte läsas.</translation>
    </message>
    <message>
        <source>The region&apos;s template %1</source>
        <translation>Regionens mall %1</translation>
    </message>
    <message>
        <source>Forget every change since the last publish?</source>
        <translation>Glömma alla ändringar sedan senaste publicering?</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Släng</translation>
    </message>
    <message>
        <source>Keep editing</source>
        <translation>Fortsätt redigera</translation>
    </message>
    <message>
        <source>Close the admin</source>
        <translation>Stäng administrationen</translation>
    </message>
    <message>
        <source>Your changes are not published. Close and forget them?</source>
        <translation>Dina ändringar är inte publicerade. Stänga och glömma dem?</translation>
    </message>
    <message>
        <source>Close and forget</source>
        <translation>Stäng och glöm</translation>
    </message>
</context>
<context>
    <name>AdminChanges</name>
    <message>
        <source>question text</source>
        <translation>frågans text</translation>
    </message>
    <message>
        <source>label</source>
        <translation>knappens text</translation>
    </message>
    <message>
        <source>help text</source>
        <translation>hjälptext</translation>
    </message>
    <message>
        <source>icon</source>
        <translation>bild</translation>
    </message>
    <message>
        <source>next question</source>
        <translation>nästa fråga</translation>
    </message>
    <message>
        <source>services</source>
        <translation>tjänster</translation>
    </message>
    <message>
        <source>priority</source>
        <translation>förtur</translation>
    </message>
    <message>
        <source>name</source>
        <translation>namn</translation>
    </message>
    <message>
        <source>room</source>
        <translation>rum</translation>
    </message>
    <message>
        <source>kind</source>
        <translation>typ</translation>
    </message>
    <message>
        <source>ticket letter</source>
        <translation>köbokstav</translation>
    </message>
    <message>
        <source>discreet</source>
        <translation>diskret</translation>
    </message>
    <message>
        <source>visiting times</source>
        <translation>besökstider</translation>
    </message>
    <message>
        <source>opening hours</source>
        <translation>öppettider</translation>
    </message>
    <message>
        <source>extra time</source>
        <translation>extra tid</translation>
    </message>
    <message>
        <source>first question</source>
        <translation>första frågan</translation>
    </message>
    <message>
        <source>front desk service</source>
        <translation>rådgivningstjänst</translation>
    </message>
    <message>
        <source>languages</source>
        <translation>språk</translation>
    </message>
    <message>
        <source>answers</source>
        <translation>svar</translation>
    </message>
    <message>
        <source>file version</source>
        <translation>filens version</translation>
    </message>
    <message>
        <source>Answer &apos;%2&apos; in question &apos;%1&apos;</source>
        <translation>Svaret &apos;%2&apos; i frågan &apos;%1&apos;</translation>
    </message>
    <message>
        <source>Question &apos;%1&apos;</source>
        <translation>Frågan &apos;%1&apos;</translation>
    </message>
    <message>
        <source>Service &apos;%1&apos;</source>
        <translation>Tjänsten &apos;%1&apos;</translation>
    </message>
    <message>
        <source>The centre</source>
        <translation>Centret</translation>
    </message>
    <message>
        <source>The routing</source>
        <translation>Frågorna</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%2 (%1)</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>ingenting</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nej</translation>
    </message>
    <message>
        <source>%1: %2 changed from %3 to %4.</source>
        <translation>%1: %2 ändrades: %3 → %4.</translation>
    </message>
    <message>
        <source>%1 changed from %3 to %4.</source>
        <translation>%1 ändrades: %3 → %4.</translation>
    </message>
    <message>
        <source>%1: %2 added: %4.</source>
        <translation>%1: %2 tillagd: %4.</translation>
    </message>
    <message>
        <source>%1 added: %4.</source>
        <translation>%1 tillagd: %4.</translation>
    </message>
    <message>
        <source>%1: %2 removed (was %3).</source>
        <translation>%1: %2 borttagen (var %3).</translation>
    </message>
    <message>
        <source>%1 removed.</source>
        <translation>%1 borttagen.</translation>
    </message>
    <message>
        <source>%1: %2 moved.</source>
        <translation>%1: %2 flyttad.</translation>
    </message>
    <message>
        <source>%1 moved to another place.</source>
        <translation>%1 flyttad till en annan plats.</translation>
    </message>
</context>
<context>
    <name>AdminEditor</name>
    <message>
        <source>Add question</source>
        <translation>Lägg till fråga</translation>
    </message>
    <message>
        <source>Add answer</source>
        <translation>Lägg till svar</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Flytta upp</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Flytta ner</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Ta bort</translation>
    </message>
    <message>
        <source>Choose a question or an answer on the left.</source>
        <translation>Välj en fråga eller ett svar till vänster.</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Fråga</translation>
    </message>
    <message>
        <source>Help text under the question (optional)</source>
        <translation>Hjälptext under frågan (frivillig)</translation>
    </message>
    <message>
        <source>Id:</source>
        <translation>Id:</translation>
    </message>
    <message>
        <source>A short name for the computer: a–z, 0–9, - and _.</source>
        <translation>Ett kort namn för datorn: a–z, 0–9, - och _.</translation>
    </message>
    <message>
        <source>This is the first question</source>
        <translation>Det här är den första frågan</translation>
    </message>
    <message>
        <source>Answer button</source>
        <translation>Svarsknapp</translation>
    </message>
    <message>
        <source>Help text on the button (optional)</source>
        <translation>Hjälptext på knappen (frivillig)</translation>
    </message>
    <message>
        <source>Choose icon…</source>
        <translation>Välj bild…</translation>
    </message>
    <message>
        <source>Leads to</source>
        <translation>Vart svaret leder</translation>
    </message>
    <message>
        <source>Answer in question &apos;%1&apos;</source>
        <translation>Svar på frågan &apos;%1&apos;</translation>
    </message>
    <message>
        <source>No icon</source>
        <translation>Ingen bild</translation>
    </message>
    <message>
        <source>Question &apos;%1&apos;</source>
        <translation>Frågan &apos;%1&apos;</translation>
    </message>
    <message>
        <source>Not changed: an id may have only a–z, 0–9, - and _.</source>
        <translation>Inte ändrat: id får bara ha a–z, 0–9, - och _.</translation>
    </message>
    <message>
        <source>Not changed: that id is already used here.</source>
        <translation>Inte ändrat: det id:t används redan.</translation>
    </message>
    <message>
        <source>Choose an icon</source>
        <translation>Välj en bild</translation>
    </message>
    <message>
        <source>Use this icon</source>
        <translation>Använd den här bilden</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <source>Another question:</source>
        <translation>Till en annan fråga:</translation>
    </message>
    <message>
        <source>Services, in this order:</source>
        <translation>Till tjänster i den här ordningen:</translation>
    </message>
    <message>
        <source>Add service</source>
        <translation>Lägg till tjänst</translation>
    </message>
    <message>
        <source>Priority:</source>
        <translation>Förtur:</translation>
    </message>
    <message>
        <source>0 is normal. A higher number is called first.</source>
        <translation>0 är vanligt. Ett högre tal ropas upp först.</translation>
    </message>
    <message>
        <source>Missing</source>
        <translation>Saknas</translation>
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
        <translation>Administration – PIN</translation>
    </message>
    <message>
        <source>Type the admin PIN</source>
        <translation>Skriv administrationens PIN-kod</translation>
    </message>
    <message>
        <source>Log in</source>
        <translation>Logga in</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <source>Erase one digit</source>
        <translation>Radera en siffra</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Kontrollerar…</translation>
    </message>
    <message>
        <source>Wrong PIN.</source>
        <translation>Fel PIN-kod.</translation>
    </message>
    <message>
        <source>Tries left: %1.</source>
        <translation>Försök kvar: %1.</translation>
    </message>
    <message>
        <source>No admin PIN is set. On the hub machine, run: kiosk admin --set-pin</source>
        <translation>Ingen PIN-kod är satt. Kör på huvuddatorn: kiosk admin --set-pin</translation>
    </message>
    <message>
        <source>This PC is not paired with the hub. Start the admin with a token from the hub machine:</source>
        <translation>Den här datorn är inte kopplad till huvuddatorn. Starta administrationen med en nyckel från huvuddatorn:</translation>
    </message>
    <message>
        <source>The hub does not answer. Check the network and try again.</source>
        <translation>Huvuddatorn svarar inte. Kontrollera nätverket och försök igen.</translation>
    </message>
    <message>
        <source>Something went wrong (%1). Try again.</source>
        <translation>Något gick fel (%1). Försök igen.</translation>
    </message>
    <message>
        <source>Too many wrong tries. Try again in %1.</source>
        <translation>För många fel försök. Försök igen om %1.</translation>
    </message>
    <message>
        <source>You can try again now.</source>
        <translation>Du kan försöka igen nu.</translation>
    </message>
</context>
<context>
    <name>AdminPreview</name>
    <message>
        <source>Preview: the kiosk with your changes</source>
        <translation>Förhandsvisning: kiosken med dina ändringar</translation>
    </message>
    <message>
        <source>Tap through it as a visitor would. No ticket is made.</source>
        <translation>Prova som en besökare. Ingen kölapp görs.</translation>
    </message>
    <message>
        <source>Start over</source>
        <translation>Börja om</translation>
    </message>
</context>
<context>
    <name>AdminProblems</name>
    <message>
        <source>The %1 text is missing.</source>
        <translation>Texten saknas: %1.</translation>
    </message>
    <message>
        <source>A text in %1 is not used.</source>
        <translation>Texten på %1 används inte.</translation>
    </message>
    <message>
        <source>Leads to a question that does not exist: %1.</source>
        <translation>Leder till en fråga som inte finns: %1.</translation>
    </message>
    <message>
        <source>Leads to a service that does not exist: %1.</source>
        <translation>Leder till en tjänst som inte finns: %1.</translation>
    </message>
    <message>
        <source>Choose what this answer leads to.</source>
        <translation>Välj vart svaret leder.</translation>
    </message>
    <message>
        <source>Add at least one service.</source>
        <translation>Lägg till minst en tjänst.</translation>
    </message>
    <message>
        <source>No answer leads to this question.</source>
        <translation>Inget svar leder till den här frågan.</translation>
    </message>
    <message>
        <source>The questions go round in a circle: %1.</source>
        <translation>Frågorna går runt i en cirkel: %1.</translation>
    </message>
    <message>
        <source>Two answers have the same id: %1.</source>
        <translation>Två svar har samma id: %1.</translation>
    </message>
    <message>
        <source>Two questions have the same id: %1.</source>
        <translation>Två frågor har samma id: %1.</translation>
    </message>
    <message>
        <source>Two services have the same id: %1.</source>
        <translation>Två tjänster har samma id: %1.</translation>
    </message>
    <message>
        <source>Add at least one answer.</source>
        <translation>Lägg till minst ett svar.</translation>
    </message>
    <message>
        <source>The ticket letter must be 1 or 2 capital letters.</source>
        <translation>Köbokstaven ska vara 1 eller 2 stora bokstäver.</translation>
    </message>
    <message>
        <source>Add the times when this worker visits.</source>
        <translation>Lägg till tiderna när den här arbetaren är på plats.</translation>
    </message>
    <message>
        <source>Only a visiting worker has times.</source>
        <translation>Bara en besökande arbetare har tider.</translation>
    </message>
    <message>
        <source>Write the time as HH:MM, for example 09:30 (now: %1).</source>
        <translation>Skriv tiden som HH:MM, t.ex. 09:30 (nu: %1).</translation>
    </message>
    <message>
        <source>Choose a weekday (now: %1).</source>
        <translation>Välj en veckodag (nu: %1).</translation>
    </message>
    <message>
        <source>The start must be before the end.</source>
        <translation>Början ska vara före slutet.</translation>
    </message>
    <message>
        <source>Do not mix walk-in and booked services in one answer.</source>
        <translation>Blanda inte kötjänster och tidsbokade tjänster i samma svar.</translation>
    </message>
    <message>
        <source>Two services use the ticket letter %1: %2.</source>
        <translation>Två tjänster har samma bokstav %1: %2.</translation>
    </message>
    <message>
        <source>The first question does not exist: %1.</source>
        <translation>Den första frågan finns inte: %1.</translation>
    </message>
    <message>
        <source>The front desk service does not exist: %1.</source>
        <translation>Rådgivningstjänsten finns inte: %1.</translation>
    </message>
    <message>
        <source>The front desk service must take walk-ins.</source>
        <translation>Rådgivningstjänsten ska vara en kötjänst (ingen tidsbokning).</translation>
    </message>
    <message>
        <source>A time slot must be 5 to 240 minutes.</source>
        <translation>Ett besök är 5–240 minuter.</translation>
    </message>
    <message>
        <source>An id may have only a–z, 0–9, - and _: %1.</source>
        <translation>Ett id får bara ha a–z, 0–9, - och _: %1.</translation>
    </message>
    <message>
        <source>Question &apos;%1&apos;, answer &apos;%2&apos;</source>
        <translation>Frågan &apos;%1&apos;, svaret &apos;%2&apos;</translation>
    </message>
    <message>
        <source>Question &apos;%1&apos;</source>
        <translation>Frågan &apos;%1&apos;</translation>
    </message>
    <message>
        <source>Service &apos;%1&apos;</source>
        <translation>Tjänsten &apos;%1&apos;</translation>
    </message>
    <message>
        <source>The centre</source>
        <translation>Centret</translation>
    </message>
    <message>
        <source>Front desk service</source>
        <translation>Rådgivningstjänst</translation>
    </message>
    <message>
        <source>The whole routing</source>
        <translation>Alla frågor</translation>
    </message>
</context>
<context>
    <name>AdminServices</name>
    <message>
        <source>Days off</source>
        <translation>Lediga dagar</translation>
    </message>
    <message>
        <source>Holidays: the centre is closed</source>
        <translation>Helgdagar: centret är stängt</translation>
    </message>
    <message>
        <source>Note for staff (optional)</source>
        <translation>Anteckning för personalen (frivillig)</translation>
    </message>
    <message>
        <source>Add day off</source>
        <translation>Lägg till ledig dag</translation>
    </message>
    <message>
        <source>Remove the chosen day</source>
        <translation>Ta bort vald dag</translation>
    </message>
    <message>
        <source>Needs the hub: not connected.</source>
        <translation>Behöver huvuddatorn: ingen kontakt.</translation>
    </message>
    <message>
        <source>No days off in the next two months.</source>
        <translation>Inga lediga dagar de närmaste två månaderna.</translation>
    </message>
    <message>
        <source>Day off saved.</source>
        <translation>Ledig dag sparad.</translation>
    </message>
    <message>
        <source>%1 visitors have booked a time that day. Cancel their bookings and mark the day off?</source>
        <translation>%1 besökare har bokat en tid den dagen. Avboka deras tider och markera dagen som ledig?</translation>
    </message>
    <message>
        <source>Cancel the bookings, mark the day off</source>
        <translation>Avboka och markera dagen som ledig</translation>
    </message>
    <message>
        <source>Bookings on that day</source>
        <translation>Bokningar den dagen</translation>
    </message>
    <message>
        <source>Keep the bookings</source>
        <translation>Behåll bokningarna</translation>
    </message>
    <message>
        <source>The hub does not answer.</source>
        <translation>Huvuddatorn svarar inte.</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Inte sparat: %1</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>I dag</translation>
    </message>
    <message>
        <source>Away: the kiosk sends visitors to the front desk instead.</source>
        <translation>Borta: kiosken skickar besökare till rådgivningen.</translation>
    </message>
    <message>
        <source>Asking the hub…</source>
        <translation>Frågar huvuddatorn…</translation>
    </message>
    <message>
        <source>Present</source>
        <translation>På plats</translation>
    </message>
    <message>
        <source>Away</source>
        <translation>Borta</translation>
    </message>
    <message>
        <source>Mark away</source>
        <translation>Markera borta</translation>
    </message>
    <message>
        <source>Mark present</source>
        <translation>Markera på plats</translation>
    </message>
    <message>
        <source>Add a walk-in service</source>
        <translation>Lägg till kötjänst</translation>
    </message>
    <message>
        <source>Add a visiting worker</source>
        <translation>Lägg till besökande arbetare</translation>
    </message>
    <message>
        <source>Remove the service</source>
        <translation>Ta bort tjänsten</translation>
    </message>
    <message>
        <source>The centre</source>
        <translation>Centret</translation>
    </message>
    <message>
        <source>Name of the centre</source>
        <translation>Centrets namn</translation>
    </message>
    <message>
        <source>Walk-in visitors get a number only at these times.</source>
        <translation>Besökare får en kölapp bara under dessa tider.</translation>
    </message>
    <message>
        <source>Languages at the kiosk</source>
        <translation>Kioskens språk</translation>
    </message>
    <message>
        <source>The kiosk offers these, the first as its own. A language you add needs its texts everywhere before you can publish; one you take away takes its texts with it.</source>
        <translation>Kiosken erbjuder de här språken, det första som sitt eget. Ett språk du lägger till behöver sina texter överallt innan du kan publicera; ett språk du tar bort tar sina texter med sig.</translation>
    </message>
    <message>
        <source>Front desk service:</source>
        <translation>Rådgivningstjänst:</translation>
    </message>
    <message>
        <source>Visitors go here when they want to talk to someone, or when a service is away.</source>
        <translation>Besökare kommer hit när de vill prata med någon eller när en tjänst är borta.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>Rum</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>Typ:</translation>
    </message>
    <message>
        <source>Ticket letter:</source>
        <translation>Köbokstav:</translation>
    </message>
    <message>
        <source>Id:</source>
        <translation>Id:</translation>
    </message>
    <message>
        <source>Walk-in: a queue number now</source>
        <translation>Kötjänst: kölapp nu</translation>
    </message>
    <message>
        <source>Visiting worker: book a time</source>
        <translation>Besökande arbetare: boka tid</translation>
    </message>
    <message>
        <source>Discreet</source>
        <translation>Diskret</translation>
    </message>
    <message>
        <source>The waiting-room screen shows only the number and the room, never the service. Its numbers start with the front desk&apos;s letter, so nobody can tell who came for it.</source>
        <translation>Väntrummets skärm visar bara numret och rummet, aldrig tjänsten. Numren börjar med infodiskens bokstav, så ingen kan se vem besökaren kom till.</translation>
    </message>
    <message>
        <source>Visiting times</source>
        <translation>Besökstider</translation>
    </message>
    <message>
        <source>the centre</source>
        <translation>centret</translation>
    </message>
    <message>
        <source>visiting</source>
        <translation>besökande</translation>
    </message>
    <message>
        <source>Answers that lead here: %1</source>
        <translation>Svar som leder hit: %1</translation>
    </message>
    <message>
        <source>No answer leads here yet (choose it under Questions).</source>
        <translation>Inget svar leder hit än (välj det under Frågor).</translation>
    </message>
    <message>
        <source>Only this service is in %1 on %2. Anyone can read that, so a number called to %1 then tells the waiting room who came for it. Share the room on those days if you can.</source>
        <translation>Bara den här tjänsten finns i %1 på %2. Det kan vem som helst läsa, så ett nummer som ropas till %1 då visar i väntrummet vem som kom hit. Dela rummet de dagarna om du kan.</translation>
    </message>
    <message>
        <source>Not changed: the id must be new and use only a–z, 0–9, - and _.</source>
        <translation>Inte ändrat: id:t ska vara nytt och bara ha a–z, 0–9, - och _.</translation>
    </message>
    <message>
        <source>Remove &apos;%1&apos;?</source>
        <translation>Ta bort &apos;%1&apos;?</translation>
    </message>
    <message>
        <source>%1 answers lead to it: they will show a problem until you change them.</source>
        <translation>%1 svar leder dit: de visar ett problem tills du ändrar dem.</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Ta bort</translation>
    </message>
    <message>
        <source>Keep it</source>
        <translation>Behåll</translation>
    </message>
    <message>
        <source>Opening hours</source>
        <translation>Öppettider</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Dag</translation>
    </message>
    <message>
        <source>Starts</source>
        <translation>Börjar</translation>
    </message>
    <message>
        <source>Ends</source>
        <translation>Slutar</translation>
    </message>
    <message>
        <source>Minutes per visit</source>
        <translation>Minuter per besök</translation>
    </message>
    <message>
        <source>Add a row</source>
        <translation>Lägg till rad</translation>
    </message>
    <message>
        <source>Remove the row</source>
        <translation>Ta bort raden</translation>
    </message>
</context>
<context>
    <name>AdminStats</name>
    <message>
        <source>This week</source>
        <translation>Den här veckan</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>Senaste 30 dagarna</translation>
    </message>
    <message>
        <source>Dates I choose</source>
        <translation>Jag väljer datum</translation>
    </message>
    <message>
        <source>Period:</source>
        <translation>Period:</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Visa</translation>
    </message>
    <message>
        <source>Save as CSV…</source>
        <translation>Spara som CSV…</translation>
    </message>
    <message>
        <source>visitors</source>
        <translation>besökare</translation>
    </message>
    <message>
        <source>did not come when called</source>
        <translation>kom inte när de ropades upp</translation>
    </message>
    <message>
        <source>booked times kept</source>
        <translation>bokade tider hölls</translation>
    </message>
    <message>
        <source>median wait</source>
        <translation>vanlig väntetid (median)</translation>
    </message>
    <message>
        <source>Keep the details of each visit for (days):</source>
        <translation>Besökens uppgifter sparas (dagar):</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Spara</translation>
    </message>
    <message>
        <source>After that only the counts stay: the figures do not change.</source>
        <translation>Sedan finns bara antalen kvar: siffrorna ändras inte.</translation>
    </message>
    <message>
        <source>Needs the hub: not connected.</source>
        <translation>Behöver huvuddatorn: ingen kontakt.</translation>
    </message>
    <message>
        <source>The end date is before the start date.</source>
        <translation>Slutdatum är före startdatum.</translation>
    </message>
    <message>
        <source>Asking the hub…</source>
        <translation>Frågar huvuddatorn…</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Sparat.</translation>
    </message>
    <message>
        <source>The hub does not answer.</source>
        <translation>Huvuddatorn svarar inte.</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Inte sparat: %1</translation>
    </message>
    <message>
        <source>No figures: %1</source>
        <translation>Inga siffror: %1</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 av %2</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>Visitors per day</source>
        <translation>Besökare per dag</translation>
    </message>
    <message>
        <source>Visitors by hour of the day</source>
        <translation>Besökare per timme</translation>
    </message>
    <message>
        <source>wanted to talk</source>
        <translation>ville prata</translation>
    </message>
    <message>
        <source>Visitors per service</source>
        <translation>Besökare per tjänst</translation>
    </message>
    <message>
        <source>First answer chosen</source>
        <translation>Första svaret</translation>
    </message>
    <message>
        <source>half waited less</source>
        <translation>hälften väntade kortare</translation>
    </message>
    <message>
        <source>9 in 10 waited less</source>
        <translation>9 av 10 väntade kortare</translation>
    </message>
    <message>
        <source>Waits in minutes</source>
        <translation>Väntetid i minuter</translation>
    </message>
    <message>
        <source>Show the figures first.</source>
        <translation>Visa siffrorna först.</translation>
    </message>
    <message>
        <source>Save as CSV</source>
        <translation>Spara som CSV</translation>
    </message>
    <message>
        <source>Saved: %1</source>
        <translation>Sparat: %1</translation>
    </message>
</context>
<context>
    <name>AdminVersions</name>
    <message>
        <source>When</source>
        <translation>När</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Vem</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Anteckning</translation>
    </message>
    <message>
        <source>In use</source>
        <translation>I bruk</translation>
    </message>
    <message>
        <source>Choose two versions to see what changed between them.</source>
        <translation>Välj två versioner för att se vad som ändrades.</translation>
    </message>
    <message>
        <source>Why? One line, e.g. &apos;Back to the spring questions&apos;</source>
        <translation>Varför? En rad, t.ex. &apos;Tillbaka till vårens frågor&apos;</translation>
    </message>
    <message>
        <source>Make this version active again</source>
        <translation>Använd den här versionen igen</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Uppdatera</translation>
    </message>
    <message>
        <source>Routing templates from the region</source>
        <translation>Regionens mallar för vägledningen</translation>
    </message>
    <message>
        <source>Adopt as my draft</source>
        <translation>Ta som mitt utkast</translation>
    </message>
    <message>
        <source>✔ in use</source>
        <translation>✔ i bruk</translation>
    </message>
    <message>
        <source>What changed</source>
        <translation>Vad som ändrades</translation>
    </message>
    <message>
        <source>From version %1 to version %2</source>
        <translation>Från version %1 till version %2</translation>
    </message>
    <message>
        <source>No differences.</source>
        <translation>Inga skillnader.</translation>
    </message>
    <message>
        <source>Region not reached since %1</source>
        <translation>Ingen kontakt med regionen sedan %1</translation>
    </message>
    <message>
        <source>The region refused the figures of %1 (%2 days in all): %3</source>
        <translation>Regionen tog inte emot siffrorna för %1 (%2 dagar sammanlagt): %3</translation>
    </message>
    <message>
        <source>This template cannot be your draft: %1</source>
        <translation>Den här mallen kan inte bli ditt utkast: %1</translation>
    </message>
    <message>
        <source>Back to version %1</source>
        <translation>Tillbaka till version %1</translation>
    </message>
    <message>
        <source>Done: the kiosk now uses it (version %1).</source>
        <translation>Klart: kiosken använder den nu (version %1).</translation>
    </message>
    <message>
        <source>The hub does not answer.</source>
        <translation>Huvuddatorn svarar inte.</translation>
    </message>
    <message>
        <source>The hub refused: %1</source>
        <translation>Huvuddatorn vägrade: %1</translation>
    </message>
</context>
<context>
    <name>AdminWeek</name>
    <message>
        <source>Mon</source>
        <translation>mån</translation>
    </message>
    <message>
        <source>Tue</source>
        <translation>tis</translation>
    </message>
    <message>
        <source>Wed</source>
        <translation>ons</translation>
    </message>
    <message>
        <source>Thu</source>
        <translation>tors</translation>
    </message>
    <message>
        <source>Fri</source>
        <translation>fre</translation>
    </message>
    <message>
        <source>Sat</source>
        <translation>lör</translation>
    </message>
    <message>
        <source>Sun</source>
        <translation>sön</translation>
    </message>
    <message>
        <source>Monday</source>
        <translation>måndag</translation>
    </message>
    <message>
        <source>Tuesday</source>
        <translation>tisdag</translation>
    </message>
    <message>
        <source>Wednesday</source>
        <translation>onsdag</translation>
    </message>
    <message>
        <source>Thursday</source>
        <translation>torsdag</translation>
    </message>
    <message>
        <source>Friday</source>
        <translation>fredag</translation>
    </message>
    <message>
        <source>Saturday</source>
        <translation>lördag</translation>
    </message>
    <message>
        <source>Sunday</source>
        <translation>söndag</translation>
    </message>
</context>
<context>
    <name>Common</name>
    <message>
        <source>Are you still there?</source>
        <translation>Är du kvar?</translation>
    </message>
    <message>
        <source>Soon the screen will start over.</source>
        <translation>Snart börjar skärmen om från början.</translation>
    </message>
    <message>
        <source>I need more time</source>
        <translation>Jag behöver mer tid</translation>
    </message>
    <message>
        <source>Please ask the staff at the desk.</source>
        <translation>Fråga personalen vid infodisken.</translation>
    </message>
    <message>
        <source>The kiosk will be back soon.</source>
        <translation>Skärmen fungerar snart igen.</translation>
    </message>
    <message>
        <source>For staff: the hub does not know this kiosk&apos;s token, so it cannot give tickets. See the install guide.</source>
        <translation>För personalen: servern känner inte igen den här kioskens nyckel, så kiosken kan inte ge könummer. Se installationsanvisningen.</translation>
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
        <translation>Nu betjänas</translation>
    </message>
    <message>
        <source>Previous calls</source>
        <translation>Tidigare</translation>
    </message>
    <message>
        <source>Waiting now</source>
        <translation>I kö nu</translation>
    </message>
    <message>
        <source>Queue numbers are shown here</source>
        <translation>Könumren visas här</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personer</translation>
    </message>
    <message>
        <source>Wait about</source>
        <translation>Väntan cirka</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>More services: %1</source>
        <translation>Fler tjänster: %1</translation>
    </message>
    <message>
        <source>Not here now</source>
        <translation>Inte här nu</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Stängt</translation>
    </message>
    <message>
        <source>Open again %1 %2</source>
        <translation>Öppet igen %1 %2</translation>
    </message>
    <message>
        <source>d MMM</source>
        <translation>d.M.</translation>
    </message>
    <message>
        <source>Connection lost – the display updates when the connection is back</source>
        <translation>Förbindelsen bröts – skärmen uppdateras när den är tillbaka</translation>
    </message>
    <message>
        <source>This display is not paired with the queue – please tell the staff</source>
        <translation>Skärmen är inte kopplad till kön – säg till personalen</translation>
    </message>
    <message>
        <source>Mon</source>
        <translation>mån</translation>
    </message>
    <message>
        <source>Tue</source>
        <translation>tis</translation>
    </message>
    <message>
        <source>Wed</source>
        <translation>ons</translation>
    </message>
    <message>
        <source>Thu</source>
        <translation>tors</translation>
    </message>
    <message>
        <source>Fri</source>
        <translation>fre</translation>
    </message>
    <message>
        <source>Sat</source>
        <translation>lör</translation>
    </message>
    <message>
        <source>Sun</source>
        <translation>sön</translation>
    </message>
</context>
<context>
    <name>Languages</name>
    <message>
        <source>Finnish</source>
        <translation>finska</translation>
    </message>
    <message>
        <source>Swedish</source>
        <translation>svenska</translation>
    </message>
    <message>
        <source>English</source>
        <translation>engelska</translation>
    </message>
    <message>
        <source>Ukrainian</source>
        <translation>ukrainska</translation>
    </message>
    <message>
        <source>Arabic</source>
        <translation>arabiska</translation>
    </message>
    <message>
        <source>Somali</source>
        <translation>somaliska</translation>
    </message>
    <message>
        <source>Russian</source>
        <translation>ryska</translation>
    </message>
    <message>
        <source>Estonian</source>
        <translation>estniska</translation>
    </message>
</context>
<context>
    <name>Phone</name>
    <message>
        <source>Your number</source>
        <translation>Ditt könummer</translation>
    </message>
    <message>
        <source>Your place in the queue</source>
        <translation>Din plats i kön</translation>
    </message>
    <message>
        <source>Estimated wait</source>
        <translation>Beräknad väntetid</translation>
    </message>
    <message>
        <source>{n} min</source>
        <translation>{n} min</translation>
    </message>
    <message>
        <source>soon</source>
        <translation>snart</translation>
    </message>
    <message>
        <source>Please wait for your turn</source>
        <translation>Vänta på din tur</translation>
    </message>
    <message>
        <source>You are next</source>
        <translation>Du är näst på tur</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Plats</translation>
    </message>
    <message>
        <source>It is your turn!</source>
        <translation>Det är din tur!</translation>
    </message>
    <message>
        <source>Please come to:</source>
        <translation>Kom hit:</translation>
    </message>
    <message>
        <source>Your visit is finished</source>
        <translation>Besöket är klart</translation>
    </message>
    <message>
        <source>Your turn has passed. Please ask at the info desk.</source>
        <translation>Din tur gick förbi. Fråga i infodisken.</translation>
    </message>
    <message>
        <source>This page updates itself.</source>
        <translation>Sidan uppdateras av sig själv.</translation>
    </message>
    <message>
        <source>No connection. Trying again.</source>
        <translation>Ingen anslutning. Jag försöker igen.</translation>
    </message>
    <message>
        <source>Number not found</source>
        <translation>Könumret hittades inte</translation>
    </message>
    <message>
        <source>Check the address or ask at the info desk.</source>
        <translation>Kontrollera adressen eller fråga i infodisken.</translation>
    </message>
</context>
<context>
    <name>Slip</name>
    <message>
        <source>Your number</source>
        <translation>Ditt nummer</translation>
    </message>
    <message>
        <source>You are number %1 in the queue.</source>
        <translation>Du är nummer %1 i kön.</translation>
    </message>
    <message>
        <source>You are next.</source>
        <translation>Du är näst på tur.</translation>
    </message>
    <message>
        <source>You will wait about 1 minute.</source>
        <translation>Du väntar cirka 1 minut.</translation>
    </message>
    <message>
        <source>You will wait about %1 minutes.</source>
        <translation>Du väntar cirka %1 minuter.</translation>
    </message>
    <message>
        <source>Watch the screen. We will call your number.</source>
        <translation>Titta på skärmen. Vi ropar upp ditt nummer.</translation>
    </message>
    <message>
        <source>Scan the code with your phone to follow your turn.</source>
        <translation>Skanna koden med telefonen så ser du när det är din tur.</translation>
    </message>
    <message>
        <source>Your booked time</source>
        <translation>Din bokade tid</translation>
    </message>
    <message>
        <source>at %1</source>
        <translation>kl. %1</translation>
    </message>
    <message>
        <source>Your booking code</source>
        <translation>Din bokningskod</translation>
    </message>
    <message>
        <source>When you come, type this code at the kiosk.</source>
        <translation>När du kommer, skriv koden i kiosken.</translation>
    </message>
    <message>
        <source>Scan the code with your phone to save the time in your calendar.</source>
        <translation>Skanna koden med telefonen så får du tiden i din kalender.</translation>
    </message>
</context>
<context>
    <name>Staff</name>
    <message>
        <source>called at %1</source>
        <translation>kallad kl. %1</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Klar</translation>
    </message>
    <message>
        <source>The visit is over; a journey goes on to its next service.</source>
        <translation>Besöket är klart. Har besökaren en följande tjänst, går hen till den kön.</translation>
    </message>
    <message>
        <source>Call again</source>
        <translation>Kalla igen</translation>
    </message>
    <message>
        <source>Show and say the number again.</source>
        <translation>Visa och säg numret igen.</translation>
    </message>
    <message>
        <source>Did not come</source>
        <translation>Kom inte</translation>
    </message>
    <message>
        <source>Mark as no-show. You can still call the number again later.</source>
        <translation>Markera att besökaren inte kom. Du kan ännu kalla numret senare.</translation>
    </message>
    <message>
        <source>Transfer…</source>
        <translation>Flytta…</translation>
    </message>
    <message>
        <source>Send the visitor to the end of another service&apos;s queue.</source>
        <translation>Flytta besökaren sist i en annan tjänsts kö.</translation>
    </message>
    <message>
        <source>%1 (away)</source>
        <translation>%1 (borta)</translation>
    </message>
    <message>
        <source>Nobody is with you now. Press Call next when you are ready.</source>
        <translation>Ingen är hos dig nu. Tryck på Kalla nästa när du är redo.</translation>
    </message>
    <message>
        <source>Connect to the hub</source>
        <translation>Anslut till servern</translation>
    </message>
    <message>
        <source>Connect this computer to the hub</source>
        <translation>Anslut den här datorn till servern</translation>
    </message>
    <message>
        <source>Type the staff token. The person who runs the kiosk gets one with &apos;kiosk token add --role staff&apos;.</source>
        <translation>Skriv personalens nyckel. Den som sköter kiosken får en med &apos;kiosk token add --role staff&apos;.</translation>
    </message>
    <message>
        <source>Hub: %1</source>
        <translation>Server: %1</translation>
    </message>
    <message>
        <source>Staff token</source>
        <translation>Personalens nyckel</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>Anslut</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>Inte nu</translation>
    </message>
    <message>
        <source>Type the token first.</source>
        <translation>Skriv först nyckeln.</translation>
    </message>
    <message>
        <source>My services</source>
        <translation>Mina tjänster</translation>
    </message>
    <message>
        <source>Which services do you serve at this desk?</source>
        <translation>Vilka tjänster sköter du vid den här platsen?</translation>
    </message>
    <message>
        <source>At set times (appointments; a visitor who checks in comes to your list):</source>
        <translation>Vid bokade tider (tidsbokningar; en besökare som anmält sig kommer till din lista):</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Spara</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <source>Choose at least one service.</source>
        <translation>Välj minst en tjänst.</translation>
    </message>
    <message>
        <source>%1 waiting</source>
        <translation>%1 väntar</translation>
    </message>
    <message>
        <source>Present</source>
        <translation>På plats</translation>
    </message>
    <message>
        <source>Away</source>
        <translation>Borta</translation>
    </message>
    <message>
        <source>Away: the kiosk does not send new visitors here.</source>
        <translation>Borta: kiosken skickar inga nya besökare hit.</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>Kalla</translation>
    </message>
    <message>
        <source>Call the next visitor of this service.</source>
        <translation>Kalla nästa besökare till den här tjänsten.</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>from: %1</source>
        <translation>från: %1</translation>
    </message>
    <message>
        <source>then: %1</source>
        <translation>sedan: %1</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Nummer</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Tjänst</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Plats</translation>
    </message>
    <message>
        <source>Waited</source>
        <translation>Väntat</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Obs.</translation>
    </message>
    <message>
        <source>Kokoomo – staff console</source>
        <translation>Kokoomo – personalens vy</translation>
    </message>
    <message>
        <source>My services…</source>
        <translation>Mina tjänster…</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Inställningar</translation>
    </message>
    <message>
        <source>Enter another staff token…</source>
        <translation>Ange en annan nyckel…</translation>
    </message>
    <message>
        <source>No connection to the hub – trying again…</source>
        <translation>Ingen kontakt med servern – försöker igen…</translation>
    </message>
    <message>
        <source>You see the last known queue. The buttons work again when the connection is back.</source>
        <translation>Du ser den senast kända kön. Knapparna fungerar igen när kontakten är tillbaka.</translation>
    </message>
    <message>
        <source>The hub cannot save: tickets cannot be given.</source>
        <translation>Servern kan inte spara: inga könummer kan ges.</translation>
    </message>
    <message>
        <source>Tell the centre&apos;s IT: the disk may be full. It works again by itself once fixed.</source>
        <translation>Säg till centrets IT-stöd: disken kan vara full. Allt fungerar igen av sig självt när felet är åtgärdat.</translation>
    </message>
    <message>
        <source>Call next</source>
        <translation>Kalla nästa</translation>
    </message>
    <message>
        <source>With you now</source>
        <translation>Hos dig nu</translation>
    </message>
    <message>
        <source>Enter a staff token…</source>
        <translation>Ange nyckel…</translation>
    </message>
    <message>
        <source>Waiting: %1</source>
        <translation>I kön: %1</translation>
    </message>
    <message>
        <source>Nobody is waiting for your services.</source>
        <translation>Ingen väntar på dina tjänster.</translation>
    </message>
    <message>
        <source>Next: %1 · %2 · waited %3</source>
        <translation>Nästa: %1 · %2 · väntat %3</translation>
    </message>
    <message>
        <source>Choose your services first: My services…</source>
        <translation>Välj först dina tjänster: Mina tjänster…</translation>
    </message>
    <message>
        <source>This computer has no staff token yet: enter one to see the queue and call.</source>
        <translation>Datorn har ingen nyckel än: ange en för att se kön och kalla.</translation>
    </message>
    <message>
        <source>Connected to the hub.</source>
        <translation>Kontakt med servern.</translation>
    </message>
</context>
<context>
    <name>StaffAppointments</name>
    <message>
        <source>Checked in: %1</source>
        <translation>Anmäld: %1</translation>
    </message>
    <message>
        <source>Booked</source>
        <translation>Bokad</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Avbokad</translation>
    </message>
    <message>
        <source>Did not come</source>
        <translation>Kom inte</translation>
    </message>
    <message>
        <source>The time has come and the visitor is not here.</source>
        <translation>Tiden har börjat och besökaren har inte kommit.</translation>
    </message>
    <message>
        <source>Cancel…</source>
        <translation>Avboka…</translation>
    </message>
    <message>
        <source>Cancel the booking: the time is free again.</source>
        <translation>Avboka: tiden blir ledig igen.</translation>
    </message>
    <message>
        <source>Mark a day off…</source>
        <translation>Markera en ledig dag…</translation>
    </message>
    <message>
        <source>None of your services takes appointments. Choose one in My services…</source>
        <translation>Ingen av dina tjänster tar tidsbokningar. Välj en under Mina tjänster…</translation>
    </message>
    <message>
        <source>A visitor who checks in at the kiosk comes to your waiting list first: use Call next.</source>
        <translation>En besökare som anmäler sig vid kiosken kommer först i din kö: använd Kalla nästa.</translation>
    </message>
    <message>
        <source>Reading the bookings…</source>
        <translation>Läser bokningarna…</translation>
    </message>
    <message>
        <source>The hub does not show bookings without a staff token.</source>
        <translation>Servern visar bokningar bara med personalens nyckel.</translation>
    </message>
    <message>
        <source>The bookings could not be read. The console tries again in a minute.</source>
        <translation>Bokningarna kunde inte läsas. Ett nytt försök om en minut.</translation>
    </message>
    <message>
        <source>No bookings.</source>
        <translation>Inga bokningar.</translation>
    </message>
    <message>
        <source>Free times: %1</source>
        <translation>Lediga tider: %1</translation>
    </message>
    <message>
        <source>No free times.</source>
        <translation>Inga lediga tider.</translation>
    </message>
    <message>
        <source>%1 at every centre this week</source>
        <translation>%1 på alla ställen den här veckan</translation>
    </message>
    <message>
        <source>The region does not answer: the other centres&apos; times are not shown.</source>
        <translation>Regionen svarar inte: de andra ställenas tider visas inte.</translation>
    </message>
    <message>
        <source>No bookings at any centre.</source>
        <translation>Inga bokningar på något ställe.</translation>
    </message>
    <message>
        <source>came</source>
        <translation>kom</translation>
    </message>
    <message>
        <source>did not come</source>
        <translation>kom inte</translation>
    </message>
    <message>
        <source>The whole centre is closed this day.</source>
        <translation>Hela centret är stängt den här dagen.</translation>
    </message>
    <message>
        <source>Day off: %1</source>
        <translation>Ledig dag: %1</translation>
    </message>
    <message>
        <source>Not off after all</source>
        <translation>Inte ledig ändå</translation>
    </message>
    <message>
        <source>The free times come back to the kiosk.</source>
        <translation>De lediga tiderna kommer tillbaka till kiosken.</translation>
    </message>
    <message>
        <source>Cancel the booking?</source>
        <translation>Avboka?</translation>
    </message>
    <message>
        <source>Cancel the booking %1?</source>
        <translation>Avboka bokningen %1?</translation>
    </message>
    <message>
        <source>The time becomes free for others. The visitor is not told: if you can, tell them yourself.</source>
        <translation>Tiden blir ledig för andra. Besökaren får inget meddelande: säg det själv om du kan.</translation>
    </message>
    <message>
        <source>Cancel the booking</source>
        <translation>Avboka</translation>
    </message>
    <message>
        <source>Keep it</source>
        <translation>Behåll den</translation>
    </message>
    <message>
        <source>Appointments</source>
        <translation>Bokningar</translation>
    </message>
    <message>
        <source>Appointments: %1</source>
        <translation>Bokningar: %1</translation>
    </message>
    <message>
        <source>Mark a day off</source>
        <translation>Markera en ledig dag</translation>
    </message>
    <message>
        <source>A day when you are not here</source>
        <translation>En dag då du inte är här</translation>
    </message>
    <message>
        <source>On a day off the kiosk offers none of your times, and nobody can book them.</source>
        <translation>En ledig dag visar kiosken inga av dina tider, och ingen kan boka dem.</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Tjänst</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Dag</translation>
    </message>
    <message>
        <source>Note for staff</source>
        <translation>Anteckning för personalen</translation>
    </message>
    <message>
        <source>for example: training day (optional)</source>
        <translation>till exempel: utbildningsdag (frivilligt)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Stäng</translation>
    </message>
    <message>
        <source>Cancel these bookings and mark the day off</source>
        <translation>Avboka dessa och markera den lediga dagen</translation>
    </message>
    <message>
        <source>Mark the day off</source>
        <translation>Markera den lediga dagen</translation>
    </message>
    <message>
        <source>Visitors have booked these times that day:</source>
        <translation>De här tiderna är bokade den dagen:</translation>
    </message>
    <message>
        <source>The hub cannot tell them. If you cancel, the kiosk says so when they come to check in.</source>
        <translation>Servern kan inte meddela dem. Om du avbokar säger kiosken det när de kommer för att anmäla sig.</translation>
    </message>
    <message>
        <source>The hub did not do this. The hub says: %1</source>
        <translation>Servern gjorde inte detta. Serverns meddelande (på engelska): %1</translation>
    </message>
</context>
<context>
    <name>StaffNotice</name>
    <message>
        <source>The kiosk&apos;s printer: %1 – %2</source>
        <translation>Kioskens skrivare: %1 – %2</translation>
    </message>
    <message>
        <source>The kiosk “%1” has not been in touch since %2. Is it on, and on the network?</source>
        <translation>Kiosken ”%1” har inte hörts av sedan %2. Är den på och ansluten till nätverket?</translation>
    </message>
    <message>
        <source>The kiosk “%1” is in touch again – %2</source>
        <translation>Kiosken ”%1” hörs av igen – %2</translation>
    </message>
    <message>
        <source>The waiting-room screen “%1” has not been in touch since %2. Is it on, and on the network?</source>
        <translation>Väntrummets skärm ”%1” har inte hörts av sedan %2. Är den på och ansluten till nätverket?</translation>
    </message>
    <message>
        <source>The waiting-room screen “%1” is in touch again – %2</source>
        <translation>Väntrummets skärm ”%1” hörs av igen – %2</translation>
    </message>
    <message>
        <source>The kiosk: %1 – %2</source>
        <translation>Kiosken: %1 – %2</translation>
    </message>
    <message>
        <source>OK, hide</source>
        <translation>OK, dölj</translation>
    </message>
    <message>
        <source>Hide this until the kiosk sends a new notice.</source>
        <translation>Dölj tills kiosken skickar ett nytt meddelande.</translation>
    </message>
</context>
<context>
    <name>StaffStatus</name>
    <message>
        <source>You called %1.</source>
        <translation>Du kallade %1.</translation>
    </message>
    <message>
        <source>Nobody is waiting now.</source>
        <translation>Ingen väntar nu.</translation>
    </message>
    <message>
        <source>%1 was called again.</source>
        <translation>%1 kallades igen.</translation>
    </message>
    <message>
        <source>%1 is done.</source>
        <translation>%1 är klar.</translation>
    </message>
    <message>
        <source>%1 is done here and now waits for: %2.</source>
        <translation>%1 är klar här och väntar nu på: %2.</translation>
    </message>
    <message>
        <source>%1 is marked as did not come.</source>
        <translation>%1 är markerad: kom inte.</translation>
    </message>
    <message>
        <source>%1 now waits for: %2.</source>
        <translation>%1 väntar nu på: %2.</translation>
    </message>
    <message>
        <source>You are present: %2.</source>
        <translation>Du är på plats: %2.</translation>
    </message>
    <message>
        <source>You are away: %2. The kiosk does not send new visitors there.</source>
        <translation>Du är borta: %2. Kiosken skickar inga nya besökare dit.</translation>
    </message>
    <message>
        <source>The hub did not do this. The hub says: %3</source>
        <translation>Servern gjorde inte detta. Serverns meddelande (på engelska): %3</translation>
    </message>
    <message>
        <source>The hub does not accept this computer&apos;s token. Enter a staff token.</source>
        <translation>Servern godkänner inte datorns nyckel. Ange personalens nyckel.</translation>
    </message>
    <message>
        <source>The hub did not answer. Check the lists before you try again.</source>
        <translation>Servern svarade inte. Titta på listorna innan du försöker igen.</translation>
    </message>
    <message>
        <source>Something went wrong at the hub. The hub says: %3</source>
        <translation>Något gick fel i servern. Serverns meddelande (på engelska): %3</translation>
    </message>
    <message>
        <source>The booking %1 is cancelled.</source>
        <translation>Bokningen %1 är avbokad.</translation>
    </message>
    <message>
        <source>The booking %1 is marked as did not come.</source>
        <translation>Bokningen %1 är markerad: kom inte.</translation>
    </message>
    <message>
        <source>%1 is a day off: %2.</source>
        <translation>%1 är en ledig dag: %2.</translation>
    </message>
    <message>
        <source>%1 is not a day off after all: %2.</source>
        <translation>%1 är inte en ledig dag ändå: %2.</translation>
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
        <translation>I dag · %1</translation>
    </message>
    <message>
        <source>Tomorrow · %1</source>
        <translation>I morgon · %1</translation>
    </message>
</context>
<context>
    <name>Visitor</name>
    <message>
        <source>I don&apos;t know – I want to talk to someone</source>
        <translation>Jag vet inte – jag vill prata med någon</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Tillbaka</translation>
    </message>
    <message>
        <source>Start over</source>
        <translation>Börja om</translation>
    </message>
    <message>
        <source>Mondays</source>
        <translation>Måndagar</translation>
    </message>
    <message>
        <source>Tuesdays</source>
        <translation>Tisdagar</translation>
    </message>
    <message>
        <source>Wednesdays</source>
        <translation>Onsdagar</translation>
    </message>
    <message>
        <source>Thursdays</source>
        <translation>Torsdagar</translation>
    </message>
    <message>
        <source>Fridays</source>
        <translation>Fredagar</translation>
    </message>
    <message>
        <source>Saturdays</source>
        <translation>Lördagar</translation>
    </message>
    <message>
        <source>Sundays</source>
        <translation>Söndagar</translation>
    </message>
    <message>
        <source>This worker is here at these times:</source>
        <translation>Den här personen är här på de här tiderna:</translation>
    </message>
    <message>
        <source>Do you want to book this time?</source>
        <translation>Vill du boka den här tiden?</translation>
    </message>
    <message>
        <source>at %1</source>
        <comment>a time on its own line: at 10.30</comment>
        <translation>klockan %1</translation>
    </message>
    <message>
        <source>Place: %1</source>
        <translation>Plats: %1</translation>
    </message>
    <message>
        <source>Book this time</source>
        <translation>Boka den här tiden</translation>
    </message>
    <message>
        <source>Choose another time</source>
        <translation>Välj en annan tid</translation>
    </message>
    <message>
        <source>The staff at the desk can help you now.</source>
        <translation>Personalen vid infodisken kan hjälpa dig nu.</translation>
    </message>
    <message>
        <source>Take a number for the desk</source>
        <translation>Ta en nummerlapp till infodisken</translation>
    </message>
    <message>
        <source>Your number is</source>
        <translation>Ditt nummer är</translation>
    </message>
    <message>
        <source>You are number %1 in the queue.</source>
        <translation>Du är nummer %1 i kön.</translation>
    </message>
    <message>
        <source>You are next.</source>
        <translation>Du är näst på tur.</translation>
    </message>
    <message>
        <source>You will wait about 1 minute.</source>
        <translation>Du väntar cirka 1 minut.</translation>
    </message>
    <message>
        <source>You will wait about %1 minutes.</source>
        <translation>Du väntar cirka %1 minuter.</translation>
    </message>
    <message>
        <source>Please wait here. We will call your number.</source>
        <translation>Vänta här. Vi ropar upp ditt nummer.</translation>
    </message>
    <message>
        <source>Scan to follow your turn on your phone</source>
        <translation>Skanna koden. Följ din tur i telefonen.</translation>
    </message>
    <message>
        <source>Your time is booked. Your code is</source>
        <translation>Din tid är bokad. Din kod är</translation>
    </message>
    <message>
        <source>Type this code at the kiosk when you come.</source>
        <translation>När du kommer, skriv in koden här på skärmen.</translation>
    </message>
    <message>
        <source>Scan with your phone camera to save the time in your calendar.</source>
        <translation>Skanna med mobilens kamera, så sparas tiden i din kalender.</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Klar</translation>
    </message>
    <message>
        <source>Welcome! We help you find the right person.</source>
        <translation>Välkommen! Vi hjälper dig att hitta rätt person.</translation>
    </message>
    <message>
        <source>You do not need to give your name.</source>
        <translation>Du behöver inte säga ditt namn.</translation>
    </message>
    <message>
        <source>Choose your language</source>
        <translation>Välj språk</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Börja</translation>
    </message>
    <message>
        <source>I have a booked time</source>
        <translation>Jag har en bokad tid</translation>
    </message>
    <message>
        <source>d MMM</source>
        <comment>a short date without the year, as a Qt date pattern; Finnish: d.M.</comment>
        <translation>d.M.</translation>
    </message>
    <message>
        <source>today</source>
        <translation>i dag</translation>
    </message>
    <message>
        <source>tomorrow</source>
        <translation>i morgon</translation>
    </message>
    <message>
        <source>on %1</source>
        <comment>a weekday in a sentence: on Tuesday</comment>
        <translation>på %1</translation>
    </message>
    <message>
        <source>It opens again %1 at %2.</source>
        <comment>%1 today / tomorrow / on Tuesday, %2 the time</comment>
        <translation>Vi öppnar igen %1 klockan %2.</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <comment>a day heading and a time: Tuesday 3 Mar at 10.30</comment>
        <translation>%1 klockan %2</translation>
    </message>
    <message>
        <source>No signs typed yet.</source>
        <translation>Du har inte skrivit något än.</translation>
    </message>
    <message>
        <source>The code has %1 letters and numbers.</source>
        <translation>Koden har %1 tecken: bokstäver och siffror.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Radera</translation>
    </message>
    <message>
        <source>Clear all</source>
        <translation>Rensa allt</translation>
    </message>
    <message>
        <source>Check in</source>
        <translation>Anmäl dig</translation>
    </message>
    <message>
        <source>Type the code again</source>
        <translation>Skriv koden igen</translation>
    </message>
    <message>
        <source>Type your booking code</source>
        <translation>Skriv in koden</translation>
    </message>
    <message>
        <source>Please ask at the desk.</source>
        <translation>Fråga vid infodisken.</translation>
    </message>
    <message>
        <source>It is too early to check in.</source>
        <translation>Det är för tidigt att anmäla sig.</translation>
    </message>
    <message>
        <source>Your booked time: %1.</source>
        <translation>Din bokade tid: %1.</translation>
    </message>
    <message>
        <source>This booking is no longer valid.</source>
        <translation>Den här bokningen gäller inte längre.</translation>
    </message>
    <message>
        <source>You can check in from %1. Please come back then.</source>
        <translation>Du kan anmäla dig från klockan %1. Kom tillbaka då.</translation>
    </message>
    <message>
        <source>Your time has passed.</source>
        <translation>Din tid har redan gått.</translation>
    </message>
    <message>
        <source>You have already checked in.</source>
        <translation>Du har redan anmält dig.</translation>
    </message>
    <message>
        <source>Your number is %1.</source>
        <translation>Ditt nummer är %1.</translation>
    </message>
    <message>
        <source>This booking was cancelled.</source>
        <translation>Den här bokningen är avbokad.</translation>
    </message>
    <message>
        <source>Wait a moment, then try again.</source>
        <translation>Vänta en stund och försök sedan igen.</translation>
    </message>
    <message>
        <source>Check the code, or ask at the desk.</source>
        <translation>Kontrollera koden eller fråga vid infodisken.</translation>
    </message>
    <message>
        <source>We did not find this code.</source>
        <translation>Vi hittade inte den här koden.</translation>
    </message>
    <message>
        <source>Check it, or ask at the desk.</source>
        <translation>Kontrollera koden eller fråga vid infodisken.</translation>
    </message>
    <message>
        <source>The centre is closed now.</source>
        <translation>Vi har stängt nu.</translation>
    </message>
    <message>
        <source>Opening hours:</source>
        <translation>Öppettider:</translation>
    </message>
    <message>
        <source>You can still book a time.</source>
        <translation>Du kan ändå boka en tid.</translation>
    </message>
    <message>
        <source>Book a time</source>
        <translation>Boka en tid</translation>
    </message>
    <message>
        <source>Back to the start</source>
        <translation>Tillbaka till början</translation>
    </message>
    <message>
        <source>Closed now.</source>
        <translation>Stängt nu.</translation>
    </message>
    <message>
        <source>Booking code: %1. Type it at the kiosk when you come.</source>
        <translation>Bokningskod: %1. När du kommer, skriv in koden på skärmen vid dörren.</translation>
    </message>
    <message>
        <source>Who do you want to meet?</source>
        <translation>Vem vill du träffa?</translation>
    </message>
    <message>
        <source>Choose a time that suits you.</source>
        <translation>Välj en tid som passar dig.</translation>
    </message>
    <message>
        <source>Somebody just took that time. Please choose another.</source>
        <translation>Någon hann just boka den tiden. Välj en annan tid.</translation>
    </message>
    <message>
        <source>That time cannot be booked any more. Please choose another.</source>
        <translation>Den tiden kan inte bokas längre. Välj en annan tid.</translation>
    </message>
    <message>
        <source>Earlier times</source>
        <translation>Tidigare tider</translation>
    </message>
    <message>
        <source>Later times</source>
        <translation>Senare tider</translation>
    </message>
</context>
</TS>
