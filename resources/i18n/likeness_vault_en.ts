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
        <source>Sold to %n buyer(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seen %n time(s) online</source>
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
        <source>Face-swap short dramas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Advertising</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resale as part of a dataset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redistribution to third parties</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other uses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, </source>
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
        <source>The vault folder contains a link to another place; nothing was read, written or deleted through it.</source>
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
        <source>That is a file, not a folder; a vault is a folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This folder is not a Likeness Vault.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is a file of that name; choose a new or empty folder.</source>
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
        <source>The folder to write into does not exist; choose another folder. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing to the disk failed (it may be full or not writable); nothing was changed.</source>
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
        <source>This cannot be done now; the reason is below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This record is still used by other records, so it was not deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Some of what was entered is not valid; please correct it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That is a folder; choose a file name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This evidence bundle was refused unread: it could harm the computer if opened.</source>
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
        <source>This saved state had face matching on, but it was turned off on this computer on %1: it stays off. No face is measured again, and the face measurements this state named (%2 photo(s)) are deleted; turn face matching on again only if you want it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Face matching is off in this saved state (it was on here since %1): it stays off and no face is measured. Turn it on again only if you want it.</source>
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
        <source>Straight rows of keys are easy to guess.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Short keyboard patterns are easy to guess.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repeats like “aaa” are easy to guess.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repeats like “abcabcabc” are only slightly harder to guess than “abc”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sequences like “abc” or “6543” are easy to guess.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recent years are easy to guess.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dates are often easy to guess.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is one of the 10 most common passwords.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is one of the 100 most common passwords.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is a very common password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is similar to a commonly used password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A word by itself is easy to guess.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Names by themselves are easy to guess.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Common names and surnames are easy to guess.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide the password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repeat the password</source>
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
        <source>Measuring…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
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
    <message>
        <source>evidence bundle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>China (mainland)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hong Kong SAR, China</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Macao SAR, China</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Taiwan, China</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>United States</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>United Kingdom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Japan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>South Korea</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Singapore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Malaysia</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thailand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vietnam</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Philippines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Indonesia</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>India</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Australia</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Zealand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Canada</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Switzerland</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Russia</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>United Arab Emirates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Austria</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Belgium</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bulgaria</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Croatia</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cyprus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Czechia</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Denmark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Estonia</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finland</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>France</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Germany</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Greece</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hungary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ireland</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Italy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Latvia</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lithuania</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Luxembourg</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Malta</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Netherlands</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Poland</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Portugal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Romania</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slovakia</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slovenia</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sweden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Iceland</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Liechtenstein</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Norway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In full before delivery</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In full on delivery</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In full within %1 days of delivery</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In instalments: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Already paid in full on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In full within days of delivery</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In instalments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Already paid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payment terms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days to pay after delivery</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date it was paid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How and when it is paid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 100 on signing, the rest within 7 days of delivery</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>how and when the price is paid, in your words</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AttachmentList</name>
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
        <source>ID document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(kind changed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind of this file</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BackupDialog</name>
    <message>
        <source>Back up vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A backup is a copy of the encrypted vault folder: it opens with the same password and recovery key. Keep it on a USB stick or another disk, away from this computer. To restore, open the copy like any vault.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A USB stick or another disk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where the copy goes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Place:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name of the new folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New folder:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The copy goes to: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This place is on the same disk as the vault: if that disk fails, the copy is lost with it. A USB stick or another disk is safer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose where the copy goes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where should the copy go?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copying…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verifying the copy: opening it and checking every item…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Backed up and verified: the copy opens with the password and its %n stored item(s) are intact.</source>
        <translation>
            <numerusform>Backed up and verified: the copy opens with the password and its %n stored item is intact.</numerusform>
            <numerusform>Backed up and verified: the copy opens with the password and its %n stored items are intact.</numerusform>
        </translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled; the partial copy was removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelling…</source>
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
        <source>Decides which laws a letter to this buyer can cite</source>
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
    <name>BuyerInUseBox</name>
    <message>
        <source>Delete buyer</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The buyer “%1” still has %n deal(s), so the buyer cannot be deleted alone.</source>
        <translation>
            <numerusform>The buyer “%1” still has %n deal, so the buyer cannot be deleted alone.</numerusform>
            <numerusform>The buyer “%1” still has %n deals, so the buyer cannot be deleted alone.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n photo(s) or clip(s)</source>
        <translation>
            <numerusform>%1: %n photo or clip</numerusform>
            <numerusform>%1: %n photos or clips</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>and %n more</numerusform>
            <numerusform>and %n more</numerusform>
        </translation>
    </message>
    <message>
        <source>Show the deals to move them to another buyer or delete them, or delete the buyer together with these deals. Their photos and attachments stay in the vault.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The %n letter(s) written to this buyer stay in the vault.</source>
        <translation>
            <numerusform>The %n letter written to this buyer stays in the vault.</numerusform>
            <numerusform>The %n letters written to this buyer stay in the vault.</numerusform>
        </translation>
    </message>
    <message>
        <source>Show the deals</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Delete the buyer and %n deal(s)</source>
        <translation>
            <numerusform>Delete the buyer and %n deal</numerusform>
            <numerusform>Delete the buyer and %n deals</numerusform>
        </translation>
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
        <source>Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the platform ID or the contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No buyer matches “%1”.</source>
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
        <translation>
            <numerusform>%n photo</numerusform>
            <numerusform>%n photos</numerusform>
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
        <source>Choose a new password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You opened the vault with its recovery key. Choose a new password now, so that you do not need the recovery key next time. The recovery key stays valid.</source>
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
    <message>
        <source>&amp;Repair</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Note: %n encrypted file(s) belong to no kept saved state (a newer save may be missing; nothing was deleted). “Remove leftover files…” in the Vault menu lists them.</source>
        <translation>
            <numerusform>Note: %n encrypted file belongs to no kept saved state (a newer save may be missing; nothing was deleted). “Remove leftover files…” in the Vault menu lists them.</numerusform>
            <numerusform>Note: %n encrypted files belong to no kept saved state (a newer save may be missing; nothing was deleted). “Remove leftover files…” in the Vault menu lists them.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Everything is intact: the header, every saved index and %n stored item(s).</source>
        <translation>
            <numerusform>Everything is intact: the header, every saved index and %n stored item.</numerusform>
            <numerusform>Everything is intact: the header, every saved index and %n stored items.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) found; everything else is intact. Damaged:</source>
        <translation>
            <numerusform>%n problem found; everything else is intact. Damaged:</numerusform>
            <numerusform>%n problems found; everything else is intact. Damaged:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of them are damaged matching data (what finds your photos in a screenshot). It is computed from the photos themselves: “Repair” drops the damaged data and the photos are indexed again in the background. Your photos and records are not touched.</source>
        <translation>
            <numerusform>%n of them are damaged matching data (what finds your photos in a screenshot). It is computed from the photos themselves: “Repair” drops the damaged data and the photos are indexed again in the background. Your photos and records are not touched.</numerusform>
            <numerusform>%n of them are damaged matching data (what finds your photos in a screenshot). It is computed from the photos themselves: “Repair” drops the damaged data and the photos are indexed again in the background. Your photos and records are not touched.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n photo(s) are indexed again in the background.</source>
        <translation>
            <numerusform>%n photo are indexed again in the background.</numerusform>
            <numerusform>%n photos are indexed again in the background.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing needed repairing any more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repaired: the damaged matching data was dropped. Nothing else is damaged.</source>
        <translation type="unfinished"></translation>
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
        <source>Where the platform is based (for “other”)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One link per line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Photos shown</source>
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
        <source>Reset text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace your edited text with the default text for the current choices? Undo (Ctrl+Z) in the text brings your version back.</source>
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
    <message>
        <source>The letter was saved as a PDF:</source>
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
    <name>ContractViewer</name>
    <message>
        <source>Opening the contract…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The contract as it was made (%n page(s)); kept encrypted in the vault.</source>
        <translation>
            <numerusform>The contract as it was made (%n page); kept encrypted in the vault.</numerusform>
            <numerusform>The contract as it was made (%n pages); kept encrypted in the vault.</numerusform>
        </translation>
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
    <name>DateField</name>
    <message>
        <source>Pick the date from a calendar (Alt+Down)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>YYYY-MM-DD (may stay empty)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
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
        <source>Date of the deal</source>
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
        <source>Pa&amp;yment:</source>
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
        <source>&amp;Kind of the selected file:</source>
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
        <source>(added when you save)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>other uses as agreed, in your words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other uses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attachments are encrypted into the vault. Each file&apos;s kind is guessed from its name and type: choose a file to change it. Images are previewed here, from memory; other files can only be saved as a copy, which is not encrypted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add attachments</source>
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
        <source>The copy was saved:</source>
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
        <source>New sale…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new sale: buyer, photos, fair terms, the contract, then delivery copies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deliver to buyer…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New contract version…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The deal&apos;s terms changed since its contract: make a contract of the new terms</source>
        <translation type="unfinished"></translation>
    </message>
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
        <source>No deal matches “%1”.</source>
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
        <source>Payment</source>
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
    <message>
        <source>Licence contract</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The deal&apos;s terms changed since its newest contract: make a new contract version (New contract version…).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delivery copies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Photo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delivered file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Given to %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DropBanner</name>
    <message>
        <source>Saw your face somewhere? Drop a screenshot or a screen recording here, or paste one (Ctrl+V), to find which of your photos it shows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find in my photos…</source>
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
        <source>Buyer: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sighting: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An evidence bundle gathers the records of one buyer or one sighting: add a buyer or a sighting first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence about:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A signed ZIP of a buyer&apos;s or a sighting&apos;s records, photos and letters, with a PDF report</source>
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
    <message>
        <source>Evidence tools</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your signing key&apos;s fingerprint; check a bundle you were sent</source>
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
        <source>%1 already exists. Replace it with the new bundle?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step %1 of %2: %3</source>
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
</context>
<context>
    <name>FaceMatchingDialog</name>
    <message>
        <source>Face matching</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In a face-swap video only your face is taken from your photos; the rest of the picture is someone else&apos;s. Face matching finds those too: it compares the faces in a screenshot with the faces in your photos.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To do that, the app measures the face in each of your photos (a list of numbers that describes a face). These measurements are biometric data: they are kept only inside your encrypted vault, never sent anywhere and never exported unless you choose to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measuring runs in the background after you turn it on and can take a while for many photos. Turning it off deletes every face measurement at once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Face matching is &lt;b&gt;on&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (since %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Turn &amp;off and delete face data…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Face matching is &lt;b&gt;off&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Turn &amp;on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Turn off face matching</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Turn off face matching and delete the face data of your photos?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Searches will no longer compare faces. If you turn it on again, the faces are measured again from your photos.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Turn off and &amp;delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keep it on</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FileTaskDialog</name>
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
        <source>Show in folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preparing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace the file?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled; nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GuardedDialog</name>
    <message>
        <source>Discard your changes?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What you typed in this window is not saved yet. Closing it drops it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keep editing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HomePage</name>
    <message>
        <source>What to do next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No deadline is near, every buyer with a running deal has a letter, and every sighting has a takedown notice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your vault is empty. Start with the photos you handed over: import them, then add the buyers you sold them to and the deals you made. Everything stays encrypted in the vault.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1. Import the photos you sold or lent (files or a whole folder).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import photos…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>2. Add a buyer: their nickname, platform and contact.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a buyer…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No buyers yet: add the people you sold these photos to, and the deals.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No photos yet: import the photos you handed over.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deadlines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>deadline %1, %n day(s) overdue</source>
        <translation>
            <numerusform>deadline %1, %n day overdue</numerusform>
            <numerusform>deadline %1, %n days overdue</numerusform>
        </translation>
    </message>
    <message>
        <source>deadline today (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>deadline %1, in %n day(s)</source>
        <translation>
            <numerusform>deadline %1, in %n day</numerusform>
            <numerusform>deadline %1, in %n days</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write a reminder…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write an escalation…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Buyers who still use your photos</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1: %n running deal(s), no letter sent yet</source>
        <translation>
            <numerusform>%1: %n running deal, no letter sent yet</numerusform>
            <numerusform>%1: %n running deals, no letter sent yet</numerusform>
        </translation>
    </message>
    <message>
        <source>Open the draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take my face back…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sightings without a takedown notice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, seen %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the takedown notice…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This vault has never been backed up from this computer. If this disk fails or the computer is lost, the records and photos are gone: keep a copy on a USB stick or another disk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back up now…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last backed up today (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Last backed up %1 (%n day(s) ago).</source>
        <translation>
            <numerusform>Last backed up %1 (%n day ago).</numerusform>
            <numerusform>Last backed up %1 (%n days ago).</numerusform>
        </translation>
    </message>
    <message>
        <source>The vault has changed since.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing has changed since.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back up again…</source>
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
        <translation>
            <numerusform>%n new item encrypted into the vault.</numerusform>
            <numerusform>%n new items encrypted into the vault.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) were already in the vault.</source>
        <translation>
            <numerusform>%n file was already in the vault.</numerusform>
            <numerusform>%n files were already in the vault.</numerusform>
        </translation>
    </message>
    <message>
        <source>The import was cancelled; the files done so far are kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) could not be imported:</source>
        <translation>
            <numerusform>%n file could not be imported:</numerusform>
            <numerusform>%n files could not be imported:</numerusform>
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
        <translation>
            <numerusform>%n encrypted file, %1 in all, belongs to no kept saved state of the vault.</numerusform>
            <numerusform>%n encrypted files, %1 in all, belong to no kept saved state of the vault.</numerusform>
        </translation>
    </message>
    <message>
        <source>They are left by an interrupted save, or they belong to a newer save whose index file is missing (for example a backup restored without it). Opening the vault never deletes them. Remove them only if no newer save is missing: this cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Removed %n leftover file(s).</source>
        <translation>
            <numerusform>Removed %n leftover file.</numerusform>
            <numerusform>Removed %n leftover files.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LetterViewer</name>
    <message>
        <source>Opening the saved PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Duplicate as new draft…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the letter writer with this letter&apos;s choices and text</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The PDF as it was saved (%n page(s)); kept encrypted in the vault.</source>
        <translation>
            <numerusform>The PDF as it was saved (%n page); kept encrypted in the vault.</numerusform>
            <numerusform>The PDF as it was saved (%n pages); kept encrypted in the vault.</numerusform>
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
        <source>No letter matches “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
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
</context>
<context>
    <name>MainWindow</name>
    <message numerus="yes">
        <source>Indexing photos: %n pending</source>
        <translation>
            <numerusform>Indexing photos: %n pending</numerusform>
            <numerusform>Indexing photos: %n pending</numerusform>
        </translation>
    </message>
    <message>
        <source>Photos imported before this version are indexed for matching</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n photo(s) could not be indexed</source>
        <translation>
            <numerusform>%n photo could not be indexed</numerusform>
            <numerusform>%n photos could not be indexed</numerusform>
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
        <source>Home</source>
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
        <source>Back up vault…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the encrypted vault to a USB stick or another disk, and verify the copy</source>
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
        <source>New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New buyer or deal</source>
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
        <source>Nothing to search on this page</source>
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
        <translation>
            <numerusform>%n photo</numerusform>
            <numerusform>%n photos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n buyer(s)</source>
        <translation>
            <numerusform>%n buyer</numerusform>
            <numerusform>%n buyers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n deal(s)</source>
        <translation>
            <numerusform>%n deal</numerusform>
            <numerusform>%n deals</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n sighting(s)</source>
        <translation>
            <numerusform>%n sighting</numerusform>
            <numerusform>%n sightings</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n letter(s)</source>
        <translation>
            <numerusform>%n letter</numerusform>
            <numerusform>%n letters</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n shown</source>
        <translation>
            <numerusform>%n shown</numerusform>
            <numerusform>%n shown</numerusform>
        </translation>
    </message>
    <message>
        <source>Unlocked</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>locks after %n min idle</source>
        <translation>
            <numerusform>locks after %n min idle</numerusform>
            <numerusform>locks after %n min idle</numerusform>
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
        <translation>
            <numerusform>%n new item imported.</numerusform>
            <numerusform>%n new items imported.</numerusform>
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
        <translation>
            <numerusform>Delete %n photo from the vault?</numerusform>
            <numerusform>Delete %n photos from the vault?</numerusform>
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
        <source>The copy was saved:</source>
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
    <message>
        <source>Backed up and verified: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Removed %n leftover file(s).</source>
        <translation>
            <numerusform>Removed %n leftover file.</numerusform>
            <numerusform>Removed %n leftover files.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ManifestActions</name>
    <message>
        <source>Revocation manifest…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A signed file of the hashes of the photos this buyer received and your withdrawn consent, that platforms can match without the photos</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A signed file of the hashes of your photos and your withdrawn consent, that platforms can match without the photos</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ManifestDialog</name>
    <message>
        <source>Revocation manifest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the manifest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One signed file (JSON) that tells a platform, a buyer or an AI company that these photos are of you and that you withdraw your consent. Their systems can recognise the photos from it automatically, without you sending the photos again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It contains: your chosen name, the date your withdrawal takes effect, what it covers, a contact for replies, the law it relies on, and for each photo two fingerprints (its SHA-256 and PDQ hashes: numbers computed from the photo, from which the photo cannot be rebuilt). It does not contain your photos, thumbnails, file names, prices or other buyers. It is signed with your vault&apos;s key, so anyone can check that it was not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Photos</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All my photos (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delivered to %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Withdrawn from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail address or phone number for replies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consent withdrawn for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training AI models</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generating or synthesising content with my likeness (face swaps)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Distributing and publishing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only if you choose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add my legal name (otherwise only my chosen name)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add your legal name to your details first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add face embeddings (biometric data)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A face embedding is 128 numbers that describe your face: with it, a system can recognise your face in new pictures, not only in these photos. It is biometric data; once sent, it cannot be taken back. Leave it off unless the receiver asks for it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only possible while face matching is on (Sightings page, Face matching…).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Manifest file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>revocation manifest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the revocation manifest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already exists. Replace it with the new manifest?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Computing the hashes of photo %1 of %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The revocation manifest was written:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SHA-256 of the file:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed with the key %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send the file as it is. The receiver checks it with likeness-vault-cli verify-manifest, or with OpenSSL, and should compare the key with the one you published. Your letters and takedown notices about these photos now name this file, and your evidence bundles include it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MarkSentDialog</name>
    <message>
        <source>Mark as sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent on</source>
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
    <name>MatchDialog</name>
    <message>
        <source>Find in my photos</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also compare &amp;faces</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For face swaps: compare the faces in the picture with those in your photos</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Face matching…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;What you gave:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What you gave</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your &amp;photos it may show (tick those it shows):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your photos it may show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The picture you gave, the matched part outlined</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your photo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Record this sighting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the sighting form with the ticked photos, their buyers and the picture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write &amp;takedown notice…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Turn face matching on first (Face matching…): it is off by default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Looking for it in your photos…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Looking at %1 (%2 of %3)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The search was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The search was cancelled: what was looked at so far is shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was looked at.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Found your photos in %n of what you gave.</source>
        <translation>
            <numerusform>Found your photos in %n of what you gave.</numerusform>
            <numerusform>Found your photos in %n of what you gave.</numerusform>
        </translation>
    </message>
    <message>
        <source>Found: check the photos below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None of your photos were found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n photo(s) could not be indexed and were not searched: %1 The photos already indexed were searched.</source>
        <translation>
            <numerusform>%n photo could not be indexed and were not searched: %1 The photos already indexed were searched.</numerusform>
            <numerusform>%n photos could not be indexed and were not searched: %1 The photos already indexed were searched.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n photo(s) are still being prepared for search; results may be incomplete.</source>
        <translation>
            <numerusform>%n photo is still being prepared for search; results may be incomplete.</numerusform>
            <numerusform>%n photos are still being prepared for search; results may be incomplete.</numerusform>
        </translation>
    </message>
    <message>
        <source>could not be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no photo found</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n photo(s) found</source>
        <translation>
            <numerusform>%n photo found</numerusform>
            <numerusform>%n photos found</numerusform>
        </translation>
    </message>
    <message>
        <source>This file could not be searched.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None of your photos were found in it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try a sharper screenshot, or one where your photo fills more of the screen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For a recording, try a shorter clip around the moment you appear.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If only your face was used (a face swap), turn on face matching (Face matching…) and search again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If only your face was used, tick “Also compare faces”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Very likely the same face</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Possibly the same face: please check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Very likely the same photo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Possibly this photo: please check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The copy given to %1 (geometric code %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the picture is too small to tell buyers&apos; copies apart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>too few points of the photo could be matched</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>another buyer&apos;s code is nearly as close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its geometry is not close enough to the code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the reading is not sure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Possibly the copy given to %1 (geometric code %2): please check; %3. Notices and reports do not name this buyer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the whole picture looks the same</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>details of the picture match (also cropped, covered or angled)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the face looks like yours in this photo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Buyers: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No buyer on record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Frame at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your picture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No picture to show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No photo found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How sure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Found because</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time in the recording</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sold to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nobody on record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 with %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delivery copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sighting is recorded. Next: ask the platform to take it down (Write takedown notice…).</source>
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
    <name>NoMatchBar</name>
    <message>
        <source>Clear search</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Page</name>
    <message>
        <source>Nothing on this page matches “%1”.</source>
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
        <source>Creating the vault…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PdfPagesViewer</name>
    <message>
        <source>Page %1</source>
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
    <name>PhotoPicker</name>
    <message>
        <source>Filter by name, set or tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter photos</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick every photo the filter shows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Untick every photo the filter shows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Photos</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Photos selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n photo(s) selected</source>
        <translation>
            <numerusform>%n photo selected</numerusform>
            <numerusform>%n photos selected</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>(%n hidden by the filter)</source>
        <translation>
            <numerusform>(%n hidden by the filter)</numerusform>
            <numerusform>(%n hidden by the filter)</numerusform>
        </translation>
    </message>
    <message>
        <source>No photos in the vault yet: import them first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No photos match “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PhotoViewer</name>
    <message>
        <source>Photo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous photo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next photo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>100%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fit to window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No photo to show.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2 of %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decrypting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This photo cannot be shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fit to window</source>
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
        <source>View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the photo full size, with zoom (double-click or Space)</source>
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
        <source>No photo matches “%1”.</source>
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
    <name>QAbstractFileIconProvider</name>
    <message>
        <source>Folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File Folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alias</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <source>&amp;Look in:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Files of &amp;type:</source>
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
    <name>SaleActions</name>
    <message>
        <source>New sale…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Buyer, photos, fair terms, the contract, then delivery copies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New contract version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language of the contract:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Licence contract</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the contract</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New contract version saved as %1 and attached to the deal.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SaleWizard</name>
    <message>
        <source>New sale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt; &amp;Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deliver to buyer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delivery copies of the deal of %1 with %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who is buying? Choose the buyer, or add a new one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Buyer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add buyer…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The contract names the buyer as recorded: the nickname, the platform and its ID, and the real name, company and contact when you know them. The platform ID (Xianyu, WeChat…) is also where notices can be sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Photos in this sale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick the photos the buyer gets. The contract lists each one with its thumbnail and SHA-256, so nobody can later claim other photos.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date of the contract</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The day the contract is signed: the deal&apos;s date and the start of the licence. Today, or an earlier day for a deal already made.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contract date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>other uses as agreed, in your words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other uses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only what you tick is allowed; anything else needs your consent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Permitted uses:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No: the photos may not train AI models</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes: the buyer may train AI models with them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training means a model learns your face from the photos and can make new pictures or videos of you without them; a trained model cannot simply forget. With No, the delivery copies also say that text and data mining is prohibited.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AI training:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. mainland China; Douyin, Kuaishou</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Platforms and territory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where the buyer may publish. Left empty, the contract says so.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Platforms / territory:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Until</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No end date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Term ends on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning: with no end date, Civil Code art. 1022 ¶1 applies: when the term of a licence to use one&apos;s likeness is not agreed or is unclear, either side may end it at any time, giving reasonable notice in advance. That helps you (you can take your face back at any time), but a buyer may not accept it, and a dispute about what was agreed is harder. An end date is clearer for both.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Term:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>0 for none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Currency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Price:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How and when the buyer pays. The contract states exactly this; with a price of 0 it says the licence is free.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payment:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language of the contract</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contract language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delivery copies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the buyer these copies, not your originals: each copy is rebuilt from the pixels (no GPS, camera or other private data), says whose it is and on what terms, and carries a small change of geometry that tells this buyer&apos;s copy apart from every other buyer&apos;s, even after re-saving.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also sign each copy (C2PA content credentials)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Readers show it as untrusted unless they trust your certificate; any re-save strips it. Your certificate&apos;s root is written beside the copies (performer-root.pem): whoever trusts it sees them signed by you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copies written to %1 and recorded on the deal (%2):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deliver to a folder…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deliver as a ZIP file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 Buyer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>2 Photos</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>3 Terms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>4 Contract</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>5 Delivery copies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Create the contract…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preparing the preview…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>This is the contract as it will be saved: %n page(s).</source>
        <translation>
            <numerusform>This is the contract as it will be saved: %n page.</numerusform>
            <numerusform>This is the contract as it will be saved: %n pages.</numerusform>
        </translation>
    </message>
    <message>
        <source>Licence contract</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the contract</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The deal is recorded with its contract attached, and the contract was saved as %1. Print it or send it to the buyer to sign.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deliver as a ZIP file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ZIP files (*.zip)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deliver to a folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Making the delivery copies…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled: no copy was written and nothing was recorded.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SavedFileDialog</name>
    <message>
        <source>Saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show in &amp;folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the folder that holds the file</source>
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
        <source>Seen on</source>
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
        <source>%n buyer(s), chosen by hand.</source>
        <translation>
            <numerusform>%n buyer, chosen by hand.</numerusform>
            <numerusform>%n buyers, chosen by hand.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n buyer(s), from the deals of the ticked photos.</source>
        <translation>
            <numerusform>%n buyer, from the deals of the ticked photos.</numerusform>
            <numerusform>%n buyers, from the deals of the ticked photos.</numerusform>
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
        <source>No sighting matches “%1”.</source>
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
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>extra</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>altered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>signature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>signing key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>malformed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unreadable</source>
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
        <source>· remembered on this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opens without the password: leave the password empty.</source>
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
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This letter was saved before the app kept a copy of its PDF. Write it again as a new draft with the same choices and text?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write a revocation letter to a buyer: end the licence to your photos</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask a platform to take down a video or post that uses your face</source>
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
    <message>
        <source>Show the letter&apos;s PDF as it was saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duplicate as new draft…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write a new letter with this letter&apos;s choices and text</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>_Matching</name>
    <message>
        <source>Find in my photos…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find which of your photos a screenshot or a screen recording shows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Face matching…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare faces too (for face swaps): off until you turn it on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find in my photos: choose screenshots or a recording</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Screenshots and recordings (*.jpg *.jpeg *.png *.webp *.heic *.heif *.avif *.gif *.bmp *.mp4 *.mov *.m4v *.webm *.mkv);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pasted image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The clipboard holds no picture: copy a screenshot first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dropped image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import into the vault</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <source>The buyer {name} still has deals ({deals}); delete or move the deals first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No answer was given (input ended); nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Standard input ended before the answer was given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No password was given (input ended); nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Standard input ended before the password was given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No current password was given (input ended); nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Standard input ended before the current password was given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No new password was given (input ended); nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Standard input ended before the new password was given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new password was not repeated (input ended); nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Standard input ended before the new password was repeated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No recovery key was given (input ended); nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Standard input ended before the recovery key was given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An empty password is refused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two passwords differ; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was deleted: standard input is not a terminal, so deleting must be confirmed with --yes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} already exists; it was left as it is (pass --force to replace it).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The letter {id} is an unsent draft: record that it was sent first (mark-sent), then what came of it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give at least one detail to change (see set-details --help).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the image file(s) of your ID document, or --remove.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give --backfill or --repair, not both.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was removed: standard input is not a terminal, so the removal must be confirmed with --yes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password is wrong; the vault was not opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The recovery key is wrong; the vault was not opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The remembered key is wrong; the vault was not opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The vault header was changed outside the app (its authentication code does not match); the vault was not opened with the password. The recovery key can still open it, and then rewrites the header.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} is not a Likeness Vault (it has no {header}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} is not a folder; a vault is a folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} already exists and is not empty; choose a new folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} is a file, not a folder; choose a new or empty folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This vault is open in another Likeness Vault window or command; close it there first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The vault is locked; unlock it first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} is a folder; give the name of a file to write.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}: the image claims {width}x{height} pixels, more than any photo; it was refused as a possible decompression bomb.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}: the image is too large to decode safely; it was refused as a possible decompression bomb.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}: the image cannot be decoded (it is damaged, or a kind of image this app does not read).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}: the file is empty (0 bytes).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}: the image is truncated (the file ends too early).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Likeness Vault is installed incompletely: {resource} is missing (looked in {folder}). Reinstall the app.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The attachment kind must be one of {options}, not {value}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}: attachments are limited to 2 GB.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is an image of your ID document; its kind stays as it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is a revocation manifest the vault made; its kind stays as it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The attachment {name} is still used by your details (ID document); remove it from there first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The attachment {name} is still used by {count} deal(s), sighting(s) or letter(s) ({ids}); remove it from there first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} already exists; it was left as it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} does not match its recorded SHA-256; not exported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{dest} is a file, not a folder; choose a new or empty folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{dest} is not empty; a backup goes into a new or empty folder, and nothing there was touched.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder {parent} does not exist; choose a place that does.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A backup cannot go inside the vault folder (or hold it); choose another place, best a separate disk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup does not fit: the disk of {dest} is full. The partial copy was removed; the vault itself is unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no permission to write in {dest}. Nothing of the backup was left there; the vault itself is unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The disk of {dest} reported an input/output error during the backup. The partial copy was removed; the vault itself is unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup to {dest} failed ({reason}). The partial copy was removed; the vault itself is unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} disappeared from the vault folder during the backup; nothing was backed up (run check).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The copy in {dest} did not pass its check after it was written ({what}): the disk may be failing. The copy was removed; the vault itself is unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no photo or clip with id {id} in this vault.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The id {id} matches more than one photo or clip ({ids}); give more of it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no buyer with id {id} in this vault.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The id {id} matches more than one buyer ({ids}); give more of it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no deal with id {id} in this vault.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The id {id} matches more than one deal ({ids}); give more of it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no attachment with id {id} in this vault.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The id {id} matches more than one attachment ({ids}); give more of it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no sighting with id {id} in this vault.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The id {id} matches more than one sighting ({ids}); give more of it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no letter with id {id} in this vault.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The id {id} matches more than one letter ({ids}); give more of it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A deal names an attachment ({id}) that is no longer recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A sighting names an attachment ({id}) that is no longer recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A letter names an attachment ({id}) that is no longer recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An evidence bundle is for one buyer or one sighting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sighting names a buyer ({id}) that is no longer recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A deal or sighting names a photo ({id}) that is no longer recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is missing from the vault (its file is gone).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} cannot be read (system error {code}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} decrypts, but its SHA-256 differs from the one recorded at import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The report language must be one of zh-CN or en, not {value}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} changed while the bundle was written; the export was abandoned.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SHA256SUMS is not UTF-8 text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SHA256SUMS does not end with a line break.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SHA256SUMS line {number} is not &apos;&lt;sha256&gt;  &lt;path&gt;&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SHA256SUMS line {number} names an unsafe path ({path}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SHA256SUMS lists {path} twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key file {path} cannot be read (system error {code}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} is not an Ed25519 public key in PEM form.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The expected key must be the signing key fingerprint (64 hex digits, as printed on the report&apos;s cover) or the path of a .pem public key file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The bundle has {count} entries, more than {limit}; it was not read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The entry {name} would expand {ratio} times its stored size (a decompression bomb); the bundle was not read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The bundle has entry names that could write outside the folder it is unpacked into (absolute paths, &apos;..&apos;, backslashes, links, duplicates or control characters), so it was not read: {names}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The bundle declares {size} bytes of content, more than any evidence bundle should hold (a decompression bomb?); it was not read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The bundle&apos;s entries would inflate to {size}, more than {times} times the {archive} of the ZIP file (a decompression bomb); the bundle was not read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no file {path}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} has an entry name marked as UTF-8 that is not valid UTF-8, so the names cannot be checked; the bundle was not read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is not a readable ZIP file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The bundle is signed by the key {key}, not by the expected key {expected}: whoever signed it is not the holder of the expected key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is missing from the bundle.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is damaged inside the ZIP.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is larger than such a file can be.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is listed in SHA256SUMS but missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is in the bundle but not in SHA256SUMS.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} cannot be read from the ZIP.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} was altered: its SHA-256 differs from SHA256SUMS.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is not an Ed25519 public key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is not a readable public key (altered?).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is {size} bytes, not a 64-byte Ed25519 signature.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The signature {signature} does not match {sums} under {key}: {sums}, {signature} or the key was altered, or the key is not the one that signed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}: too large to process.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}: the link points nowhere.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}: no such file or folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}: not one picture could be decoded from the video (it is empty or damaged).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}: there is no video in the file (it holds no pictures).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}: a sound recording has no pictures to look for photos in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}: not a picture or video this app can look for photos in (JPEG, PNG, WebP, HEIC, MP4, MOV).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}: cannot be read (there is no permission to read it).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}: cannot be read (the file is gone).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}: not a file that can be read (a folder, a device or a pipe); choose the photo or video file itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is {size} MiB, more than the {limit} MiB a file to look for photos in may be; cut out the part that matters (a screenshot or a shorter clip).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} lasts {minutes} minutes, longer than the {limit} minutes a video to look for photos in may last; cut out the part that matters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}: the video claims frames of {width}x{height} pixels, more than any screen; it was refused as a possible decompression bomb.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}: the video is truncated (the file ends too early).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}: the video cannot be decoded (it is damaged, or a kind of video this app does not read).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}: cannot be read (system error {code}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}: not a photo, clip or voice sample this app can store (JPEG, PNG, WebP, HEIC, MP4, MOV, M4A, MP3, WAV, OGG).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}: the image file is larger than 256 MB; refused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This deal has a stated term that is still running, so ending it (Civil Code Article 1022(2)) needs a justified reason: please give it (--reason in the CLI), for example that the photos were used to train an AI model, which the deal did not allow.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown ground {ground}: choose from {options} (gdpr and dmca are decided from the buyer&apos;s country and the platform).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reason is longer than {limit} characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The deadline must be between 1 and 365 days away.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An escalation follows up a letter already sent to this buyer, and there is none: write a revocation or deletion letter first and mark it as sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A reminder follows up a letter already sent to this buyer, and there is none: write a revocation or deletion letter first and mark it as sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The letter kind must be one of {options}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The letter language must be zh-CN or en.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The earlier letter&apos;s deadline ({deadline}) has not passed yet; an escalation is due only after it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The earlier letter&apos;s deadline ({deadline}) has not passed yet; a reminder is due only after it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no deal with this buyer: record what you gave them first (add-deal).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say how the buyer&apos;s use goes beyond the deal (the reason), so the letter can state it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The output file must end in .pdf, not {name}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The date it was sent must be a date written YYYY-MM-DD, not {value}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The channel is longer than {limit} characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The date it was sent ({date}) is in the future: give the day you sent it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The date it was sent ({date}) is before the letter was written ({written}): give the day you sent it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The status must be one of {options}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The letter {reference} was sent, so it is not an unsent draft; a letter that was sent is kept as it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This password is too easy to guess: about 10^{guesses} guesses, and a stolen copy of the vault must withstand 10^{floor}; use four or more unrelated words, or a longer phrase of your own (Chinese is fine).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The platform must be one of {options}, not {value}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The day it was seen must be a date written YYYY-MM-DD, not {value}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sighting field {field} cannot be set.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown sighting field: {field}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The notice variant must be one of {options}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A deal made on {date} covers these photos, so the notice cannot say you never consented: say instead that the licence was revoked, has expired, or does not cover this use.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No deal covers these photos, so the notice cannot speak of a licence: say that you never licensed them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No revocation letter covering these photos has been sent with its deadline passed: mark the letter as sent, or give another reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No deal covering these photos has a term that has ended: give another reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A takedown notice needs at least one link (--url) to the content.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At most {count} links of up to 2000 characters each.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The {ground} ground binds the handler of your data or the AI provider, not a platform: put it in a deletion letter to the buyer instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown ground {ground}: choose from {options} (dmca is decided from the platform&apos;s country and --own-photos).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The price must be a number such as 30 or 19.90, not {value}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The price must be zero or more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A value that is not text was given where text is needed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A text of {length} characters is longer than the {limit} allowed; it begins “{start}”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The text “{start}” contains bytes that are not valid text; type it again in UTF-8.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The link must be a web address that starts with http:// or https:// and names the site, such as https://www.douyin.com/video/123, not {value}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This computer does not remember this vault; type the password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown performer field(s): {fields}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give at most 4 images of the ID document (front and back).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is not an image: the ID document must be a photo or scan (JPEG, PNG or HEIC), so that it can be printed on the notice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}: not a JPEG, PNG, WebP or HEIC photo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These photo fields cannot be edited: {fields}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The country must be a two-letter code such as CN, US or DE, not {value}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The buyer field {field} cannot be set.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A buyer needs a name (the nickname you know them by).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown buyer field: {field}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The buyer {name} still has deals ({ids}); delete or move the deals first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The deal date must be a date written YYYY-MM-DD, not {value}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The end of the term must be a date written YYYY-MM-DD, not {value}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The currency must be a three-letter code such as CNY or USD, not {value}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The term must be one of {options}, not {value}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The AI training choice must be one of {options}, not {value}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The resale choice must be one of {options}, not {value}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exclusivity must be one of {options}, not {value}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The deal field {field} cannot be set.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A term &apos;until a date&apos; needs that date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An end date is only given with the term &apos;until a date&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The term ends before the deal was made.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A deal covers at least one photo or clip.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown deal field: {field}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} already exists; it was left as it is (choose a name).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{text} is not a date: type it as year-month-day, like 2024-03-01.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A date is needed here: type it like 2024-03-01.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{day} is too early: the earliest day is {minimum}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{day} is too late: the latest day is {maximum}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The vault header was refused before deriving any key: the key derivation parameter {name}={value} is outside the safe range {low}..{high}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The vault header was refused before deriving any key: the key derivation memory is too small for its lanes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The vault header was refused before deriving any key: the key derivation asks for {memory} MiB, {passes} passes, {lanes} lane(s), more than 4 times the work of the default ({default_memory} MiB, {default_passes} passes, {default_lanes} lanes).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The vault header field {field} is not valid base64 text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The vault header field {field} has the wrong length.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The vault header field &apos;{field}&apos; is missing or of the wrong type.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A keyslot in the vault header is not an object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The vault header names an unknown password key derivation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The vault header names an unknown recovery key derivation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The vault header has a keyslot of unknown type &apos;{type}&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The vault header is larger than any real header; it was refused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The vault header is not readable JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The vault header is not a JSON object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The vault header is damaged (its checksum does not match).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This file is not a Likeness Vault header.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The vault header has no format version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This vault uses format version {version}, newer than this app understands ({known}); update Likeness Vault to open it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The vault header names an impossible format version {version}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The vault header&apos;s vault_id is not a UUID.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The vault header has an impossible number of keyslots.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The vault header&apos;s mac is not hexadecimal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The vault index {name} is truncated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The vault index {name} does not start like an index.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The vault index {name} is damaged (it claims format version {version}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The vault index {name} is damaged (it fails its authentication check).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The vault index {name} is impossibly large.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The vault index {name} does not hold records.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is truncated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is truncated (its file is shorter than a header).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is damaged (its file does not start like a vault object).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is damaged (its file belongs to another item).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is damaged (impossible chunk size).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is damaged (part {part} of {count} fails its authentication check).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keyring package is not installed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No operating-system secret store is available here (found only {names}); &apos;remember on this computer&apos; is off, because the other stores keep secrets in plain files or not at all.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The secret store refused to keep the key ({reason}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The secret store could not be read ({reason}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The vault index names no valid schema version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This vault was saved by a newer Likeness Vault (records version {version}, this app reads up to {known}); update the app to open it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} in the vault folder is a link to another place; nothing was read, written or deleted through it (replace the link by the real file or folder).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The disk is full; nothing was changed ({name} could not be written).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file system refused a file this large ({name}); nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no permission to write {path}; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The disk reported an input/output error while writing {name}; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder {folder} does not exist; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name {name} is too long for this disk; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing {name} failed (system error {code}); nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} in the vault folder is not a regular file; the vault was not opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>vault header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A vault needs a password; an empty one is refused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Both copies of the vault header ({header} and {backup}) are damaged or unreadable; the vault cannot be unlocked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new password is empty; it was refused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The vault was opened with the recovery key; open it with the password to remember it on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The vault did not open its newest saved state; a rekey would drop it. Run check first; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} encrypted item(s) are not in the newest saved state; a rekey would make them unreadable for good. Restore the missing save, or remove them with clean first; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} decrypts, but its SHA-256 differs from the record; the vault key was not changed (run check).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The vault index {name} was renamed or swapped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The vault has no index (its records file is missing); it cannot be opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every saved generation of the vault index is damaged: {names}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This vault was opened read-only (to verify a copy of it); nothing in it can be changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leftover files cannot be removed while a saved state of the vault cannot be read ({names}): they may belong to it; nothing was removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>photo {name} ({id})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>clip {name} ({id})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>voice {name} ({id})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>thumbnail of photo {name} ({id})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>thumbnail of clip {name} ({id})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>thumbnail of voice {name} ({id})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>matching data {key} of photo {name} ({id})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>attachment {name} ({id})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF of the letter ({id})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the photo search index</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The manifest {name} does not hold (see above); no image was checked against it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} shows none of the photos in this vault; no sighting was recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Face matching is not available in this installation: dlib or its face model files are missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Face detection stopped unexpectedly: its helper process ended (perhaps out of memory). Nothing was changed; try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Face detection was stopped before it finished (the vault was locked).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Face detection failed on this picture (it may be too large); nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The face model files could not be loaded; reinstall Likeness Vault to repair them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown scope {scope}: choose from {options} (comma-separated).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name at least one use the consent is withdrawn for: {options}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your chosen name is not set: a manifest says whose likeness it is. Add it to your details first (--display-name in the CLI).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your legal name is not recorded, so it cannot be put in the manifest: add it to your details, or leave the legal name out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A manifest needs a contact for replies, and your details have no e-mail address or phone number: add one, or give the contact (--contact in the CLI).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The contact is longer than {limit} characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The withdrawal date must be a date such as 2026-12-01, not {value}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Face embeddings exist only while face matching is on; turn it on first (it computes them), or make the manifest without them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No photos are recorded as delivered to {name}: there is nothing to put in a manifest.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The vault has no photos: there is nothing to put in a manifest.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} names the member {member} twice in one object; it was refused (readers would disagree on which value counts).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The manifest&apos;s {where} {what}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The manifest was cancelled; no file was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The face data of {name} is damaged; no manifest was written (turning face matching off and on computes it again).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} is a folder, not a manifest file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file {path} cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is larger than any revocation manifest; it was not read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is not a JSON document (UTF-8).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The fingerprint written in the manifest, {written}, is not the one of its public key, {actual}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The signature does not match the manifest under the key it names: the manifest was altered after it was signed, or signed by another key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The manifest is signed by the key {key}, not by the expected key {expected}: whoever signed it is not the holder of the expected key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is larger than any photo ({size} bytes); not read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} could not be read (the decoder failed on it); the other files were searched.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} ({id}) is left out of the search: its stored search data is damaged (check the vault).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Face matching is off in this vault. Turn it on first (in the app: Sightings, Face matching…; from a script: the command face-matching); the faces of your photos are then indexed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The faces of {name} ({id}) are left out of the search: their stored data is damaged (check the vault).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--deal makes a new contract from the deal&apos;s recorded terms; change the terms with edit-deal, not with --{option}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new contract needs --{option} (or --deal for an existing deal).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new contract with a price needs --payment: how and when it is paid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C2PA signing is not available in this version; deliver without --c2pa.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The permitted uses must be a list of {options}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown permitted use {value}; the uses are {options}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A contract names you by your legal name: enter it in your details first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A contract states the price: give it, 0 for none.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A contract states whether the buyer may train AI models with the photos: choose yes or no.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A contract states how long the licence runs: give an end date, or choose no end date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A contract states what the photos may be used for: choose the uses.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The use “other” needs its text: say what the other use is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A contract states how and when the price is paid: choose the payment terms.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The contract date {date} is after today ({today}): a contract is dated the day it is made or earlier.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The licence would end on {until}, before the contract date {date}: give an end date on or after it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The contract language must be one of {options}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The deal covers no photo: a contract needs one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Photo {name} has been delivered to {count} deals already: every code that tells its copies apart is taken.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} is a file, not a folder; it was left as it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The deal {deal} has no photos to deliver.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The payment terms must be one of {options}, not {value}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The date of payment must be a date written YYYY-MM-DD, not {value}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The price cannot already have been paid on {date}: that day is after today.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The days to pay must be a whole number from 1 to {max}, not {value}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payment within days of delivery needs the number of days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A number of days to pay is only given with payment within days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A price already paid needs the date it was paid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A date of payment is only given when the price was already paid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payment in instalments or in another way needs its text: say how and when the price is paid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A payment text is only given with payment in instalments or in another way.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
