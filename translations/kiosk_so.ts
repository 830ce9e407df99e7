<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="so_SO" sourcelanguage="en">
<context>
    <name>Access</name>
    <message>
        <source>Keeps your answers. The screen does not start over.</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Waxay kaydisaa jawaabahaaga. Shaashaddu dib uma bilaabanayso.</translation>
    </message>
    <message>
        <source>Changes the language to %1.</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Waxay luqadda u beddeshaa %1.</translation>
    </message>
    <message>
        <source>Speech is on. Arrow keys move. Enter chooses. Minus goes back. Plus says it again.</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Codku waa shidan yahay. Furayaasha fallaadhaha way dhaqaajiyaan. Enter wuu doortaa. Minus dib ayuu u celiyaa. Plus mar kale ayuu yiraahdaa.</translation>
    </message>
    <message>
        <source>An answer to the question: %1</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Jawaab su&apos;aasha: %1</translation>
    </message>
    <message>
        <source>Gives you a queue number for the front desk. Staff will help you.</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Waxay ku siisaa lambar safka miiska macluumaadka. Shaqaaluhu way ku caawin doonaan.</translation>
    </message>
    <message>
        <source>Goes to the previous question.</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Waxay ku celisaa su&apos;aashii hore.</translation>
    </message>
    <message>
        <source>Forgets your answers and starts from the first question.</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Waxay tirtirtaa jawaabahaaga, waxayna ka bilaabataa su&apos;aasha koowaad.</translation>
    </message>
    <message>
        <source>Deletes the last sign.</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Waxay tirtirtaa calaamadda ugu dambeysa.</translation>
    </message>
    <message>
        <source>Deletes the whole code.</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Waxay tirtirtaa koodka oo dhan.</translation>
    </message>
    <message>
        <source>Sends the code. You get your queue number.</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Waxay dirtaa koodka. Waxaad heleysaa lambarkaaga safka.</translation>
    </message>
    <message>
        <source>Gives you a queue number for the front desk.</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Waxay ku siisaa lambar safka miiska macluumaadka.</translation>
    </message>
    <message>
        <source>Opens the keypad with the code you typed.</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Waxay furtaa furayaasha, oo leh koodka aad qortay.</translation>
    </message>
    <message>
        <source>Types this sign.</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Waxay qortaa calaamaddan.</translation>
    </message>
    <message>
        <source>Goes back to the start. Remember your number.</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Waxay ku celisaa bilowga. Xusuuso lambarkaaga.</translation>
    </message>
    <message>
        <source>Read aloud</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Kor u akhri</translation>
    </message>
    <message>
        <source>Says what is on the screen.</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Waxay kor u akhridaa waxa shaashadda ku qoran.</translation>
    </message>
    <message>
        <source>No voice</source>
        <comment>Read aloud, when the language has no voice</comment>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Cod ma jiro</translation>
    </message>
    <message>
        <source>This kiosk cannot read this language aloud.</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Kiosk-kani ma akhrin karo luqaddan si cod dheer ah.</translation>
    </message>
    <message>
        <source>Shows every language to choose from.</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Waxay tusinaysaa dhammaan luqadaha aad ka dooran karto.</translation>
    </message>
    <message>
        <source>Larger text</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Qoraal weyn</translation>
    </message>
    <message>
        <source>Makes all text bigger. Tap again for normal size.</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Qoraalka oo dhan ayay weynaysaa. Mar kale taabo si uu u noqdo cabbirka caadiga ah.</translation>
    </message>
    <message>
        <source>Starts the questions.</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Waxay bilaabaysaa su&apos;aalaha.</translation>
    </message>
    <message>
        <source>Opens a keypad for your booking code.</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Waxay furtaa furayaasha koodka ballantaada.</translation>
    </message>
    <message>
        <source>Goes back to the start. Remember your code.</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Waxay ku celisaa bilowga. Xusuuso koodkaaga.</translation>
    </message>
    <message>
        <source>Shows the visiting workers and their free times.</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Waxay tustaa shaqaalaha aad ballan la qabsan karto iyo waqtiyada bannaan.</translation>
    </message>
    <message>
        <source>Goes back to the first screen.</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Waxay ku celisaa shaashadda koowaad.</translation>
    </message>
    <message>
        <source>Books the time. You get a code for it.</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Waxay qabsataa waqtigan. Waxaad heleysaa kood.</translation>
    </message>
    <message>
        <source>Goes back to the free times.</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Waxay ku celisaa waqtiyada bannaan.</translation>
    </message>
    <message>
        <source>Goes to the previous screen.</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Waxay ku celisaa shaashaddii hore.</translation>
    </message>
    <message>
        <source>Chooses this time. You confirm it next.</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Waxay doortaa waqtigan. Marka xigta ayaad xaqiijinaysaa.</translation>
    </message>
    <message>
        <source>Shows the earlier free times.</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Waxay tustaa waqtiyada bannaan ee ka horreeya.</translation>
    </message>
    <message>
        <source>Shows the next free times.</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Waxay tustaa waqtiyada bannaan ee xiga.</translation>
    </message>
</context>
<context>
    <name>Admin</name>
    <message>
        <source>Kokoomo – admin</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Kokoomo – maamulka</translation>
    </message>
    <message>
        <source>Kiosk admin</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Maamulka shaashadda</translation>
    </message>
    <message>
        <source>Logged in: %1</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Waad gashay: %1</translation>
    </message>
    <message>
        <source>Log out</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Ka bax</translation>
    </message>
    <message>
        <source>Questions</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Su&apos;aalaha</translation>
    </message>
    <message>
        <source>Services and hours</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Adeegyada iyo saacadaha</translation>
    </message>
    <message>
        <source>Versions</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Nuqullada</translation>
    </message>
    <message>
        <source>Statistics</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Tirakoob</translation>
    </message>
    <message>
        <source>Problems to fix before publishing</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Dhibaatooyin la hagaajinayo ka hor faafinta</translation>
    </message>
    <message>
        <source>What did you change?</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Maxaad beddeshay?</translation>
    </message>
    <message>
        <source>One line, e.g. &apos;New Swedish text for Work&apos;</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Hal sadar, tusaale: &apos;Qoraal cusub oo Iswiidhish ah oo loogu talagalay Shaqo&apos;</translation>
    </message>
    <message>
        <source>Undo</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Ka noqo</translation>
    </message>
    <message>
        <source>Discard my changes</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Iska tuur isbeddelladayda</translation>
    </message>
    <message>
        <source>Publish</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Faafi</translation>
    </message>
    <message>
        <source>Texts in %1 await a native speaker&apos;s review.</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Qoraallada %1 waxay sugayaan in qof luqadda ku dhashay eegaa.</translation>
    </message>
    <message>
        <source>✔ No problems.</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>✔ Dhibaato ma jirto.</translation>
    </message>
    <message>
        <source>Publishing…</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Waa la faafinayaa…</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Waa la hubinayaa…</translation>
    </message>
    <message>
        <source>Publish is off: fix the problems listed above first (%1).</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Faafintu way xiran tahay: marka hore hagaaji dhibaatooyinka kor ku qoran (%1).</translation>
    </message>
    <message>
        <source>Publish is off: no connection to the hub.</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Faafintu way xiran tahay: xiriir lama laha kombiyuutarka dhexe.</translation>
    </message>
    <message>
        <source>Nothing to publish: no changes yet.</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Wax la faafiyo ma jiraan: weli isbeddel ma jiro.</translation>
    </message>
    <message>
        <source>Write in one line what you changed, then publish.</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Hal sadar ku qor waxaad beddeshay, kadibna faafi.</translation>
    </message>
    <message>
        <source>Ready to publish. The kiosk uses it from the next visitor.</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Diyaar u ah faafinta. Shaashaddu waxay isticmaalaysaa laga bilaabo booqdaha xiga.</translation>
    </message>
    <message>
        <source>Published as version %1. The kiosk uses it from the next visitor.</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Waxaa loo faafiyey nuqul %1. Shaashaddu waxay isticmaalaysaa laga bilaabo booqdaha xiga.</translation>
    </message>
    <message>
        <source>Not published: the hub does not answer. Your changes are kept here.</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Lama faafin: kombiyuutarka dhexe ma jawaabayo. Isbeddelladaadu halkan way ku kaydsan yihiin.</translation>
    </message>
    <message>
        <source>Not published: your session has ended. Log in again.</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Lama faafin: fadhigaagu wuu dhammaaday. Mar kale gal.</translation>
    </message>
    <message>
        <source>Not published: %1</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Lama faafin: %1</translation>
    </message>
    <message>
        <source>The hub does not answer: could not read the routing.</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Kombiyuutarka dhexe ma jawaabayo: su&apos;aalaha lama akhriyi karin.</translation>
    </message>
    <message>
        <source>The region&apos;s template %1</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Qaabka gobolka %1</translation>
    </message>
    <message>
        <source>Forget every change since the last publish?</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Ma iloobaysaa isbeddel kasta tan iyo faafintii ugu dambeysay?</translation>
    </message>
    <message>
        <source>Discard</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Iska tuur</translation>
    </message>
    <message>
        <source>Keep editing</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Sii wad beddelka</translation>
    </message>
    <message>
        <source>Close the admin</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Xir maamulka</translation>
    </message>
    <message>
        <source>Your changes are not published. Close and forget them?</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Isbeddelladaada lama faafin. Ma xiraysaa oo ma iloobaysaa?</translation>
    </message>
    <message>
        <source>Close and forget</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Xir oo iloow</translation>
    </message>
</context>
<context>
    <name>AdminChanges</name>
    <message>
        <source>question text</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>qoraalka su&apos;aasha</translation>
    </message>
    <message>
        <source>label</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>qoraalka badhanka</translation>
    </message>
    <message>
        <source>help text</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>qoraalka caawinta</translation>
    </message>
    <message>
        <source>icon</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>astaan</translation>
    </message>
    <message>
        <source>next question</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>su&apos;aasha xigta</translation>
    </message>
    <message>
        <source>services</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>adeegyada</translation>
    </message>
    <message>
        <source>priority</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>mudnaan</translation>
    </message>
    <message>
        <source>name</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>magac</translation>
    </message>
    <message>
        <source>room</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>qol</translation>
    </message>
    <message>
        <source>kind</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>nooc</translation>
    </message>
    <message>
        <source>ticket letter</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>xarafka lambarka</translation>
    </message>
    <message>
        <source>discreet</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>qarsoodi</translation>
    </message>
    <message>
        <source>visiting times</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>waqtiyada booqashada</translation>
    </message>
    <message>
        <source>opening hours</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>saacadaha furitaanka</translation>
    </message>
    <message>
        <source>extra time</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>waqti dheeraad ah</translation>
    </message>
    <message>
        <source>first question</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>su&apos;aasha koowaad</translation>
    </message>
    <message>
        <source>front desk service</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>adeegga miiska macluumaadka</translation>
    </message>
    <message>
        <source>languages</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>luqadaha</translation>
    </message>
    <message>
        <source>answers</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>jawaabaha</translation>
    </message>
    <message>
        <source>file version</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>nuqulka faylka</translation>
    </message>
    <message>
        <source>Answer &apos;%2&apos; in question &apos;%1&apos;</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Jawaabta &apos;%2&apos; ee su&apos;aasha &apos;%1&apos;</translation>
    </message>
    <message>
        <source>Question &apos;%1&apos;</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Su&apos;aasha &apos;%1&apos;</translation>
    </message>
    <message>
        <source>Service &apos;%1&apos;</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Adeegga &apos;%1&apos;</translation>
    </message>
    <message>
        <source>The centre</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Xarunta</translation>
    </message>
    <message>
        <source>The routing</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Su&apos;aalaha</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>%2 (%1)</translation>
    </message>
    <message>
        <source>nothing</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>waxba</translation>
    </message>
    <message>
        <source>yes</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>haa</translation>
    </message>
    <message>
        <source>no</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>maya</translation>
    </message>
    <message>
        <source>%1: %2 changed from %3 to %4.</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>%1: %2 waxaa laga beddelay %3 loona beddelay %4.</translation>
    </message>
    <message>
        <source>%1 changed from %3 to %4.</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>%1 waxaa laga beddelay %3 loona beddelay %4.</translation>
    </message>
    <message>
        <source>%1: %2 added: %4.</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>%1: %2 waa lagu daray: %4.</translation>
    </message>
    <message>
        <source>%1 added: %4.</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>%1 waa lagu daray: %4.</translation>
    </message>
    <message>
        <source>%1: %2 removed (was %3).</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>%1: %2 waa la tirtiray (wuxuu ahaa %3).</translation>
    </message>
    <message>
        <source>%1 removed.</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>%1 waa la tirtiray.</translation>
    </message>
    <message>
        <source>%1: %2 moved.</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>%1: %2 waa la raray.</translation>
    </message>
    <message>
        <source>%1 moved to another place.</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>%1 waxaa loo raray meel kale.</translation>
    </message>
</context>
<context>
    <name>AdminEditor</name>
    <message>
        <source>Add question</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Ku dar su&apos;aal</translation>
    </message>
    <message>
        <source>Add answer</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Ku dar jawaab</translation>
    </message>
    <message>
        <source>Move up</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Kor u qaad</translation>
    </message>
    <message>
        <source>Move down</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Hoos u dhig</translation>
    </message>
    <message>
        <source>Remove</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Tirtir</translation>
    </message>
    <message>
        <source>Choose a question or an answer on the left.</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Bidixda ka dooro su&apos;aal ama jawaab.</translation>
    </message>
    <message>
        <source>Question</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Su&apos;aal</translation>
    </message>
    <message>
        <source>Help text under the question (optional)</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Qoraalka caawinta ee su&apos;aasha hoosteeda (ikhtiyaari)</translation>
    </message>
    <message>
        <source>Id:</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Id:</translation>
    </message>
    <message>
        <source>A short name for the computer: a–z, 0–9, - and _.</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Magac gaaban oo kombiyuutarka loogu talagalay: a–z, 0–9, - iyo _.</translation>
    </message>
    <message>
        <source>This is the first question</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Tani waa su&apos;aasha koowaad</translation>
    </message>
    <message>
        <source>Answer button</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Badhanka jawaabta</translation>
    </message>
    <message>
        <source>Help text on the button (optional)</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Qoraalka caawinta ee badhanka (ikhtiyaari)</translation>
    </message>
    <message>
        <source>Choose icon…</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Dooro astaan…</translation>
    </message>
    <message>
        <source>Leads to</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Waxay u gudbisaa</translation>
    </message>
    <message>
        <source>Answer in question &apos;%1&apos;</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Jawaab ku jirta su&apos;aasha &apos;%1&apos;</translation>
    </message>
    <message>
        <source>No icon</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Astaan la&apos;aan</translation>
    </message>
    <message>
        <source>Question &apos;%1&apos;</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Su&apos;aasha &apos;%1&apos;</translation>
    </message>
    <message>
        <source>Not changed: an id may have only a–z, 0–9, - and _.</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Lama beddelin: id-gu wuxuu yeelan karaa oo keliya a–z, 0–9, - iyo _.</translation>
    </message>
    <message>
        <source>Not changed: that id is already used here.</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Lama beddelin: id-gaas halkan horay ayaa loo isticmaalay.</translation>
    </message>
    <message>
        <source>Choose an icon</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Dooro astaan</translation>
    </message>
    <message>
        <source>Use this icon</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Isticmaal astaantan</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Jooji</translation>
    </message>
    <message>
        <source>Another question:</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Su&apos;aal kale:</translation>
    </message>
    <message>
        <source>Services, in this order:</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Adeegyada, habkan:</translation>
    </message>
    <message>
        <source>Add service</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Ku dar adeeg</translation>
    </message>
    <message>
        <source>Priority:</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Mudnaan:</translation>
    </message>
    <message>
        <source>0 is normal. A higher number is called first.</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>0 waa caadi. Lambarka sare ayaa marka hore loo yeeraa.</translation>
    </message>
    <message>
        <source>Missing</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Maqan</translation>
    </message>
</context>
<context>
    <name>AdminPin</name>
    <message>
        <source>%1 min %2 s</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>%1 daq %2 ilb</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>%1 ilb</translation>
    </message>
    <message>
        <source>Admin – PIN</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Maamulka – PIN</translation>
    </message>
    <message>
        <source>Type the admin PIN</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Qor PIN-ka maamulka</translation>
    </message>
    <message>
        <source>Log in</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Gal</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Jooji</translation>
    </message>
    <message>
        <source>Erase one digit</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Tirtir hal lambar</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Waa la hubinayaa…</translation>
    </message>
    <message>
        <source>Wrong PIN.</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>PIN khaldan.</translation>
    </message>
    <message>
        <source>Tries left: %1.</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Isku dayada haray: %1.</translation>
    </message>
    <message>
        <source>No admin PIN is set. On the hub machine, run: kiosk admin --set-pin</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>PIN maamul lama dejin. Kombiyuutarka dhexe ku qor: kiosk admin --set-pin</translation>
    </message>
    <message>
        <source>This PC is not paired with the hub. Start the admin with a token from the hub machine:</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Kombiyuutarkan laguma xirin kombiyuutarka dhexe. Ku bilow maamulka fure laga helay kombiyuutarka dhexe:</translation>
    </message>
    <message>
        <source>The hub does not answer. Check the network and try again.</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Kombiyuutarka dhexe ma jawaabayo. Hubi shabakadda oo isku day mar kale.</translation>
    </message>
    <message>
        <source>Something went wrong (%1). Try again.</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Wax baa khaldamay (%1). Isku day mar kale.</translation>
    </message>
    <message>
        <source>Too many wrong tries. Try again in %1.</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Isku day khaldan oo badan. Isku day mar kale %1 kadib.</translation>
    </message>
    <message>
        <source>You can try again now.</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Hadda waad isku dayi kartaa.</translation>
    </message>
</context>
<context>
    <name>AdminPreview</name>
    <message>
        <source>Preview: the kiosk with your changes</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Horu-eeg: shaashadda oo leh isbeddelladaada</translation>
    </message>
    <message>
        <source>Tap through it as a visitor would. No ticket is made.</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>U taabo sida booqde u taaban lahaa. Lambar lama sameynayo.</translation>
    </message>
    <message>
        <source>Start over</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Dib u bilow</translation>
    </message>
</context>
<context>
    <name>AdminProblems</name>
    <message>
        <source>The %1 text is missing.</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Qoraalka %1 ma jiro.</translation>
    </message>
    <message>
        <source>A text in %1 is not used.</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Qoraal %1 ah lama isticmaalin.</translation>
    </message>
    <message>
        <source>Leads to a question that does not exist: %1.</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Waxay u gudbisaa su&apos;aal aan jirin: %1.</translation>
    </message>
    <message>
        <source>Leads to a service that does not exist: %1.</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Waxay u gudbisaa adeeg aan jirin: %1.</translation>
    </message>
    <message>
        <source>Choose what this answer leads to.</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Dooro meesha jawaabtani u gudbinayso.</translation>
    </message>
    <message>
        <source>Add at least one service.</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Ku dar ugu yaraan hal adeeg.</translation>
    </message>
    <message>
        <source>No answer leads to this question.</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Jawaab u gudbisa su&apos;aashan ma jirto.</translation>
    </message>
    <message>
        <source>The questions go round in a circle: %1.</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Su&apos;aaluhu waxay ku wareegayaan goobo: %1.</translation>
    </message>
    <message>
        <source>Two answers have the same id: %1.</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Laba jawaabood waxay leeyihiin id isku mid ah: %1.</translation>
    </message>
    <message>
        <source>Two questions have the same id: %1.</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Laba su&apos;aalood waxay leeyihiin id isku mid ah: %1.</translation>
    </message>
    <message>
        <source>Two services have the same id: %1.</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Laba adeeg waxay leeyihiin id isku mid ah: %1.</translation>
    </message>
    <message>
        <source>Add at least one answer.</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Ku dar ugu yaraan hal jawaab.</translation>
    </message>
    <message>
        <source>The ticket letter must be 1 or 2 capital letters.</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Xarafka lambarku waa inuu ahaadaa 1 ama 2 xaraf oo waaweyn.</translation>
    </message>
    <message>
        <source>Add the times when this worker visits.</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Ku dar waqtiyada shaqaalahan uu yimaado.</translation>
    </message>
    <message>
        <source>Only a visiting worker has times.</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Shaqaalaha booqda oo keliya ayaa waqtiyo leh.</translation>
    </message>
    <message>
        <source>Write the time as HH:MM, for example 09:30 (now: %1).</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Waqtiga u qor sida HH:MM, tusaale 09:30 (hadda: %1).</translation>
    </message>
    <message>
        <source>Choose a weekday (now: %1).</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Dooro maalin toddobaadka ka mid ah (hadda: %1).</translation>
    </message>
    <message>
        <source>The start must be before the end.</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Bilowgu waa inuu ka horreeyaa dhammaadka.</translation>
    </message>
    <message>
        <source>Do not mix walk-in and booked services in one answer.</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Hal jawaab ha ku darin adeegyo ballan la&apos;aan ah iyo adeegyo ballan leh.</translation>
    </message>
    <message>
        <source>Two services use the ticket letter %1: %2.</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Laba adeeg waxay isticmaalaan xarafka lambarka %1: %2.</translation>
    </message>
    <message>
        <source>The first question does not exist: %1.</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Su&apos;aasha koowaad ma jirto: %1.</translation>
    </message>
    <message>
        <source>The front desk service does not exist: %1.</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Adeegga miiska macluumaadka ma jiro: %1.</translation>
    </message>
    <message>
        <source>The front desk service must take walk-ins.</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Adeegga miiska macluumaadku waa inuu qaataa dadka ballan la&apos;aanta ah.</translation>
    </message>
    <message>
        <source>A time slot must be 5 to 240 minutes.</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Ballan waa inay ahaataa 5 ilaa 240 daqiiqo.</translation>
    </message>
    <message>
        <source>An id may have only a–z, 0–9, - and _: %1.</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Id-gu wuxuu yeelan karaa oo keliya a–z, 0–9, - iyo _: %1.</translation>
    </message>
    <message>
        <source>Question &apos;%1&apos;, answer &apos;%2&apos;</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Su&apos;aasha &apos;%1&apos;, jawaabta &apos;%2&apos;</translation>
    </message>
    <message>
        <source>Question &apos;%1&apos;</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Su&apos;aasha &apos;%1&apos;</translation>
    </message>
    <message>
        <source>Service &apos;%1&apos;</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Adeegga &apos;%1&apos;</translation>
    </message>
    <message>
        <source>The centre</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Xarunta</translation>
    </message>
    <message>
        <source>Front desk service</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Adeegga miiska macluumaadka</translation>
    </message>
    <message>
        <source>The whole routing</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Su&apos;aalaha oo dhan</translation>
    </message>
</context>
<context>
    <name>AdminServices</name>
    <message>
        <source>Days off</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Maalmaha fasaxa</translation>
    </message>
    <message>
        <source>Holidays: the centre is closed</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Ciidaha: xaruntu way xiran tahay</translation>
    </message>
    <message>
        <source>Note for staff (optional)</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Qoraal shaqaalaha (ikhtiyaari)</translation>
    </message>
    <message>
        <source>Add day off</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Ku dar maalin fasax</translation>
    </message>
    <message>
        <source>Remove the chosen day</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Tirtir maalinta la doortay</translation>
    </message>
    <message>
        <source>Needs the hub: not connected.</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Waxay u baahan tahay kombiyuutarka dhexe: xiriir ma jiro.</translation>
    </message>
    <message>
        <source>No days off in the next two months.</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Maalin fasax ah ma jirto labada bilood ee soo socda.</translation>
    </message>
    <message>
        <source>Day off saved.</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Maalinta fasaxa waa la kaydiyey.</translation>
    </message>
    <message>
        <source>%1 visitors have booked a time that day. Cancel their bookings and mark the day off?</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Tirada ballamaha maalintaas: %1. Ma joojinaysaa ballamahooda oo maalinta ma ka dhigaysaa fasax?</translation>
    </message>
    <message>
        <source>Cancel the bookings, mark the day off</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Jooji ballamaha, maalinta ka dhig fasax</translation>
    </message>
    <message>
        <source>Bookings on that day</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Ballamaha maalintaas</translation>
    </message>
    <message>
        <source>Keep the bookings</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Hay ballamaha</translation>
    </message>
    <message>
        <source>The hub does not answer.</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Kombiyuutarka dhexe ma jawaabayo.</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Lama kaydin: %1</translation>
    </message>
    <message>
        <source>Today</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Maanta</translation>
    </message>
    <message>
        <source>Away: the kiosk sends visitors to the front desk instead.</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Maqan: shaashaddu booqdayaasha waxay u dirtaa miiska macluumaadka.</translation>
    </message>
    <message>
        <source>Asking the hub…</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Waa la weydiinayaa kombiyuutarka dhexe…</translation>
    </message>
    <message>
        <source>Present</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Joogaa</translation>
    </message>
    <message>
        <source>Away</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Maqan</translation>
    </message>
    <message>
        <source>Mark away</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>U calaamadee maqan</translation>
    </message>
    <message>
        <source>Mark present</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>U calaamadee joogaa</translation>
    </message>
    <message>
        <source>Add a walk-in service</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Ku dar adeeg ballan la&apos;aan ah</translation>
    </message>
    <message>
        <source>Add a visiting worker</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Ku dar shaqaale booqda</translation>
    </message>
    <message>
        <source>Remove the service</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Tirtir adeegga</translation>
    </message>
    <message>
        <source>The centre</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Xarunta</translation>
    </message>
    <message>
        <source>Name of the centre</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Magaca xarunta</translation>
    </message>
    <message>
        <source>Walk-in visitors get a number only at these times.</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Dadka ballan la&apos;aanta ah waxay lambar helaan oo keliya waqtiyadan.</translation>
    </message>
    <message>
        <source>Languages at the kiosk</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Luqadaha kiosk-ga</translation>
    </message>
    <message>
        <source>The kiosk offers these, the first as its own. A language you add needs its texts everywhere before you can publish; one you take away takes its texts with it.</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Kiosk-gu wuxuu bixiyaa luqadahan, midda koowaad waa tiisa. Luqad aad ku darto waxay u baahan tahay qoraalladeeda meel kasta ka hor intaadan daabicin; luqad aad ka saarto qoraalladeeda way la tagtaa.</translation>
    </message>
    <message>
        <source>Front desk service:</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Adeegga miiska macluumaadka:</translation>
    </message>
    <message>
        <source>Visitors go here when they want to talk to someone, or when a service is away.</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Booqdayaashu halkan ayay yimaadaan marka ay rabaan inay qof la hadlaan, ama marka adeeg maqan yahay.</translation>
    </message>
    <message>
        <source>Name</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Magac</translation>
    </message>
    <message>
        <source>Room</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Qol</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Nooc:</translation>
    </message>
    <message>
        <source>Ticket letter:</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Xarafka lambarka:</translation>
    </message>
    <message>
        <source>Id:</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Id:</translation>
    </message>
    <message>
        <source>Walk-in: a queue number now</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Ballan la&apos;aan: lambar safka hadda</translation>
    </message>
    <message>
        <source>Visiting worker: book a time</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Shaqaale booqda: ballan qabso</translation>
    </message>
    <message>
        <source>Discreet</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Qarsoodi</translation>
    </message>
    <message>
        <source>The waiting-room screen shows only the number and the room, never the service. Its numbers start with the front desk&apos;s letter, so nobody can tell who came for it.</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Shaashadda qolka sugitaanka waxay tustaa oo keliya lambarka iyo qolka, weligeed adeegga ma tusto. Lambaradeedu waxay ku bilaabmaan xarafka miiska macluumaadka, sidaa darteed qofna ma ogaan karo cidda uu qofku u yimid.</translation>
    </message>
    <message>
        <source>Visiting times</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Waqtiyada booqashada</translation>
    </message>
    <message>
        <source>the centre</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>xarunta</translation>
    </message>
    <message>
        <source>visiting</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>booqasho</translation>
    </message>
    <message>
        <source>Answers that lead here: %1</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Jawaabaha halkan u gudbiya: %1</translation>
    </message>
    <message>
        <source>No answer leads here yet (choose it under Questions).</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Weli jawaab halkan u gudbisa ma jirto (ka dooro Su&apos;aalaha).</translation>
    </message>
    <message>
        <source>Only this service is in %1 on %2. Anyone can read that, so a number called to %1 then tells the waiting room who came for it. Share the room on those days if you can.</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Adeeggan oo keliya ayaa ku jira %1 maalmahan: %2. Qof kasta ayaa akhrin kara, sidaas darteed lambarka loogu yeero %1 markaas wuxuu qolka sugitaanka u sheegayaa cidda adeeggan u timid. Qolka maalmahaas la wadaag adeeg kale haddii aad awoodo.</translation>
    </message>
    <message>
        <source>Not changed: the id must be new and use only a–z, 0–9, - and _.</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Lama beddelin: id-gu waa inuu cusub yahay oo uu isticmaalaa oo keliya a–z, 0–9, - iyo _.</translation>
    </message>
    <message>
        <source>Remove &apos;%1&apos;?</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Ma tirtiraysaa &apos;%1&apos;?</translation>
    </message>
    <message>
        <source>%1 answers lead to it: they will show a problem until you change them.</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Tirada jawaabaha u gudbiya: %1. Waxay muujin doonaan dhibaato ilaa aad beddesho.</translation>
    </message>
    <message>
        <source>Remove</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Tirtir</translation>
    </message>
    <message>
        <source>Keep it</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Hay</translation>
    </message>
    <message>
        <source>Opening hours</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Saacadaha furitaanka</translation>
    </message>
    <message>
        <source>Day</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Maalin</translation>
    </message>
    <message>
        <source>Starts</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Bilow</translation>
    </message>
    <message>
        <source>Ends</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Dhammaad</translation>
    </message>
    <message>
        <source>Minutes per visit</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Daqiiqo booqasho kasta</translation>
    </message>
    <message>
        <source>Add a row</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Ku dar saf</translation>
    </message>
    <message>
        <source>Remove the row</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Tirtir safka</translation>
    </message>
</context>
<context>
    <name>AdminStats</name>
    <message>
        <source>This week</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Toddobaadkan</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>30-kii maalmood ee ugu dambeeyey</translation>
    </message>
    <message>
        <source>Dates I choose</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Taariikho aan doorto</translation>
    </message>
    <message>
        <source>Period:</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Muddada:</translation>
    </message>
    <message>
        <source>Show</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Tus</translation>
    </message>
    <message>
        <source>Save as CSV…</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>U kaydi CSV…</translation>
    </message>
    <message>
        <source>visitors</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>booqdayaal</translation>
    </message>
    <message>
        <source>did not come when called</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>ma iman markii loo yeeray</translation>
    </message>
    <message>
        <source>booked times kept</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>ballamo la ilaaliyey</translation>
    </message>
    <message>
        <source>median wait</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>celceliska dhexe ee sugitaanka</translation>
    </message>
    <message>
        <source>Keep the details of each visit for (days):</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Hay faahfaahinta booqasho kasta muddo (maalmo):</translation>
    </message>
    <message>
        <source>Save</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Kaydi</translation>
    </message>
    <message>
        <source>After that only the counts stay: the figures do not change.</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Intaas kadib tirooyinka oo keliya ayaa haraya: tirakoobku isma beddelo.</translation>
    </message>
    <message>
        <source>Needs the hub: not connected.</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Waxay u baahan tahay kombiyuutarka dhexe: xiriir ma jiro.</translation>
    </message>
    <message>
        <source>The end date is before the start date.</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Taariikhda dhammaadku waxay ka horreysaa taariikhda bilowga.</translation>
    </message>
    <message>
        <source>Asking the hub…</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Waa la weydiinayaa kombiyuutarka dhexe…</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Waa la kaydiyey.</translation>
    </message>
    <message>
        <source>The hub does not answer.</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Kombiyuutarka dhexe ma jawaabayo.</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Lama kaydin: %1</translation>
    </message>
    <message>
        <source>No figures: %1</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Tirooyin ma jiraan: %1</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>%1 ka mid ah %2</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>%1 daqiiqo</translation>
    </message>
    <message>
        <source>Visitors per day</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Booqdayaasha maalin kasta</translation>
    </message>
    <message>
        <source>Visitors by hour of the day</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Booqdayaasha saacadaha maalinta</translation>
    </message>
    <message>
        <source>wanted to talk</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>waxay rabeen inay hadlaan</translation>
    </message>
    <message>
        <source>Visitors per service</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Booqdayaasha adeeg kasta</translation>
    </message>
    <message>
        <source>First answer chosen</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Jawaabta koowaad ee la doortay</translation>
    </message>
    <message>
        <source>half waited less</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>kala bar ayaa ka yar sugay</translation>
    </message>
    <message>
        <source>9 in 10 waited less</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>9 ka mid ah 10 ayaa ka yar sugay</translation>
    </message>
    <message>
        <source>Waits in minutes</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Sugitaanka daqiiqado</translation>
    </message>
    <message>
        <source>Show the figures first.</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Marka hore tus tirooyinka.</translation>
    </message>
    <message>
        <source>Save as CSV</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>U kaydi CSV</translation>
    </message>
    <message>
        <source>Saved: %1</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Waa la kaydiyey: %1</translation>
    </message>
</context>
<context>
    <name>AdminVersions</name>
    <message>
        <source>When</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Goorma</translation>
    </message>
    <message>
        <source>Who</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Yaa</translation>
    </message>
    <message>
        <source>Note</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Qoraal</translation>
    </message>
    <message>
        <source>In use</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>La isticmaalo</translation>
    </message>
    <message>
        <source>Choose two versions to see what changed between them.</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Dooro laba nuqul si aad u aragto waxa isbeddelay.</translation>
    </message>
    <message>
        <source>Why? One line, e.g. &apos;Back to the spring questions&apos;</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Sababta? Hal sadar, tusaale: &apos;Ku noqo su&apos;aalihii guga&apos;</translation>
    </message>
    <message>
        <source>Make this version active again</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Mar kale isticmaal nuqulkan</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Cusboonaysii</translation>
    </message>
    <message>
        <source>Routing templates from the region</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Qaababka hagidda ee gobolka</translation>
    </message>
    <message>
        <source>Adopt as my draft</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Ka dhig qabyadayda</translation>
    </message>
    <message>
        <source>✔ in use</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>✔ la isticmaalo</translation>
    </message>
    <message>
        <source>What changed</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Waxa isbeddelay</translation>
    </message>
    <message>
        <source>From version %1 to version %2</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Laga bilaabo nuqul %1 ilaa nuqul %2</translation>
    </message>
    <message>
        <source>No differences.</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Farqi ma jiro.</translation>
    </message>
    <message>
        <source>Region not reached since %1</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Gobolka lama gaarin tan iyo %1</translation>
    </message>
    <message>
        <source>The region refused the figures of %1 (%2 days in all): %3</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Gobolku wuu diiday tirooyinka maalinta %1 (wadar ahaan %2 maalmood): %3</translation>
    </message>
    <message>
        <source>This template cannot be your draft: %1</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Qaabkan ma noqon karo qabyadaada: %1</translation>
    </message>
    <message>
        <source>Back to version %1</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Ku noqo nuqul %1</translation>
    </message>
    <message>
        <source>Done: the kiosk now uses it (version %1).</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Waa la sameeyey: shaashadda hadda ayay isticmaashaa (nuqul %1).</translation>
    </message>
    <message>
        <source>The hub does not answer.</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Kombiyuutarka dhexe ma jawaabayo.</translation>
    </message>
    <message>
        <source>The hub refused: %1</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Kombiyuutarka dhexe wuu diiday: %1</translation>
    </message>
</context>
<context>
    <name>AdminWeek</name>
    <message>
        <source>Mon</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Isn</translation>
    </message>
    <message>
        <source>Tue</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Tal</translation>
    </message>
    <message>
        <source>Wed</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Arb</translation>
    </message>
    <message>
        <source>Thu</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Kha</translation>
    </message>
    <message>
        <source>Fri</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Jim</translation>
    </message>
    <message>
        <source>Sat</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Sab</translation>
    </message>
    <message>
        <source>Sun</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Axd</translation>
    </message>
    <message>
        <source>Monday</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Isniin</translation>
    </message>
    <message>
        <source>Tuesday</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Talaado</translation>
    </message>
    <message>
        <source>Wednesday</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Arbaco</translation>
    </message>
    <message>
        <source>Thursday</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Khamiis</translation>
    </message>
    <message>
        <source>Friday</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Jimce</translation>
    </message>
    <message>
        <source>Saturday</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Sabti</translation>
    </message>
    <message>
        <source>Sunday</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Axad</translation>
    </message>
</context>
<context>
    <name>Common</name>
    <message>
        <source>Are you still there?</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Weli ma joogtaa?</translation>
    </message>
    <message>
        <source>Soon the screen will start over.</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Dhawaan shaashaddu dib ayay u bilaabanaysaa.</translation>
    </message>
    <message>
        <source>I need more time</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Waqti dheeraad ah ayaan u baahanahay</translation>
    </message>
    <message>
        <source>Please ask the staff at the desk.</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Fadlan weydii shaqaalaha miiska.</translation>
    </message>
    <message>
        <source>The kiosk will be back soon.</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Shaashaddu dhawaan way soo laabanaysaa.</translation>
    </message>
    <message>
        <source>For staff: the hub does not know this kiosk&apos;s token, so it cannot give tickets. See the install guide.</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Shaqaalaha: server-ku ma yaqaan furaha qalabkan, sidaa darteed ma bixin karo lambarro. Eeg hagaha rakibidda.</translation>
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
        <translation>Hadda loo adeegayo</translation>
    </message>
    <message>
        <source>Previous calls</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Yeedhihii hore</translation>
    </message>
    <message>
        <source>Waiting now</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Hadda sugaya</translation>
    </message>
    <message>
        <source>Queue numbers are shown here</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Lambarada safka halkan ayay ka muuqdaan</translation>
    </message>
    <message>
        <source>People</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Dad</translation>
    </message>
    <message>
        <source>Wait about</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Sugitaan qiyaastii</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>%1 daqiiqo</translation>
    </message>
    <message>
        <source>More services: %1</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Adeegyo kale: %1</translation>
    </message>
    <message>
        <source>Not here now</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Hadda ma joogo</translation>
    </message>
    <message>
        <source>Closed</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Xiran</translation>
    </message>
    <message>
        <source>Open again %1 %2</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Mar kale wuu furmayaa %1 %2</translation>
    </message>
    <message>
        <source>d MMM</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>d MMM</translation>
    </message>
    <message>
        <source>Connection lost – the display updates when the connection is back</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Xiriirka wuu go&apos;ay – shaashaddu way cusboonaysiin doontaa marka xiriirku soo laabto</translation>
    </message>
    <message>
        <source>This display is not paired with the queue – please tell the staff</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Shaashaddan laguma xirin safka – fadlan u sheeg shaqaalaha</translation>
    </message>
    <message>
        <source>Mon</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Isn</translation>
    </message>
    <message>
        <source>Tue</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Tal</translation>
    </message>
    <message>
        <source>Wed</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Arb</translation>
    </message>
    <message>
        <source>Thu</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Kha</translation>
    </message>
    <message>
        <source>Fri</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Jim</translation>
    </message>
    <message>
        <source>Sat</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Sab</translation>
    </message>
    <message>
        <source>Sun</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Axd</translation>
    </message>
</context>
<context>
    <name>Languages</name>
    <message>
        <source>Finnish</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Af-Finnish</translation>
    </message>
    <message>
        <source>Swedish</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Af-Iswiidhish</translation>
    </message>
    <message>
        <source>English</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Af-Ingiriis</translation>
    </message>
    <message>
        <source>Ukrainian</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Yukreeniyaan</translation>
    </message>
    <message>
        <source>Arabic</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Carabi</translation>
    </message>
    <message>
        <source>Somali</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Soomaali</translation>
    </message>
    <message>
        <source>Russian</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Ruush</translation>
    </message>
    <message>
        <source>Estonian</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Estooniyaan</translation>
    </message>
</context>
<context>
    <name>Phone</name>
    <message>
        <source>Your number</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Lambarkaaga</translation>
    </message>
    <message>
        <source>Your place in the queue</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Kaalintaada safka</translation>
    </message>
    <message>
        <source>Estimated wait</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Sugitaan qiyaastii</translation>
    </message>
    <message>
        <source>{n} min</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>{n} daqiiqo</translation>
    </message>
    <message>
        <source>soon</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>dhawaan</translation>
    </message>
    <message>
        <source>Please wait for your turn</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Fadlan sug markaaga</translation>
    </message>
    <message>
        <source>You are next</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Adiga ayaa xiga</translation>
    </message>
    <message>
        <source>Place</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Meesha</translation>
    </message>
    <message>
        <source>It is your turn!</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Waa markaagii!</translation>
    </message>
    <message>
        <source>Please come to:</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Fadlan kaalay halkan:</translation>
    </message>
    <message>
        <source>Your visit is finished</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Booqashadaadu way dhammaatay</translation>
    </message>
    <message>
        <source>Your turn has passed. Please ask at the info desk.</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Markaagii wuu dhaafay. Fadlan weydii miiska macluumaadka.</translation>
    </message>
    <message>
        <source>This page updates itself.</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Boggani iskiis ayuu u cusboonaysiiyaa.</translation>
    </message>
    <message>
        <source>No connection. Trying again.</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Xiriir ma jiro. Mar kale ayaan isku dayaynaa.</translation>
    </message>
    <message>
        <source>Number not found</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Lambarka lama helin</translation>
    </message>
    <message>
        <source>Check the address or ask at the info desk.</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Hubi ciwaanka, ama weydii miiska macluumaadka.</translation>
    </message>
</context>
<context>
    <name>Slip</name>
    <message>
        <source>Your number</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Lambarkaaga</translation>
    </message>
    <message>
        <source>You are number %1 in the queue.</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Kaalintaada safka: %1.</translation>
    </message>
    <message>
        <source>You are next.</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Adiga ayaa xiga.</translation>
    </message>
    <message>
        <source>You will wait about 1 minute.</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Waxaad sugaysaa qiyaastii 1 daqiiqo.</translation>
    </message>
    <message>
        <source>You will wait about %1 minutes.</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Waxaad sugaysaa qiyaastii %1 daqiiqo.</translation>
    </message>
    <message>
        <source>Watch the screen. We will call your number.</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Eeg shaashadda. Waan u yeeri doonnaa lambarkaaga.</translation>
    </message>
    <message>
        <source>Scan the code with your phone to follow your turn.</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Koodka ku akhri taleefankaaga si aad ula socoto markaaga.</translation>
    </message>
    <message>
        <source>Your booked time</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Ballantaada</translation>
    </message>
    <message>
        <source>at %1</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>saacadda %1</translation>
    </message>
    <message>
        <source>Your booking code</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Koodka ballantaada</translation>
    </message>
    <message>
        <source>When you come, type this code at the kiosk.</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Markaad timaado, koodkan ku qor shaashadda.</translation>
    </message>
    <message>
        <source>Scan the code with your phone to save the time in your calendar.</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Koodka ku akhri taleefankaaga si aad waqtiga ugu kaydiso kalandarkaaga.</translation>
    </message>
</context>
<context>
    <name>Staff</name>
    <message>
        <source>called at %1</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>loo yeeray saacadda %1</translation>
    </message>
    <message>
        <source>Done</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Dhammaatay</translation>
    </message>
    <message>
        <source>The visit is over; a journey goes on to its next service.</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Booqashadu way dhammaatay. Haddii booqduhu leeyahay adeeg xiga, wuxuu galayaa safkiisa.</translation>
    </message>
    <message>
        <source>Call again</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Mar kale u yeer</translation>
    </message>
    <message>
        <source>Show and say the number again.</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Mar kale tus oo sheeg lambarka.</translation>
    </message>
    <message>
        <source>Did not come</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Ma iman</translation>
    </message>
    <message>
        <source>Mark as no-show. You can still call the number again later.</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>U calaamadee inuusan iman. Weli mar dambe ayaad u yeeri kartaa lambarka.</translation>
    </message>
    <message>
        <source>Transfer…</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>U gudbi…</translation>
    </message>
    <message>
        <source>Send the visitor to the end of another service&apos;s queue.</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Booqdaha u dir dhammaadka safka adeeg kale.</translation>
    </message>
    <message>
        <source>%1 (away)</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>%1 (maqan)</translation>
    </message>
    <message>
        <source>Nobody is with you now. Press Call next when you are ready.</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Hadda qofna kuma joogo. Riix «U yeer kan xiga» marka aad diyaar tahay.</translation>
    </message>
    <message>
        <source>Connect to the hub</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Ku xir kombiyuutarka dhexe</translation>
    </message>
    <message>
        <source>Connect this computer to the hub</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Kombiyuutarkan ku xir kombiyuutarka dhexe</translation>
    </message>
    <message>
        <source>Type the staff token. The person who runs the kiosk gets one with &apos;kiosk token add --role staff&apos;.</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Qor furaha shaqaalaha. Qofka maamula shaashadda wuxuu ku helaa &apos;kiosk token add --role staff&apos;.</translation>
    </message>
    <message>
        <source>Hub: %1</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Kombiyuutarka dhexe: %1</translation>
    </message>
    <message>
        <source>Staff token</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Furaha shaqaalaha</translation>
    </message>
    <message>
        <source>Connect</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Ku xir</translation>
    </message>
    <message>
        <source>Not now</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Hadda maya</translation>
    </message>
    <message>
        <source>Type the token first.</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Marka hore qor furaha.</translation>
    </message>
    <message>
        <source>My services</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Adeegyadayda</translation>
    </message>
    <message>
        <source>Which services do you serve at this desk?</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Adeegyadee ayaad miiskan ka bixisaa?</translation>
    </message>
    <message>
        <source>At set times (appointments; a visitor who checks in comes to your list):</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Waqtiyo go&apos;an (ballamo; booqdaha is diiwaangeliya wuxuu yimaadaa liiskaaga):</translation>
    </message>
    <message>
        <source>Save</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Kaydi</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Jooji</translation>
    </message>
    <message>
        <source>Choose at least one service.</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Dooro ugu yaraan hal adeeg.</translation>
    </message>
    <message>
        <source>%1 waiting</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>%1 sugaya</translation>
    </message>
    <message>
        <source>Present</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Joogaa</translation>
    </message>
    <message>
        <source>Away</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Maqan</translation>
    </message>
    <message>
        <source>Away: the kiosk does not send new visitors here.</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Maqan: shaashaddu booqdayaal cusub halkan uma soo dirto.</translation>
    </message>
    <message>
        <source>Call</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>U yeer</translation>
    </message>
    <message>
        <source>Call the next visitor of this service.</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>U yeer booqdaha xiga ee adeeggan.</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>%1 daqiiqo</translation>
    </message>
    <message>
        <source>from: %1</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>ka yimid: %1</translation>
    </message>
    <message>
        <source>then: %1</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>kadib: %1</translation>
    </message>
    <message>
        <source>Number</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Lambar</translation>
    </message>
    <message>
        <source>Service</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Adeeg</translation>
    </message>
    <message>
        <source>Place</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Meel</translation>
    </message>
    <message>
        <source>Waited</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Sugay</translation>
    </message>
    <message>
        <source>Note</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Qoraal</translation>
    </message>
    <message>
        <source>Kokoomo – staff console</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Kokoomo – shaashadda shaqaalaha</translation>
    </message>
    <message>
        <source>My services…</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Adeegyadayda…</translation>
    </message>
    <message>
        <source>Settings</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Dejinta</translation>
    </message>
    <message>
        <source>Enter another staff token…</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Geli fure kale oo shaqaale…</translation>
    </message>
    <message>
        <source>No connection to the hub – trying again…</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Xiriir lama laha kombiyuutarka dhexe – waa la isku dayayaa mar kale…</translation>
    </message>
    <message>
        <source>You see the last known queue. The buttons work again when the connection is back.</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Waxaad aragtaa safkii ugu dambeeyey ee la yaqaan. Badhamadu mar kale way shaqeynayaan marka xiriirku soo laabto.</translation>
    </message>
    <message>
        <source>The hub cannot save: tickets cannot be given.</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Kombiyuutarka dhexe ma kaydin karo: lambaro lama bixin karo.</translation>
    </message>
    <message>
        <source>Tell the centre&apos;s IT: the disk may be full. It works again by itself once fixed.</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>U sheeg qaybta IT-ga ee xarunta: diskku waxaa laga yaabaa inuu buuxo. Mar kale iskiis ayuu u shaqeynayaa marka la hagaajiyo.</translation>
    </message>
    <message>
        <source>Call next</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>U yeer kan xiga</translation>
    </message>
    <message>
        <source>With you now</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Hadda adiga kula jira</translation>
    </message>
    <message>
        <source>Enter a staff token…</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Geli furaha shaqaalaha…</translation>
    </message>
    <message>
        <source>Waiting: %1</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Sugaya: %1</translation>
    </message>
    <message>
        <source>Nobody is waiting for your services.</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Qofna ma sugayo adeegyadaada.</translation>
    </message>
    <message>
        <source>Next: %1 · %2 · waited %3</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Kan xiga: %1 · %2 · sugay %3</translation>
    </message>
    <message>
        <source>Choose your services first: My services…</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Marka hore dooro adeegyadaada: Adeegyadayda…</translation>
    </message>
    <message>
        <source>This computer has no staff token yet: enter one to see the queue and call.</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Kombiyuutarkan weli furaha shaqaalaha ma laha: geli mid si aad u aragto safka oo aad ugu yeerto.</translation>
    </message>
    <message>
        <source>Connected to the hub.</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Waa lagu xiray kombiyuutarka dhexe.</translation>
    </message>
</context>
<context>
    <name>StaffAppointments</name>
    <message>
        <source>Checked in: %1</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Is diiwaangeliyey: %1</translation>
    </message>
    <message>
        <source>Booked</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>La qabsaday</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>La joojiyey</translation>
    </message>
    <message>
        <source>Did not come</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Ma iman</translation>
    </message>
    <message>
        <source>The time has come and the visitor is not here.</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Waqtigii wuu yimid, booqduhuna halkan ma joogo.</translation>
    </message>
    <message>
        <source>Cancel…</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Jooji…</translation>
    </message>
    <message>
        <source>Cancel the booking: the time is free again.</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Jooji ballanta: waqtigu mar kale wuu bannaan yahay.</translation>
    </message>
    <message>
        <source>Mark a day off…</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>U calaamadee maalin fasax…</translation>
    </message>
    <message>
        <source>None of your services takes appointments. Choose one in My services…</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Adeegyadaada midna ballamo ma qaato. Mid ka dooro Adeegyadayda…</translation>
    </message>
    <message>
        <source>A visitor who checks in at the kiosk comes to your waiting list first: use Call next.</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Booqdaha ku is diiwaangeliya shaashadda wuxuu marka hore yimaadaa liiskaaga sugitaanka: isticmaal «U yeer kan xiga».</translation>
    </message>
    <message>
        <source>Reading the bookings…</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Ballamaha waa la akhrinayaa…</translation>
    </message>
    <message>
        <source>The hub does not show bookings without a staff token.</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Kombiyuutarka dhexe ma tuso ballamaha furaha shaqaalaha la&apos;aan.</translation>
    </message>
    <message>
        <source>The bookings could not be read. The console tries again in a minute.</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Ballamaha lama akhriyi karin. Barnaamijku mar kale ayuu isku dayayaa daqiiqad kadib.</translation>
    </message>
    <message>
        <source>No bookings.</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Ballamo ma jiraan.</translation>
    </message>
    <message>
        <source>Free times: %1</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Waqtiyo bannaan: %1</translation>
    </message>
    <message>
        <source>No free times.</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Waqti bannaan ma jiro.</translation>
    </message>
    <message>
        <source>%1 at every centre this week</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>%1 xarun kasta toddobaadkan</translation>
    </message>
    <message>
        <source>The region does not answer: the other centres&apos; times are not shown.</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Gobolku ma jawaabayo: waqtiyada xarumaha kale lama muujin.</translation>
    </message>
    <message>
        <source>No bookings at any centre.</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Ballan kuma jirto xarun kasta.</translation>
    </message>
    <message>
        <source>came</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>yimid</translation>
    </message>
    <message>
        <source>did not come</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>ma iman</translation>
    </message>
    <message>
        <source>The whole centre is closed this day.</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Xarunta oo dhan way xiran tahay maalintan.</translation>
    </message>
    <message>
        <source>Day off: %1</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Maalin fasax: %1</translation>
    </message>
    <message>
        <source>Not off after all</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Fasax ma aha</translation>
    </message>
    <message>
        <source>The free times come back to the kiosk.</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Waqtiyada bannaan waxay ku soo laabanayaan shaashadda.</translation>
    </message>
    <message>
        <source>Cancel the booking?</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Ma joojinaysaa ballanta?</translation>
    </message>
    <message>
        <source>Cancel the booking %1?</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Ma joojinaysaa ballanta %1?</translation>
    </message>
    <message>
        <source>The time becomes free for others. The visitor is not told: if you can, tell them yourself.</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Waqtigu wuu u bannaanaanayaa dadka kale. Booqdaha looma sheegayo: haddii aad kartid, adigu u sheeg.</translation>
    </message>
    <message>
        <source>Cancel the booking</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Jooji ballanta</translation>
    </message>
    <message>
        <source>Keep it</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Hay</translation>
    </message>
    <message>
        <source>Appointments</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Ballamaha</translation>
    </message>
    <message>
        <source>Appointments: %1</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Ballamaha: %1</translation>
    </message>
    <message>
        <source>Mark a day off</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>U calaamadee maalin fasax</translation>
    </message>
    <message>
        <source>A day when you are not here</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Maalin aadan halkan joogin</translation>
    </message>
    <message>
        <source>On a day off the kiosk offers none of your times, and nobody can book them.</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Maalinta fasaxa shaashaddu ma bixiso waqtiyadaada, qofna ma qabsan karo.</translation>
    </message>
    <message>
        <source>Service</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Adeeg</translation>
    </message>
    <message>
        <source>Day</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Maalin</translation>
    </message>
    <message>
        <source>Note for staff</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Qoraal shaqaalaha</translation>
    </message>
    <message>
        <source>for example: training day (optional)</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>tusaale: maalin tababar (ikhtiyaari)</translation>
    </message>
    <message>
        <source>Close</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Xir</translation>
    </message>
    <message>
        <source>Cancel these bookings and mark the day off</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Jooji ballamahan oo maalinta ka dhig fasax</translation>
    </message>
    <message>
        <source>Mark the day off</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Maalinta ka dhig fasax</translation>
    </message>
    <message>
        <source>Visitors have booked these times that day:</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Booqdayaashu waxay qabsadeen waqtiyadan maalintaas:</translation>
    </message>
    <message>
        <source>The hub cannot tell them. If you cancel, the kiosk says so when they come to check in.</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Kombiyuutarka dhexe uma sheegi karo. Haddii aad joojiso, shaashadda ayaa u sheegaysa marka ay yimaadaan inay is diiwaangeliyaan.</translation>
    </message>
    <message>
        <source>The hub did not do this. The hub says: %1</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Kombiyuutarka dhexe ma samayn tan. Kombiyuutarka dhexe wuxuu leeyahay: %1</translation>
    </message>
</context>
<context>
    <name>StaffNotice</name>
    <message>
        <source>The kiosk&apos;s printer: %1 – %2</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Daabacaha shaashadda: %1 – %2</translation>
    </message>
    <message>
        <source>The kiosk “%1” has not been in touch since %2. Is it on, and on the network?</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Shaashadda “%1” lama xiriirin tan iyo %2. Ma shidan tahay, oo ma ku xiran tahay shabakadda?</translation>
    </message>
    <message>
        <source>The kiosk “%1” is in touch again – %2</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Shaashadda “%1” mar kale way xiriirtay – %2</translation>
    </message>
    <message>
        <source>The waiting-room screen “%1” has not been in touch since %2. Is it on, and on the network?</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Shaashadda qolka sugitaanka “%1” lama xiriirin tan iyo %2. Ma shidan tahay, oo ma ku xiran tahay shabakadda?</translation>
    </message>
    <message>
        <source>The waiting-room screen “%1” is in touch again – %2</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Shaashadda qolka sugitaanka “%1” mar kale way xiriirtay – %2</translation>
    </message>
    <message>
        <source>The kiosk: %1 – %2</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Shaashadda: %1 – %2</translation>
    </message>
    <message>
        <source>OK, hide</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>OK, qari</translation>
    </message>
    <message>
        <source>Hide this until the kiosk sends a new notice.</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Tan qari ilaa shaashaddu ay soo dirto ogeysiis cusub.</translation>
    </message>
</context>
<context>
    <name>StaffStatus</name>
    <message>
        <source>You called %1.</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Waxaad u yeertay %1.</translation>
    </message>
    <message>
        <source>Nobody is waiting now.</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Hadda qofna ma sugayo.</translation>
    </message>
    <message>
        <source>%1 was called again.</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>%1 mar kale ayaa loo yeeray.</translation>
    </message>
    <message>
        <source>%1 is done.</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>%1 waa dhammaaday.</translation>
    </message>
    <message>
        <source>%1 is done here and now waits for: %2.</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>%1 halkan waa ku dhammaaday, hadda wuxuu sugayaa: %2.</translation>
    </message>
    <message>
        <source>%1 is marked as did not come.</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>%1 waxaa loo calaamadeeyey inuusan iman.</translation>
    </message>
    <message>
        <source>%1 now waits for: %2.</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>%1 hadda wuxuu sugayaa: %2.</translation>
    </message>
    <message>
        <source>You are present: %2.</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Waad joogtaa: %2.</translation>
    </message>
    <message>
        <source>You are away: %2. The kiosk does not send new visitors there.</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Waad maqan tahay: %2. Shaashaddu booqdayaal cusub halkaas uma dirto.</translation>
    </message>
    <message>
        <source>The hub did not do this. The hub says: %3</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Kombiyuutarka dhexe ma samayn tan. Kombiyuutarka dhexe wuxuu leeyahay: %3</translation>
    </message>
    <message>
        <source>The hub does not accept this computer&apos;s token. Enter a staff token.</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Kombiyuutarka dhexe ma aqbalo furaha kombiyuutarkan. Geli furaha shaqaalaha.</translation>
    </message>
    <message>
        <source>The hub did not answer. Check the lists before you try again.</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Kombiyuutarka dhexe ma jawaabin. Hubi liisaska ka hor intaadan mar kale isku dayin.</translation>
    </message>
    <message>
        <source>Something went wrong at the hub. The hub says: %3</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Wax baa ku khaldamay kombiyuutarka dhexe. Kombiyuutarka dhexe wuxuu leeyahay: %3</translation>
    </message>
    <message>
        <source>The booking %1 is cancelled.</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Ballanta %1 waa la joojiyey.</translation>
    </message>
    <message>
        <source>The booking %1 is marked as did not come.</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Ballanta %1 waxaa loo calaamadeeyey inuusan iman.</translation>
    </message>
    <message>
        <source>%1 is a day off: %2.</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>%1 waa maalin fasax: %2.</translation>
    </message>
    <message>
        <source>%1 is not a day off after all: %2.</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>%1 fasax ma aha: %2.</translation>
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
        <translation>ddd d MMM</translation>
    </message>
    <message>
        <source>Today · %1</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Maanta · %1</translation>
    </message>
    <message>
        <source>Tomorrow · %1</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Berri · %1</translation>
    </message>
</context>
<context>
    <name>Visitor</name>
    <message>
        <source>I don&apos;t know – I want to talk to someone</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Ma aqaan – waxaan rabaa inaan qof la hadlo</translation>
    </message>
    <message>
        <source>Back</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Dib u noqo</translation>
    </message>
    <message>
        <source>Start over</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Dib u bilow</translation>
    </message>
    <message>
        <source>Mondays</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Isniin kasta</translation>
    </message>
    <message>
        <source>Tuesdays</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Talaado kasta</translation>
    </message>
    <message>
        <source>Wednesdays</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Arbaco kasta</translation>
    </message>
    <message>
        <source>Thursdays</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Khamiis kasta</translation>
    </message>
    <message>
        <source>Fridays</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Jimce kasta</translation>
    </message>
    <message>
        <source>Saturdays</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Sabti kasta</translation>
    </message>
    <message>
        <source>Sundays</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Axad kasta</translation>
    </message>
    <message>
        <source>This worker is here at these times:</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Shaqaalahan wuxuu halkan joogaa waqtiyadan:</translation>
    </message>
    <message>
        <source>Do you want to book this time?</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Ma rabtaa inaad qabsato waqtigan?</translation>
    </message>
    <message>
        <source>at %1</source>
        <comment>a time on its own line: at 10.30</comment>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>saacadda %1</translation>
    </message>
    <message>
        <source>Place: %1</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Meesha: %1</translation>
    </message>
    <message>
        <source>Book this time</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Qabso waqtigan</translation>
    </message>
    <message>
        <source>Choose another time</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Dooro waqti kale</translation>
    </message>
    <message>
        <source>The staff at the desk can help you now.</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Shaqaalaha miiska ayaa hadda ku caawin kara.</translation>
    </message>
    <message>
        <source>Take a number for the desk</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Qaado lambar miiska</translation>
    </message>
    <message>
        <source>Your number is</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Lambarkaagu waa</translation>
    </message>
    <message>
        <source>You are number %1 in the queue.</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Kaalintaada safka: %1.</translation>
    </message>
    <message>
        <source>You are next.</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Adiga ayaa xiga.</translation>
    </message>
    <message>
        <source>You will wait about 1 minute.</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Waxaad sugaysaa qiyaastii 1 daqiiqo.</translation>
    </message>
    <message>
        <source>You will wait about %1 minutes.</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Waxaad sugaysaa qiyaastii %1 daqiiqo.</translation>
    </message>
    <message>
        <source>Please wait here. We will call your number.</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Fadlan halkan sug. Waan u yeeri doonnaa lambarkaaga.</translation>
    </message>
    <message>
        <source>Scan to follow your turn on your phone</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Koodka ku akhri taleefankaaga si aad ula socoto markaaga</translation>
    </message>
    <message>
        <source>Your time is booked. Your code is</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Waqtigaaga waa la qabsaday. Koodkaagu waa</translation>
    </message>
    <message>
        <source>Type this code at the kiosk when you come.</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Markaad timaaddo, koodkan ku qor shaashadda.</translation>
    </message>
    <message>
        <source>Scan with your phone camera to save the time in your calendar.</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Ku akhri kamaradda taleefankaaga si aad waqtiga ugu kaydiso kalandarkaaga.</translation>
    </message>
    <message>
        <source>Done</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Waa hagaag</translation>
    </message>
    <message>
        <source>Welcome! We help you find the right person.</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Soo dhawoow! Waxaan kuu helaynaa qofka saxda ah.</translation>
    </message>
    <message>
        <source>You do not need to give your name.</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Uma baahnid inaad magacaaga sheegto.</translation>
    </message>
    <message>
        <source>Choose your language</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Dooro luqaddaada</translation>
    </message>
    <message>
        <source>Start</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Bilow</translation>
    </message>
    <message>
        <source>I have a booked time</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Waxaan haystaa ballan</translation>
    </message>
    <message>
        <source>d MMM</source>
        <comment>a short date without the year, as a Qt date pattern; Finnish: d.M.</comment>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>d MMM</translation>
    </message>
    <message>
        <source>today</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>maanta</translation>
    </message>
    <message>
        <source>tomorrow</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>berri</translation>
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
        <translation>Waxaan furaynaa %1, %2.</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <comment>a day heading and a time: Tuesday 3 Mar at 10.30</comment>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>%1, saacadda %2</translation>
    </message>
    <message>
        <source>No signs typed yet.</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Weli wax calaamad ah lama qorin.</translation>
    </message>
    <message>
        <source>The code has %1 letters and numbers.</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Koodku wuxuu leeyahay %1 calaamadood: xarfo iyo lambaro.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Tirtir</translation>
    </message>
    <message>
        <source>Clear all</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Tirtir dhammaan</translation>
    </message>
    <message>
        <source>Check in</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Is diiwaangeli</translation>
    </message>
    <message>
        <source>Type the code again</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Koodka mar kale qor</translation>
    </message>
    <message>
        <source>Type your booking code</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Qor koodkaaga</translation>
    </message>
    <message>
        <source>Please ask at the desk.</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Fadlan weydii miiska.</translation>
    </message>
    <message>
        <source>It is too early to check in.</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Weli waa goor hore in aad is diiwaangeliso.</translation>
    </message>
    <message>
        <source>Your booked time: %1.</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Ballantaada: %1.</translation>
    </message>
    <message>
        <source>This booking is no longer valid.</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Ballantani mar dambe ma shaqeyso.</translation>
    </message>
    <message>
        <source>You can check in from %1. Please come back then.</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Waxaad is diiwaangelin kartaa laga bilaabo %1. Fadlan markaas soo laabo.</translation>
    </message>
    <message>
        <source>Your time has passed.</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Waqtigaagii wuu dhaafay.</translation>
    </message>
    <message>
        <source>You have already checked in.</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Horay ayaad is diiwaangelisay.</translation>
    </message>
    <message>
        <source>Your number is %1.</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Lambarkaagu waa %1.</translation>
    </message>
    <message>
        <source>This booking was cancelled.</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Ballantan waa la joojiyey.</translation>
    </message>
    <message>
        <source>Wait a moment, then try again.</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Wax yar sug, kadib mar kale isku day.</translation>
    </message>
    <message>
        <source>Check the code, or ask at the desk.</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Hubi koodka, ama weydii miiska.</translation>
    </message>
    <message>
        <source>We did not find this code.</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Koodkan ma aanaan helin.</translation>
    </message>
    <message>
        <source>Check it, or ask at the desk.</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Hubi, ama weydii miiska.</translation>
    </message>
    <message>
        <source>The centre is closed now.</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Hadda way xiran tahay.</translation>
    </message>
    <message>
        <source>Opening hours:</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Saacadaha furitaanka:</translation>
    </message>
    <message>
        <source>You can still book a time.</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Weli ballan waad qabsan kartaa.</translation>
    </message>
    <message>
        <source>Book a time</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Ballan qabso</translation>
    </message>
    <message>
        <source>Back to the start</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Ku noqo bilowga</translation>
    </message>
    <message>
        <source>Closed now.</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Way xiran tahay.</translation>
    </message>
    <message>
        <source>Booking code: %1. Type it at the kiosk when you come.</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Koodka ballanta: %1. Markaad timaaddo, ku qor shaashadda.</translation>
    </message>
    <message>
        <source>Who do you want to meet?</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Yaad rabtaa inaad la kulanto?</translation>
    </message>
    <message>
        <source>Choose a time that suits you.</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Dooro waqti kugu habboon.</translation>
    </message>
    <message>
        <source>Somebody just took that time. Please choose another.</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Qof ayaa hadda qaatay waqtigaas. Fadlan dooro mid kale.</translation>
    </message>
    <message>
        <source>That time cannot be booked any more. Please choose another.</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Waqtigaas lama qabsan karo mar dambe. Fadlan dooro mid kale.</translation>
    </message>
    <message>
        <source>Earlier times</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Waqtiyo ka horreeya</translation>
    </message>
    <message>
        <source>Later times</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Waqtiyo ka dambeeya</translation>
    </message>
</context>
</TS>
