<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>Access</name>
    <message>
        <source>No voice</source>
        <comment>Read aloud, when the language has no voice</comment>
        <translation>No voice</translation>
    </message>
    <message>
        <source>This kiosk cannot read this language aloud.</source>
        <translation>This kiosk cannot read this language aloud.</translation>
    </message>
    <message>
        <source>Keeps your answers. The screen does not start over.</source>
        <translation>Keeps your answers. The screen does not start over.</translation>
    </message>
    <message>
        <source>Changes the language to %1.</source>
        <translation>Changes the language to %1.</translation>
    </message>
    <message>
        <source>Speech is on. Arrow keys move. Enter chooses. Minus goes back. Plus says it again.</source>
        <translation>Speech is on. Arrow keys move. Enter chooses. Minus goes back. Plus says it again.</translation>
    </message>
    <message>
        <source>An answer to the question: %1</source>
        <translation>An answer to the question: %1</translation>
    </message>
    <message>
        <source>Gives you a queue number for the front desk. Staff will help you.</source>
        <translation>Gives you a queue number for the front desk. Staff will help you.</translation>
    </message>
    <message>
        <source>Goes to the previous question.</source>
        <translation>Goes to the previous question.</translation>
    </message>
    <message>
        <source>Forgets your answers and starts from the first question.</source>
        <translation>Forgets your answers and starts from the first question.</translation>
    </message>
    <message>
        <source>Deletes the last sign.</source>
        <translation>Deletes the last sign.</translation>
    </message>
    <message>
        <source>Deletes the whole code.</source>
        <translation>Deletes the whole code.</translation>
    </message>
    <message>
        <source>Sends the code. You get your queue number.</source>
        <translation>Sends the code. You get your queue number.</translation>
    </message>
    <message>
        <source>Gives you a queue number for the front desk.</source>
        <translation>Gives you a queue number for the front desk.</translation>
    </message>
    <message>
        <source>Opens the keypad with the code you typed.</source>
        <translation>Opens the keypad with the code you typed.</translation>
    </message>
    <message>
        <source>Types this sign.</source>
        <translation>Types this sign.</translation>
    </message>
    <message>
        <source>Goes back to the start. Remember your number.</source>
        <translation>Goes back to the start. Remember your number.</translation>
    </message>
    <message>
        <source>Read aloud</source>
        <translation>Read aloud</translation>
    </message>
    <message>
        <source>Says what is on the screen.</source>
        <translation>Says what is on the screen.</translation>
    </message>
    <message>
        <source>Shows every language to choose from.</source>
        <translation>Shows every language to choose from.</translation>
    </message>
    <message>
        <source>Larger text</source>
        <translation>Larger text</translation>
    </message>
    <message>
        <source>Makes all text bigger. Tap again for normal size.</source>
        <translation>Makes all text bigger. Tap again for normal size.</translation>
    </message>
    <message>
        <source>Starts the questions.</source>
        <translation>Starts the questions.</translation>
    </message>
    <message>
        <source>Opens a keypad for your booking code.</source>
        <translation>Opens a keypad for your booking code.</translation>
    </message>
    <message>
        <source>Goes back to the start. Remember your code.</source>
        <translation>Goes back to the start. Remember your code.</translation>
    </message>
    <message>
        <source>Shows the visiting workers and their free times.</source>
        <translation>Shows the visiting workers and their free times.</translation>
    </message>
    <message>
        <source>Goes back to the first screen.</source>
        <translation>Goes back to the first screen.</translation>
    </message>
    <message>
        <source>Books the time. You get a code for it.</source>
        <translation>Books the time. You get a code for it.</translation>
    </message>
    <message>
        <source>Goes back to the free times.</source>
        <translation>Goes back to the free times.</translation>
    </message>
    <message>
        <source>Goes to the previous screen.</source>
        <translation>Goes to the previous screen.</translation>
    </message>
    <message>
        <source>Chooses this time. You confirm it next.</source>
        <translation>Chooses this time. You confirm it next.</translation>
    </message>
    <message>
        <source>Shows the earlier free times.</source>
        <translation>Shows the earlier free times.</translation>
    </message>
    <message>
        <source>Shows the next free times.</source>
        <translation>Shows the next free times.</translation>
    </message>
</context>
<context>
    <name>Admin</name>
    <message>
        <source>Texts in %1 await a native speaker&apos;s review.</source>
        <translation>Texts in %1 await a native speaker&apos;s review.</translation>
    </message>
    <message>
        <source>Kokoomo – admin</source>
        <translation>Kokoomo – admin</translation>
    </message>
    <message>
        <source>Kiosk admin</source>
        <translation>Kiosk admin</translation>
    </message>
    <message>
        <source>Logged in: %1</source>
        <translation>Logged in: %1</translation>
    </message>
    <message>
        <source>Log out</source>
        <translation>Log out</translation>
    </message>
    <message>
        <source>Questions</source>
        <translation>Questions</translation>
    </message>
    <message>
        <source>Services and hours</source>
        <translation>Services and hours</translation>
    </message>
    <message>
        <source>Versions</source>
        <translation>Versions</translation>
    </message>
    <message>
        <source>Statistics</source>
        <translation>Statistics</translation>
    </message>
    <message>
        <source>Problems to fix before publishing</source>
        <translation>Problems to fix before publishing</translation>
    </message>
    <message>
        <source>What did you change?</source>
        <translation>What did you change?</translation>
    </message>
    <message>
        <source>One line, e.g. &apos;New Swedish text for Work&apos;</source>
        <translation>One line, e.g. &apos;New Swedish text for Work&apos;</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Undo</translation>
    </message>
    <message>
        <source>Discard my changes</source>
        <translation>Discard my changes</translation>
    </message>
    <message>
        <source>Publish</source>
        <translation>Publish</translation>
    </message>
    <message>
        <source>✔ No problems.</source>
        <translation>✔ No problems.</translation>
    </message>
    <message>
        <source>Publishing…</source>
        <translation>Publishing…</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Checking…</translation>
    </message>
    <message>
        <source>Publish is off: fix the problems listed above first (%1).</source>
        <translation>Publish is off: fix the problems listed above first (%1).</translation>
    </message>
    <message>
        <source>Publish is off: no connection to the hub.</source>
        <translation>Publish is off: no connection to the hub.</translation>
    </message>
    <message>
        <source>Nothing to publish: no changes yet.</source>
        <translation>Nothing to publish: no changes yet.</translation>
    </message>
    <message>
        <source>Write in one line what you changed, then publish.</source>
        <translation>Write in one line what you changed, then publish.</translation>
    </message>
    <message>
        <source>Ready to publish. The kiosk uses it from the next visitor.</source>
        <translation>Ready to publish. The kiosk uses it from the next visitor.</translation>
    </message>
    <message>
        <source>Published as version %1. The kiosk uses it from the next visitor.</source>
        <translation>Published as version %1. The kiosk uses it from the next visitor.</translation>
    </message>
    <message>
        <source>Not published: the hub does not answer. Your changes are kept here.</source>
        <translation>Not published: the hub does not answer. Your changes are kept here.</translation>
    </message>
    <message>
        <source>Not published: your session has ended. Log in again.</source>
        <translation>Not published: your session has ended. Log in again.</translation>
    </message>
    <message>
        <source>Not published: %1</source>
        <translation>Not published: %1</translation>
    </message>
    <message>
        <source>The hub does not answer: could not read the routing.</source>
        <translation>The hub does not answer: could not read the routing.</translation>
    </message>
    <message>
        <source>The region&apos;s template %1</source>
        <translation>The region&apos;s template %1</translation>
    </message>
    <message>
        <source>Forget every change since the last publish?</source>
        <translation>Forget every change since the last publish?</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Discard</translation>
    </message>
    <message>
        <source>Keep editing</source>
        <translation>Keep editing</translation>
    </message>
    <message>
        <source>Close the admin</source>
        <translation>Close the admin</translation>
    </message>
    <message>
        <source>Your changes are not published. Close and forget them?</source>
        <translation>Your changes are not published. Close and forget them?</translation>
    </message>
    <message>
        <source>Close and forget</source>
        <translation>Close and forget</translation>
    </message>
</context>
<context>
    <name>AdminChanges</name>
    <message>
        <source>question text</source>
        <translation>question text</translation>
    </message>
    <message>
        <source>label</source>
        <translation>label</translation>
    </message>
    <message>
        <source>help text</source>
        <translation>help text</translation>
    </message>
    <message>
        <source>icon</source>
        <translation>icon</translation>
    </message>
    <message>
        <source>next question</source>
        <translation>next question</translation>
    </message>
    <message>
        <source>services</source>
        <translation>services</translation>
    </message>
    <message>
        <source>priority</source>
        <translation>priority</translation>
    </message>
    <message>
        <source>name</source>
        <translation>name</translation>
    </message>
    <message>
        <source>room</source>
        <translation>room</translation>
    </message>
    <message>
        <source>kind</source>
        <translation>kind</translation>
    </message>
    <message>
        <source>ticket letter</source>
        <translation>ticket letter</translation>
    </message>
    <message>
        <source>discreet</source>
        <translation>discreet</translation>
    </message>
    <message>
        <source>visiting times</source>
        <translation>visiting times</translation>
    </message>
    <message>
        <source>opening hours</source>
        <translation>opening hours</translation>
    </message>
    <message>
        <source>extra time</source>
        <translation>extra time</translation>
    </message>
    <message>
        <source>first question</source>
        <translation>first question</translation>
    </message>
    <message>
        <source>front desk service</source>
        <translation>front desk service</translation>
    </message>
    <message>
        <source>languages</source>
        <translation>languages</translation>
    </message>
    <message>
        <source>answers</source>
        <translation>answers</translation>
    </message>
    <message>
        <source>file version</source>
        <translation>file version</translation>
    </message>
    <message>
        <source>Answer &apos;%2&apos; in question &apos;%1&apos;</source>
        <translation>Answer &apos;%2&apos; in question &apos;%1&apos;</translation>
    </message>
    <message>
        <source>Question &apos;%1&apos;</source>
        <translation>Question &apos;%1&apos;</translation>
    </message>
    <message>
        <source>Service &apos;%1&apos;</source>
        <translation>Service &apos;%1&apos;</translation>
    </message>
    <message>
        <source>The centre</source>
        <translation>The centre</translation>
    </message>
    <message>
        <source>The routing</source>
        <translation>The routing</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>nothing</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>yes</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>%1: %2 changed from %3 to %4.</source>
        <translation>%1: %2 changed from %3 to %4.</translation>
    </message>
    <message>
        <source>%1 changed from %3 to %4.</source>
        <translation>%1 changed from %3 to %4.</translation>
    </message>
    <message>
        <source>%1: %2 added: %4.</source>
        <translation>%1: %2 added: %4.</translation>
    </message>
    <message>
        <source>%1 added: %4.</source>
        <translation>%1 added: %4.</translation>
    </message>
    <message>
        <source>%1: %2 removed (was %3).</source>
        <translation>%1: %2 removed (was %3).</translation>
    </message>
    <message>
        <source>%1 removed.</source>
        <translation>%1 removed.</translation>
    </message>
    <message>
        <source>%1: %2 moved.</source>
        <translation>%1: %2 moved.</translation>
    </message>
    <message>
        <source>%1 moved to another place.</source>
        <translation>%1 moved to another place.</translation>
    </message>
</context>
<context>
    <name>AdminEditor</name>
    <message>
        <source>Add question</source>
        <translation>Add question</translation>
    </message>
    <message>
        <source>Add answer</source>
        <translation>Add answer</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Move up</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Move down</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>Choose a question or an answer on the left.</source>
        <translation>Choose a question or an answer on the left.</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Question</translation>
    </message>
    <message>
        <source>Help text under the question (optional)</source>
        <translation>Help text under the question (optional)</translation>
    </message>
    <message>
        <source>Id:</source>
        <translation>Id:</translation>
    </message>
    <message>
        <source>A short name for the computer: a–z, 0–9, - and _.</source>
        <translation>A short name for the computer: a–z, 0–9, - and _.</translation>
    </message>
    <message>
        <source>This is the first question</source>
        <translation>This is the first question</translation>
    </message>
    <message>
        <source>Answer button</source>
        <translation>Answer button</translation>
    </message>
    <message>
        <source>Help text on the button (optional)</source>
        <translation>Help text on the button (optional)</translation>
    </message>
    <message>
        <source>Choose icon…</source>
        <translation>Choose icon…</translation>
    </message>
    <message>
        <source>Leads to</source>
        <translation>Leads to</translation>
    </message>
    <message>
        <source>Answer in question &apos;%1&apos;</source>
        <translation>Answer in question &apos;%1&apos;</translation>
    </message>
    <message>
        <source>No icon</source>
        <translation>No icon</translation>
    </message>
    <message>
        <source>Question &apos;%1&apos;</source>
        <translation>Question &apos;%1&apos;</translation>
    </message>
    <message>
        <source>Not changed: an id may have only a–z, 0–9, - and _.</source>
        <translation>Not changed: an id may have only a–z, 0–9, - and _.</translation>
    </message>
    <message>
        <source>Not changed: that id is already used here.</source>
        <translation>Not changed: that id is already used here.</translation>
    </message>
    <message>
        <source>Choose an icon</source>
        <translation>Choose an icon</translation>
    </message>
    <message>
        <source>Use this icon</source>
        <translation>Use this icon</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Another question:</source>
        <translation>Another question:</translation>
    </message>
    <message>
        <source>Services, in this order:</source>
        <translation>Services, in this order:</translation>
    </message>
    <message>
        <source>Add service</source>
        <translation>Add service</translation>
    </message>
    <message>
        <source>Priority:</source>
        <translation>Priority:</translation>
    </message>
    <message>
        <source>0 is normal. A higher number is called first.</source>
        <translation>0 is normal. A higher number is called first.</translation>
    </message>
    <message>
        <source>Missing</source>
        <translation>Missing</translation>
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
        <translation>Admin – PIN</translation>
    </message>
    <message>
        <source>Type the admin PIN</source>
        <translation>Type the admin PIN</translation>
    </message>
    <message>
        <source>Log in</source>
        <translation>Log in</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Erase one digit</source>
        <translation>Erase one digit</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Checking…</translation>
    </message>
    <message>
        <source>Wrong PIN.</source>
        <translation>Wrong PIN.</translation>
    </message>
    <message>
        <source>Tries left: %1.</source>
        <translation>Tries left: %1.</translation>
    </message>
    <message>
        <source>No admin PIN is set. On the hub machine, run: kiosk admin --set-pin</source>
        <translation>No admin PIN is set. On the hub machine, run: kiosk admin --set-pin</translation>
    </message>
    <message>
        <source>This PC is not paired with the hub. Start the admin with a token from the hub machine:</source>
        <translation>This PC is not paired with the hub. Start the admin with a token from the hub machine:</translation>
    </message>
    <message>
        <source>The hub does not answer. Check the network and try again.</source>
        <translation>The hub does not answer. Check the network and try again.</translation>
    </message>
    <message>
        <source>Something went wrong (%1). Try again.</source>
        <translation>Something went wrong (%1). Try again.</translation>
    </message>
    <message>
        <source>Too many wrong tries. Try again in %1.</source>
        <translation>Too many wrong tries. Try again in %1.</translation>
    </message>
    <message>
        <source>You can try again now.</source>
        <translation>You can try again now.</translation>
    </message>
</context>
<context>
    <name>AdminPreview</name>
    <message>
        <source>Preview: the kiosk with your changes</source>
        <translation>Preview: the kiosk with your changes</translation>
    </message>
    <message>
        <source>Tap through it as a visitor would. No ticket is made.</source>
        <translation>Tap through it as a visitor would. No ticket is made.</translation>
    </message>
    <message>
        <source>Start over</source>
        <translation>Start over</translation>
    </message>
</context>
<context>
    <name>AdminProblems</name>
    <message>
        <source>The %1 text is missing.</source>
        <translation>The %1 text is missing.</translation>
    </message>
    <message>
        <source>A text in %1 is not used.</source>
        <translation>A text in %1 is not used.</translation>
    </message>
    <message>
        <source>Leads to a question that does not exist: %1.</source>
        <translation>Leads to a question that does not exist: %1.</translation>
    </message>
    <message>
        <source>Leads to a service that does not exist: %1.</source>
        <translation>Leads to a service that does not exist: %1.</translation>
    </message>
    <message>
        <source>Choose what this answer leads to.</source>
        <translation>Choose what this answer leads to.</translation>
    </message>
    <message>
        <source>Add at least one service.</source>
        <translation>Add at least one service.</translation>
    </message>
    <message>
        <source>No answer leads to this question.</source>
        <translation>No answer leads to this question.</translation>
    </message>
    <message>
        <source>The questions go round in a circle: %1.</source>
        <translation>The questions go round in a circle: %1.</translation>
    </message>
    <message>
        <source>Two answers have the same id: %1.</source>
        <translation>Two answers have the same id: %1.</translation>
    </message>
    <message>
        <source>Two questions have the same id: %1.</source>
        <translation>Two questions have the same id: %1.</translation>
    </message>
    <message>
        <source>Two services have the same id: %1.</source>
        <translation>Two services have the same id: %1.</translation>
    </message>
    <message>
        <source>Add at least one answer.</source>
        <translation>Add at least one answer.</translation>
    </message>
    <message>
        <source>The ticket letter must be 1 or 2 capital letters.</source>
        <translation>The ticket letter must be 1 or 2 capital letters.</translation>
    </message>
    <message>
        <source>Add the times when this worker visits.</source>
        <translation>Add the times when this worker visits.</translation>
    </message>
    <message>
        <source>Only a visiting worker has times.</source>
        <translation>Only a visiting worker has times.</translation>
    </message>
    <message>
        <source>Write the time as HH:MM, for example 09:30 (now: %1).</source>
        <translation>Write the time as HH:MM, for example 09:30 (now: %1).</translation>
    </message>
    <message>
        <source>Choose a weekday (now: %1).</source>
        <translation>Choose a weekday (now: %1).</translation>
    </message>
    <message>
        <source>The start must be before the end.</source>
        <translation>The start must be before the end.</translation>
    </message>
    <message>
        <source>Do not mix walk-in and booked services in one answer.</source>
        <translation>Do not mix walk-in and booked services in one answer.</translation>
    </message>
    <message>
        <source>Two services use the ticket letter %1: %2.</source>
        <translation>Two services use the ticket letter %1: %2.</translation>
    </message>
    <message>
        <source>The first question does not exist: %1.</source>
        <translation>The first question does not exist: %1.</translation>
    </message>
    <message>
        <source>The front desk service does not exist: %1.</source>
        <translation>The front desk service does not exist: %1.</translation>
    </message>
    <message>
        <source>The front desk service must take walk-ins.</source>
        <translation>The front desk service must take walk-ins.</translation>
    </message>
    <message>
        <source>A time slot must be 5 to 240 minutes.</source>
        <translation>A time slot must be 5 to 240 minutes.</translation>
    </message>
    <message>
        <source>An id may have only a–z, 0–9, - and _: %1.</source>
        <translation>An id may have only a–z, 0–9, - and _: %1.</translation>
    </message>
    <message>
        <source>Question &apos;%1&apos;, answer &apos;%2&apos;</source>
        <translation>Question &apos;%1&apos;, answer &apos;%2&apos;</translation>
    </message>
    <message>
        <source>Question &apos;%1&apos;</source>
        <translation>Question &apos;%1&apos;</translation>
    </message>
    <message>
        <source>Service &apos;%1&apos;</source>
        <translation>Service &apos;%1&apos;</translation>
    </message>
    <message>
        <source>The centre</source>
        <translation>The centre</translation>
    </message>
    <message>
        <source>Front desk service</source>
        <translation>Front desk service</translation>
    </message>
    <message>
        <source>The whole routing</source>
        <translation>The whole routing</translation>
    </message>
</context>
<context>
    <name>AdminServices</name>
    <message>
        <source>Days off</source>
        <translation>Days off</translation>
    </message>
    <message>
        <source>Holidays: the centre is closed</source>
        <translation>Holidays: the centre is closed</translation>
    </message>
    <message>
        <source>Note for staff (optional)</source>
        <translation>Note for staff (optional)</translation>
    </message>
    <message>
        <source>Add day off</source>
        <translation>Add day off</translation>
    </message>
    <message>
        <source>Remove the chosen day</source>
        <translation>Remove the chosen day</translation>
    </message>
    <message>
        <source>Needs the hub: not connected.</source>
        <translation>Needs the hub: not connected.</translation>
    </message>
    <message>
        <source>No days off in the next two months.</source>
        <translation>No days off in the next two months.</translation>
    </message>
    <message>
        <source>Day off saved.</source>
        <translation>Day off saved.</translation>
    </message>
    <message>
        <source>%1 visitors have booked a time that day. Cancel their bookings and mark the day off?</source>
        <translation>%1 visitors have booked a time that day. Cancel their bookings and mark the day off?</translation>
    </message>
    <message>
        <source>Cancel the bookings, mark the day off</source>
        <translation>Cancel the bookings, mark the day off</translation>
    </message>
    <message>
        <source>Bookings on that day</source>
        <translation>Bookings on that day</translation>
    </message>
    <message>
        <source>Keep the bookings</source>
        <translation>Keep the bookings</translation>
    </message>
    <message>
        <source>The hub does not answer.</source>
        <translation>The hub does not answer.</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Not saved: %1</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Today</translation>
    </message>
    <message>
        <source>Away: the kiosk sends visitors to the front desk instead.</source>
        <translation>Away: the kiosk sends visitors to the front desk instead.</translation>
    </message>
    <message>
        <source>Asking the hub…</source>
        <translation>Asking the hub…</translation>
    </message>
    <message>
        <source>Present</source>
        <translation>Present</translation>
    </message>
    <message>
        <source>Away</source>
        <translation>Away</translation>
    </message>
    <message>
        <source>Mark away</source>
        <translation>Mark away</translation>
    </message>
    <message>
        <source>Mark present</source>
        <translation>Mark present</translation>
    </message>
    <message>
        <source>Add a walk-in service</source>
        <translation>Add a walk-in service</translation>
    </message>
    <message>
        <source>Add a visiting worker</source>
        <translation>Add a visiting worker</translation>
    </message>
    <message>
        <source>Remove the service</source>
        <translation>Remove the service</translation>
    </message>
    <message>
        <source>The centre</source>
        <translation>The centre</translation>
    </message>
    <message>
        <source>Name of the centre</source>
        <translation>Name of the centre</translation>
    </message>
    <message>
        <source>Walk-in visitors get a number only at these times.</source>
        <translation>Walk-in visitors get a number only at these times.</translation>
    </message>
    <message>
        <source>Languages at the kiosk</source>
        <translation>Languages at the kiosk</translation>
    </message>
    <message>
        <source>The kiosk offers these, the first as its own. A language you add needs its texts everywhere before you can publish; one you take away takes its texts with it.</source>
        <translation>The kiosk offers these, the first as its own. A language you add needs its texts everywhere before you can publish; one you take away takes its texts with it.</translation>
    </message>
    <message>
        <source>Front desk service:</source>
        <translation>Front desk service:</translation>
    </message>
    <message>
        <source>Visitors go here when they want to talk to someone, or when a service is away.</source>
        <translation>Visitors go here when they want to talk to someone, or when a service is away.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>Room</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>Kind:</translation>
    </message>
    <message>
        <source>Ticket letter:</source>
        <translation>Ticket letter:</translation>
    </message>
    <message>
        <source>Id:</source>
        <translation>Id:</translation>
    </message>
    <message>
        <source>Walk-in: a queue number now</source>
        <translation>Walk-in: a queue number now</translation>
    </message>
    <message>
        <source>Visiting worker: book a time</source>
        <translation>Visiting worker: book a time</translation>
    </message>
    <message>
        <source>Discreet</source>
        <translation>Discreet</translation>
    </message>
    <message>
        <source>The waiting-room screen shows only the number and the room, never the service. Its numbers start with the front desk&apos;s letter, so nobody can tell who came for it.</source>
        <translation>The waiting-room screen shows only the number and the room, never the service. Its numbers start with the front desk&apos;s letter, so nobody can tell who came for it.</translation>
    </message>
    <message>
        <source>Visiting times</source>
        <translation>Visiting times</translation>
    </message>
    <message>
        <source>the centre</source>
        <translation>the centre</translation>
    </message>
    <message>
        <source>visiting</source>
        <translation>visiting</translation>
    </message>
    <message>
        <source>Answers that lead here: %1</source>
        <translation>Answers that lead here: %1</translation>
    </message>
    <message>
        <source>No answer leads here yet (choose it under Questions).</source>
        <translation>No answer leads here yet (choose it under Questions).</translation>
    </message>
    <message>
        <source>Only this service is in %1 on %2. Anyone can read that, so a number called to %1 then tells the waiting room who came for it. Share the room on those days if you can.</source>
        <translation>Only this service is in %1 on %2. Anyone can read that, so a number called to %1 then tells the waiting room who came for it. Share the room on those days if you can.</translation>
    </message>
    <message>
        <source>Not changed: the id must be new and use only a–z, 0–9, - and _.</source>
        <translation>Not changed: the id must be new and use only a–z, 0–9, - and _.</translation>
    </message>
    <message>
        <source>Remove &apos;%1&apos;?</source>
        <translation>Remove &apos;%1&apos;?</translation>
    </message>
    <message>
        <source>%1 answers lead to it: they will show a problem until you change them.</source>
        <translation>%1 answers lead to it: they will show a problem until you change them.</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>Keep it</source>
        <translation>Keep it</translation>
    </message>
    <message>
        <source>Opening hours</source>
        <translation>Opening hours</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Day</translation>
    </message>
    <message>
        <source>Starts</source>
        <translation>Starts</translation>
    </message>
    <message>
        <source>Ends</source>
        <translation>Ends</translation>
    </message>
    <message>
        <source>Minutes per visit</source>
        <translation>Minutes per visit</translation>
    </message>
    <message>
        <source>Add a row</source>
        <translation>Add a row</translation>
    </message>
    <message>
        <source>Remove the row</source>
        <translation>Remove the row</translation>
    </message>
</context>
<context>
    <name>AdminStats</name>
    <message>
        <source>This week</source>
        <translation>This week</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>Last 30 days</translation>
    </message>
    <message>
        <source>Dates I choose</source>
        <translation>Dates I choose</translation>
    </message>
    <message>
        <source>Period:</source>
        <translation>Period:</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Show</translation>
    </message>
    <message>
        <source>Save as CSV…</source>
        <translation>Save as CSV…</translation>
    </message>
    <message>
        <source>visitors</source>
        <translation>visitors</translation>
    </message>
    <message>
        <source>did not come when called</source>
        <translation>did not come when called</translation>
    </message>
    <message>
        <source>booked times kept</source>
        <translation>booked times kept</translation>
    </message>
    <message>
        <source>median wait</source>
        <translation>median wait</translation>
    </message>
    <message>
        <source>Keep the details of each visit for (days):</source>
        <translation>Keep the details of each visit for (days):</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>After that only the counts stay: the figures do not change.</source>
        <translation>After that only the counts stay: the figures do not change.</translation>
    </message>
    <message>
        <source>Needs the hub: not connected.</source>
        <translation>Needs the hub: not connected.</translation>
    </message>
    <message>
        <source>The end date is before the start date.</source>
        <translation>The end date is before the start date.</translation>
    </message>
    <message>
        <source>Asking the hub…</source>
        <translation>Asking the hub…</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Saved.</translation>
    </message>
    <message>
        <source>The hub does not answer.</source>
        <translation>The hub does not answer.</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Not saved: %1</translation>
    </message>
    <message>
        <source>No figures: %1</source>
        <translation>No figures: %1</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 of %2</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>Visitors per day</source>
        <translation>Visitors per day</translation>
    </message>
    <message>
        <source>Visitors by hour of the day</source>
        <translation>Visitors by hour of the day</translation>
    </message>
    <message>
        <source>wanted to talk</source>
        <translation>wanted to talk</translation>
    </message>
    <message>
        <source>Visitors per service</source>
        <translation>Visitors per service</translation>
    </message>
    <message>
        <source>First answer chosen</source>
        <translation>First answer chosen</translation>
    </message>
    <message>
        <source>half waited less</source>
        <translation>half waited less</translation>
    </message>
    <message>
        <source>9 in 10 waited less</source>
        <translation>9 in 10 waited less</translation>
    </message>
    <message>
        <source>Waits in minutes</source>
        <translation>Waits in minutes</translation>
    </message>
    <message>
        <source>Show the figures first.</source>
        <translation>Show the figures first.</translation>
    </message>
    <message>
        <source>Save as CSV</source>
        <translation>Save as CSV</translation>
    </message>
    <message>
        <source>Saved: %1</source>
        <translation>Saved: %1</translation>
    </message>
</context>
<context>
    <name>AdminVersions</name>
    <message>
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Who</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>In use</source>
        <translation>In use</translation>
    </message>
    <message>
        <source>Choose two versions to see what changed between them.</source>
        <translation>Choose two versions to see what changed between them.</translation>
    </message>
    <message>
        <source>Why? One line, e.g. &apos;Back to the spring questions&apos;</source>
        <translation>Why? One line, e.g. &apos;Back to the spring questions&apos;</translation>
    </message>
    <message>
        <source>Make this version active again</source>
        <translation>Make this version active again</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <source>Routing templates from the region</source>
        <translation>Routing templates from the region</translation>
    </message>
    <message>
        <source>Adopt as my draft</source>
        <translation>Adopt as my draft</translation>
    </message>
    <message>
        <source>✔ in use</source>
        <translation>✔ in use</translation>
    </message>
    <message>
        <source>What changed</source>
        <translation>What changed</translation>
    </message>
    <message>
        <source>From version %1 to version %2</source>
        <translation>From version %1 to version %2</translation>
    </message>
    <message>
        <source>No differences.</source>
        <translation>No differences.</translation>
    </message>
    <message>
        <source>Region not reached since %1</source>
        <translation>Region not reached since %1</translation>
    </message>
    <message>
        <source>The region refused the figures of %1 (%2 days in all): %3</source>
        <translation>The region refused the figures of %1 (%2 days in all): %3</translation>
    </message>
    <message>
        <source>This template cannot be your draft: %1</source>
        <translation>This template cannot be your draft: %1</translation>
    </message>
    <message>
        <source>Back to version %1</source>
        <translation>Back to version %1</translation>
    </message>
    <message>
        <source>Done: the kiosk now uses it (version %1).</source>
        <translation>Done: the kiosk now uses it (version %1).</translation>
    </message>
    <message>
        <source>The hub does not answer.</source>
        <translation>The hub does not answer.</translation>
    </message>
    <message>
        <source>The hub refused: %1</source>
        <translation>The hub refused: %1</translation>
    </message>
</context>
<context>
    <name>AdminWeek</name>
    <message>
        <source>Mon</source>
        <translation>Mon</translation>
    </message>
    <message>
        <source>Tue</source>
        <translation>Tue</translation>
    </message>
    <message>
        <source>Wed</source>
        <translation>Wed</translation>
    </message>
    <message>
        <source>Thu</source>
        <translation>Thu</translation>
    </message>
    <message>
        <source>Fri</source>
        <translation>Fri</translation>
    </message>
    <message>
        <source>Sat</source>
        <translation>Sat</translation>
    </message>
    <message>
        <source>Sun</source>
        <translation>Sun</translation>
    </message>
    <message>
        <source>Monday</source>
        <translation>Monday</translation>
    </message>
    <message>
        <source>Tuesday</source>
        <translation>Tuesday</translation>
    </message>
    <message>
        <source>Wednesday</source>
        <translation>Wednesday</translation>
    </message>
    <message>
        <source>Thursday</source>
        <translation>Thursday</translation>
    </message>
    <message>
        <source>Friday</source>
        <translation>Friday</translation>
    </message>
    <message>
        <source>Saturday</source>
        <translation>Saturday</translation>
    </message>
    <message>
        <source>Sunday</source>
        <translation>Sunday</translation>
    </message>
</context>
<context>
    <name>Common</name>
    <message>
        <source>Are you still there?</source>
        <translation>Are you still there?</translation>
    </message>
    <message>
        <source>Soon the screen will start over.</source>
        <translation>Soon the screen will start over.</translation>
    </message>
    <message>
        <source>I need more time</source>
        <translation>I need more time</translation>
    </message>
    <message>
        <source>Please ask the staff at the desk.</source>
        <translation>Please ask the staff at the desk.</translation>
    </message>
    <message>
        <source>The kiosk will be back soon.</source>
        <translation>The kiosk will be back soon.</translation>
    </message>
    <message>
        <source>For staff: the hub does not know this kiosk&apos;s token, so it cannot give tickets. See the install guide.</source>
        <translation>For staff: the hub does not know this kiosk&apos;s token, so it cannot give tickets. See the install guide.</translation>
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
        <translation>Now serving</translation>
    </message>
    <message>
        <source>Previous calls</source>
        <translation>Previous calls</translation>
    </message>
    <message>
        <source>Waiting now</source>
        <translation>Waiting now</translation>
    </message>
    <message>
        <source>Queue numbers are shown here</source>
        <translation>Queue numbers are shown here</translation>
    </message>
    <message>
        <source>People</source>
        <translation>People</translation>
    </message>
    <message>
        <source>Wait about</source>
        <translation>Wait about</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>More services: %1</source>
        <translation>More services: %1</translation>
    </message>
    <message>
        <source>Not here now</source>
        <translation>Not here now</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Closed</translation>
    </message>
    <message>
        <source>Open again %1 %2</source>
        <translation>Open again %1 %2</translation>
    </message>
    <message>
        <source>d MMM</source>
        <translation>d MMM</translation>
    </message>
    <message>
        <source>Connection lost – the display updates when the connection is back</source>
        <translation>Connection lost – the display updates when the connection is back</translation>
    </message>
    <message>
        <source>This display is not paired with the queue – please tell the staff</source>
        <translation>This display is not paired with the queue – please tell the staff</translation>
    </message>
    <message>
        <source>Mon</source>
        <translation>Mon</translation>
    </message>
    <message>
        <source>Tue</source>
        <translation>Tue</translation>
    </message>
    <message>
        <source>Wed</source>
        <translation>Wed</translation>
    </message>
    <message>
        <source>Thu</source>
        <translation>Thu</translation>
    </message>
    <message>
        <source>Fri</source>
        <translation>Fri</translation>
    </message>
    <message>
        <source>Sat</source>
        <translation>Sat</translation>
    </message>
    <message>
        <source>Sun</source>
        <translation>Sun</translation>
    </message>
</context>
<context>
    <name>Languages</name>
    <message>
        <source>Finnish</source>
        <translation>Finnish</translation>
    </message>
    <message>
        <source>Swedish</source>
        <translation>Swedish</translation>
    </message>
    <message>
        <source>English</source>
        <translation>English</translation>
    </message>
    <message>
        <source>Ukrainian</source>
        <translation>Ukrainian</translation>
    </message>
    <message>
        <source>Arabic</source>
        <translation>Arabic</translation>
    </message>
    <message>
        <source>Somali</source>
        <translation>Somali</translation>
    </message>
    <message>
        <source>Russian</source>
        <translation>Russian</translation>
    </message>
    <message>
        <source>Estonian</source>
        <translation>Estonian</translation>
    </message>
</context>
<context>
    <name>Phone</name>
    <message>
        <source>Your number</source>
        <translation>Your number</translation>
    </message>
    <message>
        <source>Your place in the queue</source>
        <translation>Your place in the queue</translation>
    </message>
    <message>
        <source>Estimated wait</source>
        <translation>Estimated wait</translation>
    </message>
    <message>
        <source>{n} min</source>
        <translation>{n} min</translation>
    </message>
    <message>
        <source>soon</source>
        <translation>soon</translation>
    </message>
    <message>
        <source>Please wait for your turn</source>
        <translation>Please wait for your turn</translation>
    </message>
    <message>
        <source>You are next</source>
        <translation>You are next</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Place</translation>
    </message>
    <message>
        <source>It is your turn!</source>
        <translation>It is your turn!</translation>
    </message>
    <message>
        <source>Please come to:</source>
        <translation>Please come to:</translation>
    </message>
    <message>
        <source>Your visit is finished</source>
        <translation>Your visit is finished</translation>
    </message>
    <message>
        <source>Your turn has passed. Please ask at the info desk.</source>
        <translation>Your turn has passed. Please ask at the info desk.</translation>
    </message>
    <message>
        <source>This page updates itself.</source>
        <translation>This page updates itself.</translation>
    </message>
    <message>
        <source>No connection. Trying again.</source>
        <translation>No connection. Trying again.</translation>
    </message>
    <message>
        <source>Number not found</source>
        <translation>Number not found</translation>
    </message>
    <message>
        <source>Check the address or ask at the info desk.</source>
        <translation>Check the address or ask at the info desk.</translation>
    </message>
</context>
<context>
    <name>Slip</name>
    <message>
        <source>Your number</source>
        <translation>Your number</translation>
    </message>
    <message>
        <source>You are number %1 in the queue.</source>
        <translation>You are number %1 in the queue.</translation>
    </message>
    <message>
        <source>You are next.</source>
        <translation>You are next.</translation>
    </message>
    <message>
        <source>You will wait about 1 minute.</source>
        <translation>You will wait about 1 minute.</translation>
    </message>
    <message>
        <source>You will wait about %1 minutes.</source>
        <translation>You will wait about %1 minutes.</translation>
    </message>
    <message>
        <source>Watch the screen. We will call your number.</source>
        <translation>Watch the screen. We will call your number.</translation>
    </message>
    <message>
        <source>Scan the code with your phone to follow your turn.</source>
        <translation>Scan the code with your phone to follow your turn.</translation>
    </message>
    <message>
        <source>Your booked time</source>
        <translation>Your booked time</translation>
    </message>
    <message>
        <source>at %1</source>
        <translation>at %1</translation>
    </message>
    <message>
        <source>Your booking code</source>
        <translation>Your booking code</translation>
    </message>
    <message>
        <source>When you come, type this code at the kiosk.</source>
        <translation>When you come, type this code at the kiosk.</translation>
    </message>
    <message>
        <source>Scan the code with your phone to save the time in your calendar.</source>
        <translation>Scan the code with your phone to save the time in your calendar.</translation>
    </message>
</context>
<context>
    <name>Staff</name>
    <message>
        <source>called at %1</source>
        <translation>called at %1</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Done</translation>
    </message>
    <message>
        <source>The visit is over; a journey goes on to its next service.</source>
        <translation>The visit is over; a journey goes on to its next service.</translation>
    </message>
    <message>
        <source>Call again</source>
        <translation>Call again</translation>
    </message>
    <message>
        <source>Show and say the number again.</source>
        <translation>Show and say the number again.</translation>
    </message>
    <message>
        <source>Did not come</source>
        <translation>Did not come</translation>
    </message>
    <message>
        <source>Mark as no-show. You can still call the number again later.</source>
        <translation>Mark as no-show. You can still call the number again later.</translation>
    </message>
    <message>
        <source>Transfer…</source>
        <translation>Transfer…</translation>
    </message>
    <message>
        <source>Send the visitor to the end of another service&apos;s queue.</source>
        <translation>Send the visitor to the end of another service&apos;s queue.</translation>
    </message>
    <message>
        <source>%1 (away)</source>
        <translation>%1 (away)</translation>
    </message>
    <message>
        <source>Nobody is with you now. Press Call next when you are ready.</source>
        <translation>Nobody is with you now. Press Call next when you are ready.</translation>
    </message>
    <message>
        <source>Connect to the hub</source>
        <translation>Connect to the hub</translation>
    </message>
    <message>
        <source>Connect this computer to the hub</source>
        <translation>Connect this computer to the hub</translation>
    </message>
    <message>
        <source>Type the staff token. The person who runs the kiosk gets one with &apos;kiosk token add --role staff&apos;.</source>
        <translation>Type the staff token. The person who runs the kiosk gets one with &apos;kiosk token add --role staff&apos;.</translation>
    </message>
    <message>
        <source>Hub: %1</source>
        <translation>Hub: %1</translation>
    </message>
    <message>
        <source>Staff token</source>
        <translation>Staff token</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>Connect</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>Not now</translation>
    </message>
    <message>
        <source>Type the token first.</source>
        <translation>Type the token first.</translation>
    </message>
    <message>
        <source>My services</source>
        <translation>My services</translation>
    </message>
    <message>
        <source>Which services do you serve at this desk?</source>
        <translation>Which services do you serve at this desk?</translation>
    </message>
    <message>
        <source>At set times (appointments; a visitor who checks in comes to your list):</source>
        <translation>At set times (appointments; a visitor who checks in comes to your list):</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Choose at least one service.</source>
        <translation>Choose at least one service.</translation>
    </message>
    <message>
        <source>%1 waiting</source>
        <translation>%1 waiting</translation>
    </message>
    <message>
        <source>Present</source>
        <translation>Present</translation>
    </message>
    <message>
        <source>Away</source>
        <translation>Away</translation>
    </message>
    <message>
        <source>Away: the kiosk does not send new visitors here.</source>
        <translation>Away: the kiosk does not send new visitors here.</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>Call</translation>
    </message>
    <message>
        <source>Call the next visitor of this service.</source>
        <translation>Call the next visitor of this service.</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>from: %1</source>
        <translation>from: %1</translation>
    </message>
    <message>
        <source>then: %1</source>
        <translation>then: %1</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Number</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Place</translation>
    </message>
    <message>
        <source>Waited</source>
        <translation>Waited</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Kokoomo – staff console</source>
        <translation>Kokoomo – staff console</translation>
    </message>
    <message>
        <source>My services…</source>
        <translation>My services…</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source>Enter another staff token…</source>
        <translation>Enter another staff token…</translation>
    </message>
    <message>
        <source>No connection to the hub – trying again…</source>
        <translation>No connection to the hub – trying again…</translation>
    </message>
    <message>
        <source>You see the last known queue. The buttons work again when the connection is back.</source>
        <translation>You see the last known queue. The buttons work again when the connection is back.</translation>
    </message>
    <message>
        <source>The hub cannot save: tickets cannot be given.</source>
        <translation>The hub cannot save: tickets cannot be given.</translation>
    </message>
    <message>
        <source>Tell the centre&apos;s IT: the disk may be full. It works again by itself once fixed.</source>
        <translation>Tell the centre&apos;s IT: the disk may be full. It works again by itself once fixed.</translation>
    </message>
    <message>
        <source>Call next</source>
        <translation>Call next</translation>
    </message>
    <message>
        <source>With you now</source>
        <translation>With you now</translation>
    </message>
    <message>
        <source>Enter a staff token…</source>
        <translation>Enter a staff token…</translation>
    </message>
    <message>
        <source>Waiting: %1</source>
        <translation>Waiting: %1</translation>
    </message>
    <message>
        <source>Nobody is waiting for your services.</source>
        <translation>Nobody is waiting for your services.</translation>
    </message>
    <message>
        <source>Next: %1 · %2 · waited %3</source>
        <translation>Next: %1 · %2 · waited %3</translation>
    </message>
    <message>
        <source>Choose your services first: My services…</source>
        <translation>Choose your services first: My services…</translation>
    </message>
    <message>
        <source>This computer has no staff token yet: enter one to see the queue and call.</source>
        <translation>This computer has no staff token yet: enter one to see the queue and call.</translation>
    </message>
    <message>
        <source>Connected to the hub.</source>
        <translation>Connected to the hub.</translation>
    </message>
</context>
<context>
    <name>StaffAppointments</name>
    <message>
        <source>Checked in: %1</source>
        <translation>Checked in: %1</translation>
    </message>
    <message>
        <source>Booked</source>
        <translation>Booked</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <source>Did not come</source>
        <translation>Did not come</translation>
    </message>
    <message>
        <source>The time has come and the visitor is not here.</source>
        <translation>The time has come and the visitor is not here.</translation>
    </message>
    <message>
        <source>Cancel…</source>
        <translation>Cancel…</translation>
    </message>
    <message>
        <source>Cancel the booking: the time is free again.</source>
        <translation>Cancel the booking: the time is free again.</translation>
    </message>
    <message>
        <source>Mark a day off…</source>
        <translation>Mark a day off…</translation>
    </message>
    <message>
        <source>None of your services takes appointments. Choose one in My services…</source>
        <translation>None of your services takes appointments. Choose one in My services…</translation>
    </message>
    <message>
        <source>A visitor who checks in at the kiosk comes to your waiting list first: use Call next.</source>
        <translation>A visitor who checks in at the kiosk comes to your waiting list first: use Call next.</translation>
    </message>
    <message>
        <source>Reading the bookings…</source>
        <translation>Reading the bookings…</translation>
    </message>
    <message>
        <source>The hub does not show bookings without a staff token.</source>
        <translation>The hub does not show bookings without a staff token.</translation>
    </message>
    <message>
        <source>The bookings could not be read. The console tries again in a minute.</source>
        <translation>The bookings could not be read. The console tries again in a minute.</translation>
    </message>
    <message>
        <source>No bookings.</source>
        <translation>No bookings.</translation>
    </message>
    <message>
        <source>Free times: %1</source>
        <translation>Free times: %1</translation>
    </message>
    <message>
        <source>No free times.</source>
        <translation>No free times.</translation>
    </message>
    <message>
        <source>%1 at every centre this week</source>
        <translation>%1 at every centre this week</translation>
    </message>
    <message>
        <source>The region does not answer: the other centres&apos; times are not shown.</source>
        <translation>The region does not answer: the other centres&apos; times are not shown.</translation>
    </message>
    <message>
        <source>No bookings at any centre.</source>
        <translation>No bookings at any centre.</translation>
    </message>
    <message>
        <source>came</source>
        <translation>came</translation>
    </message>
    <message>
        <source>did not come</source>
        <translation>did not come</translation>
    </message>
    <message>
        <source>The whole centre is closed this day.</source>
        <translation>The whole centre is closed this day.</translation>
    </message>
    <message>
        <source>Day off: %1</source>
        <translation>Day off: %1</translation>
    </message>
    <message>
        <source>Not off after all</source>
        <translation>Not off after all</translation>
    </message>
    <message>
        <source>The free times come back to the kiosk.</source>
        <translation>The free times come back to the kiosk.</translation>
    </message>
    <message>
        <source>Cancel the booking?</source>
        <translation>Cancel the booking?</translation>
    </message>
    <message>
        <source>Cancel the booking %1?</source>
        <translation>Cancel the booking %1?</translation>
    </message>
    <message>
        <source>The time becomes free for others. The visitor is not told: if you can, tell them yourself.</source>
        <translation>The time becomes free for others. The visitor is not told: if you can, tell them yourself.</translation>
    </message>
    <message>
        <source>Cancel the booking</source>
        <translation>Cancel the booking</translation>
    </message>
    <message>
        <source>Keep it</source>
        <translation>Keep it</translation>
    </message>
    <message>
        <source>Appointments</source>
        <translation>Appointments</translation>
    </message>
    <message>
        <source>Appointments: %1</source>
        <translation>Appointments: %1</translation>
    </message>
    <message>
        <source>Mark a day off</source>
        <translation>Mark a day off</translation>
    </message>
    <message>
        <source>A day when you are not here</source>
        <translation>A day when you are not here</translation>
    </message>
    <message>
        <source>On a day off the kiosk offers none of your times, and nobody can book them.</source>
        <translation>On a day off the kiosk offers none of your times, and nobody can book them.</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Day</translation>
    </message>
    <message>
        <source>Note for staff</source>
        <translation>Note for staff</translation>
    </message>
    <message>
        <source>for example: training day (optional)</source>
        <translation>for example: training day (optional)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Cancel these bookings and mark the day off</source>
        <translation>Cancel these bookings and mark the day off</translation>
    </message>
    <message>
        <source>Mark the day off</source>
        <translation>Mark the day off</translation>
    </message>
    <message>
        <source>Visitors have booked these times that day:</source>
        <translation>Visitors have booked these times that day:</translation>
    </message>
    <message>
        <source>The hub cannot tell them. If you cancel, the kiosk says so when they come to check in.</source>
        <translation>The hub cannot tell them. If you cancel, the kiosk says so when they come to check in.</translation>
    </message>
    <message>
        <source>The hub did not do this. The hub says: %1</source>
        <translation>The hub did not do this. The hub says: %1</translation>
    </message>
</context>
<context>
    <name>StaffNotice</name>
    <message>
        <source>The kiosk&apos;s printer: %1 – %2</source>
        <translation>The kiosk&apos;s printer: %1 – %2</translation>
    </message>
    <message>
        <source>The kiosk “%1” has not been in touch since %2. Is it on, and on the network?</source>
        <translation>The kiosk “%1” has not been in touch since %2. Is it on, and on the network?</translation>
    </message>
    <message>
        <source>The kiosk “%1” is in touch again – %2</source>
        <translation>The kiosk “%1” is in touch again – %2</translation>
    </message>
    <message>
        <source>The waiting-room screen “%1” has not been in touch since %2. Is it on, and on the network?</source>
        <translation>The waiting-room screen “%1” has not been in touch since %2. Is it on, and on the network?</translation>
    </message>
    <message>
        <source>The waiting-room screen “%1” is in touch again – %2</source>
        <translation>The waiting-room screen “%1” is in touch again – %2</translation>
    </message>
    <message>
        <source>The kiosk: %1 – %2</source>
        <translation>The kiosk: %1 – %2</translation>
    </message>
    <message>
        <source>OK, hide</source>
        <translation>OK, hide</translation>
    </message>
    <message>
        <source>Hide this until the kiosk sends a new notice.</source>
        <translation>Hide this until the kiosk sends a new notice.</translation>
    </message>
</context>
<context>
    <name>StaffStatus</name>
    <message>
        <source>You called %1.</source>
        <translation>You called %1.</translation>
    </message>
    <message>
        <source>Nobody is waiting now.</source>
        <translation>Nobody is waiting now.</translation>
    </message>
    <message>
        <source>%1 was called again.</source>
        <translation>%1 was called again.</translation>
    </message>
    <message>
        <source>%1 is done.</source>
        <translation>%1 is done.</translation>
    </message>
    <message>
        <source>%1 is done here and now waits for: %2.</source>
        <translation>%1 is done here and now waits for: %2.</translation>
    </message>
    <message>
        <source>%1 is marked as did not come.</source>
        <translation>%1 is marked as did not come.</translation>
    </message>
    <message>
        <source>%1 now waits for: %2.</source>
        <translation>%1 now waits for: %2.</translation>
    </message>
    <message>
        <source>You are present: %2.</source>
        <translation>You are present: %2.</translation>
    </message>
    <message>
        <source>You are away: %2. The kiosk does not send new visitors there.</source>
        <translation>You are away: %2. The kiosk does not send new visitors there.</translation>
    </message>
    <message>
        <source>The hub did not do this. The hub says: %3</source>
        <translation>The hub did not do this. The hub says: %3</translation>
    </message>
    <message>
        <source>The hub does not accept this computer&apos;s token. Enter a staff token.</source>
        <translation>The hub does not accept this computer&apos;s token. Enter a staff token.</translation>
    </message>
    <message>
        <source>The hub did not answer. Check the lists before you try again.</source>
        <translation>The hub did not answer. Check the lists before you try again.</translation>
    </message>
    <message>
        <source>Something went wrong at the hub. The hub says: %3</source>
        <translation>Something went wrong at the hub. The hub says: %3</translation>
    </message>
    <message>
        <source>The booking %1 is cancelled.</source>
        <translation>The booking %1 is cancelled.</translation>
    </message>
    <message>
        <source>The booking %1 is marked as did not come.</source>
        <translation>The booking %1 is marked as did not come.</translation>
    </message>
    <message>
        <source>%1 is a day off: %2.</source>
        <translation>%1 is a day off: %2.</translation>
    </message>
    <message>
        <source>%1 is not a day off after all: %2.</source>
        <translation>%1 is not a day off after all: %2.</translation>
    </message>
</context>
<context>
    <name>StaffTime</name>
    <message>
        <source>%H:%M</source>
        <translation>%H:%M</translation>
    </message>
    <message>
        <source>ddd d MMM</source>
        <translation>ddd d MMM</translation>
    </message>
    <message>
        <source>Today · %1</source>
        <translation>Today · %1</translation>
    </message>
    <message>
        <source>Tomorrow · %1</source>
        <translation>Tomorrow · %1</translation>
    </message>
</context>
<context>
    <name>Visitor</name>
    <message>
        <source>I don&apos;t know – I want to talk to someone</source>
        <translation>I don&apos;t know – I want to talk to someone</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Back</translation>
    </message>
    <message>
        <source>Start over</source>
        <translation>Start over</translation>
    </message>
    <message>
        <source>Mondays</source>
        <translation>Mondays</translation>
    </message>
    <message>
        <source>Tuesdays</source>
        <translation>Tuesdays</translation>
    </message>
    <message>
        <source>Wednesdays</source>
        <translation>Wednesdays</translation>
    </message>
    <message>
        <source>Thursdays</source>
        <translation>Thursdays</translation>
    </message>
    <message>
        <source>Fridays</source>
        <translation>Fridays</translation>
    </message>
    <message>
        <source>Saturdays</source>
        <translation>Saturdays</translation>
    </message>
    <message>
        <source>Sundays</source>
        <translation>Sundays</translation>
    </message>
    <message>
        <source>This worker is here at these times:</source>
        <translation>This worker is here at these times:</translation>
    </message>
    <message>
        <source>Do you want to book this time?</source>
        <translation>Do you want to book this time?</translation>
    </message>
    <message>
        <source>at %1</source>
        <comment>a time on its own line: at 10.30</comment>
        <translation>at %1</translation>
    </message>
    <message>
        <source>Place: %1</source>
        <translation>Place: %1</translation>
    </message>
    <message>
        <source>Book this time</source>
        <translation>Book this time</translation>
    </message>
    <message>
        <source>Choose another time</source>
        <translation>Choose another time</translation>
    </message>
    <message>
        <source>The staff at the desk can help you now.</source>
        <translation>The staff at the desk can help you now.</translation>
    </message>
    <message>
        <source>Take a number for the desk</source>
        <translation>Take a number for the desk</translation>
    </message>
    <message>
        <source>Your number is</source>
        <translation>Your number is</translation>
    </message>
    <message>
        <source>You are number %1 in the queue.</source>
        <translation>You are number %1 in the queue.</translation>
    </message>
    <message>
        <source>You are next.</source>
        <translation>You are next.</translation>
    </message>
    <message>
        <source>You will wait about 1 minute.</source>
        <translation>You will wait about 1 minute.</translation>
    </message>
    <message>
        <source>You will wait about %1 minutes.</source>
        <translation>You will wait about %1 minutes.</translation>
    </message>
    <message>
        <source>Please wait here. We will call your number.</source>
        <translation>Please wait here. We will call your number.</translation>
    </message>
    <message>
        <source>Scan to follow your turn on your phone</source>
        <translation>Scan to follow your turn on your phone</translation>
    </message>
    <message>
        <source>Your time is booked. Your code is</source>
        <translation>Your time is booked. Your code is</translation>
    </message>
    <message>
        <source>Type this code at the kiosk when you come.</source>
        <translation>Type this code at the kiosk when you come.</translation>
    </message>
    <message>
        <source>Scan with your phone camera to save the time in your calendar.</source>
        <translation>Scan with your phone camera to save the time in your calendar.</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Done</translation>
    </message>
    <message>
        <source>Welcome! We help you find the right person.</source>
        <translation>Welcome! We help you find the right person.</translation>
    </message>
    <message>
        <source>You do not need to give your name.</source>
        <translation>You do not need to give your name.</translation>
    </message>
    <message>
        <source>Choose your language</source>
        <translation>Choose your language</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>I have a booked time</source>
        <translation>I have a booked time</translation>
    </message>
    <message>
        <source>d MMM</source>
        <comment>a short date without the year, as a Qt date pattern; Finnish: d.M.</comment>
        <translation>d MMM</translation>
    </message>
    <message>
        <source>today</source>
        <translation>today</translation>
    </message>
    <message>
        <source>tomorrow</source>
        <translation>tomorrow</translation>
    </message>
    <message>
        <source>on %1</source>
        <comment>a weekday in a sentence: on Tuesday</comment>
        <translation>on %1</translation>
    </message>
    <message>
        <source>It opens again %1 at %2.</source>
        <comment>%1 today / tomorrow / on Tuesday, %2 the time</comment>
        <translation>It opens again %1 at %2.</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <comment>a day heading and a time: Tuesday 3 Mar at 10.30</comment>
        <translation>%1 at %2</translation>
    </message>
    <message>
        <source>No signs typed yet.</source>
        <translation>No signs typed yet.</translation>
    </message>
    <message>
        <source>The code has %1 letters and numbers.</source>
        <translation>The code has %1 letters and numbers.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>Clear all</source>
        <translation>Clear all</translation>
    </message>
    <message>
        <source>Check in</source>
        <translation>Check in</translation>
    </message>
    <message>
        <source>Type the code again</source>
        <translation>Type the code again</translation>
    </message>
    <message>
        <source>Type your booking code</source>
        <translation>Type your booking code</translation>
    </message>
    <message>
        <source>Please ask at the desk.</source>
        <translation>Please ask at the desk.</translation>
    </message>
    <message>
        <source>It is too early to check in.</source>
        <translation>It is too early to check in.</translation>
    </message>
    <message>
        <source>Your booked time: %1.</source>
        <translation>Your booked time: %1.</translation>
    </message>
    <message>
        <source>This booking is no longer valid.</source>
        <translation>This booking is no longer valid.</translation>
    </message>
    <message>
        <source>You can check in from %1. Please come back then.</source>
        <translation>You can check in from %1. Please come back then.</translation>
    </message>
    <message>
        <source>Your time has passed.</source>
        <translation>Your time has passed.</translation>
    </message>
    <message>
        <source>You have already checked in.</source>
        <translation>You have already checked in.</translation>
    </message>
    <message>
        <source>Your number is %1.</source>
        <translation>Your number is %1.</translation>
    </message>
    <message>
        <source>This booking was cancelled.</source>
        <translation>This booking was cancelled.</translation>
    </message>
    <message>
        <source>Wait a moment, then try again.</source>
        <translation>Wait a moment, then try again.</translation>
    </message>
    <message>
        <source>Check the code, or ask at the desk.</source>
        <translation>Check the code, or ask at the desk.</translation>
    </message>
    <message>
        <source>We did not find this code.</source>
        <translation>We did not find this code.</translation>
    </message>
    <message>
        <source>Check it, or ask at the desk.</source>
        <translation>Check it, or ask at the desk.</translation>
    </message>
    <message>
        <source>The centre is closed now.</source>
        <translation>The centre is closed now.</translation>
    </message>
    <message>
        <source>Opening hours:</source>
        <translation>Opening hours:</translation>
    </message>
    <message>
        <source>You can still book a time.</source>
        <translation>You can still book a time.</translation>
    </message>
    <message>
        <source>Book a time</source>
        <translation>Book a time</translation>
    </message>
    <message>
        <source>Back to the start</source>
        <translation>Back to the start</translation>
    </message>
    <message>
        <source>Closed now.</source>
        <translation>Closed now.</translation>
    </message>
    <message>
        <source>Booking code: %1. Type it at the kiosk when you come.</source>
        <translation>Booking code: %1. Type it at the kiosk when you come.</translation>
    </message>
    <message>
        <source>Who do you want to meet?</source>
        <translation>Who do you want to meet?</translation>
    </message>
    <message>
        <source>Choose a time that suits you.</source>
        <translation>Choose a time that suits you.</translation>
    </message>
    <message>
        <source>Somebody just took that time. Please choose another.</source>
        <translation>Somebody just took that time. Please choose another.</translation>
    </message>
    <message>
        <source>That time cannot be booked any more. Please choose another.</source>
        <translation>That time cannot be booked any more. Please choose another.</translation>
    </message>
    <message>
        <source>Earlier times</source>
        <translation>Earlier times</translation>
    </message>
    <message>
        <source>Later times</source>
        <translation>Later times</translation>
    </message>
</context>
</TS>
