<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>AddAssetDialog</name>
    <message>
        <source>0x followed by 40 hex digits</source>
        <translation>0x gefolgt von 40 Hex-Ziffern</translation>
    </message>
    <message>
        <source>G… (56 characters)</source>
        <translation>G… (56 Zeichen)</translation>
    </message>
    <message>
        <source>As on Stellar, e.g. USDC</source>
        <translation>Wie auf Stellar, z. B. USDC</translation>
    </message>
    <message>
        <source>A whole number, e.g. 31566704</source>
        <translation>Eine ganze Zahl, z. B. 31566704</translation>
    </message>
    <message>
        <source>1 to 12 capital letters and digits</source>
        <translation>1 bis 12 Großbuchstaben und Ziffern</translation>
    </message>
    <message>
        <source>As shown on the screens</source>
        <translation>Wie auf den Ansichten gezeigt</translation>
    </message>
    <message>
        <source>Ask &amp;the node</source>
        <translation>&amp;Den Knoten fragen</translation>
    </message>
    <message>
        <source>Add asset</source>
        <translation>Asset hinzufügen</translation>
    </message>
    <message>
        <source>Add a token of a chain as an asset. Its contract, issuer or asset id decides which transfers count as this asset&apos;s money, so adding it asks for your two-factor code and is signed with your key. Every setting starts at 0: nothing is paid out automatically until you set them.</source>
        <translation>Einen Token einer Chain als Asset hinzufügen. Sein Vertrag, Emittent oder seine Asset-ID entscheidet, welche Überweisungen als Geld dieses Assets zählen; darum verlangt das Hinzufügen Ihren Zwei-Faktor-Code und wird mit Ihrem Schlüssel signiert. Jede Einstellung beginnt bei 0: Nichts wird automatisch ausgezahlt, bis Sie sie festlegen.</translation>
    </message>
    <message>
        <source>The token&apos;s own decimals: the node&apos;s value must agree</source>
        <translation>Die eigenen Dezimalstellen des Tokens: der Wert des Knotens muss übereinstimmen</translation>
    </message>
    <message>
        <source>Fraction digits shown at least; never more than the decimals</source>
        <translation>Mindestens angezeigte Nachkommastellen; nie mehr als die Dezimalstellen</translation>
    </message>
    <message>
        <source>Ask the chain&apos;s node for the token&apos;s decimals</source>
        <translation>Den Knoten der Chain nach den Dezimalstellen des Tokens fragen</translation>
    </message>
    <message>
        <source>C&amp;hain:</source>
        <translation>C&amp;hain:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Art:</translation>
    </message>
    <message>
        <source>&amp;Contract:</source>
        <translation>&amp;Vertrag:</translation>
    </message>
    <message>
        <source>&amp;Issuer:</source>
        <translation>&amp;Emittent:</translation>
    </message>
    <message>
        <source>Code on &amp;Stellar:</source>
        <translation>Code auf &amp;Stellar:</translation>
    </message>
    <message>
        <source>Asset &amp;id:</source>
        <translation>Asset-&amp;ID:</translation>
    </message>
    <message>
        <source>Asset c&amp;ode:</source>
        <translation>Asset-C&amp;ode:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Decimals:</source>
        <translation>Dezi&amp;malstellen:</translation>
    </message>
    <message>
        <source>Dis&amp;play decimals:</source>
        <translation>Angezeigte Stellen (&amp;p):</translation>
    </message>
    <message>
        <source>Add &amp;asset…</source>
        <translation>Asset hin&amp;zufügen…</translation>
    </message>
    <message>
        <source>ERC-20 token</source>
        <translation>ERC-20-Token</translation>
    </message>
    <message>
        <source>Stellar credit asset</source>
        <translation>Stellar-Credit-Asset</translation>
    </message>
    <message>
        <source>Algorand Standard Asset (ASA)</source>
        <translation>Algorand Standard Asset (ASA)</translation>
    </message>
    <message>
        <source>A Stellar credit asset counts in 7 decimals; no node is asked.</source>
        <translation>Ein Stellar-Credit-Asset rechnet mit 7 Dezimalstellen; kein Knoten wird gefragt.</translation>
    </message>
    <message>
        <source>Not asked yet: the node&apos;s decimals must agree before the asset is added.</source>
        <translation>Noch nicht gefragt: Die Dezimalstellen des Knotens müssen übereinstimmen, bevor das Asset hinzugefügt wird.</translation>
    </message>
    <message numerus="yes">
        <source>The node says %n decimal(s), as typed.</source>
        <translation>
            <numerusform>Der Knoten nennt %n Dezimalstelle, wie eingegeben.</numerusform>
            <numerusform>Der Knoten nennt %n Dezimalstellen, wie eingegeben.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The node says %n decimal(s), not as typed: correct the decimals.</source>
        <translation>
            <numerusform>Der Knoten nennt %n Dezimalstelle, nicht wie eingegeben: Korrigieren Sie die Dezimalstellen.</numerusform>
            <numerusform>Der Knoten nennt %n Dezimalstellen, nicht wie eingegeben: Korrigieren Sie die Dezimalstellen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Asking the node…</source>
        <translation>Knoten wird gefragt…</translation>
    </message>
</context>
<context>
    <name>AmountText</name>
    <message>
        <source>Enter an amount.</source>
        <translation>Geben Sie einen Betrag ein.</translation>
    </message>
    <message>
        <source>Remove the spaces from the amount.</source>
        <translation>Entfernen Sie die Leerzeichen aus dem Betrag.</translation>
    </message>
    <message>
        <source>The amount may not be negative or carry a sign.</source>
        <translation>Der Betrag darf weder negativ sein noch ein Vorzeichen tragen.</translation>
    </message>
    <message>
        <source>Write the amount out in full, without an exponent.</source>
        <translation>Schreiben Sie den Betrag vollständig aus, ohne Exponent.</translation>
    </message>
    <message>
        <source>Write the amount without thousands separators.</source>
        <translation>Schreiben Sie den Betrag ohne Tausendertrennzeichen.</translation>
    </message>
    <message>
        <source>Use one decimal point with digits on both sides, like 0.5.</source>
        <translation>Verwenden Sie einen Dezimalpunkt mit Ziffern auf beiden Seiten, etwa 0.5.</translation>
    </message>
    <message>
        <source>Use only digits and one decimal point.</source>
        <translation>Verwenden Sie nur Ziffern und einen Dezimalpunkt.</translation>
    </message>
    <message>
        <source>This asset takes whole amounts only.</source>
        <translation>Dieses Asset erlaubt nur ganzzahlige Beträge.</translation>
    </message>
    <message>
        <source>This asset takes at most %1 decimal places.</source>
        <extracomment>%1 is the number of decimal places the asset has (never 0 here)</extracomment>
        <translation>Dieses Asset erlaubt höchstens %1 Nachkommastellen.</translation>
    </message>
    <message>
        <source>The amount is too large.</source>
        <translation>Der Betrag ist zu groß.</translation>
    </message>
    <message>
        <source>The amount is not valid.</source>
        <translation>Der Betrag ist ungültig.</translation>
    </message>
    <message>
        <source>Write the exponent as digits after the e, like 5e-05.</source>
        <translation>Schreiben Sie den Exponenten als Ziffern nach dem e, etwa 5e-05.</translation>
    </message>
</context>
<context>
    <name>AssetAdder</name>
    <message numerus="yes">
        <source>Add the asset %1: %2 on %3, %n decimal(s). Transfers of this token will count as %1 money.</source>
        <extracomment>%1 the asset code, %2 its token (kind and contract, issuer or id), %3 the chain</extracomment>
        <translation>
            <numerusform>Das Asset %1 hinzufügen: %2 auf %3, %n Dezimalstelle. Überweisungen dieses Tokens zählen als %1-Geld.</numerusform>
            <numerusform>Das Asset %1 hinzufügen: %2 auf %3, %n Dezimalstellen. Überweisungen dieses Tokens zählen als %1-Geld.</numerusform>
        </translation>
    </message>
    <message>
        <source>The asset %1 was not added: %2</source>
        <extracomment>%1 the asset code, %2 why not</extracomment>
        <translation>Das Asset %1 wurde nicht hinzugefügt: %2</translation>
    </message>
    <message>
        <source>Asset %1 added. Every setting is 0 until you set it above.</source>
        <extracomment>%1 the asset code</extracomment>
        <translation>Asset %1 hinzugefügt. Jede Einstellung ist 0, bis Sie sie oben festlegen.</translation>
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
        <translation>%1 ist die native Coin von %2.</translation>
    </message>
    <message>
        <source>%1 is the ERC-20 token at %2 on Ethereum.</source>
        <extracomment>%1 the asset code (and its name), %2 the contract&apos;s address</extracomment>
        <translation>%1 ist der ERC-20-Token unter %2 auf Ethereum.</translation>
    </message>
    <message>
        <source>%1 is the Stellar credit asset %2 issued by %3.</source>
        <extracomment>%1 the asset code (and its name), %2 the credit asset&apos;s code on Stellar, %3 the issuer&apos;s account</extracomment>
        <translation>%1 ist das Stellar-Credit-Asset %2, ausgegeben von %3.</translation>
    </message>
    <message>
        <source>%1 is the Algorand Standard Asset %2.</source>
        <extracomment>%1 the asset code (and its name), %2 the asset id</extracomment>
        <translation>%1 ist das Algorand Standard Asset %2.</translation>
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
        <translation>nie</translation>
    </message>
    <message>
        <source>%1 %2 (%3 decimal places). Double-click or press F2 to change.</source>
        <extracomment>%1 the exact amount, %2 asset code, %3 its number of decimal places</extracomment>
        <translation>%1 %2 (%3 Nachkommastellen). Zum Ändern doppelklicken oder F2 drücken.</translation>
    </message>
    <message>
        <source>Asset</source>
        <translation>Asset</translation>
    </message>
    <message>
        <source>Chain</source>
        <translation>Chain</translation>
    </message>
    <message>
        <source>Min deposit</source>
        <translation>Min. Einzahlung</translation>
    </message>
    <message>
        <source>Min collection</source>
        <translation>Min. Konsolidierung</translation>
    </message>
    <message>
        <source>Withdrawal fee</source>
        <translation>Auszahlungsgebühr</translation>
    </message>
    <message>
        <source>24h limit</source>
        <translation>24h-Limit</translation>
    </message>
    <message>
        <source>72h limit</source>
        <translation>72h-Limit</translation>
    </message>
    <message>
        <source>Hot max balance</source>
        <translation>Max. Saldo Hot</translation>
    </message>
    <message>
        <source>Warm max balance</source>
        <translation>Max. Saldo Warm</translation>
    </message>
    <message>
        <source>Last changed</source>
        <translation>Zuletzt geändert</translation>
    </message>
    <message>
        <source>Deposits below this are recorded as ignored and not credited.</source>
        <translation>Einzahlungen darunter werden als ignoriert erfasst und nicht gutgeschrieben.</translation>
    </message>
    <message>
        <source>Deposits from this amount on are collected into the hot, warm and cold wallets.</source>
        <translation>Einzahlungen ab diesem Betrag werden in die Hot-, Warm- und Cold-Wallets konsolidiert.</translation>
    </message>
    <message>
        <source>Charged on every withdrawal, on top of the amount.</source>
        <translation>Wird bei jeder Auszahlung zusätzlich zum Betrag berechnet.</translation>
    </message>
    <message>
        <source>A customer&apos;s withdrawals over 24 hours above this wait for an approver.</source>
        <translation>Auszahlungen eines Kunden, die innerhalb von 24 Stunden darüber liegen, warten auf einen Freigeber.</translation>
    </message>
    <message>
        <source>A customer&apos;s withdrawals over 72 hours above this wait for an approver.</source>
        <translation>Auszahlungen eines Kunden, die innerhalb von 72 Stunden darüber liegen, warten auf einen Freigeber.</translation>
    </message>
    <message>
        <source>Collections fill the hot wallet up to this balance.</source>
        <translation>Konsolidierungen füllen die Hot-Wallet bis zu diesem Saldo auf.</translation>
    </message>
    <message>
        <source>Collections fill the warm wallet up to this balance; the rest goes to cold.</source>
        <translation>Konsolidierungen füllen die Warm-Wallet bis zu diesem Saldo auf; der Rest geht in die Cold-Wallet.</translation>
    </message>
    <message>
        <source>The asset settings could not be read: %1</source>
        <translation>Die Asset-Einstellungen konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Applying…</source>
        <extracomment>%1 the value stored now; the cell shows the new one, not applied yet</extracomment>
        <translation>Wird angewendet…</translation>
    </message>
    <message>
        <source>Not applied yet; now %1.</source>
        <translation>Noch nicht angewendet; derzeit %1.</translation>
    </message>
    <message>
        <source>Wait until the pending changes are applied.</source>
        <translation>Warten Sie, bis die ausstehenden Änderungen angewendet sind.</translation>
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
        <translation>Nichts wurde geändert. Korrigieren Sie zuerst die roten Zellen:
%1</translation>
    </message>
    <message>
        <source>Nothing was changed: sign in first.</source>
        <translation>Nichts wurde geändert: Melden Sie sich zuerst an.</translation>
    </message>
    <message numerus="yes">
        <source>Apply %n setting change(s):</source>
        <extracomment>The heading of the confirmation; the changes follow, one per line</extracomment>
        <translation>
            <numerusform>%n Einstellungsänderung anwenden:</numerusform>
            <numerusform>%n Einstellungsänderungen anwenden:</numerusform>
        </translation>
    </message>
    <message>
        <source>Please note:</source>
        <extracomment>The heading of the warnings in the confirmation; they follow, one per line</extracomment>
        <translation>Bitte beachten:</translation>
    </message>
    <message numerus="yes">
        <source>%n setting change(s) applied.</source>
        <translation>
            <numerusform>%n Einstellungsänderung angewendet.</numerusform>
            <numerusform>%n Einstellungsänderungen angewendet.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was changed: another operator changed these settings meanwhile. The current values are shown with your changes still pending; check them and apply again.</source>
        <translation>Nichts wurde geändert: Ein anderer Operator hat diese Einstellungen inzwischen geändert. Die aktuellen Werte werden mit Ihren weiterhin ausstehenden Änderungen angezeigt; prüfen Sie sie und wenden Sie sie erneut an.</translation>
    </message>
    <message>
        <source>Nothing was changed: %1. Your changes are still pending: apply them again with the next code, or discard them.</source>
        <extracomment>%1 the reason, from the core (e.g. the code was used already)</extracomment>
        <translation>Nichts wurde geändert: %1. Ihre Änderungen stehen weiter aus: Wenden Sie sie mit dem nächsten Code erneut an oder verwerfen Sie sie.</translation>
    </message>
    <message>
        <source>none</source>
        <extracomment>The four-eyes cell when one approver suffices for every amount</extracomment>
        <translation>keiner</translation>
    </message>
    <message>
        <source>The four-eyes amount cannot be negative.</source>
        <translation>Der Vier-Augen-Betrag darf nicht negativ sein.</translation>
    </message>
    <message>
        <source>Four eyes above</source>
        <translation>Vier Augen ab</translation>
    </message>
    <message>
        <source>Withdrawals above this need two different approvers, paid from hot or by hand; &quot;none&quot;: one approver for every amount.</source>
        <translation>Auszahlungen über diesem Betrag brauchen zwei verschiedene Freigebende, ob aus Hot oder von Hand bezahlt; „keiner“: ein Freigebender für jeden Betrag.</translation>
    </message>
    <message>
        <source>%1: %2, signed %3</source>
        <extracomment>%1 the setting (a column title), %2 the value stored now, %3 the value an admin signed</extracomment>
        <translation>%1: %2, signiert %3</translation>
    </message>
    <message>
        <source>yes</source>
        <extracomment>Signed column: the stored settings are the ones an admin signed</extracomment>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <extracomment>Signed column: no admin has signed this asset&apos;s settings</extracomment>
        <translation>nein</translation>
    </message>
    <message>
        <source>differs</source>
        <extracomment>Signed column: the stored settings are not the ones an admin signed</extracomment>
        <translation>weicht ab</translation>
    </message>
    <message>
        <source>No admin has signed these settings yet: the next change an admin confirms with their code signs them.</source>
        <translation>Noch kein Admin hat diese Einstellungen signiert: Die nächste Änderung, die ein Admin mit seinem Code bestätigt, signiert sie.</translation>
    </message>
    <message>
        <source>Signed by %1 on %2.</source>
        <extracomment>%1 the admin&apos;s user name, %2 date and time</extracomment>
        <translation>Signiert von %1 am %2.</translation>
    </message>
    <message>
        <source>Changed without a signature: the stored settings differ from those %1 signed on %2.
%3
The payout signer goes by the signed settings.</source>
        <extracomment>%1 the admin&apos;s user name, %2 date and time, %3 one line per setting that differs</extracomment>
        <translation>Ohne Signatur geändert: Die gespeicherten Einstellungen weichen von denen ab, die %1 am %2 signiert hat.
%3
Der Auszahlungs-Signierer richtet sich nach den signierten Einstellungen.</translation>
    </message>
    <message>
        <source>Signed</source>
        <extracomment>Column: whether the stored settings are the ones an admin signed</extracomment>
        <translation>Signiert</translation>
    </message>
    <message>
        <source>Whether the stored settings are the ones an admin signed with their key when changing them. The payout signer goes by the signed settings.</source>
        <translation>Ob die gespeicherten Einstellungen die sind, die ein Admin beim Ändern mit seinem Schlüssel signiert hat. Der Auszahlungs-Signierer richtet sich nach den signierten Einstellungen.</translation>
    </message>
</context>
<context>
    <name>AssignDepositDialog</name>
    <message>
        <source>Assign deposit %1</source>
        <translation>Einzahlung %1 zuordnen</translation>
    </message>
    <message>
        <source>Amount:</source>
        <translation>Betrag:</translation>
    </message>
    <message>
        <source>Transaction:</source>
        <translation>Transaktion:</translation>
    </message>
    <message>
        <source>Memo:</source>
        <translation>Memo:</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keins)</translation>
    </message>
    <message>
        <source>&amp;Customer:</source>
        <translation>&amp;Kunde:</translation>
    </message>
    <message>
        <source>Credit the customer</source>
        <translation>Kunden gutschreiben</translation>
    </message>
    <message>
        <source>Pick the customer this deposit belongs to.</source>
        <translation>Wählen Sie den Kunden, zu dem diese Einzahlung gehört.</translation>
    </message>
    <message>
        <source>%1 will be credited with %2. This is recorded in the ledger and the audit log and cannot be undone from here.</source>
        <translation>%1 wird %2 gutgeschrieben. Dies wird im Hauptbuch und im Prüfprotokoll erfasst und kann hier nicht rückgängig gemacht werden.</translation>
    </message>
</context>
<context>
    <name>AttentionAlerts</name>
    <message>
        <source>Withdrawals to review</source>
        <translation>Zu prüfende Auszahlungen</translation>
    </message>
    <message>
        <source>Withdrawals waiting for review: %1.</source>
        <translation>Auszahlungen in der Prüfung: %1.</translation>
    </message>
    <message>
        <source>Withdrawals in error</source>
        <translation>Fehlerhafte Auszahlungen</translation>
    </message>
    <message>
        <source>Withdrawals in error or failed: %1.</source>
        <translation>Fehlerhafte oder fehlgeschlagene Auszahlungen: %1.</translation>
    </message>
    <message>
        <source>Manual payouts</source>
        <translation>Manuelle Auszahlungen</translation>
    </message>
    <message>
        <source>Manual payouts waiting for their TxId: %1.</source>
        <translation>Manuelle Auszahlungen, die auf ihre TxId warten: %1.</translation>
    </message>
    <message>
        <source>Unattributed deposits</source>
        <translation>Nicht zugeordnete Einzahlungen</translation>
    </message>
    <message>
        <source>Deposits not attributed to a customer: %1.</source>
        <translation>Keinem Kunden zugeordnete Einzahlungen: %1.</translation>
    </message>
    <message>
        <source>Hot wallet short</source>
        <translation>Hot-Wallet unterdeckt</translation>
    </message>
    <message>
        <source>Hot cannot cover its queued payouts: %1. Replenish from warm.</source>
        <translation>Hot-Wallet kann die anstehenden Auszahlungen nicht decken: %1. Aus der Warm-Wallet auffüllen.</translation>
    </message>
    <message>
        <source>Ledger check failed</source>
        <translation>Hauptbuchprüfung fehlgeschlagen</translation>
    </message>
    <message>
        <source>The last ledger check found discrepancies: %1.</source>
        <translation>Die letzte Hauptbuchprüfung hat Abweichungen gefunden: %1.</translation>
    </message>
    <message>
        <source>Audit chain broken</source>
        <translation>Prüfkette unterbrochen</translation>
    </message>
    <message>
        <source>The audit chain no longer verifies.</source>
        <translation>Die Prüfkette lässt sich nicht mehr verifizieren.</translation>
    </message>
    <message>
        <source>Watcher or payouts down</source>
        <translation>Watcher oder Auszahlungen ausgefallen</translation>
    </message>
    <message>
        <source>Down: %1. Check the node URLs in Settings.</source>
        <translation>Ausgefallen: %1. Prüfen Sie die Knoten-URLs in den Einstellungen.</translation>
    </message>
    <message>
        <source>Withdrawals held for integrity</source>
        <translation>Auszahlungen zur Integritätsprüfung angehalten</translation>
    </message>
    <message>
        <source>Withdrawals held because the payout signer could not verify them: %1. Investigate before anything is paid.</source>
        <translation>Auszahlungen angehalten, weil der Auszahlungs-Signierer sie nicht bestätigen konnte: %1. Prüfen Sie das, bevor etwas ausgezahlt wird.</translation>
    </message>
    <message>
        <source>Collections refused</source>
        <translation>Sammlungen abgelehnt</translation>
    </message>
    <message numerus="yes">
        <source>The signer refused collections from %n deposit address(es): their destination is not one it can verify.</source>
        <translation>
            <numerusform>Der Signierer hat Sammlungen von %n Einzahlungsadresse abgelehnt: Ihr Ziel kann er nicht prüfen.</numerusform>
            <numerusform>Der Signierer hat Sammlungen von %n Einzahlungsadressen abgelehnt: Ihr Ziel kann er nicht prüfen.</numerusform>
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
        <translation>Auszahlungen auf %1</translation>
    </message>
</context>
<context>
    <name>AuditLogModel</name>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Wer</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Was</translation>
    </message>
    <message>
        <source>Object</source>
        <translation>Objekt</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Vorher</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Nachher</translation>
    </message>
    <message>
        <source>The audit log could not be read: %1</source>
        <translation>Das Prüfprotokoll konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Checking the audit chain…</source>
        <translation>Prüfkette wird verifiziert…</translation>
    </message>
    <message>
        <source>The audit chain could not be checked: %1</source>
        <translation>Die Prüfkette konnte nicht verifiziert werden: %1</translation>
    </message>
    <message>
        <source>Audit chain BROKEN at record %1: %2. Report this to the security officer; do not change the database.</source>
        <translation>Prüfkette UNTERBROCHEN bei Eintrag %1: %2. Melden Sie dies dem Sicherheitsbeauftragten; ändern Sie nichts an der Datenbank.</translation>
    </message>
    <message numerus="yes">
        <source>Audit chain intact, verified at %1: %n record(s) (#1 to #%2). Newest hash %3.</source>
        <extracomment>%1 the time it was verified; %n the number of records it covered</extracomment>
        <translation>
            <numerusform>Audit-Kette intakt, geprüft am %1: %n Eintrag (#1 bis #%2). Neuester Hash %3.</numerusform>
            <numerusform>Audit-Kette intakt, geprüft am %1: %n Einträge (#1 bis #%2). Neuester Hash %3.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) shown arrived after that and are not verified yet: Verify chain checks them.</source>
        <translation>
            <numerusform>%n angezeigter Eintrag kam danach hinzu und ist noch nicht geprüft: Kette prüfen prüft ihn.</numerusform>
            <numerusform>%n angezeigte Einträge kamen danach hinzu und sind noch nicht geprüft: Kette prüfen prüft sie.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AuditScreen</name>
    <message>
        <source>&amp;Since</source>
        <translation>&amp;Seit</translation>
    </message>
    <message>
        <source>&amp;Apply filter</source>
        <translation>&amp;Filter anwenden</translation>
    </message>
    <message>
        <source>&amp;Verify chain</source>
        <translation>Kette &amp;verifizieren</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>Prüfprotokoll</translation>
    </message>
    <message>
        <source>Who did what, to which object, with the values before and after. Records can only be added; each carries the hash of the one before, so an edited, removed or inserted record breaks the chain and is named below.</source>
        <translation>Wer hat was an welchem Objekt getan, mit den Werten davor und danach. Einträge können nur hinzugefügt werden; jeder trägt den Hash des vorherigen, sodass ein bearbeiteter, entfernter oder eingefügter Eintrag die Kette unterbricht und unten benannt wird.</translation>
    </message>
    <message>
        <source>Who (exact name, e.g. alice or cli:root)</source>
        <translation>Wer (exakter Name, z. B. alice oder cli:root)</translation>
    </message>
    <message>
        <source>Any action</source>
        <extracomment>Filter choices for the action column; the values after the first are action name prefixes.</extracomment>
        <translation>Jede Aktion</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) shown</source>
        <translation>
            <numerusform>%n Eintrag angezeigt</numerusform>
            <numerusform>%n Einträge angezeigt</numerusform>
        </translation>
    </message>
    <message>
        <source>The audit chain has not been checked yet.</source>
        <translation>Die Prüfkette wurde noch nicht verifiziert.</translation>
    </message>
</context>
<context>
    <name>BusyIndicator</name>
    <message>
        <source>Working…</source>
        <translation>Arbeitet…</translation>
    </message>
    <message>
        <source>The console is reading or writing the database, or asking a node. You can go on working.</source>
        <translation>Die Konsole liest oder schreibt die Datenbank oder fragt einen Knoten ab. Sie können weiterarbeiten.</translation>
    </message>
    <message>
        <source>Working</source>
        <translation>Arbeitet</translation>
    </message>
</context>
<context>
    <name>ChainSettingsModel</name>
    <message>
        <source>Chain</source>
        <translation>Chain</translation>
    </message>
    <message>
        <source>Horizon URL</source>
        <translation>Horizon-URL</translation>
    </message>
    <message>
        <source>JSON-RPC URL</source>
        <translation>JSON-RPC-URL</translation>
    </message>
    <message>
        <source>algod URL</source>
        <translation>algod-URL</translation>
    </message>
    <message>
        <source>Indexer URL</source>
        <translation>Indexer-URL</translation>
    </message>
    <message>
        <source>Confirmations</source>
        <translation>Bestätigungen</translation>
    </message>
    <message>
        <source>Chain id</source>
        <translation>Chain-ID</translation>
    </message>
    <message>
        <source>Network passphrase</source>
        <translation>Netzwerk-Passphrase</translation>
    </message>
    <message>
        <source>Only Algorand has an indexer URL.</source>
        <translation>Nur Algorand hat eine Indexer-URL.</translation>
    </message>
    <message>
        <source>Algorand needs no network setting.</source>
        <translation>Algorand benötigt keine Netzwerkeinstellung.</translation>
    </message>
    <message>
        <source>Select a setting and press F2 to change it; Save writes the changes of every chain.</source>
        <translation>Wählen Sie eine Einstellung und drücken Sie F2, um sie zu ändern; Speichern schreibt die Änderungen aller Chains.</translation>
    </message>
    <message>
        <source>Horizon URL: where the Stellar watcher reads payments, e.g. https://horizon.stellar.org. Empty: the watcher does not run.</source>
        <translation>Horizon-URL: wo der Stellar-Watcher Zahlungen liest, z. B. https://horizon.stellar.org. Leer: Der Watcher läuft nicht.</translation>
    </message>
    <message>
        <source>Ethereum JSON-RPC URL of your node, e.g. http://127.0.0.1:8545. Empty: the watcher does not run.</source>
        <translation>Ethereum-JSON-RPC-URL Ihres Nodes, z. B. http://127.0.0.1:8545. Leer: Der Watcher läuft nicht.</translation>
    </message>
    <message>
        <source>algod URL: the REST API of an Algorand node, e.g. https://mainnet-api.algonode.cloud.</source>
        <translation>algod-URL: die REST-API eines Algorand-Nodes, z. B. https://mainnet-api.algonode.cloud.</translation>
    </message>
    <message>
        <source>Algorand indexer URL, for looking up payments, e.g. https://mainnet-idx.algonode.cloud.</source>
        <translation>Algorand-Indexer-URL zum Nachschlagen von Zahlungen, z. B. https://mainnet-idx.algonode.cloud.</translation>
    </message>
    <message>
        <source>Ledgers a payment waits before it counts, 0 to 1000. Stellar ledgers are final, so 1 is usual.</source>
        <translation>Ledgers, die eine Zahlung wartet, bevor sie zählt, 0 bis 1000. Stellar-Ledgers sind final, daher ist 1 üblich.</translation>
    </message>
    <message>
        <source>Blocks a payment waits before it counts, 0 to 1000; 12 is usual.</source>
        <translation>Blöcke, die eine Zahlung wartet, bevor sie zählt, 0 bis 1000; 12 ist üblich.</translation>
    </message>
    <message>
        <source>Rounds a payment waits before it counts, 0 to 1000. Algorand rounds are final, so 1 is usual.</source>
        <translation>Runden, die eine Zahlung wartet, bevor sie zählt, 0 bis 1000. Algorand-Runden sind final, daher ist 1 üblich.</translation>
    </message>
    <message>
        <source>Ethereum chain id, e.g. 1 for mainnet or 11155111 for Sepolia.</source>
        <translation>Ethereum-Chain-ID, z. B. 1 für Mainnet oder 11155111 für Sepolia.</translation>
    </message>
    <message>
        <source>Stellar network passphrase, e.g. Public Global Stellar Network ; September 2015.</source>
        <translation>Stellar-Netzwerk-Passphrase, z. B. Public Global Stellar Network ; September 2015.</translation>
    </message>
    <message>
        <source>The %1 of %2 must be a web address starting with http:// or https://, with a host name.</source>
        <extracomment>%1 field name such as &quot;Horizon URL&quot;, %2 chain name</extracomment>
        <translation>Die %1 von %2 muss eine Webadresse sein, die mit http:// oder https:// beginnt und einen Hostnamen enthält.</translation>
    </message>
    <message>
        <source>Confirmations of %1 must be a whole number from 0 to 1000.</source>
        <extracomment>%1 chain name</extracomment>
        <translation>Die Bestätigungen von %1 müssen eine ganze Zahl von 0 bis 1000 sein.</translation>
    </message>
    <message>
        <source>The Ethereum chain id must be a whole number above 0, e.g. 1 for mainnet.</source>
        <translation>Die Ethereum-Chain-ID muss eine ganze Zahl größer als 0 sein, z. B. 1 für Mainnet.</translation>
    </message>
    <message>
        <source>Node URL</source>
        <translation>Node-URL</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Netzwerk</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>nicht gesetzt</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Wird gespeichert…</translation>
    </message>
    <message>
        <source>Not saved yet; it was: %1</source>
        <extracomment>%1 the value before the edit</extracomment>
        <translation>Noch nicht gespeichert; vorher: %1</translation>
    </message>
    <message>
        <source>Horizon (Stellar), JSON-RPC (Ethereum) or algod (Algorand): where the watchers read the chain.</source>
        <translation>Horizon (Stellar), JSON-RPC (Ethereum) oder algod (Algorand): wo die Watcher die Chain lesen.</translation>
    </message>
    <message>
        <source>Algorand indexer, for looking up payments. Algorand only.</source>
        <translation>Algorand-Indexer zum Nachschlagen von Zahlungen. Nur Algorand.</translation>
    </message>
    <message>
        <source>How many ledgers, blocks or rounds a payment waits before it counts (0 to 1000).</source>
        <translation>Wie viele Ledgers, Blöcke oder Runden eine Zahlung wartet, bevor sie zählt (0 bis 1000).</translation>
    </message>
    <message>
        <source>Stellar network passphrase or Ethereum chain id.</source>
        <translation>Stellar-Netzwerk-Passphrase oder Ethereum-Chain-ID.</translation>
    </message>
    <message>
        <source>Wait until the chain settings are saved.</source>
        <translation>Warten Sie, bis die Chain-Einstellungen gespeichert sind.</translation>
    </message>
    <message>
        <source>Only admins change the chain settings.</source>
        <translation>Nur Admins ändern die Chain-Einstellungen.</translation>
    </message>
    <message>
        <source>Nothing was saved. Correct the red cells first:
%1</source>
        <extracomment>%1 what is wrong: one full sentence per problem, one per line</extracomment>
        <translation>Nichts wurde gespeichert. Korrigieren Sie zuerst die roten Zellen:
%1</translation>
    </message>
    <message>
        <source>Nothing was saved: sign in first.</source>
        <translation>Nichts wurde gespeichert: Bitte melden Sie sich zuerst an.</translation>
    </message>
    <message>
        <source>Change the settings of %1</source>
        <extracomment>%1 one or more chain names, e.g. &quot;Stellar and Ethereum&quot;</extracomment>
        <translation>Die Einstellungen von %1 ändern</translation>
    </message>
    <message>
        <source>Nothing was saved: %1</source>
        <translation>Nichts wurde gespeichert: %1</translation>
    </message>
    <message>
        <source>Chain settings of %1 saved; its watcher restarts with them.</source>
        <extracomment>%1 one or more chain names</extracomment>
        <translation>Chain-Einstellungen von %1 gespeichert; der Watcher startet damit neu.</translation>
    </message>
    <message>
        <source>The settings of %1 were not saved: %2</source>
        <extracomment>%1 chain name, %2 the reason</extracomment>
        <translation>Die Einstellungen von %1 wurden nicht gespeichert: %2</translation>
    </message>
    <message>
        <source>The chain settings could not be read: %1</source>
        <translation>Die Chain-Einstellungen konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Fee wallet max</source>
        <translation>Gebühren-Wallet max.</translation>
    </message>
    <message>
        <source>Fee wallet low alert</source>
        <translation>Gebühren-Wallet Warnschwelle</translation>
    </message>
    <message>
        <source>Stellar has no fee wallet: its deposits arrive on the base account, which needs no coin to collect them.</source>
        <translation>Stellar hat keine Gebühren-Wallet: Einzahlungen kommen auf dem Basiskonto an, das zum Einsammeln keine Coins braucht.</translation>
    </message>
    <message>
        <source>The most the fee wallet should hold, in %1: a funding from warm (exctl replenish export --tier fee) fills it to this. The fee wallet&apos;s key is online, so keep it to a few days of refuels. Empty: no max.</source>
        <extracomment>%1 the chain&apos;s coin (ETH, ALGO)</extracomment>
        <translation>Das Höchste, was die Gebühren-Wallet halten soll, in %1: Eine Aufladung aus Warm (exctl replenish export --tier fee) füllt sie bis dahin. Der Schlüssel der Gebühren-Wallet ist online, also nur für wenige Tage Betankungen. Leer: kein Höchstbestand.</translation>
    </message>
    <message>
        <source>Below this balance, in %1, the Dashboard asks for the fee wallet to be funded. At most the max. Empty: no alert.</source>
        <extracomment>%1 the chain&apos;s coin (ETH, ALGO)</extracomment>
        <translation>Unter diesem Bestand, in %1, bittet das Dashboard darum, die Gebühren-Wallet aufzuladen. Höchstens der Höchstbestand. Leer: keine Warnung.</translation>
    </message>
    <message>
        <source>%1 of %2: %3</source>
        <extracomment>%1 field name such as &quot;Fee wallet max&quot;, %2 chain name, %3 why the amount cannot be read</extracomment>
        <translation>%1 von %2: %3</translation>
    </message>
    <message>
        <source>%1 of %2 cannot be negative.</source>
        <extracomment>%1 field name such as &quot;Fee wallet max&quot;, %2 chain name</extracomment>
        <translation>%1 von %2 darf nicht negativ sein.</translation>
    </message>
    <message>
        <source>The fee wallet&apos;s low alert of %1 cannot be above its max.</source>
        <extracomment>%1 chain name</extracomment>
        <translation>Die Warnschwelle der Gebühren-Wallet von %1 darf nicht über ihrem Höchstbestand liegen.</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <extracomment>%1 an amount, %2 the chain&apos;s coin (ETH)</extracomment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Ethereum and Algorand: the most the fee wallet should hold, in the chain&apos;s coin; a funding from warm fills it to this.</source>
        <translation>Ethereum und Algorand: das Höchste, was die Gebühren-Wallet halten soll, im Coin der Chain; eine Aufladung aus Warm füllt sie bis dahin.</translation>
    </message>
    <message>
        <source>Ethereum and Algorand: below this balance the Dashboard asks for the fee wallet to be funded.</source>
        <translation>Ethereum und Algorand: unter diesem Bestand bittet das Dashboard darum, die Gebühren-Wallet aufzuladen.</translation>
    </message>
</context>
<context>
    <name>ChainSettingsPanel</name>
    <message>
        <source>Chains</source>
        <translation>Chains</translation>
    </message>
    <message>
        <source>Only admins change the chain settings; you see them read-only.</source>
        <translation>Nur Admins ändern die Chain-Einstellungen; Sie sehen sie schreibgeschützt.</translation>
    </message>
    <message>
        <source>Re&amp;vert</source>
        <translation>&amp;Verwerfen</translation>
    </message>
    <message>
        <source>&amp;Save chain settings</source>
        <translation>Chain-Einstellungen &amp;speichern</translation>
    </message>
    <message>
        <source>How the deposit watchers and payment checks reach each chain, and how many confirmations a payment needs before it counts. Changes are checked as you type and saved together, after a two-factor code; a chain&apos;s watcher restarts with them at once.</source>
        <translation>Wie die Einzahlungs-Watcher und Zahlungsprüfungen jede Chain erreichen und wie viele Bestätigungen eine Zahlung braucht, bevor sie zählt. Änderungen werden bei der Eingabe geprüft und gemeinsam gespeichert, nach Eingabe eines Zwei-Faktor-Codes; der Watcher einer Chain startet sofort damit neu.</translation>
    </message>
    <message>
        <source>Chain settings</source>
        <translation>Chain-Einstellungen</translation>
    </message>
    <message>
        <source>Write the changed chain settings; asks for a two-factor code (Ctrl+S)</source>
        <translation>Die geänderten Chain-Einstellungen schreiben; fragt nach einem Zwei-Faktor-Code (Ctrl+S)</translation>
    </message>
    <message>
        <source>Drop the changes not saved yet</source>
        <translation>Noch nicht gespeicherte Änderungen verwerfen</translation>
    </message>
    <message>
        <source>Select a setting to see what it is for; press F2 or start typing to change it.</source>
        <translation>Wählen Sie eine Einstellung, um ihren Zweck zu sehen; drücken Sie F2 oder beginnen Sie zu tippen, um sie zu ändern.</translation>
    </message>
    <message>
        <source>As&amp;k Horizon again</source>
        <translation>Horizon erneut &amp;fragen</translation>
    </message>
    <message>
        <source>Read again whether the Stellar base account requires a memo (SEP-29)</source>
        <translation>Erneut lesen, ob das Stellar-Basiskonto ein Memo verlangt (SEP-29)</translation>
    </message>
</context>
<context>
    <name>ConsoleApp</name>
    <message>
        <source>The database could not be opened: %1</source>
        <translation>Die Datenbank konnte nicht geöffnet werden: %1</translation>
    </message>
    <message>
        <source>The operators could not be read: %1</source>
        <translation>Die Operatoren konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Exchange Console</source>
        <translation>Exchange Console</translation>
    </message>
    <message>
        <source>There is no exchange database at %1.

Create a new, empty exchange there?</source>
        <translation>Unter %1 gibt es keine Börsendatenbank.

Dort eine neue, leere Börse anlegen?</translation>
    </message>
</context>
<context>
    <name>CopyButton</name>
    <message>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <source>Copy %1 to the clipboard, whole</source>
        <translation>%1 vollständig in die Zwischenablage kopieren</translation>
    </message>
    <message>
        <source>Copy %1</source>
        <translation>%1 kopieren</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Kopiert</translation>
    </message>
</context>
<context>
    <name>CoreText</name>
    <message>
        <source>nothing was changed: %1</source>
        <translation>nichts wurde geändert: %1</translation>
    </message>
    <message>
        <source>wrong username or password</source>
        <translation>falscher Benutzername oder falsches Passwort</translation>
    </message>
    <message>
        <source>wrong username or password; wait %1 s before the next try</source>
        <translation>falscher Benutzername oder falsches Passwort; vor dem nächsten Versuch %1 s warten</translation>
    </message>
    <message>
        <source>too many wrong passwords for %1; try again in %2 s</source>
        <translation>zu viele falsche Passwörter für %1; erneut versuchen in %2 s</translation>
    </message>
    <message>
        <source>%1 is disabled; ask an admin</source>
        <translation>%1 ist deaktiviert; bitte an einen Admin wenden</translation>
    </message>
    <message>
        <source>%1 may no longer sign in</source>
        <translation>%1 darf sich nicht mehr anmelden</translation>
    </message>
    <message>
        <source>a username has 1 to 64 characters</source>
        <translation>ein Benutzername hat 1 bis 64 Zeichen</translation>
    </message>
    <message>
        <source>a username has only lower-case letters, digits, &apos;.&apos;, &apos;_&apos; and &apos;-&apos;</source>
        <translation>ein Benutzername besteht nur aus Kleinbuchstaben, Ziffern, &apos;.&apos;, &apos;_&apos; und &apos;-&apos;</translation>
    </message>
    <message>
        <source>a password needs at least %1 characters</source>
        <translation>ein Passwort braucht mindestens %1 Zeichen</translation>
    </message>
    <message>
        <source>there are operators already; an admin adds further ones</source>
        <translation>es gibt bereits Operatoren; weitere legt ein Admin an</translation>
    </message>
    <message>
        <source>operator %1 exists already</source>
        <translation>Operator %1 gibt es bereits</translation>
    </message>
    <message>
        <source>no operator named %1</source>
        <translation>kein Operator namens %1</translation>
    </message>
    <message>
        <source>this would leave no admin who can sign in</source>
        <translation>danach gäbe es keinen Admin mehr, der sich anmelden kann</translation>
    </message>
    <message>
        <source>you cannot disable yourself</source>
        <translation>Sie können sich nicht selbst deaktivieren</translation>
    </message>
    <message>
        <source>nobody is signed in</source>
        <translation>niemand ist angemeldet</translation>
    </message>
    <message>
        <source>the system may not %1 on its own</source>
        <extracomment>%1 the technical name of an action (change_settings, approve_withdrawal, …)</extracomment>
        <translation>das System darf %1 nicht selbstständig ausführen</translation>
    </message>
    <message>
        <source>%1 (%2) may not %3</source>
        <extracomment>%1 a user name, %2 its role (viewer, operator, approver, admin), %3 the technical name of an action</extracomment>
        <translation>%1 (%2) darf %3 nicht ausführen</translation>
    </message>
    <message>
        <source>%1 needs a current two-factor code</source>
        <extracomment>%1 the technical name of an action (change_settings, approve_withdrawal, …)</extracomment>
        <translation>%1 erfordert einen aktuellen Zwei-Faktor-Code</translation>
    </message>
    <message>
        <source>the two-factor code is wrong or too old</source>
        <translation>der Zwei-Faktor-Code ist falsch oder zu alt</translation>
    </message>
    <message>
        <source>this two-factor code was used already; wait for the next one</source>
        <translation>dieser Zwei-Faktor-Code wurde bereits verwendet; bitte auf den nächsten warten</translation>
    </message>
    <message>
        <source>no two-factor enrolment is under way</source>
        <translation>es läuft keine Einrichtung der Zwei-Faktor-Codes</translation>
    </message>
    <message>
        <source>%1 has not enrolled a two-factor app yet</source>
        <translation>%1 hat noch keine Zwei-Faktor-App eingerichtet</translation>
    </message>
    <message>
        <source>the two-factor enrolment of %1 is damaged</source>
        <translation>die Zwei-Faktor-Einrichtung von %1 ist beschädigt</translation>
    </message>
    <message>
        <source>the two-factor enrolment of %1 cannot be opened; an admin resets the password</source>
        <translation>die Zwei-Faktor-Einrichtung von %1 lässt sich nicht öffnen; ein Admin setzt das Passwort zurück</translation>
    </message>
    <message>
        <source>another action is waiting for its two-factor code</source>
        <translation>eine andere Aktion wartet auf ihren Zwei-Faktor-Code</translation>
    </message>
    <message>
        <source>no two-factor code was given; nothing changed</source>
        <translation>kein Zwei-Faktor-Code eingegeben; nichts wurde geändert</translation>
    </message>
    <message>
        <source>a vault passphrase needs at least %1 characters</source>
        <translation>eine Tresor-Passphrase braucht mindestens %1 Zeichen</translation>
    </message>
    <message>
        <source>the key vault exists already</source>
        <translation>den Schlüsseltresor gibt es bereits</translation>
    </message>
    <message>
        <source>there is no key vault yet; an admin creates it first</source>
        <translation>es gibt noch keinen Schlüsseltresor; zuerst legt ein Admin ihn an</translation>
    </message>
    <message>
        <source>wrong vault passphrase</source>
        <translation>falsche Tresor-Passphrase</translation>
    </message>
    <message>
        <source>vault key %1 cannot be opened: it was altered</source>
        <translation>Tresorschlüssel %1 lässt sich nicht öffnen: er wurde verändert</translation>
    </message>
    <message>
        <source>a key name has 1 to 64 characters</source>
        <translation>ein Schlüsselname hat 1 bis 64 Zeichen</translation>
    </message>
    <message>
        <source>an empty key cannot be stored</source>
        <translation>ein leerer Schlüssel kann nicht gespeichert werden</translation>
    </message>
    <message>
        <source>the key vault is locked; an admin unlocks it first</source>
        <translation>der Schlüsseltresor ist gesperrt; zuerst entsperrt ihn ein Admin</translation>
    </message>
    <message>
        <source>vault key %1 could not be stored (does it exist already?)</source>
        <translation>Tresorschlüssel %1 konnte nicht gespeichert werden (gibt es ihn bereits?)</translation>
    </message>
    <message>
        <source>no vault key named %1</source>
        <translation>kein Tresorschlüssel namens %1</translation>
    </message>
    <message>
        <source>no key vault yet: automatic payouts wait until an admin creates one</source>
        <translation>noch kein Schlüsseltresor: automatische Auszahlungen warten, bis ein Admin einen anlegt</translation>
    </message>
    <message>
        <source>key vault locked: automatic payouts wait until an admin unlocks it</source>
        <translation>Schlüsseltresor gesperrt: automatische Auszahlungen warten, bis ein Admin ihn entsperrt</translation>
    </message>
    <message>
        <source>key vault unlocked: automatic payouts can be signed</source>
        <translation>Schlüsseltresor entsperrt: automatische Auszahlungen können signiert werden</translation>
    </message>
    <message>
        <source>%1h: %2 of %3 %4</source>
        <translation>%1 h: %2 von %3 %4</translation>
    </message>
    <message>
        <source>no setting to change</source>
        <translation>keine Einstellung zu ändern</translation>
    </message>
    <message>
        <source>asset %1 named twice in one change</source>
        <translation>Asset %1 zweimal in einer Änderung genannt</translation>
    </message>
    <message>
        <source>asset %1 was changed by someone else meanwhile; reload and try again</source>
        <translation>Asset %1 wurde inzwischen von jemand anderem geändert; neu laden und erneut versuchen</translation>
    </message>
    <message>
        <source>confirmations must be between 0 and 1000</source>
        <translation>Bestätigungen müssen zwischen 0 und 1000 liegen</translation>
    </message>
    <message>
        <source>an adjustment needs a reason</source>
        <translation>eine Korrekturbuchung braucht einen Grund</translation>
    </message>
    <message>
        <source>an adjustment needs a non-zero amount</source>
        <translation>eine Korrekturbuchung braucht einen Betrag ungleich null</translation>
    </message>
    <message>
        <source>account %1: %2 is %3 in the table but %4 by the journal</source>
        <extracomment>%1 a ledger account, %2 a column (debits_posted, …), %3 and %4 amounts in base units</extracomment>
        <translation>Konto %1: %2 ist %3 in der Tabelle, laut Journal aber %4</translation>
    </message>
    <message>
        <source>asset %1: posted debits %2 differ from posted credits %3</source>
        <translation>Asset %1: gebuchtes Soll %2 weicht vom gebuchten Haben %3 ab</translation>
    </message>
    <message>
        <source>asset %1: pending debits %2 differ from pending credits %3</source>
        <translation>Asset %1: vorgemerktes Soll %2 weicht vom vorgemerkten Haben %3 ab</translation>
    </message>
    <message>
        <source>database damaged: %1</source>
        <translation>Datenbank beschädigt: %1</translation>
    </message>
    <message>
        <source>the journal cannot be read: %1</source>
        <translation>das Journal kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>journal: %1</source>
        <translation>Journal: %1</translation>
    </message>
    <message>
        <source>… and %1 more</source>
        <translation>… und %1 weitere</translation>
    </message>
    <message>
        <source>%1; it is %2 now</source>
        <translation>%1; jetzt ist sie im Zustand „%2“</translation>
    </message>
    <message>
        <source>%1 (reason: %2)</source>
        <translation>%1 (Grund: %2)</translation>
    </message>
    <message>
        <source>a withdrawal in state %1 cannot be %2</source>
        <translation>eine Auszahlung im Zustand „%1“ kann nicht %2 werden</translation>
    </message>
    <message>
        <source>a new withdrawal cannot be %1</source>
        <translation>eine neue Auszahlung kann nicht %1 werden</translation>
    </message>
    <message>
        <source>withdrawal %1 is no longer %2</source>
        <translation>Auszahlung %1 ist nicht mehr im Zustand „%2“</translation>
    </message>
    <message>
        <source>unknown withdrawal %1</source>
        <translation>unbekannte Auszahlung %1</translation>
    </message>
    <message>
        <source>withdrawal %1 already has a TxId uploaded by %2 at %3 (%4)</source>
        <translation>für Auszahlung %1 hat %2 am %3 bereits eine TxId hochgeladen (%4)</translation>
    </message>
    <message>
        <source>withdrawal %1 already has a TxId uploaded by %2 at %3</source>
        <translation>für Auszahlung %1 hat %2 am %3 bereits eine TxId hochgeladen</translation>
    </message>
    <message>
        <source>withdrawal %1 was already %2 by %3 at %4</source>
        <translation>Auszahlung %1 wurde bereits von %3 am %4 %2</translation>
    </message>
    <message>
        <source>nobody approves their own withdrawal request</source>
        <translation>niemand gibt die eigene Auszahlungsanforderung frei</translation>
    </message>
    <message>
        <source>%1 has already approved withdrawal %2; a second approval must come from someone else</source>
        <translation>%1 hat Auszahlung %2 bereits freigegeben; die zweite Freigabe muss von jemand anderem kommen</translation>
    </message>
    <message>
        <source>a rejection needs a reason</source>
        <translation>eine Ablehnung braucht einen Grund</translation>
    </message>
    <message>
        <source>a withdrawal amount must be positive</source>
        <translation>der Betrag einer Auszahlung muss positiv sein</translation>
    </message>
    <message>
        <source>customer %1&apos;s available %2 cannot cover %3 plus the fee of %4</source>
        <translation>das verfügbare %2-Guthaben von Kunde %1 deckt %3 plus die Gebühr von %4 nicht</translation>
    </message>
    <message>
        <source>cancelled by %1</source>
        <translation>storniert von %1</translation>
    </message>
    <message>
        <source>retried by %1</source>
        <translation>erneut versucht von %1</translation>
    </message>
    <message>
        <source>not a valid %1 TxId: %2</source>
        <translation>keine gültige %1-TxId: %2</translation>
    </message>
    <message>
        <source>TxId %1 is already uploaded for withdrawal %2</source>
        <translation>TxId %1 ist für Auszahlung %2 bereits hochgeladen</translation>
    </message>
    <message>
        <source>TxId %1 already pays withdrawal %2; a TxId pays one withdrawal only</source>
        <translation>TxId %1 bezahlt bereits Auszahlung %2; eine TxId bezahlt nur eine Auszahlung</translation>
    </message>
    <message>
        <source>TxId %1 is not confirmed yet on %2; upload it again once the chain has confirmed it</source>
        <translation>TxId %1 ist auf %2 noch nicht bestätigt; erneut hochladen, sobald die Chain sie bestätigt hat</translation>
    </message>
    <message>
        <source>TxId %1 is not found on the %2 chain; nothing was changed</source>
        <translation>TxId %1 wurde auf der Chain %2 nicht gefunden; nichts wurde geändert</translation>
    </message>
    <message>
        <source>TxId %1 could not be checked: %2; nothing was changed, try again</source>
        <translation>TxId %1 konnte nicht geprüft werden: %2; nichts wurde geändert, bitte erneut versuchen</translation>
    </message>
    <message>
        <source>TxId %1 %2; nothing was changed</source>
        <translation>TxId %1 %2; nichts wurde geändert</translation>
    </message>
    <message>
        <source>failed on chain: it paid nothing</source>
        <translation>ist auf der Chain fehlgeschlagen: sie hat nichts gezahlt</translation>
    </message>
    <message>
        <source>pays nobody (it creates a contract), not %1</source>
        <translation>zahlt an niemanden (sie erstellt einen Vertrag), nicht an %1</translation>
    </message>
    <message>
        <source>pays nothing to %1</source>
        <translation>zahlt nichts an %1</translation>
    </message>
    <message>
        <source>pays %1 %2, the withdrawal is %3 %4</source>
        <translation>zahlt %1 %2, die Auszahlung beträgt %3 %4</translation>
    </message>
    <message>
        <source>pays %1, not %2</source>
        <translation>zahlt %1, nicht %2</translation>
    </message>
    <message>
        <source>pays %1 not %2</source>
        <translation>zahlt an %1, nicht an %2</translation>
    </message>
    <message>
        <source>was not sent from the warm wallet %1 but from %2</source>
        <translation>wurde nicht von der Warm-Wallet %1 gesendet, sondern von %2</translation>
    </message>
    <message>
        <source>was not sent from a warm wallet (%1) but from %2</source>
        <translation>wurde nicht von einer Warm-Wallet (%1) gesendet, sondern von %2</translation>
    </message>
    <message>
        <source>no warm %1 wallet is registered on %2 (exctl wallet add --tier warm)</source>
        <translation>auf %2 ist keine Warm-Wallet für %1 registriert (exctl wallet add --tier warm)</translation>
    </message>
    <message>
        <source>the chain shows the payment, but the ledger&apos;s warm %1 wallet does not hold %2 %3 plus the network fee of %4; book warm&apos;s funds first (collection or replenishment); nothing was changed</source>
        <translation>die Chain zeigt die Zahlung, aber die Warm-Wallet für %1 hält laut Hauptbuch nicht %2 %3 plus die Netzwerkgebühr von %4; zuerst die Mittel der Warm-Wallet buchen (Konsolidierung oder Auffüllung); nichts wurde geändert</translation>
    </message>
    <message>
        <source>under_review</source>
        <translation>in Prüfung</translation>
    </message>
    <message>
        <source>approved</source>
        <translation>freigegeben</translation>
    </message>
    <message>
        <source>processing</source>
        <translation>in Bearbeitung</translation>
    </message>
    <message>
        <source>broadcast</source>
        <translation>gesendet</translation>
    </message>
    <message>
        <source>succeeded</source>
        <translation>erfolgreich</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>abgelehnt</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>storniert</translation>
    </message>
    <message>
        <source>error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>manual_payout</source>
        <translation>manuelle Auszahlung</translation>
    </message>
    <message>
        <source>requested within its limits</source>
        <translation>innerhalb ihrer Limits angefordert</translation>
    </message>
    <message>
        <source>requested over a limit</source>
        <translation>über einem Limit angefordert</translation>
    </message>
    <message>
        <source>picked up for payout</source>
        <translation>zur Auszahlung übernommen</translation>
    </message>
    <message>
        <source>confirmed on chain</source>
        <translation>auf der Chain bestätigt</translation>
    </message>
    <message>
        <source>marked failed on chain</source>
        <translation>auf der Chain als fehlgeschlagen markiert</translation>
    </message>
    <message>
        <source>stopped for a short hot wallet</source>
        <translation>wegen einer zu knappen Hot-Wallet angehalten</translation>
    </message>
    <message>
        <source>stopped for an unreachable node</source>
        <translation>wegen eines nicht erreichbaren Knotens angehalten</translation>
    </message>
    <message>
        <source>retried</source>
        <translation>erneut versucht</translation>
    </message>
    <message>
        <source>sent to manual payout</source>
        <translation>an die manuelle Auszahlung übergeben</translation>
    </message>
    <message>
        <source>marked paid by a TxId</source>
        <translation>per TxId als bezahlt markiert</translation>
    </message>
    <message>
        <source>stopped for a payout the chain refused</source>
        <translation>wegen einer von der Chain abgewiesenen Auszahlung angehalten</translation>
    </message>
    <message>
        <source>payout started</source>
        <translation>Auszahlung gestartet</translation>
    </message>
    <message>
        <source>the node cannot be reached to read hot&apos;s balance: %1</source>
        <translation>der Knoten ist nicht erreichbar, um den Saldo der Hot-Wallet zu lesen: %1</translation>
    </message>
    <message>
        <source>the node cannot be reached for fees: %1</source>
        <translation>der Knoten ist für die Gebühren nicht erreichbar: %1</translation>
    </message>
    <message>
        <source>the node cannot be reached: %1</source>
        <translation>der Knoten ist nicht erreichbar: %1</translation>
    </message>
    <message>
        <source>hot wallet short: it holds %1 %2, this payout needs %3 with its fee after %4 already on its way; replenish hot from warm, then retry</source>
        <translation>Hot-Wallet zu knapp: sie hält %1 %2, diese Auszahlung braucht mit Gebühr %3 nach %4, die bereits unterwegs sind; die Hot-Wallet aus der Warm-Wallet auffüllen, dann erneut versuchen</translation>
    </message>
    <message>
        <source>cannot be paid from hot: %1; send it to manual payout or reject it</source>
        <translation>kann nicht aus der Hot-Wallet bezahlt werden: %1; an die manuelle Auszahlung übergeben oder ablehnen</translation>
    </message>
    <message>
        <source>the node could not be reached to send %1; the same signed transaction is sent again on retry</source>
        <translation>der Knoten war zum Senden von %1 nicht erreichbar; beim erneuten Versuch wird dieselbe signierte Transaktion gesendet</translation>
    </message>
    <message>
        <source>the node refused it: %1</source>
        <translation>der Knoten hat sie abgewiesen: %1</translation>
    </message>
    <message>
        <source>the payout %1 expired without being included: %2</source>
        <translation>die Auszahlung %1 ist abgelaufen, ohne aufgenommen zu werden: %2</translation>
    </message>
    <message>
        <source>the payout %1 expired without being included</source>
        <translation>die Auszahlung %1 ist abgelaufen, ohne aufgenommen zu werden</translation>
    </message>
    <message>
        <source>the payout %1 failed on chain: %2</source>
        <translation>die Auszahlung %1 ist auf der Chain fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>the payout %1 failed on chain</source>
        <translation>die Auszahlung %1 ist auf der Chain fehlgeschlagen</translation>
    </message>
    <message>
        <source>sent %1</source>
        <translation>gesendet: %1</translation>
    </message>
    <message>
        <source>unknown deposit %1</source>
        <translation>unbekannte Einzahlung %1</translation>
    </message>
    <message>
        <source>a deposit that is %1 cannot be %2</source>
        <translation>eine Einzahlung im Zustand „%1“ kann nicht %2 werden</translation>
    </message>
    <message>
        <source>the wallet the deposit was paid to is not registered</source>
        <translation>die Wallet, an die die Einzahlung ging, ist nicht registriert</translation>
    </message>
    <message>
        <source>below the minimum deposit</source>
        <translation>unter der Mindesteinzahlung</translation>
    </message>
    <message>
        <source>assigned by %1</source>
        <translation>zugeordnet von %1</translation>
    </message>
    <message>
        <source>pending</source>
        <translation>ausstehend</translation>
    </message>
    <message>
        <source>ignored</source>
        <translation>ignoriert</translation>
    </message>
    <message>
        <source>unattributed</source>
        <translation>nicht zugeordnet</translation>
    </message>
    <message>
        <source>credited</source>
        <translation>gutgeschrieben</translation>
    </message>
    <message>
        <source>collection_planned</source>
        <translation>Konsolidierung geplant</translation>
    </message>
    <message>
        <source>collecting</source>
        <translation>wird konsolidiert</translation>
    </message>
    <message>
        <source>collected</source>
        <translation>konsolidiert</translation>
    </message>
    <message>
        <source>assigned to a customer</source>
        <translation>einem Kunden zugeordnet</translation>
    </message>
    <message>
        <source>confirmed below the minimum deposit</source>
        <translation>unter der Mindesteinzahlung bestätigt</translation>
    </message>
    <message>
        <source>the request is larger than %1 bytes</source>
        <translation>die Anfrage ist größer als %1 Bytes</translation>
    </message>
    <message>
        <source>invalid JSON: %1 at byte %2</source>
        <translation>ungültiges JSON: %1 bei Byte %2</translation>
    </message>
    <message>
        <source>a number is out of range</source>
        <translation>eine Zahl liegt außerhalb des Bereichs</translation>
    </message>
    <message>
        <source>the request must be a JSON object</source>
        <translation>die Anfrage muss ein JSON-Objekt sein</translation>
    </message>
    <message>
        <source>unknown field %1</source>
        <translation>unbekanntes Feld %1</translation>
    </message>
    <message>
        <source>unknown payload field %1</source>
        <translation>unbekanntes Payload-Feld %1</translation>
    </message>
    <message>
        <source>unknown signature field %1</source>
        <translation>unbekanntes Signaturfeld %1</translation>
    </message>
    <message>
        <source>missing field %1</source>
        <translation>Feld %1 fehlt</translation>
    </message>
    <message>
        <source>field %1 must be a string</source>
        <translation>Feld %1 muss eine Zeichenkette sein</translation>
    </message>
    <message>
        <source>field %1 must be a number</source>
        <translation>Feld %1 muss eine Zahl sein</translation>
    </message>
    <message>
        <source>field %1 must be an object</source>
        <translation>Feld %1 muss ein Objekt sein</translation>
    </message>
    <message>
        <source>field %1 must be more than zero</source>
        <translation>Feld %1 muss größer als null sein</translation>
    </message>
    <message>
        <source>field %1 must be a non-empty array</source>
        <translation>Feld %1 muss ein nicht leeres Array sein</translation>
    </message>
    <message>
        <source>field %1 must be a decimal string, e.g. &quot;12.5&quot;</source>
        <translation>Feld %1 muss eine Dezimalzahl als Zeichenkette sein, z. B. &quot;12.5&quot;</translation>
    </message>
    <message>
        <source>field %1: %2</source>
        <translation>Feld %1: %2</translation>
    </message>
    <message>
        <source>unknown platform (use Ethereum, Algorand or Stellar)</source>
        <translation>unbekannte Plattform (Ethereum, Algorand oder Stellar verwenden)</translation>
    </message>
    <message>
        <source>buy_currency and sell_currency must differ</source>
        <translation>buy_currency und sell_currency müssen sich unterscheiden</translation>
    </message>
    <message>
        <source>%1 is not a valid %2 address</source>
        <translation>%1 ist keine gültige %2-Adresse</translation>
    </message>
    <message>
        <source>tx_id is not a valid %1 transaction id</source>
        <translation>tx_id ist keine gültige %1-Transaktions-ID</translation>
    </message>
    <message>
        <source>sig is not a well-formed %1 signature</source>
        <translation>sig ist keine wohlgeformte %1-Signatur</translation>
    </message>
    <message>
        <source>the sig of %1 is not a well-formed %2 signature</source>
        <translation>die sig von %1 ist keine wohlgeformte %2-Signatur</translation>
    </message>
    <message>
        <source>order_id must be a positive integer</source>
        <translation>order_id muss eine positive ganze Zahl sein</translation>
    </message>
    <message>
        <source>customer_id must be a positive integer</source>
        <translation>customer_id muss eine positive ganze Zahl sein</translation>
    </message>
    <message>
        <source>request_id must be 1 to 64 characters of A-Z, a-z, 0-9, &apos;.&apos;, &apos;_&apos;, &apos;:&apos; and &apos;-&apos;</source>
        <translation>request_id muss aus 1 bis 64 Zeichen aus A-Z, a-z, 0-9, &apos;.&apos;, &apos;_&apos;, &apos;:&apos; und &apos;-&apos; bestehen</translation>
    </message>
    <message>
        <source>at most %1 signatures</source>
        <translation>höchstens %1 Signaturen</translation>
    </message>
    <message>
        <source>each signature must be an object {&quot;signer&quot;, &quot;sig&quot;}</source>
        <translation>jede Signatur muss ein Objekt {&quot;signer&quot;, &quot;sig&quot;} sein</translation>
    </message>
    <message>
        <source>signer %1 is not an Ethereum address, a Stellar G… account id or an Algorand address</source>
        <translation>Unterzeichner %1 ist weder eine Ethereum-Adresse noch eine Stellar-Konto-ID (G…) noch eine Algorand-Adresse</translation>
    </message>
    <message>
        <source>the signature does not match sender_pk and the payload</source>
        <translation>die Signatur passt nicht zu sender_pk und dem Payload</translation>
    </message>
    <message>
        <source>the signature of %1 does not match the payload</source>
        <translation>die Signatur von %1 passt nicht zum Payload</translation>
    </message>
    <message>
        <source>tx_id already funds an order</source>
        <translation>tx_id finanziert bereits einen Auftrag</translation>
    </message>
    <message>
        <source>that transaction already funds an order</source>
        <translation>diese Transaktion finanziert bereits einen Auftrag</translation>
    </message>
    <message>
        <source>no exchange address configured for %1</source>
        <translation>keine Börsenadresse für %1 eingerichtet</translation>
    </message>
    <message>
        <source>withdrawals are not served here</source>
        <translation>Auszahlungen werden hier nicht angenommen</translation>
    </message>
    <message>
        <source>buy and sell currency are the same</source>
        <translation>Kauf- und Verkaufswährung sind gleich</translation>
    </message>
    <message>
        <source>amounts must be positive</source>
        <translation>Beträge müssen positiv sein</translation>
    </message>
    <message>
        <source>no such order</source>
        <translation>kein solcher Auftrag</translation>
    </message>
    <message>
        <source>only the order&apos;s sender can cancel it</source>
        <translation>nur der Absender des Auftrags kann ihn stornieren</translation>
    </message>
    <message>
        <source>only an open order can be cancelled</source>
        <translation>nur ein offener Auftrag kann storniert werden</translation>
    </message>
    <message>
        <source>the funding transaction is not confirmed yet</source>
        <translation>die finanzierende Transaktion ist noch nicht bestätigt</translation>
    </message>
    <message>
        <source>the funding transaction was not sent by sender_pk</source>
        <translation>die finanzierende Transaktion wurde nicht von sender_pk gesendet</translation>
    </message>
    <message>
        <source>the funding transaction did not pay the exchange&apos;s address</source>
        <translation>die finanzierende Transaktion hat nicht an die Adresse der Börse gezahlt</translation>
    </message>
    <message>
        <source>the funding transaction paid less than sell_amount</source>
        <translation>die finanzierende Transaktion zahlte weniger als sell_amount</translation>
    </message>
    <message>
        <source>no such transaction on the chain</source>
        <translation>keine solche Transaktion auf der Chain</translation>
    </message>
    <message>
        <source>the transaction pays the exchange from several accounts</source>
        <translation>die Transaktion zahlt von mehreren Konten an die Börse</translation>
    </message>
    <message>
        <source>the chain node could not be reached</source>
        <translation>der Chain-Knoten war nicht erreichbar</translation>
    </message>
    <message>
        <source>the Ethereum node could not be reached</source>
        <translation>der Ethereum-Knoten war nicht erreichbar</translation>
    </message>
    <message>
        <source>the Ethereum node answered with an error</source>
        <translation>der Ethereum-Knoten antwortete mit einem Fehler</translation>
    </message>
    <message>
        <source>the Ethereum node answered nonsense</source>
        <translation>der Ethereum-Knoten antwortete Unsinn</translation>
    </message>
    <message>
        <source>the Algorand indexer could not be reached</source>
        <translation>der Algorand-Indexer war nicht erreichbar</translation>
    </message>
    <message>
        <source>the Algorand indexer answered nonsense</source>
        <translation>der Algorand-Indexer antwortete Unsinn</translation>
    </message>
    <message>
        <source>Horizon could not be reached</source>
        <translation>Horizon war nicht erreichbar</translation>
    </message>
    <message>
        <source>Horizon answered nonsense</source>
        <translation>Horizon antwortete Unsinn</translation>
    </message>
    <message>
        <source>collection %1</source>
        <translation>Einsammeln %1</translation>
    </message>
    <message>
        <source>stopped: this process no longer leads the background duties</source>
        <translation>angehalten: dieser Prozess führt die Hintergrundaufgaben nicht mehr</translation>
    </message>
    <message>
        <source>stopped: %1 ended</source>
        <translation>angehalten: %1 wurde beendet</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>angehalten</translation>
    </message>
    <message>
        <source>idle</source>
        <translation>bereit, nichts zu tun</translation>
    </message>
    <message>
        <source>idle (signing waits for the key vault)</source>
        <translation>bereit (das Signieren wartet auf den Schlüsseltresor)</translation>
    </message>
    <message>
        <source>waiting: the key vault is locked</source>
        <translation>wartet: der Schlüsseltresor ist gesperrt</translation>
    </message>
    <message>
        <source>new sweeps wait for the key vault</source>
        <translation>neue Sammelüberweisungen warten auf den Schlüsseltresor</translation>
    </message>
    <message>
        <source>nothing to collect</source>
        <translation>nichts einzusammeln</translation>
    </message>
    <message>
        <source>signed: %1</source>
        <translation>signiert: %1</translation>
    </message>
    <message>
        <source>sent: %1</source>
        <translation>gesendet: %1</translation>
    </message>
    <message>
        <source>confirmed: %1</source>
        <translation>bestätigt: %1</translation>
    </message>
    <message>
        <source>awaiting confirmations: %1</source>
        <translation>warten auf Bestätigungen: %1</translation>
    </message>
    <message>
        <source>failed: %1</source>
        <translation>fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>paid: %1</source>
        <translation>ausgezahlt: %1</translation>
    </message>
    <message>
        <source>awaiting the chain: %1</source>
        <translation>warten auf die Chain: %1</translation>
    </message>
    <message>
        <source>failed on chain: %1</source>
        <translation>auf der Chain fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>to error: %1</source>
        <translation>auf Fehler gesetzt: %1</translation>
    </message>
    <message>
        <source>hot is short by %1 %2: replenish hot from warm</source>
        <translation>Hot fehlen %1 %2: Hot aus Warm auffüllen</translation>
    </message>
    <message>
        <source>not reading now: no wallet is on a chain with a node URL</source>
        <translation>liest gerade nicht: keine Wallet liegt auf einer Chain mit Knoten-URL</translation>
    </message>
    <message>
        <source>wallet balances read from the chains: %1</source>
        <translation>von den Chains gelesene Wallet-Salden: %1</translation>
    </message>
    <message>
        <source>%1 read, %2 not: %3</source>
        <translation>%1 gelesen, %2 nicht: %3</translation>
    </message>
    <message>
        <source>settings unreadable: %1</source>
        <translation>Einstellungen nicht lesbar: %1</translation>
    </message>
    <message>
        <source>wallets unreadable: %1</source>
        <translation>Wallets nicht lesbar: %1</translation>
    </message>
    <message>
        <source>not watching: no Horizon URL set (Settings, or exctl chain set stellar --node URL)</source>
        <translation>beobachtet nicht: keine Horizon-URL gesetzt (Einstellungen oder exctl chain set stellar --node URL)</translation>
    </message>
    <message>
        <source>not watching: no hot (base) account registered</source>
        <translation>beobachtet nicht: kein Hot-(Basis-)Konto registriert</translation>
    </message>
    <message>
        <source>not watching: no JSON-RPC URL set (Settings, or exctl chain set ethereum --node URL)</source>
        <translation>beobachtet nicht: keine JSON-RPC-URL gesetzt (Einstellungen oder exctl chain set ethereum --node URL)</translation>
    </message>
    <message>
        <source>not watching: no indexer URL set (Settings, or exctl chain set algorand --indexer URL)</source>
        <translation>beobachtet nicht: keine Indexer-URL gesetzt (Einstellungen oder exctl chain set algorand --indexer URL)</translation>
    </message>
    <message>
        <source>not watching: no deposit address registered</source>
        <translation>beobachtet nicht: keine Einzahlungsadresse registriert</translation>
    </message>
    <message>
        <source>connecting to %1</source>
        <translation>verbindet mit %1</translation>
    </message>
    <message>
        <source>streaming</source>
        <translation>empfängt laufend</translation>
    </message>
    <message>
        <source>waiting: %1</source>
        <translation>wartet: %1</translation>
    </message>
    <message>
        <source>reading blocks: %1</source>
        <translation>liest Blöcke: %1</translation>
    </message>
    <message>
        <source>reading the indexer: %1</source>
        <translation>liest den Indexer: %1</translation>
    </message>
    <message>
        <source>up to date</source>
        <translation>aktuell</translation>
    </message>
    <message>
        <source>up to date: %1</source>
        <translation>aktuell: %1</translation>
    </message>
    <message>
        <source>HALTED: %1</source>
        <translation>ANGEHALTEN: %1</translation>
    </message>
    <message>
        <source>%1; trying again in %2 s</source>
        <translation>%1; neuer Versuch in %2 s</translation>
    </message>
    <message>
        <source>the stream ended</source>
        <translation>der Datenstrom endete</translation>
    </message>
    <message>
        <source>no Algorand addresses to watch</source>
        <translation>keine Algorand-Adressen zu beobachten</translation>
    </message>
    <message>
        <source>the indexer answered HTTP %1</source>
        <translation>der Indexer antwortete mit HTTP %1</translation>
    </message>
    <message>
        <source>the indexer sent a malformed page</source>
        <translation>der Indexer sandte eine fehlerhafte Seite</translation>
    </message>
    <message>
        <source>the indexer repeated a page</source>
        <translation>der Indexer wiederholte eine Seite</translation>
    </message>
    <message>
        <source>the saved Ethereum cursor &quot;%1&quot; is not a block number</source>
        <translation>der gespeicherte Ethereum-Cursor „%1“ ist keine Blocknummer</translation>
    </message>
    <message>
        <source>the node&apos;s block number is not a quantity</source>
        <translation>die Blocknummer des Knotens ist keine Zahl</translation>
    </message>
    <message>
        <source>block %1 read; the node is at %2</source>
        <translation>Block %1 gelesen; der Knoten ist bei %2</translation>
    </message>
    <message>
        <source>reading from block %1; %2 confirmed blocks to go</source>
        <translation>liest ab Block %1; noch %2 bestätigte Blöcke</translation>
    </message>
    <message>
        <source>the node sent a malformed block %1</source>
        <translation>der Knoten sandte einen fehlerhaften Block %1</translation>
    </message>
    <message>
        <source>block %1 no longer follows block %2 as read before: a reorganisation deeper than %3 confirmations. Check the node, then rescan with exctl watch ethereum --from N.</source>
        <translation>Block %1 folgt nicht mehr auf Block %2 wie zuvor gelesen: eine Reorganisation tiefer als %3 Bestätigungen. Prüfen Sie den Knoten und lesen Sie dann mit exctl watch ethereum --from N neu ein.</translation>
    </message>
    <message>
        <source>the node sent a malformed transaction in block %1</source>
        <translation>der Knoten sandte eine fehlerhafte Transaktion in Block %1</translation>
    </message>
    <message>
        <source>the node has no receipt status for a transaction in block %1</source>
        <translation>der Knoten hat keinen Beleg-Status für eine Transaktion in Block %1</translation>
    </message>
    <message>
        <source>withdrawal %1 needs an approval by someone other than the requester before it is paid outside the system; it has none</source>
        <translation>Auszahlung %1 braucht vor einer Auszahlung außerhalb des Systems eine Freigabe durch jemand anderen als den Antragsteller; sie hat keine</translation>
    </message>
    <message>
        <source>withdrawal %1 needs %2 approvals by different approvers, none of them the requester, before it is paid outside the system; it has %3</source>
        <translation>Auszahlung %1 braucht vor einer Auszahlung außerhalb des Systems %2 Freigaben durch verschiedene Freigebende, keiner davon der Antragsteller; sie hat %3</translation>
    </message>
    <message>
        <source>%1 is disabled or removed and may no longer act</source>
        <translation>%1 ist deaktiviert oder entfernt und darf nicht mehr handeln</translation>
    </message>
    <message>
        <source>%1 is now %2 and may not %3</source>
        <translation>%1 hat jetzt die Rolle %2 und darf %3 nicht</translation>
    </message>
    <message>
        <source>%1 cannot sign this decision: it needs an operator who signed in and confirmed a two-factor code</source>
        <translation>%1 kann diese Entscheidung nicht signieren: Dazu braucht es einen angemeldeten Operator, der einen Zwei-Faktor-Code bestätigt hat</translation>
    </message>
    <message>
        <source>only an admin&apos;s signature registers a signing key; %1 cannot</source>
        <translation>Nur die Signatur eines Admins registriert einen Signaturschlüssel; %1 kann das nicht</translation>
    </message>
    <message>
        <source>%1 has no signing key yet: it is made when they next sign in</source>
        <translation>%1 hat noch keinen Signaturschlüssel: Er entsteht bei der nächsten Anmeldung</translation>
    </message>
    <message>
        <source>the vault already pins an admin&apos;s signing key</source>
        <translation>Der Tresor hinterlegt bereits den Signaturschlüssel eines Admins</translation>
    </message>
    <message>
        <source>held_for_integrity</source>
        <translation>zur Integritätsprüfung angehalten</translation>
    </message>
    <message>
        <source>held for an integrity check</source>
        <translation>zur Integritätsprüfung angehalten</translation>
    </message>
    <message>
        <source>the signer&apos;s journal says this withdrawal was signed as txid %1 on %2; the database has no payout for it: restored from an older backup or rolled back? Held, nothing signed</source>
        <translation>laut Journal des Signierers wurde diese Auszahlung am %2 als Transaktion %1 signiert; die Datenbank kennt keine Auszahlung dazu: aus einer älteren Sicherung wiederhergestellt oder zurückgerollt? Angehalten, nichts signiert</translation>
    </message>
    <message>
        <source>the signer&apos;s journal says this withdrawal was signed as txid %1 on %2; the database knows no such payout of it: restored from an older backup or rolled back? Held, nothing signed</source>
        <translation>laut Journal des Signierers wurde diese Auszahlung am %2 als Transaktion %1 signiert; die Datenbank kennt diese Auszahlung nicht: aus einer älteren Sicherung wiederhergestellt oder zurückgerollt? Angehalten, nichts signiert</translation>
    </message>
    <message>
        <source>the signer&apos;s journal says sequence %1 of the hot wallet was signed for withdrawal %2 on %3 (txid %4); the database does not show it: restored from an older backup or rolled back? Held, nothing signed</source>
        <translation>laut Journal des Signierers wurde die Sequenz %1 der Hot-Wallet am %3 für die Auszahlung %2 signiert (Transaktion %4); die Datenbank zeigt das nicht: aus einer älteren Sicherung wiederhergestellt oder zurückgerollt? Angehalten, nichts signiert</translation>
    </message>
    <message>
        <source>the signer&apos;s journal cannot be used, nothing is signed: %1</source>
        <translation>das Journal des Signierers ist nicht nutzbar, es wird nichts signiert: %1</translation>
    </message>
    <message>
        <source>the audit chain was cut back: the signer saw record %1 (hash %2) on %3</source>
        <translation>die Prüfkette wurde gekürzt: der Signierer sah Eintrag %1 (Hash %2) am %3</translation>
    </message>
    <message>
        <source>deciding where money goes needs an operator: exctl --operator NAME COMMAND (%1 may read and run maintenance, not %2)</source>
        <translation>Entscheidungen darüber, wohin Geld geht, brauchen einen Operator: exctl --operator NAME BEFEHL (%1 darf lesen und Wartung ausführen, aber nicht %2)</translation>
    </message>
    <message>
        <source>held for integrity: %1 (the signer could not verify them)</source>
        <translation>zur Integritätsprüfung angehalten: %1 (der Signierer konnte sie nicht bestätigen)</translation>
    </message>
    <message>
        <source>the ledger has no hold %1 for this withdrawal: no request made this row. Held, nothing signed</source>
        <translation>Das Hauptbuch hat keine Sperre %1 für diese Auszahlung: Diese Zeile stammt aus keinem Antrag. Angehalten, nichts signiert</translation>
    </message>
    <message>
        <source>the ledger&apos;s hold %1 was already paid or released. Held, nothing signed</source>
        <translation>Die Sperre %1 im Hauptbuch wurde bereits ausgezahlt oder freigegeben. Angehalten, nichts signiert</translation>
    </message>
    <message>
        <source>the ledger&apos;s hold %1 is not on this customer&apos;s account of this asset (%2). Held, nothing signed</source>
        <translation>Die Sperre %1 im Hauptbuch liegt nicht auf dem Konto dieses Kunden für dieses Asset (%2). Angehalten, nichts signiert</translation>
    </message>
    <message>
        <source>the ledger&apos;s hold %1 is for %2 %3, the withdrawal says %4 %5. Held, nothing signed</source>
        <translation>Die Sperre %1 im Hauptbuch lautet auf %2 %3, die Auszahlung auf %4 %5. Angehalten, nichts signiert</translation>
    </message>
    <message>
        <source>the %1 statement by %2 for this withdrawal has a bad signature. Held, nothing signed</source>
        <translation>Die Erklärung „%1“ von %2 zu dieser Auszahlung hat eine ungültige Signatur. Angehalten, nichts signiert</translation>
    </message>
    <message>
        <source>%1 differs from the %2 statement %3 signed. Held, nothing signed</source>
        <translation>%1 weicht von der Erklärung „%2“ ab, die %3 signiert hat. Angehalten, nichts signiert</translation>
    </message>
    <message>
        <source>%1 signed this withdrawal&apos;s rejection or cancellation, yet it is to be paid. Held, nothing signed</source>
        <translation>%1 hat die Ablehnung oder Stornierung dieser Auszahlung signiert, trotzdem soll sie ausgezahlt werden. Angehalten, nichts signiert</translation>
    </message>
    <message>
        <source>the ledger&apos;s history puts this withdrawal over its limits (%1), yet it is marked as within them. Held, nothing signed</source>
        <translation>Laut Verlauf im Hauptbuch liegt diese Auszahlung über ihren Limits (%1), ist aber als innerhalb markiert. Angehalten, nichts signiert</translation>
    </message>
    <message>
        <source>it needs %1 approvals by different approvers, none of them the requester, that the signer can verify; it has %2 (%3). Held, nothing signed</source>
        <translation>Sie braucht %1 vom Signierer bestätigte Freigaben verschiedener Freigebender, keiner davon der Antragsteller; sie hat %2 (%3). Angehalten, nichts signiert</translation>
    </message>
    <message>
        <source>released from an integrity hold as paid</source>
        <translation>nach einer Integritätssperre als bezahlt freigegeben</translation>
    </message>
    <message>
        <source>released from an integrity hold as not paid</source>
        <translation>nach einer Integritätssperre als nicht bezahlt freigegeben</translation>
    </message>
    <message>
        <source>was not sent from the hot wallet %1 but from %2</source>
        <translation>wurde nicht von der Hot-Wallet %1 gesendet, sondern von %2</translation>
    </message>
    <message>
        <source>was not sent from a hot wallet (%1) but from %2</source>
        <translation>wurde nicht von einer Hot-Wallet (%1) gesendet, sondern von %2</translation>
    </message>
    <message>
        <source>no hot %1 wallet is registered on %2 (exctl wallet add --tier hot)</source>
        <translation>auf %2 ist keine Hot-Wallet für %1 registriert (exctl wallet add --tier hot)</translation>
    </message>
    <message>
        <source>released from the integrity hold as paid by TxId %1, by %2</source>
        <translation>aus der Integritätssperre als bezahlt durch TxId %1 freigegeben, von %2</translation>
    </message>
    <message>
        <source>releasing a held withdrawal as not paid needs a reason</source>
        <translation>eine angehaltene Auszahlung als nicht bezahlt freizugeben braucht eine Begründung</translation>
    </message>
    <message>
        <source>the chain shows the payment, but the ledger&apos;s hot %1 wallet does not hold %2 %3 plus the network fee of %4; book hot&apos;s funds first; nothing was changed</source>
        <translation>die Chain zeigt die Zahlung, aber die Hot-Wallet für %1 hält im Hauptbuch nicht %2 %3 plus die Netzwerkgebühr von %4; buchen Sie zuerst die Mittel der Hot-Wallet; nichts wurde geändert</translation>
    </message>
    <message>
        <source>the key vault pins no admin key, but the signer&apos;s journal says admin key %1 was pinned: the pin was removed from the database. Nothing is signed</source>
        <translation>Der Schlüsseltresor hinterlegt keinen Admin-Schlüssel, laut Journal des Signierers war aber der Admin-Schlüssel %1 hinterlegt: Die Hinterlegung wurde aus der Datenbank gelöscht. Es wird nichts signiert</translation>
    </message>
    <message>
        <source>the key vault pins admin key %1, but the signer&apos;s journal says %2 was pinned: the vault was replaced in the database. Nothing is signed</source>
        <translation>Der Schlüsseltresor hinterlegt den Admin-Schlüssel %1, laut Journal des Signierers war aber %2 hinterlegt: Der Tresor wurde in der Datenbank ersetzt. Es wird nichts signiert</translation>
    </message>
    <message>
        <source>the database names exchange %1, but the key vault was sealed for exchange %2: the id was changed, or the vault comes from another exchange&apos;s database. Nothing is signed</source>
        <translation>Die Datenbank nennt die Börse %1, der Schlüsseltresor wurde aber für die Börse %2 versiegelt: Die Kennung wurde geändert, oder der Tresor stammt aus der Datenbank einer anderen Börse. Es wird nichts signiert</translation>
    </message>
    <message>
        <source>no admin has signed a %1 %2 wallet address on %3; nothing signed (an admin registers it: exctl --operator ADMIN wallet add)</source>
        <translation>Kein Admin hat eine %1-%2-Wallet-Adresse auf %3 signiert; nichts signiert (ein Admin registriert sie: exctl --operator ADMIN wallet add)</translation>
    </message>
    <message>
        <source>the %1 wallet&apos;s address in the database, %2, is not the one an admin signed on %3 (%4); nothing signed</source>
        <translation>Die Adresse der %1-Wallet in der Datenbank, %2, ist nicht die von einem Admin auf %3 signierte (%4); nichts signiert</translation>
    </message>
    <message>
        <source>the hot wallet&apos;s address in the database, %1, is not the one the vault&apos;s hot key derives on %2 (%3); nothing signed</source>
        <translation>Die Adresse der Hot-Wallet in der Datenbank, %1, ist nicht die, die der Hot-Schlüssel im Tresor auf %2 ergibt (%3); nichts signiert</translation>
    </message>
    <message>
        <source>the key vault holds no hot key for %1 to check hot&apos;s address by; nothing signed</source>
        <translation>Der Schlüsseltresor enthält keinen Hot-Schlüssel für %1, um die Hot-Adresse zu prüfen; nichts signiert</translation>
    </message>
    <message>
        <source>node URL in the database differs from the signed one; using the signed one (%1)</source>
        <translation>Die Knoten-URL in der Datenbank weicht von der signierten ab; die signierte wird verwendet (%1)</translation>
    </message>
    <message>
        <source>no admin has signed %1&apos;s node URL: the signer uses the database&apos;s (an admin saving the chain&apos;s settings signs it)</source>
        <translation>Kein Admin hat die Knoten-URL von %1 signiert: Der Signierer verwendet die aus der Datenbank (ein Admin, der die Chain-Einstellungen speichert, signiert sie)</translation>
    </message>
    <message>
        <source>sweeps refused: %1 (their destination is not one the signer can verify)</source>
        <translation>abgelehnte Sammlungen: %1 (ihr Ziel kann der Signierer nicht prüfen)</translation>
    </message>
    <message>
        <source>the signer cannot verify that this withdrawal was requested: %1. Held, nothing signed</source>
        <translation>der Signierer kann nicht prüfen, dass diese Auszahlung beantragt wurde: %1. Angehalten, nichts signiert</translation>
    </message>
    <message>
        <source>the key vault pins an admin&apos;s signing key, so a withdrawal request must be signed: exctl --operator NAME withdraw request</source>
        <translation>der Schlüsseltresor hinterlegt den Signaturschlüssel eines Admins, daher muss ein Auszahlungsantrag signiert sein: exctl --operator NAME withdraw request</translation>
    </message>
    <message>
        <source>the signer&apos;s journal says the customer&apos;s signed %1 was already paid as withdrawal %2 (txid %3, %4): the same request stored again. Held, nothing signed</source>
        <translation>Laut Journal des Signierers wurde die signierte %1 des Kunden bereits als Auszahlung %2 bezahlt (txid %3, %4): dieselbe Anfrage erneut gespeichert. Zurückgehalten, nichts signiert</translation>
    </message>
    <message>
        <source>customer %1 is frozen: no withdrawal is requested for them until they are unfrozen</source>
        <translation>Kunde %1 ist eingefroren: Bis zur Aufhebung der Sperre werden für ihn keine Auszahlungen angenommen</translation>
    </message>
    <message>
        <source>customer %1 is closed: no withdrawal is requested for them</source>
        <translation>Kunde %1 ist geschlossen: Für ihn werden keine Auszahlungen angenommen</translation>
    </message>
    <message>
        <source>withdrawal %1 cannot be approved while customer %2 is frozen</source>
        <translation>Auszahlung %1 kann nicht freigegeben werden, solange Kunde %2 eingefroren ist</translation>
    </message>
    <message>
        <source>withdrawal %1 waits: customer %2 is frozen (unfreezing resumes it)</source>
        <translation>Auszahlung %1 wartet: Kunde %2 ist eingefroren (nach dem Auftauen geht sie weiter)</translation>
    </message>
    <message>
        <source>customer %1 is frozen already</source>
        <translation>Kunde %1 ist bereits eingefroren</translation>
    </message>
    <message>
        <source>customer %1 is not frozen</source>
        <translation>Kunde %1 ist nicht eingefroren</translation>
    </message>
    <message>
        <source>customer %1 is closed; a closed customer does not change</source>
        <translation>Kunde %1 ist geschlossen; ein geschlossener Kunde wird nicht mehr geändert</translation>
    </message>
    <message>
        <source>customer %1 cannot be closed: %2 %3 is on their account or held; nothing was changed</source>
        <translation>Kunde %1 kann nicht geschlossen werden: %2 %3 liegen auf seinem Konto oder sind reserviert; es wurde nichts geändert</translation>
    </message>
    <message>
        <source>another customer has the external id %1</source>
        <translation>Ein anderer Kunde hat bereits die externe ID %1</translation>
    </message>
    <message>
        <source>%1 is an id the exchange gives customers added without one (c- and a number); choose another</source>
        <translation>%1 hat die Form, die die Börse Kunden ohne eigene ID gibt (c- und eine Zahl); bitte eine andere wählen</translation>
    </message>
    <message>
        <source>no customer has the external id %1</source>
        <translation>Kein Kunde hat die externe ID %1</translation>
    </message>
    <message>
        <source>line %1: %2; the file was not imported, nothing was changed</source>
        <translation>Zeile %1: %2; die Datei wurde nicht importiert, es wurde nichts geändert</translation>
    </message>
    <message>
        <source>the key vault pins no admin&apos;s signing key: nothing is signed until an admin pins theirs (an admin unlocking the vault in the console, or exctl --operator ADMIN vault pin)</source>
        <translation>Der Schlüsseltresor hinterlegt keinen Signaturschlüssel eines Admins: Es wird nichts signiert, bis ein Admin seinen hinterlegt (indem er den Tresor in der Konsole entsperrt, oder mit exctl --operator ADMIN vault pin)</translation>
    </message>
    <message>
        <source>no admin has signed %1&apos;s settings: its payouts are not signed until an admin saves them on the Settings screen (or with exctl asset set), which signs them</source>
        <translation>Kein Administrator hat die Einstellungen von %1 signiert: Seine Auszahlungen werden nicht signiert, bis ein Administrator sie im Bildschirm „Einstellungen“ (oder mit exctl asset set) speichert und damit signiert</translation>
    </message>
    <message>
        <source>unknown scope &apos;%1&apos;: the scopes are read, customers and withdrawals</source>
        <translation>unbekannter Scope „%1“: die Scopes sind read, customers und withdrawals</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a service client name: 1 to 64 letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;</source>
        <translation>„%1“ ist kein Name für einen Dienst-Client: 1 bis 64 Buchstaben, Ziffern, „.“, „_“ oder „-“</translation>
    </message>
    <message>
        <source>a service client&apos;s public key is an Ed25519 key of 32 bytes, as 64 hex digits or in base64</source>
        <translation>Der öffentliche Schlüssel eines Dienst-Clients ist ein Ed25519-Schlüssel mit 32 Bytes, als 64 Hex-Ziffern oder in Base64</translation>
    </message>
    <message>
        <source>a service client named %1 exists already</source>
        <translation>Ein Dienst-Client namens %1 existiert bereits</translation>
    </message>
    <message>
        <source>another service client has this public key: each client has a key of its own</source>
        <translation>Ein anderer Dienst-Client hat diesen öffentlichen Schlüssel: Jeder Client braucht einen eigenen</translation>
    </message>
    <message>
        <source>no service client is named %1</source>
        <translation>Es gibt keinen Dienst-Client namens %1</translation>
    </message>
    <message>
        <source>service client %1 is disabled already</source>
        <translation>Der Dienst-Client %1 ist bereits deaktiviert</translation>
    </message>
    <message>
        <source>customer %1 is closed: no deposit address is issued to them</source>
        <translation>Kunde %1 ist geschlossen: ihm wird keine Einzahlungsadresse mehr zugeteilt</translation>
    </message>
    <message>
        <source>no Ethereum deposit key is set up yet: an admin unlocks the key vault once (with its seed imported) and Ethereum addresses are issued from then on</source>
        <translation>Es ist noch kein Ethereum-Einzahlungsschlüssel eingerichtet: Ein Admin entsperrt den Schlüsseltresor einmal (mit importiertem Seed), danach werden Ethereum-Adressen zugeteilt</translation>
    </message>
    <message>
        <source>the Algorand deposit address pool is empty: an admin unlocks the key vault to refill it</source>
        <translation>Der Vorrat an Algorand-Einzahlungsadressen ist leer: Ein Admin entsperrt den Schlüsseltresor, um ihn aufzufüllen</translation>
    </message>
    <message>
        <source>the stored Ethereum deposit xpub is not the vault seed&apos;s: no Ethereum deposit address is issued until this is investigated</source>
        <translation>Der gespeicherte Ethereum-Einzahlungs-xpub stammt nicht vom Seed des Tresors: Bis das geklärt ist, werden keine Ethereum-Einzahlungsadressen zugeteilt</translation>
    </message>
    <message>
        <source>the Algorand deposit address pool is low: %1 of %2 left; an admin unlocks the key vault to refill it</source>
        <translation>Der Vorrat an Algorand-Einzahlungsadressen geht zur Neige: noch %1 von %2; ein Admin entsperrt den Schlüsseltresor, um ihn aufzufüllen</translation>
    </message>
    <message>
        <source>%1 is not a valid %2 address: %3</source>
        <translation>%1 ist keine gültige %2-Adresse: %3</translation>
    </message>
    <message>
        <source>%1 is the exchange&apos;s own %2 wallet, never a customer&apos;s address</source>
        <translation>%1 ist eine eigene %2-Wallet der Börse, niemals eine Kundenadresse</translation>
    </message>
    <message>
        <source>%1 is another customer&apos;s deposit address</source>
        <translation>%1 ist die Einzahlungsadresse eines anderen Kunden</translation>
    </message>
    <message>
        <source>customer %1 has %2 on their address list already</source>
        <translation>Kunde %1 hat %2 bereits in seiner Adressliste</translation>
    </message>
    <message>
        <source>customer %1 has no address %2 on their address list</source>
        <translation>Kunde %1 hat die Adresse %2 nicht in seiner Adressliste</translation>
    </message>
    <message>
        <source>an address label has at most %1 characters</source>
        <translation>eine Adressbezeichnung hat höchstens %1 Zeichen</translation>
    </message>
    <message>
        <source>new destination: the address is not on the customer&apos;s address list</source>
        <translation>neues Ziel: die Adresse steht nicht in der Adressliste des Kunden</translation>
    </message>
    <message>
        <source>the API client %1 may not %2</source>
        <extracomment>%1 a back-office API client&apos;s name, %2 the technical name of an action</extracomment>
        <translation>Der API-Client %1 darf %2 nicht</translation>
    </message>
    <message>
        <source>customer %1&apos;s deposit address here is not one the recorded xpub derives: an operator decides</source>
        <extracomment>%1 a customer&apos;s number</extracomment>
        <translation>Die Einzahlungsadresse von Kunde %1 hier ist keine, die der hinterlegte xpub ableitet: Ein Operator entscheidet</translation>
    </message>
    <message>
        <source>%1 has no hot wallet or no asset configured: no deposit instructions can be given on it (exctl wallet add --tier hot)</source>
        <translation>Für %1 ist kein Hot Wallet oder kein Asset eingerichtet: dort können keine Einzahlungsanweisungen erteilt werden (exctl wallet add --tier hot)</translation>
    </message>
    <message>
        <source>webhooks</source>
        <translation>Webhooks</translation>
    </message>
    <message>
        <source>delivering events as they come</source>
        <translation>stellt Ereignisse zu, sobald sie eintreten</translation>
    </message>
    <message>
        <source>deliveries wait: the key vault, which keeps the webhook signing key, is locked</source>
        <translation>Zustellungen warten: der Schlüsseltresor, der den Signaturschlüssel der Webhooks verwahrt, ist gesperrt</translation>
    </message>
    <message>
        <source>deliveries wait: no webhook signing key yet; it is made when the key vault is unlocked here</source>
        <translation>Zustellungen warten: noch kein Signaturschlüssel für Webhooks; er wird erzeugt, sobald der Schlüsseltresor hier entsperrt wird</translation>
    </message>
    <message>
        <source>deliveries stopped: %1</source>
        <translation>Zustellungen angehalten: %1</translation>
    </message>
    <message>
        <source>paid to the muxed address with id %1 but with the memo %2: they name different customers; an operator decides</source>
        <extracomment>%1 and %2: numbers naming customers (a Stellar muxed address&apos;s id, a memo)</extracomment>
        <translation>an die Muxed-Adresse mit der ID %1 gezahlt, aber mit dem Memo %2: Sie nennen verschiedene Kunden; ein Operator entscheidet</translation>
    </message>
    <message>
        <source>paid to the muxed address with id %1</source>
        <extracomment>%1: the number a Stellar muxed (M…) address carries</extracomment>
        <translation>an die Muxed-Adresse mit der ID %1 gezahlt</translation>
    </message>
    <message>
        <source>deliveries failing: %1 being retried, %2 failed; the oldest event from %3 (the Webhooks screen; exctl webhook deliveries --failed)</source>
        <translation>Zustellungen scheitern: %1 werden erneut versucht, %2 endgültig gescheitert; das älteste Ereignis vom %3 (Bildschirm „Webhooks“; exctl webhook deliveries --failed)</translation>
    </message>
    <message>
        <source>the payment moves %1, which is not the token of the asset %2: nothing was recorded</source>
        <extracomment>%1: a token (&quot;erc20 0x…&quot;); %2: an asset code</extracomment>
        <translation>die Zahlung bewegt %1, nicht den Token des Vermögenswerts %2: nichts wurde erfasst</translation>
    </message>
    <message>
        <source>the %1 tokens in force changed while their payments were read: they are read again</source>
        <extracomment>%1: a chain (ethereum, stellar, algorand)</extracomment>
        <translation>die gültigen %1-Token haben sich geändert, während ihre Zahlungen gelesen wurden: sie werden erneut gelesen</translation>
    </message>
    <message>
        <source>hot wallet short: it holds %1 %2, this payout needs %3 after %4 already on its way; replenish hot from warm, then retry</source>
        <extracomment>%1: the amount hot holds; %2: the asset code; %3: the payout&apos;s amount; %4: the amount of payouts already on their way</extracomment>
        <translation>Hot-Wallet zu knapp: es hält %1 %2, diese Auszahlung braucht %3, nachdem %4 bereits unterwegs sind; Hot aus Warm auffüllen, dann erneut versuchen</translation>
    </message>
    <message>
        <source>hot holds the %1 but not the network fee: it holds %2 %3, this payout&apos;s fee may be up to %4 after %5 already committed; send %6 to hot, then retry</source>
        <extracomment>%1: a token&apos;s asset code; %2: the coin hot holds; %3: the chain&apos;s coin code (ETH); %4: the most this payout&apos;s fee can be; %5: fees already committed; %6: the coin code again</extracomment>
        <translation>Hot hält %1, aber nicht die Netzwerkgebühr: es hält %2 %3, die Gebühr dieser Auszahlung kann bis zu %4 betragen, nachdem %5 bereits gebunden sind; %6 an Hot senden, dann erneut versuchen</translation>
    </message>
    <message>
        <source>%1 token payouts wait: %2</source>
        <extracomment>%1: a chain (ethereum, stellar, algorand); %2: the reason</extracomment>
        <translation>Token-Auszahlungen auf %1 warten: %2</translation>
    </message>
    <message>
        <source>the key vault is locked: the signed identities of the %1 tokens (%2) cannot be checked, so their deposits and payouts wait (unlock the vault)</source>
        <extracomment>%1: a chain (ethereum, stellar, algorand); %2: asset codes (&quot;USDC, USDT&quot;)</extracomment>
        <translation>Der Schlüsseltresor ist gesperrt: die signierten Identitäten der %1-Token (%2) können nicht geprüft werden, daher warten ihre Einzahlungen und Auszahlungen (Tresor entsperren)</translation>
    </message>
    <message>
        <source>no admin key is pinned in the key vault: the identities of the %1 tokens (%2) cannot be checked, so their deposits and payouts wait</source>
        <extracomment>%1: a chain (ethereum, stellar, algorand); %2: asset codes (&quot;USDC, USDT&quot;)</extracomment>
        <translation>Im Schlüsseltresor ist kein Admin-Schlüssel festgelegt: die Identitäten der %1-Token (%2) können nicht geprüft werden, daher warten ihre Einzahlungen und Auszahlungen</translation>
    </message>
    <message>
        <source>the asset %1 is not the token an admin signed, so deposits and payouts of its chain&apos;s tokens wait for an admin: %2</source>
        <extracomment>%1: an asset code; %2: the reason</extracomment>
        <translation>Das Asset %1 ist nicht der Token, den ein Admin signiert hat, daher warten Einzahlungen und Auszahlungen der Token seiner Chain auf einen Admin: %2</translation>
    </message>
    <message>
        <source>unknown buy_currency (use Ethereum, Algorand, Stellar or a listed token&apos;s asset code)</source>
        <translation>unbekannte buy_currency (Ethereum, Algorand, Stellar oder den Asset-Code eines gelisteten Tokens verwenden)</translation>
    </message>
    <message>
        <source>unknown sell_currency (use Ethereum, Algorand, Stellar or a listed token&apos;s asset code)</source>
        <translation>unbekannte sell_currency (Ethereum, Algorand, Stellar oder den Asset-Code eines gelisteten Tokens verwenden)</translation>
    </message>
    <message>
        <source>the funding transaction moved %1, not the sell_currency</source>
        <extracomment>%1 what it moved instead (a token, the chain&apos;s coin)</extracomment>
        <translation>die finanzierende Transaktion bewegte %1, nicht die sell_currency</translation>
    </message>
    <message>
        <source>%1 names no coin, and the exchange&apos;s tokens cannot be checked now; try again later</source>
        <extracomment>%1 the payload field (buy_currency or sell_currency)</extracomment>
        <translation>%1 nennt keine Coin, und die Tokens der Börse können gerade nicht geprüft werden; später erneut versuchen</translation>
    </message>
    <message>
        <source>the fee wallet&apos;s address in the database, %1, is not the one the vault&apos;s fee key derives on %2 (%3); nothing signed</source>
        <translation>die Adresse der Gebühren-Wallet in der Datenbank, %1, ist nicht die, die der Gebührenschlüssel des Tresors auf %2 ableitet (%3); nichts signiert</translation>
    </message>
    <message>
        <source>%1 has no fee wallet: its deposits need no coin to be collected</source>
        <extracomment>%1 a chain&apos;s name (stellar)</extracomment>
        <translation>%1 hat keine Gebühren-Wallet: Ihre Einzahlungen brauchen keine Coins, um eingesammelt zu werden</translation>
    </message>
    <message>
        <source>the fee wallet&apos;s max balance and low-balance alert cannot be negative</source>
        <translation>Höchstbestand und Warnschwelle der Gebühren-Wallet dürfen nicht negativ sein</translation>
    </message>
    <message>
        <source>the fee wallet&apos;s low-balance alert cannot be above its max balance</source>
        <translation>die Warnschwelle der Gebühren-Wallet darf nicht über ihrem Höchstbestand liegen</translation>
    </message>
    <message>
        <source>%1 is this customer&apos;s own deposit address: a withdrawal to it would only come back</source>
        <translation>%1 ist die eigene Einzahlungsadresse dieses Kunden: eine Auszahlung dorthin käme nur zurück</translation>
    </message>
    <message>
        <source>%1 is the exchange&apos;s own %2 wallet: a withdrawal to it would land unattributed; give a customer&apos;s address</source>
        <translation>%1 ist das eigene %2-Wallet der Börse: eine Auszahlung dorthin käme ohne Zuordnung an; geben Sie die Adresse eines Kunden an</translation>
    </message>
    <message>
        <source>%1 is the exchange&apos;s Stellar deposit account: give the receiving customer&apos;s M-address, which names them, or the money lands unattributed</source>
        <translation>%1 ist das Stellar-Einzahlungskonto der Börse: geben Sie die M-Adresse des empfangenden Kunden an, die ihn benennt, sonst kommt das Geld ohne Zuordnung an</translation>
    </message>
    <message>
        <source>%1 names the id %2, which is no customer of this exchange: the money would land unattributed</source>
        <translation>%1 nennt die ID %2, die zu keinem Kunden dieser Börse gehört: das Geld käme ohne Zuordnung an</translation>
    </message>
    <message>
        <source>%1 is an exchange deposit address issued to no customer: the money would land unattributed</source>
        <translation>%1 ist eine Einzahlungsadresse der Börse, die keinem Kunden ausgegeben wurde: das Geld käme ohne Zuordnung an</translation>
    </message>
    <message>
        <source>the signer does not find %1 among the deposit addresses it trusts: %2; nothing settled</source>
        <translation>der Signierer findet %1 nicht unter den Einzahlungsadressen, denen er vertraut: %2; nichts verrechnet</translation>
    </message>
    <message>
        <source>%1 belongs to customer %2 as the signer reads it, not to customer %3 as the withdrawal says; nothing settled</source>
        <translation>%1 gehört laut Signierer Kunde %2, nicht Kunde %3, wie die Auszahlung angibt; nichts verrechnet</translation>
    </message>
    <message>
        <source>internal transfer to customer %1: settled in the ledger, nothing sent on chain</source>
        <translation>interne Übertragung an Kunde %1: im Hauptbuch verrechnet, nichts auf der Chain gesendet</translation>
    </message>
</context>
<context>
    <name>CustomerActions</name>
    <message>
        <source>Customer “%1” was not changed: %2</source>
        <translation>Kunde „%1“ wurde nicht geändert: %2</translation>
    </message>
    <message>
        <source>Customer “%1” (%2) added; their Stellar memo is %3.</source>
        <translation>Kunde „%1“ (%2) angelegt; sein Stellar-Memo ist %3.</translation>
    </message>
    <message>
        <source>Customer “%1” updated.</source>
        <translation>Kunde „%1“ geändert.</translation>
    </message>
    <message>
        <source>Customer “%1” frozen: no withdrawal leaves until they are unfrozen.</source>
        <translation>Kunde „%1“ gesperrt: Bis zur Entsperrung geht keine Auszahlung hinaus.</translation>
    </message>
    <message>
        <source>Customer “%1” unfrozen: their withdrawals are requested and paid again.</source>
        <translation>Kunde „%1“ entsperrt: Seine Auszahlungen werden wieder angenommen und ausgezahlt.</translation>
    </message>
    <message>
        <source>Customer “%1” closed.</source>
        <translation>Kunde „%1“ geschlossen.</translation>
    </message>
    <message>
        <source>Change customer “%1”</source>
        <translation>Kunde „%1“ ändern</translation>
    </message>
</context>
<context>
    <name>CustomerAddressesModel</name>
    <message>
        <source>%1 is on the customer&apos;s address list.</source>
        <translation>%1 steht jetzt in der Adressliste des Kunden.</translation>
    </message>
    <message>
        <source>%1 was removed from the customer&apos;s address list.</source>
        <translation>%1 wurde aus der Adressliste des Kunden entfernt.</translation>
    </message>
    <message>
        <source>Chain</source>
        <translation>Chain</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Bezeichnung</translation>
    </message>
    <message>
        <source>Added by</source>
        <translation>Hinzugefügt von</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Hinzugefügt</translation>
    </message>
</context>
<context>
    <name>CustomerAddressesView</name>
    <message>
        <source>&amp;Add address…</source>
        <translation>Adresse &amp;hinzufügen…</translation>
    </message>
    <message>
        <source>&amp;Remove address…</source>
        <translation>Adresse &amp;entfernen…</translation>
    </message>
    <message>
        <source>The customer&apos;s address on that chain</source>
        <translation>Die Adresse des Kunden auf dieser Chain</translation>
    </message>
    <message>
        <source>Label (optional)</source>
        <translation>Bezeichnung (optional)</translation>
    </message>
    <message>
        <source>Chain:</source>
        <translation>Chain:</translation>
    </message>
    <message>
        <source>Address:</source>
        <translation>Adresse:</translation>
    </message>
    <message>
        <source>Label:</source>
        <translation>Bezeichnung:</translation>
    </message>
    <message>
        <source>Addresses of their own (a withdrawal elsewhere is a new destination)</source>
        <translation>Eigene Adressen (eine Auszahlung an eine andere Adresse ist ein neues Ziel)</translation>
    </message>
    <message>
        <source>Signing keys for withdrawal requests through the API:</source>
        <translation>Signaturschlüssel für Auszahlungsanfragen über die API:</translation>
    </message>
    <message>
        <source>Nothing was changed: %1</source>
        <extracomment>%1 why the core refused</extracomment>
        <translation>Nichts wurde geändert: %1</translation>
    </message>
    <message>
        <source>None: the API refuses this customer&apos;s withdrawal requests.</source>
        <translation>Keine: die API lehnt Auszahlungsanfragen dieses Kunden ab.</translation>
    </message>
    <message>
        <source>%1 of %2 must sign:
%3</source>
        <extracomment>%1 how many keys must sign, %2 how many there are, %3 the keys, one per line</extracomment>
        <translation>%1 von %2 müssen signieren:
%3</translation>
    </message>
    <message>
        <source>Add %3 on %2 to the address list of %1? Their withdrawals to it will no longer be flagged as a new destination.</source>
        <extracomment>%1 the customer&apos;s external id, %2 a chain, %3 an address, %4 its label</extracomment>
        <translation>%3 auf %2 zur Adressliste von %1 hinzufügen? Auszahlungen dorthin werden dann nicht mehr als neues Ziel markiert.</translation>
    </message>
    <message>
        <source>Add %3 (%4) on %2 to the address list of %1? Their withdrawals to it will no longer be flagged as a new destination.</source>
        <translation>%3 (%4) auf %2 zur Adressliste von %1 hinzufügen? Auszahlungen dorthin werden dann nicht mehr als neues Ziel markiert.</translation>
    </message>
    <message>
        <source>Add an address</source>
        <translation>Adresse hinzufügen</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <source>Remove %3 on %2 from the address list of %1? Their next withdrawals to it will be flagged as a new destination; earlier ones keep what they were.</source>
        <extracomment>%1 the customer&apos;s external id, %2 a chain, %3 an address</extracomment>
        <translation>%3 auf %2 aus der Adressliste von %1 entfernen? Künftige Auszahlungen dorthin werden als neues Ziel markiert; frühere bleiben, wie sie waren.</translation>
    </message>
    <message>
        <source>Remove an address</source>
        <translation>Adresse entfernen</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
</context>
<context>
    <name>CustomerDetailsSource</name>
    <message>
        <source>Open</source>
        <translation>Offen</translation>
    </message>
    <message>
        <source>Filled</source>
        <translation>Ausgeführt</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Storniert</translation>
    </message>
    <message>
        <source>Asset</source>
        <translation>Asset</translation>
    </message>
    <message>
        <source>Available</source>
        <translation>Verfügbar</translation>
    </message>
    <message>
        <source>Held</source>
        <translation>Reserviert</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Gesamt</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>Nr.</translation>
    </message>
    <message>
        <source>Seen</source>
        <translation>Gesehen</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Betrag</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Transaction</source>
        <translation>Transaktion</translation>
    </message>
    <message>
        <source>Requested</source>
        <translation>Beantragt</translation>
    </message>
    <message>
        <source>Destination</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <source>Placed</source>
        <translation>Erteilt</translation>
    </message>
    <message>
        <source>Sells</source>
        <translation>Verkauft</translation>
    </message>
    <message>
        <source>Buys</source>
        <translation>Kauft</translation>
    </message>
    <message>
        <source>The customer&apos;s details could not be read: %1</source>
        <translation>Die Angaben zum Kunden konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>%1 (%2 held)</source>
        <extracomment>what a customer has of one asset, and of it held: &quot;5.00 XLM (2.00 held)&quot;</extracomment>
        <translation>%1 (davon %2 reserviert)</translation>
    </message>
    <message>
        <source>Internal transfer</source>
        <translation>Interne Übertragung</translation>
    </message>
    <message>
        <source>from customer #%1, withdrawal #%2</source>
        <translation>von Kunde #%1, Auszahlung #%2</translation>
    </message>
</context>
<context>
    <name>CustomerEditDialog</name>
    <message>
        <source>Add a customer</source>
        <translation>Kunden anlegen</translation>
    </message>
    <message>
        <source>Edit customer %1</source>
        <translation>Kunde %1 bearbeiten</translation>
    </message>
    <message>
        <source>The exchange&apos;s own id for them, e.g. u-10432</source>
        <translation>Die eigene Kennung der Börse, z. B. u-10432</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Vollständiger Name</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>Optional</translation>
    </message>
    <message>
        <source>Customer &amp;id:</source>
        <translation>Kunden&amp;kennung:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation>&amp;E-Mail:</translation>
    </message>
    <message>
        <source>Add the customer</source>
        <translation>Kunden anlegen</translation>
    </message>
    <message>
        <source>Save the changes</source>
        <translation>Änderungen speichern</translation>
    </message>
    <message>
        <source>A customer needs the exchange&apos;s id for them and a name.</source>
        <translation>Ein Kunde braucht die Kennung der Börse und einen Namen.</translation>
    </message>
    <message>
        <source>Adds customer “%1”, %2, without an email address. The addition is recorded in the audit log.</source>
        <translation>Legt Kunde „%1“ an, %2, ohne E-Mail-Adresse. Das wird im Prüfprotokoll festgehalten.</translation>
    </message>
    <message>
        <source>Adds customer “%1”, %2, %3. The addition is recorded in the audit log.</source>
        <translation>Legt Kunde „%1“ an, %2, %3. Das wird im Prüfprotokoll festgehalten.</translation>
    </message>
    <message>
        <source>name “%1” becomes “%2”</source>
        <translation>Name „%1“ wird zu „%2“</translation>
    </message>
    <message>
        <source>email %1 is removed</source>
        <translation>E-Mail %1 wird entfernt</translation>
    </message>
    <message>
        <source>email %1 is added</source>
        <translation>E-Mail %1 wird hinzugefügt</translation>
    </message>
    <message>
        <source>email %1 becomes %2</source>
        <translation>E-Mail %1 wird zu %2</translation>
    </message>
    <message>
        <source>A customer needs a name.</source>
        <translation>Ein Kunde braucht einen Namen.</translation>
    </message>
    <message>
        <source>Nothing changed yet.</source>
        <translation>Noch nichts geändert.</translation>
    </message>
    <message>
        <source>For “%1”: %2. The change is recorded in the audit log.</source>
        <extracomment>%1: the changes, e.g. name “Ada” becomes “Ada King”; email a@b is added</extracomment>
        <translation>Für „%1“: %2. Die Änderung wird im Prüfprotokoll festgehalten.</translation>
    </message>
</context>
<context>
    <name>CustomerListModel</name>
    <message>
        <source>%1 (#%2)</source>
        <extracomment>a customer in a picker: name and id</extracomment>
        <translation>%1 (#%2)</translation>
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
        <translation>Suche: Nr., Kundenkennung, Name oder E-Mail</translation>
    </message>
    <message>
        <source>Search customers</source>
        <translation>Kunden suchen</translation>
    </message>
    <message>
        <source>Choose the customer…</source>
        <translation>Kunden wählen…</translation>
    </message>
    <message>
        <source>Customers found</source>
        <translation>Gefundene Kunden</translation>
    </message>
    <message>
        <source>More match: type more to narrow the list.</source>
        <translation>Weitere Treffer: Mehr eingeben, um die Liste einzugrenzen.</translation>
    </message>
</context>
<context>
    <name>CustomersModel</name>
    <message>
        <source>The customers could not be read: %1</source>
        <translation>Die Kunden konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Frozen</source>
        <translation>Gesperrt</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Geschlossen</translation>
    </message>
    <message>
        <source>%1 available, %2 held, %3 in total</source>
        <extracomment>a customer&apos;s balance of one asset: available, held and total</extracomment>
        <translation>%1 verfügbar, %2 reserviert, %3 gesamt</translation>
    </message>
    <message>
        <source>Internal id and Stellar memo: %1</source>
        <extracomment>a customer&apos;s internal id, also their Stellar memo, and their email</extracomment>
        <translation>Interne Nr. und Stellar-Memo: %1</translation>
    </message>
    <message>
        <source>Internal id and Stellar memo: %1
Email: %2</source>
        <translation>Interne Nr. und Stellar-Memo: %1
E-Mail: %2</translation>
    </message>
    <message>
        <source>Available: what the customer may withdraw or trade now</source>
        <translation>Verfügbar: was der Kunde jetzt auszahlen lassen oder handeln kann</translation>
    </message>
    <message>
        <source>Customer id</source>
        <translation>Kundenkennung</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Last activity</source>
        <translation>Letzte Aktivität</translation>
    </message>
</context>
<context>
    <name>CustomersPage</name>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Anlegen…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Bearbeiten…</translation>
    </message>
    <message>
        <source>Free&amp;ze…</source>
        <translation>&amp;Sperren…</translation>
    </message>
    <message>
        <source>&amp;Unfreeze…</source>
        <translation>&amp;Entsperren…</translation>
    </message>
    <message>
        <source>C&amp;lose…</source>
        <translation>Sch&amp;ließen…</translation>
    </message>
    <message>
        <source>The exchange&apos;s customers, from the store a page at a time. A frozen customer&apos;s deposits are still credited but no withdrawal leaves; a customer is closed only with nothing on any account and nothing held.</source>
        <translation>Die Kunden der Börse, seitenweise aus dem Speicher gelesen. Einem gesperrten Kunden werden Einzahlungen weiter gutgeschrieben, aber keine Auszahlung geht hinaus; geschlossen wird ein Kunde nur ohne Guthaben und ohne Reservierung.</translation>
    </message>
    <message>
        <source>Filter by customer id, name, email, deposit address or memo (Ctrl+F)</source>
        <translation>Nach Kundenkennung, Name, E-Mail, Einzahlungsadresse oder Memo filtern (Strg+F)</translation>
    </message>
    <message>
        <source>Find: type to filter the customers</source>
        <translation>Suchen: tippen, um die Kunden zu filtern</translation>
    </message>
    <message>
        <source>Add a customer (Ctrl+Shift+N)</source>
        <translation>Kunden anlegen (Strg+Umschalt+N)</translation>
    </message>
    <message>
        <source>Change the selected customer&apos;s name or email (Ctrl+Shift+E)</source>
        <translation>Name oder E-Mail des gewählten Kunden ändern (Strg+Umschalt+E)</translation>
    </message>
    <message>
        <source>Stop the selected customer&apos;s withdrawals; deposits are still credited (Ctrl+Shift+F)</source>
        <translation>Auszahlungen des gewählten Kunden anhalten; Einzahlungen werden weiter gutgeschrieben (Strg+Umschalt+F)</translation>
    </message>
    <message>
        <source>Let the selected customer&apos;s withdrawals go again (Ctrl+Shift+U)</source>
        <translation>Auszahlungen des gewählten Kunden wieder zulassen (Strg+Umschalt+U)</translation>
    </message>
    <message>
        <source>Close the selected customer&apos;s account for good; only with zero balances (Ctrl+Shift+W)</source>
        <translation>Den gewählten Kunden endgültig schließen; nur ohne Guthaben (Strg+Umschalt+W)</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Kunden</translation>
    </message>
    <message>
        <source>Customers shown: %1; more as you scroll.</source>
        <translation>Angezeigte Kunden: %1; weitere beim Blättern.</translation>
    </message>
    <message>
        <source>Customers shown: %1.</source>
        <translation>Angezeigte Kunden: %1.</translation>
    </message>
    <message>
        <source>Double-click a row to open its screen</source>
        <translation>Doppelklick auf eine Zeile öffnet ihre Ansicht</translation>
    </message>
    <message>
        <source>&amp;Balances</source>
        <translation>&amp;Guthaben</translation>
    </message>
    <message>
        <source>&amp;Deposits</source>
        <translation>E&amp;inzahlungen</translation>
    </message>
    <message>
        <source>&amp;Withdrawals</source>
        <translation>Aus&amp;zahlungen</translation>
    </message>
    <message>
        <source>&amp;Orders</source>
        <translation>&amp;Orders</translation>
    </message>
    <message>
        <source>Deposit &amp;instructions</source>
        <translation>Einzahlungsan&amp;weisungen</translation>
    </message>
    <message>
        <source>Add&amp;resses</source>
        <translation>Adresse&amp;n</translation>
    </message>
    <message>
        <source>%1 — %2, %3, Stellar memo %4</source>
        <extracomment>the customer shown in the pane: name, external id, state, memo (internal id)</extracomment>
        <translation>%1 — %2, %3, Stellar-Memo %4</translation>
    </message>
    <message>
        <source>Choose a customer to see their balances and history.</source>
        <translation>Einen Kunden wählen, um Guthaben und Verlauf zu sehen.</translation>
    </message>
    <message>
        <source>“%1” (%2)</source>
        <translation>„%1“ (%2)</translation>
    </message>
    <message>
        <source>Freeze customer %1</source>
        <translation>Kunde %1 sperren</translation>
    </message>
    <message>
        <source>Freeze %1? Their withdrawal requests are refused, those under review cannot be approved and their queued payouts wait until they are unfrozen. Deposits are still credited to them. The change is recorded in the audit log.</source>
        <translation>%1 sperren? Neue Auszahlungsanträge werden abgelehnt, Auszahlungen in Prüfung können nicht freigegeben werden und wartende Auszahlungen bleiben bis zur Entsperrung stehen. Einzahlungen werden weiter gutgeschrieben. Die Änderung wird im Prüfprotokoll festgehalten.</translation>
    </message>
    <message>
        <source>Freeze</source>
        <translation>Sperren</translation>
    </message>
    <message>
        <source>Unfreeze customer %1</source>
        <translation>Kunde %1 entsperren</translation>
    </message>
    <message>
        <source>Unfreeze %1? Their withdrawals can be requested again, and their waiting payouts resume. The change is recorded in the audit log.</source>
        <translation>%1 entsperren? Auszahlungen können wieder beantragt werden, und wartende Auszahlungen laufen weiter. Die Änderung wird im Prüfprotokoll festgehalten.</translation>
    </message>
    <message>
        <source>Unfreeze</source>
        <translation>Entsperren</translation>
    </message>
    <message>
        <source>Close customer %1</source>
        <translation>Kunde %1 schließen</translation>
    </message>
    <message>
        <source>Close %1 for good? A closed customer cannot be reopened. The store refuses it while any of their accounts has a balance or a hold. The change is recorded in the audit log.</source>
        <translation>%1 endgültig schließen? Ein geschlossener Kunde kann nicht wieder geöffnet werden. Solange ein Konto ein Guthaben oder eine Reservierung hat, wird das abgelehnt. Die Änderung wird im Prüfprotokoll festgehalten.</translation>
    </message>
    <message>
        <source>Close the customer</source>
        <translation>Kunden schließen</translation>
    </message>
    <message>
        <source>They still have %1: closing will be refused until that is paid out or moved.</source>
        <translation>Der Kunde hat noch %1: Das Schließen wird abgelehnt, bis das ausgezahlt oder umgebucht ist.</translation>
    </message>
</context>
<context>
    <name>DashboardScreen</name>
    <message numerus="yes">
        <source>%n min</source>
        <translation>
            <numerusform>%n min</numerusform>
            <numerusform>%n min</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message numerus="yes">
        <source>%n days</source>
        <translation>
            <numerusform>%n Tag</numerusform>
            <numerusform>%n Tage</numerusform>
        </translation>
    </message>
    <message>
        <source>Needs you now</source>
        <translation>Jetzt zu erledigen</translation>
    </message>
    <message>
        <source>Deposit watchers: starting…</source>
        <translation>Einzahlungs-Watcher: werden gestartet…</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Übersicht</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Aktualisieren</translation>
    </message>
    <message>
        <source>Read everything again and verify the audit chain (F5)</source>
        <translation>Alles neu lesen und die Prüfkette verifizieren (F5)</translation>
    </message>
    <message>
        <source>Hot, warm and cold per asset (ledger; chain as last read)</source>
        <translation>Hot, Warm und Cold je Asset (Hauptbuch; Chain wie zuletzt gelesen)</translation>
    </message>
    <message>
        <source>Asset</source>
        <translation>Asset</translation>
    </message>
    <message>
        <source>Hot</source>
        <translation>Hot</translation>
    </message>
    <message>
        <source>Warm</source>
        <translation>Warm</translation>
    </message>
    <message>
        <source>Cold</source>
        <translation>Cold</translation>
    </message>
    <message>
        <source>Hot covers the queue</source>
        <translation>Hot deckt Warteschlange</translation>
    </message>
    <message>
        <source>Recent activity (audit log)</source>
        <translation>Letzte Aktivitäten (Prüfprotokoll)</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Wer</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Was</translation>
    </message>
    <message>
        <source>On</source>
        <translation>Objekt</translation>
    </message>
    <message>
        <source>Deposit watchers:</source>
        <translation>Einzahlungs-Watcher:</translation>
    </message>
    <message>
        <source>Open the screen that resolves this</source>
        <translation>Den Bildschirm öffnen, auf dem sich dies beheben lässt</translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation>Wird gelesen…</translation>
    </message>
    <message>
        <source>Withdrawals waiting for review: %1; the oldest has waited %2.</source>
        <translation>Auszahlungen in der Prüfung: %1; die älteste wartet seit %2.</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Prüfen</translation>
    </message>
    <message>
        <source>Withdrawals in error or failed: %1. Retry, cancel or pay them manually.</source>
        <translation>Fehlerhafte oder fehlgeschlagene Auszahlungen: %1. Erneut versuchen, stornieren oder manuell auszahlen.</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Öffnen</translation>
    </message>
    <message>
        <source>Manual payouts waiting for their TxId: %1.</source>
        <translation>Manuelle Auszahlungen, die auf ihre TxId warten: %1.</translation>
    </message>
    <message>
        <source>Upload TxId</source>
        <translation>TxId hochladen</translation>
    </message>
    <message>
        <source>Deposits not attributed to a customer: %1.</source>
        <translation>Keinem Kunden zugeordnete Einzahlungen: %1.</translation>
    </message>
    <message>
        <source>Assign</source>
        <translation>Zuordnen</translation>
    </message>
    <message>
        <source>Hot %1 is short by %2 %1 for the payouts queued on it (%3). Replenish it from warm.</source>
        <translation>Der Hot-Wallet für %1 fehlen %2 %1 für die dort anstehenden Auszahlungen (%3). Füllen Sie sie aus der Warm-Wallet auf.</translation>
    </message>
    <message>
        <source>Wallets</source>
        <translation>Wallets</translation>
    </message>
    <message>
        <source>The books have never been checked on this database.</source>
        <translation>Das Hauptbuch wurde in dieser Datenbank noch nie geprüft.</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Prüfen</translation>
    </message>
    <message>
        <source>The last ledger check (%1) found discrepancies: %2.</source>
        <translation>Die letzte Hauptbuchprüfung (%1) hat Abweichungen gefunden: %2.</translation>
    </message>
    <message>
        <source>Ledger</source>
        <translation>Hauptbuch</translation>
    </message>
    <message>
        <source>The audit chain is broken at record %1: %2</source>
        <translation>Die Prüfkette ist bei Eintrag %1 unterbrochen: %2</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>Prüfprotokoll</translation>
    </message>
    <message>
        <source>Audit chain BROKEN.</source>
        <translation>Prüfkette UNTERBROCHEN.</translation>
    </message>
    <message>
        <source>Books checked %1: clean.</source>
        <translation>Hauptbuch geprüft %1: fehlerfrei.</translation>
    </message>
    <message>
        <source>Books checked %1: NOT clean.</source>
        <translation>Hauptbuch geprüft %1: NICHT fehlerfrei.</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source> (chain %1)</source>
        <translation> (Chain %1)</translation>
    </message>
    <message>
        <source>No: replenish from warm</source>
        <translation>Nein: aus Warm auffüllen</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>Payouts on %1</source>
        <translation>Auszahlungen auf %1</translation>
    </message>
    <message>
        <source>Deposit watcher %1</source>
        <translation>Einzahlungs-Watcher %1</translation>
    </message>
    <message>
        <source>Chain balance reader</source>
        <translation>Abfrage der Chain-Guthaben</translation>
    </message>
    <message>
        <source>%1: down since %2. %3</source>
        <translation>%1: ausgefallen seit %2. %3</translation>
    </message>
    <message>
        <source>Chain settings</source>
        <translation>Chain-Einstellungen</translation>
    </message>
    <message>
        <source>Nothing needs you now: no withdrawal waits for review, nothing is in error, every deposit is attributed, every hot wallet covers its queue and no watcher is down.</source>
        <translation>Gerade ist nichts zu tun: Keine Auszahlung wartet auf Prüfung, nichts ist fehlerhaft, jede Einzahlung ist zugeordnet, jede Hot-Wallet deckt ihre Warteschlange und kein Watcher ist ausgefallen.</translation>
    </message>
    <message>
        <source>Hot %1 holds %2 %1, above its max balance of %3 %1. Collect the surplus (%4 %1) to warm.</source>
        <extracomment>%1 asset code, %2 hot&apos;s balance, %3 its max balance, %4 the surplus</extracomment>
        <translation>Hot %1 hält %2 %1, mehr als sein Höchstbestand von %3 %1. Den Überschuss (%4 %1) nach Warm einsammeln.</translation>
    </message>
    <message>
        <source>This is a demo database: its keys are published, so anyone can spend from its addresses. Never use it for real money.</source>
        <translation>Dies ist eine Demo-Datenbank: Ihre Schlüssel sind veröffentlicht, jeder kann von ihren Adressen ausgeben. Nie für echtes Geld verwenden.</translation>
    </message>
    <message numerus="yes">
        <source>The database file is damaged (%n problem(s)), first: %1. Stop working on it, restore it from a backup and run exctl ledger check.</source>
        <translation>
            <numerusform>Die Datenbankdatei ist beschädigt (%n Problem), zuerst: %1. Arbeiten Sie nicht weiter darauf, stellen Sie sie aus einer Sicherung wieder her und führen Sie exctl ledger check aus.</numerusform>
            <numerusform>Die Datenbankdatei ist beschädigt (%n Probleme), zuerst: %1. Arbeiten Sie nicht weiter darauf, stellen Sie sie aus einer Sicherung wieder her und führen Sie exctl ledger check aus.</numerusform>
        </translation>
    </message>
    <message>
        <source>The exchange&apos;s address %1 (%2) has a published key: anyone can spend from it. Replace it with the exchange&apos;s own.</source>
        <translation>Die Adresse %1 (%2) der Börse hat einen veröffentlichten Schlüssel: Jeder kann von ihr ausgeben. Ersetzen Sie sie durch eine eigene der Börse.</translation>
    </message>
    <message>
        <source>Audit chain intact, verified %1: %2 records.</source>
        <extracomment>%1 when it was verified, %2 how many records that covered</extracomment>
        <translation>Audit-Kette intakt, geprüft %1: %2 Einträge.</translation>
    </message>
    <message>
        <source>Withdrawals held because the payout signer could not verify them: %1. Each one&apos;s note and the audit log say which check failed; investigate, then an admin releases each hold.</source>
        <translation>Auszahlungen angehalten, weil der Auszahlungs-Signierer sie nicht bestätigen konnte: %1. Die Notiz jeder Auszahlung und das Audit-Protokoll nennen die fehlgeschlagene Prüfung; prüfen Sie das, dann gibt ein Admin jede Sperre frei.</translation>
    </message>
    <message numerus="yes">
        <source>Collections the signer refused because their destination is not one it can verify: %n deposit address(es) wait. A warm, cold or hot wallet address was changed without an admin&apos;s signature; the audit log says which check failed.</source>
        <translation>
            <numerusform>Vom Signierer abgelehnte Sammlungen, weil er ihr Ziel nicht prüfen kann: %n Einzahlungsadresse wartet. Eine Warm-, Cold- oder Hot-Wallet-Adresse wurde ohne Signatur eines Admins geändert; das Audit-Log nennt die fehlgeschlagene Prüfung.</numerusform>
            <numerusform>Vom Signierer abgelehnte Sammlungen, weil er ihr Ziel nicht prüfen kann: %n Einzahlungsadressen warten. Eine Warm-, Cold- oder Hot-Wallet-Adresse wurde ohne Signatur eines Admins geändert; das Audit-Log nennt die fehlgeschlagene Prüfung.</numerusform>
        </translation>
    </message>
    <message>
        <source>Operators</source>
        <translation>Operatoren</translation>
    </message>
    <message>
        <source>Webhooks not getting through to the exchange&apos;s web app: %1 being retried, %2 failed; the oldest event is from %3. Once the web app answers again, an admin sends the failed ones again.</source>
        <extracomment>Webhooks: the signed notices the exchange&apos;s web app receives of deposits, withdrawals and customers.</extracomment>
        <translation>Webhooks erreichen die Web-App der Börse nicht: %1 werden erneut versucht, %2 endgültig gescheitert; das älteste Ereignis ist vom %3. Sobald die Web-App wieder antwortet, sendet ein Admin die gescheiterten erneut.</translation>
    </message>
    <message>
        <source>Webhooks</source>
        <translation>Webhooks</translation>
    </message>
    <message numerus="yes">
        <source>Token sweeps wait for gas on %n Ethereum deposit address(es), and no fee wallet is registered to send it. An admin registers one (exctl wallet add --tier fee) and imports its key.</source>
        <translation>
            <numerusform>Token-Sweeps warten auf %n Ethereum-Einzahlungsadresse auf Gas, und keine Gebühren-Wallet ist registriert, um es zu senden. Ein Admin registriert eine (exctl wallet add --tier fee) und importiert ihren Schlüssel.</numerusform>
            <numerusform>Token-Sweeps warten auf %n Ethereum-Einzahlungsadressen auf Gas, und keine Gebühren-Wallet ist registriert, um es zu senden. Ein Admin registriert eine (exctl wallet add --tier fee) und importiert ihren Schlüssel.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The Ethereum fee wallet holds %1 %3, short of about %2 %3 that the token sweeps waiting on %n deposit address(es) need for gas. Send it %3, then record the funding (exctl collect fund-fee).</source>
        <extracomment>%1 the fee wallet&apos;s balance, %2 what the waiting sweeps need (an estimate), %3 the coin&apos;s code</extracomment>
        <translation>
            <numerusform>Die Ethereum-Gebühren-Wallet hält %1 %3, weniger als die etwa %2 %3, die die auf %n Einzahlungsadresse wartenden Token-Sweeps für Gas brauchen. Senden Sie ihr %3 und erfassen Sie dann die Einzahlung (exctl collect fund-fee).</numerusform>
            <numerusform>Die Ethereum-Gebühren-Wallet hält %1 %3, weniger als die etwa %2 %3, die die auf %n Einzahlungsadressen wartenden Token-Sweeps für Gas brauchen. Senden Sie ihr %3 und erfassen Sie dann die Einzahlung (exctl collect fund-fee).</numerusform>
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
        <translation>Die Gebühren-Wallet von %1 hält %2 %4, unter ihrer Warnschwelle von %3 %4. Laden Sie sie aus Warm mit %5 %4 bis zu ihrem Höchstbestand von %6 %4 auf: exctl replenish export --asset %4 --tier fee.</translation>
    </message>
    <message>
        <source>The %1 fee wallet holds %2 %4, below its low-balance alert of %3 %4. Set its max balance (Settings, Chains) and fund it from warm, or send it %4 and record the funding (exctl collect fund-fee).</source>
        <extracomment>%1 chain name, %2 the fee wallet&apos;s balance, %3 its low-balance alert, %4 the coin&apos;s code</extracomment>
        <translation>Die Gebühren-Wallet von %1 hält %2 %4, unter ihrer Warnschwelle von %3 %4. Legen Sie ihren Höchstbestand fest (Einstellungen, Chains) und laden Sie sie aus Warm auf, oder senden Sie ihr %4 und erfassen Sie die Aufladung (exctl collect fund-fee).</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message numerus="yes">
        <source>The Ethereum fee wallet holds %1 %2, and the token sweeps waiting on %n deposit address(es) need gas. Send it %2, then record the funding (exctl collect fund-fee).</source>
        <extracomment>%1 the fee wallet&apos;s balance, %2 the coin&apos;s code</extracomment>
        <translation>
            <numerusform>Die Ethereum-Gebühren-Wallet hält %1 %2, und die Token-Sweeps, die auf %n Einzahlungsadresse warten, brauchen Gas. Senden Sie ihr %2 und erfassen Sie dann die Aufladung (exctl collect fund-fee).</numerusform>
            <numerusform>Die Ethereum-Gebühren-Wallet hält %1 %2, und die Token-Sweeps, die auf %n Einzahlungsadressen warten, brauchen Gas. Senden Sie ihr %2 und erfassen Sie dann die Aufladung (exctl collect fund-fee).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DashboardSource</name>
    <message>
        <source>The dashboard could not be read: %1</source>
        <translation>Die Übersicht konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>The audit chain could not be verified: %1</source>
        <translation>Die Prüfkette konnte nicht verifiziert werden: %1</translation>
    </message>
</context>
<context>
    <name>DepositInstructionsView</name>
    <message>
        <source>Ethereum (ETH and its tokens)</source>
        <translation>Ethereum (ETH und seine Token)</translation>
    </message>
    <message>
        <source>Algorand (ALGO and its assets)</source>
        <translation>Algorand (ALGO und seine Assets)</translation>
    </message>
    <message>
        <source>Stellar (XLM and its assets)</source>
        <translation>Stellar (XLM und seine Assets)</translation>
    </message>
    <message>
        <source>the address</source>
        <translation>die Adresse</translation>
    </message>
    <message>
        <source>Account:</source>
        <translation>Konto:</translation>
    </message>
    <message>
        <source>Address:</source>
        <translation>Adresse:</translation>
    </message>
    <message>
        <source>the memo</source>
        <translation>das Memo</translation>
    </message>
    <message>
        <source>Memo (MEMO_ID):</source>
        <extracomment>MEMO_ID is Stellar&apos;s name for a numeric memo: keep it as it is</extracomment>
        <translation>Memo (MEMO_ID):</translation>
    </message>
    <message>
        <source>the muxed address</source>
        <translation>die Muxed-Adresse</translation>
    </message>
    <message>
        <source>Or muxed address:</source>
        <translation>Oder Muxed-Adresse:</translation>
    </message>
    <message>
        <source>Issue address</source>
        <translation>Adresse zuteilen</translation>
    </message>
    <message>
        <source>Give the customer their own deposit address on this chain (once; audited)</source>
        <translation>Dem Kunden eine eigene Einzahlungsadresse in diesem Netzwerk zuteilen (einmalig; protokolliert)</translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation>Wird gelesen…</translation>
    </message>
    <message>
        <source>Issuing…</source>
        <translation>Wird zugeteilt…</translation>
    </message>
    <message>
        <source>No address issued yet.</source>
        <translation>Noch keine Adresse zugeteilt.</translation>
    </message>
    <message>
        <source>Pay to the account with the memo, or to the muxed address: both are credited to this customer.</source>
        <translation>Zahlung an das Konto mit dem Memo oder an die Muxed-Adresse: Beides wird diesem Kunden gutgeschrieben.</translation>
    </message>
    <message>
        <source>Their own address (derivation index %1).</source>
        <translation>Eigene Adresse des Kunden (Ableitungsindex %1).</translation>
    </message>
</context>
<context>
    <name>DepositsModel</name>
    <message>
        <source>The deposits could not be read: %1</source>
        <translation>Die Einzahlungen konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Deposit %1 was not assigned: %2</source>
        <translation>Einzahlung %1 wurde nicht zugeordnet: %2</translation>
    </message>
    <message>
        <source>Waiting for confirmations</source>
        <translation>Wartet auf Bestätigungen</translation>
    </message>
    <message>
        <source>Ignored (below minimum)</source>
        <translation>Ignoriert (unter Minimum)</translation>
    </message>
    <message>
        <source>Unattributed</source>
        <translation>Nicht zugeordnet</translation>
    </message>
    <message>
        <source>Credited, not collected</source>
        <translation>Gutgeschrieben, nicht konsolidiert</translation>
    </message>
    <message>
        <source>Collection planned</source>
        <translation>Konsolidierung geplant</translation>
    </message>
    <message>
        <source>Collecting</source>
        <translation>Wird konsolidiert</translation>
    </message>
    <message>
        <source>Collected</source>
        <translation>Konsolidiert</translation>
    </message>
    <message>
        <source>#%1</source>
        <translation>#%1</translation>
    </message>
    <message>
        <source>memo “%1”</source>
        <translation>Memo „%1“</translation>
    </message>
    <message>
        <source>To %1</source>
        <translation>An %1</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Seen</source>
        <translation>Erkannt</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Asset</source>
        <translation>Asset</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Betrag</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <source>Chain</source>
        <translation>Chain</translation>
    </message>
    <message>
        <source>Transaction</source>
        <translation>Transaktion</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Hinweis</translation>
    </message>
</context>
<context>
    <name>DepositsScreen</name>
    <message>
        <source>&amp;Assign to customer…</source>
        <translation>Kunden &amp;zuordnen…</translation>
    </message>
    <message>
        <source>Deposits</source>
        <translation>Einzahlungen</translation>
    </message>
    <message>
        <source>Payments the watchers saw to the exchange&apos;s addresses. Below the asset&apos;s minimum deposit a payment is recorded but not credited; a payment whose customer is not known waits here until an operator assigns it.</source>
        <translation>Zahlungen an die Adressen der Börse, die die Watcher erkannt haben. Unterhalb der Mindesteinzahlung des Assets wird eine Zahlung erfasst, aber nicht gutgeschrieben; eine Zahlung ohne bekannten Kunden wartet hier, bis ein Operator sie zuordnet.</translation>
    </message>
    <message>
        <source>Filter by state, customer, asset, transaction (Ctrl+F)</source>
        <translation>Nach Status, Kunde, Asset, Transaktion filtern (Ctrl+F)</translation>
    </message>
    <message>
        <source>Find: type to filter the table</source>
        <translation>Suchen: tippen, um die Tabelle zu filtern</translation>
    </message>
    <message>
        <source>Credit the selected unattributed deposit to a customer (Ctrl+Shift+A)</source>
        <translation>Die ausgewählte nicht zugeordnete Einzahlung einem Kunden gutschreiben (Ctrl+Shift+A)</translation>
    </message>
    <message>
        <source>Deposit %1 credited to customer #%2.</source>
        <translation>Einzahlung %1 Kunde #%2 gutgeschrieben.</translation>
    </message>
    <message>
        <source>%1 deposits; %2 waiting for an operator to assign them.</source>
        <translation>%1 Einzahlungen; %2 warten auf Zuordnung durch einen Operator.</translation>
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
        <translation>Die Hintergrundaufgaben konnten nicht gelesen werden: %1</translation>
    </message>
</context>
<context>
    <name>FirstRunDialog</name>
    <message>
        <source>&amp;Create admin and sign in</source>
        <translation>Admin &amp;anlegen und anmelden</translation>
    </message>
    <message>
        <source>Exchange Console — First run</source>
        <translation>Exchange Console — Ersteinrichtung</translation>
    </message>
    <message>
        <source>Welcome: create the first admin</source>
        <translation>Willkommen: Legen Sie den ersten Admin an</translation>
    </message>
    <message>
        <source>This database has no operators yet. The first one is an admin, who then adds the others on the Operators screen and sets the per-asset limits. Admins confirm sensitive actions with a code from an authenticator app, which you set up next.</source>
        <translation>Diese Datenbank hat noch keine Operatoren. Der erste ist ein Admin, der dann auf dem Bildschirm Operatoren die weiteren hinzufügt und die Limits je Asset festlegt. Admins bestätigen sensible Aktionen mit einem Code aus einer Authenticator-App, die Sie als Nächstes einrichten.</translation>
    </message>
    <message>
        <source>lower-case letters, digits, . _ -</source>
        <translation>Kleinbuchstaben, Ziffern, . _ -</translation>
    </message>
    <message numerus="yes">
        <source>at least %n characters</source>
        <translation>
            <numerusform>mindestens %n Zeichen</numerusform>
            <numerusform>mindestens %n Zeichen</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Username:</source>
        <translation>&amp;Benutzername:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Passwort:</translation>
    </message>
    <message>
        <source>&amp;Repeat password:</source>
        <translation>Passwort &amp;wiederholen:</translation>
    </message>
    <message numerus="yes">
        <source>The password needs at least %n characters.</source>
        <translation>
            <numerusform>Das Passwort muss mindestens %n Zeichen haben.</numerusform>
            <numerusform>Das Passwort muss mindestens %n Zeichen haben.</numerusform>
        </translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>Die beiden Passwörter stimmen nicht überein.</translation>
    </message>
    <message>
        <source>No admin created: %1.</source>
        <translation>Kein Admin angelegt: %1.</translation>
    </message>
</context>
<context>
    <name>GasLeftoversModel</name>
    <message>
        <source>The gas left on deposit addresses could not be read: %1</source>
        <translation>Das auf Einzahlungsadressen übrige Gas konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>No gas is left over on the Ethereum deposit addresses.</source>
        <translation>Auf den Ethereum-Einzahlungsadressen ist kein Gas übrig.</translation>
    </message>
    <message numerus="yes">
        <source>Gas left over on Ethereum deposit addresses: %1 ETH on %n address(es). exctl collect return-gas sends it back to the fee wallet.</source>
        <extracomment>%1 an amount of ETH; %n the number of deposit addresses</extracomment>
        <translation>
            <numerusform>Übriges Gas auf Ethereum-Einzahlungsadressen: %1 ETH auf %n Adresse. exctl collect return-gas schickt es an die Gebühren-Wallet zurück.</numerusform>
            <numerusform>Übriges Gas auf Ethereum-Einzahlungsadressen: %1 ETH auf %n Adressen. exctl collect return-gas schickt es an die Gebühren-Wallet zurück.</numerusform>
        </translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>spoken for: %1</source>
        <extracomment>why the ether at the address is not left over now (English detail from the core)</extracomment>
        <translation>verplant: %1</translation>
    </message>
    <message>
        <source>nothing beyond what it owes</source>
        <translation>nichts über das Geschuldete hinaus</translation>
    </message>
    <message>
        <source>As read from the chain at %1.</source>
        <translation>Wie am %1 von der Chain gelesen.</translation>
    </message>
    <message>
        <source>Deposit address</source>
        <translation>Einzahlungsadresse</translation>
    </message>
    <message>
        <source>Holds (ETH)</source>
        <translation>Bestand (ETH)</translation>
    </message>
    <message>
        <source>Owed to customers</source>
        <translation>Kunden geschuldet</translation>
    </message>
    <message>
        <source>Gas left over</source>
        <translation>Übriges Gas</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Hinweis</translation>
    </message>
</context>
<context>
    <name>LedgerCheckStatus</name>
    <message>
        <source>The ledger check could not run: %1</source>
        <translation>Die Hauptbuchprüfung konnte nicht laufen: %1</translation>
    </message>
    <message>
        <source>Checking the ledger…</source>
        <translation>Hauptbuch wird geprüft…</translation>
    </message>
    <message>
        <source>The ledger has not been checked yet.</source>
        <translation>Das Hauptbuch wurde noch nicht geprüft.</translation>
    </message>
    <message>
        <source>Clean at %1: %2 transfers replayed; every balance equals its journal and debits equal credits.</source>
        <extracomment>%2 is a number of transfers</extracomment>
        <translation>Fehlerfrei am %1: %2 Transfers nachvollzogen; jeder Saldo entspricht seinem Journal und Soll entspricht Haben.</translation>
    </message>
    <message>
        <source>Not clean at %1: %2 discrepancies. First: %3</source>
        <extracomment>%2 is the number of discrepancies, %3 the first of them</extracomment>
        <translation>Nicht fehlerfrei am %1: %2 Abweichungen. Erste: %3</translation>
    </message>
</context>
<context>
    <name>LedgerPositionsModel</name>
    <message>
        <source>The ledger could not be read: %1</source>
        <translation>Das Hauptbuch konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>The wallets hold less than the customers are owed.</source>
        <translation>Die Wallets halten weniger, als den Kunden geschuldet wird.</translation>
    </message>
    <message>
        <source>What the wallets hold beyond what the customers are owed.</source>
        <translation>Was die Wallets über das den Kunden Geschuldete hinaus halten.</translation>
    </message>
    <message>
        <source>Asset</source>
        <translation>Asset</translation>
    </message>
    <message>
        <source>Owed to customers</source>
        <translation>Kunden geschuldet</translation>
    </message>
    <message>
        <source>of which held</source>
        <translation>davon reserviert</translation>
    </message>
    <message>
        <source>Held in wallets</source>
        <translation>In Wallets gehalten</translation>
    </message>
    <message>
        <source>Surplus</source>
        <translation>Überschuss</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>Erträge</translation>
    </message>
    <message>
        <source>Expenses</source>
        <translation>Aufwendungen</translation>
    </message>
    <message>
        <source>Customers&apos; posted balances: what the exchange owes.</source>
        <translation>Gebuchte Salden der Kunden: was die Börse schuldet.</translation>
    </message>
    <message>
        <source>Part of what is owed that is held for withdrawals and orders.</source>
        <translation>Teil des Geschuldeten, der für Auszahlungen und Orders reserviert ist.</translation>
    </message>
    <message>
        <source>Deposit, hot, warm and cold wallets as the ledger sees them.</source>
        <translation>Einzahlungs-, Hot-, Warm- und Cold-Wallets aus Sicht des Hauptbuchs.</translation>
    </message>
    <message>
        <source>Held in wallets minus owed to customers.</source>
        <translation>In Wallets gehalten abzüglich Kunden geschuldet.</translation>
    </message>
</context>
<context>
    <name>LedgerScreen</name>
    <message>
        <source>Check the ledger &amp;now</source>
        <translation>Hauptbuch &amp;jetzt prüfen</translation>
    </message>
    <message>
        <source>&amp;Previous</source>
        <translation>&amp;Zurück</translation>
    </message>
    <message>
        <source>N&amp;ext</source>
        <translation>&amp;Weiter</translation>
    </message>
    <message>
        <source>Replay the whole journal and compare every balance (Ctrl+Shift+K)</source>
        <translation>Das gesamte Journal nachvollziehen und jeden Saldo vergleichen (Ctrl+Shift+K)</translation>
    </message>
    <message>
        <source>&amp;Customer:</source>
        <translation>&amp;Kunde:</translation>
    </message>
    <message>
        <source>&amp;Asset:</source>
        <translation>&amp;Asset:</translation>
    </message>
    <message>
        <source>What the exchange owes its customers against what its wallets hold, per asset, from the double-entry ledger.</source>
        <translation>Was die Börse ihren Kunden schuldet, im Vergleich zu dem, was ihre Wallets halten, je Asset, aus dem doppelten Hauptbuch.</translation>
    </message>
    <message>
        <source>Ledger</source>
        <translation>Hauptbuch</translation>
    </message>
    <message>
        <source>Customer statement</source>
        <translation>Kundenauszug</translation>
    </message>
    <message>
        <source>No journal lines for this customer in this asset.</source>
        <translation>Keine Journalzeilen für diesen Kunden in diesem Asset.</translation>
    </message>
    <message>
        <source>Lines %1–%2 of %3</source>
        <translation>Zeilen %1–%2 von %3</translation>
    </message>
    <message>
        <source>Search the customers by id, customer id, name or email, then choose one</source>
        <translation>Kunden nach Nr., Kundenkennung, Name oder E-Mail suchen und einen wählen</translation>
    </message>
</context>
<context>
    <name>LedgerStatementModel</name>
    <message>
        <source>The statement could not be read: %1</source>
        <translation>Der Auszug konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Balance %1 · available %2 · held %3 %4</source>
        <translation>Saldo %1 · verfügbar %2 · reserviert %3 %4</translation>
    </message>
    <message>
        <source>%1 (held)</source>
        <translation>%1 (reserviert)</translation>
    </message>
    <message>
        <source>%1 (paid)</source>
        <translation>%1 (bezahlt)</translation>
    </message>
    <message>
        <source>%1 (released)</source>
        <translation>%1 (freigegeben)</translation>
    </message>
    <message>
        <source>Transfer %1</source>
        <translation>Transfer %1</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Counterparty</source>
        <translation>Gegenpartei</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Änderung</translation>
    </message>
    <message>
        <source>Held</source>
        <translation>Reserviert</translation>
    </message>
    <message>
        <source>Balance</source>
        <translation>Saldo</translation>
    </message>
    <message>
        <source>Reference / reason</source>
        <translation>Referenz / Grund</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <source>Sign in to Exchange Console</source>
        <translation>Bei Exchange Console anmelden</translation>
    </message>
    <message>
        <source>&amp;Sign in</source>
        <translation>&amp;Anmelden</translation>
    </message>
    <message>
        <source>Exchange Console — Sign in</source>
        <translation>Exchange Console — Anmelden</translation>
    </message>
    <message>
        <source>Your operator name</source>
        <translation>Ihr Operatorname</translation>
    </message>
    <message>
        <source>Your password</source>
        <translation>Ihr Passwort</translation>
    </message>
    <message>
        <source>&amp;Username:</source>
        <translation>&amp;Benutzername:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Passwort:</translation>
    </message>
    <message>
        <source>Every action you take is recorded in the audit log under your name.</source>
        <translation>Jede Ihrer Aktionen wird unter Ihrem Namen im Prüfprotokoll erfasst.</translation>
    </message>
    <message>
        <source>The console is locked</source>
        <translation>Die Konsole ist gesperrt</translation>
    </message>
    <message>
        <source>Locked after a time without input, or by %1. Sign in again to go on; another operator may sign in instead.</source>
        <translation>Gesperrt nach einer Zeit ohne Eingabe oder durch %1. Melden Sie sich erneut an, um fortzufahren; stattdessen kann sich auch ein anderer Operator anmelden.</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>Datenbank: %1</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Wird geprüft…</translation>
    </message>
    <message>
        <source>Not signed in: %1.</source>
        <translation>Nicht angemeldet: %1.</translation>
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
        <translation>Übersicht</translation>
    </message>
    <message>
        <source>Order book</source>
        <translation>Orderbuch</translation>
    </message>
    <message>
        <source>Withdrawals</source>
        <translation>Auszahlungen</translation>
    </message>
    <message>
        <source>Deposits</source>
        <translation>Einzahlungen</translation>
    </message>
    <message>
        <source>Wallets</source>
        <translation>Wallets</translation>
    </message>
    <message>
        <source>Ledger</source>
        <translation>Hauptbuch</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Operators</source>
        <translation>Operatoren</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>Prüfprotokoll</translation>
    </message>
    <message>
        <source>Screens</source>
        <translation>Bildschirme</translation>
    </message>
    <message>
        <source>Signed in: %1 (%2)</source>
        <translation>Angemeldet: %1 (%2)</translation>
    </message>
    <message>
        <source>Not signed in</source>
        <translation>Nicht angemeldet</translation>
    </message>
    <message>
        <source>The one process on this database that runs the deposit watchers and the automatic payouts</source>
        <translation>Der eine Prozess in dieser Datenbank, der die Einzahlungs-Watcher und die automatischen Auszahlungen ausführt</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>Datenbank: %1</translation>
    </message>
    <message>
        <source>%1 (Ctrl+%2)</source>
        <translation>%1 (Ctrl+%2)</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation>&amp;Sperren</translation>
    </message>
    <message>
        <source>Hide everything until you or another operator signs in again</source>
        <translation>Alles ausblenden, bis Sie oder ein anderer Operator sich erneut anmelden</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>&amp;Wechseln</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation>&amp;Design</translation>
    </message>
    <message>
        <source>Follow the &amp;system</source>
        <translation>&amp;System folgen</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>&amp;Hell</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>&amp;Dunkel</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>S&amp;prache</translation>
    </message>
    <message>
        <source>The language changes at the next start of the console.</source>
        <translation>Die Sprache ändert sich beim nächsten Start der Konsole.</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Tastenkürzel</translation>
    </message>
    <message>
        <source>&amp;About Exchange Console</source>
        <translation>Ü&amp;ber Exchange Console</translation>
    </message>
    <message>
        <source>About Exchange Console</source>
        <translation>Über Exchange Console</translation>
    </message>
    <message>
        <source>Exchange Console %1
The operators&apos; console of a custodial crypto exchange.</source>
        <translation>Exchange Console %1
Die Operator-Konsole einer verwahrenden Kryptobörse.</translation>
    </message>
    <message>
        <source>This console leads</source>
        <translation>Diese Konsole ist führend</translation>
    </message>
    <message>
        <source>Leader: none yet</source>
        <translation>Führend: noch keine</translation>
    </message>
    <message>
        <source>Leader: %1</source>
        <translation>Führend: %1</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Kunden</translation>
    </message>
    <message>
        <source>Webhooks</source>
        <translation>Webhooks</translation>
    </message>
</context>
<context>
    <name>MessageBar</name>
    <message>
        <source>Close this message</source>
        <translation>Diese Meldung schließen</translation>
    </message>
</context>
<context>
    <name>NewDestinationReviewModel</name>
    <message>
        <source>waits for review</source>
        <translation>wartet auf Prüfung</translation>
    </message>
    <message>
        <source>only flagged</source>
        <translation>nur markiert</translation>
    </message>
    <message>
        <source>A withdrawal to an address not on the customer&apos;s address list: waits for an approver when checked, is only flagged when not</source>
        <translation>Eine Auszahlung an eine Adresse außerhalb der Adressliste des Kunden: wartet angehakt auf einen Freigebenden, sonst wird sie nur markiert</translation>
    </message>
    <message>
        <source>Asset</source>
        <translation>Asset</translation>
    </message>
    <message>
        <source>New destinations</source>
        <translation>Neue Ziele</translation>
    </message>
    <message>
        <source>Send withdrawals of %1 to new destinations to review</source>
        <extracomment>%1 an asset code</extracomment>
        <translation>Auszahlungen von %1 an neue Ziele zur Prüfung schicken</translation>
    </message>
    <message>
        <source>Stop sending withdrawals of %1 to new destinations to review</source>
        <translation>Auszahlungen von %1 an neue Ziele nicht mehr zur Prüfung schicken</translation>
    </message>
    <message>
        <source>%1: a withdrawal to a new destination now waits for review.</source>
        <translation>%1: eine Auszahlung an ein neues Ziel wartet jetzt auf Prüfung.</translation>
    </message>
    <message>
        <source>%1: a withdrawal to a new destination is now only flagged.</source>
        <translation>%1: eine Auszahlung an ein neues Ziel wird jetzt nur markiert.</translation>
    </message>
    <message>
        <source>Nothing was changed: %1</source>
        <translation>Nichts wurde geändert: %1</translation>
    </message>
</context>
<context>
    <name>OperatorsModel</name>
    <message>
        <source>Viewer</source>
        <translation>Betrachter</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>Operator</translation>
    </message>
    <message>
        <source>Approver</source>
        <translation>Freigeber</translation>
    </message>
    <message>
        <source>Admin</source>
        <translation>Admin</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>Deaktiviert</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Enrolled</source>
        <translation>Eingerichtet</translation>
    </message>
    <message>
        <source>Must enrol at next sign-in</source>
        <translation>Muss bei nächster Anmeldung einrichten</translation>
    </message>
    <message>
        <source>Not enrolled</source>
        <translation>Nicht eingerichtet</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message numerus="yes">
        <source>%n wrong password(s) since the last sign-in</source>
        <translation>
            <numerusform>%n falsches Passwort seit der letzten Anmeldung</numerusform>
            <numerusform>%n falsche Passwörter seit der letzten Anmeldung</numerusform>
        </translation>
    </message>
    <message>
        <source>Username</source>
        <translation>Benutzername</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Two-factor</source>
        <translation>Zwei-Faktor</translation>
    </message>
    <message>
        <source>Last sign-in</source>
        <translation>Letzte Anmeldung</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Angelegt</translation>
    </message>
    <message>
        <source>The operators could not be read: %1</source>
        <translation>Die Operatoren konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>%1 added as %2.</source>
        <translation>%1 als %2 hinzugefügt.</translation>
    </message>
    <message>
        <source>%1 not added: %2</source>
        <translation>%1 nicht hinzugefügt: %2</translation>
    </message>
    <message>
        <source>%1 is now %2.</source>
        <translation>%1 ist jetzt %2.</translation>
    </message>
    <message>
        <source>The role of %1 was not changed: %2</source>
        <translation>Die Rolle von %1 wurde nicht geändert: %2</translation>
    </message>
    <message>
        <source>%1 can no longer sign in.</source>
        <translation>%1 kann sich nicht mehr anmelden.</translation>
    </message>
    <message>
        <source>%1 can sign in again.</source>
        <translation>%1 kann sich wieder anmelden.</translation>
    </message>
    <message>
        <source>%1 not changed: %2</source>
        <translation>%1 nicht geändert: %2</translation>
    </message>
    <message>
        <source>New password set for %1; they enrol their two-factor app again at the next sign-in.</source>
        <translation>Neues Passwort für %1 festgelegt; die Zwei-Faktor-App wird bei der nächsten Anmeldung neu eingerichtet.</translation>
    </message>
    <message>
        <source>The password of %1 was not reset: %2</source>
        <translation>Das Passwort von %1 wurde nicht zurückgesetzt: %2</translation>
    </message>
    <message>
        <source>Create the key vault</source>
        <translation>Schlüsseltresor anlegen</translation>
    </message>
    <message>
        <source>Key vault created and unlocked. Keep the passphrase offline: without it the keys are lost.</source>
        <translation>Schlüsseltresor angelegt und entsperrt. Bewahren Sie die Passphrase offline auf: Ohne sie sind die Schlüssel verloren.</translation>
    </message>
    <message>
        <source>No key vault created: %1</source>
        <translation>Kein Schlüsseltresor angelegt: %1</translation>
    </message>
    <message>
        <source>Unlock the key vault</source>
        <translation>Schlüsseltresor entsperren</translation>
    </message>
    <message>
        <source>Key vault unlocked: automatic payouts can be signed.</source>
        <translation>Schlüsseltresor entsperrt: Automatische Auszahlungen können signiert werden.</translation>
    </message>
    <message>
        <source>Key vault not unlocked: %1</source>
        <translation>Schlüsseltresor nicht entsperrt: %1</translation>
    </message>
    <message>
        <source>Key vault locked: automatic payouts wait until an admin unlocks it.</source>
        <translation>Schlüsseltresor gesperrt: Automatische Auszahlungen warten, bis ein Admin ihn entsperrt.</translation>
    </message>
    <message>
        <source>Add %1 as %2</source>
        <translation>%1 als %2 hinzufügen</translation>
    </message>
    <message>
        <source>Make %1 %2</source>
        <translation>%1 zu %2 machen</translation>
    </message>
    <message>
        <source>Disable %1</source>
        <translation>%1 sperren</translation>
    </message>
    <message>
        <source>Enable %1</source>
        <translation>%1 entsperren</translation>
    </message>
    <message>
        <source>Set a new password for %1</source>
        <translation>Neues Passwort für %1 setzen</translation>
    </message>
    <message>
        <source>None yet</source>
        <translation>Noch keiner</translation>
    </message>
    <message>
        <source>Needs an admin&apos;s signature</source>
        <translation>Braucht die Signatur eines Admins</translation>
    </message>
    <message>
        <source>Registered by %1</source>
        <translation>Registriert von %1</translation>
    </message>
    <message>
        <source>Decisions are signed with the operator&apos;s own key, made when they enrol their authenticator. The payout signer trusts it only once an admin has signed it with the operator&apos;s present role.</source>
        <translation>Entscheidungen werden mit dem eigenen Schlüssel des Operators signiert, der bei der Einrichtung der Authenticator-App entsteht. Der Auszahlungs-Signierer vertraut ihm erst, wenn ein Admin ihn mit der aktuellen Rolle des Operators signiert hat.</translation>
    </message>
    <message>
        <source>Signing key</source>
        <translation>Signaturschlüssel</translation>
    </message>
    <message>
        <source>Register the signing key of %1</source>
        <translation>Signaturschlüssel von %1 registrieren</translation>
    </message>
    <message>
        <source>The signing key of %1 is registered with their present role.</source>
        <translation>Der Signaturschlüssel von %1 ist mit der aktuellen Rolle registriert.</translation>
    </message>
    <message>
        <source>The signing key of %1 was not registered: %2</source>
        <translation>Der Signaturschlüssel von %1 wurde nicht registriert: %2</translation>
    </message>
    <message>
        <source>Key vault unlocked, but deposit addresses were not prepared: %1</source>
        <translation>Schlüsseltresor entsperrt, aber die Einzahlungsadressen wurden nicht vorbereitet: %1</translation>
    </message>
</context>
<context>
    <name>OperatorsScreen</name>
    <message>
        <source>&amp;Add operator</source>
        <translation>Operator &amp;hinzufügen</translation>
    </message>
    <message>
        <source>Set &amp;role</source>
        <translation>&amp;Rolle festlegen</translation>
    </message>
    <message>
        <source>&amp;Disable</source>
        <translation>&amp;Deaktivieren</translation>
    </message>
    <message>
        <source>Set new &amp;password</source>
        <translation>Neues &amp;Passwort festlegen</translation>
    </message>
    <message>
        <source>&amp;Unlock vault</source>
        <translation>Tresor &amp;entsperren</translation>
    </message>
    <message>
        <source>Loc&amp;k vault</source>
        <translation>Tresor &amp;sperren</translation>
    </message>
    <message>
        <source>Operators</source>
        <translation>Operatoren</translation>
    </message>
    <message>
        <source>Viewers read everything. Operators also handle deposits, upload TxIds and request replenishment. Approvers also approve and reject withdrawals under review. Admins also change settings, manage operators and unlock the key vault. Approvers and admins confirm sensitive actions with an authenticator code. Only admins change this list; every change is in the audit log.</source>
        <translation>Betrachter sehen alles. Operatoren bearbeiten zusätzlich Einzahlungen, laden TxIds hoch und beantragen Auffüllungen. Freigeber geben zusätzlich Auszahlungen in der Prüfung frei oder lehnen sie ab. Admins ändern zusätzlich Einstellungen, verwalten Operatoren und entsperren den Schlüsseltresor. Freigeber und Admins bestätigen sensible Aktionen mit einem Authenticator-Code. Nur Admins ändern diese Liste; jede Änderung steht im Prüfprotokoll.</translation>
    </message>
    <message>
        <source>New operator</source>
        <translation>Neuer Operator</translation>
    </message>
    <message>
        <source>username</source>
        <translation>Benutzername</translation>
    </message>
    <message>
        <source>first password (tell them in person)</source>
        <translation>Erstes Passwort (persönlich mitteilen)</translation>
    </message>
    <message>
        <source>Selected operator</source>
        <translation>Ausgewählter Operator</translation>
    </message>
    <message>
        <source>new password</source>
        <translation>Neues Passwort</translation>
    </message>
    <message>
        <source>Key vault (hot-wallet and deposit keys)</source>
        <translation>Schlüsseltresor (Hot-Wallet- und Einzahlungsschlüssel)</translation>
    </message>
    <message>
        <source>vault passphrase</source>
        <translation>Tresor-Passphrase</translation>
    </message>
    <message>
        <source>Only admins change operators.</source>
        <translation>Nur Admins ändern Operatoren.</translation>
    </message>
    <message>
        <source>&amp;Enable</source>
        <translation>&amp;Aktivieren</translation>
    </message>
    <message>
        <source>Key vault: state unknown.</source>
        <translation>Schlüsseltresor: Status unbekannt.</translation>
    </message>
    <message>
        <source>No key vault yet: automatic payouts wait. An admin creates it with a passphrase of at least 12 characters.</source>
        <translation>Noch kein Schlüsseltresor: Automatische Auszahlungen warten. Ein Admin legt ihn mit einer Passphrase von mindestens 12 Zeichen an.</translation>
    </message>
    <message>
        <source>Key vault locked: automatic payouts wait until an admin unlocks it.</source>
        <translation>Schlüsseltresor gesperrt: Automatische Auszahlungen warten, bis ein Admin ihn entsperrt.</translation>
    </message>
    <message>
        <source>Key vault unlocked: automatic payouts can be signed. It locks again when the console closes.</source>
        <translation>Schlüsseltresor entsperrt: Automatische Auszahlungen können signiert werden. Er wird beim Schließen der Konsole wieder gesperrt.</translation>
    </message>
    <message>
        <source>&amp;Create vault</source>
        <translation>Tresor an&amp;legen</translation>
    </message>
    <message>
        <source>Only admins open the key vault.</source>
        <translation>Nur Admins öffnen den Schlüsseltresor.</translation>
    </message>
    <message>
        <source>Re&amp;gister signing key</source>
        <translation>Signaturschlüssel re&amp;gistrieren</translation>
    </message>
    <message>
        <source>Sign this operator&apos;s key with their present role, so that the payout signer trusts their decisions.</source>
        <translation>Den Schlüssel dieses Operators mit seiner aktuellen Rolle signieren, damit der Auszahlungs-Signierer seinen Entscheidungen vertraut.</translation>
    </message>
    <message>
        <source>Only a key that is not registered with the operator&apos;s present role needs this.</source>
        <translation>Nur ein Schlüssel, der nicht mit der aktuellen Rolle des Operators registriert ist, braucht das.</translation>
    </message>
</context>
<context>
    <name>OrderBookFeed</name>
    <message>
        <source>The order book could not be read: %1</source>
        <translation>Das Orderbuch konnte nicht gelesen werden: %1</translation>
    </message>
</context>
<context>
    <name>OrderBookLevelsModel</name>
    <message>
        <source>Price (%1)</source>
        <extracomment>Column header: the price of one unit of the base asset in the quote asset, e.g. &quot;Price (ALGO)&quot;</extracomment>
        <translation>Preis (%1)</translation>
    </message>
    <message>
        <source>Amount (%1)</source>
        <translation>Menge (%1)</translation>
    </message>
    <message>
        <source>Total (%1)</source>
        <translation>Summe (%1)</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>Orders</translation>
    </message>
</context>
<context>
    <name>OrderBookScreen</name>
    <message>
        <source>Order book</source>
        <translation>Orderbuch</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <extracomment>A market: the base asset priced in the quote asset, e.g. &quot;ETH / ALGO&quot;</extracomment>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>Market</source>
        <translation>Markt</translation>
    </message>
    <message>
        <source>Market:</source>
        <translation>Markt:</translation>
    </message>
    <message>
        <source>Bids (buying the base asset)</source>
        <translation>Gebote (Kauf des Basis-Assets)</translation>
    </message>
    <message>
        <source>Asks (selling the base asset)</source>
        <translation>Angebote (Verkauf des Basis-Assets)</translation>
    </message>
    <message>
        <source>Depth</source>
        <translation>Markttiefe</translation>
    </message>
    <message>
        <source>Recent fills</source>
        <translation>Letzte Ausführungen</translation>
    </message>
    <message>
        <source>Statistics</source>
        <translation>Statistik</translation>
    </message>
    <message>
        <source>Refused requests</source>
        <translation>Abgelehnte Anfragen</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message numerus="yes">
        <source>Best bid %1, best ask %2 %3 · %n open order(s)</source>
        <translation>
            <numerusform>Bestes Gebot %1, bestes Angebot %2 %3 · %n offene Order</numerusform>
            <numerusform>Bestes Gebot %1, bestes Angebot %2 %3 · %n offene Orders</numerusform>
        </translation>
    </message>
    <message>
        <source>Bids</source>
        <translation>Gebote</translation>
    </message>
    <message>
        <source>Asks</source>
        <translation>Angebote</translation>
    </message>
    <message>
        <source>Cumulative %1</source>
        <translation>Kumuliert %1</translation>
    </message>
    <message>
        <source>Price (%1 per %2)</source>
        <translation>Preis (%1 je %2)</translation>
    </message>
</context>
<context>
    <name>PayoutBlockText</name>
    <message numerus="yes">
        <source>No key vault exists: %n payout(s) on %1 cannot be signed. An admin creates the vault on the Operators screen.</source>
        <extracomment>%1 is a chain (ethereum, stellar, algorand)</extracomment>
        <translation>
            <numerusform>Es gibt keinen Schlüsseltresor: %n Auszahlung auf %1 kann nicht signiert werden. Ein Admin legt den Tresor auf dem Bildschirm Operatoren an.</numerusform>
            <numerusform>Es gibt keinen Schlüsseltresor: %n Auszahlungen auf %1 können nicht signiert werden. Ein Admin legt den Tresor auf dem Bildschirm Operatoren an.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The key vault is locked: %n payout(s) on %1 cannot be signed. An admin unlocks it on the Operators screen.</source>
        <translation>
            <numerusform>Der Schlüsseltresor ist gesperrt: %n Auszahlung auf %1 kann nicht signiert werden. Ein Admin entsperrt ihn auf dem Bildschirm Operatoren.</numerusform>
            <numerusform>Der Schlüsseltresor ist gesperrt: %n Auszahlungen auf %1 können nicht signiert werden. Ein Admin entsperrt ihn auf dem Bildschirm Operatoren.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The key vault holds no hot key for %1 (hot:%1): %n payout(s) cannot be signed. Import it with exctl vault import-hot-key --chain %1.</source>
        <extracomment>%1 is a chain; hot:%1 is the name of the key in the vault</extracomment>
        <translation>
            <numerusform>Der Schlüsseltresor enthält keinen Hot-Schlüssel für %1 (hot:%1): %n Auszahlung kann nicht signiert werden. Importieren Sie ihn mit exctl vault import-hot-key --chain %1.</numerusform>
            <numerusform>Der Schlüsseltresor enthält keinen Hot-Schlüssel für %1 (hot:%1): %n Auszahlungen können nicht signiert werden. Importieren Sie ihn mit exctl vault import-hot-key --chain %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>No node is configured for %1: %n payout(s) cannot be sent. Set one in Settings → Chains.</source>
        <translation>
            <numerusform>Für %1 ist kein Knoten eingerichtet: %n Auszahlung kann nicht gesendet werden. Legen Sie einen unter Einstellungen → Chains fest.</numerusform>
            <numerusform>Für %1 ist kein Knoten eingerichtet: %n Auszahlungen können nicht gesendet werden. Legen Sie einen unter Einstellungen → Chains fest.</numerusform>
        </translation>
    </message>
    <message>
        <source>Create the vault</source>
        <translation>Tresor anlegen</translation>
    </message>
    <message>
        <source>Unlock the vault</source>
        <translation>Tresor entsperren</translation>
    </message>
    <message>
        <source>Key vault</source>
        <translation>Schlüsseltresor</translation>
    </message>
    <message>
        <source>Chain settings</source>
        <translation>Chain-Einstellungen</translation>
    </message>
    <message numerus="yes">
        <source>The key vault pins no admin&apos;s signing key: %n payout(s) on %1 are not signed until an admin pins theirs. An admin unlocks the vault on the Operators screen (or runs exctl --operator ADMIN vault pin).</source>
        <extracomment>%1 is a chain (ethereum, stellar, algorand)</extracomment>
        <translation>
            <numerusform>Der Schlüsseltresor hinterlegt keinen Signaturschlüssel eines Admins: %n Auszahlung auf %1 wird nicht signiert, bis ein Admin seinen hinterlegt. Ein Admin entsperrt den Tresor auf dem Bildschirm Operatoren (oder führt exctl --operator ADMIN vault pin aus).</numerusform>
            <numerusform>Der Schlüsseltresor hinterlegt keinen Signaturschlüssel eines Admins: %n Auszahlungen auf %1 werden nicht signiert, bis ein Admin seinen hinterlegt. Ein Admin entsperrt den Tresor auf dem Bildschirm Operatoren (oder führt exctl --operator ADMIN vault pin aus).</numerusform>
        </translation>
    </message>
    <message>
        <source>Pin an admin&apos;s key</source>
        <translation>Admin-Schlüssel hinterlegen</translation>
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
        <translation>Auszahlung #%1</translation>
    </message>
    <message>
        <source>Customer #%1</source>
        <translation>Kunde #%1</translation>
    </message>
    <message>
        <source>Deposit #%1</source>
        <translation>Einzahlung #%1</translation>
    </message>
</context>
<context>
    <name>RefuelsModel</name>
    <message>
        <source>The refuels could not be read: %1</source>
        <translation>Die Gas-Aufladungen konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>signed, not sent yet</source>
        <translation>signiert, noch nicht gesendet</translation>
    </message>
    <message>
        <source>sent, awaiting confirmations</source>
        <translation>gesendet, wartet auf Bestätigungen</translation>
    </message>
    <message>
        <source>confirmed</source>
        <translation>bestätigt</translation>
    </message>
    <message>
        <source>failed on chain</source>
        <translation>auf der Chain fehlgeschlagen</translation>
    </message>
    <message>
        <source>Signed</source>
        <translation>Signiert</translation>
    </message>
    <message>
        <source>Transaction</source>
        <translation>Transaktion</translation>
    </message>
    <message>
        <source>Deposit address</source>
        <translation>Einzahlungsadresse</translation>
    </message>
    <message>
        <source>For</source>
        <translation>Für</translation>
    </message>
    <message>
        <source>Amount (ETH)</source>
        <translation>Betrag (ETH)</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
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
        <translation>Die Min. Einzahlung (%1) darf nicht über der Min. Konsolidierung (%2) liegen.</translation>
    </message>
    <message>
        <source>The withdrawal fee (%1) must be below the 24h limit (%2), or every withdrawal would exceed it.</source>
        <extracomment>%1 the withdrawal fee, %2 the 24h limit, each with its asset code</extracomment>
        <translation>Die Auszahlungsgebühr (%1) muss unter dem 24h-Limit (%2) liegen, sonst würde jede Auszahlung es überschreiten.</translation>
    </message>
    <message>
        <source>The 72h limit (%1) cannot be below the 24h limit (%2).</source>
        <extracomment>%1 the 72h limit, %2 the 24h limit, each with its asset code</extracomment>
        <translation>Das 72h-Limit (%1) darf nicht unter dem 24h-Limit (%2) liegen.</translation>
    </message>
    <message>
        <source>The four-eyes amount (%1) is above the 24h limit (%2): withdrawals between the two wait for one approver only.</source>
        <extracomment>%1 the amount above which a withdrawal needs two approvers, %2 the 24h limit</extracomment>
        <translation>Der Vier-Augen-Betrag (%1) liegt über dem 24h-Limit (%2): Auszahlungen dazwischen warten nur auf eine Freigabe.</translation>
    </message>
    <message>
        <source>The hot max balance (%1) is below what the hot wallet holds now (%2): collections send nothing to hot until it falls below.</source>
        <extracomment>%1 the new hot max balance, %2 what the hot wallet holds now</extracomment>
        <translation>Der Max. Saldo Hot (%1) liegt unter dem, was die Hot-Wallet jetzt hält (%2): Konsolidierungen senden nichts nach Hot, bis sie darunter fällt.</translation>
    </message>
    <message>
        <source>The warm max balance (%1) is below what the warm wallet holds now (%2): collections send nothing to warm until it falls below.</source>
        <extracomment>%1 the new warm max balance, %2 what the warm wallet holds now</extracomment>
        <translation>Der Max. Saldo Warm (%1) liegt unter dem, was die Warm-Wallet jetzt hält (%2): Konsolidierungen senden nichts nach Warm, bis sie darunter fällt.</translation>
    </message>
    <message>
        <source>These settings do not fit together.</source>
        <translation>Diese Einstellungen passen nicht zusammen.</translation>
    </message>
</context>
<context>
    <name>SettingsScreen</name>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Filter assets (Ctrl+F)</source>
        <translation>Assets filtern (Ctrl+F)</translation>
    </message>
    <message>
        <source>Find: type to filter the table</source>
        <translation>Suchen: tippen, um die Tabelle zu filtern</translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation>&amp;Neu laden</translation>
    </message>
    <message>
        <source>Read the settings again from the database (F5)</source>
        <translation>Die Einstellungen erneut aus der Datenbank lesen (F5)</translation>
    </message>
    <message>
        <source>&amp;Discard changes</source>
        <translation>Änderungen &amp;verwerfen</translation>
    </message>
    <message>
        <source>&amp;Apply changes…</source>
        <translation>Änderungen &amp;anwenden…</translation>
    </message>
    <message>
        <source>Per-asset thresholds of the money flows, in each asset&apos;s own unit. Double-click a value or press F2 to change it. Changes stay pending until you apply them all together with one two-factor code (Ctrl+Enter); a red cell says why it cannot be applied.</source>
        <translation>Schwellenwerte der Geldflüsse je Asset, in der Einheit des Assets. Doppelklicken Sie auf einen Wert oder drücken Sie F2, um ihn zu ändern. Änderungen bleiben ausstehend, bis Sie sie alle zusammen mit einem Zwei-Faktor-Code anwenden (Strg+Eingabe); eine rote Zelle sagt, warum sie nicht angewendet werden kann.</translation>
    </message>
    <message>
        <source>Apply every pending change together; asks for one two-factor code (Ctrl+Enter)</source>
        <translation>Alle ausstehenden Änderungen zusammen anwenden; fragt nach einem Zwei-Faktor-Code (Strg+Eingabe)</translation>
    </message>
    <message>
        <source>Drop every pending change; the settings stay as they are</source>
        <translation>Alle ausstehenden Änderungen verwerfen; die Einstellungen bleiben, wie sie sind</translation>
    </message>
    <message>
        <source>No pending changes.</source>
        <translation>Keine ausstehenden Änderungen.</translation>
    </message>
    <message numerus="yes">
        <source>Applying %n change(s)…</source>
        <translation>
            <numerusform>%n Änderung wird angewendet…</numerusform>
            <numerusform>%n Änderungen werden angewendet…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) pending. Correct the red cells to apply them.</source>
        <translation>
            <numerusform>%n Änderung ausstehend. Korrigieren Sie die roten Zellen, um sie anzuwenden.</numerusform>
            <numerusform>%n Änderungen ausstehend. Korrigieren Sie die roten Zellen, um sie anzuwenden.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) pending (shown in italics), not applied yet.</source>
        <translation>
            <numerusform>%n Änderung ausstehend (kursiv), noch nicht angewendet.</numerusform>
            <numerusform>%n Änderungen ausstehend (kursiv), noch nicht angewendet.</numerusform>
        </translation>
    </message>
    <message>
        <source>Withdrawals to a new destination (an address not on the customer&apos;s address list) are always flagged; checked, they also wait for an approver. Each change asks for a two-factor code.</source>
        <translation>Auszahlungen an ein neues Ziel (eine Adresse außerhalb der Adressliste des Kunden) werden immer markiert; angehakt warten sie zusätzlich auf einen Freigebenden. Jede Änderung verlangt einen Zwei-Faktor-Code.</translation>
    </message>
    <message>
        <source>Add asse&amp;t…</source>
        <translation>Asse&amp;t hinzufügen…</translation>
    </message>
    <message>
        <source>Add a token of a chain (ERC-20, Stellar credit asset, ASA) as an asset</source>
        <translation>Einen Token einer Chain (ERC-20, Stellar-Credit-Asset, ASA) als Asset hinzufügen</translation>
    </message>
    <message>
        <source>Only admins add assets.</source>
        <translation>Nur Admins fügen Assets hinzu.</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Everywhere</source>
        <translation>Überall</translation>
    </message>
    <message>
        <source>%1 menu</source>
        <translation>Menü %1</translation>
    </message>
    <message>
        <source>Tables</source>
        <translation>Tabellen</translation>
    </message>
    <message>
        <source>Move between rows, columns and pages</source>
        <translation>Zwischen Zeilen, Spalten und Seiten wechseln</translation>
    </message>
    <message>
        <source>Arrows, Page Up, Page Down, Home, End</source>
        <translation>Pfeiltasten, Page Up, Page Down, Home, End</translation>
    </message>
    <message>
        <source>Sort by a column</source>
        <translation>Nach einer Spalte sortieren</translation>
    </message>
    <message>
        <source>Click its header</source>
        <translation>Auf ihre Kopfzeile klicken</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Edit the selected value</source>
        <translation>Den ausgewählten Wert bearbeiten</translation>
    </message>
    <message>
        <source>Save the edited value / leave it unchanged</source>
        <translation>Den bearbeiteten Wert speichern / unverändert lassen</translation>
    </message>
    <message>
        <source>Enter / Esc</source>
        <translation>Enter / Esc</translation>
    </message>
    <message>
        <source>Dialogs</source>
        <translation>Dialoge</translation>
    </message>
    <message>
        <source>Confirm / cancel</source>
        <translation>Bestätigen / abbrechen</translation>
    </message>
    <message>
        <source> menu</source>
        <translation> Menü</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>Type to filter: a screen, an action or a key</source>
        <translation>Tippen zum Filtern: ein Bildschirm, eine Aktion oder eine Taste</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Wo</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Tasten</translation>
    </message>
    <message>
        <source>Every action that moves money asks for confirmation first, shows the amount and destination, and is final once confirmed.</source>
        <translation>Jede Aktion, die Geld bewegt, fragt zuerst nach einer Bestätigung, zeigt Betrag und Ziel an und ist nach der Bestätigung endgültig.</translation>
    </message>
    <message>
        <source>Find fields</source>
        <translation>Suchfelder</translation>
    </message>
    <message>
        <source>Go to the table, on the first row found</source>
        <translation>Zur Tabelle, auf die erste gefundene Zeile</translation>
    </message>
    <message>
        <source>Enter</source>
        <translation>Eingabetaste</translation>
    </message>
</context>
<context>
    <name>StellarMemoRequiredStatus</name>
    <message>
        <source>Memo required (SEP-29): asking Horizon…</source>
        <translation>Memo erforderlich (SEP-29): Horizon wird gefragt…</translation>
    </message>
    <message>
        <source>Memo required (SEP-29): not known until Stellar&apos;s node (Horizon) is set above.</source>
        <translation>Memo erforderlich (SEP-29): unbekannt, bis oben der Stellar-Knoten (Horizon) eingetragen ist.</translation>
    </message>
    <message>
        <source>Memo required (SEP-29): not known, Horizon could not be asked: %1</source>
        <translation>Memo erforderlich (SEP-29): unbekannt, Horizon konnte nicht gefragt werden: %1</translation>
    </message>
    <message>
        <source>Memo required (SEP-29): set on the base account %1. Wallets refuse to pay it without a memo.</source>
        <translation>Memo erforderlich (SEP-29): auf dem Basiskonto %1 gesetzt. Wallets verweigern Zahlungen dorthin ohne Memo.</translation>
    </message>
    <message>
        <source>Memo required (SEP-29): not set on the base account %1. Wallets let customers pay it without a memo; an admin sets it with exctl stellar memo-required on.</source>
        <translation>Memo erforderlich (SEP-29): auf dem Basiskonto %1 nicht gesetzt. Wallets lassen Kunden ohne Memo dorthin zahlen; ein Admin setzt es mit exctl stellar memo-required on.</translation>
    </message>
    <message>
        <source>Memo required (SEP-29): the base account %1 does not exist on the network yet.</source>
        <translation>Memo erforderlich (SEP-29): das Basiskonto %1 existiert im Netzwerk noch nicht.</translation>
    </message>
</context>
<context>
    <name>TableTools</name>
    <message>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <source>Copy row</source>
        <translation>Zeile kopieren</translation>
    </message>
    <message>
        <source>Export as CSV…</source>
        <translation>Als CSV exportieren…</translation>
    </message>
    <message>
        <source>Export as CSV</source>
        <translation>Als CSV exportieren</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>%1 could not be written: %2</source>
        <translation>%1 konnte nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Filter rows (Esc clears)</source>
        <translation>Zeilen filtern (Esc leert)</translation>
    </message>
</context>
<context>
    <name>TokenReadinessModel</name>
    <message>
        <source>Token readiness could not be read: %1</source>
        <translation>Die Token-Bereitschaft konnte nicht gelesen werden: %1</translation>
    </message>
    <message numerus="yes">
        <source>All %n address(es) opted in</source>
        <translation>
            <numerusform>Die %n Adresse hat ihr Opt-in</numerusform>
            <numerusform>Alle %n Adressen haben ihr Opt-in</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of %1 not opted in yet: the collection run opts them in</source>
        <extracomment>%n the addresses not opted in, %1 all Algorand deposit addresses</extracomment>
        <translation>
            <numerusform>%n von %1 noch ohne Opt-in: der Sammellauf holt es nach</numerusform>
            <numerusform>%n von %1 noch ohne Opt-in: der Sammellauf holt es nach</numerusform>
        </translation>
    </message>
    <message>
        <source>Account not on the network yet</source>
        <translation>Konto noch nicht im Netzwerk</translation>
    </message>
    <message>
        <source>Trustline present</source>
        <translation>Trustline vorhanden</translation>
    </message>
    <message>
        <source>Trustline missing</source>
        <translation>Trustline fehlt</translation>
    </message>
    <message>
        <source>Opted in</source>
        <translation>Opt-in vorhanden</translation>
    </message>
    <message>
        <source>Not opted in</source>
        <translation>Kein Opt-in</translation>
    </message>
    <message>
        <source>Authorized</source>
        <translation>Autorisiert</translation>
    </message>
    <message>
        <source>Not authorized by the issuer</source>
        <translation>Vom Emittenten nicht autorisiert</translation>
    </message>
    <message>
        <source>Not frozen</source>
        <translation>Nicht eingefroren</translation>
    </message>
    <message>
        <source>Frozen</source>
        <translation>Eingefroren</translation>
    </message>
    <message>
        <source>Unlimited</source>
        <translation>Unbegrenzt</translation>
    </message>
    <message>
        <source>Asset</source>
        <translation>Asset</translation>
    </message>
    <message>
        <source>Chain</source>
        <translation>Chain</translation>
    </message>
    <message>
        <source>Wallet</source>
        <translation>Wallet</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Trustline / opt-in</source>
        <translation>Trustline / Opt-in</translation>
    </message>
    <message>
        <source>Limit</source>
        <translation>Limit</translation>
    </message>
    <message>
        <source>Holds</source>
        <translation>Bestand</translation>
    </message>
    <message>
        <source>Sign a change_trust for %1 with the hot wallet&apos;s key from the key vault and submit it to Horizon. The hot account %2 gives 0.5 XLM of reserve to the line and pays the fee.</source>
        <translation>Ein change_trust für %1 mit dem Schlüssel der Hot-Wallet aus dem Schlüsseltresor signieren und an Horizon senden. Das Hot-Konto %2 gibt 0,5 XLM Reserve für die Trustline und zahlt die Gebühr.</translation>
    </message>
    <message>
        <source>Sign an opt-in to %1 with the hot wallet&apos;s key from the key vault and send it to algod. The hot account %2 gives 0.1 ALGO of minimum balance to it and pays the fee.</source>
        <translation>Ein Opt-in für %1 mit dem Schlüssel der Hot-Wallet aus dem Schlüsseltresor signieren und an algod senden. Das Hot-Konto %2 gibt 0,1 ALGO Mindestguthaben dafür und zahlt die Gebühr.</translation>
    </message>
    <message>
        <source>Write the unsigned change_trust of the %1 account %2 for %3 to %4. Nothing is signed or sent here: sign it offline with that wallet&apos;s key and submit it.</source>
        <translation>Das unsignierte change_trust des Kontos %2 (%1) für %3 nach %4 schreiben. Hier wird nichts signiert oder gesendet: offline mit dem Schlüssel dieser Wallet signieren und senden.</translation>
    </message>
    <message>
        <source>Write the unsigned opt-in of the %1 account %2 to %3 to %4. Nothing is signed or sent here: sign it offline with that wallet&apos;s key and send it to algod.</source>
        <translation>Das unsignierte Opt-in des Kontos %2 (%1) für %3 nach %4 schreiben. Hier wird nichts signiert oder gesendet: offline mit dem Schlüssel dieser Wallet signieren und an algod senden.</translation>
    </message>
    <message>
        <source>Choose the hot, warm or cold wallet of a token first.</source>
        <translation>Zuerst die Hot-, Warm- oder Cold-Wallet eines Tokens wählen.</translation>
    </message>
    <message>
        <source>Choose the file the unsigned transaction goes to.</source>
        <translation>Die Datei wählen, in die die unsignierte Transaktion geschrieben wird.</translation>
    </message>
    <message>
        <source>Not prepared: %1</source>
        <translation>Nicht vorbereitet: %1</translation>
    </message>
    <message>
        <source>Make the hot wallet ready for %1</source>
        <translation>Die Hot-Wallet für %1 bereit machen</translation>
    </message>
    <message>
        <source>Export the %1 wallet&apos;s transaction for %2</source>
        <translation>Die Transaktion der Wallet %1 für %2 exportieren</translation>
    </message>
    <message>
        <source>The %1 wallet is ready for %2 already: nothing was made.</source>
        <translation>Die Wallet %1 ist für %2 bereits bereit: nichts wurde erstellt.</translation>
    </message>
    <message>
        <source>The hot wallet&apos;s transaction for %1 was sent: %2.</source>
        <translation>Die Transaktion der Hot-Wallet für %1 wurde gesendet: %2.</translation>
    </message>
    <message>
        <source>The unsigned transaction of the %1 wallet for %2 was written to %3. Once signed offline and sent, its id will be %4.</source>
        <translation>Die unsignierte Transaktion der Wallet %1 für %2 wurde nach %3 geschrieben. Offline signiert und gesendet, hat sie die ID %4.</translation>
    </message>
</context>
<context>
    <name>TokenReadinessPanel</name>
    <message>
        <source>&amp;Read the chains again</source>
        <translation>Chains erneut &amp;lesen</translation>
    </message>
    <message>
        <source>&amp;Establish from the vault…</source>
        <translation>Aus dem Tresor &amp;einrichten…</translation>
    </message>
    <message>
        <source>E&amp;xport for offline signing…</source>
        <translation>Für Offline-Signatur e&amp;xportieren…</translation>
    </message>
    <message>
        <source>A Stellar wallet can hold a token only with a trustline to it, an Algorand wallet only after it opted in. Hot is made ready from the key vault; warm and cold are exported, signed offline with their keys and sent from there. Algorand deposit addresses opt in with the collection run, which funds them from the fee wallet.</source>
        <translation>Eine Stellar-Wallet kann einen Token nur mit einer Trustline halten, eine Algorand-Wallet erst nach einem Opt-in. Hot wird aus dem Schlüsseltresor bereit gemacht; Warm und Cold werden exportiert, offline mit ihren Schlüsseln signiert und von dort gesendet. Algorand-Einzahlungsadressen machen ihr Opt-in im Sammellauf, der sie aus der Gebühren-Wallet finanziert.</translation>
    </message>
    <message>
        <source>Asking Horizon and algod…</source>
        <translation>Horizon und algod werden gefragt…</translation>
    </message>
    <message>
        <source>Not read yet.</source>
        <translation>Noch nicht gelesen.</translation>
    </message>
    <message>
        <source>No Stellar or Algorand token is in force: nothing needs a trustline or an opt-in.</source>
        <translation>Kein Stellar- oder Algorand-Token ist in Kraft: nichts braucht eine Trustline oder ein Opt-in.</translation>
    </message>
    <message>
        <source>Every exchange wallet can receive every token in force.</source>
        <translation>Jede Wallet der Börse kann jeden Token in Kraft empfangen.</translation>
    </message>
    <message numerus="yes">
        <source>%n wallet(s) or group(s) of deposit addresses cannot receive a token yet.</source>
        <translation>
            <numerusform>%n Wallet oder Gruppe von Einzahlungsadressen kann einen Token noch nicht empfangen.</numerusform>
            <numerusform>%n Wallets oder Gruppen von Einzahlungsadressen können einen Token noch nicht empfangen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not read: %1</source>
        <extracomment>%1 why a chain could not be read</extracomment>
        <translation>Nicht gelesen: %1</translation>
    </message>
    <message>
        <source>An admin prepares trustlines and opt-ins.</source>
        <translation>Trustlines und Opt-ins bereitet ein Admin vor.</translation>
    </message>
    <message>
        <source>Make the hot wallet ready for %1</source>
        <translation>Die Hot-Wallet für %1 bereit machen</translation>
    </message>
    <message>
        <source>&amp;Sign and send</source>
        <translation>&amp;Signieren und senden</translation>
    </message>
    <message>
        <source>Export for offline signing</source>
        <translation>Für Offline-Signatur exportieren</translation>
    </message>
    <message>
        <source>&amp;Write the file</source>
        <translation>Datei &amp;schreiben</translation>
    </message>
</context>
<context>
    <name>TotpEnrolDialog</name>
    <message>
        <source>&amp;Confirm code</source>
        <translation>Code &amp;bestätigen</translation>
    </message>
    <message>
        <source>Exchange Console — Set up two-factor codes</source>
        <translation>Exchange Console — Zwei-Faktor-Codes einrichten</translation>
    </message>
    <message>
        <source>Set up your authenticator app</source>
        <translation>Richten Sie Ihre Authenticator-App ein</translation>
    </message>
    <message>
        <source>Your role confirms sensitive actions (approving withdrawals, changing settings, unlocking the key vault) with a 6-digit code. Scan this QR code with an authenticator app (e.g. FreeOTP, Aegis, Google Authenticator), then type the code it shows. Nobody else may see this screen.</source>
        <translation>Ihre Rolle bestätigt sensible Aktionen (Freigeben von Auszahlungen, Ändern von Einstellungen, Entsperren des Schlüsseltresors) mit einem 6-stelligen Code. Scannen Sie diesen QR-Code mit einer Authenticator-App (z. B. FreeOTP, Aegis, Google Authenticator) und geben Sie dann den angezeigten Code ein. Niemand sonst darf diesen Bildschirm sehen.</translation>
    </message>
    <message>
        <source>Preparing…</source>
        <translation>Wird vorbereitet…</translation>
    </message>
    <message>
        <source>6 digits</source>
        <translation>6 Ziffern</translation>
    </message>
    <message>
        <source>Current &amp;code:</source>
        <translation>Aktueller &amp;Code:</translation>
    </message>
    <message>
        <source>No secret could be made: %1</source>
        <translation>Es konnte kein Geheimnis erzeugt werden: %1</translation>
    </message>
    <message>
        <source>QR code for your authenticator app</source>
        <translation>QR-Code für Ihre Authenticator-App</translation>
    </message>
    <message>
        <source>Cannot scan? Enter this key in the app (time-based, 6 digits, 30 s): %1</source>
        <translation>Scannen nicht möglich? Geben Sie diesen Schlüssel in der App ein (zeitbasiert, 6 Ziffern, 30 s): %1</translation>
    </message>
    <message>
        <source>Not set up: %1. Wait for the next code and try again.</source>
        <translation>Nicht eingerichtet: %1. Warten Sie auf den nächsten Code und versuchen Sie es erneut.</translation>
    </message>
</context>
<context>
    <name>TotpPromptDialog</name>
    <message>
        <source>C&amp;onfirm</source>
        <translation>&amp;Bestätigen</translation>
    </message>
    <message>
        <source>Two-factor code</source>
        <translation>Zwei-Faktor-Code</translation>
    </message>
    <message>
        <source>Enter the current 6-digit code from your authenticator app. Each code works once.</source>
        <translation>Geben Sie den aktuellen 6-stelligen Code aus Ihrer Authenticator-App ein. Jeder Code gilt nur einmal.</translation>
    </message>
    <message>
        <source>6 digits</source>
        <translation>6 Ziffern</translation>
    </message>
</context>
<context>
    <name>TradeFillsModel</name>
    <message>
        <source>Buy</source>
        <extracomment>Who took liquidity in a fill: the incoming order bought or sold the base asset</extracomment>
        <translation>Kauf</translation>
    </message>
    <message>
        <source>Sell</source>
        <translation>Verkauf</translation>
    </message>
    <message>
        <source>Taker</source>
        <translation>Taker</translation>
    </message>
    <message>
        <source>Price (%1)</source>
        <translation>Preis (%1)</translation>
    </message>
    <message>
        <source>Amount (%1)</source>
        <translation>Menge (%1)</translation>
    </message>
    <message>
        <source>Exchange&apos;s spread</source>
        <translation>Spread der Börse</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <extracomment>An amount and its asset&apos;s code, e.g. &quot;0.0004 ETH&quot;</extracomment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
</context>
<context>
    <name>TradeLogModel</name>
    <message>
        <source>Why it was refused</source>
        <translation>Grund der Ablehnung</translation>
    </message>
    <message numerus="yes">
        <source>%n byte(s), SHA-256 %1</source>
        <extracomment>Tooltip of a refused request&apos;s payload: %1 its size in bytes, %2 its SHA-256 in hex.</extracomment>
        <translation>
            <numerusform>%n Byte, SHA-256 %1</numerusform>
            <numerusform>%n Bytes, SHA-256 %1</numerusform>
        </translation>
    </message>
    <message>
        <source>From</source>
        <extracomment>The network address a refused request came from.</extracomment>
        <translation>Von</translation>
    </message>
    <message>
        <source>Endpoint</source>
        <extracomment>The API endpoint a refused request was sent to, e.g. /trade.</extracomment>
        <translation>Endpunkt</translation>
    </message>
    <message>
        <source>HTTP status</source>
        <extracomment>The HTTP status code the client was answered with.</extracomment>
        <translation>HTTP-Status</translation>
    </message>
    <message>
        <source>Count</source>
        <extracomment>How many refusals a row stands for (repeats from one source within a minute).</extracomment>
        <translation>Anzahl</translation>
    </message>
    <message>
        <source>Payload (first 1 KiB)</source>
        <translation>Nutzdaten (erstes 1 KiB)</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
</context>
<context>
    <name>TradeStatsModel</name>
    <message>
        <source>Asset</source>
        <translation>Asset</translation>
    </message>
    <message>
        <source>Taken in</source>
        <translation>Eingenommen</translation>
    </message>
    <message>
        <source>Unfilled (liability)</source>
        <translation>Nicht ausgeführt (Verbindlichkeit)</translation>
    </message>
    <message>
        <source>Refunds owed</source>
        <translation>Geschuldete Erstattungen</translation>
    </message>
    <message>
        <source>Payouts owed</source>
        <translation>Geschuldete Auszahlungen</translation>
    </message>
    <message>
        <source>Paid out</source>
        <translation>Ausgezahlt</translation>
    </message>
    <message>
        <source>Profit</source>
        <translation>Gewinn</translation>
    </message>
    <message>
        <source>Sell amounts of every order that came with a deposit.</source>
        <translation>Verkaufsbeträge aller Orders, die mit einer Einzahlung eingingen.</translation>
    </message>
    <message>
        <source>Sell amounts of open orders: what the exchange would refund if it stopped.</source>
        <translation>Verkaufsbeträge offener Orders: was die Börse erstatten würde, wenn sie den Betrieb einstellte.</translation>
    </message>
    <message>
        <source>Taken in, less unfilled, refunds and payouts: the spread the exchange kept.</source>
        <translation>Eingenommen abzüglich nicht ausgeführt, Erstattungen und Auszahlungen: der Spread, den die Börse einbehalten hat.</translation>
    </message>
</context>
<context>
    <name>TxidUploadDialog</name>
    <message>
        <source>Upload the TxId of withdrawal %1</source>
        <translation>TxId der Auszahlung %1 hochladen</translation>
    </message>
    <message>
        <source>Looking up the warm wallet…</source>
        <translation>Warm-Wallet wird ermittelt…</translation>
    </message>
    <message>
        <source>This withdrawal was paid outside the system from the warm wallet. Enter the transaction&apos;s TxId: the console checks on the chain that it succeeded and pays the destination at least the amount from the warm wallet before the withdrawal is marked paid.</source>
        <translation>Diese Auszahlung wurde außerhalb des Systems aus der Warm-Wallet bezahlt. Geben Sie die TxId der Transaktion ein: Die Konsole prüft auf der Chain, dass sie erfolgreich war und dem Ziel mindestens den Betrag aus der Warm-Wallet zahlt, bevor die Auszahlung als bezahlt markiert wird.</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>0x followed by 64 hex digits</source>
        <translation>0x gefolgt von 64 Hex-Ziffern</translation>
    </message>
    <message>
        <source>64 hex digits</source>
        <translation>64 Hex-Ziffern</translation>
    </message>
    <message>
        <source>52 characters (A–Z, 2–7)</source>
        <translation>52 Zeichen (A–Z, 2–7)</translation>
    </message>
    <message>
        <source>Paste the TxId of the payout.</source>
        <translation>Fügen Sie die TxId der Auszahlung ein.</translation>
    </message>
    <message>
        <source>Withdrawal:</source>
        <translation>Auszahlung:</translation>
    </message>
    <message>
        <source>%1, customer %2, on %3</source>
        <translation>%1, Kunde %2, auf %3</translation>
    </message>
    <message>
        <source>Amount:</source>
        <translation>Betrag:</translation>
    </message>
    <message>
        <source>Destination:</source>
        <translation>Ziel:</translation>
    </message>
    <message>
        <source>From the warm wallet:</source>
        <translation>Aus der Warm-Wallet:</translation>
    </message>
    <message>
        <source>&amp;TxId:</source>
        <translation>&amp;TxId:</translation>
    </message>
    <message>
        <source>Check on the chain and mark paid</source>
        <translation>Auf der Chain prüfen und als bezahlt markieren</translation>
    </message>
    <message>
        <source>None: %1</source>
        <translation>Keine: %1</translation>
    </message>
    <message>
        <source>Checking the TxId…</source>
        <translation>TxId wird geprüft…</translation>
    </message>
    <message>
        <source>A valid TxId, used by no other withdrawal. The chain is asked when you confirm.</source>
        <translation>Eine gültige TxId, die von keiner anderen Auszahlung verwendet wird. Die Chain wird bei der Bestätigung abgefragt.</translation>
    </message>
    <message>
        <source>Asking the chain about this transaction…</source>
        <translation>Chain wird zu dieser Transaktion abgefragt…</translation>
    </message>
    <message>
        <source>Not marked paid: %1</source>
        <extracomment>The reason comes from the core, in the operator&apos;s language, naming what differs.</extracomment>
        <translation>Nicht als bezahlt markiert: %1</translation>
    </message>
    <message>
        <source>Paid: the chain shows the payment.</source>
        <translation>Bezahlt: Die Chain zeigt die Zahlung.</translation>
    </message>
    <message>
        <source>Checking the TxId… it is checked on the chain and marked paid as soon as it is found valid.</source>
        <translation>Die TxId wird geprüft… sie wird auf der Chain geprüft und als bezahlt markiert, sobald sie gültig ist.</translation>
    </message>
    <message>
        <source>The console reaches the chain through the node set in Settings → Chains.</source>
        <translation>Die Konsole erreicht die Chain über den Knoten, der unter Einstellungen → Chains festgelegt ist.</translation>
    </message>
    <message>
        <source>Mark held withdrawal %1 paid by its TxId</source>
        <translation>Angehaltene Auszahlung %1 per TxId als bezahlt markieren</translation>
    </message>
    <message>
        <source>Looking up the hot wallet…</source>
        <translation>Hot-Wallet wird gesucht…</translation>
    </message>
    <message>
        <source>The payout signer held this withdrawal: %1

If your investigation shows it was paid, enter the TxId that paid it (the one the signer&apos;s journal names, or another): the console checks on the chain that it succeeded and pays the destination at least the amount from the hot wallet, then settles it as paid. Confirming asks for your two-factor code.</source>
        <translation>Der Auszahlungs-Signierer hat diese Auszahlung angehalten: %1

Wenn Ihre Untersuchung zeigt, dass sie bezahlt wurde, geben Sie die TxId ein, mit der sie bezahlt wurde (die aus dem Journal des Signierers oder eine andere): Die Konsole prüft auf der Chain, dass die Transaktion erfolgreich war und der Zieladresse mindestens den Betrag aus der Hot-Wallet zahlt, und verbucht die Auszahlung dann als bezahlt. Zum Bestätigen wird Ihr Zwei-Faktor-Code abgefragt.</translation>
    </message>
    <message>
        <source>From the hot wallet:</source>
        <translation>Von der Hot-Wallet:</translation>
    </message>
    <message>
        <source>Release held withdrawal %1 as paid by TxId %2</source>
        <translation>Angehaltene Auszahlung %1 als bezahlt durch TxId %2 freigeben</translation>
    </message>
</context>
<context>
    <name>WalletsModel</name>
    <message>
        <source>The wallets could not be read: %1</source>
        <translation>Die Wallets konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Deposit addresses</source>
        <translation>Einzahlungsadressen</translation>
    </message>
    <message>
        <source>Hot</source>
        <translation>Hot</translation>
    </message>
    <message>
        <source>Warm (watch-only)</source>
        <translation>Warm (nur Beobachtung)</translation>
    </message>
    <message>
        <source>Cold (watch-only)</source>
        <translation>Cold (nur Beobachtung)</translation>
    </message>
    <message>
        <source>none registered</source>
        <translation>keine registriert</translation>
    </message>
    <message numerus="yes">
        <source>%n addresses</source>
        <translation>
            <numerusform>%n Adresse</numerusform>
            <numerusform>%n Adressen</numerusform>
        </translation>
    </message>
    <message>
        <source>%1%</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message>
        <source>What the chain reports minus what the ledger says. Anything but none needs a look: fees not yet booked, a payment not yet seen, or worse.</source>
        <translation>Was die Chain meldet, abzüglich dessen, was das Hauptbuch sagt. Alles außer „keine“ sollte geprüft werden: noch nicht gebuchte Gebühren, eine noch nicht erkannte Zahlung oder Schlimmeres.</translation>
    </message>
    <message>
        <source>Above its max balance: the excess should move on to the next tier.</source>
        <translation>Über dem max. Saldo: Der Überschuss sollte in die nächste Stufe weitergeleitet werden.</translation>
    </message>
    <message>
        <source>Ledger balance against the max balance.</source>
        <translation>Hauptbuchsaldo im Verhältnis zum max. Saldo.</translation>
    </message>
    <message>
        <source>Asset</source>
        <translation>Asset</translation>
    </message>
    <message>
        <source>Wallet</source>
        <translation>Wallet</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Of max</source>
        <translation>Vom Max.</translation>
    </message>
    <message>
        <source>Ledger</source>
        <translation>Hauptbuch</translation>
    </message>
    <message>
        <source>Chain</source>
        <translation>Chain</translation>
    </message>
    <message>
        <source>Difference</source>
        <translation>Differenz</translation>
    </message>
    <message>
        <source>Max balance</source>
        <translation>Max. Saldo</translation>
    </message>
    <message>
        <source>Chain read</source>
        <translation>Chain gelesen</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <extracomment>asset code and tier, e.g. &quot;XLM hot&quot;</extracomment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Chain balances: never read from the chains.</source>
        <translation>Chain-Salden: nie von den Chains gelesen.</translation>
    </message>
    <message>
        <source>Chain balances as last read from the chains, at %1.</source>
        <translation>Chain-Salden, wie zuletzt von den Chains gelesen, am %1.</translation>
    </message>
    <message>
        <source>Chain balances as last read from the chains: the oldest at %1, the newest at %2.</source>
        <translation>Chain-Salden, wie zuletzt von den Chains gelesen: der älteste am %1, der neueste am %2.</translation>
    </message>
    <message>
        <source>Never read: %1.</source>
        <translation>Nie gelesen: %1.</translation>
    </message>
    <message>
        <source>Fee wallet (gas for token sweeps)</source>
        <translation>Gebühren-Wallet (Gas für Token-Sweeps)</translation>
    </message>
    <message>
        <source>The most the fee wallet should hold: a funding from warm fills it to this.</source>
        <translation>Das Höchste, was die Gebühren-Wallet halten soll: Eine Aufladung aus Warm füllt sie bis dahin.</translation>
    </message>
    <message>
        <source>Below %1 the Dashboard asks for funding.</source>
        <extracomment>%1 an amount of the chain&apos;s coin with its code</extracomment>
        <translation>Unter %1 bittet das Dashboard um eine Aufladung.</translation>
    </message>
</context>
<context>
    <name>WalletsScreen</name>
    <message>
        <source>Wallets</source>
        <translation>Wallets</translation>
    </message>
    <message>
        <source>Collections fill the hot wallet up to its max balance, then warm, and the rest goes to cold. Ledger is what the books say each wallet holds; Chain is what the node last reported. Warm and cold are watch-only: they are signed for outside this console.</source>
        <translation>Konsolidierungen füllen die Hot-Wallet bis zu ihrem max. Saldo, dann die Warm-Wallet, und der Rest geht in die Cold-Wallet. Hauptbuch ist, was laut Büchern jede Wallet hält; Chain ist, was der Node zuletzt gemeldet hat. Warm und Cold sind nur zur Beobachtung: Sie werden außerhalb dieser Konsole signiert.</translation>
    </message>
    <message>
        <source>Deposit watchers: starting…</source>
        <translation>Einzahlungs-Watcher: werden gestartet…</translation>
    </message>
    <message>
        <source>Deposit watchers and chain balances:</source>
        <extracomment>followed by one line per chain</extracomment>
        <translation>Einzahlungs-Watcher und Chain-Salden:</translation>
    </message>
    <message>
        <source>the selected wallet&apos;s address</source>
        <translation>die Adresse der gewählten Wallet</translation>
    </message>
    <message>
        <source>Copy address</source>
        <translation>Adresse kopieren</translation>
    </message>
    <message>
        <source>Gas left on deposit addresses</source>
        <translation>Übriges Gas auf Einzahlungsadressen</translation>
    </message>
    <message>
        <source>Recent refuels by the fee wallet</source>
        <translation>Letzte Gas-Aufladungen durch die Gebühren-Wallet</translation>
    </message>
    <message>
        <source>Trustlines and opt-ins</source>
        <translation>Trustlines und Opt-ins</translation>
    </message>
</context>
<context>
    <name>WebhookDeliveriesModel</name>
    <message>
        <source>The webhook deliveries could not be read: %1</source>
        <translation>Die Webhook-Zustellungen konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Retry webhook delivery %1</source>
        <translation>Webhook-Zustellung %1 erneut senden</translation>
    </message>
    <message>
        <source>Webhook delivery %1 was not retried: %2</source>
        <translation>Webhook-Zustellung %1 wurde nicht erneut gesendet: %2</translation>
    </message>
    <message>
        <source>Retry every failed webhook delivery</source>
        <translation>Alle gescheiterten Webhook-Zustellungen erneut senden</translation>
    </message>
    <message>
        <source>The failed webhook deliveries were not retried: %1</source>
        <translation>Die gescheiterten Webhook-Zustellungen wurden nicht erneut gesendet: %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>%1 a back-office service client&apos;s name, %2 its webhook URL</extracomment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Waiting</source>
        <extracomment>A webhook delivery not tried yet</extracomment>
        <translation>Wartet</translation>
    </message>
    <message>
        <source>Failing, retried</source>
        <extracomment>A webhook delivery tried without a 2xx answer, to be tried again</extracomment>
        <translation>Scheitert, wird wiederholt</translation>
    </message>
    <message>
        <source>Failed</source>
        <extracomment>A webhook delivery given up after a day without a 2xx answer</extracomment>
        <translation>Gescheitert</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>Zugestellt</translation>
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
        <translation>zugestellt %1</translation>
    </message>
    <message>
        <source>failed %1</source>
        <translation>gescheitert %1</translation>
    </message>
    <message>
        <source>next %1</source>
        <translation>nächster Versuch %1</translation>
    </message>
    <message>
        <source>Delivery %1 of event %2</source>
        <extracomment>%1 the delivery&apos;s id, %2 the event&apos;s id (evt_…) the receiver dedupes by</extracomment>
        <translation>Zustellung %1 des Ereignisses %2</translation>
    </message>
    <message>
        <source>Event time</source>
        <translation>Zeit des Ereignisses</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Ereignis</translation>
    </message>
    <message>
        <source>Object</source>
        <translation>Objekt</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>Versuche</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Last answer</source>
        <translation>Letzte Antwort</translation>
    </message>
    <message>
        <source>Next attempt / done</source>
        <translation>Nächster Versuch / erledigt</translation>
    </message>
</context>
<context>
    <name>WebhooksScreen</name>
    <message>
        <source>Re&amp;try</source>
        <translation>Erneut &amp;senden</translation>
    </message>
    <message>
        <source>Retry all &amp;failed</source>
        <translation>Alle &amp;gescheiterten erneut senden</translation>
    </message>
    <message>
        <source>Webhooks</source>
        <translation>Webhooks</translation>
    </message>
    <message>
        <source>The signed notices the back office sends to the exchange&apos;s web app when a deposit, withdrawal or customer changes. A delivery without a 2xx answer is tried again with growing pauses and given up after a day; an admin sends a failing or failed one again once its receiver works.</source>
        <extracomment>Webhooks: the signed notices the exchange&apos;s web app receives of deposits, withdrawals and customers.</extracomment>
        <translation>Die signierten Benachrichtigungen, die das Backoffice an die Web-App der Börse sendet, wenn sich eine Einzahlung, Auszahlung oder ein Kunde ändert. Eine Zustellung ohne 2xx-Antwort wird mit wachsenden Pausen erneut versucht und nach einem Tag aufgegeben; ein Admin sendet eine scheiternde oder gescheiterte erneut, sobald ihr Empfänger wieder funktioniert.</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Anzeigen</translation>
    </message>
    <message>
        <source>Not getting through</source>
        <translation>Kommen nicht an</translation>
    </message>
    <message>
        <source>Failing, being retried</source>
        <extracomment>Deliveries still open that were tried without a 2xx answer</extracomment>
        <translation>Scheitern, werden wiederholt</translation>
    </message>
    <message>
        <source>Failed (given up)</source>
        <translation>Gescheitert (aufgegeben)</translation>
    </message>
    <message>
        <source>All deliveries</source>
        <translation>Alle Zustellungen</translation>
    </message>
    <message>
        <source>Filter by event, object, client, URL, answer (Ctrl+F)</source>
        <translation>Nach Ereignis, Objekt, Client, URL, Antwort filtern (Strg+F)</translation>
    </message>
    <message>
        <source>Find: type to filter the table</source>
        <translation>Suchen: tippen, um die Tabelle zu filtern</translation>
    </message>
    <message>
        <source>Webhook delivery %1 is due again now; the next pass of the webhook duty sends it.</source>
        <translation>Webhook-Zustellung %1 ist jetzt wieder fällig; der nächste Durchlauf des Webhook-Dienstes sendet sie.</translation>
    </message>
    <message>
        <source>No webhook delivery had failed: nothing was retried.</source>
        <translation>Keine Webhook-Zustellung war gescheitert: nichts wurde erneut gesendet.</translation>
    </message>
    <message numerus="yes">
        <source>%n failed webhook delivery(ies) due again now.</source>
        <translation>
            <numerusform>%n gescheiterte Webhook-Zustellung ist jetzt wieder fällig.</numerusform>
            <numerusform>%n gescheiterte Webhook-Zustellungen sind jetzt wieder fällig.</numerusform>
        </translation>
    </message>
    <message>
        <source>Only an admin sends webhook deliveries again</source>
        <translation>Nur ein Admin sendet Webhook-Zustellungen erneut</translation>
    </message>
    <message>
        <source>Delivered: the web app has this event already</source>
        <translation>Zugestellt: die Web-App hat dieses Ereignis bereits</translation>
    </message>
    <message>
        <source>Not tried yet: it goes at its time without a retry</source>
        <translation>Noch nicht versucht: sie geht ohne erneutes Senden zu ihrer Zeit hinaus</translation>
    </message>
    <message>
        <source>Send the selected delivery again now, with a day to get through (Ctrl+Shift+T)</source>
        <translation>Die ausgewählte Zustellung jetzt erneut senden, mit einem Tag Zeit anzukommen (Strg+Umschalt+T)</translation>
    </message>
    <message>
        <source>No delivery has failed</source>
        <translation>Keine Zustellung ist gescheitert</translation>
    </message>
    <message>
        <source>Send every failed delivery again now, each to its own endpoint</source>
        <translation>Jede gescheiterte Zustellung jetzt erneut senden, jede an ihren eigenen Endpunkt</translation>
    </message>
    <message numerus="yes">
        <source>%n delivery(ies) shown</source>
        <translation>
            <numerusform>%n Zustellung angezeigt</numerusform>
            <numerusform>%n Zustellungen angezeigt</numerusform>
        </translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation>Wird gelesen…</translation>
    </message>
    <message>
        <source>Every delivery gets through: none is failing or failed.</source>
        <translation>Jede Zustellung kommt an: keine scheitert oder ist gescheitert.</translation>
    </message>
    <message>
        <source>Not getting through: %1 being retried, %2 failed.</source>
        <extracomment>%1 deliveries failing (open, retried), %2 deliveries failed (given up)</extracomment>
        <translation>Kommen nicht an: %1 werden erneut versucht, %2 gescheitert.</translation>
    </message>
    <message>
        <source>Send the %1 event of %2 (%3) again to %4 at %5?

It is due at once and tried for a day until the receiver answers 2xx. The receiver knows the event by its id, so it does not apply it twice.</source>
        <extracomment>%1 event type, %2 the object (e.g. &quot;withdrawal #4&quot;), %3 event id, %4 client name, %5 URL</extracomment>
        <translation>Das Ereignis %1 von %2 (%3) erneut an %4 unter %5 senden?

Es ist sofort fällig und wird einen Tag lang versucht, bis der Empfänger mit 2xx antwortet. Der Empfänger kennt das Ereignis an seiner ID und wendet es daher nicht zweimal an.</translation>
    </message>
    <message>
        <source>Retry webhook delivery %1</source>
        <translation>Webhook-Zustellung %1 erneut senden</translation>
    </message>
    <message>
        <source>&amp;Send again</source>
        <translation>Erneut &amp;senden</translation>
    </message>
    <message numerus="yes">
        <source>Send the %n failed webhook delivery(ies) again, each to the endpoint it was for?</source>
        <translation>
            <numerusform>Die %n gescheiterte Webhook-Zustellung erneut an den Endpunkt senden, für den sie bestimmt war?</numerusform>
            <numerusform>Die %n gescheiterten Webhook-Zustellungen erneut senden, jede an den Endpunkt, für den sie bestimmt war?</numerusform>
        </translation>
    </message>
    <message>
        <source>They are due at once and tried for a day until their receivers answer 2xx.</source>
        <translation>Sie sind sofort fällig und werden einen Tag lang versucht, bis ihre Empfänger mit 2xx antworten.</translation>
    </message>
    <message>
        <source>Retry all failed webhook deliveries</source>
        <translation>Alle gescheiterten Webhook-Zustellungen erneut senden</translation>
    </message>
</context>
<context>
    <name>WithdrawalDecisionDialog</name>
    <message>
        <source>Approve withdrawal %1</source>
        <translation>Auszahlung %1 freigeben</translation>
    </message>
    <message>
        <source>Reject withdrawal %1</source>
        <translation>Auszahlung %1 ablehnen</translation>
    </message>
    <message>
        <source>Cancel withdrawal %1</source>
        <translation>Auszahlung %1 stornieren</translation>
    </message>
    <message>
        <source>Retry withdrawal %1</source>
        <translation>Auszahlung %1 erneut versuchen</translation>
    </message>
    <message>
        <source>Send withdrawal %1 to manual payout</source>
        <translation>Auszahlung %1 an manuelle Auszahlung übergeben</translation>
    </message>
    <message>
        <source>Amount:</source>
        <translation>Betrag:</translation>
    </message>
    <message>
        <source>Fee:</source>
        <translation>Gebühr:</translation>
    </message>
    <message>
        <source>To (%1):</source>
        <translation>An (%1):</translation>
    </message>
    <message>
        <source>Customer:</source>
        <translation>Kunde:</translation>
    </message>
    <message>
        <source>Under review because:</source>
        <translation>In Prüfung, weil:</translation>
    </message>
    <message>
        <source>Approvals so far:</source>
        <translation>Bisherige Freigaben:</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Zurück</translation>
    </message>
    <message>
        <source>&amp;Approve</source>
        <translation>&amp;Freigeben</translation>
    </message>
    <message>
        <source>Yours is the second of the two approvals this amount needs: %1 will be paid to the address above from the hot wallet. You will be asked for a two-factor code.</source>
        <translation>Ihre ist die zweite der beiden Freigaben, die dieser Betrag benötigt: %1 wird aus der Hot-Wallet an die obige Adresse ausgezahlt. Sie werden nach einem Zwei-Faktor-Code gefragt.</translation>
    </message>
    <message>
        <source>Yours is the only approval this amount needs: %1 will be paid to the address above from the hot wallet. You will be asked for a two-factor code.</source>
        <translation>Ihre ist die einzige Freigabe, die dieser Betrag benötigt: %1 wird aus der Hot-Wallet an die obige Adresse ausgezahlt. Sie werden nach einem Zwei-Faktor-Code gefragt.</translation>
    </message>
    <message>
        <source>Yours is the first of the two approvals this amount needs (four eyes): nothing is paid until a second approver approves too. You will be asked for a two-factor code.</source>
        <translation>Ihre ist die erste der beiden Freigaben, die dieser Betrag benötigt (Vier-Augen-Prinzip): Nichts wird ausgezahlt, bis ein zweiter Freigeber ebenfalls freigibt. Sie werden nach einem Zwei-Faktor-Code gefragt.</translation>
    </message>
    <message>
        <source>&amp;Reject</source>
        <translation>&amp;Ablehnen</translation>
    </message>
    <message>
        <source>%1 and its fee go back to the customer&apos;s available balance. Nothing is paid. The reason is kept in the audit log.</source>
        <translation>%1 und die Gebühr gehen zurück an das verfügbare Guthaben des Kunden. Nichts wird ausgezahlt. Der Grund wird im Prüfprotokoll festgehalten.</translation>
    </message>
    <message>
        <source>Cancel &amp;withdrawal</source>
        <translation>Auszahlung &amp;stornieren</translation>
    </message>
    <message>
        <source>%1 and its fee go back to the customer&apos;s available balance. Nothing is paid.</source>
        <translation>%1 und die Gebühr gehen zurück an das verfügbare Guthaben des Kunden. Nichts wird ausgezahlt.</translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation>&amp;Erneut versuchen</translation>
    </message>
    <message>
        <source>The payout of %1 is tried again from the hot wallet: a transaction that may have reached a node is sent again unchanged, never signed anew. You will be asked for a two-factor code.</source>
        <translation>Die Auszahlung von %1 wird erneut aus der Hot-Wallet versucht: Eine Transaktion, die einen Node erreicht haben könnte, wird unverändert erneut gesendet, niemals neu signiert. Sie werden nach einem Zwei-Faktor-Code gefragt.</translation>
    </message>
    <message>
        <source>&amp;Send to manual payout</source>
        <translation>An &amp;manuelle Auszahlung übergeben</translation>
    </message>
    <message>
        <source>The console will not pay %1. Someone signs and sends it outside the system from the warm wallet, then uploads its TxId here; the withdrawal is paid once the chain shows that transaction. You will be asked for a two-factor code.</source>
        <translation>Die Konsole zahlt %1 nicht aus. Jemand signiert und sendet die Transaktion außerhalb des Systems aus der Warm-Wallet und lädt dann hier ihre TxId hoch; die Auszahlung gilt als bezahlt, sobald die Chain diese Transaktion zeigt. Sie werden nach einem Zwei-Faktor-Code gefragt.</translation>
    </message>
    <message>
        <source>Why (required; the customer&apos;s support will read it)</source>
        <translation>Begründung (Pflichtfeld; der Kundensupport liest sie)</translation>
    </message>
    <message>
        <source>Re&amp;ason:</source>
        <translation>&amp;Begründung:</translation>
    </message>
    <message>
        <source>Note for whoever signs it (optional)</source>
        <translation>Notiz für die signierende Person (optional)</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Notiz:</translation>
    </message>
    <message>
        <source>Reject held withdrawal %1 as not paid</source>
        <translation>Angehaltene Auszahlung %1 als nicht bezahlt ablehnen</translation>
    </message>
    <message>
        <source>Held because:</source>
        <translation>Angehalten, weil:</translation>
    </message>
    <message>
        <source>&amp;Reject as not paid</source>
        <translation>Als nicht bezahlt &amp;ablehnen</translation>
    </message>
    <message>
        <source>Only if your investigation shows that %1 never left: the hold is voided, the amount and its fee go back to the customer&apos;s available balance and the withdrawal is rejected. It is not paid again by itself; the customer may request it again. The reason is kept in the audit log. You will be asked for a two-factor code.</source>
        <translation>Nur wenn Ihre Untersuchung zeigt, dass %1 nie abgeflossen sind: Die Reservierung wird aufgehoben, Betrag und Gebühr gehen zurück in das verfügbare Guthaben des Kunden, und die Auszahlung wird abgelehnt. Sie wird nicht von selbst erneut bezahlt; der Kunde kann sie neu beantragen. Die Begründung wird im Audit-Log festgehalten. Sie werden nach einem Zwei-Faktor-Code gefragt.</translation>
    </message>
    <message>
        <source>What the investigation found (required; kept with the withdrawal)</source>
        <translation>Was die Untersuchung ergeben hat (Pflicht; wird bei der Auszahlung gespeichert)</translation>
    </message>
</context>
<context>
    <name>WithdrawalDetailsPane</name>
    <message>
        <source>Select a withdrawal to see its details.</source>
        <translation>Wählen Sie eine Auszahlung, um ihre Details zu sehen.</translation>
    </message>
    <message>
        <source>Amount:</source>
        <translation>Betrag:</translation>
    </message>
    <message>
        <source>To:</source>
        <translation>An:</translation>
    </message>
    <message>
        <source>Customer:</source>
        <translation>Kunde:</translation>
    </message>
    <message>
        <source>Requested:</source>
        <translation>Angefordert:</translation>
    </message>
    <message>
        <source>Why:</source>
        <translation>Grund:</translation>
    </message>
    <message>
        <source>Approvals:</source>
        <translation>Freigaben:</translation>
    </message>
    <message>
        <source>TxId:</source>
        <translation>TxId:</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>Notiz:</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Requested</source>
        <translation>Angefordert</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Betrag</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>The customer&apos;s recent withdrawals of this asset</source>
        <translation>Die letzten Auszahlungen des Kunden in diesem Asset</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation>Wird gelesen…</translation>
    </message>
    <message>
        <source>%1 %2 (fee %3 %2)</source>
        <translation>%1 %2 (Gebühr %3 %2)</translation>
    </message>
    <message>
        <source>#%1</source>
        <translation>#%1</translation>
    </message>
    <message>
        <source>%1 (#%2)</source>
        <translation>%1 (#%2)</translation>
    </message>
    <message>
        <source>%1 by %2</source>
        <translation>%1 durch %2</translation>
    </message>
    <message>
        <source>within both limits</source>
        <translation>innerhalb beider Limits</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation>%1 um %2</translation>
    </message>
    <message>
        <source>(two approvers above %1 %2)</source>
        <translation>(zwei Freigeber über %1 %2)</translation>
    </message>
    <message>
        <source>(one approver for every amount of %1)</source>
        <translation>(ein Freigeber für jeden Betrag in %1)</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>The customer&apos;s %1 withdrawals, 72 h before this one and after:</source>
        <extracomment>%1 is the asset code</extracomment>
        <translation>Die %1-Auszahlungen des Kunden, 72 h vor dieser und danach:</translation>
    </message>
    <message>
        <source>the destination address</source>
        <translation>die Zieladresse</translation>
    </message>
    <message>
        <source>the TxId</source>
        <translation>die TxId</translation>
    </message>
    <message>
        <source>none: not paid, waiting for review</source>
        <translation>keine: nicht bezahlt, wartet auf Prüfung</translation>
    </message>
    <message>
        <source>none yet: approved, waiting for the payout</source>
        <translation>noch keine: freigegeben, wartet auf die Auszahlung</translation>
    </message>
    <message>
        <source>none yet: being paid from the hot wallet</source>
        <translation>noch keine: wird aus der Hot-Wallet bezahlt</translation>
    </message>
    <message>
        <source>none yet: the payout stopped; retry pays it</source>
        <translation>noch keine: die Auszahlung wurde angehalten; Wiederholen bezahlt sie</translation>
    </message>
    <message>
        <source>none yet: waiting for the TxId of the payout made outside the console</source>
        <translation>noch keine: wartet auf die TxId der außerhalb der Konsole geleisteten Auszahlung</translation>
    </message>
    <message>
        <source>none: not paid</source>
        <translation>keine: nicht bezahlt</translation>
    </message>
    <message>
        <source>none recorded</source>
        <translation>keine erfasst</translation>
    </message>
    <message>
        <source>Decided:</source>
        <translation>Entschieden:</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <extracomment>%1 &quot;Withdrawal #7&quot;, %2 its state</extracomment>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Within limits: no approval needed</source>
        <translation>Innerhalb der Limits: keine Freigabe nötig</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Abgelehnt</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Storniert</translation>
    </message>
    <message>
        <source>%1 by %2 at %3; not paid</source>
        <translation>%1 von %2 am %3; nicht bezahlt</translation>
    </message>
    <message>
        <source>%1 at %2 (the audit log does not say by whom); not paid</source>
        <translation>%1 am %2 (das Audit-Protokoll sagt nicht, von wem); nicht bezahlt</translation>
    </message>
    <message>
        <source>%1 (failed on chain; not paid)</source>
        <extracomment>a TxId whose transaction did not pay</extracomment>
        <translation>%1 (auf der Chain fehlgeschlagen; nicht bezahlt)</translation>
    </message>
    <message>
        <source>Manual payout and a TxId upload need these approvals too.</source>
        <translation>Auch die manuelle Auszahlung und das Hochladen einer TxId brauchen diese Freigaben.</translation>
    </message>
    <message>
        <source>none in the database; the signer&apos;s journal may know one (see the note)</source>
        <translation>keine in der Datenbank; das Journal des Signierers kennt womöglich eine (siehe Notiz)</translation>
    </message>
    <message>
        <source>Known:</source>
        <extracomment>whether the destination is on the customer&apos;s own address list</extracomment>
        <translation>Bekannt:</translation>
    </message>
    <message>
        <source>New destination: not on the customer&apos;s address list when requested</source>
        <translation>Neues Ziel: stand bei der Anforderung nicht in der Adressliste des Kunden</translation>
    </message>
    <message>
        <source>On the customer&apos;s address list</source>
        <translation>In der Adressliste des Kunden</translation>
    </message>
    <message>
        <source>Internal: customer #%1&apos;s deposit address; settled in the ledger, not on chain</source>
        <extracomment>%1 the id of the customer whose deposit address the destination is</extracomment>
        <translation>Intern: Einzahlungsadresse von Kunde #%1; im Hauptbuch verrechnet, nicht auf der Chain</translation>
    </message>
</context>
<context>
    <name>WithdrawalDetailsSource</name>
    <message>
        <source>Withdrawal %1 could not be read: %2</source>
        <translation>Auszahlung %1 konnte nicht gelesen werden: %2</translation>
    </message>
</context>
<context>
    <name>WithdrawalText</name>
    <message>
        <source>Under review</source>
        <translation>In Prüfung</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Freigegeben</translation>
    </message>
    <message>
        <source>Processing</source>
        <translation>In Bearbeitung</translation>
    </message>
    <message>
        <source>Broadcast</source>
        <translation>Gesendet</translation>
    </message>
    <message>
        <source>Succeeded</source>
        <translation>Erfolgreich</translation>
    </message>
    <message>
        <source>Failed on chain</source>
        <translation>Auf der Chain fehlgeschlagen</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Abgelehnt</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Storniert</translation>
    </message>
    <message>
        <source>Error (retryable)</source>
        <translation>Fehler (wiederholbar)</translation>
    </message>
    <message>
        <source>Manual payout</source>
        <translation>Manuelle Auszahlung</translation>
    </message>
    <message>
        <source>under a minute</source>
        <translation>unter einer Minute</translation>
    </message>
    <message>
        <source>%1 d %2 h</source>
        <extracomment>days and hours waited</extracomment>
        <translation>%1 T %2 h</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <extracomment>hours and minutes waited</extracomment>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <extracomment>approvals given of approvals required</extracomment>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>Held: integrity check failed</source>
        <translation>Angehalten: Integritätsprüfung fehlgeschlagen</translation>
    </message>
    <message>
        <source>✗ not signed: the payout signer does not count it</source>
        <translation>✗ nicht signiert: Der Auszahlungs-Signierer zählt sie nicht</translation>
    </message>
    <message>
        <source>✓ signature verified</source>
        <translation>✓ Signatur bestätigt</translation>
    </message>
    <message>
        <source>✗ bad signature</source>
        <translation>✗ ungültige Signatur</translation>
    </message>
    <message>
        <source>✗ signed for other withdrawal details than these</source>
        <translation>✗ für andere Auszahlungsdaten als diese signiert</translation>
    </message>
    <message>
        <source>signed; not verifiable until the key vault pins an admin&apos;s key</source>
        <translation>signiert; prüfbar erst, wenn der Schlüsseltresor den Schlüssel eines Admins hinterlegt</translation>
    </message>
    <message>
        <source>✗ signed by a key no admin has registered</source>
        <translation>✗ mit einem Schlüssel signiert, den kein Admin registriert hat</translation>
    </message>
    <message>
        <source>✗ signed by a key registered for a role that may not approve</source>
        <translation>✗ mit einem Schlüssel signiert, der für eine Rolle ohne Freigaberecht registriert ist</translation>
    </message>
    <message>
        <source>✗ signed by the requester</source>
        <translation>✗ vom Antragsteller signiert</translation>
    </message>
</context>
<context>
    <name>WithdrawalsModel</name>
    <message>
        <source>The withdrawals could not be read: %1</source>
        <translation>Die Auszahlungen konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Withdrawal %1 approved: it goes to the payout from the hot wallet.</source>
        <translation>Auszahlung %1 freigegeben: Sie geht in die Auszahlung aus der Hot-Wallet.</translation>
    </message>
    <message>
        <source>Withdrawal %1: your approval is recorded; it needs a second approver.</source>
        <translation>Auszahlung %1: Ihre Freigabe ist erfasst; ein zweiter Freigeber ist nötig.</translation>
    </message>
    <message>
        <source>Withdrawal %1 was not approved: %2</source>
        <translation>Auszahlung %1 wurde nicht freigegeben: %2</translation>
    </message>
    <message>
        <source>Withdrawal %1 rejected; the funds are the customer&apos;s again.</source>
        <translation>Auszahlung %1 abgelehnt; die Mittel stehen wieder dem Kunden zur Verfügung.</translation>
    </message>
    <message>
        <source>Withdrawal %1 was not rejected: %2</source>
        <translation>Auszahlung %1 wurde nicht abgelehnt: %2</translation>
    </message>
    <message>
        <source>Withdrawal %1 cancelled; the funds are the customer&apos;s again.</source>
        <translation>Auszahlung %1 storniert; die Mittel stehen wieder dem Kunden zur Verfügung.</translation>
    </message>
    <message>
        <source>Withdrawal %1 was not cancelled: %2</source>
        <translation>Auszahlung %1 wurde nicht storniert: %2</translation>
    </message>
    <message>
        <source>Withdrawal %1 goes to the payout again.</source>
        <translation>Auszahlung %1 geht erneut in die Auszahlung.</translation>
    </message>
    <message>
        <source>Withdrawal %1 was not retried: %2</source>
        <translation>Auszahlung %1 wurde nicht erneut versucht: %2</translation>
    </message>
    <message>
        <source>Withdrawal %1 waits for a manual payout from the warm wallet; upload its TxId when it is sent.</source>
        <translation>Auszahlung %1 wartet auf eine manuelle Auszahlung aus der Warm-Wallet; laden Sie ihre TxId hoch, sobald sie gesendet ist.</translation>
    </message>
    <message>
        <source>Withdrawal %1 was not sent to manual payout: %2</source>
        <translation>Auszahlung %1 wurde nicht an die manuelle Auszahlung übergeben: %2</translation>
    </message>
    <message>
        <source>#%1</source>
        <extracomment>a customer in a table: name and id</extracomment>
        <translation>#%1</translation>
    </message>
    <message>
        <source>%1 (#%2)</source>
        <translation>%1 (#%2)</translation>
    </message>
    <message>
        <source>within limits</source>
        <translation>innerhalb der Limits</translation>
    </message>
    <message>
        <source>tx %1</source>
        <translation>Tx %1</translation>
    </message>
    <message>
        <source>Requested by %1</source>
        <translation>Angefordert von %1</translation>
    </message>
    <message>
        <source>Sorted within each asset: amounts of different assets are not compared</source>
        <translation>Innerhalb jedes Assets sortiert: Beträge verschiedener Assets werden nicht verglichen</translation>
    </message>
    <message>
        <source>Since the request, for withdrawals not finished yet</source>
        <translation>Seit der Anforderung, für noch nicht abgeschlossene Auszahlungen</translation>
    </message>
    <message>
        <source>Why it waits for review: which limit, and by how much</source>
        <translation>Warum sie auf Prüfung wartet: welches Limit und um wie viel</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Requested</source>
        <translation>Angefordert</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Wartet</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <source>Asset</source>
        <translation>Asset</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Betrag</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Approvals</source>
        <translation>Freigaben</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>Destination</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <source>TxId / note</source>
        <translation>TxId / Notiz</translation>
    </message>
    <message>
        <source>Withdrawal %1 is released from its hold as not paid: rejected, the funds are the customer&apos;s again.</source>
        <translation>Auszahlung %1 ist als nicht bezahlt aus der Sperre freigegeben: abgelehnt, die Mittel gehören wieder dem Kunden.</translation>
    </message>
    <message>
        <source>Withdrawal %1 was not released from its hold: %2</source>
        <translation>Auszahlung %1 wurde nicht aus der Sperre freigegeben: %2</translation>
    </message>
    <message>
        <source>new: %1</source>
        <extracomment>the badge of a withdrawal to an address not on the customer&apos;s list; %1 the address, shortened</extracomment>
        <translation>neu: %1</translation>
    </message>
    <message>
        <source>%1
New destination: not on the customer&apos;s address list when it was requested</source>
        <extracomment>%1 the full address</extracomment>
        <translation>%1
Neues Ziel: stand bei der Anforderung nicht in der Adressliste des Kunden</translation>
    </message>
    <message>
        <source>internal #%1: %2</source>
        <extracomment>the badge of an internal transfer (to another customer&apos;s deposit address, settled in the ledger); %1 the receiving customer&apos;s id, %2 the address, shortened</extracomment>
        <translation>intern #%1: %2</translation>
    </message>
    <message>
        <source>%1
Internal transfer to customer #%2: settled in the ledger, nothing sent on chain</source>
        <extracomment>%1 the full address, %2 the receiving customer&apos;s id</extracomment>
        <translation>%1
Interne Übertragung an Kunde #%2: im Hauptbuch verrechnet, nichts auf der Chain gesendet</translation>
    </message>
    <message>
        <source>&quot;new:&quot; an address not on the customer&apos;s address list when it was requested; &quot;internal #7:&quot; the deposit address of customer 7, settled in the ledger</source>
        <translation>„neu:“ eine Adresse, die bei der Anforderung nicht auf der Adressliste des Kunden stand; „intern #7:“ die Einzahlungsadresse von Kunde 7, im Hauptbuch verrechnet</translation>
    </message>
    <message>
        <source>Withdrawal %1: the payout signer replaces its transaction with a higher fee on its next run.</source>
        <translation>Auszahlung %1: Der Auszahlungs-Signierer ersetzt ihre Transaktion bei seinem nächsten Lauf durch eine mit höherer Gebühr.</translation>
    </message>
    <message>
        <source>Withdrawal %1 was not sped up: %2</source>
        <translation>Auszahlung %1 wurde nicht beschleunigt: %2</translation>
    </message>
</context>
<context>
    <name>WithdrawalsScreen</name>
    <message>
        <source>&amp;Approve…</source>
        <translation>&amp;Freigeben…</translation>
    </message>
    <message>
        <source>Re&amp;ject…</source>
        <translation>&amp;Ablehnen…</translation>
    </message>
    <message>
        <source>&amp;Cancel withdrawal…</source>
        <translation>Auszahlung &amp;stornieren…</translation>
    </message>
    <message>
        <source>Re&amp;try…</source>
        <translation>&amp;Erneut versuchen…</translation>
    </message>
    <message>
        <source>Send to &amp;manual payout…</source>
        <translation>An &amp;manuelle Auszahlung übergeben…</translation>
    </message>
    <message>
        <source>&amp;Upload TxId…</source>
        <translation>TxId &amp;hochladen…</translation>
    </message>
    <message>
        <source>‹ Previous page</source>
        <translation>‹ Vorherige Seite</translation>
    </message>
    <message>
        <source>Next page ›</source>
        <translation>Nächste Seite ›</translation>
    </message>
    <message>
        <source>Withdrawals</source>
        <translation>Auszahlungen</translation>
    </message>
    <message>
        <source>Review &amp;queue</source>
        <translation>&amp;Prüfwarteschlange</translation>
    </message>
    <message>
        <source>&amp;Processing</source>
        <translation>In &amp;Bearbeitung</translation>
    </message>
    <message>
        <source>&amp;Errors</source>
        <translation>Fehle&amp;r</translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation>&amp;Verlauf</translation>
    </message>
    <message>
        <source>Over the 24h or 72h limit: waiting for an approver, the longest waiting first</source>
        <translation>Über dem 24h- oder 72h-Limit: wartet auf einen Freigeber, die am längsten wartende zuerst</translation>
    </message>
    <message>
        <source>Approved, being paid, or sent and waiting for the chain</source>
        <translation>Freigegeben, in Auszahlung oder gesendet und wartet auf die Chain</translation>
    </message>
    <message>
        <source>Payouts that stopped (hot wallet short, node unreachable), failed on chain, or wait for a manual payout</source>
        <translation>Auszahlungen, die gestoppt wurden (Hot-Wallet unterdeckt, Node nicht erreichbar), auf der Chain fehlgeschlagen sind oder auf eine manuelle Auszahlung warten</translation>
    </message>
    <message>
        <source>Every withdrawal, the newest first</source>
        <translation>Alle Auszahlungen, die neueste zuerst</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Asset</source>
        <translation>Asset</translation>
    </message>
    <message>
        <source>All assets</source>
        <translation>Alle Assets</translation>
    </message>
    <message>
        <source>Customer #</source>
        <translation>Kunden-Nr.</translation>
    </message>
    <message>
        <source>Choose an asset first: amounts are exact in that asset&apos;s units</source>
        <translation>Wählen Sie zuerst ein Asset: Beträge sind exakt in den Einheiten dieses Assets</translation>
    </message>
    <message>
        <source>Min amount</source>
        <translation>Min. Betrag</translation>
    </message>
    <message>
        <source>Max amount</source>
        <translation>Max. Betrag</translation>
    </message>
    <message>
        <source>Find: customer name, #id, whole address or TxId (Ctrl+F)</source>
        <translation>Suchen: Kundenname, #ID, vollständige Adresse oder TxId (Ctrl+F)</translation>
    </message>
    <message>
        <source>Find: type to filter the table</source>
        <translation>Suchen: tippen, um die Tabelle zu filtern</translation>
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
        <translation>Alle Status</translation>
    </message>
    <message>
        <source>Exact, in %1 (up to %2 decimals)</source>
        <translation>Exakt, in %1 (bis zu %2 Nachkommastellen)</translation>
    </message>
    <message>
        <source>%1 not applied: %2</source>
        <translation>%1 nicht angewendet: %2</translation>
    </message>
    <message>
        <source>The max amount is below the min amount; nothing would match.</source>
        <translation>Der Max. Betrag liegt unter dem Min. Betrag; nichts würde passen.</translation>
    </message>
    <message>
        <source>Approve the selected withdrawal (Ctrl+Shift+A); asks for a two-factor code</source>
        <translation>Die ausgewählte Auszahlung freigeben (Ctrl+Shift+A); fragt nach einem Zwei-Faktor-Code</translation>
    </message>
    <message>
        <source>A withdrawal that is %1 cannot be approved</source>
        <translation>Eine Auszahlung im Status %1 kann nicht freigegeben werden</translation>
    </message>
    <message>
        <source>Your role may not approve withdrawals</source>
        <translation>Ihre Rolle darf keine Auszahlungen freigeben</translation>
    </message>
    <message>
        <source>Nobody approves their own request</source>
        <translation>Niemand gibt seine eigene Anforderung frei</translation>
    </message>
    <message>
        <source>You have approved it already; the second approval must come from someone else</source>
        <translation>Sie haben sie bereits freigegeben; die zweite Freigabe muss von jemand anderem kommen</translation>
    </message>
    <message>
        <source>Reject the selected withdrawal with a reason; the funds go back (Ctrl+Shift+R)</source>
        <translation>Die ausgewählte Auszahlung mit Begründung ablehnen; die Mittel gehen zurück (Ctrl+Shift+R)</translation>
    </message>
    <message>
        <source>Cancel the selected withdrawal before anything is signed; the funds go back (Ctrl+Shift+K)</source>
        <translation>Die ausgewählte Auszahlung stornieren, bevor etwas signiert ist; die Mittel gehen zurück (Ctrl+Shift+K)</translation>
    </message>
    <message>
        <source>Send the selected payout again (Ctrl+Shift+T); asks for a two-factor code</source>
        <translation>Die ausgewählte Auszahlung erneut senden (Ctrl+Shift+T); fragt nach einem Zwei-Faktor-Code</translation>
    </message>
    <message>
        <source>Pay the selected withdrawal outside the system from the warm wallet (Ctrl+Shift+M); asks for a two-factor code</source>
        <translation>Die ausgewählte Auszahlung außerhalb des Systems aus der Warm-Wallet bezahlen (Ctrl+Shift+M); fragt nach einem Zwei-Faktor-Code</translation>
    </message>
    <message>
        <source>Enter the TxId of the selected manual payout; it is checked on the chain (Ctrl+Shift+U)</source>
        <translation>Die TxId der ausgewählten manuellen Auszahlung eingeben; sie wird auf der Chain geprüft (Ctrl+Shift+U)</translation>
    </message>
    <message>
        <source>more than %1</source>
        <translation>mehr als %1</translation>
    </message>
    <message>
        <source>No withdrawals match.</source>
        <translation>Keine passenden Auszahlungen.</translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation>Wird gelesen…</translation>
    </message>
    <message>
        <source>%1–%2 of %3</source>
        <extracomment>rows shown: first, last, of how many</extracomment>
        <translation>%1–%2 von %3</translation>
    </message>
    <message>
        <source>Withdrawal %1 is paid: the chain shows its transaction.</source>
        <translation>Auszahlung %1 ist bezahlt: Die Chain zeigt ihre Transaktion.</translation>
    </message>
    <message>
        <source>#%1</source>
        <translation>#%1</translation>
    </message>
    <message>
        <source>%1 (#%2)</source>
        <translation>%1 (#%2)</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation>%1 um %2</translation>
    </message>
    <message>
        <source>Approve withdrawal %1: %2 to %3</source>
        <translation>Auszahlung %1 freigeben: %2 an %3</translation>
    </message>
    <message>
        <source>Retry the payout of withdrawal %1: %2 to %3</source>
        <translation>Auszahlung %1 erneut auszahlen: %2 an %3</translation>
    </message>
    <message>
        <source>Send withdrawal %1 to manual payout: %2 to %3</source>
        <translation>Auszahlung %1 an manuelle Auszahlung übergeben: %2 an %3</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Automatic payouts from hot:</source>
        <extracomment>followed by one line per chain, from the payout worker</extracomment>
        <translation>Automatische Auszahlungen aus Hot:</translation>
    </message>
    <message>
        <source>Hot cannot cover the queue: prepare a replenishment from warm (exctl replenish plan, then export).</source>
        <translation>Hot kann die Warteschlange nicht decken: Bereiten Sie eine Auffüllung aus Warm vor (exctl replenish plan, dann export).</translation>
    </message>
    <message>
        <source>Needs an approval by someone other than the requester before it is paid outside the system; it has none</source>
        <translation>Braucht vor einer Auszahlung außerhalb des Systems eine Freigabe durch jemand anderen als den Antragsteller; sie hat keine</translation>
    </message>
    <message>
        <source>Needs %1 approvals by different approvers, none of them the requester, before it is paid outside the system; it has %2</source>
        <translation>Braucht vor einer Auszahlung außerhalb des Systems %1 Freigaben durch verschiedene Freigebende, keiner davon der Antragsteller; sie hat %2</translation>
    </message>
    <message>
        <source>Mar&amp;k paid by TxId…</source>
        <translation>Per TxId als bezahlt &amp;markieren…</translation>
    </message>
    <message>
        <source>Reject hel&amp;d…</source>
        <translation>Angehaltene a&amp;blehnen…</translation>
    </message>
    <message>
        <source>Only an admin ends an integrity hold, after investigating it</source>
        <translation>Nur ein Admin hebt eine Integritätssperre auf, nachdem er sie untersucht hat</translation>
    </message>
    <message>
        <source>The investigation found it paid: enter the TxId that paid it from hot; it is checked on the chain, then the withdrawal is settled as paid. Asks for a two-factor code</source>
        <translation>Die Untersuchung ergab, dass sie bezahlt wurde: Geben Sie die TxId ein, mit der sie aus der Hot-Wallet bezahlt wurde; sie wird auf der Chain geprüft, dann wird die Auszahlung als bezahlt verbucht. Fragt nach einem Zwei-Faktor-Code</translation>
    </message>
    <message>
        <source>The investigation found it not paid: the funds go back to the customer and the withdrawal is rejected. Asks for a two-factor code</source>
        <translation>Die Untersuchung ergab, dass sie nicht bezahlt wurde: Die Mittel gehen an den Kunden zurück und die Auszahlung wird abgelehnt. Fragt nach einem Zwei-Faktor-Code</translation>
    </message>
    <message>
        <source>Withdrawal %1 is released from its hold and paid: the chain shows its transaction.</source>
        <translation>Auszahlung %1 ist aus der Sperre freigegeben und bezahlt: Die Chain zeigt ihre Transaktion.</translation>
    </message>
    <message>
        <source>Reject held withdrawal %1 as not paid: %2 back to the customer</source>
        <translation>Angehaltene Auszahlung %1 als nicht bezahlt ablehnen: %2 zurück an den Kunden</translation>
    </message>
    <message>
        <source>%1 (internal transfer to customer #%2, settled in the ledger)</source>
        <extracomment>%1 the destination address, %2 the id of the customer whose deposit address it is</extracomment>
        <translation>%1 (interne Übertragung an Kunde #%2, im Hauptbuch verrechnet)</translation>
    </message>
    <message>
        <source>S&amp;peed up…</source>
        <translation>&amp;Beschleunigen…</translation>
    </message>
    <message>
        <source>A %1 payout cannot be replaced; it expires instead</source>
        <translation>Eine Auszahlung auf %1 kann nicht ersetzt werden; sie verfällt stattdessen</translation>
    </message>
    <message>
        <source>Replace the selected withdrawal&apos;s Ethereum payout that no block takes by the same payment with a fee at least 12.5% higher, same nonce; asks for a two-factor code</source>
        <translation>Die Ethereum-Auszahlung der ausgewählten Auszahlung, die kein Block aufnimmt, durch dieselbe Zahlung mit mindestens 12,5 % höherer Gebühr und derselben Nonce ersetzen; fragt nach einem Zwei-Faktor-Code</translation>
    </message>
    <message>
        <source>Speed up the payout of withdrawal %1: %2 to %3</source>
        <translation>Auszahlung %1 beschleunigen: %2 an %3</translation>
    </message>
    <message>
        <source>Wrap the selected withdrawal&apos;s Stellar payout that no ledger takes, unchanged, in a fee bump offering ten times its fee; asks for a two-factor code</source>
        <translation>Die Stellar-Auszahlung der ausgewählten Auszahlung, die kein Ledger aufnimmt, unverändert in einen Fee-Bump mit der zehnfachen Gebühr einbetten; fragt nach einem Zwei-Faktor-Code</translation>
    </message>
</context>
</TS>
