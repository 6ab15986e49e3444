<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name></name>
    <message>
        <source>Save an unencrypted copy?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The copy you save will NOT be encrypted: anyone with access to that folder can read it. The vault keeps its own encrypted copy. Continue?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save a copy as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Likeness Vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That folder already exists and is not empty; choose a new folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Xianyu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WeChat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Douyin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hongguo short dramas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kuaishou</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WeChat Channels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bilibili</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Xiaohongshu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not stated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Until %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlimited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revocation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deletion request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Takedown notice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reminder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Escalation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acknowledged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ignored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Platform</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nickname</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Platform ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Photos held</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Buyer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Photos</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AI training</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Term</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seen on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Traced to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password (or recovery key) is wrong; the vault was not opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The vault header was changed outside the app; open the vault with the recovery key (it rewrites the header), then set a new password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The vault folder contains a link to another place; the vault was not opened and nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The vault header asks for unsafe settings or is malformed; it was not opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Part of the vault is damaged. The items below failed their integrity check.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This vault was made by a newer version of Likeness Vault; update the app.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This folder is not a Likeness Vault.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This vault is open in another window or program; close it there first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The vault is locked; unlock it first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The change could not be saved (the disk may be full or not writable). The vault on disk is unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This file could not be taken into the vault.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That record is no longer in the vault.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This password is too easy to guess; use four or more unrelated words, or a longer phrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Some of what was entered is not valid; please correct it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That file already exists and was left as it is; choose another name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This computer has no usable secret store for remembering the vault.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Something went wrong.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 encrypted item(s) are not in the newest saved state: a newer save may be missing; nothing was deleted. “Remove leftover files…” (Vault menu) lists them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This vault&apos;s saved state (generation %1) is older than the last state opened here on %2 (generation %3). If you restored a backup into this folder, that is expected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This vault&apos;s header (generation %1) is older than the one opened here on %2 (generation %3): an old copy of vault.json was put back, so an old password may have opened it. If you restored a backup into this folder, that is expected; otherwise change the password and renew the vault key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The header copy %1 is damaged; the vault opened from the other copy and rewrote it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The header copy %1 could not be read; the vault opened from the other copy and rewrote it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A copy of the vault header (generation %1) was changed outside the app (its authentication code does not match); it was rewritten from the good copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An older copy of the vault header (generation %1) was rewritten from the newest (generation %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A damaged copy of the vault header could not be rewritten (the disk may be full or not writable); the vault opened from the good copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The main copy of the vault header could not be rewritten; the next open repairs it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The vault header was changed outside the app. The recovery key proved the vault key, so the vault was opened and the header rewritten with the recovery key only: set a new password now (Vault menu).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The saved state %1 is damaged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The saved state %1 could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opened the previous saved state (%1) because the newest is damaged; changes of the last save(s) may be missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The saved state that %1 replaced (%2) is missing from the vault folder: files may have been deleted, or a copy or sync of it is incomplete; nothing was deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The vault&apos;s records were upgraded from version %1 to %2; they are saved in the new form at the next change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed %1 unfinished temporary file(s) left by an interrupted save.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finished an interrupted renewal of the vault key: the new key is in force and the password is unchanged. If the new recovery key was not shown to you, make a new one now (Vault menu).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An interrupted renewal of the vault key left files this vault&apos;s key cannot read; the vault is as it was before. Renew the vault key again: that removes them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The secret store refused to keep the key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unexpected error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Something unexpected went wrong. Your vault is consistent: every saved change is kept, and a change that did not finish was not saved. You can copy the details below for a bug report (they contain no photo or buyer data).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use four or more unrelated words, or a longer phrase; Chinese is fine.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type a password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Very weak: anyone with a copy of the vault folder could guess it at once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weak: a copy of the vault folder could be cracked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Almost: add another word or two, so that a copy would take years to crack.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Strong enough.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Likeness Vault recovery key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This key opens the vault below if the password is forgotten. Anyone who has it and the vault folder can open the vault: keep it somewhere safe, apart from the computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Letters O and digit 0, I and 1 are treated the same when you type it in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the recovery key as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Likeness Vault recovery key.pdf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BuyerDialog</name>
    <message>
        <source>Edit buyer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add buyer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WeChat ID, phone or e-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Two-letter country code, such as CN, US or DE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One order number per line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Nickname:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Platform:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Platform &amp;ID:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Contact:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Real name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Co&amp;mpany:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Co&amp;untry:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Order numbers:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No&amp;tes:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BuyersPage</name>
    <message>
        <source>Add buyer…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy platform ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a buyer to see the deals, the photos they hold and how to reach them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Term</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Photos held</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Platform</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Platform ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Real name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n photo(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ChangePasswordDialog</name>
    <message>
        <source>Change the password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new password replaces the old one at once. The recovery key stays valid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Repeat it:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password strength</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CheckDialog</name>
    <message>
        <source>Check the vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decrypting and verifying every stored item…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Damaged items</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Note: %n encrypted file(s) belong to no kept saved state (a newer save may be missing; nothing was deleted). “Remove leftover files…” in the Vault menu lists them.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Everything is intact: the header, every saved index and %n stored item(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) found; everything else is intact. Damaged:</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ComposeLetterDialog</name>
    <message>
        <source>Takedown notice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Letter to a buyer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is a tool, not legal advice: read every word, change what is not right, and ask a lawyer when much is at stake.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reset text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put back the default text for the current choices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text of the letter (edit freely):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Legal route</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My face was processed as biometric data (PIPL)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Used to train AI without my consent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My face was edited or swapped without consent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The AI content carries no AI label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. US (for “other”)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One link per line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I took these photos myself (I own the copyright)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decided from your deals and letters; a choice your records contradict is refused, so the notice never states something untrue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Platform:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Platform &amp;country:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Links:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;hotos shown:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the content does:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The notice &amp;says:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revocation of the licence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demand to delete (incl. models and datasets)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reminder after the deadline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Escalation (complaint / lawsuit)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The buyer&apos;s use goes beyond what we agreed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print my legal name, ID number and address on this letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Buyer:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why you end the licence, or how the use goes beyond the deal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What my records say (automatic)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I never licensed these photos to anyone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I licensed them, and revoked the licence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I licensed them, and the licence expired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The use goes beyond the licence I gave</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No photos chosen: the notice only says you did not license this use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The notice says: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This deal has a stated term that is still running: ending it (Civil Code Article 1022(2)) needs a justified reason. Write it under Reason, for example that the photos were used to train an AI model, which the deal did not allow.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say under Reason how the buyer&apos;s use goes beyond what you agreed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a buyer and the deal you made first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the letter as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConfirmPage</name>
    <message>
        <source>Check the recovery key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recovery key groups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lost it already? Go back one page and look again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type group %1 and group %2 of your recovery key (each 4 characters):</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CreateVaultWizard</name>
    <message>
        <source>Create a new vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave without checking the key?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The vault has been created. The recovery key will not be shown again. Open the vault without checking that you kept it?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DealDialog</name>
    <message>
        <source>Edit deal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add deal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>empty when not stated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Currency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>as agreed, e.g. face-swap drama, ads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. mainland China; Douyin, Kuaishou</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not stated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlimited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Until a date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Term ends on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The term decides how a licence can be ended: one with no stated term can be ended at any time with reasonable notice (Civil Code art. 1022).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Buyer:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Price:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Permitted &amp;uses:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AI &amp;training allowed:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Resale allowed:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Territory / &amp;platforms:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Term:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Exclusive:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Order number:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No&amp;tes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Terms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by name or set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter photos</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Photos in this deal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Photos</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contract, chat screenshots, payment receipts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save a copy as…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove from deal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When you save, a removed attachment is deleted from the vault unless another deal, a sighting or a letter uses it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attachments are encrypted into the vault. Images are previewed here, from memory; other files can only be saved as a copy, which is not encrypted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n photo(s) in this deal</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Contract</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chat screenshot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payment receipt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(added when you save)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add attachments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind of attachment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These files are:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This file is not an image, so it cannot be shown inside the app. Save an unencrypted copy to open it with another program?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This file is not an image.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No buyer yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the buyer first, then the deal.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DealsPage</name>
    <message>
        <source>Add deal…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A deal records what a buyer got and on what terms. Choose one to see it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Photos</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Buyer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Permitted uses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AI training</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Territory / platforms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Term</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exclusive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deal of %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EvidenceActions</name>
    <message>
        <source>Export evidence…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A signed ZIP of this buyer&apos;s deals, photos, sightings and letters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A signed ZIP of this sighting, the matched photos and the deals they came from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signing key…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The fingerprint that identifies your evidence bundles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check a bundle…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check an evidence bundle&apos;s hashes and signature</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExportEvidenceDialog</name>
    <message>
        <source>Export evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show in folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sighting: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Buyer: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Photos and clips: %1 · attachments: %2 · deals: %3 · sightings: %4 · letters: %5. The bundle holds the originals, a PDF report, a list of SHA-256 hashes and a signature anyone can check with standard tools.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What goes in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Original photos and clips</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attachments: contracts, chats, receipts, screenshots, replies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sightings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Letters and their replies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My notes on buyers, deals, sightings and letters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My legal name and contact details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My ID number (for platforms and courts only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Never send your ID number to a buyer. The bundle is not encrypted: whoever receives it can read everything in it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bundle file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signing key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preparing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Items that could not be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the evidence bundle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ZIP (*.zip)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace the file?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already exists. Replace it with the new bundle?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step %1 of %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The evidence bundle was written:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 files. SHA-256 of the bundle:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed with the key %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send the ZIP file as it is: README.txt inside tells the receiver how to check it with standard tools.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These items could not be read; the report lists them instead of leaving them out silently:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled; nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportProgress</name>
    <message>
        <source>Importing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preparing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encrypting %1 of %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelling after the files in progress…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportSummary</name>
    <message>
        <source>Import finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n new item(s) encrypted into the vault.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) were already in the vault.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The import was cancelled; the files done so far are kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) could not be imported:</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Files that could not be imported</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LeftoversDialog</name>
    <message>
        <source>Remove leftover files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Looking for leftover files…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leftover files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There are no leftover files: every encrypted file belongs to a kept saved state of the vault.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n encrypted file(s), %1 in all, belong to no kept saved state of the vault.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>They are left by an interrupted save, or they belong to a newer save whose index file is missing (for example a backup restored without it). Opening the vault never deletes them. Remove them only if no newer save is missing: this cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Removed %n leftover file(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LettersDialog</name>
    <message>
        <source>Letters and deadlines</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LettersListWidget</name>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revocation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deletion request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Takedown notice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reminder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Escalation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acknowledged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ignored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>send a reminder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>escalate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>complain or sue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue %1 day(s): %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LettersPage</name>
    <message>
        <source>Revocation letters, takedown notices and reminders, with their status and deadline. Choose one to see it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Photos</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LocationPage</name>
    <message>
        <source>Where should the vault live?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The vault is a folder of encrypted files. Put it on this computer or on a drive you back up; it can be copied like any folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Likeness Vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vault folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Folder (new or empty):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. the name you use on letters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your &amp;name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose where to create the vault folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folder not empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That folder already exists and is not empty; choose a new folder.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message numerus="yes">
        <source>Indexing photos: %n pending</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Photos imported before this version are indexed for matching</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n photo(s) could not be indexed</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Indexing stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Photos</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Buyers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sightings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Letters &amp; evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import photos or folders (Ctrl+I)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New buyer…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New deal…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lock the vault now (Ctrl+L)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your details…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your name and contact details for letters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the password…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New recovery key…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Renew the vault key…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If your old password or recovery key may have leaked: a new vault key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the vault…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove leftover files…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encrypted files no saved state refers to: list them and remove them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forget on this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the remembered vault key from this computer&apos;s secret store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search this page (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vault: password, recovery key, check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — Likeness Vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Likeness Vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n photo(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n buyer(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n deal(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n sighting(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n letter(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n shown</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Unlocked</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>locks after %n min idle</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Press Ctrl+L to lock now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import photos, clips or voice samples</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Photos, clips and voice (*.jpg *.jpeg *.png *.webp *.heic *.heif *.avif *.mp4 *.mov *.m4a *.mp3 *.wav *.ogg);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import a folder of photos</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n new item(s) imported.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Delete buyer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the buyer “%1”?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete deal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete this deal? Its photos and attachments stay in the vault.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the photo “%1” from the vault?</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Delete %n photo(s) from the vault?</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>It will be taken out of these deals:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>They will be taken out of these deals:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No deal includes it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No deal includes them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It is also taken off the sightings that show it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>They are also taken off the sightings that show them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The encrypted original is removed from the vault folder after a few more saves. This cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete photo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete sighting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete this sighting? Its screenshots are deleted too, unless a deal or a letter uses them. Letters already written stay.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copied. The clipboard is cleared in 30 seconds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opened with notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The vault is open. While opening it, the app repaired or noticed the following. Run “Check the vault…” (Vault menu) to verify every item.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password was changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new password is in force. The recovery key stays valid. An old copy of the vault (a backup) still opens with the old password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This computer no longer remembers the vault: tick “Remember on this computer” at the next open to remember it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If your old password or recovery key may have leaked, also renew the vault key: everything is encrypted again under a new key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The vault key was renewed; this computer no longer remembers the vault.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The vault key was renewed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New recovery key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make a new recovery key? The old one will stop working.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This computer no longer remembers the vault.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Removed %n leftover file(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MarkSentDialog</name>
    <message>
        <source>Mark as sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Xianyu chat, e-mail, registered mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent &amp;on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Channel:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NewRecoveryKeyDialog</name>
    <message>
        <source>New recovery key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is your new recovery key; the old one no longer opens the vault. It is shown only now: write it down or save it as a PDF.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recovery key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print / save as PDF…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PasswordPage</name>
    <message>
        <source>Choose a password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It encrypts everything in the vault. A long phrase of several words is both strong and easy to remember; Chinese characters are fine.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Repeat it:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password strength</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creating the vault…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PerformerDialog</name>
    <message>
        <source>Your details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Used on letters, takedown notices and evidence reports. They are kept encrypted in the vault like everything else.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>separate with commas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Platforms and courts need it with a takedown notice; letters to buyers leave it out unless you choose otherwise.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose i&amp;mages…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remo&amp;ve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A photo or scan of your ID (front and back). Takedown notices carry it as proof of identity; letters to buyers never do. Stored encrypted in the vault.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name on letters:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Stage names:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Legal name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;ID number:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID &amp;document:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No&amp;tes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 image(s) stored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 image(s) chosen, stored when you save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None: takedown notices will give only your name and ID number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Images of your ID document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Images (*.jpg *.jpeg *.png *.heic *.heif *.webp)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PhotoDialog</name>
    <message>
        <source>Edit photo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the shoot it came from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. the character or look</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>separated by commas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Set:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Persona:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T&amp;ags:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No&amp;tes:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PhotosPage</name>
    <message>
        <source>Import photos…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save a copy…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import a folder…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit the set, persona, tags and notes (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Photos</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Selected photo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a photo to see it with its SHA-256, deals and buyers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No photos yet. Drop photos or folders here, or use “Import photos…”. They are encrypted into the vault; the originals stay where they are.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AI training</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Term</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Held by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Persona</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Captured</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecoveryPage</name>
    <message>
        <source>Your recovery key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If you forget the password, this key is the only way back into the vault. It is shown only now. Write it down or save it as a PDF and keep it away from this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recovery key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print / save as PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I have written the recovery key down or saved it</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RekeyDialog</name>
    <message>
        <source>Renew the vault key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If your old password or recovery key may have leaked, renew the vault key: every item and record is encrypted again under a new key, and you get a new recovery key (shown once). The password stays the same. The old recovery key and old copies of the vault&apos;s header no longer open it, and the older saved states are dropped. Copies or backups of the vault made before stay readable with the old password: delete them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress of the renewal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Renew the key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encrypting every item again…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled; the vault is as it was.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new language takes effect when the app starts again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lock after &amp;idle:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lock when the screen locks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forget the recent vaults list</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SightingDialog</name>
    <message>
        <source>Edit sighting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add sighting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the address of the page where you saw it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. the drama and episode, or the ad</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the content does with your face</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Link:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Platform:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Seen on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No&amp;tes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Photos seen there (tick them):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by name, set or tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter photos</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Photos seen there</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Traced to &amp;buyers:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T&amp;race from the photos</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick the buyers whose deals delivered the photos ticked above</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Traced to buyers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Photos and buyers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Screensh&amp;ots and recordings:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Screenshots</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Screenshots are encrypted into the vault when you save. A screenshot you remove is deleted from the vault unless a deal or letter uses it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Screenshot preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n photo(s) ticked</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n buyer(s), chosen by hand.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n buyer(s), from the deals of the ticked photos.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>(added when you save)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add screenshots</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg *.webp *.heic);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No screenshot chosen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not an image: no preview</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SightingsPage</name>
    <message>
        <source>Add sighting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A sighting is a place your face showed up: a drama, an ad, a resale listing. Choose one to see which photos and buyers it traces back to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seen on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Platform</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Photos</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Traced to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Screenshots</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SigningKeyDialog</name>
    <message>
        <source>Signing key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every evidence bundle of this vault is signed with its own key. Anyone can check a signature with the public key inside the bundle; this fingerprint shows that the key is yours. Publish it or have it notarised once, before a dispute.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signing key fingerprint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save public key…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the public signing key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PEM public key (*.pem)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VerifyEvidenceDialog</name>
    <message>
        <source>Check an evidence bundle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a bundle (.zip) to check.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problems found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a bundle…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ZIP (*.zip)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Intact: all %1 files match SHA256SUMS and the signature is valid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NOT intact: %1 problem(s). The files named below are missing, extra or altered, or the signature does not match.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signing key: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is the signing key of the open vault.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not the open vault&apos;s key; compare it with the fingerprint the signer published.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The bundle carries a time-stamp token, which is not checked here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file could not be checked:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WelcomeWindow</name>
    <message>
        <source>Likeness Vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An encrypted record, on this computer only, of every photo of your face you handed over: to whom, when and on what terms; and the letters to take it back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a new vault…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Recent vaults:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recent vaults</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose another folder…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remember on this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forgot the password…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The vault was locked. Type the password to open it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Looking for this computer&apos;s secret store…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave empty if this computer remembers the vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No operating-system secret store (such as GNOME Keyring, KWallet, the macOS Keychain or Windows Credential Locker) is available, so the vault key cannot be remembered safely; the app never keeps it in a plain file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keeps the vault key in this computer&apos;s secret store, so the vault opens without the password while you are logged in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(not found)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No vault opened on this computer yet. Create one, or choose its folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No vault chosen yet: create one or choose a folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the vault folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open with the recovery key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the recovery key (8 groups of 4, as printed on the recovery sheet).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>_Letters</name>
    <message>
        <source>Choose the reply to attach</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take my face back…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write a revocation letter to the selected buyer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Takedown notice…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New letter…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark as sent…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attach reply…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the recipient&apos;s answer (screenshot, e-mail, letter) with it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acknowledged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ignored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deadlines…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Letters whose deadline has passed, and what is due next</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
