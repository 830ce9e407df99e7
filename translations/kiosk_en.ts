<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>Access</name>
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
        <source>Connection lost – the display updates when the connection is back</source>
        <translation>Connection lost – the display updates when the connection is back</translation>
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
        <source>This computer has no staff token yet: you can see the queue but not call.</source>
        <translation>This computer has no staff token yet: you can see the queue but not call.</translation>
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
        <source>Show this code at the kiosk when you come.</source>
        <translation>Show this code at the kiosk when you come.</translation>
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
        <source>Booking code: %1. Show it at the kiosk when you come.</source>
        <translation>Booking code: %1. Show it at the kiosk when you come.</translation>
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
