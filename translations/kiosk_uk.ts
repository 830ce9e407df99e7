<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="uk_UA" sourcelanguage="en">
<context>
    <name>Access</name>
    <message>
        <source>Keeps your answers. The screen does not start over.</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Зберігає ваші відповіді. Екран не повернеться на початок.</translation>
    </message>
    <message>
        <source>Changes the language to %1.</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Змінює мову на: %1.</translation>
    </message>
    <message>
        <source>Speech is on. Arrow keys move. Enter chooses. Minus goes back. Plus says it again.</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Мовлення увімкнено. Стрілки переміщують. Enter вибирає. Мінус повертає назад. Плюс повторює.</translation>
    </message>
    <message>
        <source>An answer to the question: %1</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Відповідь на питання: %1</translation>
    </message>
    <message>
        <source>Gives you a queue number for the front desk. Staff will help you.</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Дає вам номер у черзі до інформаційної стійки. Працівники вам допоможуть.</translation>
    </message>
    <message>
        <source>Goes to the previous question.</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Повертає до попереднього питання.</translation>
    </message>
    <message>
        <source>Forgets your answers and starts from the first question.</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Видаляє ваші відповіді і починає з першого питання.</translation>
    </message>
    <message>
        <source>Deletes the last sign.</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Видаляє останній знак.</translation>
    </message>
    <message>
        <source>Deletes the whole code.</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Видаляє весь код.</translation>
    </message>
    <message>
        <source>Sends the code. You get your queue number.</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Надсилає код. Ви отримаєте номер у черзі.</translation>
    </message>
    <message>
        <source>Gives you a queue number for the front desk.</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Дає вам номер у черзі до інформаційної стійки.</translation>
    </message>
    <message>
        <source>Opens the keypad with the code you typed.</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Відкриває клавіатуру з кодом, який ви ввели.</translation>
    </message>
    <message>
        <source>Types this sign.</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Вводить цей знак.</translation>
    </message>
    <message>
        <source>Goes back to the start. Remember your number.</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Повертає на початок. Запам’ятайте свій номер.</translation>
    </message>
    <message>
        <source>Read aloud</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Читати вголос</translation>
    </message>
    <message>
        <source>Says what is on the screen.</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Читає вголос те, що є на екрані.</translation>
    </message>
    <message>
        <source>No voice</source>
        <comment>Read aloud, when the language has no voice</comment>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Немає голосу</translation>
    </message>
    <message>
        <source>This kiosk cannot read this language aloud.</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Цей кіоск не може читати цю мову вголос.</translation>
    </message>
    <message>
        <source>Shows every language to choose from.</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Показує всі мови, з яких можна вибрати.</translation>
    </message>
    <message>
        <source>Larger text</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Більший текст</translation>
    </message>
    <message>
        <source>Makes all text bigger. Tap again for normal size.</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Робить весь текст більшим. Торкніться ще раз для звичайного розміру.</translation>
    </message>
    <message>
        <source>Starts the questions.</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Починає питання.</translation>
    </message>
    <message>
        <source>Opens a keypad for your booking code.</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Відкриває клавіатуру для коду запису.</translation>
    </message>
    <message>
        <source>Goes back to the start. Remember your code.</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Повертає на початок. Запам’ятайте свій код.</translation>
    </message>
    <message>
        <source>Shows the visiting workers and their free times.</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Показує, до кого можна записатися, і вільний час.</translation>
    </message>
    <message>
        <source>Goes back to the first screen.</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Повертає на перший екран.</translation>
    </message>
    <message>
        <source>Books the time. You get a code for it.</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Записує вас на цей час. Ви отримаєте код.</translation>
    </message>
    <message>
        <source>Goes back to the free times.</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Повертає до вільного часу.</translation>
    </message>
    <message>
        <source>Goes to the previous screen.</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Повертає на попередній екран.</translation>
    </message>
    <message>
        <source>Chooses this time. You confirm it next.</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Вибирає цей час. Далі ви його підтвердите.</translation>
    </message>
    <message>
        <source>Shows the earlier free times.</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Показує раніший вільний час.</translation>
    </message>
    <message>
        <source>Shows the next free times.</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Показує наступний вільний час.</translation>
    </message>
</context>
<context>
    <name>Admin</name>
    <message>
        <source>Kokoomo – admin</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Kokoomo – адміністрування</translation>
    </message>
    <message>
        <source>Kiosk admin</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Адміністрування кіоску</translation>
    </message>
    <message>
        <source>Logged in: %1</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Ви увійшли: %1</translation>
    </message>
    <message>
        <source>Log out</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Вийти</translation>
    </message>
    <message>
        <source>Questions</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Питання</translation>
    </message>
    <message>
        <source>Services and hours</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Послуги і години роботи</translation>
    </message>
    <message>
        <source>Versions</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Версії</translation>
    </message>
    <message>
        <source>Statistics</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Статистика</translation>
    </message>
    <message>
        <source>Problems to fix before publishing</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Що треба виправити перед публікацією</translation>
    </message>
    <message>
        <source>What did you change?</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Що ви змінили?</translation>
    </message>
    <message>
        <source>One line, e.g. &apos;New Swedish text for Work&apos;</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Один рядок, напр. &apos;Новий шведський текст для «Робота»&apos;</translation>
    </message>
    <message>
        <source>Undo</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Скасувати дію</translation>
    </message>
    <message>
        <source>Discard my changes</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Відкинути мої зміни</translation>
    </message>
    <message>
        <source>Publish</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Опублікувати</translation>
    </message>
    <message>
        <source>Texts in %1 await a native speaker&apos;s review.</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Тексти цими мовами чекають на перевірку носієм мови: %1.</translation>
    </message>
    <message>
        <source>✔ No problems.</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>✔ Проблем немає.</translation>
    </message>
    <message>
        <source>Publishing…</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Публікую…</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Перевіряю…</translation>
    </message>
    <message>
        <source>Publish is off: fix the problems listed above first (%1).</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Публікувати не можна: спершу виправте проблеми вище (%1).</translation>
    </message>
    <message>
        <source>Publish is off: no connection to the hub.</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Публікувати не можна: немає з’єднання з сервером.</translation>
    </message>
    <message>
        <source>Nothing to publish: no changes yet.</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Нічого публікувати: змін ще немає.</translation>
    </message>
    <message>
        <source>Write in one line what you changed, then publish.</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Напишіть одним рядком, що ви змінили, і опублікуйте.</translation>
    </message>
    <message>
        <source>Ready to publish. The kiosk uses it from the next visitor.</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Готово до публікації. Кіоск використає це з наступного відвідувача.</translation>
    </message>
    <message>
        <source>Published as version %1. The kiosk uses it from the next visitor.</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Опубліковано як версію %1. Кіоск використає це з наступного відвідувача.</translation>
    </message>
    <message>
        <source>Not published: the hub does not answer. Your changes are kept here.</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Не опубліковано: сервер не відповідає. Ваші зміни збережено тут.</translation>
    </message>
    <message>
        <source>Not published: your session has ended. Log in again.</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Не опубліковано: ваш сеанс закінчився. Увійдіть знову.</translation>
    </message>
    <message>
        <source>Not published: %1</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Не опубліковано: %1</translation>
    </message>
    <message>
        <source>The hub does not answer: could not read the routing.</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Сервер не відповідає: не вдалося прочитати питання.</translation>
    </message>
    <message>
        <source>The region&apos;s template %1</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Шаблон регіону %1</translation>
    </message>
    <message>
        <source>Forget every change since the last publish?</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Забути всі зміни після останньої публікації?</translation>
    </message>
    <message>
        <source>Discard</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Відкинути</translation>
    </message>
    <message>
        <source>Keep editing</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Продовжити редагування</translation>
    </message>
    <message>
        <source>Close the admin</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Закрити адміністрування</translation>
    </message>
    <message>
        <source>Your changes are not published. Close and forget them?</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Ваші зміни не опубліковано. Закрити і забути їх?</translation>
    </message>
    <message>
        <source>Close and forget</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Закрити і забути</translation>
    </message>
</context>
<context>
    <name>AdminChanges</name>
    <message>
        <source>question text</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>текст питання</translation>
    </message>
    <message>
        <source>label</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>напис</translation>
    </message>
    <message>
        <source>help text</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>текст підказки</translation>
    </message>
    <message>
        <source>icon</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>значок</translation>
    </message>
    <message>
        <source>next question</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>наступне питання</translation>
    </message>
    <message>
        <source>services</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>послуги</translation>
    </message>
    <message>
        <source>priority</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>пріоритет</translation>
    </message>
    <message>
        <source>name</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>назва</translation>
    </message>
    <message>
        <source>room</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>кімната</translation>
    </message>
    <message>
        <source>kind</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>тип</translation>
    </message>
    <message>
        <source>ticket letter</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>літера номера</translation>
    </message>
    <message>
        <source>discreet</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>конфіденційна</translation>
    </message>
    <message>
        <source>visiting times</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>час візитів</translation>
    </message>
    <message>
        <source>opening hours</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>години роботи</translation>
    </message>
    <message>
        <source>extra time</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>додатковий час</translation>
    </message>
    <message>
        <source>first question</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>перше питання</translation>
    </message>
    <message>
        <source>front desk service</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>послуга інформаційної стійки</translation>
    </message>
    <message>
        <source>languages</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>мови</translation>
    </message>
    <message>
        <source>answers</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>відповіді</translation>
    </message>
    <message>
        <source>file version</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>версія файлу</translation>
    </message>
    <message>
        <source>Answer &apos;%2&apos; in question &apos;%1&apos;</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Відповідь &apos;%2&apos; у питанні &apos;%1&apos;</translation>
    </message>
    <message>
        <source>Question &apos;%1&apos;</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Питання &apos;%1&apos;</translation>
    </message>
    <message>
        <source>Service &apos;%1&apos;</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Послуга &apos;%1&apos;</translation>
    </message>
    <message>
        <source>The centre</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Центр</translation>
    </message>
    <message>
        <source>The routing</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Питання</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>%2 (%1)</translation>
    </message>
    <message>
        <source>nothing</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>нічого</translation>
    </message>
    <message>
        <source>yes</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>так</translation>
    </message>
    <message>
        <source>no</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>ні</translation>
    </message>
    <message>
        <source>%1: %2 changed from %3 to %4.</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>%1: %2 змінено з %3 на %4.</translation>
    </message>
    <message>
        <source>%1 changed from %3 to %4.</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>%1 змінено з %3 на %4.</translation>
    </message>
    <message>
        <source>%1: %2 added: %4.</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>%1: додано %2: %4.</translation>
    </message>
    <message>
        <source>%1 added: %4.</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>%1 додано: %4.</translation>
    </message>
    <message>
        <source>%1: %2 removed (was %3).</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>%1: %2 видалено (було %3).</translation>
    </message>
    <message>
        <source>%1 removed.</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>%1 видалено.</translation>
    </message>
    <message>
        <source>%1: %2 moved.</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>%1: %2 переміщено.</translation>
    </message>
    <message>
        <source>%1 moved to another place.</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>%1 переміщено в інше місце.</translation>
    </message>
</context>
<context>
    <name>AdminEditor</name>
    <message>
        <source>Add question</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Додати питання</translation>
    </message>
    <message>
        <source>Add answer</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Додати відповідь</translation>
    </message>
    <message>
        <source>Move up</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Вгору</translation>
    </message>
    <message>
        <source>Move down</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Вниз</translation>
    </message>
    <message>
        <source>Remove</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Видалити</translation>
    </message>
    <message>
        <source>Choose a question or an answer on the left.</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Виберіть питання або відповідь ліворуч.</translation>
    </message>
    <message>
        <source>Question</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Питання</translation>
    </message>
    <message>
        <source>Help text under the question (optional)</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Текст підказки під питанням (необов’язково)</translation>
    </message>
    <message>
        <source>Id:</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Id:</translation>
    </message>
    <message>
        <source>A short name for the computer: a–z, 0–9, - and _.</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Коротка назва для комп’ютера: a–z, 0–9, - і _.</translation>
    </message>
    <message>
        <source>This is the first question</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Це перше питання</translation>
    </message>
    <message>
        <source>Answer button</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Кнопка відповіді</translation>
    </message>
    <message>
        <source>Help text on the button (optional)</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Текст підказки на кнопці (необов’язково)</translation>
    </message>
    <message>
        <source>Choose icon…</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Вибрати значок…</translation>
    </message>
    <message>
        <source>Leads to</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Веде до</translation>
    </message>
    <message>
        <source>Answer in question &apos;%1&apos;</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Відповідь у питанні &apos;%1&apos;</translation>
    </message>
    <message>
        <source>No icon</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Без значка</translation>
    </message>
    <message>
        <source>Question &apos;%1&apos;</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Питання &apos;%1&apos;</translation>
    </message>
    <message>
        <source>Not changed: an id may have only a–z, 0–9, - and _.</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Не змінено: id може мати лише a–z, 0–9, - і _.</translation>
    </message>
    <message>
        <source>Not changed: that id is already used here.</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Не змінено: цей id тут уже є.</translation>
    </message>
    <message>
        <source>Choose an icon</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Виберіть значок</translation>
    </message>
    <message>
        <source>Use this icon</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Використати цей значок</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Скасувати</translation>
    </message>
    <message>
        <source>Another question:</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Інше питання:</translation>
    </message>
    <message>
        <source>Services, in this order:</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Послуги, у такому порядку:</translation>
    </message>
    <message>
        <source>Add service</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Додати послугу</translation>
    </message>
    <message>
        <source>Priority:</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Пріоритет:</translation>
    </message>
    <message>
        <source>0 is normal. A higher number is called first.</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>0 — звичайний. Вищий номер викликають першим.</translation>
    </message>
    <message>
        <source>Missing</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Немає</translation>
    </message>
</context>
<context>
    <name>AdminPin</name>
    <message>
        <source>%1 min %2 s</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>%1 хв %2 с</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>%1 с</translation>
    </message>
    <message>
        <source>Admin – PIN</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Адміністрування – PIN</translation>
    </message>
    <message>
        <source>Type the admin PIN</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Введіть PIN адміністратора</translation>
    </message>
    <message>
        <source>Log in</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Увійти</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Скасувати</translation>
    </message>
    <message>
        <source>Erase one digit</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Стерти одну цифру</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Перевіряю…</translation>
    </message>
    <message>
        <source>Wrong PIN.</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Неправильний PIN.</translation>
    </message>
    <message>
        <source>Tries left: %1.</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Залишилося спроб: %1.</translation>
    </message>
    <message>
        <source>No admin PIN is set. On the hub machine, run: kiosk admin --set-pin</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>PIN адміністратора не встановлено. На сервері виконайте: kiosk admin --set-pin</translation>
    </message>
    <message>
        <source>This PC is not paired with the hub. Start the admin with a token from the hub machine:</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Цей комп’ютер не з’єднано з сервером. Запустіть адміністрування з ключем доступу із сервера:</translation>
    </message>
    <message>
        <source>The hub does not answer. Check the network and try again.</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Сервер не відповідає. Перевірте мережу і спробуйте ще раз.</translation>
    </message>
    <message>
        <source>Something went wrong (%1). Try again.</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Щось пішло не так (%1). Спробуйте ще раз.</translation>
    </message>
    <message>
        <source>Too many wrong tries. Try again in %1.</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Забагато неправильних спроб. Спробуйте знову через %1.</translation>
    </message>
    <message>
        <source>You can try again now.</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Тепер можна спробувати знову.</translation>
    </message>
</context>
<context>
    <name>AdminPreview</name>
    <message>
        <source>Preview: the kiosk with your changes</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Попередній перегляд: кіоск з вашими змінами</translation>
    </message>
    <message>
        <source>Tap through it as a visitor would. No ticket is made.</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Пройдіть усе, як відвідувач. Номер не створюється.</translation>
    </message>
    <message>
        <source>Start over</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Почати спочатку</translation>
    </message>
</context>
<context>
    <name>AdminProblems</name>
    <message>
        <source>The %1 text is missing.</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Немає тексту: %1.</translation>
    </message>
    <message>
        <source>A text in %1 is not used.</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Текст (%1) не використовується.</translation>
    </message>
    <message>
        <source>Leads to a question that does not exist: %1.</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Веде до питання, якого немає: %1.</translation>
    </message>
    <message>
        <source>Leads to a service that does not exist: %1.</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Веде до послуги, якої немає: %1.</translation>
    </message>
    <message>
        <source>Choose what this answer leads to.</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Виберіть, куди веде ця відповідь.</translation>
    </message>
    <message>
        <source>Add at least one service.</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Додайте хоча б одну послугу.</translation>
    </message>
    <message>
        <source>No answer leads to this question.</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Жодна відповідь не веде до цього питання.</translation>
    </message>
    <message>
        <source>The questions go round in a circle: %1.</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Питання йдуть по колу: %1.</translation>
    </message>
    <message>
        <source>Two answers have the same id: %1.</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Дві відповіді мають однаковий id: %1.</translation>
    </message>
    <message>
        <source>Two questions have the same id: %1.</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Два питання мають однаковий id: %1.</translation>
    </message>
    <message>
        <source>Two services have the same id: %1.</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Дві послуги мають однаковий id: %1.</translation>
    </message>
    <message>
        <source>Add at least one answer.</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Додайте хоча б одну відповідь.</translation>
    </message>
    <message>
        <source>The ticket letter must be 1 or 2 capital letters.</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Літера номера — це 1 або 2 великі літери.</translation>
    </message>
    <message>
        <source>Add the times when this worker visits.</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Додайте час, коли цей фахівець приходить.</translation>
    </message>
    <message>
        <source>Only a visiting worker has times.</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Час мають лише фахівці, до яких записуються.</translation>
    </message>
    <message>
        <source>Write the time as HH:MM, for example 09:30 (now: %1).</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Пишіть час як ГГ:ХХ, наприклад 09:30 (зараз: %1).</translation>
    </message>
    <message>
        <source>Choose a weekday (now: %1).</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Виберіть день тижня (зараз: %1).</translation>
    </message>
    <message>
        <source>The start must be before the end.</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Початок має бути раніше за кінець.</translation>
    </message>
    <message>
        <source>Do not mix walk-in and booked services in one answer.</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Не змішуйте в одній відповіді послуги без запису і послуги за записом.</translation>
    </message>
    <message>
        <source>Two services use the ticket letter %1: %2.</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Дві послуги мають літеру номера %1: %2.</translation>
    </message>
    <message>
        <source>The first question does not exist: %1.</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Першого питання немає: %1.</translation>
    </message>
    <message>
        <source>The front desk service does not exist: %1.</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Послуги інформаційної стійки немає: %1.</translation>
    </message>
    <message>
        <source>The front desk service must take walk-ins.</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Послуга інформаційної стійки має приймати без запису.</translation>
    </message>
    <message>
        <source>A time slot must be 5 to 240 minutes.</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Час прийому має бути від 5 до 240 хвилин.</translation>
    </message>
    <message>
        <source>An id may have only a–z, 0–9, - and _: %1.</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Id може мати лише a–z, 0–9, - і _: %1.</translation>
    </message>
    <message>
        <source>Question &apos;%1&apos;, answer &apos;%2&apos;</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Питання &apos;%1&apos;, відповідь &apos;%2&apos;</translation>
    </message>
    <message>
        <source>Question &apos;%1&apos;</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Питання &apos;%1&apos;</translation>
    </message>
    <message>
        <source>Service &apos;%1&apos;</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Послуга &apos;%1&apos;</translation>
    </message>
    <message>
        <source>The centre</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Центр</translation>
    </message>
    <message>
        <source>Front desk service</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Послуга інформаційної стійки</translation>
    </message>
    <message>
        <source>The whole routing</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Усі питання</translation>
    </message>
</context>
<context>
    <name>AdminServices</name>
    <message>
        <source>Days off</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Вихідні дні</translation>
    </message>
    <message>
        <source>Holidays: the centre is closed</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Свята: центр зачинено</translation>
    </message>
    <message>
        <source>Note for staff (optional)</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Примітка для працівників (необов’язково)</translation>
    </message>
    <message>
        <source>Add day off</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Додати вихідний</translation>
    </message>
    <message>
        <source>Remove the chosen day</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Видалити вибраний день</translation>
    </message>
    <message>
        <source>Needs the hub: not connected.</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Потрібен сервер: немає з’єднання.</translation>
    </message>
    <message>
        <source>No days off in the next two months.</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Немає вихідних у наступні два місяці.</translation>
    </message>
    <message>
        <source>Day off saved.</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Вихідний збережено.</translation>
    </message>
    <message>
        <source>%1 visitors have booked a time that day. Cancel their bookings and mark the day off?</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Записів на цей день: %1. Скасувати їх і зробити день вихідним?</translation>
    </message>
    <message>
        <source>Cancel the bookings, mark the day off</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Скасувати записи, зробити день вихідним</translation>
    </message>
    <message>
        <source>Bookings on that day</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Записи на цей день</translation>
    </message>
    <message>
        <source>Keep the bookings</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Залишити записи</translation>
    </message>
    <message>
        <source>The hub does not answer.</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Сервер не відповідає.</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Не збережено: %1</translation>
    </message>
    <message>
        <source>Today</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Сьогодні</translation>
    </message>
    <message>
        <source>Away: the kiosk sends visitors to the front desk instead.</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Немає на місці: кіоск відправляє відвідувачів до інформаційної стійки.</translation>
    </message>
    <message>
        <source>Asking the hub…</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Запитую сервер…</translation>
    </message>
    <message>
        <source>Present</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>На місці</translation>
    </message>
    <message>
        <source>Away</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Немає на місці</translation>
    </message>
    <message>
        <source>Mark away</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Позначити: немає</translation>
    </message>
    <message>
        <source>Mark present</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Позначити: на місці</translation>
    </message>
    <message>
        <source>Add a walk-in service</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Додати послугу без запису</translation>
    </message>
    <message>
        <source>Add a visiting worker</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Додати фахівця за записом</translation>
    </message>
    <message>
        <source>Remove the service</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Видалити послугу</translation>
    </message>
    <message>
        <source>The centre</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Центр</translation>
    </message>
    <message>
        <source>Name of the centre</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Назва центру</translation>
    </message>
    <message>
        <source>Walk-in visitors get a number only at these times.</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Відвідувачі без запису отримують номер лише в цей час.</translation>
    </message>
    <message>
        <source>Languages at the kiosk</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Мови кіоску</translation>
    </message>
    <message>
        <source>The kiosk offers these, the first as its own. A language you add needs its texts everywhere before you can publish; one you take away takes its texts with it.</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Кіоск пропонує ці мови, першу як основну. Мові, яку ви додаєте, потрібні тексти скрізь, перш ніж можна опублікувати; мова, яку ви прибираєте, забирає свої тексти з собою.</translation>
    </message>
    <message>
        <source>Front desk service:</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Послуга інформаційної стійки:</translation>
    </message>
    <message>
        <source>Visitors go here when they want to talk to someone, or when a service is away.</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Відвідувачі йдуть сюди, коли хочуть з кимось поговорити або коли послуги немає на місці.</translation>
    </message>
    <message>
        <source>Name</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Назва</translation>
    </message>
    <message>
        <source>Room</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Кімната</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Тип:</translation>
    </message>
    <message>
        <source>Ticket letter:</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Літера номера:</translation>
    </message>
    <message>
        <source>Id:</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Id:</translation>
    </message>
    <message>
        <source>Walk-in: a queue number now</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Без запису: номер у черзі одразу</translation>
    </message>
    <message>
        <source>Visiting worker: book a time</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Фахівець за записом: запис на час</translation>
    </message>
    <message>
        <source>Discreet</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Конфіденційна</translation>
    </message>
    <message>
        <source>The waiting-room screen shows only the number and the room, never the service. Its numbers start with the front desk&apos;s letter, so nobody can tell who came for it.</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Екран у залі очікування показує лише номер і кімнату, ніколи не послугу. Номери починаються з літери інформаційної стійки, тому ніхто не знає, до кого прийшла людина.</translation>
    </message>
    <message>
        <source>Visiting times</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Час візитів</translation>
    </message>
    <message>
        <source>the centre</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>центр</translation>
    </message>
    <message>
        <source>visiting</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>візити</translation>
    </message>
    <message>
        <source>Answers that lead here: %1</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Відповіді, що ведуть сюди: %1</translation>
    </message>
    <message>
        <source>No answer leads here yet (choose it under Questions).</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Жодна відповідь ще не веде сюди (виберіть її в розділі «Питання»).</translation>
    </message>
    <message>
        <source>Only this service is in %1 on %2. Anyone can read that, so a number called to %1 then tells the waiting room who came for it. Share the room on those days if you can.</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Лише ця послуга є в %1 у такі дні: %2. Це може прочитати будь-хто, тож номер, викликаний тоді в %1, підкаже залі очікування, хто прийшов саме сюди. Якщо можете, діліть кімнату в ці дні з іншою послугою.</translation>
    </message>
    <message>
        <source>Not changed: the id must be new and use only a–z, 0–9, - and _.</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Не змінено: id має бути новим і мати лише a–z, 0–9, - і _.</translation>
    </message>
    <message>
        <source>Remove &apos;%1&apos;?</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Видалити &apos;%1&apos;?</translation>
    </message>
    <message>
        <source>%1 answers lead to it: they will show a problem until you change them.</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>До неї ведуть відповіді (%1): вони показуватимуть проблему, поки ви їх не зміните.</translation>
    </message>
    <message>
        <source>Remove</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Видалити</translation>
    </message>
    <message>
        <source>Keep it</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Залишити</translation>
    </message>
    <message>
        <source>Opening hours</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Години роботи</translation>
    </message>
    <message>
        <source>Day</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>День</translation>
    </message>
    <message>
        <source>Starts</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Початок</translation>
    </message>
    <message>
        <source>Ends</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Кінець</translation>
    </message>
    <message>
        <source>Minutes per visit</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Хвилин на візит</translation>
    </message>
    <message>
        <source>Add a row</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Додати рядок</translation>
    </message>
    <message>
        <source>Remove the row</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Видалити рядок</translation>
    </message>
</context>
<context>
    <name>AdminStats</name>
    <message>
        <source>This week</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Цей тиждень</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Останні 30 днів</translation>
    </message>
    <message>
        <source>Dates I choose</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Дати, які я виберу</translation>
    </message>
    <message>
        <source>Period:</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Період:</translation>
    </message>
    <message>
        <source>Show</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Показати</translation>
    </message>
    <message>
        <source>Save as CSV…</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Зберегти як CSV…</translation>
    </message>
    <message>
        <source>visitors</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>відвідувачі</translation>
    </message>
    <message>
        <source>did not come when called</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>не прийшли на виклик</translation>
    </message>
    <message>
        <source>booked times kept</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>прийшли на запис</translation>
    </message>
    <message>
        <source>median wait</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>медіана очікування</translation>
    </message>
    <message>
        <source>Keep the details of each visit for (days):</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Зберігати деталі кожного візиту (днів):</translation>
    </message>
    <message>
        <source>Save</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Зберегти</translation>
    </message>
    <message>
        <source>After that only the counts stay: the figures do not change.</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Потім залишаються лише підсумки: цифри не змінюються.</translation>
    </message>
    <message>
        <source>Needs the hub: not connected.</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Потрібен сервер: немає з’єднання.</translation>
    </message>
    <message>
        <source>The end date is before the start date.</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Дата кінця раніше за дату початку.</translation>
    </message>
    <message>
        <source>Asking the hub…</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Запитую сервер…</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Збережено.</translation>
    </message>
    <message>
        <source>The hub does not answer.</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Сервер не відповідає.</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Не збережено: %1</translation>
    </message>
    <message>
        <source>No figures: %1</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Немає цифр: %1</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>%1 з %2</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>%1 хв</translation>
    </message>
    <message>
        <source>Visitors per day</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Відвідувачі за день</translation>
    </message>
    <message>
        <source>Visitors by hour of the day</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Відвідувачі за годинами дня</translation>
    </message>
    <message>
        <source>wanted to talk</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>хотіли поговорити</translation>
    </message>
    <message>
        <source>Visitors per service</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Відвідувачі за послугами</translation>
    </message>
    <message>
        <source>First answer chosen</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Перша вибрана відповідь</translation>
    </message>
    <message>
        <source>half waited less</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>половина чекала менше</translation>
    </message>
    <message>
        <source>9 in 10 waited less</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>9 з 10 чекали менше</translation>
    </message>
    <message>
        <source>Waits in minutes</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Очікування у хвилинах</translation>
    </message>
    <message>
        <source>Show the figures first.</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Спершу покажіть цифри.</translation>
    </message>
    <message>
        <source>Save as CSV</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Зберегти як CSV</translation>
    </message>
    <message>
        <source>Saved: %1</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Збережено: %1</translation>
    </message>
</context>
<context>
    <name>AdminVersions</name>
    <message>
        <source>When</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Коли</translation>
    </message>
    <message>
        <source>Who</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Хто</translation>
    </message>
    <message>
        <source>Note</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Примітка</translation>
    </message>
    <message>
        <source>In use</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Використовується</translation>
    </message>
    <message>
        <source>Choose two versions to see what changed between them.</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Виберіть дві версії, щоб побачити, що змінилося.</translation>
    </message>
    <message>
        <source>Why? One line, e.g. &apos;Back to the spring questions&apos;</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Чому? Один рядок, напр. &apos;Повертаємо весняні питання&apos;</translation>
    </message>
    <message>
        <source>Make this version active again</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Знову використовувати цю версію</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Оновити</translation>
    </message>
    <message>
        <source>Routing templates from the region</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Шаблони маршрутизації від регіону</translation>
    </message>
    <message>
        <source>Adopt as my draft</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Взяти як мою чернетку</translation>
    </message>
    <message>
        <source>✔ in use</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>✔ використовується</translation>
    </message>
    <message>
        <source>What changed</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Що змінилося</translation>
    </message>
    <message>
        <source>From version %1 to version %2</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Від версії %1 до версії %2</translation>
    </message>
    <message>
        <source>No differences.</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Різниці немає.</translation>
    </message>
    <message>
        <source>Region not reached since %1</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Немає зв’язку з регіоном з %1</translation>
    </message>
    <message>
        <source>The region refused the figures of %1 (%2 days in all): %3</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Регіон не прийняв дані за %1 (усього днів: %2): %3</translation>
    </message>
    <message>
        <source>This template cannot be your draft: %1</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Цей шаблон не може стати вашою чернеткою: %1</translation>
    </message>
    <message>
        <source>Back to version %1</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Назад до версії %1</translation>
    </message>
    <message>
        <source>Done: the kiosk now uses it (version %1).</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Готово: кіоск тепер використовує її (версія %1).</translation>
    </message>
    <message>
        <source>The hub does not answer.</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Сервер не відповідає.</translation>
    </message>
    <message>
        <source>The hub refused: %1</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Сервер відмовив: %1</translation>
    </message>
</context>
<context>
    <name>AdminWeek</name>
    <message>
        <source>Mon</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Пн</translation>
    </message>
    <message>
        <source>Tue</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Вт</translation>
    </message>
    <message>
        <source>Wed</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Ср</translation>
    </message>
    <message>
        <source>Thu</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Чт</translation>
    </message>
    <message>
        <source>Fri</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Пт</translation>
    </message>
    <message>
        <source>Sat</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Сб</translation>
    </message>
    <message>
        <source>Sun</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Нд</translation>
    </message>
    <message>
        <source>Monday</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Понеділок</translation>
    </message>
    <message>
        <source>Tuesday</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Вівторок</translation>
    </message>
    <message>
        <source>Wednesday</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Середа</translation>
    </message>
    <message>
        <source>Thursday</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Четвер</translation>
    </message>
    <message>
        <source>Friday</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>П’ятниця</translation>
    </message>
    <message>
        <source>Saturday</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Субота</translation>
    </message>
    <message>
        <source>Sunday</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Неділя</translation>
    </message>
</context>
<context>
    <name>Common</name>
    <message>
        <source>Are you still there?</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Ви ще тут?</translation>
    </message>
    <message>
        <source>Soon the screen will start over.</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Скоро екран повернеться на початок.</translation>
    </message>
    <message>
        <source>I need more time</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Мені треба більше часу</translation>
    </message>
    <message>
        <source>Please ask the staff at the desk.</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Будь ласка, запитайте працівників на стійці.</translation>
    </message>
    <message>
        <source>The kiosk will be back soon.</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Кіоск скоро знову працюватиме.</translation>
    </message>
    <message>
        <source>For staff: the hub does not know this kiosk&apos;s token, so it cannot give tickets. See the install guide.</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Для персоналу: сервер не знає токен цього кіоску, тому кіоск не може видавати талони. Дивіться інструкцію зі встановлення.</translation>
    </message>
    <message>
        <source>A B C D E F G H I J K L M N O P Q R S T U V W X Y Z</source>
        <comment>the names of the letters of a ticket number (A12), for the voice: 26, in this order</comment>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>а бе це де е еф ґе аш і йот ка ель ем ен о пе ку ер ес те у ве дубль-ве ікс ігрек зет</translation>
    </message>
</context>
<context>
    <name>Display</name>
    <message>
        <source>Now serving</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Зараз обслуговуємо</translation>
    </message>
    <message>
        <source>Previous calls</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Попередні виклики</translation>
    </message>
    <message>
        <source>Waiting now</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Зараз чекають</translation>
    </message>
    <message>
        <source>Queue numbers are shown here</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Тут показані номери в черзі</translation>
    </message>
    <message>
        <source>People</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Людей</translation>
    </message>
    <message>
        <source>Wait about</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Чекати приблизно</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>%1 хв</translation>
    </message>
    <message>
        <source>More services: %1</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Інші послуги: %1</translation>
    </message>
    <message>
        <source>Not here now</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Зараз немає на місці</translation>
    </message>
    <message>
        <source>Closed</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Зачинено</translation>
    </message>
    <message>
        <source>Open again %1 %2</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Знову відкрито: %1 %2</translation>
    </message>
    <message>
        <source>d MMM</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>d MMM</translation>
    </message>
    <message>
        <source>Connection lost – the display updates when the connection is back</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Немає з’єднання – екран оновиться, коли з’єднання повернеться</translation>
    </message>
    <message>
        <source>This display is not paired with the queue – please tell the staff</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Цей екран не з’єднано з чергою – будь ласка, скажіть працівникам</translation>
    </message>
    <message>
        <source>Mon</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Пн</translation>
    </message>
    <message>
        <source>Tue</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Вт</translation>
    </message>
    <message>
        <source>Wed</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Ср</translation>
    </message>
    <message>
        <source>Thu</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Чт</translation>
    </message>
    <message>
        <source>Fri</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Пт</translation>
    </message>
    <message>
        <source>Sat</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Сб</translation>
    </message>
    <message>
        <source>Sun</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Нд</translation>
    </message>
</context>
<context>
    <name>Languages</name>
    <message>
        <source>Finnish</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Фінська</translation>
    </message>
    <message>
        <source>Swedish</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Шведська</translation>
    </message>
    <message>
        <source>English</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Англійська</translation>
    </message>
    <message>
        <source>Ukrainian</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>українська</translation>
    </message>
    <message>
        <source>Arabic</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>арабська</translation>
    </message>
    <message>
        <source>Somali</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>сомалі</translation>
    </message>
    <message>
        <source>Russian</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>російська</translation>
    </message>
    <message>
        <source>Estonian</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>естонська</translation>
    </message>
</context>
<context>
    <name>Phone</name>
    <message>
        <source>Your number</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Ваш номер</translation>
    </message>
    <message>
        <source>Your place in the queue</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Ваше місце в черзі</translation>
    </message>
    <message>
        <source>Estimated wait</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Приблизний час очікування</translation>
    </message>
    <message>
        <source>{n} min</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>{n} хв</translation>
    </message>
    <message>
        <source>soon</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>скоро</translation>
    </message>
    <message>
        <source>Please wait for your turn</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Будь ласка, чекайте своєї черги</translation>
    </message>
    <message>
        <source>You are next</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Ви наступні</translation>
    </message>
    <message>
        <source>Place</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Місце</translation>
    </message>
    <message>
        <source>It is your turn!</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Ваша черга!</translation>
    </message>
    <message>
        <source>Please come to:</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Будь ласка, підійдіть сюди:</translation>
    </message>
    <message>
        <source>Your visit is finished</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Ваш візит закінчено</translation>
    </message>
    <message>
        <source>Your turn has passed. Please ask at the info desk.</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Ваша черга минула. Будь ласка, запитайте на інформаційній стійці.</translation>
    </message>
    <message>
        <source>This page updates itself.</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Сторінка оновлюється сама.</translation>
    </message>
    <message>
        <source>No connection. Trying again.</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Немає з’єднання. Пробуємо ще раз.</translation>
    </message>
    <message>
        <source>Number not found</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Номер не знайдено</translation>
    </message>
    <message>
        <source>Check the address or ask at the info desk.</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Перевірте адресу або запитайте на інформаційній стійці.</translation>
    </message>
</context>
<context>
    <name>Slip</name>
    <message>
        <source>Your number</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Ваш номер</translation>
    </message>
    <message>
        <source>You are number %1 in the queue.</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Ваше місце в черзі: %1.</translation>
    </message>
    <message>
        <source>You are next.</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Ви наступні.</translation>
    </message>
    <message>
        <source>You will wait about 1 minute.</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Ви чекатимете приблизно 1 хвилину.</translation>
    </message>
    <message>
        <source>You will wait about %1 minutes.</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Ви чекатимете приблизно %1 хв.</translation>
    </message>
    <message>
        <source>Watch the screen. We will call your number.</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Дивіться на екран. Ми викличемо ваш номер.</translation>
    </message>
    <message>
        <source>Scan the code with your phone to follow your turn.</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Відскануйте код телефоном, щоб стежити за чергою.</translation>
    </message>
    <message>
        <source>Your booked time</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Ваш час запису</translation>
    </message>
    <message>
        <source>at %1</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>о&#xa0;%1</translation>
    </message>
    <message>
        <source>Your booking code</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Ваш код запису</translation>
    </message>
    <message>
        <source>When you come, type this code at the kiosk.</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Коли прийдете, введіть цей код у кіоску.</translation>
    </message>
    <message>
        <source>Scan the code with your phone to save the time in your calendar.</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Відскануйте код телефоном, щоб зберегти час у календарі.</translation>
    </message>
</context>
<context>
    <name>Staff</name>
    <message>
        <source>called at %1</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>викликано о&#xa0;%1</translation>
    </message>
    <message>
        <source>Done</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Готово</translation>
    </message>
    <message>
        <source>The visit is over; a journey goes on to its next service.</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Візит закінчено. Якщо є наступна послуга, відвідувач переходить у її чергу.</translation>
    </message>
    <message>
        <source>Call again</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Викликати знову</translation>
    </message>
    <message>
        <source>Show and say the number again.</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Ще раз показати і назвати номер.</translation>
    </message>
    <message>
        <source>Did not come</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Неявка</translation>
    </message>
    <message>
        <source>Mark as no-show. You can still call the number again later.</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Позначити, що відвідувач не прийшов. Номер можна викликати пізніше.</translation>
    </message>
    <message>
        <source>Transfer…</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Передати…</translation>
    </message>
    <message>
        <source>Send the visitor to the end of another service&apos;s queue.</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Відправити відвідувача в кінець черги іншої послуги.</translation>
    </message>
    <message>
        <source>%1 (away)</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>%1 (немає на місці)</translation>
    </message>
    <message>
        <source>Nobody is with you now. Press Call next when you are ready.</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Зараз у вас нікого немає. Натисніть «Викликати наступного», коли будете готові.</translation>
    </message>
    <message>
        <source>Connect to the hub</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>З’єднатися із сервером</translation>
    </message>
    <message>
        <source>Connect this computer to the hub</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>З’єднати цей комп’ютер із сервером</translation>
    </message>
    <message>
        <source>Type the staff token. The person who runs the kiosk gets one with &apos;kiosk token add --role staff&apos;.</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Введіть ключ доступу для працівників. Той, хто керує кіоском, отримує його командою &apos;kiosk token add --role staff&apos;.</translation>
    </message>
    <message>
        <source>Hub: %1</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Сервер: %1</translation>
    </message>
    <message>
        <source>Staff token</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Ключ доступу для працівників</translation>
    </message>
    <message>
        <source>Connect</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>З’єднатися</translation>
    </message>
    <message>
        <source>Not now</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Не зараз</translation>
    </message>
    <message>
        <source>Type the token first.</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Спершу введіть ключ доступу.</translation>
    </message>
    <message>
        <source>My services</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Мої послуги</translation>
    </message>
    <message>
        <source>Which services do you serve at this desk?</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Які послуги ви надаєте за цим столом?</translation>
    </message>
    <message>
        <source>At set times (appointments; a visitor who checks in comes to your list):</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>У домовлений час (записи; відвідувач, який відмітив прихід, з’являється у вашому списку):</translation>
    </message>
    <message>
        <source>Save</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Зберегти</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Скасувати</translation>
    </message>
    <message>
        <source>Choose at least one service.</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Виберіть хоча б одну послугу.</translation>
    </message>
    <message>
        <source>%1 waiting</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Чекають: %1</translation>
    </message>
    <message>
        <source>Present</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>На місці</translation>
    </message>
    <message>
        <source>Away</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Немає на місці</translation>
    </message>
    <message>
        <source>Away: the kiosk does not send new visitors here.</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Немає на місці: кіоск не відправляє сюди нових відвідувачів.</translation>
    </message>
    <message>
        <source>Call</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Викликати</translation>
    </message>
    <message>
        <source>Call the next visitor of this service.</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Викликати наступного відвідувача цієї послуги.</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>%1 хв</translation>
    </message>
    <message>
        <source>from: %1</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>звідки: %1</translation>
    </message>
    <message>
        <source>then: %1</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>потім: %1</translation>
    </message>
    <message>
        <source>Number</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Номер</translation>
    </message>
    <message>
        <source>Service</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Послуга</translation>
    </message>
    <message>
        <source>Place</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Місце</translation>
    </message>
    <message>
        <source>Waited</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Очікування</translation>
    </message>
    <message>
        <source>Note</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Примітка</translation>
    </message>
    <message>
        <source>Kokoomo – staff console</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Kokoomo – робоче місце працівника</translation>
    </message>
    <message>
        <source>My services…</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Мої послуги…</translation>
    </message>
    <message>
        <source>Settings</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Налаштування</translation>
    </message>
    <message>
        <source>Enter another staff token…</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Ввести інший ключ доступу…</translation>
    </message>
    <message>
        <source>No connection to the hub – trying again…</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Немає з’єднання із сервером – пробую знову…</translation>
    </message>
    <message>
        <source>You see the last known queue. The buttons work again when the connection is back.</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Ви бачите останню відому чергу. Кнопки знову запрацюють, коли з’єднання повернеться.</translation>
    </message>
    <message>
        <source>The hub cannot save: tickets cannot be given.</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Сервер не може зберігати: номери видавати не можна.</translation>
    </message>
    <message>
        <source>Tell the centre&apos;s IT: the disk may be full. It works again by itself once fixed.</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Скажіть IT-службі центру: можливо, диск заповнений. Усе запрацює само, коли це виправлять.</translation>
    </message>
    <message>
        <source>Call next</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Викликати наступного</translation>
    </message>
    <message>
        <source>With you now</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Зараз у вас</translation>
    </message>
    <message>
        <source>Enter a staff token…</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Ввести ключ доступу…</translation>
    </message>
    <message>
        <source>Waiting: %1</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Чекають: %1</translation>
    </message>
    <message>
        <source>Nobody is waiting for your services.</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Ніхто не чекає на ваші послуги.</translation>
    </message>
    <message>
        <source>Next: %1 · %2 · waited %3</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Наступний: %1 · %2 · очікування %3</translation>
    </message>
    <message>
        <source>Choose your services first: My services…</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Спершу виберіть свої послуги: Мої послуги…</translation>
    </message>
    <message>
        <source>This computer has no staff token yet: enter one to see the queue and call.</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Цей комп’ютер ще не має ключа доступу: введіть його, щоб бачити чергу і викликати.</translation>
    </message>
    <message>
        <source>Connected to the hub.</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>З’єднано із сервером.</translation>
    </message>
</context>
<context>
    <name>StaffAppointments</name>
    <message>
        <source>Checked in: %1</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Відмічено прихід: %1</translation>
    </message>
    <message>
        <source>Booked</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Записано</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Скасовано</translation>
    </message>
    <message>
        <source>Did not come</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Неявка</translation>
    </message>
    <message>
        <source>The time has come and the visitor is not here.</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Час настав, а відвідувача немає.</translation>
    </message>
    <message>
        <source>Cancel…</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Скасувати…</translation>
    </message>
    <message>
        <source>Cancel the booking: the time is free again.</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Скасувати запис: час знову вільний.</translation>
    </message>
    <message>
        <source>Mark a day off…</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Позначити вихідний…</translation>
    </message>
    <message>
        <source>None of your services takes appointments. Choose one in My services…</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Жодна з ваших послуг не має запису. Виберіть її в «Мої послуги…»</translation>
    </message>
    <message>
        <source>A visitor who checks in at the kiosk comes to your waiting list first: use Call next.</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Відвідувач, який відмітив прихід у кіоску, спершу з’являється у вашому списку очікування: натисніть «Викликати наступного».</translation>
    </message>
    <message>
        <source>Reading the bookings…</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Читаю записи…</translation>
    </message>
    <message>
        <source>The hub does not show bookings without a staff token.</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Сервер не показує записи без ключа доступу працівника.</translation>
    </message>
    <message>
        <source>The bookings could not be read. The console tries again in a minute.</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Не вдалося прочитати записи. Програма спробує знову за хвилину.</translation>
    </message>
    <message>
        <source>No bookings.</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Записів немає.</translation>
    </message>
    <message>
        <source>Free times: %1</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Вільний час: %1</translation>
    </message>
    <message>
        <source>No free times.</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Вільного часу немає.</translation>
    </message>
    <message>
        <source>%1 at every centre this week</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>%1 у всіх центрах цього тижня</translation>
    </message>
    <message>
        <source>The region does not answer: the other centres&apos; times are not shown.</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Регіон не відповідає: час в інших центрах не показано.</translation>
    </message>
    <message>
        <source>No bookings at any centre.</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Немає записів у жодному центрі.</translation>
    </message>
    <message>
        <source>came</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>прийшов</translation>
    </message>
    <message>
        <source>did not come</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>не прийшов</translation>
    </message>
    <message>
        <source>The whole centre is closed this day.</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Увесь центр у цей день зачинено.</translation>
    </message>
    <message>
        <source>Day off: %1</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Вихідний: %1</translation>
    </message>
    <message>
        <source>Not off after all</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Усе ж не вихідний</translation>
    </message>
    <message>
        <source>The free times come back to the kiosk.</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Вільний час знову з’являється в кіоску.</translation>
    </message>
    <message>
        <source>Cancel the booking?</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Скасувати запис?</translation>
    </message>
    <message>
        <source>Cancel the booking %1?</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Скасувати запис %1?</translation>
    </message>
    <message>
        <source>The time becomes free for others. The visitor is not told: if you can, tell them yourself.</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Час стане вільним для інших. Відвідувачу ніхто не повідомить: якщо можете, скажіть йому самі.</translation>
    </message>
    <message>
        <source>Cancel the booking</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Скасувати запис</translation>
    </message>
    <message>
        <source>Keep it</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Залишити</translation>
    </message>
    <message>
        <source>Appointments</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Записи</translation>
    </message>
    <message>
        <source>Appointments: %1</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Записи: %1</translation>
    </message>
    <message>
        <source>Mark a day off</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Позначити вихідний</translation>
    </message>
    <message>
        <source>A day when you are not here</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>День, коли вас немає</translation>
    </message>
    <message>
        <source>On a day off the kiosk offers none of your times, and nobody can book them.</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>У вихідний кіоск не пропонує ваш час, і ніхто не може на нього записатися.</translation>
    </message>
    <message>
        <source>Service</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Послуга</translation>
    </message>
    <message>
        <source>Day</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>День</translation>
    </message>
    <message>
        <source>Note for staff</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Примітка для працівників</translation>
    </message>
    <message>
        <source>for example: training day (optional)</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>наприклад: день навчання (необов’язково)</translation>
    </message>
    <message>
        <source>Close</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Закрити</translation>
    </message>
    <message>
        <source>Cancel these bookings and mark the day off</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Скасувати ці записи і позначити вихідний</translation>
    </message>
    <message>
        <source>Mark the day off</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Позначити вихідний</translation>
    </message>
    <message>
        <source>Visitors have booked these times that day:</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Відвідувачі записалися на цей час у цей день:</translation>
    </message>
    <message>
        <source>The hub cannot tell them. If you cancel, the kiosk says so when they come to check in.</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Сервер не може їм повідомити. Якщо ви скасуєте, кіоск скаже про це, коли вони прийдуть відмітитися.</translation>
    </message>
    <message>
        <source>The hub did not do this. The hub says: %1</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Сервер цього не зробив. Сервер каже: %1</translation>
    </message>
</context>
<context>
    <name>StaffNotice</name>
    <message>
        <source>The kiosk&apos;s printer: %1 – %2</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Принтер кіоску: %1 – %2</translation>
    </message>
    <message>
        <source>The kiosk “%1” has not been in touch since %2. Is it on, and on the network?</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Кіоск «%1» не виходить на зв’язок з %2. Чи він увімкнений і в мережі?</translation>
    </message>
    <message>
        <source>The kiosk “%1” is in touch again – %2</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Кіоск «%1» знову на зв’язку – %2</translation>
    </message>
    <message>
        <source>The waiting-room screen “%1” has not been in touch since %2. Is it on, and on the network?</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Екран у залі очікування «%1» не виходить на зв’язок з %2. Чи він увімкнений і в мережі?</translation>
    </message>
    <message>
        <source>The waiting-room screen “%1” is in touch again – %2</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Екран у залі очікування «%1» знову на зв’язку – %2</translation>
    </message>
    <message>
        <source>The kiosk: %1 – %2</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Кіоск: %1 – %2</translation>
    </message>
    <message>
        <source>OK, hide</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>OK, сховати</translation>
    </message>
    <message>
        <source>Hide this until the kiosk sends a new notice.</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Сховати, поки кіоск не надішле нове повідомлення.</translation>
    </message>
</context>
<context>
    <name>StaffStatus</name>
    <message>
        <source>You called %1.</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Ви викликали %1.</translation>
    </message>
    <message>
        <source>Nobody is waiting now.</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Зараз ніхто не чекає.</translation>
    </message>
    <message>
        <source>%1 was called again.</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>%1 викликано знову.</translation>
    </message>
    <message>
        <source>%1 is done.</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>%1 — готово.</translation>
    </message>
    <message>
        <source>%1 is done here and now waits for: %2.</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>%1 — тут готово, тепер чекає: %2.</translation>
    </message>
    <message>
        <source>%1 is marked as did not come.</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>%1 позначено як неявку.</translation>
    </message>
    <message>
        <source>%1 now waits for: %2.</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>%1 тепер чекає: %2.</translation>
    </message>
    <message>
        <source>You are present: %2.</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Ви на місці: %2.</translation>
    </message>
    <message>
        <source>You are away: %2. The kiosk does not send new visitors there.</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Вас немає на місці: %2. Кіоск не відправляє туди нових відвідувачів.</translation>
    </message>
    <message>
        <source>The hub did not do this. The hub says: %3</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Сервер цього не зробив. Сервер каже: %3</translation>
    </message>
    <message>
        <source>The hub does not accept this computer&apos;s token. Enter a staff token.</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Сервер не приймає ключ доступу цього комп’ютера. Введіть ключ доступу працівника.</translation>
    </message>
    <message>
        <source>The hub did not answer. Check the lists before you try again.</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Сервер не відповів. Перевірте списки, перш ніж спробувати знову.</translation>
    </message>
    <message>
        <source>Something went wrong at the hub. The hub says: %3</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>На сервері щось пішло не так. Сервер каже: %3</translation>
    </message>
    <message>
        <source>The booking %1 is cancelled.</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Запис %1 скасовано.</translation>
    </message>
    <message>
        <source>The booking %1 is marked as did not come.</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Запис %1 позначено як неявку.</translation>
    </message>
    <message>
        <source>%1 is a day off: %2.</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>%1 — вихідний: %2.</translation>
    </message>
    <message>
        <source>%1 is not a day off after all: %2.</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>%1 — усе ж не вихідний: %2.</translation>
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
        <translation>Сьогодні · %1</translation>
    </message>
    <message>
        <source>Tomorrow · %1</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Завтра · %1</translation>
    </message>
</context>
<context>
    <name>Visitor</name>
    <message>
        <source>I don&apos;t know – I want to talk to someone</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Не знаю – хочу з кимось поговорити</translation>
    </message>
    <message>
        <source>Back</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Назад</translation>
    </message>
    <message>
        <source>Start over</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Почати спочатку</translation>
    </message>
    <message>
        <source>Mondays</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>По понеділках</translation>
    </message>
    <message>
        <source>Tuesdays</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>По вівторках</translation>
    </message>
    <message>
        <source>Wednesdays</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>По середах</translation>
    </message>
    <message>
        <source>Thursdays</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>По четвергах</translation>
    </message>
    <message>
        <source>Fridays</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>По п’ятницях</translation>
    </message>
    <message>
        <source>Saturdays</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>По суботах</translation>
    </message>
    <message>
        <source>Sundays</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>По неділях</translation>
    </message>
    <message>
        <source>This worker is here at these times:</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Цей фахівець буває тут у такий час:</translation>
    </message>
    <message>
        <source>Do you want to book this time?</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Записатися на цей час?</translation>
    </message>
    <message>
        <source>at %1</source>
        <comment>a time on its own line: at 10.30</comment>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>о&#xa0;%1</translation>
    </message>
    <message>
        <source>Place: %1</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Місце: %1</translation>
    </message>
    <message>
        <source>Book this time</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Записатися на цей час</translation>
    </message>
    <message>
        <source>Choose another time</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Вибрати інший час</translation>
    </message>
    <message>
        <source>The staff at the desk can help you now.</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Працівники на стійці можуть допомогти вам зараз.</translation>
    </message>
    <message>
        <source>Take a number for the desk</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Взяти номер у черзі</translation>
    </message>
    <message>
        <source>Your number is</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Ваш номер</translation>
    </message>
    <message>
        <source>You are number %1 in the queue.</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Ваше місце в черзі: %1.</translation>
    </message>
    <message>
        <source>You are next.</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Ви наступні.</translation>
    </message>
    <message>
        <source>You will wait about 1 minute.</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Ви чекатимете приблизно 1 хвилину.</translation>
    </message>
    <message>
        <source>You will wait about %1 minutes.</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Ви чекатимете приблизно %1 хв.</translation>
    </message>
    <message>
        <source>Please wait here. We will call your number.</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Будь ласка, чекайте тут. Ми викличемо ваш номер.</translation>
    </message>
    <message>
        <source>Scan to follow your turn on your phone</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Відскануйте код. Ви побачите чергу в телефоні.</translation>
    </message>
    <message>
        <source>Your time is booked. Your code is</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Вас записано. Ваш код:</translation>
    </message>
    <message>
        <source>Type this code at the kiosk when you come.</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Коли прийдете, введіть цей код у кіоску.</translation>
    </message>
    <message>
        <source>Scan with your phone camera to save the time in your calendar.</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Відскануйте камерою телефону, щоб зберегти час у календарі.</translation>
    </message>
    <message>
        <source>Done</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Готово</translation>
    </message>
    <message>
        <source>Welcome! We help you find the right person.</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Вітаємо! Допоможемо знайти потрібну людину.</translation>
    </message>
    <message>
        <source>You do not need to give your name.</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Не треба називати своє ім’я.</translation>
    </message>
    <message>
        <source>Choose your language</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Виберіть мову</translation>
    </message>
    <message>
        <source>Start</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Почати</translation>
    </message>
    <message>
        <source>I have a booked time</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>У мене є запис на час</translation>
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
        <translation>сьогодні</translation>
    </message>
    <message>
        <source>tomorrow</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>завтра</translation>
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
        <translation>Відкриття: %1 о&#xa0;%2.</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <comment>a day heading and a time: Tuesday 3 Mar at 10.30</comment>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>%1, о&#xa0;%2</translation>
    </message>
    <message>
        <source>No signs typed yet.</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Ви ще нічого не ввели.</translation>
    </message>
    <message>
        <source>The code has %1 letters and numbers.</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Кількість знаків у коді: %1 (літери і цифри).</translation>
    </message>
    <message>
        <source>Delete</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Стерти</translation>
    </message>
    <message>
        <source>Clear all</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Стерти все</translation>
    </message>
    <message>
        <source>Check in</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Відмітити прихід</translation>
    </message>
    <message>
        <source>Type the code again</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Ввести код знову</translation>
    </message>
    <message>
        <source>Type your booking code</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Введіть код</translation>
    </message>
    <message>
        <source>Please ask at the desk.</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Будь ласка, запитайте на стійці.</translation>
    </message>
    <message>
        <source>It is too early to check in.</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Ще зарано відмічати прихід.</translation>
    </message>
    <message>
        <source>Your booked time: %1.</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Ваш час запису: %1.</translation>
    </message>
    <message>
        <source>This booking is no longer valid.</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Цей запис більше не дійсний.</translation>
    </message>
    <message>
        <source>You can check in from %1. Please come back then.</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Відмітити прихід можна з %1. Будь ласка, приходьте тоді.</translation>
    </message>
    <message>
        <source>Your time has passed.</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Ваш час минув.</translation>
    </message>
    <message>
        <source>You have already checked in.</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Ви вже відмітили прихід.</translation>
    </message>
    <message>
        <source>Your number is %1.</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Ваш номер: %1.</translation>
    </message>
    <message>
        <source>This booking was cancelled.</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Цей запис скасовано.</translation>
    </message>
    <message>
        <source>Wait a moment, then try again.</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Зачекайте трохи і спробуйте знову.</translation>
    </message>
    <message>
        <source>Check the code, or ask at the desk.</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Перевірте код або запитайте на стійці.</translation>
    </message>
    <message>
        <source>We did not find this code.</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Ми не знайшли цей код.</translation>
    </message>
    <message>
        <source>Check it, or ask at the desk.</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Перевірте його або запитайте на стійці.</translation>
    </message>
    <message>
        <source>The centre is closed now.</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Зачинено.</translation>
    </message>
    <message>
        <source>Opening hours:</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Години роботи:</translation>
    </message>
    <message>
        <source>You can still book a time.</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Ви все одно можете записатися на час.</translation>
    </message>
    <message>
        <source>Book a time</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Записатися</translation>
    </message>
    <message>
        <source>Back to the start</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Назад на початок</translation>
    </message>
    <message>
        <source>Closed now.</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Зараз зачинено.</translation>
    </message>
    <message>
        <source>Booking code: %1. Type it at the kiosk when you come.</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Код запису: %1. Коли прийдете, введіть його в кіоску.</translation>
    </message>
    <message>
        <source>Who do you want to meet?</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>З ким ви хочете зустрітися?</translation>
    </message>
    <message>
        <source>Choose a time that suits you.</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Виберіть зручний час.</translation>
    </message>
    <message>
        <source>Somebody just took that time. Please choose another.</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Хтось щойно взяв цей час. Будь ласка, виберіть інший.</translation>
    </message>
    <message>
        <source>That time cannot be booked any more. Please choose another.</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Цей час уже не можна вибрати. Будь ласка, виберіть інший.</translation>
    </message>
    <message>
        <source>Earlier times</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Раніший час</translation>
    </message>
    <message>
        <source>Later times</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Пізніший час</translation>
    </message>
</context>
</TS>
