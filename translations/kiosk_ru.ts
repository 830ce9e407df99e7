<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU" sourcelanguage="en">
<context>
    <name>Access</name>
    <message>
        <source>Keeps your answers. The screen does not start over.</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Сохраняет ваши ответы. Экран не вернётся к началу.</translation>
    </message>
    <message>
        <source>Changes the language to %1.</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Меняет язык на: %1.</translation>
    </message>
    <message>
        <source>Speech is on. Arrow keys move. Enter chooses. Minus goes back. Plus says it again.</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Озвучивание включено. Стрелки перемещают. Enter выбирает. Минус возвращает назад. Плюс повторяет.</translation>
    </message>
    <message>
        <source>Goes back to the start. Remember your code.</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Возвращает к началу. Запомните свой код.</translation>
    </message>
    <message>
        <source>Deletes the last sign.</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Удаляет последний знак.</translation>
    </message>
    <message>
        <source>Deletes the whole code.</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Удаляет весь код.</translation>
    </message>
    <message>
        <source>Sends the code. You get your queue number.</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Отправляет код. Вы получите номер в очереди.</translation>
    </message>
    <message>
        <source>Gives you a queue number for the front desk.</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Даёт вам номер в очереди к информационной стойке.</translation>
    </message>
    <message>
        <source>Goes back to the first screen.</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Возвращает на первый экран.</translation>
    </message>
    <message>
        <source>Opens the keypad with the code you typed.</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Открывает клавиатуру с кодом, который вы ввели.</translation>
    </message>
    <message>
        <source>Types this sign.</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Вводит этот знак.</translation>
    </message>
    <message>
        <source>Shows the visiting workers and their free times.</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Показывает, к кому можно записаться, и свободное время.</translation>
    </message>
    <message>
        <source>Books the time. You get a code for it.</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Записывает вас на это время. Вы получите код.</translation>
    </message>
    <message>
        <source>Goes back to the free times.</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Возвращает к свободному времени.</translation>
    </message>
    <message>
        <source>An answer to the question: %1</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Ответ на вопрос: %1</translation>
    </message>
    <message>
        <source>Gives you a queue number for the front desk. Staff will help you.</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Даёт вам номер в очереди к информационной стойке. Сотрудники вам помогут.</translation>
    </message>
    <message>
        <source>Goes to the previous question.</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Возвращает к предыдущему вопросу.</translation>
    </message>
    <message>
        <source>Forgets your answers and starts from the first question.</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Удаляет ваши ответы и начинает с первого вопроса.</translation>
    </message>
    <message>
        <source>Goes to the previous screen.</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Возвращает на предыдущий экран.</translation>
    </message>
    <message>
        <source>Chooses this time. You confirm it next.</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Выбирает это время. Потом вы его подтвердите.</translation>
    </message>
    <message>
        <source>Shows the earlier free times.</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Показывает более раннее свободное время.</translation>
    </message>
    <message>
        <source>Shows the next free times.</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Показывает следующее свободное время.</translation>
    </message>
    <message>
        <source>Goes back to the start. Remember your number.</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Возвращает к началу. Запомните свой номер.</translation>
    </message>
    <message>
        <source>Read aloud</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Читать вслух</translation>
    </message>
    <message>
        <source>Says what is on the screen.</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Читает вслух то, что на экране.</translation>
    </message>
    <message>
        <source>No voice</source>
        <comment>Read aloud, when the language has no voice</comment>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Нет голоса</translation>
    </message>
    <message>
        <source>This kiosk cannot read this language aloud.</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Этот киоск не может читать вслух на этом языке.</translation>
    </message>
    <message>
        <source>Shows every language to choose from.</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Показывает все языки, из которых можно выбрать.</translation>
    </message>
    <message>
        <source>Larger text</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Крупный текст</translation>
    </message>
    <message>
        <source>Makes all text bigger. Tap again for normal size.</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Делает весь текст крупнее. Нажмите ещё раз для обычного размера.</translation>
    </message>
    <message>
        <source>Starts the questions.</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Переходит к вопросам.</translation>
    </message>
    <message>
        <source>Opens a keypad for your booking code.</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Открывает клавиатуру для кода записи.</translation>
    </message>
</context>
<context>
    <name>Admin</name>
    <message>
        <source>Kokoomo – admin</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Kokoomo – администрирование</translation>
    </message>
    <message>
        <source>Kiosk admin</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Администрирование киоска</translation>
    </message>
    <message>
        <source>Logged in: %1</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Вы вошли: %1</translation>
    </message>
    <message>
        <source>Log out</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Выйти</translation>
    </message>
    <message>
        <source>Questions</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Вопросы</translation>
    </message>
    <message>
        <source>Services and hours</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Услуги и часы работы</translation>
    </message>
    <message>
        <source>Versions</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Версии</translation>
    </message>
    <message>
        <source>Statistics</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Статистика</translation>
    </message>
    <message>
        <source>Problems to fix before publishing</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Что исправить перед публикацией</translation>
    </message>
    <message>
        <source>What did you change?</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Что вы изменили?</translation>
    </message>
    <message>
        <source>One line, e.g. &apos;New Swedish text for Work&apos;</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Одна строка, напр. &apos;Новый шведский текст для «Работа»&apos;</translation>
    </message>
    <message>
        <source>Undo</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Отменить действие</translation>
    </message>
    <message>
        <source>Discard my changes</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Сбросить мои изменения</translation>
    </message>
    <message>
        <source>Publish</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Опубликовать</translation>
    </message>
    <message>
        <source>Texts in %1 await a native speaker&apos;s review.</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Тексты на этих языках ждут проверки носителем языка: %1.</translation>
    </message>
    <message>
        <source>✔ No problems.</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>✔ Проблем нет.</translation>
    </message>
    <message>
        <source>Publishing…</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Публикация…</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Проверка…</translation>
    </message>
    <message>
        <source>Publish is off: fix the problems listed above first (%1).</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Публиковать нельзя: сначала исправьте проблемы выше (%1).</translation>
    </message>
    <message>
        <source>Publish is off: no connection to the hub.</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Публиковать нельзя: нет связи с сервером.</translation>
    </message>
    <message>
        <source>Nothing to publish: no changes yet.</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Нечего публиковать: изменений ещё нет.</translation>
    </message>
    <message>
        <source>Write in one line what you changed, then publish.</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Напишите одной строкой, что вы изменили, и опубликуйте.</translation>
    </message>
    <message>
        <source>Ready to publish. The kiosk uses it from the next visitor.</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Готово к публикации. Киоск будет использовать это со следующего посетителя.</translation>
    </message>
    <message>
        <source>Published as version %1. The kiosk uses it from the next visitor.</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Опубликовано как версия %1. Киоск будет использовать её со следующего посетителя.</translation>
    </message>
    <message>
        <source>Not published: the hub does not answer. Your changes are kept here.</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Не опубликовано: сервер не отвечает. Ваши изменения сохранены здесь.</translation>
    </message>
    <message>
        <source>Not published: your session has ended. Log in again.</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Не опубликовано: ваш сеанс закончился. Войдите снова.</translation>
    </message>
    <message>
        <source>Not published: %1</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Не опубликовано: %1</translation>
    </message>
    <message>
        <source>The hub does not answer: could not read the routing.</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Сервер не отвечает: не удалось прочитать вопросы.</translation>
    </message>
    <message>
        <source>The region&apos;s template %1</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Шаблон региона %1</translation>
    </message>
    <message>
        <source>Forget every change since the last publish?</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Забыть все изменения после последней публикации?</translation>
    </message>
    <message>
        <source>Discard</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Сбросить</translation>
    </message>
    <message>
        <source>Keep editing</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Продолжить редактирование</translation>
    </message>
    <message>
        <source>Close the admin</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Закрыть администрирование</translation>
    </message>
    <message>
        <source>Your changes are not published. Close and forget them?</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Ваши изменения не опубликованы. Закрыть и забыть их?</translation>
    </message>
    <message>
        <source>Close and forget</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Закрыть и забыть</translation>
    </message>
</context>
<context>
    <name>AdminChanges</name>
    <message>
        <source>question text</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>текст вопроса</translation>
    </message>
    <message>
        <source>label</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>надпись</translation>
    </message>
    <message>
        <source>help text</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>текст подсказки</translation>
    </message>
    <message>
        <source>icon</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>значок</translation>
    </message>
    <message>
        <source>next question</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>следующий вопрос</translation>
    </message>
    <message>
        <source>services</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>услуги</translation>
    </message>
    <message>
        <source>priority</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>приоритет</translation>
    </message>
    <message>
        <source>name</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>название</translation>
    </message>
    <message>
        <source>room</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>кабинет</translation>
    </message>
    <message>
        <source>kind</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>тип</translation>
    </message>
    <message>
        <source>ticket letter</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>буква номера</translation>
    </message>
    <message>
        <source>discreet</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>конфиденциальная</translation>
    </message>
    <message>
        <source>visiting times</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>часы приёма</translation>
    </message>
    <message>
        <source>opening hours</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>часы работы</translation>
    </message>
    <message>
        <source>extra time</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>дополнительное время</translation>
    </message>
    <message>
        <source>first question</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>первый вопрос</translation>
    </message>
    <message>
        <source>front desk service</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>услуга информационной стойки</translation>
    </message>
    <message>
        <source>languages</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>языки</translation>
    </message>
    <message>
        <source>answers</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>ответы</translation>
    </message>
    <message>
        <source>file version</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>версия файла</translation>
    </message>
    <message>
        <source>Answer &apos;%2&apos; in question &apos;%1&apos;</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Ответ &apos;%2&apos; в вопросе &apos;%1&apos;</translation>
    </message>
    <message>
        <source>Question &apos;%1&apos;</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Вопрос &apos;%1&apos;</translation>
    </message>
    <message>
        <source>Service &apos;%1&apos;</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Услуга &apos;%1&apos;</translation>
    </message>
    <message>
        <source>The centre</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Центр</translation>
    </message>
    <message>
        <source>The routing</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Вопросы</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>%2 (%1)</translation>
    </message>
    <message>
        <source>nothing</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>ничего</translation>
    </message>
    <message>
        <source>yes</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>да</translation>
    </message>
    <message>
        <source>no</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>нет</translation>
    </message>
    <message>
        <source>%1: %2 changed from %3 to %4.</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>%1: %2 — изменено с %3 на %4.</translation>
    </message>
    <message>
        <source>%1 changed from %3 to %4.</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>%1 — изменено с %3 на %4.</translation>
    </message>
    <message>
        <source>%1: %2 added: %4.</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>%1: добавлено %2: %4.</translation>
    </message>
    <message>
        <source>%1 added: %4.</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>%1 — добавлено: %4.</translation>
    </message>
    <message>
        <source>%1: %2 removed (was %3).</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>%1: %2 — удалено (было %3).</translation>
    </message>
    <message>
        <source>%1 removed.</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>%1 — удалено.</translation>
    </message>
    <message>
        <source>%1: %2 moved.</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>%1: %2 — перемещено.</translation>
    </message>
    <message>
        <source>%1 moved to another place.</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>%1 — перемещено в другое место.</translation>
    </message>
</context>
<context>
    <name>AdminEditor</name>
    <message>
        <source>Add question</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Добавить вопрос</translation>
    </message>
    <message>
        <source>Add answer</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Добавить ответ</translation>
    </message>
    <message>
        <source>Move up</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Вверх</translation>
    </message>
    <message>
        <source>Move down</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Вниз</translation>
    </message>
    <message>
        <source>Remove</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Удалить</translation>
    </message>
    <message>
        <source>Choose a question or an answer on the left.</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Выберите вопрос или ответ слева.</translation>
    </message>
    <message>
        <source>Question</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Вопрос</translation>
    </message>
    <message>
        <source>Help text under the question (optional)</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Текст подсказки под вопросом (необязательно)</translation>
    </message>
    <message>
        <source>Id:</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Id:</translation>
    </message>
    <message>
        <source>A short name for the computer: a–z, 0–9, - and _.</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Короткое имя для компьютера: a–z, 0–9, - и _.</translation>
    </message>
    <message>
        <source>This is the first question</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Это первый вопрос</translation>
    </message>
    <message>
        <source>Answer button</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Кнопка ответа</translation>
    </message>
    <message>
        <source>Help text on the button (optional)</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Текст подсказки на кнопке (необязательно)</translation>
    </message>
    <message>
        <source>Choose icon…</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Выбрать значок…</translation>
    </message>
    <message>
        <source>Leads to</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Ведёт к</translation>
    </message>
    <message>
        <source>Answer in question &apos;%1&apos;</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Ответ в вопросе &apos;%1&apos;</translation>
    </message>
    <message>
        <source>No icon</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Без значка</translation>
    </message>
    <message>
        <source>Question &apos;%1&apos;</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Вопрос &apos;%1&apos;</translation>
    </message>
    <message>
        <source>Not changed: an id may have only a–z, 0–9, - and _.</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Не изменено: в id могут быть только a–z, 0–9, - и _.</translation>
    </message>
    <message>
        <source>Not changed: that id is already used here.</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Не изменено: этот id здесь уже есть.</translation>
    </message>
    <message>
        <source>Choose an icon</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Выберите значок</translation>
    </message>
    <message>
        <source>Use this icon</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Использовать этот значок</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>Another question:</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Другой вопрос:</translation>
    </message>
    <message>
        <source>Services, in this order:</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Услуги, в таком порядке:</translation>
    </message>
    <message>
        <source>Add service</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Добавить услугу</translation>
    </message>
    <message>
        <source>Priority:</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Приоритет:</translation>
    </message>
    <message>
        <source>0 is normal. A higher number is called first.</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>0 — обычный. Чем больше число, тем раньше вызывают.</translation>
    </message>
    <message>
        <source>Missing</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Нет</translation>
    </message>
</context>
<context>
    <name>AdminPin</name>
    <message>
        <source>%1 min %2 s</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>%1 мин %2 с</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>%1 с</translation>
    </message>
    <message>
        <source>Admin – PIN</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Администрирование – PIN</translation>
    </message>
    <message>
        <source>Type the admin PIN</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Введите PIN администратора</translation>
    </message>
    <message>
        <source>Log in</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Войти</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>Erase one digit</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Стереть одну цифру</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Проверка…</translation>
    </message>
    <message>
        <source>Wrong PIN.</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Неверный PIN.</translation>
    </message>
    <message>
        <source>Tries left: %1.</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Осталось попыток: %1.</translation>
    </message>
    <message>
        <source>No admin PIN is set. On the hub machine, run: kiosk admin --set-pin</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>PIN администратора не задан. На сервере выполните: kiosk admin --set-pin</translation>
    </message>
    <message>
        <source>This PC is not paired with the hub. Start the admin with a token from the hub machine:</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Этот компьютер не связан с сервером. Запустите администрирование с ключом доступа с сервера:</translation>
    </message>
    <message>
        <source>The hub does not answer. Check the network and try again.</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Сервер не отвечает. Проверьте сеть и попробуйте ещё раз.</translation>
    </message>
    <message>
        <source>Something went wrong (%1). Try again.</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Что-то пошло не так (%1). Попробуйте ещё раз.</translation>
    </message>
    <message>
        <source>Too many wrong tries. Try again in %1.</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Слишком много неверных попыток. Попробуйте снова через %1.</translation>
    </message>
    <message>
        <source>You can try again now.</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Теперь можно попробовать снова.</translation>
    </message>
</context>
<context>
    <name>AdminPreview</name>
    <message>
        <source>Preview: the kiosk with your changes</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Предпросмотр: киоск с вашими изменениями</translation>
    </message>
    <message>
        <source>Tap through it as a visitor would. No ticket is made.</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Пройдите всё, как посетитель. Номер не создаётся.</translation>
    </message>
    <message>
        <source>Start over</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Начать сначала</translation>
    </message>
</context>
<context>
    <name>AdminProblems</name>
    <message>
        <source>The %1 text is missing.</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Нет текста: %1.</translation>
    </message>
    <message>
        <source>A text in %1 is not used.</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Текст (%1) не используется.</translation>
    </message>
    <message>
        <source>Leads to a question that does not exist: %1.</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Ведёт к вопросу, которого нет: %1.</translation>
    </message>
    <message>
        <source>Leads to a service that does not exist: %1.</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Ведёт к услуге, которой нет: %1.</translation>
    </message>
    <message>
        <source>Choose what this answer leads to.</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Выберите, куда ведёт этот ответ.</translation>
    </message>
    <message>
        <source>Add at least one service.</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Добавьте хотя бы одну услугу.</translation>
    </message>
    <message>
        <source>No answer leads to this question.</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Ни один ответ не ведёт к этому вопросу.</translation>
    </message>
    <message>
        <source>The questions go round in a circle: %1.</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Вопросы идут по кругу: %1.</translation>
    </message>
    <message>
        <source>Two answers have the same id: %1.</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>У двух ответов одинаковый id: %1.</translation>
    </message>
    <message>
        <source>Two questions have the same id: %1.</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>У двух вопросов одинаковый id: %1.</translation>
    </message>
    <message>
        <source>Two services have the same id: %1.</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>У двух услуг одинаковый id: %1.</translation>
    </message>
    <message>
        <source>Add at least one answer.</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Добавьте хотя бы один ответ.</translation>
    </message>
    <message>
        <source>The ticket letter must be 1 or 2 capital letters.</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Буква номера — это 1 или 2 заглавные буквы.</translation>
    </message>
    <message>
        <source>Add the times when this worker visits.</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Добавьте время, когда этот специалист приходит.</translation>
    </message>
    <message>
        <source>Only a visiting worker has times.</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Время есть только у специалистов по записи.</translation>
    </message>
    <message>
        <source>Write the time as HH:MM, for example 09:30 (now: %1).</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Пишите время как ЧЧ:ММ, например 09:30 (сейчас: %1).</translation>
    </message>
    <message>
        <source>Choose a weekday (now: %1).</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Выберите день недели (сейчас: %1).</translation>
    </message>
    <message>
        <source>The start must be before the end.</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Начало должно быть раньше конца.</translation>
    </message>
    <message>
        <source>Do not mix walk-in and booked services in one answer.</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Не смешивайте в одном ответе услуги без записи и по записи.</translation>
    </message>
    <message>
        <source>Two services use the ticket letter %1: %2.</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>У двух услуг буква номера %1: %2.</translation>
    </message>
    <message>
        <source>The first question does not exist: %1.</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Первого вопроса нет: %1.</translation>
    </message>
    <message>
        <source>The front desk service does not exist: %1.</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Услуги информационной стойки нет: %1.</translation>
    </message>
    <message>
        <source>The front desk service must take walk-ins.</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Услуга информационной стойки должна принимать без записи.</translation>
    </message>
    <message>
        <source>A time slot must be 5 to 240 minutes.</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Время приёма — от 5 до 240 минут.</translation>
    </message>
    <message>
        <source>An id may have only a–z, 0–9, - and _: %1.</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>В id могут быть только a–z, 0–9, - и _: %1.</translation>
    </message>
    <message>
        <source>Question &apos;%1&apos;, answer &apos;%2&apos;</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Вопрос &apos;%1&apos;, ответ &apos;%2&apos;</translation>
    </message>
    <message>
        <source>Question &apos;%1&apos;</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Вопрос &apos;%1&apos;</translation>
    </message>
    <message>
        <source>Service &apos;%1&apos;</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Услуга &apos;%1&apos;</translation>
    </message>
    <message>
        <source>The centre</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Центр</translation>
    </message>
    <message>
        <source>Front desk service</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Услуга информационной стойки</translation>
    </message>
    <message>
        <source>The whole routing</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Все вопросы</translation>
    </message>
</context>
<context>
    <name>AdminServices</name>
    <message>
        <source>Days off</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Выходные дни</translation>
    </message>
    <message>
        <source>Holidays: the centre is closed</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Праздники: центр закрыт</translation>
    </message>
    <message>
        <source>Note for staff (optional)</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Примечание для сотрудников (необязательно)</translation>
    </message>
    <message>
        <source>Add day off</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Добавить выходной</translation>
    </message>
    <message>
        <source>Remove the chosen day</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Удалить выбранный день</translation>
    </message>
    <message>
        <source>Needs the hub: not connected.</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Нужен сервер: нет связи.</translation>
    </message>
    <message>
        <source>No days off in the next two months.</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Нет выходных в ближайшие два месяца.</translation>
    </message>
    <message>
        <source>Day off saved.</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Выходной сохранён.</translation>
    </message>
    <message>
        <source>%1 visitors have booked a time that day. Cancel their bookings and mark the day off?</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Записей на этот день: %1. Отменить их и сделать день выходным?</translation>
    </message>
    <message>
        <source>Cancel the bookings, mark the day off</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Отменить записи, сделать день выходным</translation>
    </message>
    <message>
        <source>Bookings on that day</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Записи на этот день</translation>
    </message>
    <message>
        <source>Keep the bookings</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Оставить записи</translation>
    </message>
    <message>
        <source>The hub does not answer.</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Сервер не отвечает.</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Не сохранено: %1</translation>
    </message>
    <message>
        <source>Today</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Сегодня</translation>
    </message>
    <message>
        <source>Away: the kiosk sends visitors to the front desk instead.</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Нет на месте: киоск отправляет посетителей к информационной стойке.</translation>
    </message>
    <message>
        <source>Asking the hub…</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Запрос к серверу…</translation>
    </message>
    <message>
        <source>Present</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>На месте</translation>
    </message>
    <message>
        <source>Away</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Нет на месте</translation>
    </message>
    <message>
        <source>Mark away</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Отметить отсутствие</translation>
    </message>
    <message>
        <source>Mark present</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Отметить присутствие</translation>
    </message>
    <message>
        <source>Day</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>День</translation>
    </message>
    <message>
        <source>Starts</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Начало</translation>
    </message>
    <message>
        <source>Ends</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Конец</translation>
    </message>
    <message>
        <source>Minutes per visit</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Минут на приём</translation>
    </message>
    <message>
        <source>Add a row</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Добавить строку</translation>
    </message>
    <message>
        <source>Remove the row</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Удалить строку</translation>
    </message>
    <message>
        <source>Add a walk-in service</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Добавить услугу без записи</translation>
    </message>
    <message>
        <source>Add a visiting worker</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Добавить специалиста по записи</translation>
    </message>
    <message>
        <source>Remove the service</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Удалить услугу</translation>
    </message>
    <message>
        <source>The centre</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Центр</translation>
    </message>
    <message>
        <source>Name of the centre</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Название центра</translation>
    </message>
    <message>
        <source>Opening hours</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Часы работы</translation>
    </message>
    <message>
        <source>Walk-in visitors get a number only at these times.</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Посетители без записи получают номер только в это время.</translation>
    </message>
    <message>
        <source>Languages at the kiosk</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Языки киоска</translation>
    </message>
    <message>
        <source>The kiosk offers these, the first as its own. A language you add needs its texts everywhere before you can publish; one you take away takes its texts with it.</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Киоск предлагает эти языки, первый — основной. Для добавленного языка нужны тексты везде, прежде чем можно опубликовать; убранный язык уносит свои тексты с собой.</translation>
    </message>
    <message>
        <source>Front desk service:</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Услуга информационной стойки:</translation>
    </message>
    <message>
        <source>Visitors go here when they want to talk to someone, or when a service is away.</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Посетители идут сюда, когда хотят с кем-то поговорить или когда услуги нет на месте.</translation>
    </message>
    <message>
        <source>Name</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Название</translation>
    </message>
    <message>
        <source>Room</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Кабинет</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Тип:</translation>
    </message>
    <message>
        <source>Ticket letter:</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Буква номера:</translation>
    </message>
    <message>
        <source>Id:</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Id:</translation>
    </message>
    <message>
        <source>Walk-in: a queue number now</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Без записи: номер в очереди сразу</translation>
    </message>
    <message>
        <source>Visiting worker: book a time</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Специалист по записи: запись на время</translation>
    </message>
    <message>
        <source>Discreet</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Конфиденциальная</translation>
    </message>
    <message>
        <source>The waiting-room screen shows only the number and the room, never the service. Its numbers start with the front desk&apos;s letter, so nobody can tell who came for it.</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Экран в зале ожидания показывает только номер и кабинет, никогда не услугу. Номера начинаются с буквы информационной стойки, поэтому никто не узнает, к кому пришёл человек.</translation>
    </message>
    <message>
        <source>Visiting times</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Часы приёма</translation>
    </message>
    <message>
        <source>the centre</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>центр</translation>
    </message>
    <message>
        <source>visiting</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>по записи</translation>
    </message>
    <message>
        <source>Answers that lead here: %1</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Ответы, которые ведут сюда: %1</translation>
    </message>
    <message>
        <source>No answer leads here yet (choose it under Questions).</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Сюда ещё не ведёт ни один ответ (выберите её в разделе «Вопросы»).</translation>
    </message>
    <message>
        <source>Only this service is in %1 on %2. Anyone can read that, so a number called to %1 then tells the waiting room who came for it. Share the room on those days if you can.</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Только эта услуга находится в %1 в эти дни: %2. Это может прочитать любой, поэтому номер, вызванный тогда в %1, подскажет залу ожидания, кто пришёл именно сюда. Если можете, делите комнату в эти дни с другой услугой.</translation>
    </message>
    <message>
        <source>Not changed: the id must be new and use only a–z, 0–9, - and _.</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Не изменено: id должен быть новым и иметь только a–z, 0–9, - и _.</translation>
    </message>
    <message>
        <source>Remove &apos;%1&apos;?</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Удалить &apos;%1&apos;?</translation>
    </message>
    <message>
        <source>%1 answers lead to it: they will show a problem until you change them.</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>К ней ведут ответы (%1): они будут показывать проблему, пока вы их не измените.</translation>
    </message>
    <message>
        <source>Remove</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Удалить</translation>
    </message>
    <message>
        <source>Keep it</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Оставить</translation>
    </message>
</context>
<context>
    <name>AdminStats</name>
    <message>
        <source>This week</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Эта неделя</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Последние 30 дней</translation>
    </message>
    <message>
        <source>Dates I choose</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Выбрать даты</translation>
    </message>
    <message>
        <source>Period:</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Период:</translation>
    </message>
    <message>
        <source>Show</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Показать</translation>
    </message>
    <message>
        <source>Save as CSV…</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Сохранить как CSV…</translation>
    </message>
    <message>
        <source>visitors</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>посетители</translation>
    </message>
    <message>
        <source>did not come when called</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>не пришли по вызову</translation>
    </message>
    <message>
        <source>booked times kept</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>пришли по записи</translation>
    </message>
    <message>
        <source>median wait</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>медиана ожидания</translation>
    </message>
    <message>
        <source>Keep the details of each visit for (days):</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Хранить данные о каждом визите (дней):</translation>
    </message>
    <message>
        <source>Save</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Сохранить</translation>
    </message>
    <message>
        <source>After that only the counts stay: the figures do not change.</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Потом остаются только итоги: цифры не меняются.</translation>
    </message>
    <message>
        <source>Needs the hub: not connected.</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Нужен сервер: нет связи.</translation>
    </message>
    <message>
        <source>The end date is before the start date.</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Дата конца раньше даты начала.</translation>
    </message>
    <message>
        <source>Asking the hub…</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Запрос к серверу…</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Сохранено.</translation>
    </message>
    <message>
        <source>The hub does not answer.</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Сервер не отвечает.</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Не сохранено: %1</translation>
    </message>
    <message>
        <source>No figures: %1</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Нет цифр: %1</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>%1 из %2</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>%1 мин</translation>
    </message>
    <message>
        <source>Visitors per day</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Посетители по дням</translation>
    </message>
    <message>
        <source>Visitors by hour of the day</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Посетители по часам дня</translation>
    </message>
    <message>
        <source>wanted to talk</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>хотели поговорить</translation>
    </message>
    <message>
        <source>Visitors per service</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Посетители по услугам</translation>
    </message>
    <message>
        <source>First answer chosen</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Первый выбранный ответ</translation>
    </message>
    <message>
        <source>half waited less</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>половина ждала меньше</translation>
    </message>
    <message>
        <source>9 in 10 waited less</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>9 из 10 ждали меньше</translation>
    </message>
    <message>
        <source>Waits in minutes</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Ожидание в минутах</translation>
    </message>
    <message>
        <source>Show the figures first.</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Сначала покажите цифры.</translation>
    </message>
    <message>
        <source>Save as CSV</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Сохранить как CSV</translation>
    </message>
    <message>
        <source>Saved: %1</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Сохранено: %1</translation>
    </message>
</context>
<context>
    <name>AdminVersions</name>
    <message>
        <source>When</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Когда</translation>
    </message>
    <message>
        <source>Who</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Кто</translation>
    </message>
    <message>
        <source>Note</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Примечание</translation>
    </message>
    <message>
        <source>In use</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Используется</translation>
    </message>
    <message>
        <source>Choose two versions to see what changed between them.</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Выберите две версии, чтобы увидеть, что изменилось.</translation>
    </message>
    <message>
        <source>Why? One line, e.g. &apos;Back to the spring questions&apos;</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Почему? Одна строка, напр. &apos;Возвращаем весенние вопросы&apos;</translation>
    </message>
    <message>
        <source>Make this version active again</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Снова использовать эту версию</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Обновить</translation>
    </message>
    <message>
        <source>Routing templates from the region</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Шаблоны вопросов от региона</translation>
    </message>
    <message>
        <source>Adopt as my draft</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Взять как мой черновик</translation>
    </message>
    <message>
        <source>✔ in use</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>✔ используется</translation>
    </message>
    <message>
        <source>What changed</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Что изменилось</translation>
    </message>
    <message>
        <source>From version %1 to version %2</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>От версии %1 к версии %2</translation>
    </message>
    <message>
        <source>No differences.</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Разницы нет.</translation>
    </message>
    <message>
        <source>Region not reached since %1</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Нет связи с регионом с %1</translation>
    </message>
    <message>
        <source>The region refused the figures of %1 (%2 days in all): %3</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Регион не принял данные за %1 (всего дней: %2): %3</translation>
    </message>
    <message>
        <source>This template cannot be your draft: %1</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Этот шаблон не может стать вашим черновиком: %1</translation>
    </message>
    <message>
        <source>Back to version %1</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Назад к версии %1</translation>
    </message>
    <message>
        <source>Done: the kiosk now uses it (version %1).</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Готово: киоск теперь использует её (версия %1).</translation>
    </message>
    <message>
        <source>The hub does not answer.</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Сервер не отвечает.</translation>
    </message>
    <message>
        <source>The hub refused: %1</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Сервер отказал: %1</translation>
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
        <translation>Вс</translation>
    </message>
    <message>
        <source>Monday</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Понедельник</translation>
    </message>
    <message>
        <source>Tuesday</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Вторник</translation>
    </message>
    <message>
        <source>Wednesday</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Среда</translation>
    </message>
    <message>
        <source>Thursday</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Четверг</translation>
    </message>
    <message>
        <source>Friday</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Пятница</translation>
    </message>
    <message>
        <source>Saturday</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Суббота</translation>
    </message>
    <message>
        <source>Sunday</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Воскресенье</translation>
    </message>
</context>
<context>
    <name>Common</name>
    <message>
        <source>Are you still there?</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Вы ещё здесь?</translation>
    </message>
    <message>
        <source>Soon the screen will start over.</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Скоро экран вернётся к началу.</translation>
    </message>
    <message>
        <source>I need more time</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Мне нужно больше времени</translation>
    </message>
    <message>
        <source>Please ask the staff at the desk.</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Пожалуйста, спросите сотрудников на стойке.</translation>
    </message>
    <message>
        <source>The kiosk will be back soon.</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Киоск скоро снова заработает.</translation>
    </message>
    <message>
        <source>For staff: the hub does not know this kiosk&apos;s token, so it cannot give tickets. See the install guide.</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Для персонала: сервер не знает токен этого киоска, поэтому киоск не может выдавать талоны. См. инструкцию по установке.</translation>
    </message>
    <message>
        <source>A B C D E F G H I J K L M N O P Q R S T U V W X Y Z</source>
        <comment>the names of the letters of a ticket number (A12), for the voice: 26, in this order</comment>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>а бэ цэ дэ э эф гэ аш и йот ка эль эм эн о пэ ку эр эс тэ у вэ дубль-вэ икс игрек зэт</translation>
    </message>
</context>
<context>
    <name>Display</name>
    <message>
        <source>Now serving</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Сейчас обслуживаем</translation>
    </message>
    <message>
        <source>Queue numbers are shown here</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Здесь показаны номера в очереди</translation>
    </message>
    <message>
        <source>Previous calls</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Предыдущие вызовы</translation>
    </message>
    <message>
        <source>Waiting now</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Сейчас ждут</translation>
    </message>
    <message>
        <source>People</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Человек</translation>
    </message>
    <message>
        <source>Wait about</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Ожидание около</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>%1 мин</translation>
    </message>
    <message>
        <source>More services: %1</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Ещё услуг: %1</translation>
    </message>
    <message>
        <source>Not here now</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Сейчас нет на месте</translation>
    </message>
    <message>
        <source>Closed</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Закрыто</translation>
    </message>
    <message>
        <source>Open again %1 %2</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Откроется: %1, %2</translation>
    </message>
    <message>
        <source>d MMM</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>d MMM</translation>
    </message>
    <message>
        <source>Connection lost – the display updates when the connection is back</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Нет связи – экран обновится, когда связь вернётся</translation>
    </message>
    <message>
        <source>This display is not paired with the queue – please tell the staff</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Этот экран не связан с очередью – пожалуйста, скажите сотрудникам</translation>
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
        <translation>Вс</translation>
    </message>
</context>
<context>
    <name>Languages</name>
    <message>
        <source>Finnish</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>финский</translation>
    </message>
    <message>
        <source>Swedish</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>шведский</translation>
    </message>
    <message>
        <source>English</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>английский</translation>
    </message>
    <message>
        <source>Ukrainian</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>украинский</translation>
    </message>
    <message>
        <source>Arabic</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>арабский</translation>
    </message>
    <message>
        <source>Somali</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>сомалийский</translation>
    </message>
    <message>
        <source>Russian</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>русский</translation>
    </message>
    <message>
        <source>Estonian</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>эстонский</translation>
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
        <translation>Ваше место в очереди</translation>
    </message>
    <message>
        <source>Estimated wait</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Примерное время ожидания</translation>
    </message>
    <message>
        <source>{n} min</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>{n} мин</translation>
    </message>
    <message>
        <source>soon</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>скоро</translation>
    </message>
    <message>
        <source>Please wait for your turn</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Пожалуйста, ждите своей очереди</translation>
    </message>
    <message>
        <source>You are next</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Ваша очередь — следующая</translation>
    </message>
    <message>
        <source>Place</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Место</translation>
    </message>
    <message>
        <source>It is your turn!</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Ваша очередь!</translation>
    </message>
    <message>
        <source>Please come to:</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Пожалуйста, подойдите сюда:</translation>
    </message>
    <message>
        <source>Your visit is finished</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Ваш визит закончен</translation>
    </message>
    <message>
        <source>Your turn has passed. Please ask at the info desk.</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Ваша очередь прошла. Пожалуйста, спросите на информационной стойке.</translation>
    </message>
    <message>
        <source>This page updates itself.</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Страница обновляется сама.</translation>
    </message>
    <message>
        <source>No connection. Trying again.</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Нет связи. Пробуем ещё раз.</translation>
    </message>
    <message>
        <source>Number not found</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Номер не найден</translation>
    </message>
    <message>
        <source>Check the address or ask at the info desk.</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Проверьте адрес или спросите на информационной стойке.</translation>
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
        <translation>Ваше место в очереди: %1.</translation>
    </message>
    <message>
        <source>You are next.</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Ваша очередь — следующая.</translation>
    </message>
    <message>
        <source>You will wait about 1 minute.</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Вы будете ждать примерно 1 минуту.</translation>
    </message>
    <message>
        <source>You will wait about %1 minutes.</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Вы будете ждать примерно %1 мин.</translation>
    </message>
    <message>
        <source>Watch the screen. We will call your number.</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Смотрите на экран. Мы вызовем ваш номер.</translation>
    </message>
    <message>
        <source>Scan the code with your phone to follow your turn.</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Отсканируйте код телефоном, чтобы следить за очередью.</translation>
    </message>
    <message>
        <source>Your booked time</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Время вашей записи</translation>
    </message>
    <message>
        <source>at %1</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>в&#xa0;%1</translation>
    </message>
    <message>
        <source>Your booking code</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Ваш код записи</translation>
    </message>
    <message>
        <source>When you come, type this code at the kiosk.</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Когда придёте, введите этот код в киоске.</translation>
    </message>
    <message>
        <source>Scan the code with your phone to save the time in your calendar.</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Отсканируйте код телефоном, чтобы сохранить время в календаре.</translation>
    </message>
</context>
<context>
    <name>Staff</name>
    <message>
        <source>called at %1</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>вызван в&#xa0;%1</translation>
    </message>
    <message>
        <source>Done</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Готово</translation>
    </message>
    <message>
        <source>The visit is over; a journey goes on to its next service.</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Визит закончен. Если есть следующая услуга, посетитель переходит в её очередь.</translation>
    </message>
    <message>
        <source>Call again</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Вызвать снова</translation>
    </message>
    <message>
        <source>Show and say the number again.</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Ещё раз показать и назвать номер.</translation>
    </message>
    <message>
        <source>Did not come</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Неявка</translation>
    </message>
    <message>
        <source>Mark as no-show. You can still call the number again later.</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Отметить, что посетитель не пришёл. Номер можно вызвать позже.</translation>
    </message>
    <message>
        <source>Transfer…</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Передать…</translation>
    </message>
    <message>
        <source>Send the visitor to the end of another service&apos;s queue.</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Отправить посетителя в конец очереди другой услуги.</translation>
    </message>
    <message>
        <source>%1 (away)</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>%1 (нет на месте)</translation>
    </message>
    <message>
        <source>Nobody is with you now. Press Call next when you are ready.</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Сейчас у вас никого нет. Нажмите «Вызвать следующего», когда будете готовы.</translation>
    </message>
    <message>
        <source>Connect to the hub</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Подключиться к серверу</translation>
    </message>
    <message>
        <source>Connect this computer to the hub</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Подключить этот компьютер к серверу</translation>
    </message>
    <message>
        <source>Type the staff token. The person who runs the kiosk gets one with &apos;kiosk token add --role staff&apos;.</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Введите ключ доступа для сотрудников. Тот, кто управляет киоском, получает его командой &apos;kiosk token add --role staff&apos;.</translation>
    </message>
    <message>
        <source>Hub: %1</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Сервер: %1</translation>
    </message>
    <message>
        <source>Staff token</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Ключ доступа для сотрудников</translation>
    </message>
    <message>
        <source>Connect</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Подключиться</translation>
    </message>
    <message>
        <source>Not now</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Не сейчас</translation>
    </message>
    <message>
        <source>Type the token first.</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Сначала введите ключ доступа.</translation>
    </message>
    <message>
        <source>My services</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Мои услуги</translation>
    </message>
    <message>
        <source>Which services do you serve at this desk?</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Какие услуги вы оказываете за этим столом?</translation>
    </message>
    <message>
        <source>At set times (appointments; a visitor who checks in comes to your list):</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>В назначенное время (записи; посетитель, который отметил приход, появляется в вашем списке):</translation>
    </message>
    <message>
        <source>Save</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Сохранить</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>Choose at least one service.</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Выберите хотя бы одну услугу.</translation>
    </message>
    <message>
        <source>%1 waiting</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Ждут: %1</translation>
    </message>
    <message>
        <source>Present</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>На месте</translation>
    </message>
    <message>
        <source>Away</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Нет на месте</translation>
    </message>
    <message>
        <source>Away: the kiosk does not send new visitors here.</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Нет на месте: киоск не отправляет сюда новых посетителей.</translation>
    </message>
    <message>
        <source>Call</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Вызвать</translation>
    </message>
    <message>
        <source>Call the next visitor of this service.</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Вызвать следующего посетителя этой услуги.</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>%1 мин</translation>
    </message>
    <message>
        <source>from: %1</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>откуда: %1</translation>
    </message>
    <message>
        <source>then: %1</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>затем: %1</translation>
    </message>
    <message>
        <source>Number</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Номер</translation>
    </message>
    <message>
        <source>Service</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Услуга</translation>
    </message>
    <message>
        <source>Place</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Место</translation>
    </message>
    <message>
        <source>Waited</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Ожидание</translation>
    </message>
    <message>
        <source>Note</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Примечание</translation>
    </message>
    <message>
        <source>Kokoomo – staff console</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Kokoomo – рабочее место сотрудника</translation>
    </message>
    <message>
        <source>My services…</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Мои услуги…</translation>
    </message>
    <message>
        <source>Settings</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Настройки</translation>
    </message>
    <message>
        <source>Enter another staff token…</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Ввести другой ключ доступа…</translation>
    </message>
    <message>
        <source>Call next</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Вызвать следующего</translation>
    </message>
    <message>
        <source>With you now</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Сейчас у вас</translation>
    </message>
    <message>
        <source>Enter a staff token…</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Ввести ключ доступа…</translation>
    </message>
    <message>
        <source>No connection to the hub – trying again…</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Нет связи с сервером – пробую снова…</translation>
    </message>
    <message>
        <source>You see the last known queue. The buttons work again when the connection is back.</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Вы видите последнюю известную очередь. Кнопки снова заработают, когда связь вернётся.</translation>
    </message>
    <message>
        <source>The hub cannot save: tickets cannot be given.</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Сервер не может сохранять: номера выдавать нельзя.</translation>
    </message>
    <message>
        <source>Tell the centre&apos;s IT: the disk may be full. It works again by itself once fixed.</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Скажите IT-службе центра: возможно, диск заполнен. Всё заработает само, когда это исправят.</translation>
    </message>
    <message>
        <source>Waiting: %1</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Ждут: %1</translation>
    </message>
    <message>
        <source>Nobody is waiting for your services.</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Никто не ждёт ваших услуг.</translation>
    </message>
    <message>
        <source>Next: %1 · %2 · waited %3</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Следующий: %1 · %2 · ожидание %3</translation>
    </message>
    <message>
        <source>Choose your services first: My services…</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Сначала выберите свои услуги: Мои услуги…</translation>
    </message>
    <message>
        <source>This computer has no staff token yet: enter one to see the queue and call.</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>У этого компьютера ещё нет ключа доступа: введите его, чтобы видеть очередь и вызывать.</translation>
    </message>
    <message>
        <source>Connected to the hub.</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Подключено к серверу.</translation>
    </message>
</context>
<context>
    <name>StaffAppointments</name>
    <message>
        <source>Checked in: %1</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Приход отмечен: %1</translation>
    </message>
    <message>
        <source>Booked</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Записано</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Отменено</translation>
    </message>
    <message>
        <source>Did not come</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Неявка</translation>
    </message>
    <message>
        <source>The time has come and the visitor is not here.</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Время пришло, а посетителя нет.</translation>
    </message>
    <message>
        <source>Cancel…</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Отменить…</translation>
    </message>
    <message>
        <source>Cancel the booking: the time is free again.</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Отменить запись: время снова свободно.</translation>
    </message>
    <message>
        <source>Mark a day off…</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Отметить выходной…</translation>
    </message>
    <message>
        <source>None of your services takes appointments. Choose one in My services…</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Ни одна из ваших услуг не работает по записи. Выберите её в «Мои услуги…»</translation>
    </message>
    <message>
        <source>A visitor who checks in at the kiosk comes to your waiting list first: use Call next.</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Посетитель, который отметил приход в киоске, сначала появляется в вашем списке ожидания: нажмите «Вызвать следующего».</translation>
    </message>
    <message>
        <source>Reading the bookings…</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Загружаю записи…</translation>
    </message>
    <message>
        <source>The hub does not show bookings without a staff token.</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Сервер не показывает записи без ключа доступа сотрудника.</translation>
    </message>
    <message>
        <source>The bookings could not be read. The console tries again in a minute.</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Не удалось прочитать записи. Программа попробует снова через минуту.</translation>
    </message>
    <message>
        <source>No bookings.</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Записей нет.</translation>
    </message>
    <message>
        <source>Free times: %1</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Свободное время: %1</translation>
    </message>
    <message>
        <source>No free times.</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Свободного времени нет.</translation>
    </message>
    <message>
        <source>%1 at every centre this week</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>%1 во всех центрах на этой неделе</translation>
    </message>
    <message>
        <source>The region does not answer: the other centres&apos; times are not shown.</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Регион не отвечает: время в других центрах не показано.</translation>
    </message>
    <message>
        <source>No bookings at any centre.</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Нет записей ни в одном центре.</translation>
    </message>
    <message>
        <source>came</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>пришёл</translation>
    </message>
    <message>
        <source>did not come</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>не пришёл</translation>
    </message>
    <message>
        <source>The whole centre is closed this day.</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Весь центр в этот день закрыт.</translation>
    </message>
    <message>
        <source>Day off: %1</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Выходной: %1</translation>
    </message>
    <message>
        <source>Not off after all</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Всё же не выходной</translation>
    </message>
    <message>
        <source>The free times come back to the kiosk.</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Свободное время снова появляется в киоске.</translation>
    </message>
    <message>
        <source>Cancel the booking?</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Отменить запись?</translation>
    </message>
    <message>
        <source>Cancel the booking %1?</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Отменить запись %1?</translation>
    </message>
    <message>
        <source>The time becomes free for others. The visitor is not told: if you can, tell them yourself.</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Время станет свободным для других. Посетителю никто не сообщит: если можете, скажите ему сами.</translation>
    </message>
    <message>
        <source>Cancel the booking</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Отменить запись</translation>
    </message>
    <message>
        <source>Keep it</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Оставить</translation>
    </message>
    <message>
        <source>Mark a day off</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Отметить выходной</translation>
    </message>
    <message>
        <source>A day when you are not here</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>День, когда вас нет</translation>
    </message>
    <message>
        <source>On a day off the kiosk offers none of your times, and nobody can book them.</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>В выходной киоск не предлагает ваше время, и никто не может на него записаться.</translation>
    </message>
    <message>
        <source>Service</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Услуга</translation>
    </message>
    <message>
        <source>Day</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>День</translation>
    </message>
    <message>
        <source>Note for staff</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Примечание для сотрудников</translation>
    </message>
    <message>
        <source>for example: training day (optional)</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>например: день обучения (необязательно)</translation>
    </message>
    <message>
        <source>Close</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Закрыть</translation>
    </message>
    <message>
        <source>Cancel these bookings and mark the day off</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Отменить эти записи и отметить выходной</translation>
    </message>
    <message>
        <source>Mark the day off</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Отметить выходной</translation>
    </message>
    <message>
        <source>Visitors have booked these times that day:</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Посетители записались на это время в этот день:</translation>
    </message>
    <message>
        <source>The hub cannot tell them. If you cancel, the kiosk says so when they come to check in.</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Сервер не может им сообщить. Если вы отмените, киоск скажет об этом, когда они придут отметить приход.</translation>
    </message>
    <message>
        <source>The hub did not do this. The hub says: %1</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Сервер этого не сделал. Сервер сообщает: %1</translation>
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
</context>
<context>
    <name>StaffNotice</name>
    <message>
        <source>The kiosk&apos;s printer: %1 – %2</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Принтер киоска: %1 – %2</translation>
    </message>
    <message>
        <source>The kiosk “%1” has not been in touch since %2. Is it on, and on the network?</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Киоск «%1» не выходит на связь с %2. Он включён и подключён к сети?</translation>
    </message>
    <message>
        <source>The kiosk “%1” is in touch again – %2</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Киоск «%1» снова на связи – %2</translation>
    </message>
    <message>
        <source>The waiting-room screen “%1” has not been in touch since %2. Is it on, and on the network?</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Экран в зале ожидания «%1» не выходит на связь с %2. Он включён и подключён к сети?</translation>
    </message>
    <message>
        <source>The waiting-room screen “%1” is in touch again – %2</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Экран в зале ожидания «%1» снова на связи – %2</translation>
    </message>
    <message>
        <source>The kiosk: %1 – %2</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Киоск: %1 – %2</translation>
    </message>
    <message>
        <source>OK, hide</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>OK, скрыть</translation>
    </message>
    <message>
        <source>Hide this until the kiosk sends a new notice.</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Скрыть, пока киоск не пришлёт новое сообщение.</translation>
    </message>
</context>
<context>
    <name>StaffStatus</name>
    <message>
        <source>You called %1.</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Вы вызвали %1.</translation>
    </message>
    <message>
        <source>Nobody is waiting now.</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Сейчас никто не ждёт.</translation>
    </message>
    <message>
        <source>%1 was called again.</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>%1 вызван снова.</translation>
    </message>
    <message>
        <source>%1 is done.</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>%1 — готово.</translation>
    </message>
    <message>
        <source>%1 is done here and now waits for: %2.</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>%1 — здесь готово, теперь ждёт: %2.</translation>
    </message>
    <message>
        <source>%1 is marked as did not come.</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>%1 отмечен как неявка.</translation>
    </message>
    <message>
        <source>%1 now waits for: %2.</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>%1 теперь ждёт: %2.</translation>
    </message>
    <message>
        <source>You are present: %2.</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Вы на месте: %2.</translation>
    </message>
    <message>
        <source>You are away: %2. The kiosk does not send new visitors there.</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Вас нет на месте: %2. Киоск не отправляет туда новых посетителей.</translation>
    </message>
    <message>
        <source>The hub did not do this. The hub says: %3</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Сервер этого не сделал. Сервер сообщает: %3</translation>
    </message>
    <message>
        <source>The hub does not accept this computer&apos;s token. Enter a staff token.</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Сервер не принимает ключ доступа этого компьютера. Введите ключ доступа сотрудника.</translation>
    </message>
    <message>
        <source>The hub did not answer. Check the lists before you try again.</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Сервер не ответил. Проверьте списки, прежде чем пробовать снова.</translation>
    </message>
    <message>
        <source>Something went wrong at the hub. The hub says: %3</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>На сервере что-то пошло не так. Сервер сообщает: %3</translation>
    </message>
    <message>
        <source>The booking %1 is cancelled.</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Запись %1 отменена.</translation>
    </message>
    <message>
        <source>The booking %1 is marked as did not come.</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Запись %1 отмечена как неявка.</translation>
    </message>
    <message>
        <source>%1 is a day off: %2.</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>%1 — выходной: %2.</translation>
    </message>
    <message>
        <source>%1 is not a day off after all: %2.</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>%1 — всё же не выходной: %2.</translation>
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
        <translation>Сегодня · %1</translation>
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
        <source>Your time is booked. Your code is</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Вы записаны. Ваш код:</translation>
    </message>
    <message>
        <source>Type this code at the kiosk when you come.</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Когда придёте, введите этот код в киоске.</translation>
    </message>
    <message>
        <source>Scan with your phone camera to save the time in your calendar.</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Отсканируйте камерой телефона, чтобы сохранить время в календаре.</translation>
    </message>
    <message>
        <source>Done</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Готово</translation>
    </message>
    <message>
        <source>Booking code: %1. Type it at the kiosk when you come.</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Код записи: %1. Когда придёте, введите его в киоске.</translation>
    </message>
    <message>
        <source>No signs typed yet.</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Вы ещё ничего не ввели.</translation>
    </message>
    <message>
        <source>The code has %1 letters and numbers.</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Знаков в коде: %1 (буквы и цифры).</translation>
    </message>
    <message>
        <source>Delete</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Стереть</translation>
    </message>
    <message>
        <source>Clear all</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Стереть всё</translation>
    </message>
    <message>
        <source>Check in</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Отметиться</translation>
    </message>
    <message>
        <source>Take a number for the desk</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Взять номер в очереди</translation>
    </message>
    <message>
        <source>Back to the start</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Назад к началу</translation>
    </message>
    <message>
        <source>Type the code again</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Ввести код снова</translation>
    </message>
    <message>
        <source>Type your booking code</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Введите код</translation>
    </message>
    <message>
        <source>Please ask at the desk.</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Пожалуйста, спросите на стойке.</translation>
    </message>
    <message>
        <source>It is too early to check in.</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Ещё рано отмечать приход.</translation>
    </message>
    <message>
        <source>Your booked time: %1.</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Время вашей записи: %1.</translation>
    </message>
    <message>
        <source>You can check in from %1. Please come back then.</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Отметить приход можно с %1. Пожалуйста, приходите тогда.</translation>
    </message>
    <message>
        <source>Your time has passed.</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Ваше время прошло.</translation>
    </message>
    <message>
        <source>You have already checked in.</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Вы уже отметили приход.</translation>
    </message>
    <message>
        <source>Your number is %1.</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Ваш номер: %1.</translation>
    </message>
    <message>
        <source>Please wait here. We will call your number.</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Пожалуйста, ждите здесь. Мы вызовем ваш номер.</translation>
    </message>
    <message>
        <source>This booking was cancelled.</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Эта запись отменена.</translation>
    </message>
    <message>
        <source>This booking is no longer valid.</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Эта запись больше не действует.</translation>
    </message>
    <message>
        <source>Wait a moment, then try again.</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Подождите немного и попробуйте снова.</translation>
    </message>
    <message>
        <source>Check the code, or ask at the desk.</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Проверьте код или спросите на стойке.</translation>
    </message>
    <message>
        <source>We did not find this code.</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Мы не нашли этот код.</translation>
    </message>
    <message>
        <source>Check it, or ask at the desk.</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Проверьте его или спросите на стойке.</translation>
    </message>
    <message>
        <source>The centre is closed now.</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Закрыто.</translation>
    </message>
    <message>
        <source>Opening hours:</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Часы работы:</translation>
    </message>
    <message>
        <source>You can still book a time.</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Вы всё равно можете записаться на время.</translation>
    </message>
    <message>
        <source>Book a time</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Записаться</translation>
    </message>
    <message>
        <source>Do you want to book this time?</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Записаться на это время?</translation>
    </message>
    <message>
        <source>at %1</source>
        <comment>a time on its own line: at 10.30</comment>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>в&#xa0;%1</translation>
    </message>
    <message>
        <source>Place: %1</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Место: %1</translation>
    </message>
    <message>
        <source>Book this time</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Записаться на это время</translation>
    </message>
    <message>
        <source>Choose another time</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Выбрать другое время</translation>
    </message>
    <message>
        <source>Closed now.</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Сейчас закрыто.</translation>
    </message>
    <message>
        <source>I don&apos;t know – I want to talk to someone</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Не знаю – хочу с кем-нибудь поговорить</translation>
    </message>
    <message>
        <source>Back</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Назад</translation>
    </message>
    <message>
        <source>Start over</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Начать сначала</translation>
    </message>
    <message>
        <source>Mondays</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>По понедельникам</translation>
    </message>
    <message>
        <source>Tuesdays</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>По вторникам</translation>
    </message>
    <message>
        <source>Wednesdays</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>По средам</translation>
    </message>
    <message>
        <source>Thursdays</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>По четвергам</translation>
    </message>
    <message>
        <source>Fridays</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>По пятницам</translation>
    </message>
    <message>
        <source>Saturdays</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>По субботам</translation>
    </message>
    <message>
        <source>Sundays</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>По воскресеньям</translation>
    </message>
    <message>
        <source>This worker is here at these times:</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Этот специалист бывает здесь в такое время:</translation>
    </message>
    <message>
        <source>The staff at the desk can help you now.</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Сотрудники на стойке могут помочь вам сейчас.</translation>
    </message>
    <message>
        <source>Who do you want to meet?</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>С кем вы хотите встретиться?</translation>
    </message>
    <message>
        <source>Choose a time that suits you.</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Выберите удобное время.</translation>
    </message>
    <message>
        <source>Somebody just took that time. Please choose another.</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Кто-то только что занял это время. Пожалуйста, выберите другое.</translation>
    </message>
    <message>
        <source>That time cannot be booked any more. Please choose another.</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>На это время уже нельзя записаться. Пожалуйста, выберите другое.</translation>
    </message>
    <message>
        <source>Earlier times</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Раньше</translation>
    </message>
    <message>
        <source>Later times</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Позже</translation>
    </message>
    <message>
        <source>Your number is</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Ваш номер</translation>
    </message>
    <message>
        <source>You are number %1 in the queue.</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Ваше место в очереди: %1.</translation>
    </message>
    <message>
        <source>You are next.</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Ваша очередь — следующая.</translation>
    </message>
    <message>
        <source>You will wait about 1 minute.</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Вы будете ждать примерно 1 минуту.</translation>
    </message>
    <message>
        <source>You will wait about %1 minutes.</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Вы будете ждать примерно %1 мин.</translation>
    </message>
    <message>
        <source>Scan to follow your turn on your phone</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Отсканируйте код. Вы увидите очередь в телефоне.</translation>
    </message>
    <message>
        <source>Welcome! We help you find the right person.</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Здравствуйте! Поможем найти нужного человека.</translation>
    </message>
    <message>
        <source>You do not need to give your name.</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Называть своё имя не нужно.</translation>
    </message>
    <message>
        <source>Choose your language</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Выберите язык</translation>
    </message>
    <message>
        <source>Start</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>Начать</translation>
    </message>
    <message>
        <source>I have a booked time</source>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>У меня есть запись</translation>
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
        <translation>сегодня</translation>
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
        <translation>Откроемся: %1 в %2.</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <comment>a day heading and a time: Tuesday 3 Mar at 10.30</comment>
        <translatorcomment>Not yet reviewed by a native speaker.</translatorcomment>
        <translation>%1, в&#xa0;%2</translation>
    </message>
</context>
</TS>
