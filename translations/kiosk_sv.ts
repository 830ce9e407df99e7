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
        <source>Gives you a queue number for the front desk.</source>
        <translation>Du får ett könummer till rådgivningen.</translation>
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
        <source>Place: %1</source>
        <translation>Plats: %1</translation>
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
</context>
</TS>
