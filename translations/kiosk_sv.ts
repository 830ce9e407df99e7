<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sv" sourcelanguage="en">
<context>
    <name>Access</name>
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
        <source>Connection lost – the display updates when the connection is back</source>
        <translation>Förbindelsen bröts – skärmen uppdateras när den är tillbaka</translation>
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
        <source>This computer has no staff token yet: you can see the queue but not call.</source>
        <translation>Datorn har ingen nyckel än: du ser kön men kan inte kalla.</translation>
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
        <source>Show this code at the kiosk when you come.</source>
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
        <translation>Skriv din bokningskod</translation>
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
        <source>Booking code: %1. Show it at the kiosk when you come.</source>
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
