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
        <source>Gives you a queue number for the front desk.</source>
        <translation>Gives you a queue number for the front desk.</translation>
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
        <source>Place: %1</source>
        <translation>Place: %1</translation>
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
</context>
</TS>
