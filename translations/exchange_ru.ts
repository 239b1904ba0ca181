<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru">
<context>
    <name>AddAssetDialog</name>
    <message>
        <source>0x followed by 40 hex digits</source>
        <translation>0x и 40 шестнадцатеричных цифр</translation>
    </message>
    <message>
        <source>G… (56 characters)</source>
        <translation>G… (56 символов)</translation>
    </message>
    <message>
        <source>As on Stellar, e.g. USDC</source>
        <translation>Как в Stellar, например USDC</translation>
    </message>
    <message>
        <source>A whole number, e.g. 31566704</source>
        <translation>Целое число, например 31566704</translation>
    </message>
    <message>
        <source>1 to 12 capital letters and digits</source>
        <translation>От 1 до 12 заглавных букв и цифр</translation>
    </message>
    <message>
        <source>As shown on the screens</source>
        <translation>Как показывается на экранах</translation>
    </message>
    <message>
        <source>Ask &amp;the node</source>
        <translation>Спросить &amp;узел</translation>
    </message>
    <message>
        <source>Add asset</source>
        <translation>Добавить актив</translation>
    </message>
    <message>
        <source>Add a token of a chain as an asset. Its contract, issuer or asset id decides which transfers count as this asset&apos;s money, so adding it asks for your two-factor code and is signed with your key. Every setting starts at 0: nothing is paid out automatically until you set them.</source>
        <translation>Добавить токен сети как актив. Его контракт, эмитент или идентификатор актива определяют, какие переводы считаются деньгами этого актива, поэтому добавление требует вашего двухфакторного кода и подписывается вашим ключом. Все настройки начинаются с 0: ничего не выплачивается автоматически, пока вы их не зададите.</translation>
    </message>
    <message>
        <source>The token&apos;s own decimals: the node&apos;s value must agree</source>
        <translation>Собственные десятичные знаки токена: значение узла должно совпадать</translation>
    </message>
    <message>
        <source>Fraction digits shown at least; never more than the decimals</source>
        <translation>Сколько знаков после запятой показывать как минимум; не больше десятичных знаков</translation>
    </message>
    <message>
        <source>Ask the chain&apos;s node for the token&apos;s decimals</source>
        <translation>Спросить узел сети о десятичных знаках токена</translation>
    </message>
    <message>
        <source>C&amp;hain:</source>
        <translation>&amp;Сеть:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Вид:</translation>
    </message>
    <message>
        <source>&amp;Contract:</source>
        <translation>&amp;Контракт:</translation>
    </message>
    <message>
        <source>&amp;Issuer:</source>
        <translation>&amp;Эмитент:</translation>
    </message>
    <message>
        <source>Code on &amp;Stellar:</source>
        <translation>Код в &amp;Stellar:</translation>
    </message>
    <message>
        <source>Asset &amp;id:</source>
        <translation>&amp;Идентификатор актива:</translation>
    </message>
    <message>
        <source>Asset c&amp;ode:</source>
        <translation>К&amp;од актива:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Название:</translation>
    </message>
    <message>
        <source>&amp;Decimals:</source>
        <translation>&amp;Десятичные знаки:</translation>
    </message>
    <message>
        <source>Dis&amp;play decimals:</source>
        <translation>&amp;Показываемые знаки:</translation>
    </message>
    <message>
        <source>Add &amp;asset…</source>
        <translation>Добавить &amp;актив…</translation>
    </message>
    <message>
        <source>ERC-20 token</source>
        <translation>Токен ERC-20</translation>
    </message>
    <message>
        <source>Stellar credit asset</source>
        <translation>Кредитный актив Stellar</translation>
    </message>
    <message>
        <source>Algorand Standard Asset (ASA)</source>
        <translation>Стандартный актив Algorand (ASA)</translation>
    </message>
    <message>
        <source>A Stellar credit asset counts in 7 decimals; no node is asked.</source>
        <translation>Кредитный актив Stellar считается с 7 десятичными знаками; узел не опрашивается.</translation>
    </message>
    <message>
        <source>Not asked yet: the node&apos;s decimals must agree before the asset is added.</source>
        <translation>Ещё не опрошен: десятичные знаки узла должны совпасть, прежде чем актив будет добавлен.</translation>
    </message>
    <message numerus="yes">
        <source>The node says %n decimal(s), as typed.</source>
        <translation>
            <numerusform>Узел сообщает %n десятичный знак, как введено.</numerusform>
            <numerusform>Узел сообщает %n десятичных знака, как введено.</numerusform>
            <numerusform>Узел сообщает %n десятичных знаков, как введено.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The node says %n decimal(s), not as typed: correct the decimals.</source>
        <translation>
            <numerusform>Узел сообщает %n десятичный знак, не как введено: исправьте десятичные знаки.</numerusform>
            <numerusform>Узел сообщает %n десятичных знака, не как введено: исправьте десятичные знаки.</numerusform>
            <numerusform>Узел сообщает %n десятичных знаков, не как введено: исправьте десятичные знаки.</numerusform>
        </translation>
    </message>
    <message>
        <source>Asking the node…</source>
        <translation>Опрашиваем узел…</translation>
    </message>
</context>
<context>
    <name>AmountText</name>
    <message>
        <source>Enter an amount.</source>
        <translation>Введите сумму.</translation>
    </message>
    <message>
        <source>Remove the spaces from the amount.</source>
        <translation>Уберите пробелы из суммы.</translation>
    </message>
    <message>
        <source>The amount may not be negative or carry a sign.</source>
        <translation>Сумма не может быть отрицательной или содержать знак.</translation>
    </message>
    <message>
        <source>Write the amount out in full, without an exponent.</source>
        <translation>Запишите сумму полностью, без экспоненты.</translation>
    </message>
    <message>
        <source>Write the amount without thousands separators.</source>
        <translation>Запишите сумму без разделителей тысяч.</translation>
    </message>
    <message>
        <source>Use one decimal point with digits on both sides, like 0.5.</source>
        <translation>Используйте одну десятичную точку с цифрами с обеих сторон, например 0.5.</translation>
    </message>
    <message>
        <source>Use only digits and one decimal point.</source>
        <translation>Используйте только цифры и одну десятичную точку.</translation>
    </message>
    <message>
        <source>This asset takes whole amounts only.</source>
        <translation>Для этого актива допускаются только целые суммы.</translation>
    </message>
    <message>
        <source>This asset takes at most %1 decimal places.</source>
        <extracomment>%1 is the number of decimal places the asset has (never 0 here)</extracomment>
        <translation>Для этого актива допускается не более %1 знаков после точки.</translation>
    </message>
    <message>
        <source>The amount is too large.</source>
        <translation>Сумма слишком велика.</translation>
    </message>
    <message>
        <source>The amount is not valid.</source>
        <translation>Недопустимая сумма.</translation>
    </message>
    <message>
        <source>Write the exponent as digits after the e, like 5e-05.</source>
        <translation>Запишите экспоненту цифрами после e, например 5e-05.</translation>
    </message>
</context>
<context>
    <name>AssetAdder</name>
    <message numerus="yes">
        <source>Add the asset %1: %2 on %3, %n decimal(s). Transfers of this token will count as %1 money.</source>
        <extracomment>%1 the asset code, %2 its token (kind and contract, issuer or id), %3 the chain</extracomment>
        <translation>
            <numerusform>Добавить актив %1: %2 в %3, %n десятичный знак. Переводы этого токена будут считаться деньгами %1.</numerusform>
            <numerusform>Добавить актив %1: %2 в %3, %n десятичных знака. Переводы этого токена будут считаться деньгами %1.</numerusform>
            <numerusform>Добавить актив %1: %2 в %3, %n десятичных знаков. Переводы этого токена будут считаться деньгами %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>The asset %1 was not added: %2</source>
        <extracomment>%1 the asset code, %2 why not</extracomment>
        <translation>Актив %1 не добавлен: %2</translation>
    </message>
    <message>
        <source>Asset %1 added. Every setting is 0 until you set it above.</source>
        <extracomment>%1 the asset code</extracomment>
        <translation>Актив %1 добавлен. Все настройки равны 0, пока вы не зададите их выше.</translation>
    </message>
</context>
<context>
    <name>AssetIdentityText</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 is the native coin of %2.</source>
        <extracomment>%1 the asset code (and its name), %2 the chain</extracomment>
        <translation>%1 — собственная монета сети %2.</translation>
    </message>
    <message>
        <source>%1 is the ERC-20 token at %2 on Ethereum.</source>
        <extracomment>%1 the asset code (and its name), %2 the contract&apos;s address</extracomment>
        <translation>%1 — токен ERC-20 по адресу %2 в Ethereum.</translation>
    </message>
    <message>
        <source>%1 is the Stellar credit asset %2 issued by %3.</source>
        <extracomment>%1 the asset code (and its name), %2 the credit asset&apos;s code on Stellar, %3 the issuer&apos;s account</extracomment>
        <translation>%1 — кредитный актив Stellar %2, выпущенный %3.</translation>
    </message>
    <message>
        <source>%1 is the Algorand Standard Asset %2.</source>
        <extracomment>%1 the asset code (and its name), %2 the asset id</extracomment>
        <translation>%1 — Algorand Standard Asset %2.</translation>
    </message>
</context>
<context>
    <name>AssetSettingsModel</name>
    <message>
        <source>Stellar</source>
        <translation>Stellar</translation>
    </message>
    <message>
        <source>Ethereum</source>
        <translation>Ethereum</translation>
    </message>
    <message>
        <source>Algorand</source>
        <translation>Algorand</translation>
    </message>
    <message>
        <source>never</source>
        <translation>никогда</translation>
    </message>
    <message>
        <source>%1 %2 (%3 decimal places). Double-click or press F2 to change.</source>
        <extracomment>%1 the exact amount, %2 asset code, %3 its number of decimal places</extracomment>
        <translation>%1 %2 (знаков после точки: %3). Дважды щёлкните или нажмите F2, чтобы изменить.</translation>
    </message>
    <message>
        <source>Asset</source>
        <translation>Актив</translation>
    </message>
    <message>
        <source>Chain</source>
        <translation>Блокчейн</translation>
    </message>
    <message>
        <source>Min deposit</source>
        <translation>Мин. депозит</translation>
    </message>
    <message>
        <source>Min collection</source>
        <translation>Мин. сбор</translation>
    </message>
    <message>
        <source>Withdrawal fee</source>
        <translation>Комиссия за вывод</translation>
    </message>
    <message>
        <source>24h limit</source>
        <translation>Лимит за 24 ч</translation>
    </message>
    <message>
        <source>72h limit</source>
        <translation>Лимит за 72 ч</translation>
    </message>
    <message>
        <source>Hot max balance</source>
        <translation>Макс. баланс горячего</translation>
    </message>
    <message>
        <source>Warm max balance</source>
        <translation>Макс. баланс тёплого</translation>
    </message>
    <message>
        <source>Last changed</source>
        <translation>Последнее изменение</translation>
    </message>
    <message>
        <source>Deposits below this are recorded as ignored and not credited.</source>
        <translation>Депозиты ниже этой суммы регистрируются как проигнорированные и не зачисляются.</translation>
    </message>
    <message>
        <source>Deposits from this amount on are collected into the hot, warm and cold wallets.</source>
        <translation>Депозиты от этой суммы собираются в горячий, тёплый и холодный кошельки.</translation>
    </message>
    <message>
        <source>Charged on every withdrawal, on top of the amount.</source>
        <translation>Взимается с каждого вывода сверх суммы.</translation>
    </message>
    <message>
        <source>A customer&apos;s withdrawals over 24 hours above this wait for an approver.</source>
        <translation>Выводы клиента за 24 часа сверх этой суммы ожидают одобрения контролёром.</translation>
    </message>
    <message>
        <source>A customer&apos;s withdrawals over 72 hours above this wait for an approver.</source>
        <translation>Выводы клиента за 72 часа сверх этой суммы ожидают одобрения контролёром.</translation>
    </message>
    <message>
        <source>Collections fill the hot wallet up to this balance.</source>
        <translation>Сборы пополняют горячий кошелёк до этого баланса.</translation>
    </message>
    <message>
        <source>Collections fill the warm wallet up to this balance; the rest goes to cold.</source>
        <translation>Сборы пополняют тёплый кошелёк до этого баланса; остальное уходит в холодный.</translation>
    </message>
    <message>
        <source>The asset settings could not be read: %1</source>
        <translation>Не удалось прочитать настройки активов: %1</translation>
    </message>
    <message>
        <source>Applying…</source>
        <extracomment>%1 the value stored now; the cell shows the new one, not applied yet</extracomment>
        <translation>Применение…</translation>
    </message>
    <message>
        <source>Not applied yet; now %1.</source>
        <translation>Ещё не применено; сейчас %1.</translation>
    </message>
    <message>
        <source>Wait until the pending changes are applied.</source>
        <translation>Дождитесь применения ожидающих изменений.</translation>
    </message>
    <message>
        <source>%1 %2: %3</source>
        <extracomment>%1 asset code, %2 setting name, %3 what is wrong (a full sentence)</extracomment>
        <translation>%1 %2: %3</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>%1 asset code, %2 the warning (a full sentence)</extracomment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 %2: %3 → %4</source>
        <extracomment>%1 asset code, %2 setting name, %3 the value now, %4 the new value as typed</extracomment>
        <translation>%1 %2: %3 → %4</translation>
    </message>
    <message>
        <source>Nothing was changed. Correct the red cells first:
%1</source>
        <extracomment>%1 what is wrong: one full sentence per problem, one per line</extracomment>
        <translation>Ничего не изменено. Сначала исправьте красные ячейки:
%1</translation>
    </message>
    <message>
        <source>Nothing was changed: sign in first.</source>
        <translation>Ничего не изменено: сначала войдите.</translation>
    </message>
    <message numerus="yes">
        <source>Apply %n setting change(s):</source>
        <extracomment>The heading of the confirmation; the changes follow, one per line</extracomment>
        <translation>
            <numerusform>Применить %n изменение настроек:</numerusform>
            <numerusform>Применить %n изменения настроек:</numerusform>
            <numerusform>Применить %n изменений настроек:</numerusform>
        </translation>
    </message>
    <message>
        <source>Please note:</source>
        <extracomment>The heading of the warnings in the confirmation; they follow, one per line</extracomment>
        <translation>Обратите внимание:</translation>
    </message>
    <message numerus="yes">
        <source>%n setting change(s) applied.</source>
        <translation>
            <numerusform>Применено %n изменение настроек.</numerusform>
            <numerusform>Применено %n изменения настроек.</numerusform>
            <numerusform>Применено %n изменений настроек.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was changed: another operator changed these settings meanwhile. The current values are shown with your changes still pending; check them and apply again.</source>
        <translation>Ничего не изменено: другой оператор тем временем изменил эти настройки. Показаны текущие значения, ваши изменения по-прежнему ожидают; проверьте их и примените снова.</translation>
    </message>
    <message>
        <source>Nothing was changed: %1. Your changes are still pending: apply them again with the next code, or discard them.</source>
        <extracomment>%1 the reason, from the core (e.g. the code was used already)</extracomment>
        <translation>Ничего не изменено: %1. Ваши изменения по-прежнему ожидают: примените их снова со следующим кодом или отмените.</translation>
    </message>
    <message>
        <source>none</source>
        <extracomment>The four-eyes cell when one approver suffices for every amount</extracomment>
        <translation>нет</translation>
    </message>
    <message>
        <source>The four-eyes amount cannot be negative.</source>
        <translation>Сумма для двух подтверждений не может быть отрицательной.</translation>
    </message>
    <message>
        <source>Four eyes above</source>
        <translation>Два подтверждения от</translation>
    </message>
    <message>
        <source>Withdrawals above this need two different approvers, paid from hot or by hand; &quot;none&quot;: one approver for every amount.</source>
        <translation>Выводы выше этой суммы требуют подтверждения двух разных сотрудников — и из горячего кошелька, и при ручной выплате; «нет»: для любой суммы достаточно одного.</translation>
    </message>
    <message>
        <source>%1: %2, signed %3</source>
        <extracomment>%1 the setting (a column title), %2 the value stored now, %3 the value an admin signed</extracomment>
        <translation>%1: %2, подписано %3</translation>
    </message>
    <message>
        <source>yes</source>
        <extracomment>Signed column: the stored settings are the ones an admin signed</extracomment>
        <translation>да</translation>
    </message>
    <message>
        <source>no</source>
        <extracomment>Signed column: no admin has signed this asset&apos;s settings</extracomment>
        <translation>нет</translation>
    </message>
    <message>
        <source>differs</source>
        <extracomment>Signed column: the stored settings are not the ones an admin signed</extracomment>
        <translation>расходится</translation>
    </message>
    <message>
        <source>No admin has signed these settings yet: the next change an admin confirms with their code signs them.</source>
        <translation>Эти настройки ещё не подписаны администратором: следующее изменение, подтверждённое администратором кодом, подпишет их.</translation>
    </message>
    <message>
        <source>Signed by %1 on %2.</source>
        <extracomment>%1 the admin&apos;s user name, %2 date and time</extracomment>
        <translation>Подписано: %1, %2.</translation>
    </message>
    <message>
        <source>Changed without a signature: the stored settings differ from those %1 signed on %2.
%3
The payout signer goes by the signed settings.</source>
        <extracomment>%1 the admin&apos;s user name, %2 date and time, %3 one line per setting that differs</extracomment>
        <translation>Изменено без подписи: сохранённые настройки расходятся с подписанными %1 (%2).
%3
Подписывающий выплаты руководствуется подписанными настройками.</translation>
    </message>
    <message>
        <source>Signed</source>
        <extracomment>Column: whether the stored settings are the ones an admin signed</extracomment>
        <translation>Подписано</translation>
    </message>
    <message>
        <source>Whether the stored settings are the ones an admin signed with their key when changing them. The payout signer goes by the signed settings.</source>
        <translation>Совпадают ли сохранённые настройки с теми, что администратор подписал своим ключом при изменении. Подписывающий выплаты руководствуется подписанными настройками.</translation>
    </message>
</context>
<context>
    <name>AssignDepositDialog</name>
    <message>
        <source>Assign deposit %1</source>
        <translation>Назначить депозит %1</translation>
    </message>
    <message>
        <source>Amount:</source>
        <translation>Сумма:</translation>
    </message>
    <message>
        <source>Transaction:</source>
        <translation>Транзакция:</translation>
    </message>
    <message>
        <source>Memo:</source>
        <translation>Memo:</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(нет)</translation>
    </message>
    <message>
        <source>&amp;Customer:</source>
        <translation>&amp;Клиент:</translation>
    </message>
    <message>
        <source>Credit the customer</source>
        <translation>Зачислить клиенту</translation>
    </message>
    <message>
        <source>Pick the customer this deposit belongs to.</source>
        <translation>Выберите клиента, которому принадлежит этот депозит.</translation>
    </message>
    <message>
        <source>%1 will be credited with %2. This is recorded in the ledger and the audit log and cannot be undone from here.</source>
        <translation>Клиенту %1 будет зачислено %2. Это записывается в главную книгу и журнал аудита и не может быть отменено отсюда.</translation>
    </message>
</context>
<context>
    <name>AttentionAlerts</name>
    <message>
        <source>Withdrawals to review</source>
        <translation>Выводы на проверку</translation>
    </message>
    <message>
        <source>Withdrawals waiting for review: %1.</source>
        <translation>Выводы, ожидающие проверки: %1.</translation>
    </message>
    <message>
        <source>Withdrawals in error</source>
        <translation>Выводы с ошибкой</translation>
    </message>
    <message>
        <source>Withdrawals in error or failed: %1.</source>
        <translation>Выводы с ошибкой или неудавшиеся: %1.</translation>
    </message>
    <message>
        <source>Manual payouts</source>
        <translation>Ручные выплаты</translation>
    </message>
    <message>
        <source>Manual payouts waiting for their TxId: %1.</source>
        <translation>Ручные выплаты, ожидающие TxId: %1.</translation>
    </message>
    <message>
        <source>Unattributed deposits</source>
        <translation>Неопознанные депозиты</translation>
    </message>
    <message>
        <source>Deposits not attributed to a customer: %1.</source>
        <translation>Депозиты, не привязанные к клиенту: %1.</translation>
    </message>
    <message>
        <source>Hot wallet short</source>
        <translation>Не хватает средств в горячем кошельке</translation>
    </message>
    <message>
        <source>Hot cannot cover its queued payouts: %1. Replenish from warm.</source>
        <translation>Горячий кошелёк не покрывает выплаты в очереди: %1. Пополните его из тёплого.</translation>
    </message>
    <message>
        <source>Ledger check failed</source>
        <translation>Проверка главной книги не пройдена</translation>
    </message>
    <message>
        <source>The last ledger check found discrepancies: %1.</source>
        <translation>Последняя проверка главной книги выявила расхождения: %1.</translation>
    </message>
    <message>
        <source>Audit chain broken</source>
        <translation>Цепочка аудита нарушена</translation>
    </message>
    <message>
        <source>The audit chain no longer verifies.</source>
        <translation>Цепочка аудита больше не проходит проверку.</translation>
    </message>
    <message>
        <source>Watcher or payouts down</source>
        <translation>Наблюдатель или выплаты не работают</translation>
    </message>
    <message>
        <source>Down: %1. Check the node URLs in Settings.</source>
        <translation>Не работают: %1. Проверьте адреса узлов в настройках.</translation>
    </message>
    <message>
        <source>Withdrawals held for integrity</source>
        <translation>Выводы задержаны для проверки целостности</translation>
    </message>
    <message>
        <source>Withdrawals held because the payout signer could not verify them: %1. Investigate before anything is paid.</source>
        <translation>Выводы остановлены, потому что подписант выплат не смог их подтвердить: %1. Разберитесь, прежде чем что-либо выплачивать.</translation>
    </message>
    <message>
        <source>Collections refused</source>
        <translation>Сборы отклонены</translation>
    </message>
    <message numerus="yes">
        <source>The signer refused collections from %n deposit address(es): their destination is not one it can verify.</source>
        <translation>
            <numerusform>Подписант отклонил сборы с %n депозитного адреса: он не может проверить их адрес назначения.</numerusform>
            <numerusform>Подписант отклонил сборы с %n депозитных адресов: он не может проверить их адрес назначения.</numerusform>
            <numerusform>Подписант отклонил сборы с %n депозитных адресов: он не может проверить их адрес назначения.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AttentionTray</name>
    <message>
        <source>Exchange Console</source>
        <translation>Exchange Console</translation>
    </message>
    <message>
        <source>payouts on %1</source>
        <translation>выплаты в %1</translation>
    </message>
</context>
<context>
    <name>AuditLogModel</name>
    <message>
        <source>#</source>
        <translation>№</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Когда</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Кто</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Что</translation>
    </message>
    <message>
        <source>Object</source>
        <translation>Объект</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>До</translation>
    </message>
    <message>
        <source>After</source>
        <translation>После</translation>
    </message>
    <message>
        <source>The audit log could not be read: %1</source>
        <translation>Не удалось прочитать журнал аудита: %1</translation>
    </message>
    <message>
        <source>Checking the audit chain…</source>
        <translation>Проверка цепочки аудита…</translation>
    </message>
    <message>
        <source>The audit chain could not be checked: %1</source>
        <translation>Не удалось проверить цепочку аудита: %1</translation>
    </message>
    <message>
        <source>Audit chain BROKEN at record %1: %2. Report this to the security officer; do not change the database.</source>
        <translation>Цепочка аудита НАРУШЕНА на записи %1: %2. Сообщите об этом сотруднику по безопасности; не изменяйте базу данных.</translation>
    </message>
    <message numerus="yes">
        <source>Audit chain intact, verified at %1: %n record(s) (#1 to #%2). Newest hash %3.</source>
        <extracomment>%1 the time it was verified; %n the number of records it covered</extracomment>
        <translation>
            <numerusform>Цепочка аудита цела, проверена %1: %n запись (с №1 по №%2). Последний хеш %3.</numerusform>
            <numerusform>Цепочка аудита цела, проверена %1: %n записи (с №1 по №%2). Последний хеш %3.</numerusform>
            <numerusform>Цепочка аудита цела, проверена %1: %n записей (с №1 по №%2). Последний хеш %3.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) shown arrived after that and are not verified yet: Verify chain checks them.</source>
        <translation>
            <numerusform>%n показанная запись появилась после этого и ещё не проверена: «Проверить цепочку» проверит её.</numerusform>
            <numerusform>%n показанные записи появились после этого и ещё не проверены: «Проверить цепочку» проверит их.</numerusform>
            <numerusform>%n показанных записей появились после этого и ещё не проверены: «Проверить цепочку» проверит их.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AuditScreen</name>
    <message>
        <source>&amp;Since</source>
        <translation>&amp;С даты</translation>
    </message>
    <message>
        <source>&amp;Apply filter</source>
        <translation>&amp;Применить фильтр</translation>
    </message>
    <message>
        <source>&amp;Verify chain</source>
        <translation>Про&amp;верить цепочку</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>Журнал аудита</translation>
    </message>
    <message>
        <source>Who did what, to which object, with the values before and after. Records can only be added; each carries the hash of the one before, so an edited, removed or inserted record breaks the chain and is named below.</source>
        <translation>Кто что сделал, с каким объектом, и значения до и после. Записи можно только добавлять; каждая содержит хеш предыдущей, поэтому изменённая, удалённая или вставленная запись нарушает цепочку и указывается ниже.</translation>
    </message>
    <message>
        <source>Who (exact name, e.g. alice or cli:root)</source>
        <translation>Кто (точное имя, например alice или cli:root)</translation>
    </message>
    <message>
        <source>Any action</source>
        <extracomment>Filter choices for the action column; the values after the first are action name prefixes.</extracomment>
        <translation>Любое действие</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) shown</source>
        <translation>
            <numerusform>Показана %n запись</numerusform>
            <numerusform>Показаны %n записи</numerusform>
            <numerusform>Показано %n записей</numerusform>
        </translation>
    </message>
    <message>
        <source>The audit chain has not been checked yet.</source>
        <translation>Цепочка аудита ещё не проверялась.</translation>
    </message>
</context>
<context>
    <name>BusyIndicator</name>
    <message>
        <source>Working…</source>
        <translation>Выполняется…</translation>
    </message>
    <message>
        <source>The console is reading or writing the database, or asking a node. You can go on working.</source>
        <translation>Консоль читает или записывает базу данных либо опрашивает узел. Можно продолжать работу.</translation>
    </message>
    <message>
        <source>Working</source>
        <translation>Выполняется</translation>
    </message>
</context>
<context>
    <name>ChainSettingsModel</name>
    <message>
        <source>Chain</source>
        <translation>Блокчейн</translation>
    </message>
    <message>
        <source>Horizon URL</source>
        <translation>URL Horizon</translation>
    </message>
    <message>
        <source>JSON-RPC URL</source>
        <translation>URL JSON-RPC</translation>
    </message>
    <message>
        <source>algod URL</source>
        <translation>URL algod</translation>
    </message>
    <message>
        <source>Indexer URL</source>
        <translation>URL indexer</translation>
    </message>
    <message>
        <source>Confirmations</source>
        <translation>Подтверждения</translation>
    </message>
    <message>
        <source>Chain id</source>
        <translation>Chain id</translation>
    </message>
    <message>
        <source>Network passphrase</source>
        <translation>Парольная фраза сети</translation>
    </message>
    <message>
        <source>Only Algorand has an indexer URL.</source>
        <translation>URL indexer есть только у Algorand.</translation>
    </message>
    <message>
        <source>Algorand needs no network setting.</source>
        <translation>Для Algorand настройка сети не нужна.</translation>
    </message>
    <message>
        <source>Select a setting and press F2 to change it; Save writes the changes of every chain.</source>
        <translation>Выберите настройку и нажмите F2, чтобы изменить её; «Сохранить» записывает изменения всех блокчейнов.</translation>
    </message>
    <message>
        <source>Horizon URL: where the Stellar watcher reads payments, e.g. https://horizon.stellar.org. Empty: the watcher does not run.</source>
        <translation>URL Horizon: откуда монитор Stellar читает платежи, например https://horizon.stellar.org. Пусто: монитор не запускается.</translation>
    </message>
    <message>
        <source>Ethereum JSON-RPC URL of your node, e.g. http://127.0.0.1:8545. Empty: the watcher does not run.</source>
        <translation>URL JSON-RPC Вашего узла Ethereum, например http://127.0.0.1:8545. Пусто: монитор не запускается.</translation>
    </message>
    <message>
        <source>algod URL: the REST API of an Algorand node, e.g. https://mainnet-api.algonode.cloud.</source>
        <translation>URL algod: REST API узла Algorand, например https://mainnet-api.algonode.cloud.</translation>
    </message>
    <message>
        <source>Algorand indexer URL, for looking up payments, e.g. https://mainnet-idx.algonode.cloud.</source>
        <translation>URL indexer Algorand для поиска платежей, например https://mainnet-idx.algonode.cloud.</translation>
    </message>
    <message>
        <source>Ledgers a payment waits before it counts, 0 to 1000. Stellar ledgers are final, so 1 is usual.</source>
        <translation>Сколько леджеров платёж ожидает, прежде чем будет учтён, от 0 до 1000. Леджеры Stellar окончательны, поэтому обычно 1.</translation>
    </message>
    <message>
        <source>Blocks a payment waits before it counts, 0 to 1000; 12 is usual.</source>
        <translation>Сколько блоков платёж ожидает, прежде чем будет учтён, от 0 до 1000; обычно 12.</translation>
    </message>
    <message>
        <source>Rounds a payment waits before it counts, 0 to 1000. Algorand rounds are final, so 1 is usual.</source>
        <translation>Сколько раундов платёж ожидает, прежде чем будет учтён, от 0 до 1000. Раунды Algorand окончательны, поэтому обычно 1.</translation>
    </message>
    <message>
        <source>Ethereum chain id, e.g. 1 for mainnet or 11155111 for Sepolia.</source>
        <translation>Chain id Ethereum, например 1 для mainnet или 11155111 для Sepolia.</translation>
    </message>
    <message>
        <source>Stellar network passphrase, e.g. Public Global Stellar Network ; September 2015.</source>
        <translation>Парольная фраза сети Stellar, например Public Global Stellar Network ; September 2015.</translation>
    </message>
    <message>
        <source>The %1 of %2 must be a web address starting with http:// or https://, with a host name.</source>
        <extracomment>%1 field name such as &quot;Horizon URL&quot;, %2 chain name</extracomment>
        <translation>%1 для %2 должен быть веб-адресом, начинающимся с http:// или https://, с именем хоста.</translation>
    </message>
    <message>
        <source>Confirmations of %1 must be a whole number from 0 to 1000.</source>
        <extracomment>%1 chain name</extracomment>
        <translation>Число подтверждений для %1 должно быть целым числом от 0 до 1000.</translation>
    </message>
    <message>
        <source>The Ethereum chain id must be a whole number above 0, e.g. 1 for mainnet.</source>
        <translation>Chain id Ethereum должен быть целым числом больше 0, например 1 для mainnet.</translation>
    </message>
    <message>
        <source>Node URL</source>
        <translation>URL узла</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Сеть</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>не задано</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Сохранение…</translation>
    </message>
    <message>
        <source>Not saved yet; it was: %1</source>
        <extracomment>%1 the value before the edit</extracomment>
        <translation>Ещё не сохранено; было: %1</translation>
    </message>
    <message>
        <source>Horizon (Stellar), JSON-RPC (Ethereum) or algod (Algorand): where the watchers read the chain.</source>
        <translation>Horizon (Stellar), JSON-RPC (Ethereum) или algod (Algorand): откуда мониторы читают блокчейн.</translation>
    </message>
    <message>
        <source>Algorand indexer, for looking up payments. Algorand only.</source>
        <translation>Indexer Algorand для поиска платежей. Только для Algorand.</translation>
    </message>
    <message>
        <source>How many ledgers, blocks or rounds a payment waits before it counts (0 to 1000).</source>
        <translation>Сколько леджеров, блоков или раундов платёж ожидает, прежде чем будет учтён (от 0 до 1000).</translation>
    </message>
    <message>
        <source>Stellar network passphrase or Ethereum chain id.</source>
        <translation>Парольная фраза сети Stellar или chain id Ethereum.</translation>
    </message>
    <message>
        <source>Wait until the chain settings are saved.</source>
        <translation>Дождитесь сохранения настроек блокчейнов.</translation>
    </message>
    <message>
        <source>Only admins change the chain settings.</source>
        <translation>Настройки блокчейнов изменяют только администраторы.</translation>
    </message>
    <message>
        <source>Nothing was saved. Correct the red cells first:
%1</source>
        <extracomment>%1 what is wrong: one full sentence per problem, one per line</extracomment>
        <translation>Ничего не сохранено. Сначала исправьте красные ячейки:
%1</translation>
    </message>
    <message>
        <source>Nothing was saved: sign in first.</source>
        <translation>Ничего не сохранено: сначала войдите в систему.</translation>
    </message>
    <message>
        <source>Change the settings of %1</source>
        <extracomment>%1 one or more chain names, e.g. &quot;Stellar and Ethereum&quot;</extracomment>
        <translation>Изменить настройки %1</translation>
    </message>
    <message>
        <source>Nothing was saved: %1</source>
        <translation>Ничего не сохранено: %1</translation>
    </message>
    <message>
        <source>Chain settings of %1 saved; its watcher restarts with them.</source>
        <extracomment>%1 one or more chain names</extracomment>
        <translation>Настройки блокчейна %1 сохранены; монитор перезапускается с ними.</translation>
    </message>
    <message>
        <source>The settings of %1 were not saved: %2</source>
        <extracomment>%1 chain name, %2 the reason</extracomment>
        <translation>Настройки %1 не сохранены: %2</translation>
    </message>
    <message>
        <source>The chain settings could not be read: %1</source>
        <translation>Не удалось прочитать настройки блокчейнов: %1</translation>
    </message>
    <message>
        <source>Fee wallet max</source>
        <translation>Кошелёк комиссий: макс.</translation>
    </message>
    <message>
        <source>Fee wallet low alert</source>
        <translation>Кошелёк комиссий: порог</translation>
    </message>
    <message>
        <source>Stellar has no fee wallet: its deposits arrive on the base account, which needs no coin to collect them.</source>
        <translation>У Stellar нет кошелька комиссий: депозиты приходят на базовый счёт, которому для сбора монеты не нужны.</translation>
    </message>
    <message>
        <source>The most the fee wallet should hold, in %1: a funding from warm (exctl replenish export --tier fee) fills it to this. The fee wallet&apos;s key is online, so keep it to a few days of refuels. Empty: no max.</source>
        <extracomment>%1 the chain&apos;s coin (ETH, ALGO)</extracomment>
        <translation>Наибольшая сумма на кошельке комиссий, в %1: пополнение из тёплого кошелька (exctl replenish export --tier fee) доводит баланс до неё. Ключ кошелька комиссий онлайн, поэтому держите на нём запас лишь на несколько дней заправок. Пусто: без максимума.</translation>
    </message>
    <message>
        <source>Below this balance, in %1, the Dashboard asks for the fee wallet to be funded. At most the max. Empty: no alert.</source>
        <extracomment>%1 the chain&apos;s coin (ETH, ALGO)</extracomment>
        <translation>Ниже этого баланса, в %1, панель просит пополнить кошелёк комиссий. Не больше максимума. Пусто: без предупреждения.</translation>
    </message>
    <message>
        <source>%1 of %2: %3</source>
        <extracomment>%1 field name such as &quot;Fee wallet max&quot;, %2 chain name, %3 why the amount cannot be read</extracomment>
        <translation>%1 для %2: %3</translation>
    </message>
    <message>
        <source>%1 of %2 cannot be negative.</source>
        <extracomment>%1 field name such as &quot;Fee wallet max&quot;, %2 chain name</extracomment>
        <translation>%1 для %2 не может быть отрицательным.</translation>
    </message>
    <message>
        <source>The fee wallet&apos;s low alert of %1 cannot be above its max.</source>
        <extracomment>%1 chain name</extracomment>
        <translation>Порог предупреждения кошелька комиссий %1 не может быть выше его максимума.</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <extracomment>%1 an amount, %2 the chain&apos;s coin (ETH)</extracomment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Ethereum and Algorand: the most the fee wallet should hold, in the chain&apos;s coin; a funding from warm fills it to this.</source>
        <translation>Ethereum и Algorand: наибольшая сумма на кошельке комиссий, в монете сети; пополнение из тёплого кошелька доводит баланс до неё.</translation>
    </message>
    <message>
        <source>Ethereum and Algorand: below this balance the Dashboard asks for the fee wallet to be funded.</source>
        <translation>Ethereum и Algorand: ниже этого баланса панель просит пополнить кошелёк комиссий.</translation>
    </message>
</context>
<context>
    <name>ChainSettingsPanel</name>
    <message>
        <source>Chains</source>
        <translation>Блокчейны</translation>
    </message>
    <message>
        <source>Only admins change the chain settings; you see them read-only.</source>
        <translation>Настройки блокчейнов изменяют только администраторы; Вам они доступны только для чтения.</translation>
    </message>
    <message>
        <source>Re&amp;vert</source>
        <translation>&amp;Отменить изменения</translation>
    </message>
    <message>
        <source>&amp;Save chain settings</source>
        <translation>&amp;Сохранить настройки блокчейнов</translation>
    </message>
    <message>
        <source>How the deposit watchers and payment checks reach each chain, and how many confirmations a payment needs before it counts. Changes are checked as you type and saved together, after a two-factor code; a chain&apos;s watcher restarts with them at once.</source>
        <translation>Как мониторы депозитов и проверки платежей подключаются к каждому блокчейну и сколько подтверждений нужно платежу, чтобы он был учтён. Изменения проверяются по мере ввода и сохраняются вместе после ввода кода двухфакторной аутентификации; монитор блокчейна сразу перезапускается с ними.</translation>
    </message>
    <message>
        <source>Chain settings</source>
        <translation>Настройки блокчейнов</translation>
    </message>
    <message>
        <source>Write the changed chain settings; asks for a two-factor code (Ctrl+S)</source>
        <translation>Записать изменённые настройки блокчейнов; запрашивает код 2FA (Ctrl+S)</translation>
    </message>
    <message>
        <source>Drop the changes not saved yet</source>
        <translation>Отбросить несохранённые изменения</translation>
    </message>
    <message>
        <source>Select a setting to see what it is for; press F2 or start typing to change it.</source>
        <translation>Выберите настройку, чтобы узнать её назначение; нажмите F2 или начните печатать, чтобы изменить её.</translation>
    </message>
    <message>
        <source>As&amp;k Horizon again</source>
        <translation>&amp;Спросить Horizon снова</translation>
    </message>
    <message>
        <source>Read again whether the Stellar base account requires a memo (SEP-29)</source>
        <translation>Заново прочитать, требует ли базовый счёт Stellar memo (SEP-29)</translation>
    </message>
</context>
<context>
    <name>ConsoleApp</name>
    <message>
        <source>The database could not be opened: %1</source>
        <translation>Не удалось открыть базу данных: %1</translation>
    </message>
    <message>
        <source>The operators could not be read: %1</source>
        <translation>Не удалось прочитать список операторов: %1</translation>
    </message>
    <message>
        <source>Exchange Console</source>
        <translation>Exchange Console</translation>
    </message>
    <message>
        <source>There is no exchange database at %1.

Create a new, empty exchange there?</source>
        <translation>По адресу %1 нет базы данных биржи.

Создать там новую, пустую биржу?</translation>
    </message>
</context>
<context>
    <name>CopyButton</name>
    <message>
        <source>Copy</source>
        <translation>Копировать</translation>
    </message>
    <message>
        <source>Copy %1 to the clipboard, whole</source>
        <translation>Скопировать %1 в буфер обмена целиком</translation>
    </message>
    <message>
        <source>Copy %1</source>
        <translation>Копировать %1</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Скопировано</translation>
    </message>
</context>
<context>
    <name>CoreText</name>
    <message>
        <source>nothing was changed: %1</source>
        <translation>ничего не изменено: %1</translation>
    </message>
    <message>
        <source>wrong username or password</source>
        <translation>неверное имя пользователя или пароль</translation>
    </message>
    <message>
        <source>wrong username or password; wait %1 s before the next try</source>
        <translation>неверное имя пользователя или пароль; подождите %1 с перед следующей попыткой</translation>
    </message>
    <message>
        <source>too many wrong passwords for %1; try again in %2 s</source>
        <translation>слишком много неверных паролей для %1; повторите через %2 с</translation>
    </message>
    <message>
        <source>%1 is disabled; ask an admin</source>
        <translation>%1 отключён; обратитесь к администратору</translation>
    </message>
    <message>
        <source>%1 may no longer sign in</source>
        <translation>%1 больше не может входить в систему</translation>
    </message>
    <message>
        <source>a username has 1 to 64 characters</source>
        <translation>имя пользователя содержит от 1 до 64 символов</translation>
    </message>
    <message>
        <source>a username has only lower-case letters, digits, &apos;.&apos;, &apos;_&apos; and &apos;-&apos;</source>
        <translation>имя пользователя содержит только строчные латинские буквы, цифры, &apos;.&apos;, &apos;_&apos; и &apos;-&apos;</translation>
    </message>
    <message>
        <source>a password needs at least %1 characters</source>
        <translation>пароль должен содержать не менее %1 символов</translation>
    </message>
    <message>
        <source>there are operators already; an admin adds further ones</source>
        <translation>операторы уже есть; новых добавляет администратор</translation>
    </message>
    <message>
        <source>operator %1 exists already</source>
        <translation>оператор %1 уже существует</translation>
    </message>
    <message>
        <source>no operator named %1</source>
        <translation>нет оператора с именем %1</translation>
    </message>
    <message>
        <source>this would leave no admin who can sign in</source>
        <translation>тогда не останется ни одного администратора, который может войти</translation>
    </message>
    <message>
        <source>you cannot disable yourself</source>
        <translation>нельзя отключить самого себя</translation>
    </message>
    <message>
        <source>nobody is signed in</source>
        <translation>никто не вошёл в систему</translation>
    </message>
    <message>
        <source>the system may not %1 on its own</source>
        <extracomment>%1 the technical name of an action (change_settings, approve_withdrawal, …)</extracomment>
        <translation>система не может выполнять %1 самостоятельно</translation>
    </message>
    <message>
        <source>%1 (%2) may not %3</source>
        <extracomment>%1 a user name, %2 its role (viewer, operator, approver, admin), %3 the technical name of an action</extracomment>
        <translation>%1 (%2) не может выполнять %3</translation>
    </message>
    <message>
        <source>%1 needs a current two-factor code</source>
        <extracomment>%1 the technical name of an action (change_settings, approve_withdrawal, …)</extracomment>
        <translation>для %1 нужен текущий код 2FA</translation>
    </message>
    <message>
        <source>the two-factor code is wrong or too old</source>
        <translation>код 2FA неверен или устарел</translation>
    </message>
    <message>
        <source>this two-factor code was used already; wait for the next one</source>
        <translation>этот код 2FA уже использован; дождитесь следующего</translation>
    </message>
    <message>
        <source>no two-factor enrolment is under way</source>
        <translation>настройка двухфакторной аутентификации не начата</translation>
    </message>
    <message>
        <source>%1 has not enrolled a two-factor app yet</source>
        <translation>%1 ещё не настроил приложение для двухфакторной аутентификации</translation>
    </message>
    <message>
        <source>the two-factor enrolment of %1 is damaged</source>
        <translation>настройка двухфакторной аутентификации %1 повреждена</translation>
    </message>
    <message>
        <source>the two-factor enrolment of %1 cannot be opened; an admin resets the password</source>
        <translation>настройку двухфакторной аутентификации %1 не удаётся открыть; администратор сбрасывает пароль</translation>
    </message>
    <message>
        <source>another action is waiting for its two-factor code</source>
        <translation>другое действие ожидает своего кода 2FA</translation>
    </message>
    <message>
        <source>no two-factor code was given; nothing changed</source>
        <translation>код 2FA не введён; ничего не изменено</translation>
    </message>
    <message>
        <source>a vault passphrase needs at least %1 characters</source>
        <translation>парольная фраза хранилища должна содержать не менее %1 символов</translation>
    </message>
    <message>
        <source>the key vault exists already</source>
        <translation>хранилище ключей уже существует</translation>
    </message>
    <message>
        <source>there is no key vault yet; an admin creates it first</source>
        <translation>хранилища ключей ещё нет; сначала его создаёт администратор</translation>
    </message>
    <message>
        <source>wrong vault passphrase</source>
        <translation>неверная парольная фраза хранилища</translation>
    </message>
    <message>
        <source>vault key %1 cannot be opened: it was altered</source>
        <translation>ключ хранилища %1 не удаётся открыть: он был изменён</translation>
    </message>
    <message>
        <source>a key name has 1 to 64 characters</source>
        <translation>имя ключа содержит от 1 до 64 символов</translation>
    </message>
    <message>
        <source>an empty key cannot be stored</source>
        <translation>пустой ключ нельзя сохранить</translation>
    </message>
    <message>
        <source>the key vault is locked; an admin unlocks it first</source>
        <translation>хранилище ключей заблокировано; сначала его разблокирует администратор</translation>
    </message>
    <message>
        <source>vault key %1 could not be stored (does it exist already?)</source>
        <translation>не удалось сохранить ключ хранилища %1 (возможно, он уже существует?)</translation>
    </message>
    <message>
        <source>no vault key named %1</source>
        <translation>нет ключа хранилища с именем %1</translation>
    </message>
    <message>
        <source>no key vault yet: automatic payouts wait until an admin creates one</source>
        <translation>хранилища ключей ещё нет: автоматические выплаты ожидают, пока администратор его не создаст</translation>
    </message>
    <message>
        <source>key vault locked: automatic payouts wait until an admin unlocks it</source>
        <translation>хранилище ключей заблокировано: автоматические выплаты ожидают, пока администратор его не разблокирует</translation>
    </message>
    <message>
        <source>key vault unlocked: automatic payouts can be signed</source>
        <translation>хранилище ключей разблокировано: автоматические выплаты могут подписываться</translation>
    </message>
    <message>
        <source>%1h: %2 of %3 %4</source>
        <translation>%1 ч: %2 из %3 %4</translation>
    </message>
    <message>
        <source>no setting to change</source>
        <translation>нет настроек для изменения</translation>
    </message>
    <message>
        <source>asset %1 named twice in one change</source>
        <translation>актив %1 указан дважды в одном изменении</translation>
    </message>
    <message>
        <source>asset %1 was changed by someone else meanwhile; reload and try again</source>
        <translation>актив %1 тем временем изменил кто-то другой; обновите данные и повторите</translation>
    </message>
    <message>
        <source>confirmations must be between 0 and 1000</source>
        <translation>число подтверждений должно быть от 0 до 1000</translation>
    </message>
    <message>
        <source>an adjustment needs a reason</source>
        <translation>для корректировки нужна причина</translation>
    </message>
    <message>
        <source>an adjustment needs a non-zero amount</source>
        <translation>для корректировки нужна ненулевая сумма</translation>
    </message>
    <message>
        <source>account %1: %2 is %3 in the table but %4 by the journal</source>
        <extracomment>%1 a ledger account, %2 a column (debits_posted, …), %3 and %4 amounts in base units</extracomment>
        <translation>счёт %1: %2 в таблице равно %3, а по журналу %4</translation>
    </message>
    <message>
        <source>asset %1: posted debits %2 differ from posted credits %3</source>
        <translation>актив %1: проведённый дебет %2 не равен проведённому кредиту %3</translation>
    </message>
    <message>
        <source>asset %1: pending debits %2 differ from pending credits %3</source>
        <translation>актив %1: отложенный дебет %2 не равен отложенному кредиту %3</translation>
    </message>
    <message>
        <source>database damaged: %1</source>
        <translation>база данных повреждена: %1</translation>
    </message>
    <message>
        <source>the journal cannot be read: %1</source>
        <translation>журнал не удаётся прочитать: %1</translation>
    </message>
    <message>
        <source>journal: %1</source>
        <translation>журнал: %1</translation>
    </message>
    <message>
        <source>… and %1 more</source>
        <translation>… и ещё %1</translation>
    </message>
    <message>
        <source>%1; it is %2 now</source>
        <translation>%1; сейчас он в состоянии «%2»</translation>
    </message>
    <message>
        <source>%1 (reason: %2)</source>
        <translation>%1 (причина: %2)</translation>
    </message>
    <message>
        <source>a withdrawal in state %1 cannot be %2</source>
        <translation>вывод в состоянии «%1» не может быть %2</translation>
    </message>
    <message>
        <source>a new withdrawal cannot be %1</source>
        <translation>новый вывод не может быть %1</translation>
    </message>
    <message>
        <source>withdrawal %1 is no longer %2</source>
        <translation>вывод %1 уже не в состоянии «%2»</translation>
    </message>
    <message>
        <source>unknown withdrawal %1</source>
        <translation>неизвестный вывод %1</translation>
    </message>
    <message>
        <source>withdrawal %1 already has a TxId uploaded by %2 at %3 (%4)</source>
        <translation>для вывода %1 уже загружен TxId (%4): %2, %3</translation>
    </message>
    <message>
        <source>withdrawal %1 already has a TxId uploaded by %2 at %3</source>
        <translation>для вывода %1 уже загружен TxId: %2, %3</translation>
    </message>
    <message>
        <source>withdrawal %1 was already %2 by %3 at %4</source>
        <translation>вывод %1 уже %2: %3, %4</translation>
    </message>
    <message>
        <source>nobody approves their own withdrawal request</source>
        <translation>никто не одобряет собственный запрос на вывод</translation>
    </message>
    <message>
        <source>%1 has already approved withdrawal %2; a second approval must come from someone else</source>
        <translation>%1 уже одобрил вывод %2; второе одобрение должен дать кто-то другой</translation>
    </message>
    <message>
        <source>a rejection needs a reason</source>
        <translation>для отклонения нужна причина</translation>
    </message>
    <message>
        <source>a withdrawal amount must be positive</source>
        <translation>сумма вывода должна быть положительной</translation>
    </message>
    <message>
        <source>customer %1&apos;s available %2 cannot cover %3 plus the fee of %4</source>
        <translation>доступный баланс %2 клиента %1 не покрывает %3 плюс комиссию %4</translation>
    </message>
    <message>
        <source>cancelled by %1</source>
        <translation>отменён оператором %1</translation>
    </message>
    <message>
        <source>retried by %1</source>
        <translation>повторён оператором %1</translation>
    </message>
    <message>
        <source>not a valid %1 TxId: %2</source>
        <translation>недействительный TxId сети %1: %2</translation>
    </message>
    <message>
        <source>TxId %1 is already uploaded for withdrawal %2</source>
        <translation>TxId %1 уже загружен для вывода %2</translation>
    </message>
    <message>
        <source>TxId %1 already pays withdrawal %2; a TxId pays one withdrawal only</source>
        <translation>TxId %1 уже оплачивает вывод %2; один TxId оплачивает только один вывод</translation>
    </message>
    <message>
        <source>TxId %1 is not confirmed yet on %2; upload it again once the chain has confirmed it</source>
        <translation>TxId %1 ещё не подтверждён в %2; загрузите его снова, когда блокчейн его подтвердит</translation>
    </message>
    <message>
        <source>TxId %1 is not found on the %2 chain; nothing was changed</source>
        <translation>TxId %1 не найден в блокчейне %2; ничего не изменено</translation>
    </message>
    <message>
        <source>TxId %1 could not be checked: %2; nothing was changed, try again</source>
        <translation>TxId %1 не удалось проверить: %2; ничего не изменено, попробуйте ещё раз</translation>
    </message>
    <message>
        <source>TxId %1 %2; nothing was changed</source>
        <translation>TxId %1 %2; ничего не изменено</translation>
    </message>
    <message>
        <source>failed on chain: it paid nothing</source>
        <translation>завершился сбоем в блокчейне: ничего не оплачено</translation>
    </message>
    <message>
        <source>pays nobody (it creates a contract), not %1</source>
        <translation>не платит никому (создаёт контракт), а не на %1</translation>
    </message>
    <message>
        <source>pays nothing to %1</source>
        <translation>ничего не платит на %1</translation>
    </message>
    <message>
        <source>pays %1 %2, the withdrawal is %3 %4</source>
        <translation>платит %1 %2, а вывод составляет %3 %4</translation>
    </message>
    <message>
        <source>pays %1, not %2</source>
        <translation>платит в %1, а не в %2</translation>
    </message>
    <message>
        <source>pays %1 not %2</source>
        <translation>платит на %1, а не на %2</translation>
    </message>
    <message>
        <source>was not sent from the warm wallet %1 but from %2</source>
        <translation>отправлен не с тёплого кошелька %1, а с %2</translation>
    </message>
    <message>
        <source>was not sent from a warm wallet (%1) but from %2</source>
        <translation>отправлен не с тёплого кошелька (%1), а с %2</translation>
    </message>
    <message>
        <source>no warm %1 wallet is registered on %2 (exctl wallet add --tier warm)</source>
        <translation>в %2 не зарегистрирован тёплый кошелёк %1 (exctl wallet add --tier warm)</translation>
    </message>
    <message>
        <source>the chain shows the payment, but the ledger&apos;s warm %1 wallet does not hold %2 %3 plus the network fee of %4; book warm&apos;s funds first (collection or replenishment); nothing was changed</source>
        <translation>блокчейн показывает платёж, но по журналу тёплый кошелёк %1 не содержит %2 %3 плюс сетевую комиссию %4; сначала проведите средства тёплого кошелька (сбор или пополнение); ничего не изменено</translation>
    </message>
    <message>
        <source>under_review</source>
        <translation>на проверке</translation>
    </message>
    <message>
        <source>approved</source>
        <translation>одобрен</translation>
    </message>
    <message>
        <source>processing</source>
        <translation>обрабатывается</translation>
    </message>
    <message>
        <source>broadcast</source>
        <translation>отправлен в сеть</translation>
    </message>
    <message>
        <source>succeeded</source>
        <translation>выполнен</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>сбой</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>отклонён</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>отменён</translation>
    </message>
    <message>
        <source>error</source>
        <translation>ошибка</translation>
    </message>
    <message>
        <source>manual_payout</source>
        <translation>ручная выплата</translation>
    </message>
    <message>
        <source>requested within its limits</source>
        <translation>запрошен в пределах лимитов</translation>
    </message>
    <message>
        <source>requested over a limit</source>
        <translation>запрошен сверх лимита</translation>
    </message>
    <message>
        <source>picked up for payout</source>
        <translation>взят на выплату</translation>
    </message>
    <message>
        <source>confirmed on chain</source>
        <translation>подтверждён в блокчейне</translation>
    </message>
    <message>
        <source>marked failed on chain</source>
        <translation>отмечен как сбойный в блокчейне</translation>
    </message>
    <message>
        <source>stopped for a short hot wallet</source>
        <translation>остановлен из-за нехватки в горячем кошельке</translation>
    </message>
    <message>
        <source>stopped for an unreachable node</source>
        <translation>остановлен из-за недоступного узла</translation>
    </message>
    <message>
        <source>retried</source>
        <translation>повторён</translation>
    </message>
    <message>
        <source>sent to manual payout</source>
        <translation>передан на ручную выплату</translation>
    </message>
    <message>
        <source>marked paid by a TxId</source>
        <translation>отмечен оплаченным по TxId</translation>
    </message>
    <message>
        <source>stopped for a payout the chain refused</source>
        <translation>остановлен: блокчейн отклонил выплату</translation>
    </message>
    <message>
        <source>payout started</source>
        <translation>выплата начата</translation>
    </message>
    <message>
        <source>the node cannot be reached to read hot&apos;s balance: %1</source>
        <translation>узел недоступен для чтения баланса горячего кошелька: %1</translation>
    </message>
    <message>
        <source>the node cannot be reached for fees: %1</source>
        <translation>узел недоступен для получения комиссий: %1</translation>
    </message>
    <message>
        <source>the node cannot be reached: %1</source>
        <translation>узел недоступен: %1</translation>
    </message>
    <message>
        <source>hot wallet short: it holds %1 %2, this payout needs %3 with its fee after %4 already on its way; replenish hot from warm, then retry</source>
        <translation>в горячем кошельке не хватает средств: в нём %1 %2, этой выплате с комиссией нужно %3 после %4, уже отправленных; пополните горячий кошелёк из тёплого и повторите</translation>
    </message>
    <message>
        <source>cannot be paid from hot: %1; send it to manual payout or reject it</source>
        <translation>не может быть выплачен из горячего кошелька: %1; передайте его на ручную выплату или отклоните</translation>
    </message>
    <message>
        <source>the node could not be reached to send %1; the same signed transaction is sent again on retry</source>
        <translation>узел был недоступен для отправки %1; при повторе будет отправлена та же подписанная транзакция</translation>
    </message>
    <message>
        <source>the node refused it: %1</source>
        <translation>узел её отклонил: %1</translation>
    </message>
    <message>
        <source>the payout %1 expired without being included: %2</source>
        <translation>выплата %1 истекла, не попав в блок: %2</translation>
    </message>
    <message>
        <source>the payout %1 expired without being included</source>
        <translation>выплата %1 истекла, не попав в блок</translation>
    </message>
    <message>
        <source>the payout %1 failed on chain: %2</source>
        <translation>выплата %1 завершилась сбоем в блокчейне: %2</translation>
    </message>
    <message>
        <source>the payout %1 failed on chain</source>
        <translation>выплата %1 завершилась сбоем в блокчейне</translation>
    </message>
    <message>
        <source>sent %1</source>
        <translation>отправлен: %1</translation>
    </message>
    <message>
        <source>unknown deposit %1</source>
        <translation>неизвестный депозит %1</translation>
    </message>
    <message>
        <source>a deposit that is %1 cannot be %2</source>
        <translation>депозит в состоянии «%1» не может быть %2</translation>
    </message>
    <message>
        <source>the wallet the deposit was paid to is not registered</source>
        <translation>кошелёк, на который пришёл депозит, не зарегистрирован</translation>
    </message>
    <message>
        <source>below the minimum deposit</source>
        <translation>ниже минимального депозита</translation>
    </message>
    <message>
        <source>assigned by %1</source>
        <translation>привязан оператором %1</translation>
    </message>
    <message>
        <source>pending</source>
        <translation>ожидает</translation>
    </message>
    <message>
        <source>ignored</source>
        <translation>проигнорирован</translation>
    </message>
    <message>
        <source>unattributed</source>
        <translation>не привязан</translation>
    </message>
    <message>
        <source>credited</source>
        <translation>зачислен</translation>
    </message>
    <message>
        <source>collection_planned</source>
        <translation>сбор запланирован</translation>
    </message>
    <message>
        <source>collecting</source>
        <translation>собирается</translation>
    </message>
    <message>
        <source>collected</source>
        <translation>собран</translation>
    </message>
    <message>
        <source>assigned to a customer</source>
        <translation>привязан к клиенту</translation>
    </message>
    <message>
        <source>confirmed below the minimum deposit</source>
        <translation>подтверждён ниже минимального депозита</translation>
    </message>
    <message>
        <source>the request is larger than %1 bytes</source>
        <translation>запрос больше %1 байт</translation>
    </message>
    <message>
        <source>invalid JSON: %1 at byte %2</source>
        <translation>неверный JSON: %1 на байте %2</translation>
    </message>
    <message>
        <source>a number is out of range</source>
        <translation>число вне допустимого диапазона</translation>
    </message>
    <message>
        <source>the request must be a JSON object</source>
        <translation>запрос должен быть объектом JSON</translation>
    </message>
    <message>
        <source>unknown field %1</source>
        <translation>неизвестное поле %1</translation>
    </message>
    <message>
        <source>unknown payload field %1</source>
        <translation>неизвестное поле payload %1</translation>
    </message>
    <message>
        <source>unknown signature field %1</source>
        <translation>неизвестное поле подписи %1</translation>
    </message>
    <message>
        <source>missing field %1</source>
        <translation>отсутствует поле %1</translation>
    </message>
    <message>
        <source>field %1 must be a string</source>
        <translation>поле %1 должно быть строкой</translation>
    </message>
    <message>
        <source>field %1 must be a number</source>
        <translation>поле %1 должно быть числом</translation>
    </message>
    <message>
        <source>field %1 must be an object</source>
        <translation>поле %1 должно быть объектом</translation>
    </message>
    <message>
        <source>field %1 must be more than zero</source>
        <translation>поле %1 должно быть больше нуля</translation>
    </message>
    <message>
        <source>field %1 must be a non-empty array</source>
        <translation>поле %1 должно быть непустым массивом</translation>
    </message>
    <message>
        <source>field %1 must be a decimal string, e.g. &quot;12.5&quot;</source>
        <translation>поле %1 должно быть десятичным числом в строке, например &quot;12.5&quot;</translation>
    </message>
    <message>
        <source>field %1: %2</source>
        <translation>поле %1: %2</translation>
    </message>
    <message>
        <source>unknown platform (use Ethereum, Algorand or Stellar)</source>
        <translation>неизвестная платформа (используйте Ethereum, Algorand или Stellar)</translation>
    </message>
    <message>
        <source>buy_currency and sell_currency must differ</source>
        <translation>buy_currency и sell_currency должны различаться</translation>
    </message>
    <message>
        <source>%1 is not a valid %2 address</source>
        <translation>%1 не является допустимым адресом %2</translation>
    </message>
    <message>
        <source>tx_id is not a valid %1 transaction id</source>
        <translation>tx_id не является допустимым идентификатором транзакции %1</translation>
    </message>
    <message>
        <source>sig is not a well-formed %1 signature</source>
        <translation>sig не является корректной подписью %1</translation>
    </message>
    <message>
        <source>the sig of %1 is not a well-formed %2 signature</source>
        <translation>sig от %1 не является корректной подписью %2</translation>
    </message>
    <message>
        <source>order_id must be a positive integer</source>
        <translation>order_id должен быть положительным целым числом</translation>
    </message>
    <message>
        <source>customer_id must be a positive integer</source>
        <translation>customer_id должен быть положительным целым числом</translation>
    </message>
    <message>
        <source>request_id must be 1 to 64 characters of A-Z, a-z, 0-9, &apos;.&apos;, &apos;_&apos;, &apos;:&apos; and &apos;-&apos;</source>
        <translation>request_id должен состоять из 1–64 символов из A-Z, a-z, 0-9, &apos;.&apos;, &apos;_&apos;, &apos;:&apos; и &apos;-&apos;</translation>
    </message>
    <message>
        <source>at most %1 signatures</source>
        <translation>не более %1 подписей</translation>
    </message>
    <message>
        <source>each signature must be an object {&quot;signer&quot;, &quot;sig&quot;}</source>
        <translation>каждая подпись должна быть объектом {&quot;signer&quot;, &quot;sig&quot;}</translation>
    </message>
    <message>
        <source>signer %1 is not an Ethereum address, a Stellar G… account id or an Algorand address</source>
        <translation>подписант %1 не является ни адресом Ethereum, ни идентификатором счёта Stellar (G…), ни адресом Algorand</translation>
    </message>
    <message>
        <source>the signature does not match sender_pk and the payload</source>
        <translation>подпись не соответствует sender_pk и payload</translation>
    </message>
    <message>
        <source>the signature of %1 does not match the payload</source>
        <translation>подпись %1 не соответствует payload</translation>
    </message>
    <message>
        <source>tx_id already funds an order</source>
        <translation>tx_id уже оплачивает заявку</translation>
    </message>
    <message>
        <source>that transaction already funds an order</source>
        <translation>эта транзакция уже оплачивает заявку</translation>
    </message>
    <message>
        <source>no exchange address configured for %1</source>
        <translation>адрес биржи для %1 не настроен</translation>
    </message>
    <message>
        <source>withdrawals are not served here</source>
        <translation>выводы здесь не принимаются</translation>
    </message>
    <message>
        <source>buy and sell currency are the same</source>
        <translation>валюты покупки и продажи совпадают</translation>
    </message>
    <message>
        <source>amounts must be positive</source>
        <translation>суммы должны быть положительными</translation>
    </message>
    <message>
        <source>no such order</source>
        <translation>такой заявки нет</translation>
    </message>
    <message>
        <source>only the order&apos;s sender can cancel it</source>
        <translation>отменить заявку может только её отправитель</translation>
    </message>
    <message>
        <source>only an open order can be cancelled</source>
        <translation>отменить можно только открытую заявку</translation>
    </message>
    <message>
        <source>the funding transaction is not confirmed yet</source>
        <translation>оплачивающая транзакция ещё не подтверждена</translation>
    </message>
    <message>
        <source>the funding transaction was not sent by sender_pk</source>
        <translation>оплачивающая транзакция отправлена не с sender_pk</translation>
    </message>
    <message>
        <source>the funding transaction did not pay the exchange&apos;s address</source>
        <translation>оплачивающая транзакция не заплатила на адрес биржи</translation>
    </message>
    <message>
        <source>the funding transaction paid less than sell_amount</source>
        <translation>оплачивающая транзакция заплатила меньше sell_amount</translation>
    </message>
    <message>
        <source>no such transaction on the chain</source>
        <translation>такой транзакции в сети нет</translation>
    </message>
    <message>
        <source>the transaction pays the exchange from several accounts</source>
        <translation>транзакция платит бирже с нескольких счетов</translation>
    </message>
    <message>
        <source>the chain node could not be reached</source>
        <translation>узел сети недоступен</translation>
    </message>
    <message>
        <source>the Ethereum node could not be reached</source>
        <translation>узел Ethereum недоступен</translation>
    </message>
    <message>
        <source>the Ethereum node answered with an error</source>
        <translation>узел Ethereum ответил ошибкой</translation>
    </message>
    <message>
        <source>the Ethereum node answered nonsense</source>
        <translation>узел Ethereum ответил бессмыслицей</translation>
    </message>
    <message>
        <source>the Algorand indexer could not be reached</source>
        <translation>индексатор Algorand недоступен</translation>
    </message>
    <message>
        <source>the Algorand indexer answered nonsense</source>
        <translation>индексатор Algorand ответил бессмыслицей</translation>
    </message>
    <message>
        <source>Horizon could not be reached</source>
        <translation>Horizon недоступен</translation>
    </message>
    <message>
        <source>Horizon answered nonsense</source>
        <translation>Horizon ответил бессмыслицей</translation>
    </message>
    <message>
        <source>collection %1</source>
        <translation>сбор %1</translation>
    </message>
    <message>
        <source>stopped: this process no longer leads the background duties</source>
        <translation>остановлено: этот процесс больше не ведёт фоновые задачи</translation>
    </message>
    <message>
        <source>stopped: %1 ended</source>
        <translation>остановлено: %1 завершён</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>остановлено</translation>
    </message>
    <message>
        <source>idle</source>
        <translation>простаивает</translation>
    </message>
    <message>
        <source>idle (signing waits for the key vault)</source>
        <translation>простаивает (подпись ждёт хранилища ключей)</translation>
    </message>
    <message>
        <source>waiting: the key vault is locked</source>
        <translation>ожидание: хранилище ключей заблокировано</translation>
    </message>
    <message>
        <source>new sweeps wait for the key vault</source>
        <translation>новые сборы ждут хранилища ключей</translation>
    </message>
    <message>
        <source>nothing to collect</source>
        <translation>нечего собирать</translation>
    </message>
    <message>
        <source>signed: %1</source>
        <translation>подписано: %1</translation>
    </message>
    <message>
        <source>sent: %1</source>
        <translation>отправлено: %1</translation>
    </message>
    <message>
        <source>confirmed: %1</source>
        <translation>подтверждено: %1</translation>
    </message>
    <message>
        <source>awaiting confirmations: %1</source>
        <translation>ждут подтверждений: %1</translation>
    </message>
    <message>
        <source>failed: %1</source>
        <translation>не удалось: %1</translation>
    </message>
    <message>
        <source>paid: %1</source>
        <translation>выплачено: %1</translation>
    </message>
    <message>
        <source>awaiting the chain: %1</source>
        <translation>ждут сети: %1</translation>
    </message>
    <message>
        <source>failed on chain: %1</source>
        <translation>не прошли в сети: %1</translation>
    </message>
    <message>
        <source>to error: %1</source>
        <translation>переведено в ошибку: %1</translation>
    </message>
    <message>
        <source>hot is short by %1 %2: replenish hot from warm</source>
        <translation>в hot не хватает %1 %2: пополните hot из warm</translation>
    </message>
    <message>
        <source>not reading now: no wallet is on a chain with a node URL</source>
        <translation>сейчас не читает: ни один кошелёк не находится в сети с URL узла</translation>
    </message>
    <message>
        <source>wallet balances read from the chains: %1</source>
        <translation>балансов кошельков прочитано из сетей: %1</translation>
    </message>
    <message>
        <source>%1 read, %2 not: %3</source>
        <translation>%1 прочитано, %2 нет: %3</translation>
    </message>
    <message>
        <source>settings unreadable: %1</source>
        <translation>настройки не читаются: %1</translation>
    </message>
    <message>
        <source>wallets unreadable: %1</source>
        <translation>кошельки не читаются: %1</translation>
    </message>
    <message>
        <source>not watching: no Horizon URL set (Settings, or exctl chain set stellar --node URL)</source>
        <translation>не наблюдает: URL Horizon не задан (Настройки или exctl chain set stellar --node URL)</translation>
    </message>
    <message>
        <source>not watching: no hot (base) account registered</source>
        <translation>не наблюдает: hot-(базовый) счёт не зарегистрирован</translation>
    </message>
    <message>
        <source>not watching: no JSON-RPC URL set (Settings, or exctl chain set ethereum --node URL)</source>
        <translation>не наблюдает: URL JSON-RPC не задан (Настройки или exctl chain set ethereum --node URL)</translation>
    </message>
    <message>
        <source>not watching: no indexer URL set (Settings, or exctl chain set algorand --indexer URL)</source>
        <translation>не наблюдает: URL индексатора не задан (Настройки или exctl chain set algorand --indexer URL)</translation>
    </message>
    <message>
        <source>not watching: no deposit address registered</source>
        <translation>не наблюдает: адрес для депозитов не зарегистрирован</translation>
    </message>
    <message>
        <source>connecting to %1</source>
        <translation>подключение к %1</translation>
    </message>
    <message>
        <source>streaming</source>
        <translation>получает поток</translation>
    </message>
    <message>
        <source>waiting: %1</source>
        <translation>ожидание: %1</translation>
    </message>
    <message>
        <source>reading blocks: %1</source>
        <translation>чтение блоков: %1</translation>
    </message>
    <message>
        <source>reading the indexer: %1</source>
        <translation>чтение индексатора: %1</translation>
    </message>
    <message>
        <source>up to date</source>
        <translation>в актуальном состоянии</translation>
    </message>
    <message>
        <source>up to date: %1</source>
        <translation>в актуальном состоянии: %1</translation>
    </message>
    <message>
        <source>HALTED: %1</source>
        <translation>ОСТАНОВЛЕН: %1</translation>
    </message>
    <message>
        <source>%1; trying again in %2 s</source>
        <translation>%1; новая попытка через %2 с</translation>
    </message>
    <message>
        <source>the stream ended</source>
        <translation>поток прервался</translation>
    </message>
    <message>
        <source>no Algorand addresses to watch</source>
        <translation>нет адресов Algorand для наблюдения</translation>
    </message>
    <message>
        <source>the indexer answered HTTP %1</source>
        <translation>индексатор ответил HTTP %1</translation>
    </message>
    <message>
        <source>the indexer sent a malformed page</source>
        <translation>индексатор прислал повреждённую страницу</translation>
    </message>
    <message>
        <source>the indexer repeated a page</source>
        <translation>индексатор повторил страницу</translation>
    </message>
    <message>
        <source>the saved Ethereum cursor &quot;%1&quot; is not a block number</source>
        <translation>сохранённый курсор Ethereum «%1» не является номером блока</translation>
    </message>
    <message>
        <source>the node&apos;s block number is not a quantity</source>
        <translation>номер блока от узла не является числом</translation>
    </message>
    <message>
        <source>block %1 read; the node is at %2</source>
        <translation>блок %1 прочитан; узел на блоке %2</translation>
    </message>
    <message>
        <source>reading from block %1; %2 confirmed blocks to go</source>
        <translation>чтение с блока %1; осталось подтверждённых блоков: %2</translation>
    </message>
    <message>
        <source>the node sent a malformed block %1</source>
        <translation>узел прислал повреждённый блок %1</translation>
    </message>
    <message>
        <source>block %1 no longer follows block %2 as read before: a reorganisation deeper than %3 confirmations. Check the node, then rescan with exctl watch ethereum --from N.</source>
        <translation>блок %1 больше не следует за блоком %2, как было прочитано: реорганизация глубже %3 подтверждений. Проверьте узел, затем пересканируйте: exctl watch ethereum --from N.</translation>
    </message>
    <message>
        <source>the node sent a malformed transaction in block %1</source>
        <translation>узел прислал повреждённую транзакцию в блоке %1</translation>
    </message>
    <message>
        <source>the node has no receipt status for a transaction in block %1</source>
        <translation>у узла нет статуса квитанции для транзакции в блоке %1</translation>
    </message>
    <message>
        <source>withdrawal %1 needs an approval by someone other than the requester before it is paid outside the system; it has none</source>
        <translation>для выплаты вывода %1 вне системы нужно одобрение не от автора запроса; одобрений нет</translation>
    </message>
    <message>
        <source>withdrawal %1 needs %2 approvals by different approvers, none of them the requester, before it is paid outside the system; it has %3</source>
        <translation>для выплаты вывода %1 вне системы нужно одобрений от разных сотрудников (не от автора запроса): %2; сейчас их %3</translation>
    </message>
    <message>
        <source>%1 is disabled or removed and may no longer act</source>
        <translation>%1 отключён или удалён и больше не может выполнять действия</translation>
    </message>
    <message>
        <source>%1 is now %2 and may not %3</source>
        <translation>у %1 теперь роль %2, действие %3 не разрешено</translation>
    </message>
    <message>
        <source>%1 cannot sign this decision: it needs an operator who signed in and confirmed a two-factor code</source>
        <translation>%1 не может подписать это решение: нужен оператор, который вошёл в систему и подтвердил двухфакторный код</translation>
    </message>
    <message>
        <source>only an admin&apos;s signature registers a signing key; %1 cannot</source>
        <translation>Ключ подписи регистрирует только подпись администратора; %1 этого не может</translation>
    </message>
    <message>
        <source>%1 has no signing key yet: it is made when they next sign in</source>
        <translation>У %1 ещё нет ключа подписи: он создаётся при следующем входе</translation>
    </message>
    <message>
        <source>the vault already pins an admin&apos;s signing key</source>
        <translation>В хранилище уже закреплён ключ подписи администратора</translation>
    </message>
    <message>
        <source>held_for_integrity</source>
        <translation>задержан для проверки целостности</translation>
    </message>
    <message>
        <source>held for an integrity check</source>
        <translation>задержан для проверки целостности</translation>
    </message>
    <message>
        <source>the signer&apos;s journal says this withdrawal was signed as txid %1 on %2; the database has no payout for it: restored from an older backup or rolled back? Held, nothing signed</source>
        <translation>по журналу подписанта этот вывод был подписан %2 как транзакция %1; в базе данных нет выплаты по нему: восстановлена из старой резервной копии или откатилась? Задержан, ничего не подписано</translation>
    </message>
    <message>
        <source>the signer&apos;s journal says this withdrawal was signed as txid %1 on %2; the database knows no such payout of it: restored from an older backup or rolled back? Held, nothing signed</source>
        <translation>по журналу подписанта этот вывод был подписан %2 как транзакция %1; база данных не знает такой выплаты по нему: восстановлена из старой резервной копии или откатилась? Задержан, ничего не подписано</translation>
    </message>
    <message>
        <source>the signer&apos;s journal says sequence %1 of the hot wallet was signed for withdrawal %2 on %3 (txid %4); the database does not show it: restored from an older backup or rolled back? Held, nothing signed</source>
        <translation>по журналу подписанта номер последовательности %1 горячего кошелька был подписан %3 для вывода %2 (транзакция %4); в базе данных этого нет: восстановлена из старой резервной копии или откатилась? Задержан, ничего не подписано</translation>
    </message>
    <message>
        <source>the signer&apos;s journal cannot be used, nothing is signed: %1</source>
        <translation>журнал подписанта недоступен, ничего не подписывается: %1</translation>
    </message>
    <message>
        <source>the audit chain was cut back: the signer saw record %1 (hash %2) on %3</source>
        <translation>цепочка аудита укорочена: подписант видел запись %1 (хеш %2) %3</translation>
    </message>
    <message>
        <source>deciding where money goes needs an operator: exctl --operator NAME COMMAND (%1 may read and run maintenance, not %2)</source>
        <translation>Решения о том, куда уходят деньги, принимает только оператор: exctl --operator ИМЯ КОМАНДА (%1 может читать данные и выполнять обслуживание, но не %2)</translation>
    </message>
    <message>
        <source>held for integrity: %1 (the signer could not verify them)</source>
        <translation>остановлено для проверки целостности: %1 (подписант не смог их подтвердить)</translation>
    </message>
    <message>
        <source>the ledger has no hold %1 for this withdrawal: no request made this row. Held, nothing signed</source>
        <translation>В реестре нет блокировки %1 для этого вывода: эту строку не создавал ни один запрос. Остановлено, ничего не подписано</translation>
    </message>
    <message>
        <source>the ledger&apos;s hold %1 was already paid or released. Held, nothing signed</source>
        <translation>Блокировка %1 в реестре уже выплачена или снята. Остановлено, ничего не подписано</translation>
    </message>
    <message>
        <source>the ledger&apos;s hold %1 is not on this customer&apos;s account of this asset (%2). Held, nothing signed</source>
        <translation>Блокировка %1 в реестре не на счёте этого клиента в этом активе (%2). Остановлено, ничего не подписано</translation>
    </message>
    <message>
        <source>the ledger&apos;s hold %1 is for %2 %3, the withdrawal says %4 %5. Held, nothing signed</source>
        <translation>Блокировка %1 в реестре — на %2 %3, а в выводе указано %4 %5. Остановлено, ничего не подписано</translation>
    </message>
    <message>
        <source>the %1 statement by %2 for this withdrawal has a bad signature. Held, nothing signed</source>
        <translation>У заявления «%1» от %2 по этому выводу неверная подпись. Остановлено, ничего не подписано</translation>
    </message>
    <message>
        <source>%1 differs from the %2 statement %3 signed. Held, nothing signed</source>
        <translation>%1 отличается от заявления «%2», подписанного %3. Остановлено, ничего не подписано</translation>
    </message>
    <message>
        <source>%1 signed this withdrawal&apos;s rejection or cancellation, yet it is to be paid. Held, nothing signed</source>
        <translation>%1 подписал(а) отклонение или отмену этого вывода, но его собираются выплатить. Остановлено, ничего не подписано</translation>
    </message>
    <message>
        <source>the ledger&apos;s history puts this withdrawal over its limits (%1), yet it is marked as within them. Held, nothing signed</source>
        <translation>По истории реестра этот вывод превышает лимиты (%1), но помечен как укладывающийся в них. Остановлено, ничего не подписано</translation>
    </message>
    <message>
        <source>it needs %1 approvals by different approvers, none of them the requester, that the signer can verify; it has %2 (%3). Held, nothing signed</source>
        <translation>Нужно %1 одобрений разных сотрудников (не заявителя), которые подписант может проверить; есть %2 (%3). Остановлено, ничего не подписано</translation>
    </message>
    <message>
        <source>released from an integrity hold as paid</source>
        <translation>снят с задержки как выплаченный</translation>
    </message>
    <message>
        <source>released from an integrity hold as not paid</source>
        <translation>снят с задержки как невыплаченный</translation>
    </message>
    <message>
        <source>was not sent from the hot wallet %1 but from %2</source>
        <translation>отправлен не с горячего кошелька %1, а с %2</translation>
    </message>
    <message>
        <source>was not sent from a hot wallet (%1) but from %2</source>
        <translation>отправлен не с горячего кошелька (%1), а с %2</translation>
    </message>
    <message>
        <source>no hot %1 wallet is registered on %2 (exctl wallet add --tier hot)</source>
        <translation>в сети %2 не зарегистрирован горячий кошелёк %1 (exctl wallet add --tier hot)</translation>
    </message>
    <message>
        <source>released from the integrity hold as paid by TxId %1, by %2</source>
        <translation>снят с задержки как выплаченный транзакцией %1; решение: %2</translation>
    </message>
    <message>
        <source>releasing a held withdrawal as not paid needs a reason</source>
        <translation>чтобы снять задержку с вывода как невыплаченного, нужна причина</translation>
    </message>
    <message>
        <source>the chain shows the payment, but the ledger&apos;s hot %1 wallet does not hold %2 %3 plus the network fee of %4; book hot&apos;s funds first; nothing was changed</source>
        <translation>в блокчейне платёж есть, но в журнале на горячем кошельке %1 нет %2 %3 плюс сетевой комиссии %4; сначала отразите средства горячего кошелька; ничего не изменено</translation>
    </message>
    <message>
        <source>the key vault pins no admin key, but the signer&apos;s journal says admin key %1 was pinned: the pin was removed from the database. Nothing is signed</source>
        <translation>В хранилище ключей не закреплён ключ администратора, но по журналу подписывающего был закреплён ключ %1: закрепление удалено из базы данных. Ничего не подписывается</translation>
    </message>
    <message>
        <source>the key vault pins admin key %1, but the signer&apos;s journal says %2 was pinned: the vault was replaced in the database. Nothing is signed</source>
        <translation>В хранилище ключей закреплён ключ администратора %1, но по журналу подписывающего был закреплён %2: хранилище подменено в базе данных. Ничего не подписывается</translation>
    </message>
    <message>
        <source>the database names exchange %1, but the key vault was sealed for exchange %2: the id was changed, or the vault comes from another exchange&apos;s database. Nothing is signed</source>
        <translation>База данных называет биржу %1, но хранилище ключей запечатано для биржи %2: идентификатор изменён, или хранилище взято из базы данных другой биржи. Ничего не подписывается</translation>
    </message>
    <message>
        <source>no admin has signed a %1 %2 wallet address on %3; nothing signed (an admin registers it: exctl --operator ADMIN wallet add)</source>
        <translation>ни один администратор не подписал адрес кошелька %1 %2 в %3; ничего не подписано (администратор регистрирует его: exctl --operator ADMIN wallet add)</translation>
    </message>
    <message>
        <source>the %1 wallet&apos;s address in the database, %2, is not the one an admin signed on %3 (%4); nothing signed</source>
        <translation>адрес кошелька %1 в базе данных, %2, не совпадает с подписанным администратором в %3 (%4); ничего не подписано</translation>
    </message>
    <message>
        <source>the hot wallet&apos;s address in the database, %1, is not the one the vault&apos;s hot key derives on %2 (%3); nothing signed</source>
        <translation>адрес горячего кошелька в базе данных, %1, не совпадает с адресом, который даёт горячий ключ хранилища в %2 (%3); ничего не подписано</translation>
    </message>
    <message>
        <source>the key vault holds no hot key for %1 to check hot&apos;s address by; nothing signed</source>
        <translation>в хранилище ключей нет горячего ключа для %1, чтобы проверить адрес горячего кошелька; ничего не подписано</translation>
    </message>
    <message>
        <source>node URL in the database differs from the signed one; using the signed one (%1)</source>
        <translation>URL узла в базе данных отличается от подписанного; используется подписанный (%1)</translation>
    </message>
    <message>
        <source>no admin has signed %1&apos;s node URL: the signer uses the database&apos;s (an admin saving the chain&apos;s settings signs it)</source>
        <translation>ни один администратор не подписал URL узла %1: подписант использует URL из базы данных (администратор подписывает его, сохраняя настройки сети)</translation>
    </message>
    <message>
        <source>sweeps refused: %1 (their destination is not one the signer can verify)</source>
        <translation>сборов отклонено: %1 (подписант не может проверить их адрес назначения)</translation>
    </message>
    <message>
        <source>the signer cannot verify that this withdrawal was requested: %1. Held, nothing signed</source>
        <translation>подписант не может проверить, что эту выплату запросили: %1. Задержана, ничего не подписано</translation>
    </message>
    <message>
        <source>the key vault pins an admin&apos;s signing key, so a withdrawal request must be signed: exctl --operator NAME withdraw request</source>
        <translation>хранилище ключей закрепляет ключ подписи администратора, поэтому запрос на вывод должен быть подписан: exctl --operator NAME withdraw request</translation>
    </message>
    <message>
        <source>the signer&apos;s journal says the customer&apos;s signed %1 was already paid as withdrawal %2 (txid %3, %4): the same request stored again. Held, nothing signed</source>
        <translation>По журналу подписывающего подписанный клиентом %1 уже оплачен как вывод %2 (txid %3, %4): тот же запрос сохранён повторно. Задержан, ничего не подписано</translation>
    </message>
    <message>
        <source>customer %1 is frozen: no withdrawal is requested for them until they are unfrozen</source>
        <translation>Клиент %1 заморожен: вывод средств для него не принимается, пока заморозка не снята</translation>
    </message>
    <message>
        <source>customer %1 is closed: no withdrawal is requested for them</source>
        <translation>Клиент %1 закрыт: вывод средств для него не принимается</translation>
    </message>
    <message>
        <source>withdrawal %1 cannot be approved while customer %2 is frozen</source>
        <translation>Вывод %1 нельзя одобрить, пока клиент %2 заморожен</translation>
    </message>
    <message>
        <source>withdrawal %1 waits: customer %2 is frozen (unfreezing resumes it)</source>
        <translation>Вывод %1 ожидает: клиент %2 заморожен (после снятия заморозки выплата продолжится)</translation>
    </message>
    <message>
        <source>customer %1 is frozen already</source>
        <translation>Клиент %1 уже заморожен</translation>
    </message>
    <message>
        <source>customer %1 is not frozen</source>
        <translation>Клиент %1 не заморожен</translation>
    </message>
    <message>
        <source>customer %1 is closed; a closed customer does not change</source>
        <translation>Клиент %1 закрыт; закрытого клиента изменить нельзя</translation>
    </message>
    <message>
        <source>customer %1 cannot be closed: %2 %3 is on their account or held; nothing was changed</source>
        <translation>Клиента %1 нельзя закрыть: на его счёте или в резерве %2 %3; ничего не изменено</translation>
    </message>
    <message>
        <source>another customer has the external id %1</source>
        <translation>Внешний идентификатор %1 уже принадлежит другому клиенту</translation>
    </message>
    <message>
        <source>%1 is an id the exchange gives customers added without one (c- and a number); choose another</source>
        <translation>%1 — это идентификатор, который биржа присваивает клиентам без собственного (c- и число); выберите другой</translation>
    </message>
    <message>
        <source>no customer has the external id %1</source>
        <translation>Нет клиента с внешним идентификатором %1</translation>
    </message>
    <message>
        <source>line %1: %2; the file was not imported, nothing was changed</source>
        <translation>Строка %1: %2; файл не импортирован, ничего не изменено</translation>
    </message>
    <message>
        <source>the key vault pins no admin&apos;s signing key: nothing is signed until an admin pins theirs (an admin unlocking the vault in the console, or exctl --operator ADMIN vault pin)</source>
        <translation>В хранилище ключей не закреплён ключ подписи администратора: ничего не подписывается, пока администратор не закрепит свой (разблокировав хранилище в консоли или командой exctl --operator ADMIN vault pin)</translation>
    </message>
    <message>
        <source>no admin has signed %1&apos;s settings: its payouts are not signed until an admin saves them on the Settings screen (or with exctl asset set), which signs them</source>
        <translation>Ни один администратор не подписал настройки %1: его выплаты не подписываются, пока администратор не сохранит их на экране «Настройки» (или командой exctl asset set) и тем самым не подпишет</translation>
    </message>
    <message>
        <source>unknown scope &apos;%1&apos;: the scopes are read, customers and withdrawals</source>
        <translation>неизвестная область доступа «%1»: допустимы read, customers и withdrawals</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a service client name: 1 to 64 letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;</source>
        <translation>«%1» не подходит как имя сервисного клиента: от 1 до 64 букв, цифр, «.», «_» или «-»</translation>
    </message>
    <message>
        <source>a service client&apos;s public key is an Ed25519 key of 32 bytes, as 64 hex digits or in base64</source>
        <translation>открытый ключ сервисного клиента — ключ Ed25519 длиной 32 байта: 64 шестнадцатеричные цифры или base64</translation>
    </message>
    <message>
        <source>a service client named %1 exists already</source>
        <translation>сервисный клиент с именем %1 уже существует</translation>
    </message>
    <message>
        <source>another service client has this public key: each client has a key of its own</source>
        <translation>этот открытый ключ уже у другого сервисного клиента: у каждого клиента должен быть свой ключ</translation>
    </message>
    <message>
        <source>no service client is named %1</source>
        <translation>сервисного клиента с именем %1 нет</translation>
    </message>
    <message>
        <source>service client %1 is disabled already</source>
        <translation>сервисный клиент %1 уже отключён</translation>
    </message>
    <message>
        <source>customer %1 is closed: no deposit address is issued to them</source>
        <translation>клиент %1 закрыт: адрес для пополнения ему не выдаётся</translation>
    </message>
    <message>
        <source>no Ethereum deposit key is set up yet: an admin unlocks the key vault once (with its seed imported) and Ethereum addresses are issued from then on</source>
        <translation>ключ для пополнений Ethereum ещё не настроен: администратор один раз разблокирует хранилище ключей (с импортированным seed), после этого адреса Ethereum выдаются</translation>
    </message>
    <message>
        <source>the Algorand deposit address pool is empty: an admin unlocks the key vault to refill it</source>
        <translation>запас адресов для пополнения Algorand исчерпан: администратор разблокирует хранилище ключей, чтобы пополнить его</translation>
    </message>
    <message>
        <source>the stored Ethereum deposit xpub is not the vault seed&apos;s: no Ethereum deposit address is issued until this is investigated</source>
        <translation>сохранённый xpub для пополнений Ethereum не соответствует seed хранилища: адреса Ethereum не выдаются, пока это не выяснено</translation>
    </message>
    <message>
        <source>the Algorand deposit address pool is low: %1 of %2 left; an admin unlocks the key vault to refill it</source>
        <translation>запас адресов для пополнения Algorand на исходе: осталось %1 из %2; администратор разблокирует хранилище ключей, чтобы пополнить его</translation>
    </message>
    <message>
        <source>%1 is not a valid %2 address: %3</source>
        <translation>%1 — недопустимый адрес %2: %3</translation>
    </message>
    <message>
        <source>%1 is the exchange&apos;s own %2 wallet, never a customer&apos;s address</source>
        <translation>%1 — собственный кошелёк биржи (%2), а не адрес клиента</translation>
    </message>
    <message>
        <source>%1 is another customer&apos;s deposit address</source>
        <translation>%1 — адрес для пополнения другого клиента</translation>
    </message>
    <message>
        <source>customer %1 has %2 on their address list already</source>
        <translation>%2 уже есть в списке адресов клиента %1</translation>
    </message>
    <message>
        <source>customer %1 has no address %2 on their address list</source>
        <translation>в списке адресов клиента %1 нет адреса %2</translation>
    </message>
    <message>
        <source>an address label has at most %1 characters</source>
        <translation>метка адреса — не более %1 символов</translation>
    </message>
    <message>
        <source>new destination: the address is not on the customer&apos;s address list</source>
        <translation>новый получатель: адреса нет в списке адресов клиента</translation>
    </message>
    <message>
        <source>the API client %1 may not %2</source>
        <extracomment>%1 a back-office API client&apos;s name, %2 the technical name of an action</extracomment>
        <translation>API-клиенту %1 нельзя %2</translation>
    </message>
    <message>
        <source>customer %1&apos;s deposit address here is not one the recorded xpub derives: an operator decides</source>
        <extracomment>%1 a customer&apos;s number</extracomment>
        <translation>Адрес для депозитов клиента %1 здесь не выводится из сохранённого xpub: решает оператор</translation>
    </message>
    <message>
        <source>%1 has no hot wallet or no asset configured: no deposit instructions can be given on it (exctl wallet add --tier hot)</source>
        <translation>для %1 не настроен горячий кошелёк или актив: реквизиты для пополнения в этой сети выдать нельзя (exctl wallet add --tier hot)</translation>
    </message>
    <message>
        <source>webhooks</source>
        <translation>Вебхуки</translation>
    </message>
    <message>
        <source>delivering events as they come</source>
        <translation>события доставляются по мере поступления</translation>
    </message>
    <message>
        <source>deliveries wait: the key vault, which keeps the webhook signing key, is locked</source>
        <translation>доставка ждёт: хранилище ключей, где лежит ключ подписи вебхуков, заблокировано</translation>
    </message>
    <message>
        <source>deliveries wait: no webhook signing key yet; it is made when the key vault is unlocked here</source>
        <translation>доставка ждёт: ключа подписи вебхуков ещё нет; он будет создан, когда хранилище ключей разблокируют здесь</translation>
    </message>
    <message>
        <source>deliveries stopped: %1</source>
        <translation>доставка остановлена: %1</translation>
    </message>
    <message>
        <source>paid to the muxed address with id %1 but with the memo %2: they name different customers; an operator decides</source>
        <extracomment>%1 and %2: numbers naming customers (a Stellar muxed address&apos;s id, a memo)</extracomment>
        <translation>оплачено на мультиплексированный адрес с ID %1, но с memo %2: они указывают на разных клиентов; решает оператор</translation>
    </message>
    <message>
        <source>paid to the muxed address with id %1</source>
        <extracomment>%1: the number a Stellar muxed (M…) address carries</extracomment>
        <translation>оплачено на мультиплексированный адрес с ID %1</translation>
    </message>
    <message>
        <source>deliveries failing: %1 being retried, %2 failed; the oldest event from %3 (the Webhooks screen; exctl webhook deliveries --failed)</source>
        <translation>доставка не удаётся: %1 — повторные попытки, %2 — не доставлено; самое старое событие от %3 (экран «Вебхуки»; exctl webhook deliveries --failed)</translation>
    </message>
    <message>
        <source>the payment moves %1, which is not the token of the asset %2: nothing was recorded</source>
        <extracomment>%1: a token (&quot;erc20 0x…&quot;); %2: an asset code</extracomment>
        <translation>платёж переводит %1, а не токен актива %2: ничего не записано</translation>
    </message>
    <message>
        <source>the %1 tokens in force changed while their payments were read: they are read again</source>
        <extracomment>%1: a chain (ethereum, stellar, algorand)</extracomment>
        <translation>действующие токены %1 изменились, пока читались их платежи: они читаются заново</translation>
    </message>
    <message>
        <source>hot wallet short: it holds %1 %2, this payout needs %3 after %4 already on its way; replenish hot from warm, then retry</source>
        <extracomment>%1: the amount hot holds; %2: the asset code; %3: the payout&apos;s amount; %4: the amount of payouts already on their way</extracomment>
        <translation>на горячем кошельке не хватает средств: на нём %1 %2, этой выплате нужно %3 сверх %4, уже находящихся в пути; пополните горячий кошелёк из тёплого и повторите</translation>
    </message>
    <message>
        <source>hot holds the %1 but not the network fee: it holds %2 %3, this payout&apos;s fee may be up to %4 after %5 already committed; send %6 to hot, then retry</source>
        <extracomment>%1: a token&apos;s asset code; %2: the coin hot holds; %3: the chain&apos;s coin code (ETH); %4: the most this payout&apos;s fee can be; %5: fees already committed; %6: the coin code again</extracomment>
        <translation>на горячем кошельке есть %1, но нет средств на комиссию сети: на нём %2 %3, комиссия этой выплаты может составить до %4 сверх уже зарезервированных %5; отправьте %6 на горячий кошелёк и повторите</translation>
    </message>
    <message>
        <source>%1 token payouts wait: %2</source>
        <extracomment>%1: a chain (ethereum, stellar, algorand); %2: the reason</extracomment>
        <translation>выплаты токенов в сети %1 ожидают: %2</translation>
    </message>
    <message>
        <source>the key vault is locked: the signed identities of the %1 tokens (%2) cannot be checked, so their deposits and payouts wait (unlock the vault)</source>
        <extracomment>%1: a chain (ethereum, stellar, algorand); %2: asset codes (&quot;USDC, USDT&quot;)</extracomment>
        <translation>хранилище ключей заблокировано: подписанные идентичности токенов %1 (%2) нельзя проверить, поэтому их депозиты и выплаты ожидают (разблокируйте хранилище)</translation>
    </message>
    <message>
        <source>no admin key is pinned in the key vault: the identities of the %1 tokens (%2) cannot be checked, so their deposits and payouts wait</source>
        <extracomment>%1: a chain (ethereum, stellar, algorand); %2: asset codes (&quot;USDC, USDT&quot;)</extracomment>
        <translation>в хранилище ключей не закреплён ключ администратора: идентичности токенов %1 (%2) нельзя проверить, поэтому их депозиты и выплаты ожидают</translation>
    </message>
    <message>
        <source>the asset %1 is not the token an admin signed, so deposits and payouts of its chain&apos;s tokens wait for an admin: %2</source>
        <extracomment>%1: an asset code; %2: the reason</extracomment>
        <translation>актив %1 не совпадает с токеном, подписанным администратором, поэтому депозиты и выплаты токенов его сети ожидают администратора: %2</translation>
    </message>
    <message>
        <source>unknown buy_currency (use Ethereum, Algorand, Stellar or a listed token&apos;s asset code)</source>
        <translation>неизвестная buy_currency (используйте Ethereum, Algorand, Stellar или код актива токена из списка)</translation>
    </message>
    <message>
        <source>unknown sell_currency (use Ethereum, Algorand, Stellar or a listed token&apos;s asset code)</source>
        <translation>неизвестная sell_currency (используйте Ethereum, Algorand, Stellar или код актива токена из списка)</translation>
    </message>
    <message>
        <source>the funding transaction moved %1, not the sell_currency</source>
        <extracomment>%1 what it moved instead (a token, the chain&apos;s coin)</extracomment>
        <translation>оплачивающая транзакция перевела %1, а не sell_currency</translation>
    </message>
    <message>
        <source>%1 names no coin, and the exchange&apos;s tokens cannot be checked now; try again later</source>
        <extracomment>%1 the payload field (buy_currency or sell_currency)</extracomment>
        <translation>%1 не называет монету, а токены биржи сейчас нельзя проверить; повторите позже</translation>
    </message>
    <message>
        <source>the fee wallet&apos;s address in the database, %1, is not the one the vault&apos;s fee key derives on %2 (%3); nothing signed</source>
        <translation>адрес кошелька комиссий в базе данных, %1, не тот, который выводит ключ комиссий из хранилища в %2 (%3); ничего не подписано</translation>
    </message>
    <message>
        <source>%1 has no fee wallet: its deposits need no coin to be collected</source>
        <extracomment>%1 a chain&apos;s name (stellar)</extracomment>
        <translation>У %1 нет кошелька комиссий: для сбора его депозитов монеты не нужны</translation>
    </message>
    <message>
        <source>the fee wallet&apos;s max balance and low-balance alert cannot be negative</source>
        <translation>максимальный баланс и порог предупреждения кошелька комиссий не могут быть отрицательными</translation>
    </message>
    <message>
        <source>the fee wallet&apos;s low-balance alert cannot be above its max balance</source>
        <translation>порог предупреждения кошелька комиссий не может быть выше его максимального баланса</translation>
    </message>
    <message>
        <source>%1 is this customer&apos;s own deposit address: a withdrawal to it would only come back</source>
        <translation>%1 — собственный адрес пополнения этого клиента: вывод на него лишь вернётся обратно</translation>
    </message>
    <message>
        <source>%1 is the exchange&apos;s own %2 wallet: a withdrawal to it would land unattributed; give a customer&apos;s address</source>
        <translation>%1 — собственный кошелёк биржи (%2): вывод на него поступит без владельца; укажите адрес клиента</translation>
    </message>
    <message>
        <source>%1 is the exchange&apos;s Stellar deposit account: give the receiving customer&apos;s M-address, which names them, or the money lands unattributed</source>
        <translation>%1 — счёт пополнения биржи в Stellar: укажите M-адрес клиента-получателя, который его называет, иначе деньги поступят без владельца</translation>
    </message>
    <message>
        <source>%1 names the id %2, which is no customer of this exchange: the money would land unattributed</source>
        <translation>%1 указывает идентификатор %2, которому не соответствует ни один клиент биржи: деньги поступят без владельца</translation>
    </message>
    <message>
        <source>%1 is an exchange deposit address issued to no customer: the money would land unattributed</source>
        <translation>%1 — адрес пополнения биржи, не выданный ни одному клиенту: деньги поступят без владельца</translation>
    </message>
    <message>
        <source>the signer does not find %1 among the deposit addresses it trusts: %2; nothing settled</source>
        <translation>подписывающий не находит %1 среди адресов пополнения, которым доверяет: %2; ничего не проведено</translation>
    </message>
    <message>
        <source>%1 belongs to customer %2 as the signer reads it, not to customer %3 as the withdrawal says; nothing settled</source>
        <translation>по данным подписывающего %1 принадлежит клиенту %2, а не клиенту %3, как указано в выводе; ничего не проведено</translation>
    </message>
    <message>
        <source>internal transfer to customer %1: settled in the ledger, nothing sent on chain</source>
        <translation>внутренний перевод клиенту %1: проведён в журнале, в сеть ничего не отправлено</translation>
    </message>
</context>
<context>
    <name>CustomerActions</name>
    <message>
        <source>Customer “%1” was not changed: %2</source>
        <translation>Клиент «%1» не изменён: %2</translation>
    </message>
    <message>
        <source>Customer “%1” (%2) added; their Stellar memo is %3.</source>
        <translation>Клиент «%1» (%2) добавлен; его Stellar-мемо: %3.</translation>
    </message>
    <message>
        <source>Customer “%1” updated.</source>
        <translation>Клиент «%1» изменён.</translation>
    </message>
    <message>
        <source>Customer “%1” frozen: no withdrawal leaves until they are unfrozen.</source>
        <translation>Клиент «%1» заморожен: выводы не уходят, пока его не разморозят.</translation>
    </message>
    <message>
        <source>Customer “%1” unfrozen: their withdrawals are requested and paid again.</source>
        <translation>Клиент «%1» разморожен: его выводы снова принимаются и выплачиваются.</translation>
    </message>
    <message>
        <source>Customer “%1” closed.</source>
        <translation>Клиент «%1» закрыт.</translation>
    </message>
    <message>
        <source>Change customer “%1”</source>
        <translation>Изменение клиента «%1»</translation>
    </message>
</context>
<context>
    <name>CustomerAddressesModel</name>
    <message>
        <source>%1 is on the customer&apos;s address list.</source>
        <translation>%1 добавлен в список адресов клиента.</translation>
    </message>
    <message>
        <source>%1 was removed from the customer&apos;s address list.</source>
        <translation>%1 удалён из списка адресов клиента.</translation>
    </message>
    <message>
        <source>Chain</source>
        <translation>Сеть</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Адрес</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Метка</translation>
    </message>
    <message>
        <source>Added by</source>
        <translation>Кем добавлен</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Добавлен</translation>
    </message>
</context>
<context>
    <name>CustomerAddressesView</name>
    <message>
        <source>&amp;Add address…</source>
        <translation>&amp;Добавить адрес…</translation>
    </message>
    <message>
        <source>&amp;Remove address…</source>
        <translation>&amp;Удалить адрес…</translation>
    </message>
    <message>
        <source>The customer&apos;s address on that chain</source>
        <translation>Адрес клиента в этой сети</translation>
    </message>
    <message>
        <source>Label (optional)</source>
        <translation>Метка (необязательно)</translation>
    </message>
    <message>
        <source>Chain:</source>
        <translation>Сеть:</translation>
    </message>
    <message>
        <source>Address:</source>
        <translation>Адрес:</translation>
    </message>
    <message>
        <source>Label:</source>
        <translation>Метка:</translation>
    </message>
    <message>
        <source>Addresses of their own (a withdrawal elsewhere is a new destination)</source>
        <translation>Собственные адреса (вывод на любой другой адрес — новый получатель)</translation>
    </message>
    <message>
        <source>Signing keys for withdrawal requests through the API:</source>
        <translation>Ключи подписи для запросов на вывод через API:</translation>
    </message>
    <message>
        <source>Nothing was changed: %1</source>
        <extracomment>%1 why the core refused</extracomment>
        <translation>Ничего не изменено: %1</translation>
    </message>
    <message>
        <source>None: the API refuses this customer&apos;s withdrawal requests.</source>
        <translation>Нет: API отклоняет запросы этого клиента на вывод.</translation>
    </message>
    <message>
        <source>%1 of %2 must sign:
%3</source>
        <extracomment>%1 how many keys must sign, %2 how many there are, %3 the keys, one per line</extracomment>
        <translation>Должны подписать %1 из %2:
%3</translation>
    </message>
    <message>
        <source>Add %3 on %2 to the address list of %1? Their withdrawals to it will no longer be flagged as a new destination.</source>
        <extracomment>%1 the customer&apos;s external id, %2 a chain, %3 an address, %4 its label</extracomment>
        <translation>Добавить %3 (%2) в список адресов %1? Выводы на этот адрес больше не будут помечаться как новый получатель.</translation>
    </message>
    <message>
        <source>Add %3 (%4) on %2 to the address list of %1? Their withdrawals to it will no longer be flagged as a new destination.</source>
        <translation>Добавить %3 (%4, %2) в список адресов %1? Выводы на этот адрес больше не будут помечаться как новый получатель.</translation>
    </message>
    <message>
        <source>Add an address</source>
        <translation>Добавление адреса</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Добавить</translation>
    </message>
    <message>
        <source>Remove %3 on %2 from the address list of %1? Their next withdrawals to it will be flagged as a new destination; earlier ones keep what they were.</source>
        <extracomment>%1 the customer&apos;s external id, %2 a chain, %3 an address</extracomment>
        <translation>Удалить %3 (%2) из списка адресов %1? Следующие выводы на этот адрес будут помечены как новый получатель; прежние останутся как есть.</translation>
    </message>
    <message>
        <source>Remove an address</source>
        <translation>Удаление адреса</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Удалить</translation>
    </message>
</context>
<context>
    <name>CustomerDetailsSource</name>
    <message>
        <source>Open</source>
        <translation>Открыт</translation>
    </message>
    <message>
        <source>Filled</source>
        <translation>Исполнен</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Отменён</translation>
    </message>
    <message>
        <source>Asset</source>
        <translation>Актив</translation>
    </message>
    <message>
        <source>Available</source>
        <translation>Доступно</translation>
    </message>
    <message>
        <source>Held</source>
        <translation>Заблокировано</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Всего</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>№</translation>
    </message>
    <message>
        <source>Seen</source>
        <translation>Замечен</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Сумма</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Состояние</translation>
    </message>
    <message>
        <source>Transaction</source>
        <translation>Транзакция</translation>
    </message>
    <message>
        <source>Requested</source>
        <translation>Запрошен</translation>
    </message>
    <message>
        <source>Destination</source>
        <translation>Назначение</translation>
    </message>
    <message>
        <source>Placed</source>
        <translation>Размещён</translation>
    </message>
    <message>
        <source>Sells</source>
        <translation>Продаёт</translation>
    </message>
    <message>
        <source>Buys</source>
        <translation>Покупает</translation>
    </message>
    <message>
        <source>The customer&apos;s details could not be read: %1</source>
        <translation>Не удалось прочитать данные клиента: %1</translation>
    </message>
    <message>
        <source>%1 (%2 held)</source>
        <extracomment>what a customer has of one asset, and of it held: &quot;5.00 XLM (2.00 held)&quot;</extracomment>
        <translation>%1 (из них %2 заблокировано)</translation>
    </message>
    <message>
        <source>Internal transfer</source>
        <translation>Внутренний перевод</translation>
    </message>
    <message>
        <source>from customer #%1, withdrawal #%2</source>
        <translation>от клиента #%1, вывод #%2</translation>
    </message>
</context>
<context>
    <name>CustomerEditDialog</name>
    <message>
        <source>Add a customer</source>
        <translation>Добавление клиента</translation>
    </message>
    <message>
        <source>Edit customer %1</source>
        <translation>Изменение клиента %1</translation>
    </message>
    <message>
        <source>The exchange&apos;s own id for them, e.g. u-10432</source>
        <translation>Собственный идентификатор биржи, например u-10432</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Полное имя</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>Необязательно</translation>
    </message>
    <message>
        <source>Customer &amp;id:</source>
        <translation>&amp;Идентификатор клиента:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>И&amp;мя:</translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation>&amp;Эл. почта:</translation>
    </message>
    <message>
        <source>Add the customer</source>
        <translation>Добавить клиента</translation>
    </message>
    <message>
        <source>Save the changes</source>
        <translation>Сохранить изменения</translation>
    </message>
    <message>
        <source>A customer needs the exchange&apos;s id for them and a name.</source>
        <translation>Клиенту нужны идентификатор биржи и имя.</translation>
    </message>
    <message>
        <source>Adds customer “%1”, %2, without an email address. The addition is recorded in the audit log.</source>
        <translation>Добавляет клиента «%1», %2, без адреса эл. почты. Это записывается в журнал аудита.</translation>
    </message>
    <message>
        <source>Adds customer “%1”, %2, %3. The addition is recorded in the audit log.</source>
        <translation>Добавляет клиента «%1», %2, %3. Это записывается в журнал аудита.</translation>
    </message>
    <message>
        <source>name “%1” becomes “%2”</source>
        <translation>имя «%1» меняется на «%2»</translation>
    </message>
    <message>
        <source>email %1 is removed</source>
        <translation>эл. почта %1 удаляется</translation>
    </message>
    <message>
        <source>email %1 is added</source>
        <translation>добавляется эл. почта %1</translation>
    </message>
    <message>
        <source>email %1 becomes %2</source>
        <translation>эл. почта %1 меняется на %2</translation>
    </message>
    <message>
        <source>A customer needs a name.</source>
        <translation>Клиенту нужно имя.</translation>
    </message>
    <message>
        <source>Nothing changed yet.</source>
        <translation>Пока ничего не изменено.</translation>
    </message>
    <message>
        <source>For “%1”: %2. The change is recorded in the audit log.</source>
        <extracomment>%1: the changes, e.g. name “Ada” becomes “Ada King”; email a@b is added</extracomment>
        <translation>Для «%1»: %2. Изменение записывается в журнал аудита.</translation>
    </message>
</context>
<context>
    <name>CustomerListModel</name>
    <message>
        <source>%1 (#%2)</source>
        <extracomment>a customer in a picker: name and id</extracomment>
        <translation>%1 (№%2)</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <extracomment>a customer in a picker: their external id and email</extracomment>
        <translation>%1, %2</translation>
    </message>
</context>
<context>
    <name>CustomerPicker</name>
    <message>
        <source>Search: id, customer id, name or email</source>
        <translation>Поиск: №, идентификатор, имя или эл. почта</translation>
    </message>
    <message>
        <source>Search customers</source>
        <translation>Поиск клиентов</translation>
    </message>
    <message>
        <source>Choose the customer…</source>
        <translation>Выберите клиента…</translation>
    </message>
    <message>
        <source>Customers found</source>
        <translation>Найденные клиенты</translation>
    </message>
    <message>
        <source>More match: type more to narrow the list.</source>
        <translation>Совпадений больше: уточните запрос.</translation>
    </message>
</context>
<context>
    <name>CustomersModel</name>
    <message>
        <source>The customers could not be read: %1</source>
        <translation>Не удалось прочитать клиентов: %1</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Активен</translation>
    </message>
    <message>
        <source>Frozen</source>
        <translation>Заморожен</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Закрыт</translation>
    </message>
    <message>
        <source>%1 available, %2 held, %3 in total</source>
        <extracomment>a customer&apos;s balance of one asset: available, held and total</extracomment>
        <translation>%1 доступно, %2 заблокировано, %3 всего</translation>
    </message>
    <message>
        <source>Internal id and Stellar memo: %1</source>
        <extracomment>a customer&apos;s internal id, also their Stellar memo, and their email</extracomment>
        <translation>Внутренний № и Stellar-мемо: %1</translation>
    </message>
    <message>
        <source>Internal id and Stellar memo: %1
Email: %2</source>
        <translation>Внутренний № и Stellar-мемо: %1
Эл. почта: %2</translation>
    </message>
    <message>
        <source>Available: what the customer may withdraw or trade now</source>
        <translation>Доступно: что клиент может сейчас вывести или пустить в торговлю</translation>
    </message>
    <message>
        <source>Customer id</source>
        <translation>Идентификатор</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Состояние</translation>
    </message>
    <message>
        <source>Last activity</source>
        <translation>Последняя активность</translation>
    </message>
</context>
<context>
    <name>CustomersPage</name>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Добавить…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Изменить…</translation>
    </message>
    <message>
        <source>Free&amp;ze…</source>
        <translation>&amp;Заморозить…</translation>
    </message>
    <message>
        <source>&amp;Unfreeze…</source>
        <translation>&amp;Разморозить…</translation>
    </message>
    <message>
        <source>C&amp;lose…</source>
        <translation>За&amp;крыть…</translation>
    </message>
    <message>
        <source>The exchange&apos;s customers, from the store a page at a time. A frozen customer&apos;s deposits are still credited but no withdrawal leaves; a customer is closed only with nothing on any account and nothing held.</source>
        <translation>Клиенты биржи, по страницам из хранилища. Замороженному клиенту депозиты по-прежнему зачисляются, но выводы не уходят; закрыть клиента можно, только когда на его счетах ничего нет и ничего не заблокировано.</translation>
    </message>
    <message>
        <source>Filter by customer id, name, email, deposit address or memo (Ctrl+F)</source>
        <translation>Фильтр по идентификатору, имени, эл. почте, адресу депозита или мемо (Ctrl+F)</translation>
    </message>
    <message>
        <source>Find: type to filter the customers</source>
        <translation>Поиск: введите текст, чтобы отфильтровать клиентов</translation>
    </message>
    <message>
        <source>Add a customer (Ctrl+Shift+N)</source>
        <translation>Добавить клиента (Ctrl+Shift+N)</translation>
    </message>
    <message>
        <source>Change the selected customer&apos;s name or email (Ctrl+Shift+E)</source>
        <translation>Изменить имя или эл. почту выбранного клиента (Ctrl+Shift+E)</translation>
    </message>
    <message>
        <source>Stop the selected customer&apos;s withdrawals; deposits are still credited (Ctrl+Shift+F)</source>
        <translation>Остановить выводы выбранного клиента; депозиты по-прежнему зачисляются (Ctrl+Shift+F)</translation>
    </message>
    <message>
        <source>Let the selected customer&apos;s withdrawals go again (Ctrl+Shift+U)</source>
        <translation>Снова разрешить выводы выбранного клиента (Ctrl+Shift+U)</translation>
    </message>
    <message>
        <source>Close the selected customer&apos;s account for good; only with zero balances (Ctrl+Shift+W)</source>
        <translation>Закрыть выбранного клиента навсегда; только при нулевых остатках (Ctrl+Shift+W)</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Клиенты</translation>
    </message>
    <message>
        <source>Customers shown: %1; more as you scroll.</source>
        <translation>Показано клиентов: %1; остальные — при прокрутке.</translation>
    </message>
    <message>
        <source>Customers shown: %1.</source>
        <translation>Показано клиентов: %1.</translation>
    </message>
    <message>
        <source>Double-click a row to open its screen</source>
        <translation>Двойной щелчок по строке открывает её экран</translation>
    </message>
    <message>
        <source>&amp;Balances</source>
        <translation>&amp;Остатки</translation>
    </message>
    <message>
        <source>&amp;Deposits</source>
        <translation>Депози&amp;ты</translation>
    </message>
    <message>
        <source>&amp;Withdrawals</source>
        <translation>Вывод&amp;ы</translation>
    </message>
    <message>
        <source>&amp;Orders</source>
        <translation>Орд&amp;еры</translation>
    </message>
    <message>
        <source>Deposit &amp;instructions</source>
        <translation>Инструкции для де&amp;позита</translation>
    </message>
    <message>
        <source>Add&amp;resses</source>
        <translation>Адре&amp;са</translation>
    </message>
    <message>
        <source>%1 — %2, %3, Stellar memo %4</source>
        <extracomment>the customer shown in the pane: name, external id, state, memo (internal id)</extracomment>
        <translation>%1 — %2, %3, Stellar-мемо %4</translation>
    </message>
    <message>
        <source>Choose a customer to see their balances and history.</source>
        <translation>Выберите клиента, чтобы увидеть его остатки и историю.</translation>
    </message>
    <message>
        <source>“%1” (%2)</source>
        <translation>«%1» (%2)</translation>
    </message>
    <message>
        <source>Freeze customer %1</source>
        <translation>Заморозка клиента %1</translation>
    </message>
    <message>
        <source>Freeze %1? Their withdrawal requests are refused, those under review cannot be approved and their queued payouts wait until they are unfrozen. Deposits are still credited to them. The change is recorded in the audit log.</source>
        <translation>Заморозить %1? Новые заявки на вывод отклоняются, выводы на проверке нельзя одобрить, а выплаты в очереди ждут разморозки. Депозиты по-прежнему зачисляются. Изменение записывается в журнал аудита.</translation>
    </message>
    <message>
        <source>Freeze</source>
        <translation>Заморозить</translation>
    </message>
    <message>
        <source>Unfreeze customer %1</source>
        <translation>Разморозка клиента %1</translation>
    </message>
    <message>
        <source>Unfreeze %1? Their withdrawals can be requested again, and their waiting payouts resume. The change is recorded in the audit log.</source>
        <translation>Разморозить %1? Выводы снова можно запрашивать, а ожидающие выплаты продолжатся. Изменение записывается в журнал аудита.</translation>
    </message>
    <message>
        <source>Unfreeze</source>
        <translation>Разморозить</translation>
    </message>
    <message>
        <source>Close customer %1</source>
        <translation>Закрытие клиента %1</translation>
    </message>
    <message>
        <source>Close %1 for good? A closed customer cannot be reopened. The store refuses it while any of their accounts has a balance or a hold. The change is recorded in the audit log.</source>
        <translation>Закрыть %1 навсегда? Закрытого клиента нельзя открыть снова. Пока на любом его счёте есть остаток или блокировка, закрытие отклоняется. Изменение записывается в журнал аудита.</translation>
    </message>
    <message>
        <source>Close the customer</source>
        <translation>Закрыть клиента</translation>
    </message>
    <message>
        <source>They still have %1: closing will be refused until that is paid out or moved.</source>
        <translation>У клиента ещё есть %1: закрытие будет отклонено, пока это не выведено или не перенесено.</translation>
    </message>
</context>
<context>
    <name>DashboardScreen</name>
    <message numerus="yes">
        <source>%n min</source>
        <translation>
            <numerusform>%n мин</numerusform>
            <numerusform>%n мин</numerusform>
            <numerusform>%n мин</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 ч %2 мин</translation>
    </message>
    <message numerus="yes">
        <source>%n days</source>
        <translation>
            <numerusform>%n день</numerusform>
            <numerusform>%n дня</numerusform>
            <numerusform>%n дней</numerusform>
        </translation>
    </message>
    <message>
        <source>Needs you now</source>
        <translation>Требует Вашего внимания</translation>
    </message>
    <message>
        <source>Deposit watchers: starting…</source>
        <translation>Мониторы депозитов: запуск…</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Обзор</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Обновить</translation>
    </message>
    <message>
        <source>Read everything again and verify the audit chain (F5)</source>
        <translation>Перечитать все данные и проверить цепочку аудита (F5)</translation>
    </message>
    <message>
        <source>Hot, warm and cold per asset (ledger; chain as last read)</source>
        <translation>Горячие, тёплые и холодные кошельки по активам (главная книга; блокчейн — по последнему чтению)</translation>
    </message>
    <message>
        <source>Asset</source>
        <translation>Актив</translation>
    </message>
    <message>
        <source>Hot</source>
        <translation>Горячий</translation>
    </message>
    <message>
        <source>Warm</source>
        <translation>Тёплый</translation>
    </message>
    <message>
        <source>Cold</source>
        <translation>Холодный</translation>
    </message>
    <message>
        <source>Hot covers the queue</source>
        <translation>Горячий покрывает очередь</translation>
    </message>
    <message>
        <source>Recent activity (audit log)</source>
        <translation>Последние действия (журнал аудита)</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Когда</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Кто</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Что</translation>
    </message>
    <message>
        <source>On</source>
        <translation>Объект</translation>
    </message>
    <message>
        <source>Deposit watchers:</source>
        <translation>Мониторы депозитов:</translation>
    </message>
    <message>
        <source>Open the screen that resolves this</source>
        <translation>Открыть экран для решения этой задачи</translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation>Чтение…</translation>
    </message>
    <message>
        <source>Withdrawals waiting for review: %1; the oldest has waited %2.</source>
        <translation>Выводы, ожидающие проверки: %1; самый старый ожидает %2.</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Проверить</translation>
    </message>
    <message>
        <source>Withdrawals in error or failed: %1. Retry, cancel or pay them manually.</source>
        <translation>Выводы с ошибкой или неудавшиеся: %1. Повторите, отмените или выплатите их вручную.</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Открыть</translation>
    </message>
    <message>
        <source>Manual payouts waiting for their TxId: %1.</source>
        <translation>Ручные выплаты, ожидающие TxId: %1.</translation>
    </message>
    <message>
        <source>Upload TxId</source>
        <translation>Загрузить TxId</translation>
    </message>
    <message>
        <source>Deposits not attributed to a customer: %1.</source>
        <translation>Депозиты, не привязанные к клиенту: %1.</translation>
    </message>
    <message>
        <source>Assign</source>
        <translation>Назначить</translation>
    </message>
    <message>
        <source>Hot %1 is short by %2 %1 for the payouts queued on it (%3). Replenish it from warm.</source>
        <translation>Горячему кошельку %1 не хватает %2 %1 для выплат в его очереди (%3). Пополните его из тёплого.</translation>
    </message>
    <message>
        <source>Wallets</source>
        <translation>Кошельки</translation>
    </message>
    <message>
        <source>The books have never been checked on this database.</source>
        <translation>Главная книга в этой базе данных ещё ни разу не проверялась.</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Проверить</translation>
    </message>
    <message>
        <source>The last ledger check (%1) found discrepancies: %2.</source>
        <translation>Последняя проверка главной книги (%1) выявила расхождения: %2.</translation>
    </message>
    <message>
        <source>Ledger</source>
        <translation>Главная книга</translation>
    </message>
    <message>
        <source>The audit chain is broken at record %1: %2</source>
        <translation>Цепочка аудита нарушена на записи %1: %2</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>Журнал аудита</translation>
    </message>
    <message>
        <source>Audit chain BROKEN.</source>
        <translation>Цепочка аудита НАРУШЕНА.</translation>
    </message>
    <message>
        <source>Books checked %1: clean.</source>
        <translation>Главная книга проверена %1: расхождений нет.</translation>
    </message>
    <message>
        <source>Books checked %1: NOT clean.</source>
        <translation>Главная книга проверена %1: ЕСТЬ расхождения.</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source> (chain %1)</source>
        <translation> (блокчейн %1)</translation>
    </message>
    <message>
        <source>No: replenish from warm</source>
        <translation>Нет: пополните из тёплого</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Да</translation>
    </message>
    <message>
        <source>Payouts on %1</source>
        <translation>Выплаты в %1</translation>
    </message>
    <message>
        <source>Deposit watcher %1</source>
        <translation>Наблюдатель депозитов %1</translation>
    </message>
    <message>
        <source>Chain balance reader</source>
        <translation>Чтение балансов в сетях</translation>
    </message>
    <message>
        <source>%1: down since %2. %3</source>
        <translation>%1: не работает с %2. %3</translation>
    </message>
    <message>
        <source>Chain settings</source>
        <translation>Настройки сетей</translation>
    </message>
    <message>
        <source>Nothing needs you now: no withdrawal waits for review, nothing is in error, every deposit is attributed, every hot wallet covers its queue and no watcher is down.</source>
        <translation>Сейчас ничего не требует вашего участия: ни один вывод не ждёт проверки, ошибок нет, все депозиты зачислены, каждый горячий кошелёк покрывает свою очередь и все наблюдатели работают.</translation>
    </message>
    <message>
        <source>Hot %1 holds %2 %1, above its max balance of %3 %1. Collect the surplus (%4 %1) to warm.</source>
        <extracomment>%1 asset code, %2 hot&apos;s balance, %3 its max balance, %4 the surplus</extracomment>
        <translation>Горячий кошелёк %1 хранит %2 %1 — больше максимального баланса %3 %1. Соберите излишек (%4 %1) в тёплый.</translation>
    </message>
    <message>
        <source>This is a demo database: its keys are published, so anyone can spend from its addresses. Never use it for real money.</source>
        <translation>Это демонстрационная база: её ключи опубликованы, и кто угодно может тратить с её адресов. Никогда не используйте её для настоящих денег.</translation>
    </message>
    <message numerus="yes">
        <source>The database file is damaged (%n problem(s)), first: %1. Stop working on it, restore it from a backup and run exctl ledger check.</source>
        <translation>
            <numerusform>Файл базы данных повреждён (%n проблема), первая: %1. Прекратите работу с ним, восстановите его из резервной копии и запустите exctl ledger check.</numerusform>
            <numerusform>Файл базы данных повреждён (%n проблемы), первая: %1. Прекратите работу с ним, восстановите его из резервной копии и запустите exctl ledger check.</numerusform>
            <numerusform>Файл базы данных повреждён (%n проблем), первая: %1. Прекратите работу с ним, восстановите его из резервной копии и запустите exctl ledger check.</numerusform>
        </translation>
    </message>
    <message>
        <source>The exchange&apos;s address %1 (%2) has a published key: anyone can spend from it. Replace it with the exchange&apos;s own.</source>
        <translation>У адреса биржи %1 (%2) опубликованный ключ: кто угодно может с него тратить. Замените его собственным адресом биржи.</translation>
    </message>
    <message>
        <source>Audit chain intact, verified %1: %2 records.</source>
        <extracomment>%1 when it was verified, %2 how many records that covered</extracomment>
        <translation>Цепочка аудита цела, проверена %1: записей: %2.</translation>
    </message>
    <message>
        <source>Withdrawals held because the payout signer could not verify them: %1. Each one&apos;s note and the audit log say which check failed; investigate, then an admin releases each hold.</source>
        <translation>Выводы остановлены, потому что подписант выплат не смог их подтвердить: %1. В заметке каждого вывода и в журнале аудита указано, какая проверка не прошла; разберитесь, затем администратор снимет каждую остановку.</translation>
    </message>
    <message numerus="yes">
        <source>Collections the signer refused because their destination is not one it can verify: %n deposit address(es) wait. A warm, cold or hot wallet address was changed without an admin&apos;s signature; the audit log says which check failed.</source>
        <translation>
            <numerusform>Подписант отклонил сборы, так как не может проверить их адрес назначения: ждёт %n депозитный адрес. Адрес тёплого, холодного или горячего кошелька изменён без подписи администратора; в журнале аудита указано, какая проверка не прошла.</numerusform>
            <numerusform>Подписант отклонил сборы, так как не может проверить их адрес назначения: ждут %n депозитных адреса. Адрес тёплого, холодного или горячего кошелька изменён без подписи администратора; в журнале аудита указано, какая проверка не прошла.</numerusform>
            <numerusform>Подписант отклонил сборы, так как не может проверить их адрес назначения: ждут %n депозитных адресов. Адрес тёплого, холодного или горячего кошелька изменён без подписи администратора; в журнале аудита указано, какая проверка не прошла.</numerusform>
        </translation>
    </message>
    <message>
        <source>Operators</source>
        <translation>Операторы</translation>
    </message>
    <message>
        <source>Webhooks not getting through to the exchange&apos;s web app: %1 being retried, %2 failed; the oldest event is from %3. Once the web app answers again, an admin sends the failed ones again.</source>
        <extracomment>Webhooks: the signed notices the exchange&apos;s web app receives of deposits, withdrawals and customers.</extracomment>
        <translation>Вебхуки не доходят до веб-приложения биржи: %1 — повторные попытки, %2 — не доставлено; самое старое событие от %3. Когда веб-приложение снова отвечает, администратор отправляет недоставленные снова.</translation>
    </message>
    <message>
        <source>Webhooks</source>
        <translation>Вебхуки</translation>
    </message>
    <message numerus="yes">
        <source>Token sweeps wait for gas on %n Ethereum deposit address(es), and no fee wallet is registered to send it. An admin registers one (exctl wallet add --tier fee) and imports its key.</source>
        <translation>
            <numerusform>Сборы токенов ждут газа на %n депозитном адресе Ethereum, а кошелёк комиссий, который бы его отправил, не зарегистрирован. Администратор регистрирует его (exctl wallet add --tier fee) и импортирует его ключ.</numerusform>
            <numerusform>Сборы токенов ждут газа на %n депозитных адресах Ethereum, а кошелёк комиссий, который бы его отправил, не зарегистрирован. Администратор регистрирует его (exctl wallet add --tier fee) и импортирует его ключ.</numerusform>
            <numerusform>Сборы токенов ждут газа на %n депозитных адресах Ethereum, а кошелёк комиссий, который бы его отправил, не зарегистрирован. Администратор регистрирует его (exctl wallet add --tier fee) и импортирует его ключ.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The Ethereum fee wallet holds %1 %3, short of about %2 %3 that the token sweeps waiting on %n deposit address(es) need for gas. Send it %3, then record the funding (exctl collect fund-fee).</source>
        <extracomment>%1 the fee wallet&apos;s balance, %2 what the waiting sweeps need (an estimate), %3 the coin&apos;s code</extracomment>
        <translation>
            <numerusform>Кошелёк комиссий Ethereum содержит %1 %3 — меньше примерно %2 %3, нужных на газ сборам токенов, ожидающим на %n депозитном адресе. Отправьте на него %3, затем зарегистрируйте пополнение (exctl collect fund-fee).</numerusform>
            <numerusform>Кошелёк комиссий Ethereum содержит %1 %3 — меньше примерно %2 %3, нужных на газ сборам токенов, ожидающим на %n депозитных адресах. Отправьте на него %3, затем зарегистрируйте пополнение (exctl collect fund-fee).</numerusform>
            <numerusform>Кошелёк комиссий Ethereum содержит %1 %3 — меньше примерно %2 %3, нужных на газ сборам токенов, ожидающим на %n депозитных адресах. Отправьте на него %3, затем зарегистрируйте пополнение (exctl collect fund-fee).</numerusform>
        </translation>
    </message>
    <message>
        <source>Algorand</source>
        <translation>Algorand</translation>
    </message>
    <message>
        <source>Ethereum</source>
        <translation>Ethereum</translation>
    </message>
    <message>
        <source>The %1 fee wallet holds %2 %4, below its low-balance alert of %3 %4. Fund it from warm with %5 %4 to its max of %6 %4: exctl replenish export --asset %4 --tier fee.</source>
        <extracomment>%1 chain name, %2 the fee wallet&apos;s balance, %3 its low-balance alert, %4 the coin&apos;s code, %5 what fills it to its max, %6 the max</extracomment>
        <translation>На кошельке комиссий %1 %2 %4, ниже порога предупреждения %3 %4. Пополните его из тёплого кошелька на %5 %4 до максимума %6 %4: exctl replenish export --asset %4 --tier fee.</translation>
    </message>
    <message>
        <source>The %1 fee wallet holds %2 %4, below its low-balance alert of %3 %4. Set its max balance (Settings, Chains) and fund it from warm, or send it %4 and record the funding (exctl collect fund-fee).</source>
        <extracomment>%1 chain name, %2 the fee wallet&apos;s balance, %3 its low-balance alert, %4 the coin&apos;s code</extracomment>
        <translation>На кошельке комиссий %1 %2 %4, ниже порога предупреждения %3 %4. Задайте его максимальный баланс (Настройки, Блокчейны) и пополните из тёплого кошелька или отправьте на него %4 и учтите пополнение (exctl collect fund-fee).</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Настройки</translation>
    </message>
    <message numerus="yes">
        <source>The Ethereum fee wallet holds %1 %2, and the token sweeps waiting on %n deposit address(es) need gas. Send it %2, then record the funding (exctl collect fund-fee).</source>
        <extracomment>%1 the fee wallet&apos;s balance, %2 the coin&apos;s code</extracomment>
        <translation>
            <numerusform>На кошельке комиссий Ethereum %1 %2, а сбору токенов, ожидающему на %n адресе депозита, нужен газ. Отправьте на него %2, затем учтите пополнение (exctl collect fund-fee).</numerusform>
            <numerusform>На кошельке комиссий Ethereum %1 %2, а сбору токенов, ожидающему на %n адресах депозита, нужен газ. Отправьте на него %2, затем учтите пополнение (exctl collect fund-fee).</numerusform>
            <numerusform>На кошельке комиссий Ethereum %1 %2, а сбору токенов, ожидающему на %n адресах депозита, нужен газ. Отправьте на него %2, затем учтите пополнение (exctl collect fund-fee).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DashboardSource</name>
    <message>
        <source>The dashboard could not be read: %1</source>
        <translation>Не удалось прочитать обзор: %1</translation>
    </message>
    <message>
        <source>The audit chain could not be verified: %1</source>
        <translation>Не удалось проверить цепочку аудита: %1</translation>
    </message>
</context>
<context>
    <name>DepositInstructionsView</name>
    <message>
        <source>Ethereum (ETH and its tokens)</source>
        <translation>Ethereum (ETH и его токены)</translation>
    </message>
    <message>
        <source>Algorand (ALGO and its assets)</source>
        <translation>Algorand (ALGO и его активы)</translation>
    </message>
    <message>
        <source>Stellar (XLM and its assets)</source>
        <translation>Stellar (XLM и его активы)</translation>
    </message>
    <message>
        <source>the address</source>
        <translation>адрес</translation>
    </message>
    <message>
        <source>Account:</source>
        <translation>Счёт:</translation>
    </message>
    <message>
        <source>Address:</source>
        <translation>Адрес:</translation>
    </message>
    <message>
        <source>the memo</source>
        <translation>мемо</translation>
    </message>
    <message>
        <source>Memo (MEMO_ID):</source>
        <extracomment>MEMO_ID is Stellar&apos;s name for a numeric memo: keep it as it is</extracomment>
        <translation>Мемо (MEMO_ID):</translation>
    </message>
    <message>
        <source>the muxed address</source>
        <translation>мультиплексированный адрес</translation>
    </message>
    <message>
        <source>Or muxed address:</source>
        <translation>Или мультиплексированный адрес:</translation>
    </message>
    <message>
        <source>Issue address</source>
        <translation>Выдать адрес</translation>
    </message>
    <message>
        <source>Give the customer their own deposit address on this chain (once; audited)</source>
        <translation>Выдать клиенту собственный адрес для пополнения в этой сети (один раз; фиксируется в журнале аудита)</translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation>Чтение…</translation>
    </message>
    <message>
        <source>Issuing…</source>
        <translation>Выдача…</translation>
    </message>
    <message>
        <source>No address issued yet.</source>
        <translation>Адрес ещё не выдан.</translation>
    </message>
    <message>
        <source>Pay to the account with the memo, or to the muxed address: both are credited to this customer.</source>
        <translation>Платёж на счёт с мемо или на мультиплексированный адрес: оба зачисляются этому клиенту.</translation>
    </message>
    <message>
        <source>Their own address (derivation index %1).</source>
        <translation>Собственный адрес клиента (индекс деривации %1).</translation>
    </message>
</context>
<context>
    <name>DepositsModel</name>
    <message>
        <source>The deposits could not be read: %1</source>
        <translation>Не удалось прочитать депозиты: %1</translation>
    </message>
    <message>
        <source>Deposit %1 was not assigned: %2</source>
        <translation>Депозит %1 не назначен: %2</translation>
    </message>
    <message>
        <source>Waiting for confirmations</source>
        <translation>Ожидает подтверждений</translation>
    </message>
    <message>
        <source>Ignored (below minimum)</source>
        <translation>Проигнорирован (ниже минимума)</translation>
    </message>
    <message>
        <source>Unattributed</source>
        <translation>Не привязан</translation>
    </message>
    <message>
        <source>Credited, not collected</source>
        <translation>Зачислен, не собран</translation>
    </message>
    <message>
        <source>Collection planned</source>
        <translation>Сбор запланирован</translation>
    </message>
    <message>
        <source>Collecting</source>
        <translation>Сбор выполняется</translation>
    </message>
    <message>
        <source>Collected</source>
        <translation>Собран</translation>
    </message>
    <message>
        <source>#%1</source>
        <translation>№%1</translation>
    </message>
    <message>
        <source>memo “%1”</source>
        <translation>memo «%1»</translation>
    </message>
    <message>
        <source>To %1</source>
        <translation>На %1</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Seen</source>
        <translation>Обнаружен</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Состояние</translation>
    </message>
    <message>
        <source>Asset</source>
        <translation>Актив</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Сумма</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Клиент</translation>
    </message>
    <message>
        <source>Chain</source>
        <translation>Блокчейн</translation>
    </message>
    <message>
        <source>Transaction</source>
        <translation>Транзакция</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Примечание</translation>
    </message>
</context>
<context>
    <name>DepositsScreen</name>
    <message>
        <source>&amp;Assign to customer…</source>
        <translation>&amp;Назначить клиенту…</translation>
    </message>
    <message>
        <source>Deposits</source>
        <translation>Депозиты</translation>
    </message>
    <message>
        <source>Payments the watchers saw to the exchange&apos;s addresses. Below the asset&apos;s minimum deposit a payment is recorded but not credited; a payment whose customer is not known waits here until an operator assigns it.</source>
        <translation>Платежи на адреса биржи, обнаруженные мониторами. Платёж ниже минимального депозита для актива регистрируется, но не зачисляется; платёж неизвестного клиента ожидает здесь, пока оператор не назначит его.</translation>
    </message>
    <message>
        <source>Filter by state, customer, asset, transaction (Ctrl+F)</source>
        <translation>Фильтр по состоянию, клиенту, активу, транзакции (Ctrl+F)</translation>
    </message>
    <message>
        <source>Find: type to filter the table</source>
        <translation>Поиск: начните печатать, чтобы отфильтровать таблицу</translation>
    </message>
    <message>
        <source>Credit the selected unattributed deposit to a customer (Ctrl+Shift+A)</source>
        <translation>Зачислить выбранный непривязанный депозит клиенту (Ctrl+Shift+A)</translation>
    </message>
    <message>
        <source>Deposit %1 credited to customer #%2.</source>
        <translation>Депозит %1 зачислен клиенту №%2.</translation>
    </message>
    <message>
        <source>%1 deposits; %2 waiting for an operator to assign them.</source>
        <translation>Депозитов: %1; ожидают назначения оператором: %2.</translation>
    </message>
</context>
<context>
    <name>DutyLines</name>
    <message>
        <source>%1: %2</source>
        <extracomment>a background duty&apos;s line: its name, then its state in words</extracomment>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>DutyStatusSource</name>
    <message>
        <source>The background duties could not be read: %1</source>
        <translation>Не удалось прочитать состояние фоновых задач: %1</translation>
    </message>
</context>
<context>
    <name>FirstRunDialog</name>
    <message>
        <source>&amp;Create admin and sign in</source>
        <translation>&amp;Создать администратора и войти</translation>
    </message>
    <message>
        <source>Exchange Console — First run</source>
        <translation>Exchange Console — Первый запуск</translation>
    </message>
    <message>
        <source>Welcome: create the first admin</source>
        <translation>Добро пожаловать: создайте первого администратора</translation>
    </message>
    <message>
        <source>This database has no operators yet. The first one is an admin, who then adds the others on the Operators screen and sets the per-asset limits. Admins confirm sensitive actions with a code from an authenticator app, which you set up next.</source>
        <translation>В этой базе данных ещё нет операторов. Первый из них — администратор, который затем добавляет остальных на экране «Операторы» и задаёт лимиты по активам. Администраторы подтверждают важные действия кодом из приложения-аутентификатора, которое Вы настроите далее.</translation>
    </message>
    <message>
        <source>lower-case letters, digits, . _ -</source>
        <translation>строчные латинские буквы, цифры, . _ -</translation>
    </message>
    <message numerus="yes">
        <source>at least %n characters</source>
        <translation>
            <numerusform>не менее %n символа</numerusform>
            <numerusform>не менее %n символов</numerusform>
            <numerusform>не менее %n символов</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Username:</source>
        <translation>&amp;Имя пользователя:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Пароль:</translation>
    </message>
    <message>
        <source>&amp;Repeat password:</source>
        <translation>П&amp;овторите пароль:</translation>
    </message>
    <message numerus="yes">
        <source>The password needs at least %n characters.</source>
        <translation>
            <numerusform>Пароль должен содержать не менее %n символа.</numerusform>
            <numerusform>Пароль должен содержать не менее %n символов.</numerusform>
            <numerusform>Пароль должен содержать не менее %n символов.</numerusform>
        </translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>Пароли не совпадают.</translation>
    </message>
    <message>
        <source>No admin created: %1.</source>
        <translation>Администратор не создан: %1.</translation>
    </message>
</context>
<context>
    <name>GasLeftoversModel</name>
    <message>
        <source>The gas left on deposit addresses could not be read: %1</source>
        <translation>Не удалось прочитать остаток газа на депозитных адресах: %1</translation>
    </message>
    <message>
        <source>No gas is left over on the Ethereum deposit addresses.</source>
        <translation>На депозитных адресах Ethereum не осталось газа.</translation>
    </message>
    <message numerus="yes">
        <source>Gas left over on Ethereum deposit addresses: %1 ETH on %n address(es). exctl collect return-gas sends it back to the fee wallet.</source>
        <extracomment>%1 an amount of ETH; %n the number of deposit addresses</extracomment>
        <translation>
            <numerusform>Остаток газа на депозитных адресах Ethereum: %1 ETH на %n адресе. exctl collect return-gas возвращает его в кошелёк комиссий.</numerusform>
            <numerusform>Остаток газа на депозитных адресах Ethereum: %1 ETH на %n адресах. exctl collect return-gas возвращает его в кошелёк комиссий.</numerusform>
            <numerusform>Остаток газа на депозитных адресах Ethereum: %1 ETH на %n адресах. exctl collect return-gas возвращает его в кошелёк комиссий.</numerusform>
        </translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>неизвестно</translation>
    </message>
    <message>
        <source>spoken for: %1</source>
        <extracomment>why the ether at the address is not left over now (English detail from the core)</extracomment>
        <translation>зарезервирован: %1</translation>
    </message>
    <message>
        <source>nothing beyond what it owes</source>
        <translation>ничего сверх долга клиентам</translation>
    </message>
    <message>
        <source>As read from the chain at %1.</source>
        <translation>По данным сети на %1.</translation>
    </message>
    <message>
        <source>Deposit address</source>
        <translation>Депозитный адрес</translation>
    </message>
    <message>
        <source>Holds (ETH)</source>
        <translation>Баланс (ETH)</translation>
    </message>
    <message>
        <source>Owed to customers</source>
        <translation>Долг клиентам</translation>
    </message>
    <message>
        <source>Gas left over</source>
        <translation>Остаток газа</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Примечание</translation>
    </message>
</context>
<context>
    <name>LedgerCheckStatus</name>
    <message>
        <source>The ledger check could not run: %1</source>
        <translation>Не удалось выполнить проверку главной книги: %1</translation>
    </message>
    <message>
        <source>Checking the ledger…</source>
        <translation>Проверка главной книги…</translation>
    </message>
    <message>
        <source>The ledger has not been checked yet.</source>
        <translation>Главная книга ещё не проверялась.</translation>
    </message>
    <message>
        <source>Clean at %1: %2 transfers replayed; every balance equals its journal and debits equal credits.</source>
        <extracomment>%2 is a number of transfers</extracomment>
        <translation>Расхождений нет на %1: воспроизведено переводов: %2; каждый баланс совпадает со своим журналом, дебет равен кредиту.</translation>
    </message>
    <message>
        <source>Not clean at %1: %2 discrepancies. First: %3</source>
        <extracomment>%2 is the number of discrepancies, %3 the first of them</extracomment>
        <translation>Есть расхождения на %1, всего: %2. Первое: %3</translation>
    </message>
</context>
<context>
    <name>LedgerPositionsModel</name>
    <message>
        <source>The ledger could not be read: %1</source>
        <translation>Не удалось прочитать главную книгу: %1</translation>
    </message>
    <message>
        <source>The wallets hold less than the customers are owed.</source>
        <translation>В кошельках меньше средств, чем причитается клиентам.</translation>
    </message>
    <message>
        <source>What the wallets hold beyond what the customers are owed.</source>
        <translation>Сколько средств в кошельках сверх причитающегося клиентам.</translation>
    </message>
    <message>
        <source>Asset</source>
        <translation>Актив</translation>
    </message>
    <message>
        <source>Owed to customers</source>
        <translation>Причитается клиентам</translation>
    </message>
    <message>
        <source>of which held</source>
        <translation>в т. ч. заблокировано</translation>
    </message>
    <message>
        <source>Held in wallets</source>
        <translation>В кошельках</translation>
    </message>
    <message>
        <source>Surplus</source>
        <translation>Излишек</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>Доход</translation>
    </message>
    <message>
        <source>Expenses</source>
        <translation>Расходы</translation>
    </message>
    <message>
        <source>Customers&apos; posted balances: what the exchange owes.</source>
        <translation>Проведённые балансы клиентов: долг биржи перед ними.</translation>
    </message>
    <message>
        <source>Part of what is owed that is held for withdrawals and orders.</source>
        <translation>Часть причитающегося, заблокированная под выводы и заявки.</translation>
    </message>
    <message>
        <source>Deposit, hot, warm and cold wallets as the ledger sees them.</source>
        <translation>Депозитные, горячие, тёплые и холодные кошельки по данным главной книги.</translation>
    </message>
    <message>
        <source>Held in wallets minus owed to customers.</source>
        <translation>Средства в кошельках минус причитающееся клиентам.</translation>
    </message>
</context>
<context>
    <name>LedgerScreen</name>
    <message>
        <source>Check the ledger &amp;now</source>
        <translation>Проверить главную книгу &amp;сейчас</translation>
    </message>
    <message>
        <source>&amp;Previous</source>
        <translation>&amp;Назад</translation>
    </message>
    <message>
        <source>N&amp;ext</source>
        <translation>&amp;Далее</translation>
    </message>
    <message>
        <source>Replay the whole journal and compare every balance (Ctrl+Shift+K)</source>
        <translation>Воспроизвести весь журнал и сверить каждый баланс (Ctrl+Shift+K)</translation>
    </message>
    <message>
        <source>&amp;Customer:</source>
        <translation>&amp;Клиент:</translation>
    </message>
    <message>
        <source>&amp;Asset:</source>
        <translation>&amp;Актив:</translation>
    </message>
    <message>
        <source>What the exchange owes its customers against what its wallets hold, per asset, from the double-entry ledger.</source>
        <translation>Сколько биржа должна клиентам и сколько хранится в её кошельках, по активам, по данным главной книги двойной записи.</translation>
    </message>
    <message>
        <source>Ledger</source>
        <translation>Главная книга</translation>
    </message>
    <message>
        <source>Customer statement</source>
        <translation>Выписка по клиенту</translation>
    </message>
    <message>
        <source>No journal lines for this customer in this asset.</source>
        <translation>Нет строк журнала для этого клиента по этому активу.</translation>
    </message>
    <message>
        <source>Lines %1–%2 of %3</source>
        <translation>Строки %1–%2 из %3</translation>
    </message>
    <message>
        <source>Search the customers by id, customer id, name or email, then choose one</source>
        <translation>Найдите клиента по №, идентификатору, имени или эл. почте и выберите его</translation>
    </message>
</context>
<context>
    <name>LedgerStatementModel</name>
    <message>
        <source>The statement could not be read: %1</source>
        <translation>Не удалось прочитать выписку: %1</translation>
    </message>
    <message>
        <source>Balance %1 · available %2 · held %3 %4</source>
        <translation>Баланс %1 · доступно %2 · заблокировано %3 %4</translation>
    </message>
    <message>
        <source>%1 (held)</source>
        <translation>%1 (блокировка)</translation>
    </message>
    <message>
        <source>%1 (paid)</source>
        <translation>%1 (выплачено)</translation>
    </message>
    <message>
        <source>%1 (released)</source>
        <translation>%1 (разблокировано)</translation>
    </message>
    <message>
        <source>Transfer %1</source>
        <translation>Перевод %1</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Время</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Тип</translation>
    </message>
    <message>
        <source>Counterparty</source>
        <translation>Контрагент</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Изменение</translation>
    </message>
    <message>
        <source>Held</source>
        <translation>Заблокировано</translation>
    </message>
    <message>
        <source>Balance</source>
        <translation>Баланс</translation>
    </message>
    <message>
        <source>Reference / reason</source>
        <translation>Ссылка / причина</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <source>Sign in to Exchange Console</source>
        <translation>Вход в Exchange Console</translation>
    </message>
    <message>
        <source>&amp;Sign in</source>
        <translation>&amp;Войти</translation>
    </message>
    <message>
        <source>Exchange Console — Sign in</source>
        <translation>Exchange Console — Вход</translation>
    </message>
    <message>
        <source>Your operator name</source>
        <translation>Ваше имя оператора</translation>
    </message>
    <message>
        <source>Your password</source>
        <translation>Ваш пароль</translation>
    </message>
    <message>
        <source>&amp;Username:</source>
        <translation>&amp;Имя пользователя:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Пароль:</translation>
    </message>
    <message>
        <source>Every action you take is recorded in the audit log under your name.</source>
        <translation>Каждое Ваше действие записывается в журнал аудита под Вашим именем.</translation>
    </message>
    <message>
        <source>The console is locked</source>
        <translation>Консоль заблокирована</translation>
    </message>
    <message>
        <source>Locked after a time without input, or by %1. Sign in again to go on; another operator may sign in instead.</source>
        <translation>Заблокировано после периода бездействия или вручную (%1). Войдите снова, чтобы продолжить; вместо Вас может войти другой оператор.</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>База данных: %1</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Проверка…</translation>
    </message>
    <message>
        <source>Not signed in: %1.</source>
        <translation>Вход не выполнен: %1.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Exchange Console — %1</source>
        <translation>Exchange Console — %1</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Обзор</translation>
    </message>
    <message>
        <source>Order book</source>
        <translation>Книга заявок</translation>
    </message>
    <message>
        <source>Withdrawals</source>
        <translation>Выводы</translation>
    </message>
    <message>
        <source>Deposits</source>
        <translation>Депозиты</translation>
    </message>
    <message>
        <source>Wallets</source>
        <translation>Кошельки</translation>
    </message>
    <message>
        <source>Ledger</source>
        <translation>Главная книга</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Настройки</translation>
    </message>
    <message>
        <source>Operators</source>
        <translation>Операторы</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>Журнал аудита</translation>
    </message>
    <message>
        <source>Screens</source>
        <translation>Экраны</translation>
    </message>
    <message>
        <source>Signed in: %1 (%2)</source>
        <translation>Вход выполнен: %1 (%2)</translation>
    </message>
    <message>
        <source>Not signed in</source>
        <translation>Вход не выполнен</translation>
    </message>
    <message>
        <source>The one process on this database that runs the deposit watchers and the automatic payouts</source>
        <translation>Единственный процесс в этой базе данных, который запускает мониторы депозитов и автоматические выплаты</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>База данных: %1</translation>
    </message>
    <message>
        <source>%1 (Ctrl+%2)</source>
        <translation>%1 (Ctrl+%2)</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation>&amp;Заблокировать</translation>
    </message>
    <message>
        <source>Hide everything until you or another operator signs in again</source>
        <translation>Скрыть всё, пока Вы или другой оператор снова не войдёте</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>В&amp;ыход</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>&amp;Переход</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Вид</translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation>&amp;Тема</translation>
    </message>
    <message>
        <source>Follow the &amp;system</source>
        <translation>&amp;Как в системе</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>&amp;Светлая</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>&amp;Тёмная</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Язык</translation>
    </message>
    <message>
        <source>The language changes at the next start of the console.</source>
        <translation>Язык изменится при следующем запуске консоли.</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Справка</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Сочетания клавиш</translation>
    </message>
    <message>
        <source>&amp;About Exchange Console</source>
        <translation>&amp;О программе Exchange Console</translation>
    </message>
    <message>
        <source>About Exchange Console</source>
        <translation>О программе Exchange Console</translation>
    </message>
    <message>
        <source>Exchange Console %1
The operators&apos; console of a custodial crypto exchange.</source>
        <translation>Exchange Console %1
Консоль операторов кастодиальной криптобиржи.</translation>
    </message>
    <message>
        <source>This console leads</source>
        <translation>Эта консоль — ведущая</translation>
    </message>
    <message>
        <source>Leader: none yet</source>
        <translation>Ведущая: пока нет</translation>
    </message>
    <message>
        <source>Leader: %1</source>
        <translation>Ведущая: %1</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Клиенты</translation>
    </message>
    <message>
        <source>Webhooks</source>
        <translation>Вебхуки</translation>
    </message>
</context>
<context>
    <name>MessageBar</name>
    <message>
        <source>Close this message</source>
        <translation>Закрыть это сообщение</translation>
    </message>
</context>
<context>
    <name>NewDestinationReviewModel</name>
    <message>
        <source>waits for review</source>
        <translation>ждёт проверки</translation>
    </message>
    <message>
        <source>only flagged</source>
        <translation>только помечается</translation>
    </message>
    <message>
        <source>A withdrawal to an address not on the customer&apos;s address list: waits for an approver when checked, is only flagged when not</source>
        <translation>Вывод на адрес не из списка клиента: если отмечено — ждёт утверждающего, иначе только помечается</translation>
    </message>
    <message>
        <source>Asset</source>
        <translation>Актив</translation>
    </message>
    <message>
        <source>New destinations</source>
        <translation>Новые получатели</translation>
    </message>
    <message>
        <source>Send withdrawals of %1 to new destinations to review</source>
        <extracomment>%1 an asset code</extracomment>
        <translation>Отправлять выводы %1 новым получателям на проверку</translation>
    </message>
    <message>
        <source>Stop sending withdrawals of %1 to new destinations to review</source>
        <translation>Больше не отправлять выводы %1 новым получателям на проверку</translation>
    </message>
    <message>
        <source>%1: a withdrawal to a new destination now waits for review.</source>
        <translation>%1: вывод новому получателю теперь ждёт проверки.</translation>
    </message>
    <message>
        <source>%1: a withdrawal to a new destination is now only flagged.</source>
        <translation>%1: вывод новому получателю теперь только помечается.</translation>
    </message>
    <message>
        <source>Nothing was changed: %1</source>
        <translation>Ничего не изменено: %1</translation>
    </message>
</context>
<context>
    <name>OperatorsModel</name>
    <message>
        <source>Viewer</source>
        <translation>Наблюдатель</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>Оператор</translation>
    </message>
    <message>
        <source>Approver</source>
        <translation>Контролёр</translation>
    </message>
    <message>
        <source>Admin</source>
        <translation>Администратор</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>Отключён</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Активен</translation>
    </message>
    <message>
        <source>Enrolled</source>
        <translation>Настроена</translation>
    </message>
    <message>
        <source>Must enrol at next sign-in</source>
        <translation>Настройка при следующем входе</translation>
    </message>
    <message>
        <source>Not enrolled</source>
        <translation>Не настроена</translation>
    </message>
    <message>
        <source>never</source>
        <translation>никогда</translation>
    </message>
    <message numerus="yes">
        <source>%n wrong password(s) since the last sign-in</source>
        <translation>
            <numerusform>%n неверный пароль с последнего входа</numerusform>
            <numerusform>%n неверных пароля с последнего входа</numerusform>
            <numerusform>%n неверных паролей с последнего входа</numerusform>
        </translation>
    </message>
    <message>
        <source>Username</source>
        <translation>Имя пользователя</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Роль</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Состояние</translation>
    </message>
    <message>
        <source>Two-factor</source>
        <translation>2FA</translation>
    </message>
    <message>
        <source>Last sign-in</source>
        <translation>Последний вход</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Создан</translation>
    </message>
    <message>
        <source>The operators could not be read: %1</source>
        <translation>Не удалось прочитать список операторов: %1</translation>
    </message>
    <message>
        <source>%1 added as %2.</source>
        <translation>%1 добавлен с ролью «%2».</translation>
    </message>
    <message>
        <source>%1 not added: %2</source>
        <translation>%1 не добавлен: %2</translation>
    </message>
    <message>
        <source>%1 is now %2.</source>
        <translation>Роль %1 теперь «%2».</translation>
    </message>
    <message>
        <source>The role of %1 was not changed: %2</source>
        <translation>Роль %1 не изменена: %2</translation>
    </message>
    <message>
        <source>%1 can no longer sign in.</source>
        <translation>%1 больше не может входить в систему.</translation>
    </message>
    <message>
        <source>%1 can sign in again.</source>
        <translation>%1 снова может входить в систему.</translation>
    </message>
    <message>
        <source>%1 not changed: %2</source>
        <translation>%1 не изменён: %2</translation>
    </message>
    <message>
        <source>New password set for %1; they enrol their two-factor app again at the next sign-in.</source>
        <translation>Для %1 задан новый пароль; при следующем входе нужно заново настроить приложение двухфакторной аутентификации.</translation>
    </message>
    <message>
        <source>The password of %1 was not reset: %2</source>
        <translation>Пароль %1 не сброшен: %2</translation>
    </message>
    <message>
        <source>Create the key vault</source>
        <translation>Создать хранилище ключей</translation>
    </message>
    <message>
        <source>Key vault created and unlocked. Keep the passphrase offline: without it the keys are lost.</source>
        <translation>Хранилище ключей создано и разблокировано. Храните парольную фразу офлайн: без неё ключи будут утеряны.</translation>
    </message>
    <message>
        <source>No key vault created: %1</source>
        <translation>Хранилище ключей не создано: %1</translation>
    </message>
    <message>
        <source>Unlock the key vault</source>
        <translation>Разблокировать хранилище ключей</translation>
    </message>
    <message>
        <source>Key vault unlocked: automatic payouts can be signed.</source>
        <translation>Хранилище ключей разблокировано: автоматические выплаты могут подписываться.</translation>
    </message>
    <message>
        <source>Key vault not unlocked: %1</source>
        <translation>Хранилище ключей не разблокировано: %1</translation>
    </message>
    <message>
        <source>Key vault locked: automatic payouts wait until an admin unlocks it.</source>
        <translation>Хранилище ключей заблокировано: автоматические выплаты ожидают, пока администратор его не разблокирует.</translation>
    </message>
    <message>
        <source>Add %1 as %2</source>
        <translation>Добавить %1 с ролью %2</translation>
    </message>
    <message>
        <source>Make %1 %2</source>
        <translation>Назначить %1 роль %2</translation>
    </message>
    <message>
        <source>Disable %1</source>
        <translation>Отключить %1</translation>
    </message>
    <message>
        <source>Enable %1</source>
        <translation>Включить %1</translation>
    </message>
    <message>
        <source>Set a new password for %1</source>
        <translation>Задать новый пароль для %1</translation>
    </message>
    <message>
        <source>None yet</source>
        <translation>Пока нет</translation>
    </message>
    <message>
        <source>Needs an admin&apos;s signature</source>
        <translation>Нужна подпись администратора</translation>
    </message>
    <message>
        <source>Registered by %1</source>
        <translation>Зарегистрировал %1</translation>
    </message>
    <message>
        <source>Decisions are signed with the operator&apos;s own key, made when they enrol their authenticator. The payout signer trusts it only once an admin has signed it with the operator&apos;s present role.</source>
        <translation>Решения подписываются собственным ключом оператора, который создаётся при подключении приложения-аутентификатора. Подписывающий выплаты доверяет ему, только когда администратор подписал его с текущей ролью оператора.</translation>
    </message>
    <message>
        <source>Signing key</source>
        <translation>Ключ подписи</translation>
    </message>
    <message>
        <source>Register the signing key of %1</source>
        <translation>Зарегистрировать ключ подписи %1</translation>
    </message>
    <message>
        <source>The signing key of %1 is registered with their present role.</source>
        <translation>Ключ подписи %1 зарегистрирован с текущей ролью.</translation>
    </message>
    <message>
        <source>The signing key of %1 was not registered: %2</source>
        <translation>Ключ подписи %1 не зарегистрирован: %2</translation>
    </message>
    <message>
        <source>Key vault unlocked, but deposit addresses were not prepared: %1</source>
        <translation>Хранилище ключей разблокировано, но адреса для пополнения не подготовлены: %1</translation>
    </message>
</context>
<context>
    <name>OperatorsScreen</name>
    <message>
        <source>&amp;Add operator</source>
        <translation>&amp;Добавить оператора</translation>
    </message>
    <message>
        <source>Set &amp;role</source>
        <translation>Назначить &amp;роль</translation>
    </message>
    <message>
        <source>&amp;Disable</source>
        <translation>&amp;Отключить</translation>
    </message>
    <message>
        <source>Set new &amp;password</source>
        <translation>Задать новый &amp;пароль</translation>
    </message>
    <message>
        <source>&amp;Unlock vault</source>
        <translation>Р&amp;азблокировать хранилище</translation>
    </message>
    <message>
        <source>Loc&amp;k vault</source>
        <translation>&amp;Заблокировать хранилище</translation>
    </message>
    <message>
        <source>Operators</source>
        <translation>Операторы</translation>
    </message>
    <message>
        <source>Viewers read everything. Operators also handle deposits, upload TxIds and request replenishment. Approvers also approve and reject withdrawals under review. Admins also change settings, manage operators and unlock the key vault. Approvers and admins confirm sensitive actions with an authenticator code. Only admins change this list; every change is in the audit log.</source>
        <translation>Наблюдатели видят всё. Операторы также обрабатывают депозиты, загружают TxId и запрашивают пополнение. Контролёры также одобряют и отклоняют выводы на проверке. Администраторы также изменяют настройки, управляют операторами и разблокируют хранилище ключей. Контролёры и администраторы подтверждают важные действия кодом из приложения-аутентификатора. Изменять этот список могут только администраторы; каждое изменение записывается в журнал аудита.</translation>
    </message>
    <message>
        <source>New operator</source>
        <translation>Новый оператор</translation>
    </message>
    <message>
        <source>username</source>
        <translation>имя пользователя</translation>
    </message>
    <message>
        <source>first password (tell them in person)</source>
        <translation>первый пароль (сообщите лично)</translation>
    </message>
    <message>
        <source>Selected operator</source>
        <translation>Выбранный оператор</translation>
    </message>
    <message>
        <source>new password</source>
        <translation>новый пароль</translation>
    </message>
    <message>
        <source>Key vault (hot-wallet and deposit keys)</source>
        <translation>Хранилище ключей (ключи горячего кошелька и депозитов)</translation>
    </message>
    <message>
        <source>vault passphrase</source>
        <translation>парольная фраза хранилища</translation>
    </message>
    <message>
        <source>Only admins change operators.</source>
        <translation>Изменять операторов могут только администраторы.</translation>
    </message>
    <message>
        <source>&amp;Enable</source>
        <translation>&amp;Включить</translation>
    </message>
    <message>
        <source>Key vault: state unknown.</source>
        <translation>Хранилище ключей: состояние неизвестно.</translation>
    </message>
    <message>
        <source>No key vault yet: automatic payouts wait. An admin creates it with a passphrase of at least 12 characters.</source>
        <translation>Хранилища ключей ещё нет: автоматические выплаты ожидают. Администратор создаёт его с парольной фразой не короче 12 символов.</translation>
    </message>
    <message>
        <source>Key vault locked: automatic payouts wait until an admin unlocks it.</source>
        <translation>Хранилище ключей заблокировано: автоматические выплаты ожидают, пока администратор его не разблокирует.</translation>
    </message>
    <message>
        <source>Key vault unlocked: automatic payouts can be signed. It locks again when the console closes.</source>
        <translation>Хранилище ключей разблокировано: автоматические выплаты могут подписываться. Оно снова блокируется при закрытии консоли.</translation>
    </message>
    <message>
        <source>&amp;Create vault</source>
        <translation>&amp;Создать хранилище</translation>
    </message>
    <message>
        <source>Only admins open the key vault.</source>
        <translation>Открывать хранилище ключей могут только администраторы.</translation>
    </message>
    <message>
        <source>Re&amp;gister signing key</source>
        <translation>За&amp;регистрировать ключ подписи</translation>
    </message>
    <message>
        <source>Sign this operator&apos;s key with their present role, so that the payout signer trusts their decisions.</source>
        <translation>Подписать ключ этого оператора с его текущей ролью, чтобы подписывающий выплаты доверял его решениям.</translation>
    </message>
    <message>
        <source>Only a key that is not registered with the operator&apos;s present role needs this.</source>
        <translation>Это нужно только ключу, не зарегистрированному с текущей ролью оператора.</translation>
    </message>
</context>
<context>
    <name>OrderBookFeed</name>
    <message>
        <source>The order book could not be read: %1</source>
        <translation>Не удалось прочитать книгу заявок: %1</translation>
    </message>
</context>
<context>
    <name>OrderBookLevelsModel</name>
    <message>
        <source>Price (%1)</source>
        <extracomment>Column header: the price of one unit of the base asset in the quote asset, e.g. &quot;Price (ALGO)&quot;</extracomment>
        <translation>Цена (%1)</translation>
    </message>
    <message>
        <source>Amount (%1)</source>
        <translation>Количество (%1)</translation>
    </message>
    <message>
        <source>Total (%1)</source>
        <translation>Итого (%1)</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>Заявки</translation>
    </message>
</context>
<context>
    <name>OrderBookScreen</name>
    <message>
        <source>Order book</source>
        <translation>Книга заявок</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <extracomment>A market: the base asset priced in the quote asset, e.g. &quot;ETH / ALGO&quot;</extracomment>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>Market</source>
        <translation>Рынок</translation>
    </message>
    <message>
        <source>Market:</source>
        <translation>Рынок:</translation>
    </message>
    <message>
        <source>Bids (buying the base asset)</source>
        <translation>Покупка (спрос на базовый актив)</translation>
    </message>
    <message>
        <source>Asks (selling the base asset)</source>
        <translation>Продажа (предложение базового актива)</translation>
    </message>
    <message>
        <source>Depth</source>
        <translation>Глубина</translation>
    </message>
    <message>
        <source>Recent fills</source>
        <translation>Последние сделки</translation>
    </message>
    <message>
        <source>Statistics</source>
        <translation>Статистика</translation>
    </message>
    <message>
        <source>Refused requests</source>
        <translation>Отклонённые запросы</translation>
    </message>
    <message>
        <source>none</source>
        <translation>нет</translation>
    </message>
    <message numerus="yes">
        <source>Best bid %1, best ask %2 %3 · %n open order(s)</source>
        <translation>
            <numerusform>Лучшая покупка %1, лучшая продажа %2 %3 · %n открытая заявка</numerusform>
            <numerusform>Лучшая покупка %1, лучшая продажа %2 %3 · %n открытые заявки</numerusform>
            <numerusform>Лучшая покупка %1, лучшая продажа %2 %3 · %n открытых заявок</numerusform>
        </translation>
    </message>
    <message>
        <source>Bids</source>
        <translation>Покупка</translation>
    </message>
    <message>
        <source>Asks</source>
        <translation>Продажа</translation>
    </message>
    <message>
        <source>Cumulative %1</source>
        <translation>Накопленный объём %1</translation>
    </message>
    <message>
        <source>Price (%1 per %2)</source>
        <translation>Цена (%1 за %2)</translation>
    </message>
</context>
<context>
    <name>PayoutBlockText</name>
    <message numerus="yes">
        <source>No key vault exists: %n payout(s) on %1 cannot be signed. An admin creates the vault on the Operators screen.</source>
        <extracomment>%1 is a chain (ethereum, stellar, algorand)</extracomment>
        <translation>
            <numerusform>Хранилища ключей нет: %n выплату в %1 нельзя подписать. Администратор создаёт хранилище на экране «Операторы».</numerusform>
            <numerusform>Хранилища ключей нет: %n выплаты в %1 нельзя подписать. Администратор создаёт хранилище на экране «Операторы».</numerusform>
            <numerusform>Хранилища ключей нет: %n выплат в %1 нельзя подписать. Администратор создаёт хранилище на экране «Операторы».</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The key vault is locked: %n payout(s) on %1 cannot be signed. An admin unlocks it on the Operators screen.</source>
        <translation>
            <numerusform>Хранилище ключей заблокировано: %n выплату в %1 нельзя подписать. Администратор разблокирует его на экране «Операторы».</numerusform>
            <numerusform>Хранилище ключей заблокировано: %n выплаты в %1 нельзя подписать. Администратор разблокирует его на экране «Операторы».</numerusform>
            <numerusform>Хранилище ключей заблокировано: %n выплат в %1 нельзя подписать. Администратор разблокирует его на экране «Операторы».</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The key vault holds no hot key for %1 (hot:%1): %n payout(s) cannot be signed. Import it with exctl vault import-hot-key --chain %1.</source>
        <extracomment>%1 is a chain; hot:%1 is the name of the key in the vault</extracomment>
        <translation>
            <numerusform>В хранилище нет горячего ключа для %1 (hot:%1): %n выплату нельзя подписать. Импортируйте его командой exctl vault import-hot-key --chain %1.</numerusform>
            <numerusform>В хранилище нет горячего ключа для %1 (hot:%1): %n выплаты нельзя подписать. Импортируйте его командой exctl vault import-hot-key --chain %1.</numerusform>
            <numerusform>В хранилище нет горячего ключа для %1 (hot:%1): %n выплат нельзя подписать. Импортируйте его командой exctl vault import-hot-key --chain %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>No node is configured for %1: %n payout(s) cannot be sent. Set one in Settings → Chains.</source>
        <translation>
            <numerusform>Для %1 не задан узел: %n выплату нельзя отправить. Задайте его в «Настройки → Блокчейны».</numerusform>
            <numerusform>Для %1 не задан узел: %n выплаты нельзя отправить. Задайте его в «Настройки → Блокчейны».</numerusform>
            <numerusform>Для %1 не задан узел: %n выплат нельзя отправить. Задайте его в «Настройки → Блокчейны».</numerusform>
        </translation>
    </message>
    <message>
        <source>Create the vault</source>
        <translation>Создать хранилище</translation>
    </message>
    <message>
        <source>Unlock the vault</source>
        <translation>Разблокировать хранилище</translation>
    </message>
    <message>
        <source>Key vault</source>
        <translation>Хранилище ключей</translation>
    </message>
    <message>
        <source>Chain settings</source>
        <translation>Настройки блокчейнов</translation>
    </message>
    <message numerus="yes">
        <source>The key vault pins no admin&apos;s signing key: %n payout(s) on %1 are not signed until an admin pins theirs. An admin unlocks the vault on the Operators screen (or runs exctl --operator ADMIN vault pin).</source>
        <extracomment>%1 is a chain (ethereum, stellar, algorand)</extracomment>
        <translation>
            <numerusform>В хранилище ключей не закреплён ключ подписи администратора: %n выплата в %1 не будет подписана, пока администратор не закрепит свой. Администратор разблокирует хранилище на экране «Операторы» (или выполняет exctl --operator ADMIN vault pin).</numerusform>
            <numerusform>В хранилище ключей не закреплён ключ подписи администратора: %n выплаты в %1 не будут подписаны, пока администратор не закрепит свой. Администратор разблокирует хранилище на экране «Операторы» (или выполняет exctl --operator ADMIN vault pin).</numerusform>
            <numerusform>В хранилище ключей не закреплён ключ подписи администратора: %n выплат в %1 не будут подписаны, пока администратор не закрепит свой. Администратор разблокирует хранилище на экране «Операторы» (или выполняет exctl --operator ADMIN vault pin).</numerusform>
        </translation>
    </message>
    <message>
        <source>Pin an admin&apos;s key</source>
        <translation>Закрепить ключ администратора</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>Stellar</source>
        <translation>Stellar</translation>
    </message>
    <message>
        <source>Ethereum</source>
        <translation>Ethereum</translation>
    </message>
    <message>
        <source>Algorand</source>
        <translation>Algorand</translation>
    </message>
</context>
<context>
    <name>ReferenceText</name>
    <message>
        <source>Withdrawal #%1</source>
        <extracomment>a reference to one withdrawal by its number</extracomment>
        <translation>Вывод №%1</translation>
    </message>
    <message>
        <source>Customer #%1</source>
        <translation>Клиент №%1</translation>
    </message>
    <message>
        <source>Deposit #%1</source>
        <translation>Депозит №%1</translation>
    </message>
</context>
<context>
    <name>RefuelsModel</name>
    <message>
        <source>The refuels could not be read: %1</source>
        <translation>Не удалось прочитать пополнения газа: %1</translation>
    </message>
    <message>
        <source>signed, not sent yet</source>
        <translation>подписано, ещё не отправлено</translation>
    </message>
    <message>
        <source>sent, awaiting confirmations</source>
        <translation>отправлено, ожидает подтверждений</translation>
    </message>
    <message>
        <source>confirmed</source>
        <translation>подтверждено</translation>
    </message>
    <message>
        <source>failed on chain</source>
        <translation>не прошло в сети</translation>
    </message>
    <message>
        <source>Signed</source>
        <translation>Подписано</translation>
    </message>
    <message>
        <source>Transaction</source>
        <translation>Транзакция</translation>
    </message>
    <message>
        <source>Deposit address</source>
        <translation>Депозитный адрес</translation>
    </message>
    <message>
        <source>For</source>
        <translation>Для</translation>
    </message>
    <message>
        <source>Amount (ETH)</source>
        <translation>Сумма (ETH)</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Состояние</translation>
    </message>
</context>
<context>
    <name>SettingProblemText</name>
    <message>
        <source>%1 %2</source>
        <extracomment>an amount and its asset code, e.g. &quot;10,000.00 XLM&quot;</extracomment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>The min deposit (%1) cannot be above the min collection (%2).</source>
        <extracomment>%1 the min deposit, %2 the min collection, each with its asset code</extracomment>
        <translation>Мин. депозит (%1) не может быть больше мин. сбора (%2).</translation>
    </message>
    <message>
        <source>The withdrawal fee (%1) must be below the 24h limit (%2), or every withdrawal would exceed it.</source>
        <extracomment>%1 the withdrawal fee, %2 the 24h limit, each with its asset code</extracomment>
        <translation>Комиссия за вывод (%1) должна быть меньше лимита за 24 ч (%2), иначе любой вывод превысит его.</translation>
    </message>
    <message>
        <source>The 72h limit (%1) cannot be below the 24h limit (%2).</source>
        <extracomment>%1 the 72h limit, %2 the 24h limit, each with its asset code</extracomment>
        <translation>Лимит за 72 ч (%1) не может быть меньше лимита за 24 ч (%2).</translation>
    </message>
    <message>
        <source>The four-eyes amount (%1) is above the 24h limit (%2): withdrawals between the two wait for one approver only.</source>
        <extracomment>%1 the amount above which a withdrawal needs two approvers, %2 the 24h limit</extracomment>
        <translation>Сумма «четырёх глаз» (%1) больше лимита за 24 ч (%2): выводы между ними ждут одобрения только одного человека.</translation>
    </message>
    <message>
        <source>The hot max balance (%1) is below what the hot wallet holds now (%2): collections send nothing to hot until it falls below.</source>
        <extracomment>%1 the new hot max balance, %2 what the hot wallet holds now</extracomment>
        <translation>Макс. баланс горячего (%1) меньше того, что горячий кошелёк хранит сейчас (%2): сборы ничего не отправят в горячий, пока баланс не опустится ниже.</translation>
    </message>
    <message>
        <source>The warm max balance (%1) is below what the warm wallet holds now (%2): collections send nothing to warm until it falls below.</source>
        <extracomment>%1 the new warm max balance, %2 what the warm wallet holds now</extracomment>
        <translation>Макс. баланс тёплого (%1) меньше того, что тёплый кошелёк хранит сейчас (%2): сборы ничего не отправят в тёплый, пока баланс не опустится ниже.</translation>
    </message>
    <message>
        <source>These settings do not fit together.</source>
        <translation>Эти настройки несовместимы.</translation>
    </message>
</context>
<context>
    <name>SettingsScreen</name>
    <message>
        <source>Settings</source>
        <translation>Настройки</translation>
    </message>
    <message>
        <source>Filter assets (Ctrl+F)</source>
        <translation>Фильтр активов (Ctrl+F)</translation>
    </message>
    <message>
        <source>Find: type to filter the table</source>
        <translation>Поиск: начните печатать, чтобы отфильтровать таблицу</translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation>&amp;Перечитать</translation>
    </message>
    <message>
        <source>Read the settings again from the database (F5)</source>
        <translation>Снова прочитать настройки из базы данных (F5)</translation>
    </message>
    <message>
        <source>&amp;Discard changes</source>
        <translation>&amp;Отменить изменения</translation>
    </message>
    <message>
        <source>&amp;Apply changes…</source>
        <translation>&amp;Применить изменения…</translation>
    </message>
    <message>
        <source>Per-asset thresholds of the money flows, in each asset&apos;s own unit. Double-click a value or press F2 to change it. Changes stay pending until you apply them all together with one two-factor code (Ctrl+Enter); a red cell says why it cannot be applied.</source>
        <translation>Пороги денежных потоков по активам, в единицах каждого актива. Дважды щёлкните значение или нажмите F2, чтобы изменить его. Изменения ожидают, пока вы не примените их все вместе одним кодом двухфакторной аутентификации (Ctrl+Enter); красная ячейка объясняет, почему её нельзя применить.</translation>
    </message>
    <message>
        <source>Apply every pending change together; asks for one two-factor code (Ctrl+Enter)</source>
        <translation>Применить все ожидающие изменения вместе; запрашивает один код двухфакторной аутентификации (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Drop every pending change; the settings stay as they are</source>
        <translation>Отменить все ожидающие изменения; настройки останутся прежними</translation>
    </message>
    <message>
        <source>No pending changes.</source>
        <translation>Нет ожидающих изменений.</translation>
    </message>
    <message numerus="yes">
        <source>Applying %n change(s)…</source>
        <translation>
            <numerusform>Применяется %n изменение…</numerusform>
            <numerusform>Применяются %n изменения…</numerusform>
            <numerusform>Применяются %n изменений…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) pending. Correct the red cells to apply them.</source>
        <translation>
            <numerusform>%n изменение ожидает. Исправьте красные ячейки, чтобы применить его.</numerusform>
            <numerusform>%n изменения ожидают. Исправьте красные ячейки, чтобы применить их.</numerusform>
            <numerusform>%n изменений ожидают. Исправьте красные ячейки, чтобы применить их.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) pending (shown in italics), not applied yet.</source>
        <translation>
            <numerusform>%n изменение ожидает (курсивом), ещё не применено.</numerusform>
            <numerusform>%n изменения ожидают (курсивом), ещё не применены.</numerusform>
            <numerusform>%n изменений ожидают (курсивом), ещё не применены.</numerusform>
        </translation>
    </message>
    <message>
        <source>Withdrawals to a new destination (an address not on the customer&apos;s address list) are always flagged; checked, they also wait for an approver. Each change asks for a two-factor code.</source>
        <translation>Выводы новым получателям (на адреса не из списка клиента) всегда помечаются; если отмечено, они ещё и ждут утверждающего. Каждое изменение требует двухфакторного кода.</translation>
    </message>
    <message>
        <source>Add asse&amp;t…</source>
        <translation>Добавить ак&amp;тив…</translation>
    </message>
    <message>
        <source>Add a token of a chain (ERC-20, Stellar credit asset, ASA) as an asset</source>
        <translation>Добавить токен сети (ERC-20, кредитный актив Stellar, ASA) как актив</translation>
    </message>
    <message>
        <source>Only admins add assets.</source>
        <translation>Только администраторы добавляют активы.</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Everywhere</source>
        <translation>Везде</translation>
    </message>
    <message>
        <source>%1 menu</source>
        <translation>Меню «%1»</translation>
    </message>
    <message>
        <source>Tables</source>
        <translation>Таблицы</translation>
    </message>
    <message>
        <source>Move between rows, columns and pages</source>
        <translation>Перемещение по строкам, столбцам и страницам</translation>
    </message>
    <message>
        <source>Arrows, Page Up, Page Down, Home, End</source>
        <translation>Стрелки, Page Up, Page Down, Home, End</translation>
    </message>
    <message>
        <source>Sort by a column</source>
        <translation>Сортировка по столбцу</translation>
    </message>
    <message>
        <source>Click its header</source>
        <translation>Щелчок по заголовку</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Настройки</translation>
    </message>
    <message>
        <source>Edit the selected value</source>
        <translation>Изменить выбранное значение</translation>
    </message>
    <message>
        <source>Save the edited value / leave it unchanged</source>
        <translation>Сохранить изменённое значение / оставить без изменений</translation>
    </message>
    <message>
        <source>Enter / Esc</source>
        <translation>Enter / Esc</translation>
    </message>
    <message>
        <source>Dialogs</source>
        <translation>Диалоги</translation>
    </message>
    <message>
        <source>Confirm / cancel</source>
        <translation>Подтвердить / отменить</translation>
    </message>
    <message>
        <source> menu</source>
        <translation> (меню)</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Сочетания клавиш</translation>
    </message>
    <message>
        <source>Type to filter: a screen, an action or a key</source>
        <translation>Введите для фильтра: экран, действие или клавишу</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Где</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Действие</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Клавиши</translation>
    </message>
    <message>
        <source>Every action that moves money asks for confirmation first, shows the amount and destination, and is final once confirmed.</source>
        <translation>Любое действие, перемещающее средства, сначала запрашивает подтверждение, показывает сумму и получателя и после подтверждения становится окончательным.</translation>
    </message>
    <message>
        <source>Find fields</source>
        <translation>Поля поиска</translation>
    </message>
    <message>
        <source>Go to the table, on the first row found</source>
        <translation>Перейти в таблицу, на первую найденную строку</translation>
    </message>
    <message>
        <source>Enter</source>
        <translation>Enter</translation>
    </message>
</context>
<context>
    <name>StellarMemoRequiredStatus</name>
    <message>
        <source>Memo required (SEP-29): asking Horizon…</source>
        <translation>Обязательный memo (SEP-29): запрос к Horizon…</translation>
    </message>
    <message>
        <source>Memo required (SEP-29): not known until Stellar&apos;s node (Horizon) is set above.</source>
        <translation>Обязательный memo (SEP-29): неизвестно, пока выше не задан узел Stellar (Horizon).</translation>
    </message>
    <message>
        <source>Memo required (SEP-29): not known, Horizon could not be asked: %1</source>
        <translation>Обязательный memo (SEP-29): неизвестно, не удалось запросить Horizon: %1</translation>
    </message>
    <message>
        <source>Memo required (SEP-29): set on the base account %1. Wallets refuse to pay it without a memo.</source>
        <translation>Обязательный memo (SEP-29): установлен на базовом счёте %1. Кошельки не отправят на него платёж без memo.</translation>
    </message>
    <message>
        <source>Memo required (SEP-29): not set on the base account %1. Wallets let customers pay it without a memo; an admin sets it with exctl stellar memo-required on.</source>
        <translation>Обязательный memo (SEP-29): не установлен на базовом счёте %1. Кошельки позволяют клиентам платить на него без memo; администратор устанавливает его командой exctl stellar memo-required on.</translation>
    </message>
    <message>
        <source>Memo required (SEP-29): the base account %1 does not exist on the network yet.</source>
        <translation>Обязательный memo (SEP-29): базового счёта %1 в сети ещё нет.</translation>
    </message>
</context>
<context>
    <name>TableTools</name>
    <message>
        <source>Copy</source>
        <translation>Копировать</translation>
    </message>
    <message>
        <source>Copy row</source>
        <translation>Копировать строку</translation>
    </message>
    <message>
        <source>Export as CSV…</source>
        <translation>Экспорт в CSV…</translation>
    </message>
    <message>
        <source>Export as CSV</source>
        <translation>Экспорт в CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Файлы CSV (*.csv)</translation>
    </message>
    <message>
        <source>%1 could not be written: %2</source>
        <translation>Не удалось записать %1: %2</translation>
    </message>
    <message>
        <source>Filter rows (Esc clears)</source>
        <translation>Фильтр строк (Esc — очистить)</translation>
    </message>
</context>
<context>
    <name>TokenReadinessModel</name>
    <message>
        <source>Token readiness could not be read: %1</source>
        <translation>Не удалось прочитать готовность к токенам: %1</translation>
    </message>
    <message numerus="yes">
        <source>All %n address(es) opted in</source>
        <translation>
            <numerusform>Opt-in есть у %n адреса</numerusform>
            <numerusform>Opt-in есть у всех %n адресов</numerusform>
            <numerusform>Opt-in есть у всех %n адресов</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of %1 not opted in yet: the collection run opts them in</source>
        <extracomment>%n the addresses not opted in, %1 all Algorand deposit addresses</extracomment>
        <translation>
            <numerusform>%n из %1 ещё без opt-in: его сделает запуск сбора</numerusform>
            <numerusform>%n из %1 ещё без opt-in: его сделает запуск сбора</numerusform>
            <numerusform>%n из %1 ещё без opt-in: его сделает запуск сбора</numerusform>
        </translation>
    </message>
    <message>
        <source>Account not on the network yet</source>
        <translation>Счёта ещё нет в сети</translation>
    </message>
    <message>
        <source>Trustline present</source>
        <translation>Линия доверия есть</translation>
    </message>
    <message>
        <source>Trustline missing</source>
        <translation>Линии доверия нет</translation>
    </message>
    <message>
        <source>Opted in</source>
        <translation>Opt-in есть</translation>
    </message>
    <message>
        <source>Not opted in</source>
        <translation>Opt-in нет</translation>
    </message>
    <message>
        <source>Authorized</source>
        <translation>Авторизована</translation>
    </message>
    <message>
        <source>Not authorized by the issuer</source>
        <translation>Эмитент не авторизовал</translation>
    </message>
    <message>
        <source>Not frozen</source>
        <translation>Не заморожен</translation>
    </message>
    <message>
        <source>Frozen</source>
        <translation>Заморожен</translation>
    </message>
    <message>
        <source>Unlimited</source>
        <translation>Без ограничения</translation>
    </message>
    <message>
        <source>Asset</source>
        <translation>Актив</translation>
    </message>
    <message>
        <source>Chain</source>
        <translation>Блокчейн</translation>
    </message>
    <message>
        <source>Wallet</source>
        <translation>Кошелёк</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Адрес</translation>
    </message>
    <message>
        <source>Trustline / opt-in</source>
        <translation>Линия доверия / opt-in</translation>
    </message>
    <message>
        <source>Limit</source>
        <translation>Лимит</translation>
    </message>
    <message>
        <source>Holds</source>
        <translation>Остаток</translation>
    </message>
    <message>
        <source>Sign a change_trust for %1 with the hot wallet&apos;s key from the key vault and submit it to Horizon. The hot account %2 gives 0.5 XLM of reserve to the line and pays the fee.</source>
        <translation>Подписать change_trust для %1 ключом горячего кошелька из хранилища ключей и отправить в Horizon. Горячий счёт %2 отдаёт 0,5 XLM резерва под линию и платит комиссию.</translation>
    </message>
    <message>
        <source>Sign an opt-in to %1 with the hot wallet&apos;s key from the key vault and send it to algod. The hot account %2 gives 0.1 ALGO of minimum balance to it and pays the fee.</source>
        <translation>Подписать opt-in для %1 ключом горячего кошелька из хранилища ключей и отправить в algod. Горячий счёт %2 отдаёт под него 0,1 ALGO минимального баланса и платит комиссию.</translation>
    </message>
    <message>
        <source>Write the unsigned change_trust of the %1 account %2 for %3 to %4. Nothing is signed or sent here: sign it offline with that wallet&apos;s key and submit it.</source>
        <translation>Записать неподписанный change_trust счёта %2 (%1) для %3 в %4. Здесь ничего не подписывается и не отправляется: подпишите его офлайн ключом этого кошелька и отправьте.</translation>
    </message>
    <message>
        <source>Write the unsigned opt-in of the %1 account %2 to %3 to %4. Nothing is signed or sent here: sign it offline with that wallet&apos;s key and send it to algod.</source>
        <translation>Записать неподписанный opt-in счёта %2 (%1) для %3 в %4. Здесь ничего не подписывается и не отправляется: подпишите его офлайн ключом этого кошелька и отправьте в algod.</translation>
    </message>
    <message>
        <source>Choose the hot, warm or cold wallet of a token first.</source>
        <translation>Сначала выберите горячий, тёплый или холодный кошелёк токена.</translation>
    </message>
    <message>
        <source>Choose the file the unsigned transaction goes to.</source>
        <translation>Выберите файл для неподписанной транзакции.</translation>
    </message>
    <message>
        <source>Not prepared: %1</source>
        <translation>Не подготовлено: %1</translation>
    </message>
    <message>
        <source>Make the hot wallet ready for %1</source>
        <translation>Подготовить горячий кошелёк к %1</translation>
    </message>
    <message>
        <source>Export the %1 wallet&apos;s transaction for %2</source>
        <translation>Экспортировать транзакцию кошелька %1 для %2</translation>
    </message>
    <message>
        <source>The %1 wallet is ready for %2 already: nothing was made.</source>
        <translation>Кошелёк %1 уже готов к %2: ничего не создано.</translation>
    </message>
    <message>
        <source>The hot wallet&apos;s transaction for %1 was sent: %2.</source>
        <translation>Транзакция горячего кошелька для %1 отправлена: %2.</translation>
    </message>
    <message>
        <source>The unsigned transaction of the %1 wallet for %2 was written to %3. Once signed offline and sent, its id will be %4.</source>
        <translation>Неподписанная транзакция кошелька %1 для %2 записана в %3. После офлайн-подписи и отправки её идентификатор будет %4.</translation>
    </message>
</context>
<context>
    <name>TokenReadinessPanel</name>
    <message>
        <source>&amp;Read the chains again</source>
        <translation>&amp;Прочитать блокчейны снова</translation>
    </message>
    <message>
        <source>&amp;Establish from the vault…</source>
        <translation>&amp;Создать из хранилища…</translation>
    </message>
    <message>
        <source>E&amp;xport for offline signing…</source>
        <translation>&amp;Экспорт для офлайн-подписи…</translation>
    </message>
    <message>
        <source>A Stellar wallet can hold a token only with a trustline to it, an Algorand wallet only after it opted in. Hot is made ready from the key vault; warm and cold are exported, signed offline with their keys and sent from there. Algorand deposit addresses opt in with the collection run, which funds them from the fee wallet.</source>
        <translation>Кошелёк Stellar может держать токен только при линии доверия к нему, кошелёк Algorand — только после opt-in. Горячий готовится из хранилища ключей; тёплый и холодный экспортируются, подписываются офлайн своими ключами и отправляются оттуда. Депозитные адреса Algorand делают opt-in при запуске сбора, который пополняет их из кошелька комиссий.</translation>
    </message>
    <message>
        <source>Asking Horizon and algod…</source>
        <translation>Запрос к Horizon и algod…</translation>
    </message>
    <message>
        <source>Not read yet.</source>
        <translation>Ещё не прочитано.</translation>
    </message>
    <message>
        <source>No Stellar or Algorand token is in force: nothing needs a trustline or an opt-in.</source>
        <translation>Нет действующих токенов Stellar или Algorand: линии доверия и opt-in не нужны.</translation>
    </message>
    <message>
        <source>Every exchange wallet can receive every token in force.</source>
        <translation>Каждый кошелёк биржи может получать каждый действующий токен.</translation>
    </message>
    <message numerus="yes">
        <source>%n wallet(s) or group(s) of deposit addresses cannot receive a token yet.</source>
        <translation>
            <numerusform>%n кошелёк или группа депозитных адресов ещё не может получать токен.</numerusform>
            <numerusform>%n кошелька или группы депозитных адресов ещё не могут получать токен.</numerusform>
            <numerusform>%n кошельков или групп депозитных адресов ещё не могут получать токен.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not read: %1</source>
        <extracomment>%1 why a chain could not be read</extracomment>
        <translation>Не прочитано: %1</translation>
    </message>
    <message>
        <source>An admin prepares trustlines and opt-ins.</source>
        <translation>Линии доверия и opt-in готовит администратор.</translation>
    </message>
    <message>
        <source>Make the hot wallet ready for %1</source>
        <translation>Подготовить горячий кошелёк к %1</translation>
    </message>
    <message>
        <source>&amp;Sign and send</source>
        <translation>&amp;Подписать и отправить</translation>
    </message>
    <message>
        <source>Export for offline signing</source>
        <translation>Экспорт для офлайн-подписи</translation>
    </message>
    <message>
        <source>&amp;Write the file</source>
        <translation>&amp;Записать файл</translation>
    </message>
</context>
<context>
    <name>TotpEnrolDialog</name>
    <message>
        <source>&amp;Confirm code</source>
        <translation>&amp;Подтвердить код</translation>
    </message>
    <message>
        <source>Exchange Console — Set up two-factor codes</source>
        <translation>Exchange Console — Настройка двухфакторной аутентификации</translation>
    </message>
    <message>
        <source>Set up your authenticator app</source>
        <translation>Настройте приложение-аутентификатор</translation>
    </message>
    <message>
        <source>Your role confirms sensitive actions (approving withdrawals, changing settings, unlocking the key vault) with a 6-digit code. Scan this QR code with an authenticator app (e.g. FreeOTP, Aegis, Google Authenticator), then type the code it shows. Nobody else may see this screen.</source>
        <translation>Ваша роль подтверждает важные действия (одобрение выводов, изменение настроек, разблокировку хранилища ключей) 6-значным кодом. Отсканируйте этот QR-код приложением-аутентификатором (например, FreeOTP, Aegis, Google Authenticator), затем введите показанный им код. Никто другой не должен видеть этот экран.</translation>
    </message>
    <message>
        <source>Preparing…</source>
        <translation>Подготовка…</translation>
    </message>
    <message>
        <source>6 digits</source>
        <translation>6 цифр</translation>
    </message>
    <message>
        <source>Current &amp;code:</source>
        <translation>Текущий &amp;код:</translation>
    </message>
    <message>
        <source>No secret could be made: %1</source>
        <translation>Не удалось создать секрет: %1</translation>
    </message>
    <message>
        <source>QR code for your authenticator app</source>
        <translation>QR-код для приложения-аутентификатора</translation>
    </message>
    <message>
        <source>Cannot scan? Enter this key in the app (time-based, 6 digits, 30 s): %1</source>
        <translation>Не удаётся отсканировать? Введите этот ключ в приложении (по времени, 6 цифр, 30 с): %1</translation>
    </message>
    <message>
        <source>Not set up: %1. Wait for the next code and try again.</source>
        <translation>Не настроено: %1. Дождитесь следующего кода и попробуйте снова.</translation>
    </message>
</context>
<context>
    <name>TotpPromptDialog</name>
    <message>
        <source>C&amp;onfirm</source>
        <translation>&amp;Подтвердить</translation>
    </message>
    <message>
        <source>Two-factor code</source>
        <translation>Код двухфакторной аутентификации</translation>
    </message>
    <message>
        <source>Enter the current 6-digit code from your authenticator app. Each code works once.</source>
        <translation>Введите текущий 6-значный код из приложения-аутентификатора. Каждый код действует один раз.</translation>
    </message>
    <message>
        <source>6 digits</source>
        <translation>6 цифр</translation>
    </message>
</context>
<context>
    <name>TradeFillsModel</name>
    <message>
        <source>Buy</source>
        <extracomment>Who took liquidity in a fill: the incoming order bought or sold the base asset</extracomment>
        <translation>Покупка</translation>
    </message>
    <message>
        <source>Sell</source>
        <translation>Продажа</translation>
    </message>
    <message>
        <source>Taker</source>
        <translation>Тейкер</translation>
    </message>
    <message>
        <source>Price (%1)</source>
        <translation>Цена (%1)</translation>
    </message>
    <message>
        <source>Amount (%1)</source>
        <translation>Количество (%1)</translation>
    </message>
    <message>
        <source>Exchange&apos;s spread</source>
        <translation>Спред биржи</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <extracomment>An amount and its asset&apos;s code, e.g. &quot;0.0004 ETH&quot;</extracomment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Время</translation>
    </message>
</context>
<context>
    <name>TradeLogModel</name>
    <message>
        <source>Why it was refused</source>
        <translation>Причина отклонения</translation>
    </message>
    <message numerus="yes">
        <source>%n byte(s), SHA-256 %1</source>
        <extracomment>Tooltip of a refused request&apos;s payload: %1 its size in bytes, %2 its SHA-256 in hex.</extracomment>
        <translation>
            <numerusform>%n байт, SHA-256 %1</numerusform>
            <numerusform>%n байта, SHA-256 %1</numerusform>
            <numerusform>%n байт, SHA-256 %1</numerusform>
        </translation>
    </message>
    <message>
        <source>From</source>
        <extracomment>The network address a refused request came from.</extracomment>
        <translation>Откуда</translation>
    </message>
    <message>
        <source>Endpoint</source>
        <extracomment>The API endpoint a refused request was sent to, e.g. /trade.</extracomment>
        <translation>Адрес запроса</translation>
    </message>
    <message>
        <source>HTTP status</source>
        <extracomment>The HTTP status code the client was answered with.</extracomment>
        <translation>HTTP-статус</translation>
    </message>
    <message>
        <source>Count</source>
        <extracomment>How many refusals a row stands for (repeats from one source within a minute).</extracomment>
        <translation>Количество</translation>
    </message>
    <message>
        <source>Payload (first 1 KiB)</source>
        <translation>Содержимое (первый 1 КиБ)</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Время</translation>
    </message>
</context>
<context>
    <name>TradeStatsModel</name>
    <message>
        <source>Asset</source>
        <translation>Актив</translation>
    </message>
    <message>
        <source>Taken in</source>
        <translation>Получено</translation>
    </message>
    <message>
        <source>Unfilled (liability)</source>
        <translation>Не исполнено (обязательство)</translation>
    </message>
    <message>
        <source>Refunds owed</source>
        <translation>Причитается к возврату</translation>
    </message>
    <message>
        <source>Payouts owed</source>
        <translation>Причитается к выплате</translation>
    </message>
    <message>
        <source>Paid out</source>
        <translation>Выплачено</translation>
    </message>
    <message>
        <source>Profit</source>
        <translation>Прибыль</translation>
    </message>
    <message>
        <source>Sell amounts of every order that came with a deposit.</source>
        <translation>Суммы продажи всех заявок, поступивших с депозитом.</translation>
    </message>
    <message>
        <source>Sell amounts of open orders: what the exchange would refund if it stopped.</source>
        <translation>Суммы продажи открытых заявок: сколько биржа вернула бы при остановке.</translation>
    </message>
    <message>
        <source>Taken in, less unfilled, refunds and payouts: the spread the exchange kept.</source>
        <translation>Получено за вычетом неисполненного, возвратов и выплат: спред, оставшийся у биржи.</translation>
    </message>
</context>
<context>
    <name>TxidUploadDialog</name>
    <message>
        <source>Upload the TxId of withdrawal %1</source>
        <translation>Загрузка TxId вывода %1</translation>
    </message>
    <message>
        <source>Looking up the warm wallet…</source>
        <translation>Поиск тёплого кошелька…</translation>
    </message>
    <message>
        <source>This withdrawal was paid outside the system from the warm wallet. Enter the transaction&apos;s TxId: the console checks on the chain that it succeeded and pays the destination at least the amount from the warm wallet before the withdrawal is marked paid.</source>
        <translation>Этот вывод был выплачен вне системы из тёплого кошелька. Введите TxId транзакции: консоль проверит в блокчейне, что она прошла успешно и перевела получателю из тёплого кошелька не меньше суммы вывода, и лишь затем отметит вывод как выплаченный.</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>0x followed by 64 hex digits</source>
        <translation>0x и 64 шестнадцатеричные цифры</translation>
    </message>
    <message>
        <source>64 hex digits</source>
        <translation>64 шестнадцатеричные цифры</translation>
    </message>
    <message>
        <source>52 characters (A–Z, 2–7)</source>
        <translation>52 символа (A–Z, 2–7)</translation>
    </message>
    <message>
        <source>Paste the TxId of the payout.</source>
        <translation>Вставьте TxId выплаты.</translation>
    </message>
    <message>
        <source>Withdrawal:</source>
        <translation>Вывод:</translation>
    </message>
    <message>
        <source>%1, customer %2, on %3</source>
        <translation>%1, клиент %2, сеть %3</translation>
    </message>
    <message>
        <source>Amount:</source>
        <translation>Сумма:</translation>
    </message>
    <message>
        <source>Destination:</source>
        <translation>Получатель:</translation>
    </message>
    <message>
        <source>From the warm wallet:</source>
        <translation>Из тёплого кошелька:</translation>
    </message>
    <message>
        <source>&amp;TxId:</source>
        <translation>&amp;TxId:</translation>
    </message>
    <message>
        <source>Check on the chain and mark paid</source>
        <translation>Проверить в блокчейне и отметить как выплаченный</translation>
    </message>
    <message>
        <source>None: %1</source>
        <translation>Нет: %1</translation>
    </message>
    <message>
        <source>Checking the TxId…</source>
        <translation>Проверка TxId…</translation>
    </message>
    <message>
        <source>A valid TxId, used by no other withdrawal. The chain is asked when you confirm.</source>
        <translation>Корректный TxId, не используемый другими выводами. Блокчейн будет запрошен при подтверждении.</translation>
    </message>
    <message>
        <source>Asking the chain about this transaction…</source>
        <translation>Запрос к блокчейну об этой транзакции…</translation>
    </message>
    <message>
        <source>Not marked paid: %1</source>
        <extracomment>The reason comes from the core, in the operator&apos;s language, naming what differs.</extracomment>
        <translation>Не отмечен как выплаченный: %1</translation>
    </message>
    <message>
        <source>Paid: the chain shows the payment.</source>
        <translation>Выплачено: блокчейн показывает платёж.</translation>
    </message>
    <message>
        <source>Checking the TxId… it is checked on the chain and marked paid as soon as it is found valid.</source>
        <translation>Проверка TxId… он проверяется в блокчейне и будет отмечен как оплаченный, как только окажется верным.</translation>
    </message>
    <message>
        <source>The console reaches the chain through the node set in Settings → Chains.</source>
        <translation>Консоль обращается к блокчейну через узел, заданный в «Настройки → Блокчейны».</translation>
    </message>
    <message>
        <source>Mark held withdrawal %1 paid by its TxId</source>
        <translation>Отметить задержанный вывод %1 выплаченным по TxId</translation>
    </message>
    <message>
        <source>Looking up the hot wallet…</source>
        <translation>Ищем горячий кошелёк…</translation>
    </message>
    <message>
        <source>The payout signer held this withdrawal: %1

If your investigation shows it was paid, enter the TxId that paid it (the one the signer&apos;s journal names, or another): the console checks on the chain that it succeeded and pays the destination at least the amount from the hot wallet, then settles it as paid. Confirming asks for your two-factor code.</source>
        <translation>Подписант выплат задержал этот вывод: %1

Если проверка показала, что вывод выплачен, введите TxId транзакции, которой он выплачен (из журнала подписанта или другой): консоль проверит в блокчейне, что транзакция прошла и переводит на адрес получателя не меньше суммы вывода с горячего кошелька, и затем проведёт вывод как выплаченный. При подтверждении будет запрошен код двухфакторной аутентификации.</translation>
    </message>
    <message>
        <source>From the hot wallet:</source>
        <translation>С горячего кошелька:</translation>
    </message>
    <message>
        <source>Release held withdrawal %1 as paid by TxId %2</source>
        <translation>Снять задержку с вывода %1 как выплаченного транзакцией %2</translation>
    </message>
</context>
<context>
    <name>WalletsModel</name>
    <message>
        <source>The wallets could not be read: %1</source>
        <translation>Не удалось прочитать кошельки: %1</translation>
    </message>
    <message>
        <source>Deposit addresses</source>
        <translation>Депозитные адреса</translation>
    </message>
    <message>
        <source>Hot</source>
        <translation>Горячий</translation>
    </message>
    <message>
        <source>Warm (watch-only)</source>
        <translation>Тёплый (только просмотр)</translation>
    </message>
    <message>
        <source>Cold (watch-only)</source>
        <translation>Холодный (только просмотр)</translation>
    </message>
    <message>
        <source>none registered</source>
        <translation>не зарегистрированы</translation>
    </message>
    <message numerus="yes">
        <source>%n addresses</source>
        <translation>
            <numerusform>%n адрес</numerusform>
            <numerusform>%n адреса</numerusform>
            <numerusform>%n адресов</numerusform>
        </translation>
    </message>
    <message>
        <source>%1%</source>
        <translation>%1%</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>неизвестно</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>none</source>
        <translation>нет</translation>
    </message>
    <message>
        <source>never</source>
        <translation>никогда</translation>
    </message>
    <message>
        <source>What the chain reports minus what the ledger says. Anything but none needs a look: fees not yet booked, a payment not yet seen, or worse.</source>
        <translation>Данные блокчейна минус данные главной книги. Любое значение, кроме «нет», требует внимания: ещё не проведённые комиссии, ещё не обнаруженный платёж или что-то хуже.</translation>
    </message>
    <message>
        <source>Above its max balance: the excess should move on to the next tier.</source>
        <translation>Выше максимального баланса: излишек следует перевести на следующий уровень.</translation>
    </message>
    <message>
        <source>Ledger balance against the max balance.</source>
        <translation>Баланс по главной книге относительно максимального баланса.</translation>
    </message>
    <message>
        <source>Asset</source>
        <translation>Актив</translation>
    </message>
    <message>
        <source>Wallet</source>
        <translation>Кошелёк</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Адрес</translation>
    </message>
    <message>
        <source>Of max</source>
        <translation>От макс.</translation>
    </message>
    <message>
        <source>Ledger</source>
        <translation>Главная книга</translation>
    </message>
    <message>
        <source>Chain</source>
        <translation>Блокчейн</translation>
    </message>
    <message>
        <source>Difference</source>
        <translation>Разница</translation>
    </message>
    <message>
        <source>Max balance</source>
        <translation>Макс. баланс</translation>
    </message>
    <message>
        <source>Chain read</source>
        <translation>Чтение блокчейна</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <extracomment>asset code and tier, e.g. &quot;XLM hot&quot;</extracomment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Chain balances: never read from the chains.</source>
        <translation>Балансы в блокчейнах: ни разу не прочитаны.</translation>
    </message>
    <message>
        <source>Chain balances as last read from the chains, at %1.</source>
        <translation>Балансы в блокчейнах по последнему чтению, %1.</translation>
    </message>
    <message>
        <source>Chain balances as last read from the chains: the oldest at %1, the newest at %2.</source>
        <translation>Балансы в блокчейнах по последнему чтению: самое раннее %1, самое позднее %2.</translation>
    </message>
    <message>
        <source>Never read: %1.</source>
        <translation>Ни разу не прочитаны: %1.</translation>
    </message>
    <message>
        <source>Fee wallet (gas for token sweeps)</source>
        <translation>Кошелёк комиссий (газ для сбора токенов)</translation>
    </message>
    <message>
        <source>The most the fee wallet should hold: a funding from warm fills it to this.</source>
        <translation>Наибольшая сумма на кошельке комиссий: пополнение из тёплого кошелька доводит баланс до неё.</translation>
    </message>
    <message>
        <source>Below %1 the Dashboard asks for funding.</source>
        <extracomment>%1 an amount of the chain&apos;s coin with its code</extracomment>
        <translation>Ниже %1 панель просит пополнения.</translation>
    </message>
</context>
<context>
    <name>WalletsScreen</name>
    <message>
        <source>Wallets</source>
        <translation>Кошельки</translation>
    </message>
    <message>
        <source>Collections fill the hot wallet up to its max balance, then warm, and the rest goes to cold. Ledger is what the books say each wallet holds; Chain is what the node last reported. Warm and cold are watch-only: they are signed for outside this console.</source>
        <translation>Сборы пополняют горячий кошелёк до его максимального баланса, затем тёплый, а остальное уходит в холодный. «Главная книга» — сколько, по учётным данным, хранится в каждом кошельке; «Блокчейн» — что последним сообщил узел. Тёплый и холодный кошельки — только для просмотра: транзакции для них подписываются вне этой консоли.</translation>
    </message>
    <message>
        <source>Deposit watchers: starting…</source>
        <translation>Мониторы депозитов: запуск…</translation>
    </message>
    <message>
        <source>Deposit watchers and chain balances:</source>
        <extracomment>followed by one line per chain</extracomment>
        <translation>Мониторы депозитов и балансы в блокчейнах:</translation>
    </message>
    <message>
        <source>the selected wallet&apos;s address</source>
        <translation>адрес выбранного кошелька</translation>
    </message>
    <message>
        <source>Copy address</source>
        <translation>Копировать адрес</translation>
    </message>
    <message>
        <source>Gas left on deposit addresses</source>
        <translation>Остаток газа на депозитных адресах</translation>
    </message>
    <message>
        <source>Recent refuels by the fee wallet</source>
        <translation>Последние пополнения газа из кошелька комиссий</translation>
    </message>
    <message>
        <source>Trustlines and opt-ins</source>
        <translation>Линии доверия и opt-in</translation>
    </message>
</context>
<context>
    <name>WebhookDeliveriesModel</name>
    <message>
        <source>The webhook deliveries could not be read: %1</source>
        <translation>Не удалось прочитать доставки вебхуков: %1</translation>
    </message>
    <message>
        <source>Retry webhook delivery %1</source>
        <translation>Повторить доставку вебхука %1</translation>
    </message>
    <message>
        <source>Webhook delivery %1 was not retried: %2</source>
        <translation>Доставка вебхука %1 не повторена: %2</translation>
    </message>
    <message>
        <source>Retry every failed webhook delivery</source>
        <translation>Повторить все недоставленные вебхуки</translation>
    </message>
    <message>
        <source>The failed webhook deliveries were not retried: %1</source>
        <translation>Недоставленные вебхуки не повторены: %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>%1 a back-office service client&apos;s name, %2 its webhook URL</extracomment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Waiting</source>
        <extracomment>A webhook delivery not tried yet</extracomment>
        <translation>Ожидает</translation>
    </message>
    <message>
        <source>Failing, retried</source>
        <extracomment>A webhook delivery tried without a 2xx answer, to be tried again</extracomment>
        <translation>Не доходит, повторяется</translation>
    </message>
    <message>
        <source>Failed</source>
        <extracomment>A webhook delivery given up after a day without a 2xx answer</extracomment>
        <translation>Не доставлено</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>Доставлено</translation>
    </message>
    <message>
        <source>HTTP %1</source>
        <translation>HTTP %1</translation>
    </message>
    <message>
        <source>%1 #%2</source>
        <extracomment>%1 the object&apos;s kind (customer, deposit, withdrawal), %2 its id</extracomment>
        <translation>%1 #%2</translation>
    </message>
    <message>
        <source>delivered %1</source>
        <extracomment>%1 a date and time</extracomment>
        <translation>доставлено %1</translation>
    </message>
    <message>
        <source>failed %1</source>
        <translation>не доставлено %1</translation>
    </message>
    <message>
        <source>next %1</source>
        <translation>следующая попытка %1</translation>
    </message>
    <message>
        <source>Delivery %1 of event %2</source>
        <extracomment>%1 the delivery&apos;s id, %2 the event&apos;s id (evt_…) the receiver dedupes by</extracomment>
        <translation>Доставка %1 события %2</translation>
    </message>
    <message>
        <source>Event time</source>
        <translation>Время события</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Событие</translation>
    </message>
    <message>
        <source>Object</source>
        <translation>Объект</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Клиент</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>Попытки</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Состояние</translation>
    </message>
    <message>
        <source>Last answer</source>
        <translation>Последний ответ</translation>
    </message>
    <message>
        <source>Next attempt / done</source>
        <translation>Следующая попытка / завершено</translation>
    </message>
</context>
<context>
    <name>WebhooksScreen</name>
    <message>
        <source>Re&amp;try</source>
        <translation>&amp;Отправить снова</translation>
    </message>
    <message>
        <source>Retry all &amp;failed</source>
        <translation>Повторить все &amp;недоставленные</translation>
    </message>
    <message>
        <source>Webhooks</source>
        <translation>Вебхуки</translation>
    </message>
    <message>
        <source>The signed notices the back office sends to the exchange&apos;s web app when a deposit, withdrawal or customer changes. A delivery without a 2xx answer is tried again with growing pauses and given up after a day; an admin sends a failing or failed one again once its receiver works.</source>
        <extracomment>Webhooks: the signed notices the exchange&apos;s web app receives of deposits, withdrawals and customers.</extracomment>
        <translation>Подписанные уведомления, которые бэк-офис отправляет веб-приложению биржи при изменении депозита, вывода или клиента. Доставка без ответа 2xx повторяется с растущими паузами и прекращается через сутки; администратор отправляет недоходящую или недоставленную снова, когда её получатель снова работает.</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Показать</translation>
    </message>
    <message>
        <source>Not getting through</source>
        <translation>Не доходят</translation>
    </message>
    <message>
        <source>Failing, being retried</source>
        <extracomment>Deliveries still open that were tried without a 2xx answer</extracomment>
        <translation>Не доходят, повторяются</translation>
    </message>
    <message>
        <source>Failed (given up)</source>
        <translation>Не доставлены (попытки прекращены)</translation>
    </message>
    <message>
        <source>All deliveries</source>
        <translation>Все доставки</translation>
    </message>
    <message>
        <source>Filter by event, object, client, URL, answer (Ctrl+F)</source>
        <translation>Фильтр по событию, объекту, клиенту, URL, ответу (Ctrl+F)</translation>
    </message>
    <message>
        <source>Find: type to filter the table</source>
        <translation>Поиск: начните печатать, чтобы отфильтровать таблицу</translation>
    </message>
    <message>
        <source>Webhook delivery %1 is due again now; the next pass of the webhook duty sends it.</source>
        <translation>Доставка вебхука %1 снова назначена на сейчас; следующий проход службы вебхуков отправит её.</translation>
    </message>
    <message>
        <source>No webhook delivery had failed: nothing was retried.</source>
        <translation>Недоставленных вебхуков не было: ничего не повторено.</translation>
    </message>
    <message numerus="yes">
        <source>%n failed webhook delivery(ies) due again now.</source>
        <translation>
            <numerusform>%n недоставленный вебхук снова назначен на сейчас.</numerusform>
            <numerusform>%n недоставленных вебхука снова назначены на сейчас.</numerusform>
            <numerusform>%n недоставленных вебхуков снова назначены на сейчас.</numerusform>
        </translation>
    </message>
    <message>
        <source>Only an admin sends webhook deliveries again</source>
        <translation>Повторно отправлять вебхуки может только администратор</translation>
    </message>
    <message>
        <source>Delivered: the web app has this event already</source>
        <translation>Доставлено: у веб-приложения это событие уже есть</translation>
    </message>
    <message>
        <source>Not tried yet: it goes at its time without a retry</source>
        <translation>Ещё не отправлялось: уйдёт в своё время без повтора</translation>
    </message>
    <message>
        <source>Send the selected delivery again now, with a day to get through (Ctrl+Shift+T)</source>
        <translation>Отправить выбранную доставку снова сейчас, с сутками на доставку (Ctrl+Shift+T)</translation>
    </message>
    <message>
        <source>No delivery has failed</source>
        <translation>Недоставленных нет</translation>
    </message>
    <message>
        <source>Send every failed delivery again now, each to its own endpoint</source>
        <translation>Отправить снова все недоставленные сейчас, каждую на её адрес</translation>
    </message>
    <message numerus="yes">
        <source>%n delivery(ies) shown</source>
        <translation>
            <numerusform>Показана %n доставка</numerusform>
            <numerusform>Показаны %n доставки</numerusform>
            <numerusform>Показано %n доставок</numerusform>
        </translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation>Чтение…</translation>
    </message>
    <message>
        <source>Every delivery gets through: none is failing or failed.</source>
        <translation>Все доставки доходят: ни одна не сбоит и не провалена.</translation>
    </message>
    <message>
        <source>Not getting through: %1 being retried, %2 failed.</source>
        <extracomment>%1 deliveries failing (open, retried), %2 deliveries failed (given up)</extracomment>
        <translation>Не доходят: %1 — повторные попытки, %2 — не доставлено.</translation>
    </message>
    <message>
        <source>Send the %1 event of %2 (%3) again to %4 at %5?

It is due at once and tried for a day until the receiver answers 2xx. The receiver knows the event by its id, so it does not apply it twice.</source>
        <extracomment>%1 event type, %2 the object (e.g. &quot;withdrawal #4&quot;), %3 event id, %4 client name, %5 URL</extracomment>
        <translation>Отправить событие %1 объекта %2 (%3) снова клиенту %4 по адресу %5?

Оно назначается сразу и отправляется в течение суток, пока получатель не ответит 2xx. Получатель узнаёт событие по его ID и не применит его дважды.</translation>
    </message>
    <message>
        <source>Retry webhook delivery %1</source>
        <translation>Повторить доставку вебхука %1</translation>
    </message>
    <message>
        <source>&amp;Send again</source>
        <translation>&amp;Отправить снова</translation>
    </message>
    <message numerus="yes">
        <source>Send the %n failed webhook delivery(ies) again, each to the endpoint it was for?</source>
        <translation>
            <numerusform>Отправить %n недоставленный вебхук снова на адрес, для которого он был?</numerusform>
            <numerusform>Отправить %n недоставленных вебхука снова, каждый на адрес, для которого он был?</numerusform>
            <numerusform>Отправить %n недоставленных вебхуков снова, каждый на адрес, для которого он был?</numerusform>
        </translation>
    </message>
    <message>
        <source>They are due at once and tried for a day until their receivers answer 2xx.</source>
        <translation>Они назначаются сразу и отправляются в течение суток, пока получатели не ответят 2xx.</translation>
    </message>
    <message>
        <source>Retry all failed webhook deliveries</source>
        <translation>Повторить все недоставленные вебхуки</translation>
    </message>
</context>
<context>
    <name>WithdrawalDecisionDialog</name>
    <message>
        <source>Approve withdrawal %1</source>
        <translation>Одобрить вывод %1</translation>
    </message>
    <message>
        <source>Reject withdrawal %1</source>
        <translation>Отклонить вывод %1</translation>
    </message>
    <message>
        <source>Cancel withdrawal %1</source>
        <translation>Отменить вывод %1</translation>
    </message>
    <message>
        <source>Retry withdrawal %1</source>
        <translation>Повторить вывод %1</translation>
    </message>
    <message>
        <source>Send withdrawal %1 to manual payout</source>
        <translation>Передать вывод %1 на ручную выплату</translation>
    </message>
    <message>
        <source>Amount:</source>
        <translation>Сумма:</translation>
    </message>
    <message>
        <source>Fee:</source>
        <translation>Комиссия:</translation>
    </message>
    <message>
        <source>To (%1):</source>
        <translation>Получатель (%1):</translation>
    </message>
    <message>
        <source>Customer:</source>
        <translation>Клиент:</translation>
    </message>
    <message>
        <source>Under review because:</source>
        <translation>На проверке, потому что:</translation>
    </message>
    <message>
        <source>Approvals so far:</source>
        <translation>Одобрения на данный момент:</translation>
    </message>
    <message>
        <source>none</source>
        <translation>нет</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Назад</translation>
    </message>
    <message>
        <source>&amp;Approve</source>
        <translation>&amp;Одобрить</translation>
    </message>
    <message>
        <source>Yours is the second of the two approvals this amount needs: %1 will be paid to the address above from the hot wallet. You will be asked for a two-factor code.</source>
        <translation>Ваше одобрение — второе из двух, необходимых для этой суммы: %1 будет выплачено на указанный выше адрес из горячего кошелька. Будет запрошен код двухфакторной аутентификации.</translation>
    </message>
    <message>
        <source>Yours is the only approval this amount needs: %1 will be paid to the address above from the hot wallet. You will be asked for a two-factor code.</source>
        <translation>Для этой суммы достаточно Вашего одобрения: %1 будет выплачено на указанный выше адрес из горячего кошелька. Будет запрошен код двухфакторной аутентификации.</translation>
    </message>
    <message>
        <source>Yours is the first of the two approvals this amount needs (four eyes): nothing is paid until a second approver approves too. You will be asked for a two-factor code.</source>
        <translation>Ваше одобрение — первое из двух, необходимых для этой суммы (принцип четырёх глаз): ничего не выплачивается, пока вывод не одобрит второй контролёр. Будет запрошен код двухфакторной аутентификации.</translation>
    </message>
    <message>
        <source>&amp;Reject</source>
        <translation>&amp;Отклонить</translation>
    </message>
    <message>
        <source>%1 and its fee go back to the customer&apos;s available balance. Nothing is paid. The reason is kept in the audit log.</source>
        <translation>%1 и комиссия возвращаются на доступный баланс клиента. Ничего не выплачивается. Причина сохраняется в журнале аудита.</translation>
    </message>
    <message>
        <source>Cancel &amp;withdrawal</source>
        <translation>Отменить &amp;вывод</translation>
    </message>
    <message>
        <source>%1 and its fee go back to the customer&apos;s available balance. Nothing is paid.</source>
        <translation>%1 и комиссия возвращаются на доступный баланс клиента. Ничего не выплачивается.</translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation>&amp;Повторить</translation>
    </message>
    <message>
        <source>The payout of %1 is tried again from the hot wallet: a transaction that may have reached a node is sent again unchanged, never signed anew. You will be asked for a two-factor code.</source>
        <translation>Выплата %1 повторяется из горячего кошелька: транзакция, которая могла дойти до узла, отправляется повторно без изменений и никогда не подписывается заново. Будет запрошен код двухфакторной аутентификации.</translation>
    </message>
    <message>
        <source>&amp;Send to manual payout</source>
        <translation>&amp;Передать на ручную выплату</translation>
    </message>
    <message>
        <source>The console will not pay %1. Someone signs and sends it outside the system from the warm wallet, then uploads its TxId here; the withdrawal is paid once the chain shows that transaction. You will be asked for a two-factor code.</source>
        <translation>Консоль не будет выплачивать %1. Кто-то подписывает и отправляет транзакцию вне системы из тёплого кошелька, затем загружает сюда её TxId; вывод считается выплаченным, как только блокчейн покажет эту транзакцию. Будет запрошен код двухфакторной аутентификации.</translation>
    </message>
    <message>
        <source>Why (required; the customer&apos;s support will read it)</source>
        <translation>Почему (обязательно; это прочитает служба поддержки клиента)</translation>
    </message>
    <message>
        <source>Re&amp;ason:</source>
        <translation>При&amp;чина:</translation>
    </message>
    <message>
        <source>Note for whoever signs it (optional)</source>
        <translation>Примечание для подписывающего (необязательно)</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>При&amp;мечание:</translation>
    </message>
    <message>
        <source>Reject held withdrawal %1 as not paid</source>
        <translation>Отклонить задержанный вывод %1 как невыплаченный</translation>
    </message>
    <message>
        <source>Held because:</source>
        <translation>Задержан, потому что:</translation>
    </message>
    <message>
        <source>&amp;Reject as not paid</source>
        <translation>&amp;Отклонить как невыплаченный</translation>
    </message>
    <message>
        <source>Only if your investigation shows that %1 never left: the hold is voided, the amount and its fee go back to the customer&apos;s available balance and the withdrawal is rejected. It is not paid again by itself; the customer may request it again. The reason is kept in the audit log. You will be asked for a two-factor code.</source>
        <translation>Только если проверка показала, что %1 так и не ушли: резерв снимается, сумма и комиссия возвращаются на доступный баланс клиента, вывод отклоняется. Сам по себе он повторно не выплачивается; клиент может запросить вывод заново. Причина сохраняется в журнале аудита. Будет запрошен код двухфакторной аутентификации.</translation>
    </message>
    <message>
        <source>What the investigation found (required; kept with the withdrawal)</source>
        <translation>Что показала проверка (обязательно; сохраняется с выводом)</translation>
    </message>
</context>
<context>
    <name>WithdrawalDetailsPane</name>
    <message>
        <source>Select a withdrawal to see its details.</source>
        <translation>Выберите вывод, чтобы увидеть подробности.</translation>
    </message>
    <message>
        <source>Amount:</source>
        <translation>Сумма:</translation>
    </message>
    <message>
        <source>To:</source>
        <translation>Получатель:</translation>
    </message>
    <message>
        <source>Customer:</source>
        <translation>Клиент:</translation>
    </message>
    <message>
        <source>Requested:</source>
        <translation>Запрошен:</translation>
    </message>
    <message>
        <source>Why:</source>
        <translation>Причина:</translation>
    </message>
    <message>
        <source>Approvals:</source>
        <translation>Одобрения:</translation>
    </message>
    <message>
        <source>TxId:</source>
        <translation>TxId:</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>Примечание:</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Requested</source>
        <translation>Запрошен</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Сумма</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Состояние</translation>
    </message>
    <message>
        <source>The customer&apos;s recent withdrawals of this asset</source>
        <translation>Последние выводы клиента по этому активу</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Подробности</translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation>Чтение…</translation>
    </message>
    <message>
        <source>%1 %2 (fee %3 %2)</source>
        <translation>%1 %2 (комиссия %3 %2)</translation>
    </message>
    <message>
        <source>#%1</source>
        <translation>№%1</translation>
    </message>
    <message>
        <source>%1 (#%2)</source>
        <translation>%1 (№%2)</translation>
    </message>
    <message>
        <source>%1 by %2</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>within both limits</source>
        <translation>в пределах обоих лимитов</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation>%1 в %2</translation>
    </message>
    <message>
        <source>(two approvers above %1 %2)</source>
        <translation>(два контролёра свыше %1 %2)</translation>
    </message>
    <message>
        <source>(one approver for every amount of %1)</source>
        <translation>(один контролёр для любой суммы %1)</translation>
    </message>
    <message>
        <source>none</source>
        <translation>нет</translation>
    </message>
    <message>
        <source>The customer&apos;s %1 withdrawals, 72 h before this one and after:</source>
        <extracomment>%1 is the asset code</extracomment>
        <translation>Выводы клиента в %1 за 72 ч до этого вывода и после него:</translation>
    </message>
    <message>
        <source>the destination address</source>
        <translation>адрес назначения</translation>
    </message>
    <message>
        <source>the TxId</source>
        <translation>TxId</translation>
    </message>
    <message>
        <source>none: not paid, waiting for review</source>
        <translation>нет: не оплачен, ожидает проверки</translation>
    </message>
    <message>
        <source>none yet: approved, waiting for the payout</source>
        <translation>пока нет: одобрен, ожидает выплаты</translation>
    </message>
    <message>
        <source>none yet: being paid from the hot wallet</source>
        <translation>пока нет: выплачивается из горячего кошелька</translation>
    </message>
    <message>
        <source>none yet: the payout stopped; retry pays it</source>
        <translation>пока нет: выплата остановлена; повтор выплатит его</translation>
    </message>
    <message>
        <source>none yet: waiting for the TxId of the payout made outside the console</source>
        <translation>пока нет: ожидается TxId выплаты, сделанной вне консоли</translation>
    </message>
    <message>
        <source>none: not paid</source>
        <translation>нет: не оплачен</translation>
    </message>
    <message>
        <source>none recorded</source>
        <translation>не записан</translation>
    </message>
    <message>
        <source>Decided:</source>
        <translation>Решение:</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <extracomment>%1 &quot;Withdrawal #7&quot;, %2 its state</extracomment>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Within limits: no approval needed</source>
        <translation>В пределах лимитов: одобрение не требуется</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Отклонён</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Отменён</translation>
    </message>
    <message>
        <source>%1 by %2 at %3; not paid</source>
        <translation>%1: %2, %3; не оплачен</translation>
    </message>
    <message>
        <source>%1 at %2 (the audit log does not say by whom); not paid</source>
        <translation>%1 %2 (журнал аудита не говорит кем); не оплачен</translation>
    </message>
    <message>
        <source>%1 (failed on chain; not paid)</source>
        <extracomment>a TxId whose transaction did not pay</extracomment>
        <translation>%1 (не прошла в блокчейне; не оплачен)</translation>
    </message>
    <message>
        <source>Manual payout and a TxId upload need these approvals too.</source>
        <translation>Эти одобрения нужны и для ручной выплаты, и для загрузки TxId.</translation>
    </message>
    <message>
        <source>none in the database; the signer&apos;s journal may know one (see the note)</source>
        <translation>в базе данных нет; журнал подписанта может её знать (см. примечание)</translation>
    </message>
    <message>
        <source>Known:</source>
        <extracomment>whether the destination is on the customer&apos;s own address list</extracomment>
        <translation>Известен:</translation>
    </message>
    <message>
        <source>New destination: not on the customer&apos;s address list when requested</source>
        <translation>Новый получатель: на момент запроса адреса не было в списке клиента</translation>
    </message>
    <message>
        <source>On the customer&apos;s address list</source>
        <translation>В списке адресов клиента</translation>
    </message>
    <message>
        <source>Internal: customer #%1&apos;s deposit address; settled in the ledger, not on chain</source>
        <extracomment>%1 the id of the customer whose deposit address the destination is</extracomment>
        <translation>Внутренний: адрес пополнения клиента #%1; проводится в журнале, не в сети</translation>
    </message>
</context>
<context>
    <name>WithdrawalDetailsSource</name>
    <message>
        <source>Withdrawal %1 could not be read: %2</source>
        <translation>Не удалось прочитать вывод %1: %2</translation>
    </message>
</context>
<context>
    <name>WithdrawalText</name>
    <message>
        <source>Under review</source>
        <translation>На проверке</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Одобрен</translation>
    </message>
    <message>
        <source>Processing</source>
        <translation>Обрабатывается</translation>
    </message>
    <message>
        <source>Broadcast</source>
        <translation>Отправлен в сеть</translation>
    </message>
    <message>
        <source>Succeeded</source>
        <translation>Выполнен</translation>
    </message>
    <message>
        <source>Failed on chain</source>
        <translation>Сбой в блокчейне</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Отклонён</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Отменён</translation>
    </message>
    <message>
        <source>Error (retryable)</source>
        <translation>Ошибка (можно повторить)</translation>
    </message>
    <message>
        <source>Manual payout</source>
        <translation>Ручная выплата</translation>
    </message>
    <message>
        <source>under a minute</source>
        <translation>меньше минуты</translation>
    </message>
    <message>
        <source>%1 d %2 h</source>
        <extracomment>days and hours waited</extracomment>
        <translation>%1 д %2 ч</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <extracomment>hours and minutes waited</extracomment>
        <translation>%1 ч %2 мин</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 мин</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <extracomment>approvals given of approvals required</extracomment>
        <translation>%1 из %2</translation>
    </message>
    <message>
        <source>Held: integrity check failed</source>
        <translation>Задержан: проверка целостности не пройдена</translation>
    </message>
    <message>
        <source>✗ not signed: the payout signer does not count it</source>
        <translation>✗ не подписано: подписант выплат его не учитывает</translation>
    </message>
    <message>
        <source>✓ signature verified</source>
        <translation>✓ подпись проверена</translation>
    </message>
    <message>
        <source>✗ bad signature</source>
        <translation>✗ неверная подпись</translation>
    </message>
    <message>
        <source>✗ signed for other withdrawal details than these</source>
        <translation>✗ подписано для других данных вывода</translation>
    </message>
    <message>
        <source>signed; not verifiable until the key vault pins an admin&apos;s key</source>
        <translation>подписано; проверить нельзя, пока в хранилище ключей не закреплён ключ администратора</translation>
    </message>
    <message>
        <source>✗ signed by a key no admin has registered</source>
        <translation>✗ подписано ключом, который не зарегистрировал ни один администратор</translation>
    </message>
    <message>
        <source>✗ signed by a key registered for a role that may not approve</source>
        <translation>✗ подписано ключом роли, которой нельзя одобрять</translation>
    </message>
    <message>
        <source>✗ signed by the requester</source>
        <translation>✗ подписано заявителем</translation>
    </message>
</context>
<context>
    <name>WithdrawalsModel</name>
    <message>
        <source>The withdrawals could not be read: %1</source>
        <translation>Не удалось прочитать выводы: %1</translation>
    </message>
    <message>
        <source>Withdrawal %1 approved: it goes to the payout from the hot wallet.</source>
        <translation>Вывод %1 одобрен: он передан на выплату из горячего кошелька.</translation>
    </message>
    <message>
        <source>Withdrawal %1: your approval is recorded; it needs a second approver.</source>
        <translation>Вывод %1: Ваше одобрение записано; нужно одобрение второго контролёра.</translation>
    </message>
    <message>
        <source>Withdrawal %1 was not approved: %2</source>
        <translation>Вывод %1 не одобрен: %2</translation>
    </message>
    <message>
        <source>Withdrawal %1 rejected; the funds are the customer&apos;s again.</source>
        <translation>Вывод %1 отклонён; средства снова принадлежат клиенту.</translation>
    </message>
    <message>
        <source>Withdrawal %1 was not rejected: %2</source>
        <translation>Вывод %1 не отклонён: %2</translation>
    </message>
    <message>
        <source>Withdrawal %1 cancelled; the funds are the customer&apos;s again.</source>
        <translation>Вывод %1 отменён; средства снова принадлежат клиенту.</translation>
    </message>
    <message>
        <source>Withdrawal %1 was not cancelled: %2</source>
        <translation>Вывод %1 не отменён: %2</translation>
    </message>
    <message>
        <source>Withdrawal %1 goes to the payout again.</source>
        <translation>Вывод %1 снова передан на выплату.</translation>
    </message>
    <message>
        <source>Withdrawal %1 was not retried: %2</source>
        <translation>Вывод %1 не повторён: %2</translation>
    </message>
    <message>
        <source>Withdrawal %1 waits for a manual payout from the warm wallet; upload its TxId when it is sent.</source>
        <translation>Вывод %1 ожидает ручной выплаты из тёплого кошелька; загрузите его TxId после отправки.</translation>
    </message>
    <message>
        <source>Withdrawal %1 was not sent to manual payout: %2</source>
        <translation>Вывод %1 не передан на ручную выплату: %2</translation>
    </message>
    <message>
        <source>#%1</source>
        <extracomment>a customer in a table: name and id</extracomment>
        <translation>№%1</translation>
    </message>
    <message>
        <source>%1 (#%2)</source>
        <translation>%1 (№%2)</translation>
    </message>
    <message>
        <source>within limits</source>
        <translation>в пределах лимитов</translation>
    </message>
    <message>
        <source>tx %1</source>
        <translation>tx %1</translation>
    </message>
    <message>
        <source>Requested by %1</source>
        <translation>Запрошен пользователем %1</translation>
    </message>
    <message>
        <source>Sorted within each asset: amounts of different assets are not compared</source>
        <translation>Сортировка внутри каждого актива: суммы разных активов не сравниваются</translation>
    </message>
    <message>
        <source>Since the request, for withdrawals not finished yet</source>
        <translation>С момента запроса, для незавершённых выводов</translation>
    </message>
    <message>
        <source>Why it waits for review: which limit, and by how much</source>
        <translation>Почему ожидает проверки: какой лимит и на сколько превышен</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Requested</source>
        <translation>Запрошен</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Ожидание</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Клиент</translation>
    </message>
    <message>
        <source>Asset</source>
        <translation>Актив</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Сумма</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Состояние</translation>
    </message>
    <message>
        <source>Approvals</source>
        <translation>Одобрения</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Причина</translation>
    </message>
    <message>
        <source>Destination</source>
        <translation>Получатель</translation>
    </message>
    <message>
        <source>TxId / note</source>
        <translation>TxId / примечание</translation>
    </message>
    <message>
        <source>Withdrawal %1 is released from its hold as not paid: rejected, the funds are the customer&apos;s again.</source>
        <translation>Вывод %1 снят с задержки как невыплаченный: отклонён, средства снова принадлежат клиенту.</translation>
    </message>
    <message>
        <source>Withdrawal %1 was not released from its hold: %2</source>
        <translation>Вывод %1 не снят с задержки: %2</translation>
    </message>
    <message>
        <source>new: %1</source>
        <extracomment>the badge of a withdrawal to an address not on the customer&apos;s list; %1 the address, shortened</extracomment>
        <translation>новый: %1</translation>
    </message>
    <message>
        <source>%1
New destination: not on the customer&apos;s address list when it was requested</source>
        <extracomment>%1 the full address</extracomment>
        <translation>%1
Новый получатель: на момент запроса адреса не было в списке клиента</translation>
    </message>
    <message>
        <source>internal #%1: %2</source>
        <extracomment>the badge of an internal transfer (to another customer&apos;s deposit address, settled in the ledger); %1 the receiving customer&apos;s id, %2 the address, shortened</extracomment>
        <translation>внутр. #%1: %2</translation>
    </message>
    <message>
        <source>%1
Internal transfer to customer #%2: settled in the ledger, nothing sent on chain</source>
        <extracomment>%1 the full address, %2 the receiving customer&apos;s id</extracomment>
        <translation>%1
Внутренний перевод клиенту #%2: проведён в журнале, в сеть ничего не отправлено</translation>
    </message>
    <message>
        <source>&quot;new:&quot; an address not on the customer&apos;s address list when it was requested; &quot;internal #7:&quot; the deposit address of customer 7, settled in the ledger</source>
        <translation>«новый:» адрес, которого не было в списке адресов клиента при запросе; «внутр. #7:» адрес пополнения клиента 7, проводится в журнале</translation>
    </message>
    <message>
        <source>Withdrawal %1: the payout signer replaces its transaction with a higher fee on its next run.</source>
        <translation>Вывод %1: подписант выплат заменит его транзакцию транзакцией с более высокой комиссией при следующем запуске.</translation>
    </message>
    <message>
        <source>Withdrawal %1 was not sped up: %2</source>
        <translation>Вывод %1 не ускорен: %2</translation>
    </message>
</context>
<context>
    <name>WithdrawalsScreen</name>
    <message>
        <source>&amp;Approve…</source>
        <translation>&amp;Одобрить…</translation>
    </message>
    <message>
        <source>Re&amp;ject…</source>
        <translation>О&amp;тклонить…</translation>
    </message>
    <message>
        <source>&amp;Cancel withdrawal…</source>
        <translation>Отменить &amp;вывод…</translation>
    </message>
    <message>
        <source>Re&amp;try…</source>
        <translation>&amp;Повторить…</translation>
    </message>
    <message>
        <source>Send to &amp;manual payout…</source>
        <translation>Передать на &amp;ручную выплату…</translation>
    </message>
    <message>
        <source>&amp;Upload TxId…</source>
        <translation>&amp;Загрузить TxId…</translation>
    </message>
    <message>
        <source>‹ Previous page</source>
        <translation>‹ Предыдущая страница</translation>
    </message>
    <message>
        <source>Next page ›</source>
        <translation>Следующая страница ›</translation>
    </message>
    <message>
        <source>Withdrawals</source>
        <translation>Выводы</translation>
    </message>
    <message>
        <source>Review &amp;queue</source>
        <translation>О&amp;чередь на проверку</translation>
    </message>
    <message>
        <source>&amp;Processing</source>
        <translation>О&amp;бработка</translation>
    </message>
    <message>
        <source>&amp;Errors</source>
        <translation>Ош&amp;ибки</translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation>И&amp;стория</translation>
    </message>
    <message>
        <source>Over the 24h or 72h limit: waiting for an approver, the longest waiting first</source>
        <translation>Сверх лимита за 24 ч или 72 ч: ожидают контролёра, сначала ожидающие дольше всех</translation>
    </message>
    <message>
        <source>Approved, being paid, or sent and waiting for the chain</source>
        <translation>Одобренные, выплачиваемые или отправленные и ожидающие блокчейна</translation>
    </message>
    <message>
        <source>Payouts that stopped (hot wallet short, node unreachable), failed on chain, or wait for a manual payout</source>
        <translation>Остановленные выплаты (не хватает средств в горячем кошельке, узел недоступен), сбои в блокчейне или ожидающие ручной выплаты</translation>
    </message>
    <message>
        <source>Every withdrawal, the newest first</source>
        <translation>Все выводы, сначала новые</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Состояние</translation>
    </message>
    <message>
        <source>Asset</source>
        <translation>Актив</translation>
    </message>
    <message>
        <source>All assets</source>
        <translation>Все активы</translation>
    </message>
    <message>
        <source>Customer #</source>
        <translation>Клиент №</translation>
    </message>
    <message>
        <source>Choose an asset first: amounts are exact in that asset&apos;s units</source>
        <translation>Сначала выберите актив: суммы точны в единицах этого актива</translation>
    </message>
    <message>
        <source>Min amount</source>
        <translation>Мин. сумма</translation>
    </message>
    <message>
        <source>Max amount</source>
        <translation>Макс. сумма</translation>
    </message>
    <message>
        <source>Find: customer name, #id, whole address or TxId (Ctrl+F)</source>
        <translation>Поиск: имя клиента, №id, полный адрес или TxId (Ctrl+F)</translation>
    </message>
    <message>
        <source>Find: type to filter the table</source>
        <translation>Поиск: начните печатать, чтобы отфильтровать таблицу</translation>
    </message>
    <message>
        <source>Ctrl+Page Up</source>
        <translation>Ctrl+Page Up</translation>
    </message>
    <message>
        <source>Ctrl+Page Down</source>
        <translation>Ctrl+Page Down</translation>
    </message>
    <message>
        <source>All states</source>
        <translation>Все состояния</translation>
    </message>
    <message>
        <source>Exact, in %1 (up to %2 decimals)</source>
        <translation>Точно, в %1 (до %2 знаков после точки)</translation>
    </message>
    <message>
        <source>%1 not applied: %2</source>
        <translation>%1 не применено: %2</translation>
    </message>
    <message>
        <source>The max amount is below the min amount; nothing would match.</source>
        <translation>Максимальная сумма меньше минимальной; совпадений не будет.</translation>
    </message>
    <message>
        <source>Approve the selected withdrawal (Ctrl+Shift+A); asks for a two-factor code</source>
        <translation>Одобрить выбранный вывод (Ctrl+Shift+A); запрашивает код 2FA</translation>
    </message>
    <message>
        <source>A withdrawal that is %1 cannot be approved</source>
        <translation>Вывод в состоянии «%1» нельзя одобрить</translation>
    </message>
    <message>
        <source>Your role may not approve withdrawals</source>
        <translation>Ваша роль не позволяет одобрять выводы</translation>
    </message>
    <message>
        <source>Nobody approves their own request</source>
        <translation>Никто не одобряет собственный запрос</translation>
    </message>
    <message>
        <source>You have approved it already; the second approval must come from someone else</source>
        <translation>Вы уже одобрили этот вывод; второе одобрение должен дать кто-то другой</translation>
    </message>
    <message>
        <source>Reject the selected withdrawal with a reason; the funds go back (Ctrl+Shift+R)</source>
        <translation>Отклонить выбранный вывод с указанием причины; средства возвращаются (Ctrl+Shift+R)</translation>
    </message>
    <message>
        <source>Cancel the selected withdrawal before anything is signed; the funds go back (Ctrl+Shift+K)</source>
        <translation>Отменить выбранный вывод, пока ничего не подписано; средства возвращаются (Ctrl+Shift+K)</translation>
    </message>
    <message>
        <source>Send the selected payout again (Ctrl+Shift+T); asks for a two-factor code</source>
        <translation>Повторно отправить выбранную выплату (Ctrl+Shift+T); запрашивает код 2FA</translation>
    </message>
    <message>
        <source>Pay the selected withdrawal outside the system from the warm wallet (Ctrl+Shift+M); asks for a two-factor code</source>
        <translation>Выплатить выбранный вывод вне системы из тёплого кошелька (Ctrl+Shift+M); запрашивает код 2FA</translation>
    </message>
    <message>
        <source>Enter the TxId of the selected manual payout; it is checked on the chain (Ctrl+Shift+U)</source>
        <translation>Ввести TxId выбранной ручной выплаты; он проверяется в блокчейне (Ctrl+Shift+U)</translation>
    </message>
    <message>
        <source>more than %1</source>
        <translation>более %1</translation>
    </message>
    <message>
        <source>No withdrawals match.</source>
        <translation>Нет подходящих выводов.</translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation>Чтение…</translation>
    </message>
    <message>
        <source>%1–%2 of %3</source>
        <extracomment>rows shown: first, last, of how many</extracomment>
        <translation>%1–%2 из %3</translation>
    </message>
    <message>
        <source>Withdrawal %1 is paid: the chain shows its transaction.</source>
        <translation>Вывод %1 выплачен: блокчейн показывает его транзакцию.</translation>
    </message>
    <message>
        <source>#%1</source>
        <translation>№%1</translation>
    </message>
    <message>
        <source>%1 (#%2)</source>
        <translation>%1 (№%2)</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation>%1 в %2</translation>
    </message>
    <message>
        <source>Approve withdrawal %1: %2 to %3</source>
        <translation>Одобрить вывод %1: %2 на %3</translation>
    </message>
    <message>
        <source>Retry the payout of withdrawal %1: %2 to %3</source>
        <translation>Повторить выплату по выводу %1: %2 на %3</translation>
    </message>
    <message>
        <source>Send withdrawal %1 to manual payout: %2 to %3</source>
        <translation>Передать вывод %1 на ручную выплату: %2 на %3</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Automatic payouts from hot:</source>
        <extracomment>followed by one line per chain, from the payout worker</extracomment>
        <translation>Автоматические выплаты из горячего кошелька:</translation>
    </message>
    <message>
        <source>Hot cannot cover the queue: prepare a replenishment from warm (exctl replenish plan, then export).</source>
        <translation>Горячему кошельку не хватает средств для очереди: подготовьте пополнение из тёплого (exctl replenish plan, затем export).</translation>
    </message>
    <message>
        <source>Needs an approval by someone other than the requester before it is paid outside the system; it has none</source>
        <translation>Для выплаты вне системы нужно одобрение не от автора запроса; одобрений нет</translation>
    </message>
    <message>
        <source>Needs %1 approvals by different approvers, none of them the requester, before it is paid outside the system; it has %2</source>
        <translation>Для выплаты вне системы нужно одобрений от разных сотрудников (не от автора запроса): %1; сейчас их %2</translation>
    </message>
    <message>
        <source>Mar&amp;k paid by TxId…</source>
        <translation>Отметить выплаченным по &amp;TxId…</translation>
    </message>
    <message>
        <source>Reject hel&amp;d…</source>
        <translation>Отклонить &amp;задержанный…</translation>
    </message>
    <message>
        <source>Only an admin ends an integrity hold, after investigating it</source>
        <translation>Снять задержку для проверки целостности может только администратор, после расследования</translation>
    </message>
    <message>
        <source>The investigation found it paid: enter the TxId that paid it from hot; it is checked on the chain, then the withdrawal is settled as paid. Asks for a two-factor code</source>
        <translation>Проверка показала, что вывод выплачен: введите TxId транзакции с горячего кошелька; она проверяется в блокчейне, затем вывод проводится как выплаченный. Запрашивает код двухфакторной аутентификации</translation>
    </message>
    <message>
        <source>The investigation found it not paid: the funds go back to the customer and the withdrawal is rejected. Asks for a two-factor code</source>
        <translation>Проверка показала, что вывод не выплачен: средства возвращаются клиенту, вывод отклоняется. Запрашивает код двухфакторной аутентификации</translation>
    </message>
    <message>
        <source>Withdrawal %1 is released from its hold and paid: the chain shows its transaction.</source>
        <translation>Вывод %1 снят с задержки и выплачен: транзакция видна в блокчейне.</translation>
    </message>
    <message>
        <source>Reject held withdrawal %1 as not paid: %2 back to the customer</source>
        <translation>Отклонить задержанный вывод %1 как невыплаченный: %2 возвращаются клиенту</translation>
    </message>
    <message>
        <source>%1 (internal transfer to customer #%2, settled in the ledger)</source>
        <extracomment>%1 the destination address, %2 the id of the customer whose deposit address it is</extracomment>
        <translation>%1 (внутренний перевод клиенту #%2, проводится в журнале)</translation>
    </message>
    <message>
        <source>S&amp;peed up…</source>
        <translation>&amp;Ускорить…</translation>
    </message>
    <message>
        <source>A %1 payout cannot be replaced; it expires instead</source>
        <translation>Выплату в сети %1 нельзя заменить; вместо этого она истекает</translation>
    </message>
    <message>
        <source>Replace the selected withdrawal&apos;s Ethereum payout that no block takes by the same payment with a fee at least 12.5% higher, same nonce; asks for a two-factor code</source>
        <translation>Заменить выплату Ethereum выбранного вывода, которую не берёт ни один блок, тем же платежом с комиссией минимум на 12,5 % выше и тем же nonce; запрашивает код двухфакторной аутентификации</translation>
    </message>
    <message>
        <source>Speed up the payout of withdrawal %1: %2 to %3</source>
        <translation>Ускорить выплату по выводу %1: %2 на %3</translation>
    </message>
    <message>
        <source>Wrap the selected withdrawal&apos;s Stellar payout that no ledger takes, unchanged, in a fee bump offering ten times its fee; asks for a two-factor code</source>
        <translation>Обернуть застрявшую выплату Stellar выбранного вывода, которую не берёт ни один леджер, без изменений в fee bump с десятикратной комиссией; запрашивает код двухфакторной аутентификации</translation>
    </message>
</context>
</TS>
