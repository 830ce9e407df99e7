<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar" sourcelanguage="en">
<context>
    <name>Access</name>
    <message>
        <source>Keeps your answers. The screen does not start over.</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>يحفظ إجاباتك. الشاشة لا تبدأ من جديد.</translation>
    </message>
    <message>
        <source>Changes the language to %1.</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>يغيّر اللغة إلى %1.</translation>
    </message>
    <message>
        <source>Speech is on. Arrow keys move. Enter chooses. Minus goes back. Plus says it again.</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>الصوت يعمل. الأسهم للتنقل. Enter للاختيار. الناقص للرجوع. الزائد للإعادة.</translation>
    </message>
    <message>
        <source>An answer to the question: %1</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>إجابة عن السؤال: %1</translation>
    </message>
    <message>
        <source>Gives you a queue number for the front desk. Staff will help you.</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>يعطيك رقم دور لمكتب الاستقبال. سيساعدك الموظفون.</translation>
    </message>
    <message>
        <source>Goes to the previous question.</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>يرجع إلى السؤال السابق.</translation>
    </message>
    <message>
        <source>Forgets your answers and starts from the first question.</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>يمسح إجاباتك ويبدأ من السؤال الأول.</translation>
    </message>
    <message>
        <source>Deletes the last sign.</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>يمسح آخر حرف.</translation>
    </message>
    <message>
        <source>Deletes the whole code.</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>يمسح الرمز كله.</translation>
    </message>
    <message>
        <source>Sends the code. You get your queue number.</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>يرسل الرمز. ستحصل على رقم دورك.</translation>
    </message>
    <message>
        <source>Gives you a queue number for the front desk.</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>يعطيك رقم دور لمكتب الاستقبال.</translation>
    </message>
    <message>
        <source>Opens the keypad with the code you typed.</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>يفتح لوحة الأزرار مع الرمز الذي كتبته.</translation>
    </message>
    <message>
        <source>Types this sign.</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>يكتب هذا الحرف.</translation>
    </message>
    <message>
        <source>Goes back to the start. Remember your number.</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>يرجع إلى البداية. تذكّر رقمك.</translation>
    </message>
    <message>
        <source>Read aloud</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>اقرأ بصوت عالٍ</translation>
    </message>
    <message>
        <source>Says what is on the screen.</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>يقرأ ما على الشاشة بصوت عالٍ.</translation>
    </message>
    <message>
        <source>No voice</source>
        <comment>Read aloud, when the language has no voice</comment>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>لا يوجد صوت</translation>
    </message>
    <message>
        <source>This kiosk cannot read this language aloud.</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>لا يستطيع هذا الجهاز قراءة هذه اللغة بصوت عالٍ.</translation>
    </message>
    <message>
        <source>Shows every language to choose from.</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>يعرض كل اللغات التي يمكنك الاختيار منها.</translation>
    </message>
    <message>
        <source>Larger text</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>خط أكبر</translation>
    </message>
    <message>
        <source>Makes all text bigger. Tap again for normal size.</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>يكبّر كل النص. اضغط مرة أخرى للحجم العادي.</translation>
    </message>
    <message>
        <source>Starts the questions.</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>يبدأ الأسئلة.</translation>
    </message>
    <message>
        <source>Opens a keypad for your booking code.</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>يفتح لوحة أزرار لرمز الحجز.</translation>
    </message>
    <message>
        <source>Goes back to the start. Remember your code.</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>يرجع إلى البداية. تذكّر رمزك.</translation>
    </message>
    <message>
        <source>Shows the visiting workers and their free times.</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>يعرض الموظفين الذين تستطيع حجز موعد معهم، والأوقات المتاحة.</translation>
    </message>
    <message>
        <source>Goes back to the first screen.</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>يرجع إلى الشاشة الأولى.</translation>
    </message>
    <message>
        <source>Books the time. You get a code for it.</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>يحجز الموعد. ستحصل على رمز له.</translation>
    </message>
    <message>
        <source>Goes back to the free times.</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>يرجع إلى الأوقات المتاحة.</translation>
    </message>
    <message>
        <source>Goes to the previous screen.</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>يرجع إلى الشاشة السابقة.</translation>
    </message>
    <message>
        <source>Chooses this time. You confirm it next.</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>يختار هذا الوقت. ستؤكده في الخطوة التالية.</translation>
    </message>
    <message>
        <source>Shows the earlier free times.</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>يعرض الأوقات المتاحة الأبكر.</translation>
    </message>
    <message>
        <source>Shows the next free times.</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>يعرض الأوقات المتاحة التالية.</translation>
    </message>
</context>
<context>
    <name>Admin</name>
    <message>
        <source>Kokoomo – admin</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Kokoomo – الإدارة</translation>
    </message>
    <message>
        <source>Kiosk admin</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>إدارة جهاز الاستقبال</translation>
    </message>
    <message>
        <source>Logged in: %1</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>تم تسجيل الدخول: %1</translation>
    </message>
    <message>
        <source>Log out</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>تسجيل الخروج</translation>
    </message>
    <message>
        <source>Questions</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>الأسئلة</translation>
    </message>
    <message>
        <source>Services and hours</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>الخدمات وساعات العمل</translation>
    </message>
    <message>
        <source>Versions</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>النسخ</translation>
    </message>
    <message>
        <source>Statistics</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>الإحصاءات</translation>
    </message>
    <message>
        <source>Problems to fix before publishing</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>مشاكل يجب إصلاحها قبل النشر</translation>
    </message>
    <message>
        <source>What did you change?</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>ماذا غيّرت؟</translation>
    </message>
    <message>
        <source>One line, e.g. &apos;New Swedish text for Work&apos;</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>سطر واحد، مثلًا: &apos;نص سويدي جديد لـ «العمل»&apos;</translation>
    </message>
    <message>
        <source>Undo</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>تراجع</translation>
    </message>
    <message>
        <source>Discard my changes</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>إلغاء تغييراتي</translation>
    </message>
    <message>
        <source>Publish</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>نشر</translation>
    </message>
    <message>
        <source>Texts in %1 await a native speaker&apos;s review.</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>النصوص بهذه اللغات تنتظر مراجعة متحدث أصلي: %1.</translation>
    </message>
    <message>
        <source>✔ No problems.</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>✔ لا توجد مشاكل.</translation>
    </message>
    <message>
        <source>Publishing…</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>جارٍ النشر…</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>جارٍ الفحص…</translation>
    </message>
    <message>
        <source>Publish is off: fix the problems listed above first (%1).</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>النشر غير ممكن: أصلح المشاكل المذكورة أعلاه أولًا (%1).</translation>
    </message>
    <message>
        <source>Publish is off: no connection to the hub.</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>النشر غير ممكن: لا يوجد اتصال بالخادم.</translation>
    </message>
    <message>
        <source>Nothing to publish: no changes yet.</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>لا شيء للنشر: لا توجد تغييرات بعد.</translation>
    </message>
    <message>
        <source>Write in one line what you changed, then publish.</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>اكتب في سطر واحد ما غيّرته، ثم انشر.</translation>
    </message>
    <message>
        <source>Ready to publish. The kiosk uses it from the next visitor.</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>جاهز للنشر. يستخدمه جهاز الاستقبال من الزائر التالي.</translation>
    </message>
    <message>
        <source>Published as version %1. The kiosk uses it from the next visitor.</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>تم النشر كنسخة %1. يستخدمه جهاز الاستقبال من الزائر التالي.</translation>
    </message>
    <message>
        <source>Not published: the hub does not answer. Your changes are kept here.</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>لم يتم النشر: الخادم لا يجيب. تغييراتك محفوظة هنا.</translation>
    </message>
    <message>
        <source>Not published: your session has ended. Log in again.</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>لم يتم النشر: انتهت جلستك. سجّل الدخول مرة أخرى.</translation>
    </message>
    <message>
        <source>Not published: %1</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>لم يتم النشر: %1</translation>
    </message>
    <message>
        <source>The hub does not answer: could not read the routing.</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>الخادم لا يجيب: تعذّرت قراءة الأسئلة.</translation>
    </message>
    <message>
        <source>The region&apos;s template %1</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>قالب المنطقة %1</translation>
    </message>
    <message>
        <source>Forget every change since the last publish?</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>نسيان كل التغييرات منذ آخر نشر؟</translation>
    </message>
    <message>
        <source>Discard</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>إلغاء التغييرات</translation>
    </message>
    <message>
        <source>Keep editing</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>متابعة التعديل</translation>
    </message>
    <message>
        <source>Close the admin</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>إغلاق الإدارة</translation>
    </message>
    <message>
        <source>Your changes are not published. Close and forget them?</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>تغييراتك غير منشورة. هل تغلق وتنساها؟</translation>
    </message>
    <message>
        <source>Close and forget</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>إغلاق ونسيان</translation>
    </message>
</context>
<context>
    <name>AdminChanges</name>
    <message>
        <source>question text</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>نص السؤال</translation>
    </message>
    <message>
        <source>label</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>النص على الزر</translation>
    </message>
    <message>
        <source>help text</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>نص المساعدة</translation>
    </message>
    <message>
        <source>icon</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>أيقونة</translation>
    </message>
    <message>
        <source>next question</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>السؤال التالي</translation>
    </message>
    <message>
        <source>services</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>الخدمات</translation>
    </message>
    <message>
        <source>priority</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>الأولوية</translation>
    </message>
    <message>
        <source>name</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>الاسم</translation>
    </message>
    <message>
        <source>room</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>الغرفة</translation>
    </message>
    <message>
        <source>kind</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>النوع</translation>
    </message>
    <message>
        <source>ticket letter</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>حرف الرقم</translation>
    </message>
    <message>
        <source>discreet</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>سرّي</translation>
    </message>
    <message>
        <source>visiting times</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>أوقات الزيارة</translation>
    </message>
    <message>
        <source>opening hours</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>ساعات العمل</translation>
    </message>
    <message>
        <source>extra time</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>وقت إضافي</translation>
    </message>
    <message>
        <source>first question</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>السؤال الأول</translation>
    </message>
    <message>
        <source>front desk service</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>خدمة مكتب الاستقبال</translation>
    </message>
    <message>
        <source>languages</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>اللغات</translation>
    </message>
    <message>
        <source>answers</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>الإجابات</translation>
    </message>
    <message>
        <source>file version</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>نسخة الملف</translation>
    </message>
    <message>
        <source>Answer &apos;%2&apos; in question &apos;%1&apos;</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>الإجابة &apos;%2&apos; في السؤال &apos;%1&apos;</translation>
    </message>
    <message>
        <source>Question &apos;%1&apos;</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>السؤال &apos;%1&apos;</translation>
    </message>
    <message>
        <source>Service &apos;%1&apos;</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>الخدمة &apos;%1&apos;</translation>
    </message>
    <message>
        <source>The centre</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>المركز</translation>
    </message>
    <message>
        <source>The routing</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>الأسئلة</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>%2 (%1)</translation>
    </message>
    <message>
        <source>nothing</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>لا شيء</translation>
    </message>
    <message>
        <source>yes</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>نعم</translation>
    </message>
    <message>
        <source>no</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>لا</translation>
    </message>
    <message>
        <source>%1: %2 changed from %3 to %4.</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>%1: تغيّر %2 من %3 إلى %4.</translation>
    </message>
    <message>
        <source>%1 changed from %3 to %4.</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>%1 تغيّر من %3 إلى %4.</translation>
    </message>
    <message>
        <source>%1: %2 added: %4.</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>%1: أُضيف %2: %4.</translation>
    </message>
    <message>
        <source>%1 added: %4.</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>%1 أُضيف: %4.</translation>
    </message>
    <message>
        <source>%1: %2 removed (was %3).</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>%1: حُذف %2 (كان %3).</translation>
    </message>
    <message>
        <source>%1 removed.</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>%1 حُذف.</translation>
    </message>
    <message>
        <source>%1: %2 moved.</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>%1: نُقل %2.</translation>
    </message>
    <message>
        <source>%1 moved to another place.</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>%1 نُقل إلى مكان آخر.</translation>
    </message>
</context>
<context>
    <name>AdminEditor</name>
    <message>
        <source>Add question</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>إضافة سؤال</translation>
    </message>
    <message>
        <source>Add answer</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>إضافة إجابة</translation>
    </message>
    <message>
        <source>Move up</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>إلى الأعلى</translation>
    </message>
    <message>
        <source>Move down</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>إلى الأسفل</translation>
    </message>
    <message>
        <source>Remove</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>حذف</translation>
    </message>
    <message>
        <source>Choose a question or an answer on the left.</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>اختر سؤالًا أو إجابة من القائمة.</translation>
    </message>
    <message>
        <source>Question</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>السؤال</translation>
    </message>
    <message>
        <source>Help text under the question (optional)</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>نص مساعدة تحت السؤال (اختياري)</translation>
    </message>
    <message>
        <source>Id:</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>المعرّف (Id):</translation>
    </message>
    <message>
        <source>A short name for the computer: a–z, 0–9, - and _.</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>اسم قصير للكمبيوتر: a–z و 0–9 و - و _.</translation>
    </message>
    <message>
        <source>This is the first question</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>هذا هو السؤال الأول</translation>
    </message>
    <message>
        <source>Answer button</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>زر الإجابة</translation>
    </message>
    <message>
        <source>Help text on the button (optional)</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>نص مساعدة على الزر (اختياري)</translation>
    </message>
    <message>
        <source>Choose icon…</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>اختر أيقونة…</translation>
    </message>
    <message>
        <source>Leads to</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>يؤدي إلى</translation>
    </message>
    <message>
        <source>Answer in question &apos;%1&apos;</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>إجابة في السؤال &apos;%1&apos;</translation>
    </message>
    <message>
        <source>No icon</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>بدون أيقونة</translation>
    </message>
    <message>
        <source>Question &apos;%1&apos;</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>السؤال &apos;%1&apos;</translation>
    </message>
    <message>
        <source>Not changed: an id may have only a–z, 0–9, - and _.</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>لم يتغيّر: المعرّف يحتوي فقط على a–z و 0–9 و - و _.</translation>
    </message>
    <message>
        <source>Not changed: that id is already used here.</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>لم يتغيّر: هذا المعرّف مستخدم هنا من قبل.</translation>
    </message>
    <message>
        <source>Choose an icon</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>اختر أيقونة</translation>
    </message>
    <message>
        <source>Use this icon</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>استخدم هذه الأيقونة</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>إلغاء</translation>
    </message>
    <message>
        <source>Another question:</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>سؤال آخر:</translation>
    </message>
    <message>
        <source>Services, in this order:</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>الخدمات، بهذا الترتيب:</translation>
    </message>
    <message>
        <source>Add service</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>إضافة خدمة</translation>
    </message>
    <message>
        <source>Priority:</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>الأولوية:</translation>
    </message>
    <message>
        <source>0 is normal. A higher number is called first.</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>0 عادي. الرقم الأعلى يُنادى أولًا.</translation>
    </message>
    <message>
        <source>Missing</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>ناقص</translation>
    </message>
</context>
<context>
    <name>AdminPin</name>
    <message>
        <source>%1 min %2 s</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>%1 د %2 ث</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>%1 ث</translation>
    </message>
    <message>
        <source>Admin – PIN</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>الإدارة – الرقم السري (PIN)</translation>
    </message>
    <message>
        <source>Type the admin PIN</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>اكتب رقم PIN الخاص بالإدارة</translation>
    </message>
    <message>
        <source>Log in</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>تسجيل الدخول</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>إلغاء</translation>
    </message>
    <message>
        <source>Erase one digit</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>امسح رقمًا واحدًا</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>جارٍ الفحص…</translation>
    </message>
    <message>
        <source>Wrong PIN.</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>رقم PIN خطأ.</translation>
    </message>
    <message>
        <source>Tries left: %1.</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>المحاولات الباقية: %1.</translation>
    </message>
    <message>
        <source>No admin PIN is set. On the hub machine, run: kiosk admin --set-pin</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>لا يوجد رقم PIN للإدارة. على جهاز الخادم، شغّل: kiosk admin --set-pin</translation>
    </message>
    <message>
        <source>This PC is not paired with the hub. Start the admin with a token from the hub machine:</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>هذا الكمبيوتر غير مربوط بالخادم. شغّل الإدارة برمز دخول من جهاز الخادم:</translation>
    </message>
    <message>
        <source>The hub does not answer. Check the network and try again.</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>الخادم لا يجيب. افحص الشبكة وحاول مرة أخرى.</translation>
    </message>
    <message>
        <source>Something went wrong (%1). Try again.</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>حدث خطأ (%1). حاول مرة أخرى.</translation>
    </message>
    <message>
        <source>Too many wrong tries. Try again in %1.</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>محاولات خاطئة كثيرة. حاول مرة أخرى بعد %1.</translation>
    </message>
    <message>
        <source>You can try again now.</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>تستطيع المحاولة الآن.</translation>
    </message>
</context>
<context>
    <name>AdminPreview</name>
    <message>
        <source>Preview: the kiosk with your changes</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>معاينة: جهاز الاستقبال مع تغييراتك</translation>
    </message>
    <message>
        <source>Tap through it as a visitor would. No ticket is made.</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>جرّبه كما يفعل الزائر. لا يُعطى رقم دور.</translation>
    </message>
    <message>
        <source>Start over</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>ابدأ من جديد</translation>
    </message>
</context>
<context>
    <name>AdminProblems</name>
    <message>
        <source>The %1 text is missing.</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>النص باللغة %1 ناقص.</translation>
    </message>
    <message>
        <source>A text in %1 is not used.</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>نص باللغة %1 غير مستخدم.</translation>
    </message>
    <message>
        <source>Leads to a question that does not exist: %1.</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>يؤدي إلى سؤال غير موجود: %1.</translation>
    </message>
    <message>
        <source>Leads to a service that does not exist: %1.</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>يؤدي إلى خدمة غير موجودة: %1.</translation>
    </message>
    <message>
        <source>Choose what this answer leads to.</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>اختر إلى أين تؤدي هذه الإجابة.</translation>
    </message>
    <message>
        <source>Add at least one service.</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>أضف خدمة واحدة على الأقل.</translation>
    </message>
    <message>
        <source>No answer leads to this question.</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>لا توجد إجابة تؤدي إلى هذا السؤال.</translation>
    </message>
    <message>
        <source>The questions go round in a circle: %1.</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>الأسئلة تدور في حلقة: %1.</translation>
    </message>
    <message>
        <source>Two answers have the same id: %1.</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>إجابتان لهما نفس المعرّف: %1.</translation>
    </message>
    <message>
        <source>Two questions have the same id: %1.</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>سؤالان لهما نفس المعرّف: %1.</translation>
    </message>
    <message>
        <source>Two services have the same id: %1.</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>خدمتان لهما نفس المعرّف: %1.</translation>
    </message>
    <message>
        <source>Add at least one answer.</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>أضف إجابة واحدة على الأقل.</translation>
    </message>
    <message>
        <source>The ticket letter must be 1 or 2 capital letters.</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>حرف الرقم يجب أن يكون حرفًا كبيرًا واحدًا أو حرفين.</translation>
    </message>
    <message>
        <source>Add the times when this worker visits.</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>أضف الأوقات التي يزور فيها هذا الموظف.</translation>
    </message>
    <message>
        <source>Only a visiting worker has times.</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>فقط الموظف الزائر له أوقات.</translation>
    </message>
    <message>
        <source>Write the time as HH:MM, for example 09:30 (now: %1).</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>اكتب الوقت بشكل HH:MM، مثلًا 09:30 (الآن: %1).</translation>
    </message>
    <message>
        <source>Choose a weekday (now: %1).</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>اختر يومًا من الأسبوع (الآن: %1).</translation>
    </message>
    <message>
        <source>The start must be before the end.</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>يجب أن تكون البداية قبل النهاية.</translation>
    </message>
    <message>
        <source>Do not mix walk-in and booked services in one answer.</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>لا تخلط في إجابة واحدة بين خدمات بدون موعد وخدمات بموعد.</translation>
    </message>
    <message>
        <source>Two services use the ticket letter %1: %2.</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>خدمتان تستخدمان حرف الرقم %1: %2.</translation>
    </message>
    <message>
        <source>The first question does not exist: %1.</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>السؤال الأول غير موجود: %1.</translation>
    </message>
    <message>
        <source>The front desk service does not exist: %1.</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>خدمة مكتب الاستقبال غير موجودة: %1.</translation>
    </message>
    <message>
        <source>The front desk service must take walk-ins.</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>خدمة مكتب الاستقبال يجب أن تستقبل الزوار بدون موعد.</translation>
    </message>
    <message>
        <source>A time slot must be 5 to 240 minutes.</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>مدة الموعد يجب أن تكون من 5 إلى 240 دقيقة.</translation>
    </message>
    <message>
        <source>An id may have only a–z, 0–9, - and _: %1.</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>المعرّف يحتوي فقط على a–z و 0–9 و - و _: %1.</translation>
    </message>
    <message>
        <source>Question &apos;%1&apos;, answer &apos;%2&apos;</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>السؤال &apos;%1&apos;، الإجابة &apos;%2&apos;</translation>
    </message>
    <message>
        <source>Question &apos;%1&apos;</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>السؤال &apos;%1&apos;</translation>
    </message>
    <message>
        <source>Service &apos;%1&apos;</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>الخدمة &apos;%1&apos;</translation>
    </message>
    <message>
        <source>The centre</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>المركز</translation>
    </message>
    <message>
        <source>Front desk service</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>خدمة مكتب الاستقبال</translation>
    </message>
    <message>
        <source>The whole routing</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>كل الأسئلة</translation>
    </message>
</context>
<context>
    <name>AdminServices</name>
    <message>
        <source>Days off</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>أيام العطلة</translation>
    </message>
    <message>
        <source>Holidays: the centre is closed</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>العطل: المركز مغلق</translation>
    </message>
    <message>
        <source>Note for staff (optional)</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>ملاحظة للموظفين (اختياري)</translation>
    </message>
    <message>
        <source>Add day off</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>إضافة يوم عطلة</translation>
    </message>
    <message>
        <source>Remove the chosen day</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>حذف اليوم المختار</translation>
    </message>
    <message>
        <source>Needs the hub: not connected.</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>يحتاج إلى الخادم: لا يوجد اتصال.</translation>
    </message>
    <message>
        <source>No days off in the next two months.</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>لا توجد أيام عطلة في الشهرين القادمين.</translation>
    </message>
    <message>
        <source>Day off saved.</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>تم حفظ يوم العطلة.</translation>
    </message>
    <message>
        <source>%1 visitors have booked a time that day. Cancel their bookings and mark the day off?</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>عدد الحجوزات في ذلك اليوم: %1. هل تلغي الحجوزات وتجعل اليوم عطلة؟</translation>
    </message>
    <message>
        <source>Cancel the bookings, mark the day off</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>إلغاء الحجوزات وجعل اليوم عطلة</translation>
    </message>
    <message>
        <source>Bookings on that day</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>الحجوزات في ذلك اليوم</translation>
    </message>
    <message>
        <source>Keep the bookings</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>إبقاء الحجوزات</translation>
    </message>
    <message>
        <source>The hub does not answer.</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>الخادم لا يجيب.</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>لم يتم الحفظ: %1</translation>
    </message>
    <message>
        <source>Today</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>اليوم</translation>
    </message>
    <message>
        <source>Away: the kiosk sends visitors to the front desk instead.</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>غير موجود: جهاز الاستقبال يرسل الزوار إلى مكتب الاستقبال بدلًا من ذلك.</translation>
    </message>
    <message>
        <source>Asking the hub…</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>جارٍ سؤال الخادم…</translation>
    </message>
    <message>
        <source>Present</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>موجود</translation>
    </message>
    <message>
        <source>Away</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>غير موجود</translation>
    </message>
    <message>
        <source>Mark away</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>ضع علامة: غير موجود</translation>
    </message>
    <message>
        <source>Mark present</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>ضع علامة: موجود</translation>
    </message>
    <message>
        <source>Add a walk-in service</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>إضافة خدمة بدون موعد</translation>
    </message>
    <message>
        <source>Add a visiting worker</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>إضافة موظف زائر</translation>
    </message>
    <message>
        <source>Remove the service</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>حذف الخدمة</translation>
    </message>
    <message>
        <source>The centre</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>المركز</translation>
    </message>
    <message>
        <source>Name of the centre</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>اسم المركز</translation>
    </message>
    <message>
        <source>Walk-in visitors get a number only at these times.</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>الزوار بدون موعد يحصلون على رقم دور في هذه الأوقات فقط.</translation>
    </message>
    <message>
        <source>Languages at the kiosk</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>لغات الكشك</translation>
    </message>
    <message>
        <source>The kiosk offers these, the first as its own. A language you add needs its texts everywhere before you can publish; one you take away takes its texts with it.</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>يعرض الكشك هذه اللغات، والأولى هي لغته الأساسية. اللغة التي تضيفها تحتاج إلى نصوصها في كل مكان قبل النشر؛ واللغة التي تحذفها تُحذف نصوصها معها.</translation>
    </message>
    <message>
        <source>Front desk service:</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>خدمة مكتب الاستقبال:</translation>
    </message>
    <message>
        <source>Visitors go here when they want to talk to someone, or when a service is away.</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>يأتي الزوار إلى هنا عندما يريدون التحدث مع أحد، أو عندما تكون الخدمة غير موجودة.</translation>
    </message>
    <message>
        <source>Name</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>الاسم</translation>
    </message>
    <message>
        <source>Room</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>الغرفة</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>النوع:</translation>
    </message>
    <message>
        <source>Ticket letter:</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>حرف الرقم:</translation>
    </message>
    <message>
        <source>Id:</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>المعرّف (Id):</translation>
    </message>
    <message>
        <source>Walk-in: a queue number now</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>بدون موعد: رقم دور فورًا</translation>
    </message>
    <message>
        <source>Visiting worker: book a time</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>موظف زائر: حجز موعد</translation>
    </message>
    <message>
        <source>Discreet</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>سرّي</translation>
    </message>
    <message>
        <source>The waiting-room screen shows only the number and the room, never the service. Its numbers start with the front desk&apos;s letter, so nobody can tell who came for it.</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>شاشة غرفة الانتظار تعرض الرقم والغرفة فقط، ولا تعرض الخدمة أبدًا. أرقامها تبدأ بحرف مكتب الاستقبال، فلا أحد يعرف لماذا جاء الزائر.</translation>
    </message>
    <message>
        <source>Visiting times</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>أوقات الزيارة</translation>
    </message>
    <message>
        <source>the centre</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>المركز</translation>
    </message>
    <message>
        <source>visiting</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>الزيارة</translation>
    </message>
    <message>
        <source>Answers that lead here: %1</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>إجابات تؤدي إلى هنا: %1</translation>
    </message>
    <message>
        <source>No answer leads here yet (choose it under Questions).</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>لا توجد إجابة تؤدي إلى هنا بعد (اخترها في قسم الأسئلة).</translation>
    </message>
    <message>
        <source>Only this service is in %1 on %2. Anyone can read that, so a number called to %1 then tells the waiting room who came for it. Share the room on those days if you can.</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>هذه الخدمة وحدها في %1 في هذه الأيام: %2. يستطيع أي شخص قراءة ذلك، لذلك فإن الرقم الذي يُنادى إلى %1 حينها يخبر غرفة الانتظار بمن جاء لهذه الخدمة. شارك الغرفة في تلك الأيام مع خدمة أخرى إن استطعت.</translation>
    </message>
    <message>
        <source>Not changed: the id must be new and use only a–z, 0–9, - and _.</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>لم يتغيّر: المعرّف يجب أن يكون جديدًا ويحتوي فقط على a–z و 0–9 و - و _.</translation>
    </message>
    <message>
        <source>Remove &apos;%1&apos;?</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>حذف &apos;%1&apos;؟</translation>
    </message>
    <message>
        <source>%1 answers lead to it: they will show a problem until you change them.</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>عدد الإجابات التي تؤدي إليها: %1. ستظهر فيها مشكلة حتى تغيّرها.</translation>
    </message>
    <message>
        <source>Remove</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>حذف</translation>
    </message>
    <message>
        <source>Keep it</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>إبقاؤها</translation>
    </message>
    <message>
        <source>Opening hours</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>ساعات العمل</translation>
    </message>
    <message>
        <source>Day</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>اليوم</translation>
    </message>
    <message>
        <source>Starts</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>البداية</translation>
    </message>
    <message>
        <source>Ends</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>النهاية</translation>
    </message>
    <message>
        <source>Minutes per visit</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>دقائق لكل زيارة</translation>
    </message>
    <message>
        <source>Add a row</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>إضافة سطر</translation>
    </message>
    <message>
        <source>Remove the row</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>حذف السطر</translation>
    </message>
</context>
<context>
    <name>AdminStats</name>
    <message>
        <source>This week</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>هذا الأسبوع</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>آخر 30 يومًا</translation>
    </message>
    <message>
        <source>Dates I choose</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>تواريخ أختارها</translation>
    </message>
    <message>
        <source>Period:</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>المدة:</translation>
    </message>
    <message>
        <source>Show</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>عرض</translation>
    </message>
    <message>
        <source>Save as CSV…</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>حفظ كملف CSV…</translation>
    </message>
    <message>
        <source>visitors</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>الزوار</translation>
    </message>
    <message>
        <source>did not come when called</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>لم يحضروا عند المناداة</translation>
    </message>
    <message>
        <source>booked times kept</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>مواعيد حضرها أصحابها</translation>
    </message>
    <message>
        <source>median wait</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>وسيط مدة الانتظار</translation>
    </message>
    <message>
        <source>Keep the details of each visit for (days):</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>احفظ تفاصيل كل زيارة لمدة (أيام):</translation>
    </message>
    <message>
        <source>Save</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>حفظ</translation>
    </message>
    <message>
        <source>After that only the counts stay: the figures do not change.</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>بعد ذلك تبقى الأعداد فقط: الأرقام لا تتغيّر.</translation>
    </message>
    <message>
        <source>Needs the hub: not connected.</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>يحتاج إلى الخادم: لا يوجد اتصال.</translation>
    </message>
    <message>
        <source>The end date is before the start date.</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>تاريخ النهاية قبل تاريخ البداية.</translation>
    </message>
    <message>
        <source>Asking the hub…</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>جارٍ سؤال الخادم…</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>تم الحفظ.</translation>
    </message>
    <message>
        <source>The hub does not answer.</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>الخادم لا يجيب.</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>لم يتم الحفظ: %1</translation>
    </message>
    <message>
        <source>No figures: %1</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>لا توجد أرقام: %1</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>%1 من %2</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>%1 دقيقة</translation>
    </message>
    <message>
        <source>Visitors per day</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>الزوار في كل يوم</translation>
    </message>
    <message>
        <source>Visitors by hour of the day</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>الزوار حسب ساعة اليوم</translation>
    </message>
    <message>
        <source>wanted to talk</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>أرادوا التحدث</translation>
    </message>
    <message>
        <source>Visitors per service</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>الزوار حسب الخدمة</translation>
    </message>
    <message>
        <source>First answer chosen</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>أول إجابة مختارة</translation>
    </message>
    <message>
        <source>half waited less</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>النصف انتظر أقل</translation>
    </message>
    <message>
        <source>9 in 10 waited less</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>9 من كل 10 انتظروا أقل</translation>
    </message>
    <message>
        <source>Waits in minutes</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>مدة الانتظار بالدقائق</translation>
    </message>
    <message>
        <source>Show the figures first.</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>اعرض الأرقام أولًا.</translation>
    </message>
    <message>
        <source>Save as CSV</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>حفظ كملف CSV</translation>
    </message>
    <message>
        <source>Saved: %1</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>تم الحفظ: %1</translation>
    </message>
</context>
<context>
    <name>AdminVersions</name>
    <message>
        <source>When</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>متى</translation>
    </message>
    <message>
        <source>Who</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>مَن</translation>
    </message>
    <message>
        <source>Note</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>ملاحظة</translation>
    </message>
    <message>
        <source>In use</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>مستخدمة</translation>
    </message>
    <message>
        <source>Choose two versions to see what changed between them.</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>اختر نسختين لترى ما تغيّر بينهما.</translation>
    </message>
    <message>
        <source>Why? One line, e.g. &apos;Back to the spring questions&apos;</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>لماذا؟ سطر واحد، مثلًا: &apos;رجوع إلى أسئلة الربيع&apos;</translation>
    </message>
    <message>
        <source>Make this version active again</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>استخدم هذه النسخة مرة أخرى</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>تحديث</translation>
    </message>
    <message>
        <source>Routing templates from the region</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>قوالب التوجيه من المنطقة</translation>
    </message>
    <message>
        <source>Adopt as my draft</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>اعتمده كمسودتي</translation>
    </message>
    <message>
        <source>✔ in use</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>✔ مستخدمة</translation>
    </message>
    <message>
        <source>What changed</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>ما الذي تغيّر</translation>
    </message>
    <message>
        <source>From version %1 to version %2</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>من النسخة %1 إلى النسخة %2</translation>
    </message>
    <message>
        <source>No differences.</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>لا توجد فروق.</translation>
    </message>
    <message>
        <source>Region not reached since %1</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>لا اتصال بالمنطقة منذ %1</translation>
    </message>
    <message>
        <source>The region refused the figures of %1 (%2 days in all): %3</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>رفضت المنطقة أرقام يوم %1 (عدد الأيام: %2): %3</translation>
    </message>
    <message>
        <source>This template cannot be your draft: %1</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>لا يمكن أن يصبح هذا القالب مسودتك: %1</translation>
    </message>
    <message>
        <source>Back to version %1</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>رجوع إلى النسخة %1</translation>
    </message>
    <message>
        <source>Done: the kiosk now uses it (version %1).</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>تم: جهاز الاستقبال يستخدمها الآن (النسخة %1).</translation>
    </message>
    <message>
        <source>The hub does not answer.</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>الخادم لا يجيب.</translation>
    </message>
    <message>
        <source>The hub refused: %1</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>الخادم رفض: %1</translation>
    </message>
</context>
<context>
    <name>AdminWeek</name>
    <message>
        <source>Mon</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>الإثنين</translation>
    </message>
    <message>
        <source>Tue</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>الثلاثاء</translation>
    </message>
    <message>
        <source>Wed</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>الأربعاء</translation>
    </message>
    <message>
        <source>Thu</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>الخميس</translation>
    </message>
    <message>
        <source>Fri</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>الجمعة</translation>
    </message>
    <message>
        <source>Sat</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>السبت</translation>
    </message>
    <message>
        <source>Sun</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>الأحد</translation>
    </message>
    <message>
        <source>Monday</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>الإثنين</translation>
    </message>
    <message>
        <source>Tuesday</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>الثلاثاء</translation>
    </message>
    <message>
        <source>Wednesday</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>الأربعاء</translation>
    </message>
    <message>
        <source>Thursday</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>الخميس</translation>
    </message>
    <message>
        <source>Friday</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>الجمعة</translation>
    </message>
    <message>
        <source>Saturday</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>السبت</translation>
    </message>
    <message>
        <source>Sunday</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>الأحد</translation>
    </message>
</context>
<context>
    <name>Common</name>
    <message>
        <source>Are you still there?</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>هل ما زلت هنا؟</translation>
    </message>
    <message>
        <source>Soon the screen will start over.</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>قريبًا ستبدأ الشاشة من جديد.</translation>
    </message>
    <message>
        <source>I need more time</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>أحتاج وقتًا أطول</translation>
    </message>
    <message>
        <source>Please ask the staff at the desk.</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>من فضلك اسأل الموظفين في مكتب الاستقبال.</translation>
    </message>
    <message>
        <source>The kiosk will be back soon.</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>سيعمل جهاز الاستقبال مرة أخرى قريبًا.</translation>
    </message>
    <message>
        <source>For staff: the hub does not know this kiosk&apos;s token, so it cannot give tickets. See the install guide.</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>للموظفين: الخادم لا يعرف رمز هذا الجهاز، لذلك لا يمكنه إعطاء أرقام الدور. راجعوا دليل التثبيت.</translation>
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
        <translation>الدور الآن</translation>
    </message>
    <message>
        <source>Previous calls</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>النداءات السابقة</translation>
    </message>
    <message>
        <source>Waiting now</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>ينتظرون الآن</translation>
    </message>
    <message>
        <source>Queue numbers are shown here</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>أرقام الدور تظهر هنا</translation>
    </message>
    <message>
        <source>People</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>أشخاص</translation>
    </message>
    <message>
        <source>Wait about</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>الانتظار حوالي</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>%1 دقيقة</translation>
    </message>
    <message>
        <source>More services: %1</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>خدمات أخرى: %1</translation>
    </message>
    <message>
        <source>Not here now</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>غير موجود الآن</translation>
    </message>
    <message>
        <source>Closed</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>مغلق</translation>
    </message>
    <message>
        <source>Open again %1 %2</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>يفتح مرة أخرى %1 الساعة %2</translation>
    </message>
    <message>
        <source>d MMM</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>d MMM</translation>
    </message>
    <message>
        <source>Connection lost – the display updates when the connection is back</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>انقطع الاتصال – تتحدّث الشاشة عندما يعود الاتصال</translation>
    </message>
    <message>
        <source>This display is not paired with the queue – please tell the staff</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>هذه الشاشة غير مربوطة بالطابور – من فضلك أخبر الموظفين</translation>
    </message>
    <message>
        <source>Mon</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>الإثنين</translation>
    </message>
    <message>
        <source>Tue</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>الثلاثاء</translation>
    </message>
    <message>
        <source>Wed</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>الأربعاء</translation>
    </message>
    <message>
        <source>Thu</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>الخميس</translation>
    </message>
    <message>
        <source>Fri</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>الجمعة</translation>
    </message>
    <message>
        <source>Sat</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>السبت</translation>
    </message>
    <message>
        <source>Sun</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>الأحد</translation>
    </message>
</context>
<context>
    <name>Languages</name>
    <message>
        <source>Finnish</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>الفنلندية</translation>
    </message>
    <message>
        <source>Swedish</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>السويدية</translation>
    </message>
    <message>
        <source>English</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>الإنجليزية</translation>
    </message>
    <message>
        <source>Ukrainian</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>الأوكرانية</translation>
    </message>
    <message>
        <source>Arabic</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>العربية</translation>
    </message>
    <message>
        <source>Somali</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>الصومالية</translation>
    </message>
    <message>
        <source>Russian</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>الروسية</translation>
    </message>
    <message>
        <source>Estonian</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>الإستونية</translation>
    </message>
</context>
<context>
    <name>Phone</name>
    <message>
        <source>Your number</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>رقمك</translation>
    </message>
    <message>
        <source>Your place in the queue</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>مكانك في الطابور</translation>
    </message>
    <message>
        <source>Estimated wait</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>الانتظار حوالي</translation>
    </message>
    <message>
        <source>{n} min</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>{n} دقيقة</translation>
    </message>
    <message>
        <source>soon</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>قريبًا</translation>
    </message>
    <message>
        <source>Please wait for your turn</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>من فضلك انتظر دورك</translation>
    </message>
    <message>
        <source>You are next</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>دورك هو التالي</translation>
    </message>
    <message>
        <source>Place</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>المكان</translation>
    </message>
    <message>
        <source>It is your turn!</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>جاء دورك!</translation>
    </message>
    <message>
        <source>Please come to:</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>من فضلك تعال إلى:</translation>
    </message>
    <message>
        <source>Your visit is finished</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>انتهت زيارتك</translation>
    </message>
    <message>
        <source>Your turn has passed. Please ask at the info desk.</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>فات دورك. من فضلك اسأل في مكتب الاستقبال.</translation>
    </message>
    <message>
        <source>This page updates itself.</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>هذه الصفحة تتحدّث وحدها.</translation>
    </message>
    <message>
        <source>No connection. Trying again.</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>لا يوجد اتصال. نحاول مرة أخرى.</translation>
    </message>
    <message>
        <source>Number not found</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>لم نجد الرقم</translation>
    </message>
    <message>
        <source>Check the address or ask at the info desk.</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>افحص العنوان، أو اسأل في مكتب الاستقبال.</translation>
    </message>
</context>
<context>
    <name>Slip</name>
    <message>
        <source>Your number</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>رقمك</translation>
    </message>
    <message>
        <source>You are number %1 in the queue.</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>مكانك في الطابور: %1.</translation>
    </message>
    <message>
        <source>You are next.</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>دورك هو التالي.</translation>
    </message>
    <message>
        <source>You will wait about 1 minute.</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>ستنتظر حوالي دقيقة واحدة.</translation>
    </message>
    <message>
        <source>You will wait about %1 minutes.</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>ستنتظر حوالي %1 دقيقة.</translation>
    </message>
    <message>
        <source>Watch the screen. We will call your number.</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>انظر إلى الشاشة. سننادي رقمك.</translation>
    </message>
    <message>
        <source>Scan the code with your phone to follow your turn.</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>امسح الرمز بهاتفك لتتابع دورك.</translation>
    </message>
    <message>
        <source>Your booked time</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>موعدك</translation>
    </message>
    <message>
        <source>at %1</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>الساعة %1</translation>
    </message>
    <message>
        <source>Your booking code</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>رمز حجزك</translation>
    </message>
    <message>
        <source>When you come, type this code at the kiosk.</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>عندما تأتي، اكتب هذا الرمز في جهاز الاستقبال.</translation>
    </message>
    <message>
        <source>Scan the code with your phone to save the time in your calendar.</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>امسح الرمز بهاتفك لتحفظ الموعد في التقويم.</translation>
    </message>
</context>
<context>
    <name>Staff</name>
    <message>
        <source>called at %1</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>نودي الساعة %1</translation>
    </message>
    <message>
        <source>Done</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>تم</translation>
    </message>
    <message>
        <source>The visit is over; a journey goes on to its next service.</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>انتهت الزيارة. إذا كانت للزائر خدمة تالية، ينتقل إلى طابورها.</translation>
    </message>
    <message>
        <source>Call again</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>نادِ مرة أخرى</translation>
    </message>
    <message>
        <source>Show and say the number again.</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>اعرض الرقم وقله مرة أخرى.</translation>
    </message>
    <message>
        <source>Did not come</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>لم يحضر</translation>
    </message>
    <message>
        <source>Mark as no-show. You can still call the number again later.</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>ضع علامة: لم يحضر. تستطيع أن تنادي الرقم مرة أخرى لاحقًا.</translation>
    </message>
    <message>
        <source>Transfer…</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>تحويل…</translation>
    </message>
    <message>
        <source>Send the visitor to the end of another service&apos;s queue.</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>أرسل الزائر إلى آخر طابور خدمة أخرى.</translation>
    </message>
    <message>
        <source>%1 (away)</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>%1 (غير موجود)</translation>
    </message>
    <message>
        <source>Nobody is with you now. Press Call next when you are ready.</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>لا أحد معك الآن. اضغط «نادِ التالي» عندما تكون جاهزًا.</translation>
    </message>
    <message>
        <source>Connect to the hub</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>الاتصال بالخادم</translation>
    </message>
    <message>
        <source>Connect this computer to the hub</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>اربط هذا الكمبيوتر بالخادم</translation>
    </message>
    <message>
        <source>Type the staff token. The person who runs the kiosk gets one with &apos;kiosk token add --role staff&apos;.</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>اكتب رمز دخول الموظفين. الشخص الذي يدير جهاز الاستقبال يحصل عليه بالأمر &apos;kiosk token add --role staff&apos;.</translation>
    </message>
    <message>
        <source>Hub: %1</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>الخادم: %1</translation>
    </message>
    <message>
        <source>Staff token</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>رمز دخول الموظفين</translation>
    </message>
    <message>
        <source>Connect</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>اتصال</translation>
    </message>
    <message>
        <source>Not now</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>ليس الآن</translation>
    </message>
    <message>
        <source>Type the token first.</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>اكتب رمز الدخول أولًا.</translation>
    </message>
    <message>
        <source>My services</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>خدماتي</translation>
    </message>
    <message>
        <source>Which services do you serve at this desk?</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>ما الخدمات التي تقدّمها في هذا المكتب؟</translation>
    </message>
    <message>
        <source>At set times (appointments; a visitor who checks in comes to your list):</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>في أوقات محددة (مواعيد؛ الزائر الذي يسجّل وصوله يظهر في قائمتك):</translation>
    </message>
    <message>
        <source>Save</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>حفظ</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>إلغاء</translation>
    </message>
    <message>
        <source>Choose at least one service.</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>اختر خدمة واحدة على الأقل.</translation>
    </message>
    <message>
        <source>%1 waiting</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>ينتظرون: %1</translation>
    </message>
    <message>
        <source>Present</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>موجود</translation>
    </message>
    <message>
        <source>Away</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>غير موجود</translation>
    </message>
    <message>
        <source>Away: the kiosk does not send new visitors here.</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>غير موجود: جهاز الاستقبال لا يرسل زوارًا جددًا إلى هنا.</translation>
    </message>
    <message>
        <source>Call</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>نادِ</translation>
    </message>
    <message>
        <source>Call the next visitor of this service.</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>نادِ الزائر التالي لهذه الخدمة.</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>%1 دقيقة</translation>
    </message>
    <message>
        <source>from: %1</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>من: %1</translation>
    </message>
    <message>
        <source>then: %1</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>بعد ذلك: %1</translation>
    </message>
    <message>
        <source>Number</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>الرقم</translation>
    </message>
    <message>
        <source>Service</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>الخدمة</translation>
    </message>
    <message>
        <source>Place</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>المكان</translation>
    </message>
    <message>
        <source>Waited</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>الانتظار</translation>
    </message>
    <message>
        <source>Note</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>ملاحظة</translation>
    </message>
    <message>
        <source>Kokoomo – staff console</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Kokoomo – شاشة الموظفين</translation>
    </message>
    <message>
        <source>My services…</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>خدماتي…</translation>
    </message>
    <message>
        <source>Settings</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>الإعدادات</translation>
    </message>
    <message>
        <source>Enter another staff token…</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>أدخل رمز دخول آخر للموظفين…</translation>
    </message>
    <message>
        <source>No connection to the hub – trying again…</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>لا يوجد اتصال بالخادم – جارٍ المحاولة مرة أخرى…</translation>
    </message>
    <message>
        <source>You see the last known queue. The buttons work again when the connection is back.</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>ترى آخر طابور معروف. الأزرار تعمل مرة أخرى عندما يعود الاتصال.</translation>
    </message>
    <message>
        <source>The hub cannot save: tickets cannot be given.</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>الخادم لا يستطيع الحفظ: لا يمكن إعطاء أرقام دور.</translation>
    </message>
    <message>
        <source>Tell the centre&apos;s IT: the disk may be full. It works again by itself once fixed.</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>أخبر قسم تقنية المعلومات في المركز: ربما القرص ممتلئ. سيعمل كل شيء وحده بعد الإصلاح.</translation>
    </message>
    <message>
        <source>Call next</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>نادِ التالي</translation>
    </message>
    <message>
        <source>With you now</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>معك الآن</translation>
    </message>
    <message>
        <source>Enter a staff token…</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>أدخل رمز دخول الموظفين…</translation>
    </message>
    <message>
        <source>Waiting: %1</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>ينتظرون: %1</translation>
    </message>
    <message>
        <source>Nobody is waiting for your services.</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>لا أحد ينتظر خدماتك.</translation>
    </message>
    <message>
        <source>Next: %1 · %2 · waited %3</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>التالي: %1 · %2 · الانتظار %3</translation>
    </message>
    <message>
        <source>Choose your services first: My services…</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>اختر خدماتك أولًا: خدماتي…</translation>
    </message>
    <message>
        <source>This computer has no staff token yet: enter one to see the queue and call.</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>هذا الكمبيوتر ليس له رمز دخول للموظفين بعد: أدخل رمزًا لترى الطابور وتنادي.</translation>
    </message>
    <message>
        <source>Connected to the hub.</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>تم الاتصال بالخادم.</translation>
    </message>
</context>
<context>
    <name>StaffAppointments</name>
    <message>
        <source>Checked in: %1</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>سجّل وصوله: %1</translation>
    </message>
    <message>
        <source>Booked</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>محجوز</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>ملغى</translation>
    </message>
    <message>
        <source>Did not come</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>لم يحضر</translation>
    </message>
    <message>
        <source>The time has come and the visitor is not here.</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>جاء الوقت والزائر غير موجود.</translation>
    </message>
    <message>
        <source>Cancel…</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>إلغاء…</translation>
    </message>
    <message>
        <source>Cancel the booking: the time is free again.</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>ألغِ الحجز: يصبح الوقت متاحًا مرة أخرى.</translation>
    </message>
    <message>
        <source>Mark a day off…</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>ضع علامة على يوم عطلة…</translation>
    </message>
    <message>
        <source>None of your services takes appointments. Choose one in My services…</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>لا توجد خدمة من خدماتك تأخذ مواعيد. اختر واحدة في «خدماتي…»</translation>
    </message>
    <message>
        <source>A visitor who checks in at the kiosk comes to your waiting list first: use Call next.</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>الزائر الذي يسجّل وصوله في جهاز الاستقبال يظهر أولًا في قائمة الانتظار عندك: استخدم «نادِ التالي».</translation>
    </message>
    <message>
        <source>Reading the bookings…</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>جارٍ قراءة الحجوزات…</translation>
    </message>
    <message>
        <source>The hub does not show bookings without a staff token.</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>الخادم لا يعرض الحجوزات بدون رمز دخول للموظفين.</translation>
    </message>
    <message>
        <source>The bookings could not be read. The console tries again in a minute.</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>تعذّرت قراءة الحجوزات. سيحاول البرنامج مرة أخرى بعد دقيقة.</translation>
    </message>
    <message>
        <source>No bookings.</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>لا توجد حجوزات.</translation>
    </message>
    <message>
        <source>Free times: %1</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>أوقات متاحة: %1</translation>
    </message>
    <message>
        <source>No free times.</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>لا توجد أوقات متاحة.</translation>
    </message>
    <message>
        <source>%1 at every centre this week</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>%1 في كل المراكز هذا الأسبوع</translation>
    </message>
    <message>
        <source>The region does not answer: the other centres&apos; times are not shown.</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>المنطقة لا تجيب: لا تظهر أوقات المراكز الأخرى.</translation>
    </message>
    <message>
        <source>No bookings at any centre.</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>لا حجوزات في أي مركز.</translation>
    </message>
    <message>
        <source>came</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>حضر</translation>
    </message>
    <message>
        <source>did not come</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>لم يحضر</translation>
    </message>
    <message>
        <source>The whole centre is closed this day.</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>المركز كله مغلق في هذا اليوم.</translation>
    </message>
    <message>
        <source>Day off: %1</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>يوم عطلة: %1</translation>
    </message>
    <message>
        <source>Not off after all</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>ليس يوم عطلة</translation>
    </message>
    <message>
        <source>The free times come back to the kiosk.</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>الأوقات المتاحة ترجع إلى جهاز الاستقبال.</translation>
    </message>
    <message>
        <source>Cancel the booking?</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>إلغاء الحجز؟</translation>
    </message>
    <message>
        <source>Cancel the booking %1?</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>إلغاء الحجز %1؟</translation>
    </message>
    <message>
        <source>The time becomes free for others. The visitor is not told: if you can, tell them yourself.</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>يصبح الوقت متاحًا للآخرين. لن يُخبَر الزائر: إذا استطعت، أخبره أنت.</translation>
    </message>
    <message>
        <source>Cancel the booking</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>ألغِ الحجز</translation>
    </message>
    <message>
        <source>Keep it</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>إبقاؤه</translation>
    </message>
    <message>
        <source>Appointments</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>المواعيد</translation>
    </message>
    <message>
        <source>Appointments: %1</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>المواعيد: %1</translation>
    </message>
    <message>
        <source>Mark a day off</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>ضع علامة على يوم عطلة</translation>
    </message>
    <message>
        <source>A day when you are not here</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>يوم لا تكون فيه هنا</translation>
    </message>
    <message>
        <source>On a day off the kiosk offers none of your times, and nobody can book them.</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>في يوم العطلة لا يعرض جهاز الاستقبال أوقاتك، ولا يستطيع أحد حجزها.</translation>
    </message>
    <message>
        <source>Service</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>الخدمة</translation>
    </message>
    <message>
        <source>Day</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>اليوم</translation>
    </message>
    <message>
        <source>Note for staff</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>ملاحظة للموظفين</translation>
    </message>
    <message>
        <source>for example: training day (optional)</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>مثلًا: يوم تدريب (اختياري)</translation>
    </message>
    <message>
        <source>Close</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>إغلاق</translation>
    </message>
    <message>
        <source>Cancel these bookings and mark the day off</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>ألغِ هذه الحجوزات واجعل اليوم عطلة</translation>
    </message>
    <message>
        <source>Mark the day off</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>اجعل اليوم عطلة</translation>
    </message>
    <message>
        <source>Visitors have booked these times that day:</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>الزوار حجزوا هذه الأوقات في ذلك اليوم:</translation>
    </message>
    <message>
        <source>The hub cannot tell them. If you cancel, the kiosk says so when they come to check in.</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>الخادم لا يستطيع إخبارهم. إذا ألغيت، سيخبرهم جهاز الاستقبال عندما يأتون لتسجيل الوصول.</translation>
    </message>
    <message>
        <source>The hub did not do this. The hub says: %1</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>الخادم لم يفعل هذا. الخادم يقول: %1</translation>
    </message>
</context>
<context>
    <name>StaffNotice</name>
    <message>
        <source>The kiosk&apos;s printer: %1 – %2</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>طابعة جهاز الاستقبال: %1 – %2</translation>
    </message>
    <message>
        <source>The kiosk “%1” has not been in touch since %2. Is it on, and on the network?</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>جهاز الاستقبال «%1» لم يتصل منذ %2. هل هو يعمل ومتصل بالشبكة؟</translation>
    </message>
    <message>
        <source>The kiosk “%1” is in touch again – %2</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>جهاز الاستقبال «%1» متصل مرة أخرى – %2</translation>
    </message>
    <message>
        <source>The waiting-room screen “%1” has not been in touch since %2. Is it on, and on the network?</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>شاشة غرفة الانتظار «%1» لم تتصل منذ %2. هل هي تعمل ومتصلة بالشبكة؟</translation>
    </message>
    <message>
        <source>The waiting-room screen “%1” is in touch again – %2</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>شاشة غرفة الانتظار «%1» متصلة مرة أخرى – %2</translation>
    </message>
    <message>
        <source>The kiosk: %1 – %2</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>جهاز الاستقبال: %1 – %2</translation>
    </message>
    <message>
        <source>OK, hide</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>حسنًا، أخفِ</translation>
    </message>
    <message>
        <source>Hide this until the kiosk sends a new notice.</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>أخفِ هذا حتى يرسل جهاز الاستقبال إشعارًا جديدًا.</translation>
    </message>
</context>
<context>
    <name>StaffStatus</name>
    <message>
        <source>You called %1.</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>ناديت %1.</translation>
    </message>
    <message>
        <source>Nobody is waiting now.</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>لا أحد ينتظر الآن.</translation>
    </message>
    <message>
        <source>%1 was called again.</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>نودي %1 مرة أخرى.</translation>
    </message>
    <message>
        <source>%1 is done.</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>%1 انتهى.</translation>
    </message>
    <message>
        <source>%1 is done here and now waits for: %2.</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>%1 انتهى هنا وينتظر الآن: %2.</translation>
    </message>
    <message>
        <source>%1 is marked as did not come.</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>%1: وُضعت علامة «لم يحضر».</translation>
    </message>
    <message>
        <source>%1 now waits for: %2.</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>%1 ينتظر الآن: %2.</translation>
    </message>
    <message>
        <source>You are present: %2.</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>أنت موجود: %2.</translation>
    </message>
    <message>
        <source>You are away: %2. The kiosk does not send new visitors there.</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>أنت غير موجود: %2. جهاز الاستقبال لا يرسل زوارًا جددًا إلى هناك.</translation>
    </message>
    <message>
        <source>The hub did not do this. The hub says: %3</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>الخادم لم يفعل هذا. الخادم يقول: %3</translation>
    </message>
    <message>
        <source>The hub does not accept this computer&apos;s token. Enter a staff token.</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>الخادم لا يقبل رمز الدخول لهذا الكمبيوتر. أدخل رمز دخول الموظفين.</translation>
    </message>
    <message>
        <source>The hub did not answer. Check the lists before you try again.</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>الخادم لم يجب. افحص القوائم قبل أن تحاول مرة أخرى.</translation>
    </message>
    <message>
        <source>Something went wrong at the hub. The hub says: %3</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>حدث خطأ في الخادم. الخادم يقول: %3</translation>
    </message>
    <message>
        <source>The booking %1 is cancelled.</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>تم إلغاء الحجز %1.</translation>
    </message>
    <message>
        <source>The booking %1 is marked as did not come.</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>الحجز %1: وُضعت علامة «لم يحضر».</translation>
    </message>
    <message>
        <source>%1 is a day off: %2.</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>%1 يوم عطلة: %2.</translation>
    </message>
    <message>
        <source>%1 is not a day off after all: %2.</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>%1 ليس يوم عطلة: %2.</translation>
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
        <translation>اليوم · %1</translation>
    </message>
    <message>
        <source>Tomorrow · %1</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>غدًا · %1</translation>
    </message>
</context>
<context>
    <name>Visitor</name>
    <message>
        <source>I don&apos;t know – I want to talk to someone</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>لا أعرف – أريد أن أتحدث مع شخص</translation>
    </message>
    <message>
        <source>Back</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>رجوع</translation>
    </message>
    <message>
        <source>Start over</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>ابدأ من جديد</translation>
    </message>
    <message>
        <source>Mondays</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>كل يوم إثنين</translation>
    </message>
    <message>
        <source>Tuesdays</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>كل يوم ثلاثاء</translation>
    </message>
    <message>
        <source>Wednesdays</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>كل يوم أربعاء</translation>
    </message>
    <message>
        <source>Thursdays</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>كل يوم خميس</translation>
    </message>
    <message>
        <source>Fridays</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>كل يوم جمعة</translation>
    </message>
    <message>
        <source>Saturdays</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>كل يوم سبت</translation>
    </message>
    <message>
        <source>Sundays</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>كل يوم أحد</translation>
    </message>
    <message>
        <source>This worker is here at these times:</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>هذا الموظف موجود هنا في هذه الأوقات:</translation>
    </message>
    <message>
        <source>Do you want to book this time?</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>هل تريد حجز هذا الموعد؟</translation>
    </message>
    <message>
        <source>at %1</source>
        <comment>a time on its own line: at 10.30</comment>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>الساعة %1</translation>
    </message>
    <message>
        <source>Place: %1</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>المكان: %1</translation>
    </message>
    <message>
        <source>Book this time</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>احجز هذا الموعد</translation>
    </message>
    <message>
        <source>Choose another time</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>اختر وقتًا آخر</translation>
    </message>
    <message>
        <source>The staff at the desk can help you now.</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>الموظفون في مكتب الاستقبال يستطيعون مساعدتك الآن.</translation>
    </message>
    <message>
        <source>Take a number for the desk</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>خذ رقمًا لمكتب الاستقبال</translation>
    </message>
    <message>
        <source>Your number is</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>رقمك هو</translation>
    </message>
    <message>
        <source>You are number %1 in the queue.</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>مكانك في الطابور: %1.</translation>
    </message>
    <message>
        <source>You are next.</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>دورك هو التالي.</translation>
    </message>
    <message>
        <source>You will wait about 1 minute.</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>ستنتظر حوالي دقيقة واحدة.</translation>
    </message>
    <message>
        <source>You will wait about %1 minutes.</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>ستنتظر حوالي %1 دقيقة.</translation>
    </message>
    <message>
        <source>Please wait here. We will call your number.</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>من فضلك انتظر هنا. سننادي رقمك.</translation>
    </message>
    <message>
        <source>Scan to follow your turn on your phone</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>امسح الرمز لتتابع دورك على هاتفك</translation>
    </message>
    <message>
        <source>Your time is booked. Your code is</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>تم حجز موعدك. رمزك هو</translation>
    </message>
    <message>
        <source>Type this code at the kiosk when you come.</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>عندما تأتي، اكتب هذا الرمز في جهاز الاستقبال.</translation>
    </message>
    <message>
        <source>Scan with your phone camera to save the time in your calendar.</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>امسح بكاميرا هاتفك لتحفظ الموعد في التقويم.</translation>
    </message>
    <message>
        <source>Done</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>تم</translation>
    </message>
    <message>
        <source>Welcome! We help you find the right person.</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>أهلًا وسهلًا! نساعدك لتجد الشخص المناسب.</translation>
    </message>
    <message>
        <source>You do not need to give your name.</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>لا تحتاج أن تقول اسمك.</translation>
    </message>
    <message>
        <source>Choose your language</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>اختر لغتك</translation>
    </message>
    <message>
        <source>Start</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>ابدأ</translation>
    </message>
    <message>
        <source>I have a booked time</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>عندي موعد محجوز</translation>
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
        <translation>اليوم</translation>
    </message>
    <message>
        <source>tomorrow</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>غدًا</translation>
    </message>
    <message>
        <source>on %1</source>
        <comment>a weekday in a sentence: on Tuesday</comment>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>يوم %1</translation>
    </message>
    <message>
        <source>It opens again %1 at %2.</source>
        <comment>%1 today / tomorrow / on Tuesday, %2 the time</comment>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>نفتح مرة أخرى %1 الساعة %2.</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <comment>a day heading and a time: Tuesday 3 Mar at 10.30</comment>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>%1 الساعة %2</translation>
    </message>
    <message>
        <source>No signs typed yet.</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>لم تكتب أي حرف بعد.</translation>
    </message>
    <message>
        <source>The code has %1 letters and numbers.</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>الرمز فيه %1 خانات: حروف وأرقام.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>امسح</translation>
    </message>
    <message>
        <source>Clear all</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>امسح الكل</translation>
    </message>
    <message>
        <source>Check in</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>سجّل وصولك</translation>
    </message>
    <message>
        <source>Type the code again</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>اكتب الرمز مرة أخرى</translation>
    </message>
    <message>
        <source>Type your booking code</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>اكتب رمز حجزك</translation>
    </message>
    <message>
        <source>Please ask at the desk.</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>من فضلك اسأل في مكتب الاستقبال.</translation>
    </message>
    <message>
        <source>It is too early to check in.</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>الوقت مبكر جدًا لتسجيل الوصول.</translation>
    </message>
    <message>
        <source>Your booked time: %1.</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>موعدك: %1.</translation>
    </message>
    <message>
        <source>This booking is no longer valid.</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>هذا الحجز لم يعد صالحًا.</translation>
    </message>
    <message>
        <source>You can check in from %1. Please come back then.</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>تستطيع تسجيل الوصول من الساعة %1. من فضلك ارجع في ذلك الوقت.</translation>
    </message>
    <message>
        <source>Your time has passed.</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>فات موعدك.</translation>
    </message>
    <message>
        <source>You have already checked in.</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>سجّلت وصولك من قبل.</translation>
    </message>
    <message>
        <source>Your number is %1.</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>رقمك هو %1.</translation>
    </message>
    <message>
        <source>This booking was cancelled.</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>تم إلغاء هذا الحجز.</translation>
    </message>
    <message>
        <source>Wait a moment, then try again.</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>انتظر قليلًا، ثم حاول مرة أخرى.</translation>
    </message>
    <message>
        <source>Check the code, or ask at the desk.</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>افحص الرمز، أو اسأل في مكتب الاستقبال.</translation>
    </message>
    <message>
        <source>We did not find this code.</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>لم نجد هذا الرمز.</translation>
    </message>
    <message>
        <source>Check it, or ask at the desk.</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>افحصه، أو اسأل في مكتب الاستقبال.</translation>
    </message>
    <message>
        <source>The centre is closed now.</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>المركز مغلق الآن.</translation>
    </message>
    <message>
        <source>Opening hours:</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>ساعات العمل:</translation>
    </message>
    <message>
        <source>You can still book a time.</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>مع ذلك تستطيع أن تحجز موعدًا.</translation>
    </message>
    <message>
        <source>Book a time</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>احجز موعدًا</translation>
    </message>
    <message>
        <source>Back to the start</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>رجوع إلى البداية</translation>
    </message>
    <message>
        <source>Closed now.</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>مغلق الآن.</translation>
    </message>
    <message>
        <source>Booking code: %1. Type it at the kiosk when you come.</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>رمز الحجز: %1. عندما تأتي، اكتبه في جهاز الاستقبال.</translation>
    </message>
    <message>
        <source>Who do you want to meet?</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>مَن تريد أن تقابل؟</translation>
    </message>
    <message>
        <source>Choose a time that suits you.</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>اختر وقتًا يناسبك.</translation>
    </message>
    <message>
        <source>Somebody just took that time. Please choose another.</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>شخص آخر أخذ هذا الوقت الآن. من فضلك اختر وقتًا آخر.</translation>
    </message>
    <message>
        <source>That time cannot be booked any more. Please choose another.</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>لا يمكن حجز هذا الوقت بعد الآن. من فضلك اختر وقتًا آخر.</translation>
    </message>
    <message>
        <source>Earlier times</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>أوقات أبكر</translation>
    </message>
    <message>
        <source>Later times</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>أوقات لاحقة</translation>
    </message>
</context>
</TS>
