<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name></name>
    <message>
        <source>Save an unencrypted copy?</source>
        <translation>保存未加密的副本？</translation>
    </message>
    <message>
        <source>The copy you save will NOT be encrypted: anyone with access to that folder can read it. The vault keeps its own encrypted copy. Continue?</source>
        <translation>你保存的副本不会加密：能访问那个文件夹的任何人都能查看。保险箱里仍保留加密的原件。继续吗？</translation>
    </message>
    <message>
        <source>Save a copy as</source>
        <translation>另存副本</translation>
    </message>
    <message>
        <source>Likeness Vault</source>
        <translation>肖像保险箱</translation>
    </message>
    <message>
        <source>That folder already exists and is not empty; choose a new folder.</source>
        <translation>该文件夹已存在且不为空，请选择一个新文件夹。</translation>
    </message>
    <message>
        <source>Sold to %n buyer(s)</source>
        <translation>已卖给 %n 位买家</translation>
    </message>
    <message>
        <source>Seen %n time(s) online</source>
        <translation>在网上被发现 %n 次</translation>
    </message>
    <message>
        <source>No preview</source>
        <translation>无法预览</translation>
    </message>
    <message>
        <source>Xianyu</source>
        <translation>闲鱼</translation>
    </message>
    <message>
        <source>WeChat</source>
        <translation>微信</translation>
    </message>
    <message>
        <source>Douyin</source>
        <translation>抖音</translation>
    </message>
    <message>
        <source>Hongguo short dramas</source>
        <translation>红果短剧</translation>
    </message>
    <message>
        <source>Kuaishou</source>
        <translation>快手</translation>
    </message>
    <message>
        <source>WeChat Channels</source>
        <translation>微信视频号</translation>
    </message>
    <message>
        <source>Bilibili</source>
        <translation>哔哩哔哩</translation>
    </message>
    <message>
        <source>Xiaohongshu</source>
        <translation>小红书</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>No</source>
        <translation>否</translation>
    </message>
    <message>
        <source>Not stated</source>
        <translation>未约定</translation>
    </message>
    <message>
        <source>Until %1</source>
        <translation>至 %1</translation>
    </message>
    <message>
        <source>Unlimited</source>
        <translation>不限期</translation>
    </message>
    <message>
        <source>Face-swap short dramas</source>
        <translation>AI换脸短剧</translation>
    </message>
    <message>
        <source>Advertising</source>
        <translation>广告宣传</translation>
    </message>
    <message>
        <source>Resale as part of a dataset</source>
        <translation>作为数据集转售</translation>
    </message>
    <message>
        <source>Redistribution to third parties</source>
        <translation>向第三方转发、分发</translation>
    </message>
    <message>
        <source>Other uses</source>
        <translation>其他用途</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>Revocation</source>
        <translation>解除许可通知</translation>
    </message>
    <message>
        <source>Deletion request</source>
        <translation>删除请求</translation>
    </message>
    <message>
        <source>Takedown notice</source>
        <translation>侵权通知</translation>
    </message>
    <message>
        <source>Reminder</source>
        <translation>催告</translation>
    </message>
    <message>
        <source>Escalation</source>
        <translation>升级投诉</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>草稿</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>已发送</translation>
    </message>
    <message>
        <source>Acknowledged</source>
        <translation>对方已确认</translation>
    </message>
    <message>
        <source>Complied</source>
        <translation>已照办</translation>
    </message>
    <message>
        <source>Ignored</source>
        <translation>未理睬</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>平台</translation>
    </message>
    <message>
        <source>Nickname</source>
        <translation>昵称</translation>
    </message>
    <message>
        <source>Platform ID</source>
        <translation>平台账号 ID</translation>
    </message>
    <message>
        <source>Deals</source>
        <translation>交易</translation>
    </message>
    <message>
        <source>Photos held</source>
        <translation>持有照片</translation>
    </message>
    <message>
        <source>Last action</source>
        <translation>最近动态</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Buyer</source>
        <translation>买家</translation>
    </message>
    <message>
        <source>Photos</source>
        <translation>照片</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>价格</translation>
    </message>
    <message>
        <source>Uses</source>
        <translation>用途</translation>
    </message>
    <message>
        <source>AI training</source>
        <translation>AI 训练</translation>
    </message>
    <message>
        <source>Term</source>
        <translation>期限</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>附件</translation>
    </message>
    <message>
        <source>Seen on</source>
        <translation>发现日期</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>链接</translation>
    </message>
    <message>
        <source>Traced to</source>
        <translation>追溯到</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>创建日期</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>To</source>
        <translation>收件人</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Sent on</source>
        <translation>发送日期</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>发送渠道</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>期限日</translation>
    </message>
    <message>
        <source>The password (or recovery key) is wrong; the vault was not opened.</source>
        <translation>密码（或恢复密钥）不正确，保险箱没有打开。</translation>
    </message>
    <message>
        <source>The vault header was changed outside the app; open the vault with the recovery key (it rewrites the header), then set a new password.</source>
        <translation>保险箱头文件在本应用之外被改动过；请用恢复密钥打开保险箱（会重写头文件），然后设置新密码。</translation>
    </message>
    <message>
        <source>The vault folder contains a link to another place; nothing was read, written or deleted through it.</source>
        <translation>保险箱文件夹中有指向别处的链接；没有通过它读取、写入或删除任何内容。</translation>
    </message>
    <message>
        <source>The vault header asks for unsafe settings or is malformed; it was not opened.</source>
        <translation>保险箱的文件头要求不安全的参数或格式有误，没有打开。</translation>
    </message>
    <message>
        <source>Part of the vault is damaged. The items below failed their integrity check.</source>
        <translation>保险箱有部分内容已损坏，下列项目未通过完整性校验。</translation>
    </message>
    <message>
        <source>This vault was made by a newer version of Likeness Vault; update the app.</source>
        <translation>这个保险箱由更新版本的肖像保险箱创建，请先升级本应用。</translation>
    </message>
    <message>
        <source>That is a file, not a folder; a vault is a folder.</source>
        <translation>这是一个文件，不是文件夹；保险箱是一个文件夹。</translation>
    </message>
    <message>
        <source>This folder is not a Likeness Vault.</source>
        <translation>这个文件夹不是肖像保险箱。</translation>
    </message>
    <message>
        <source>There is a file of that name; choose a new or empty folder.</source>
        <translation>已有同名文件，请选择一个新的或空的文件夹。</translation>
    </message>
    <message>
        <source>This vault is open in another window or program; close it there first.</source>
        <translation>这个保险箱已在另一个窗口或程序中打开，请先在那里关闭。</translation>
    </message>
    <message>
        <source>The vault is locked; unlock it first.</source>
        <translation>保险箱已锁定，请先解锁。</translation>
    </message>
    <message>
        <source>The folder to write into does not exist; choose another folder. Nothing was changed.</source>
        <translation>要写入的文件夹不存在，请选择其他文件夹。没有任何改动。</translation>
    </message>
    <message>
        <source>Writing to the disk failed (it may be full or not writable); nothing was changed.</source>
        <translation>写入磁盘失败（磁盘可能已满或不可写）；没有任何改动。</translation>
    </message>
    <message>
        <source>This file could not be taken into the vault.</source>
        <translation>这个文件无法存入保险箱。</translation>
    </message>
    <message>
        <source>That record is no longer in the vault.</source>
        <translation>这条记录已不在保险箱中。</translation>
    </message>
    <message>
        <source>This password is too easy to guess; use four or more unrelated words, or a longer phrase.</source>
        <translation>这个密码太容易被猜到；请用四个或更多互不相关的词，或一句更长的话。</translation>
    </message>
    <message>
        <source>This cannot be done now; the reason is below.</source>
        <translation>现在无法执行此操作，原因见下方。</translation>
    </message>
    <message>
        <source>This record is still used by other records, so it was not deleted.</source>
        <translation>这条记录仍被其他记录使用，因此没有删除。</translation>
    </message>
    <message>
        <source>Some of what was entered is not valid; please correct it.</source>
        <translation>填写的内容有误，请修改。</translation>
    </message>
    <message>
        <source>That is a folder; choose a file name.</source>
        <translation>这是一个文件夹，请选择一个文件名。</translation>
    </message>
    <message>
        <source>This evidence bundle was refused unread: it could harm the computer if opened.</source>
        <translation>这个证据包未被读取就已拒绝：打开它可能危害这台电脑。</translation>
    </message>
    <message>
        <source>That file already exists and was left as it is; choose another name.</source>
        <translation>该文件已存在，未作改动；请换一个文件名。</translation>
    </message>
    <message>
        <source>This computer has no usable secret store for remembering the vault.</source>
        <translation>这台电脑没有可用的系统密钥库，无法记住保险箱。</translation>
    </message>
    <message>
        <source>Something went wrong.</source>
        <translation>出了点问题。</translation>
    </message>
    <message>
        <source>%1 encrypted item(s) are not in the newest saved state: a newer save may be missing; nothing was deleted. “Remove leftover files…” (Vault menu) lists them.</source>
        <translation>有%1个加密项目不在最新的已保存状态中：可能缺少一次较新的保存；没有删除任何内容。“保险箱”菜单中的“清除残留文件…”会列出它们。</translation>
    </message>
    <message>
        <source>This vault&apos;s saved state (generation %1) is older than the last state opened here on %2 (generation %3). If you restored a backup into this folder, that is expected.</source>
        <translation>此保险箱的已保存状态（第%1代）比本机在此文件夹上次打开的状态（%2，第%3代）更旧。如果你刚把备份恢复到这个文件夹，这是正常的。</translation>
    </message>
    <message>
        <source>This vault&apos;s header (generation %1) is older than the one opened here on %2 (generation %3): an old copy of vault.json was put back, so an old password may have opened it. If you restored a backup into this folder, that is expected; otherwise change the password and renew the vault key.</source>
        <translation>此保险箱的头文件（第%1代）比本机在此上次打开的头文件（%2，第%3代）更旧：有人放回了旧的 vault.json 副本，因此旧密码可能已能打开它。如果你刚恢复了备份，这是正常的；否则请修改密码并更换保险箱密钥。</translation>
    </message>
    <message>
        <source>The header copy %1 is damaged; the vault opened from the other copy and rewrote it.</source>
        <translation>头文件副本 %1 已损坏；保险箱已用另一份副本打开并重写了它。</translation>
    </message>
    <message>
        <source>The header copy %1 could not be read; the vault opened from the other copy and rewrote it.</source>
        <translation>无法读取头文件副本 %1；保险箱已用另一份副本打开并重写了它。</translation>
    </message>
    <message>
        <source>A copy of the vault header (generation %1) was changed outside the app (its authentication code does not match); it was rewritten from the good copy.</source>
        <translation>保险箱头文件的一份副本（第%1代）在本应用之外被改动过（认证码不符）；已用完好的副本重写。</translation>
    </message>
    <message>
        <source>An older copy of the vault header (generation %1) was rewritten from the newest (generation %2).</source>
        <translation>较旧的头文件副本（第%1代）已用最新的副本（第%2代）重写。</translation>
    </message>
    <message>
        <source>A damaged copy of the vault header could not be rewritten (the disk may be full or not writable); the vault opened from the good copy.</source>
        <translation>无法重写损坏的头文件副本（磁盘可能已满或不可写）；保险箱已用完好的副本打开。</translation>
    </message>
    <message>
        <source>The main copy of the vault header could not be rewritten; the next open repairs it.</source>
        <translation>无法重写头文件的主副本；下次打开时会修复。</translation>
    </message>
    <message>
        <source>The vault header was changed outside the app. The recovery key proved the vault key, so the vault was opened and the header rewritten with the recovery key only: set a new password now (Vault menu).</source>
        <translation>保险箱头文件在本应用之外被改动过。恢复密钥证明了保险箱密钥，因此保险箱已打开，头文件已改写为只保留恢复密钥：请现在设置新密码（“保险箱”菜单）。</translation>
    </message>
    <message>
        <source>The saved state %1 is damaged.</source>
        <translation>已保存状态 %1 已损坏。</translation>
    </message>
    <message>
        <source>The saved state %1 could not be read.</source>
        <translation>无法读取已保存状态 %1。</translation>
    </message>
    <message>
        <source>Opened the previous saved state (%1) because the newest is damaged; changes of the last save(s) may be missing.</source>
        <translation>由于最新的已保存状态已损坏，已打开上一个已保存状态（%1）；最近一次或几次保存的更改可能缺失。</translation>
    </message>
    <message>
        <source>The saved state that %1 replaced (%2) is missing from the vault folder: files may have been deleted, or a copy or sync of it is incomplete; nothing was deleted.</source>
        <translation>%1 所取代的已保存状态（%2）不在保险箱文件夹中：文件可能被删除，或者复制、同步不完整；没有删除任何内容。</translation>
    </message>
    <message>
        <source>The vault&apos;s records were upgraded from version %1 to %2; they are saved in the new form at the next change.</source>
        <translation>保险箱记录已从第%1版升级到第%2版；下次更改时会以新格式保存。</translation>
    </message>
    <message>
        <source>Removed %1 unfinished temporary file(s) left by an interrupted save.</source>
        <translation>已删除%1个被中断的保存留下的未完成临时文件。</translation>
    </message>
    <message>
        <source>Finished an interrupted renewal of the vault key: the new key is in force and the password is unchanged. If the new recovery key was not shown to you, make a new one now (Vault menu).</source>
        <translation>已完成一次被中断的保险箱密钥更换：新密钥已生效，密码不变。如果你没有看到新的恢复密钥，请现在生成一个（“保险箱”菜单）。</translation>
    </message>
    <message>
        <source>An interrupted renewal of the vault key left files this vault&apos;s key cannot read; the vault is as it was before. Renew the vault key again: that removes them.</source>
        <translation>一次被中断的保险箱密钥更换留下了本保险箱密钥无法读取的文件；保险箱保持原样。请再次更换保险箱密钥，这会清除它们。</translation>
    </message>
    <message>
        <source>The secret store refused to keep the key.</source>
        <translation>系统密钥库拒绝保存该密钥。</translation>
    </message>
    <message>
        <source>This saved state had face matching on, but it was turned off on this computer on %1: it stays off. No face is measured again, and the face measurements this state named (%2 photo(s)) are deleted; turn face matching on again only if you want it.</source>
        <translation>这个保存状态中人脸比对是开启的，但你已于 %1 在这台电脑上把它关闭：它保持关闭。不会再测量任何人脸，这个状态记录的人脸测量数据（%2 张照片）已被删除；只有在你确实需要时才重新开启人脸比对。</translation>
    </message>
    <message>
        <source>Face matching is off in this saved state (it was on here since %1): it stays off and no face is measured. Turn it on again only if you want it.</source>
        <translation>这个保存状态中人脸比对是关闭的（在这台电脑上它自 %1 起是开启的）：它保持关闭，不会测量任何人脸。只有在你确实需要时才重新开启。</translation>
    </message>
    <message>
        <source>Unexpected error</source>
        <translation>意外错误</translation>
    </message>
    <message>
        <source>Something unexpected went wrong. Your vault is consistent: every saved change is kept, and a change that did not finish was not saved. You can copy the details below for a bug report (they contain no photo or buyer data).</source>
        <translation>发生了意外错误。保险箱保持一致：已保存的修改都在，没有完成的修改不会被保存。你可以复制下面的详细信息用于报告问题（其中不含照片或买家信息）。</translation>
    </message>
    <message>
        <source>Error details</source>
        <translation>错误详情</translation>
    </message>
    <message>
        <source>Copy details</source>
        <translation>复制详情</translation>
    </message>
    <message>
        <source>Use four or more unrelated words, or a longer phrase; Chinese is fine.</source>
        <translation>请用四个或更多互不相关的词，或一句更长的话；中文也可以。</translation>
    </message>
    <message>
        <source>Type a password.</source>
        <translation>请输入密码。</translation>
    </message>
    <message>
        <source>Very weak: anyone with a copy of the vault folder could guess it at once.</source>
        <translation>非常弱：拿到保险箱文件夹副本的人立刻就能猜出来。</translation>
    </message>
    <message>
        <source>Weak: a copy of the vault folder could be cracked.</source>
        <translation>弱：保险箱文件夹的副本可能被破解。</translation>
    </message>
    <message>
        <source>Almost: add another word or two, so that a copy would take years to crack.</source>
        <translation>差一点：再加一两个词，让破解副本需要数年。</translation>
    </message>
    <message>
        <source>Strong enough.</source>
        <translation>足够强。</translation>
    </message>
    <message>
        <source>Straight rows of keys are easy to guess.</source>
        <translation>键盘上连成一排的按键很容易被猜到。</translation>
    </message>
    <message>
        <source>Short keyboard patterns are easy to guess.</source>
        <translation>简短的键盘图案很容易被猜到。</translation>
    </message>
    <message>
        <source>Repeats like “aaa” are easy to guess.</source>
        <translation>像“aaa”这样的重复很容易被猜到。</translation>
    </message>
    <message>
        <source>Repeats like “abcabcabc” are only slightly harder to guess than “abc”.</source>
        <translation>像“abcabcabc”这样的重复只比“abc”难猜一点点。</translation>
    </message>
    <message>
        <source>Sequences like “abc” or “6543” are easy to guess.</source>
        <translation>像“abc”或“6543”这样的顺序很容易被猜到。</translation>
    </message>
    <message>
        <source>Recent years are easy to guess.</source>
        <translation>最近的年份很容易被猜到。</translation>
    </message>
    <message>
        <source>Dates are often easy to guess.</source>
        <translation>日期通常很容易被猜到。</translation>
    </message>
    <message>
        <source>This is one of the 10 most common passwords.</source>
        <translation>这是最常用的 10 个密码之一。</translation>
    </message>
    <message>
        <source>This is one of the 100 most common passwords.</source>
        <translation>这是最常用的 100 个密码之一。</translation>
    </message>
    <message>
        <source>This is a very common password.</source>
        <translation>这是一个非常常见的密码。</translation>
    </message>
    <message>
        <source>This is similar to a commonly used password.</source>
        <translation>这和一个常用密码很相似。</translation>
    </message>
    <message>
        <source>A word by itself is easy to guess.</source>
        <translation>单独一个词很容易被猜到。</translation>
    </message>
    <message>
        <source>Names by themselves are easy to guess.</source>
        <translation>单独的名字很容易被猜到。</translation>
    </message>
    <message>
        <source>Common names and surnames are easy to guess.</source>
        <translation>常见的名字和姓氏很容易被猜到。</translation>
    </message>
    <message>
        <source>Show the password</source>
        <translation>显示密码</translation>
    </message>
    <message>
        <source>Hide the password</source>
        <translation>隐藏密码</translation>
    </message>
    <message>
        <source>New password</source>
        <translation>新密码</translation>
    </message>
    <message>
        <source>Repeat the password</source>
        <translation>再次输入密码</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>密码(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Repeat it:</source>
        <translation>再输入一次(&amp;R)：</translation>
    </message>
    <message>
        <source>Password strength</source>
        <translation>密码强度</translation>
    </message>
    <message>
        <source>Measuring…</source>
        <translation>正在评估…</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>两次输入的密码不一致。</translation>
    </message>
    <message>
        <source>Likeness Vault recovery key</source>
        <translation>肖像保险箱恢复密钥</translation>
    </message>
    <message>
        <source>This key opens the vault below if the password is forgotten. Anyone who has it and the vault folder can open the vault: keep it somewhere safe, apart from the computer.</source>
        <translation>忘记密码时，可以用这个密钥打开下面的保险箱。任何人只要同时拿到它和保险箱文件夹就能打开保险箱：请把它放在安全的地方，与电脑分开保管。</translation>
    </message>
    <message>
        <source>Vault</source>
        <translation>保险箱</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名字</translation>
    </message>
    <message>
        <source>Letters O and digit 0, I and 1 are treated the same when you type it in.</source>
        <translation>输入时，字母 O 与数字 0、字母 I 与数字 1 视为相同。</translation>
    </message>
    <message>
        <source>Save the recovery key as PDF</source>
        <translation>将恢复密钥保存为 PDF</translation>
    </message>
    <message>
        <source>Likeness Vault recovery key.pdf</source>
        <translation>肖像保险箱恢复密钥.pdf</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <source>evidence bundle</source>
        <translation>证据包</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>China (mainland)</source>
        <translation>中国大陆</translation>
    </message>
    <message>
        <source>Hong Kong SAR, China</source>
        <translation>中国香港特别行政区</translation>
    </message>
    <message>
        <source>Macao SAR, China</source>
        <translation>中国澳门特别行政区</translation>
    </message>
    <message>
        <source>Taiwan, China</source>
        <translation>中国台湾</translation>
    </message>
    <message>
        <source>United States</source>
        <translation>美国</translation>
    </message>
    <message>
        <source>United Kingdom</source>
        <translation>英国</translation>
    </message>
    <message>
        <source>Japan</source>
        <translation>日本</translation>
    </message>
    <message>
        <source>South Korea</source>
        <translation>韩国</translation>
    </message>
    <message>
        <source>Singapore</source>
        <translation>新加坡</translation>
    </message>
    <message>
        <source>Malaysia</source>
        <translation>马来西亚</translation>
    </message>
    <message>
        <source>Thailand</source>
        <translation>泰国</translation>
    </message>
    <message>
        <source>Vietnam</source>
        <translation>越南</translation>
    </message>
    <message>
        <source>Philippines</source>
        <translation>菲律宾</translation>
    </message>
    <message>
        <source>Indonesia</source>
        <translation>印度尼西亚</translation>
    </message>
    <message>
        <source>India</source>
        <translation>印度</translation>
    </message>
    <message>
        <source>Australia</source>
        <translation>澳大利亚</translation>
    </message>
    <message>
        <source>New Zealand</source>
        <translation>新西兰</translation>
    </message>
    <message>
        <source>Canada</source>
        <translation>加拿大</translation>
    </message>
    <message>
        <source>Switzerland</source>
        <translation>瑞士</translation>
    </message>
    <message>
        <source>Russia</source>
        <translation>俄罗斯</translation>
    </message>
    <message>
        <source>United Arab Emirates</source>
        <translation>阿联酋</translation>
    </message>
    <message>
        <source>Austria</source>
        <translation>奥地利</translation>
    </message>
    <message>
        <source>Belgium</source>
        <translation>比利时</translation>
    </message>
    <message>
        <source>Bulgaria</source>
        <translation>保加利亚</translation>
    </message>
    <message>
        <source>Croatia</source>
        <translation>克罗地亚</translation>
    </message>
    <message>
        <source>Cyprus</source>
        <translation>塞浦路斯</translation>
    </message>
    <message>
        <source>Czechia</source>
        <translation>捷克</translation>
    </message>
    <message>
        <source>Denmark</source>
        <translation>丹麦</translation>
    </message>
    <message>
        <source>Estonia</source>
        <translation>爱沙尼亚</translation>
    </message>
    <message>
        <source>Finland</source>
        <translation>芬兰</translation>
    </message>
    <message>
        <source>France</source>
        <translation>法国</translation>
    </message>
    <message>
        <source>Germany</source>
        <translation>德国</translation>
    </message>
    <message>
        <source>Greece</source>
        <translation>希腊</translation>
    </message>
    <message>
        <source>Hungary</source>
        <translation>匈牙利</translation>
    </message>
    <message>
        <source>Ireland</source>
        <translation>爱尔兰</translation>
    </message>
    <message>
        <source>Italy</source>
        <translation>意大利</translation>
    </message>
    <message>
        <source>Latvia</source>
        <translation>拉脱维亚</translation>
    </message>
    <message>
        <source>Lithuania</source>
        <translation>立陶宛</translation>
    </message>
    <message>
        <source>Luxembourg</source>
        <translation>卢森堡</translation>
    </message>
    <message>
        <source>Malta</source>
        <translation>马耳他</translation>
    </message>
    <message>
        <source>Netherlands</source>
        <translation>荷兰</translation>
    </message>
    <message>
        <source>Poland</source>
        <translation>波兰</translation>
    </message>
    <message>
        <source>Portugal</source>
        <translation>葡萄牙</translation>
    </message>
    <message>
        <source>Romania</source>
        <translation>罗马尼亚</translation>
    </message>
    <message>
        <source>Slovakia</source>
        <translation>斯洛伐克</translation>
    </message>
    <message>
        <source>Slovenia</source>
        <translation>斯洛文尼亚</translation>
    </message>
    <message>
        <source>Spain</source>
        <translation>西班牙</translation>
    </message>
    <message>
        <source>Sweden</source>
        <translation>瑞典</translation>
    </message>
    <message>
        <source>Iceland</source>
        <translation>冰岛</translation>
    </message>
    <message>
        <source>Liechtenstein</source>
        <translation>列支敦士登</translation>
    </message>
    <message>
        <source>Norway</source>
        <translation>挪威</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>国家/地区</translation>
    </message>
    <message>
        <source>Not given</source>
        <translation>未填写</translation>
    </message>
    <message>
        <source>In full before delivery</source>
        <translation>交付前一次付清</translation>
    </message>
    <message>
        <source>In full on delivery</source>
        <translation>交付时一次付清</translation>
    </message>
    <message>
        <source>In full within %1 days of delivery</source>
        <translation>交付后 %1 日内一次付清</translation>
    </message>
    <message>
        <source>In instalments: %1</source>
        <translation>分期支付：%1</translation>
    </message>
    <message>
        <source>Already paid in full on %1</source>
        <translation>已于 %1 付清</translation>
    </message>
    <message>
        <source>Other: %1</source>
        <translation>其他：%1</translation>
    </message>
    <message>
        <source>In full within days of delivery</source>
        <translation>交付后若干日内付清</translation>
    </message>
    <message>
        <source>In instalments</source>
        <translation>分期支付</translation>
    </message>
    <message>
        <source>Already paid</source>
        <translation>已经付清</translation>
    </message>
    <message>
        <source>Payment terms</source>
        <translation>付款方式</translation>
    </message>
    <message>
        <source> days</source>
        <translation> 日</translation>
    </message>
    <message>
        <source>Days to pay after delivery</source>
        <translation>交付后几日内付款</translation>
    </message>
    <message>
        <source>Date it was paid</source>
        <translation>付款日期</translation>
    </message>
    <message>
        <source>How and when it is paid</source>
        <translation>付款方式和时间</translation>
    </message>
    <message>
        <source>e.g. 100 on signing, the rest within 7 days of delivery</source>
        <translation>例如：签约时付 100 元，余款交付后 7 日内付清</translation>
    </message>
    <message>
        <source>how and when the price is paid, in your words</source>
        <translation>用你自己的话写明怎样、何时付款</translation>
    </message>
</context>
<context>
    <name>AttachmentList</name>
    <message>
        <source>Contract</source>
        <translation>合同</translation>
    </message>
    <message>
        <source>Chat screenshot</source>
        <translation>聊天截图</translation>
    </message>
    <message>
        <source>Payment receipt</source>
        <translation>付款凭证</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <source>ID document</source>
        <translation>身份证件</translation>
    </message>
    <message>
        <source>(kind changed)</source>
        <translation>（类型已更改）</translation>
    </message>
    <message>
        <source>Kind of this file</source>
        <translation>此文件的类型</translation>
    </message>
</context>
<context>
    <name>BackupDialog</name>
    <message>
        <source>Back up vault</source>
        <translation>备份保险箱</translation>
    </message>
    <message>
        <source>A backup is a copy of the encrypted vault folder: it opens with the same password and recovery key. Keep it on a USB stick or another disk, away from this computer. To restore, open the copy like any vault.</source>
        <translation>备份就是加密保险箱文件夹的副本：用同样的密码和恢复密钥就能打开。请把它放在 U 盘或另一块磁盘上，与这台电脑分开保管。恢复时，像打开其他保险箱一样打开这个副本即可。</translation>
    </message>
    <message>
        <source>A USB stick or another disk</source>
        <translation>U 盘或另一块磁盘</translation>
    </message>
    <message>
        <source>Where the copy goes</source>
        <translation>副本存放位置</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>选择…</translation>
    </message>
    <message>
        <source>Place:</source>
        <translation>位置：</translation>
    </message>
    <message>
        <source>backup</source>
        <translation>备份</translation>
    </message>
    <message>
        <source>Name of the new folder</source>
        <translation>新文件夹的名字</translation>
    </message>
    <message>
        <source>New folder:</source>
        <translation>新文件夹：</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>密码：</translation>
    </message>
    <message>
        <source>Backup progress</source>
        <translation>备份进度</translation>
    </message>
    <message>
        <source>Back up</source>
        <translation>备份</translation>
    </message>
    <message>
        <source>The copy goes to: %1</source>
        <translation>副本将保存到：%1</translation>
    </message>
    <message>
        <source>This place is on the same disk as the vault: if that disk fails, the copy is lost with it. A USB stick or another disk is safer.</source>
        <translation>这个位置和保险箱在同一块磁盘上：这块磁盘一旦损坏，副本也会一起丢失。放在 U 盘或另一块磁盘上更安全。</translation>
    </message>
    <message>
        <source>Choose where the copy goes.</source>
        <translation>请选择副本的存放位置。</translation>
    </message>
    <message>
        <source>Where should the copy go?</source>
        <translation>副本存放到哪里？</translation>
    </message>
    <message>
        <source>Copying…</source>
        <translation>正在复制…</translation>
    </message>
    <message>
        <source>Verifying the copy: opening it and checking every item…</source>
        <translation>正在校验副本：打开它并逐项检查…</translation>
    </message>
    <message numerus="yes">
        <source>Backed up and verified: the copy opens with the password and its %n stored item(s) are intact.</source>
        <translation>
            <numerusform>已备份并校验：副本可以用密码打开，其中 %n 个已存项目完好无损。</numerusform>
        </translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Cancelled; the partial copy was removed.</source>
        <translation>已取消；未完成的副本已删除。</translation>
    </message>
    <message>
        <source>The backup failed.</source>
        <translation>备份失败。</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>正在取消…</translation>
    </message>
</context>
<context>
    <name>BuyerDialog</name>
    <message>
        <source>Edit buyer</source>
        <translation>编辑买家</translation>
    </message>
    <message>
        <source>Add buyer</source>
        <translation>添加买家</translation>
    </message>
    <message>
        <source>WeChat ID, phone or e-mail</source>
        <translation>微信号、手机号或邮箱</translation>
    </message>
    <message>
        <source>Decides which laws a letter to this buyer can cite</source>
        <translation>决定写给这位买家的函件可以援引哪些法律</translation>
    </message>
    <message>
        <source>One order number per line</source>
        <translation>每行一个订单号</translation>
    </message>
    <message>
        <source>&amp;Nickname:</source>
        <translation>昵称(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Platform:</source>
        <translation>平台(&amp;P)：</translation>
    </message>
    <message>
        <source>Platform &amp;ID:</source>
        <translation>平台账号 ID(&amp;I)：</translation>
    </message>
    <message>
        <source>&amp;Contact:</source>
        <translation>联系方式(&amp;C)：</translation>
    </message>
    <message>
        <source>&amp;Real name:</source>
        <translation>真实姓名(&amp;R)：</translation>
    </message>
    <message>
        <source>Co&amp;mpany:</source>
        <translation>公司(&amp;M)：</translation>
    </message>
    <message>
        <source>Co&amp;untry:</source>
        <translation>国家/地区(&amp;U)：</translation>
    </message>
    <message>
        <source>&amp;Order numbers:</source>
        <translation>订单号(&amp;O)：</translation>
    </message>
    <message>
        <source>No&amp;tes:</source>
        <translation>备注(&amp;T)：</translation>
    </message>
</context>
<context>
    <name>BuyerInUseBox</name>
    <message>
        <source>Delete buyer</source>
        <translation>删除买家</translation>
    </message>
    <message numerus="yes">
        <source>The buyer “%1” still has %n deal(s), so the buyer cannot be deleted alone.</source>
        <translation>
            <numerusform>买家“%1”还有 %n 笔交易，因此不能单独删除这位买家。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n photo(s) or clip(s)</source>
        <translation>
            <numerusform>%1：%n 项照片或视频</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>另有 %n 笔交易</numerusform>
        </translation>
    </message>
    <message>
        <source>Show the deals to move them to another buyer or delete them, or delete the buyer together with these deals. Their photos and attachments stay in the vault.</source>
        <translation>可以查看这些交易，把它们移到其他买家名下或删除；也可以把这位买家连同这些交易一起删除。交易中的照片和附件会保留在保险箱中。</translation>
    </message>
    <message numerus="yes">
        <source>The %n letter(s) written to this buyer stay in the vault.</source>
        <translation>
            <numerusform>写给这位买家的 %n 封函件会保留在保险箱中。</numerusform>
        </translation>
    </message>
    <message>
        <source>Show the deals</source>
        <translation>查看这些交易</translation>
    </message>
    <message numerus="yes">
        <source>Delete the buyer and %n deal(s)</source>
        <translation>
            <numerusform>删除买家及其 %n 笔交易</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BuyersPage</name>
    <message>
        <source>Add buyer…</source>
        <translation>添加买家…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>编辑…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Copy platform ID</source>
        <translation>复制平台账号 ID</translation>
    </message>
    <message>
        <source>Copy contact</source>
        <translation>复制联系方式</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>复制</translation>
    </message>
    <message>
        <source>Copy the platform ID or the contact</source>
        <translation>复制平台账号 ID 或联系方式</translation>
    </message>
    <message>
        <source>No buyer matches “%1”.</source>
        <translation>没有匹配“%1”的买家。</translation>
    </message>
    <message>
        <source>Choose a buyer to see the deals, the photos they hold and how to reach them.</source>
        <translation>选择一位买家，查看交易、对方持有的照片和联系方式。</translation>
    </message>
    <message>
        <source>Deals</source>
        <translation>交易</translation>
    </message>
    <message>
        <source>Term</source>
        <translation>期限</translation>
    </message>
    <message>
        <source>Photos held</source>
        <translation>持有照片</translation>
    </message>
    <message>
        <source>copy</source>
        <translation>复制</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>平台</translation>
    </message>
    <message>
        <source>Platform ID</source>
        <translation>平台账号 ID</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>联系方式</translation>
    </message>
    <message>
        <source>Real name</source>
        <translation>真实姓名</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>公司</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>国家/地区</translation>
    </message>
    <message>
        <source>Order numbers</source>
        <translation>订单号</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message numerus="yes">
        <source>%n photo(s)</source>
        <translation>
            <numerusform>%n 张照片</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ChangePasswordDialog</name>
    <message>
        <source>Change the password</source>
        <translation>修改密码</translation>
    </message>
    <message>
        <source>Choose a new password</source>
        <translation>设置新密码</translation>
    </message>
    <message>
        <source>You opened the vault with its recovery key. Choose a new password now, so that you do not need the recovery key next time. The recovery key stays valid.</source>
        <translation>你用恢复密钥打开了保险箱。现在就设置一个新密码，下次就不再需要恢复密钥。恢复密钥仍然有效。</translation>
    </message>
    <message>
        <source>The new password replaces the old one at once. The recovery key stays valid.</source>
        <translation>新密码立即取代旧密码，恢复密钥仍然有效。</translation>
    </message>
    <message>
        <source>&amp;New password:</source>
        <translation>新密码(&amp;N)：</translation>
    </message>
</context>
<context>
    <name>CheckDialog</name>
    <message>
        <source>Check the vault</source>
        <translation>检查保险箱</translation>
    </message>
    <message>
        <source>Decrypting and verifying every stored item…</source>
        <translation>正在解密并校验每一个存储项目…</translation>
    </message>
    <message>
        <source>Check progress</source>
        <translation>检查进度</translation>
    </message>
    <message>
        <source>Damaged items</source>
        <translation>损坏的项目</translation>
    </message>
    <message>
        <source>&amp;Repair</source>
        <translation>修复(&amp;R)</translation>
    </message>
    <message numerus="yes">
        <source>Note: %n encrypted file(s) belong to no kept saved state (a newer save may be missing; nothing was deleted). “Remove leftover files…” in the Vault menu lists them.</source>
        <translation>
            <numerusform>注意：有 %n 个加密文件不属于任何保留的已保存状态（可能缺少一次较新的保存；没有删除任何文件）。“保险箱”菜单中的“清除残留文件…”会列出它们。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Everything is intact: the header, every saved index and %n stored item(s).</source>
        <translation>
            <numerusform>一切完好：文件头、每一份已保存的索引以及 %n 个存储项目。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) found; everything else is intact. Damaged:</source>
        <translation>
            <numerusform>发现 %n 个问题，其余内容完好。损坏的项目：</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of them are damaged matching data (what finds your photos in a screenshot). It is computed from the photos themselves: “Repair” drops the damaged data and the photos are indexed again in the background. Your photos and records are not touched.</source>
        <translation>
            <numerusform>其中 %n 项是损坏的比对数据（用来在截图中找到你的照片）。它由照片本身计算得出：“修复”会丢弃损坏的数据，并在后台为这些照片重新建立索引。你的照片和记录不会被改动。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n photo(s) are indexed again in the background.</source>
        <translation>
            <numerusform>正在后台为 %n 张照片重新建立索引。</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing needed repairing any more.</source>
        <translation>已没有需要修复的内容。</translation>
    </message>
    <message>
        <source>Repaired: the damaged matching data was dropped. Nothing else is damaged.</source>
        <translation>已修复：损坏的比对数据已丢弃。没有其他损坏。</translation>
    </message>
</context>
<context>
    <name>ComposeLetterDialog</name>
    <message>
        <source>Takedown notice</source>
        <translation>侵权通知</translation>
    </message>
    <message>
        <source>Letter to a buyer</source>
        <translation>致买家的信函</translation>
    </message>
    <message>
        <source>This is a tool, not legal advice: read every word, change what is not right, and ask a lawyer when much is at stake.</source>
        <translation>这是一个工具，不是法律意见：请逐字阅读，修改不准确的地方；事关重大时请咨询律师。</translation>
    </message>
    <message>
        <source>&amp;Reset text</source>
        <translation>恢复默认文字(&amp;R)</translation>
    </message>
    <message>
        <source>Put back the default text for the current choices</source>
        <translation>按当前选项恢复默认文字</translation>
    </message>
    <message>
        <source>Text of the letter (edit freely):</source>
        <translation>信函正文（可自由修改）：</translation>
    </message>
    <message>
        <source>&amp;Save PDF…</source>
        <translation>保存 PDF(&amp;S)…</translation>
    </message>
    <message>
        <source>Legal route</source>
        <translation>法律途径</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>信函</translation>
    </message>
    <message>
        <source>My face was processed as biometric data (PIPL)</source>
        <translation>我的人脸被作为生物识别信息处理（个人信息保护法）</translation>
    </message>
    <message>
        <source>Used to train AI without my consent</source>
        <translation>未经我同意用于训练 AI</translation>
    </message>
    <message>
        <source>My face was edited or swapped without consent</source>
        <translation>未经同意编辑或替换了我的脸（换脸）</translation>
    </message>
    <message>
        <source>The AI content carries no AI label</source>
        <translation>AI 生成内容没有标注 AI 标识</translation>
    </message>
    <message>
        <source>Where the platform is based (for “other”)</source>
        <translation>平台所在的国家或地区（用于“其他”平台）</translation>
    </message>
    <message>
        <source>One link per line</source>
        <translation>每行一个链接</translation>
    </message>
    <message>
        <source>Photos shown</source>
        <translation>涉及的照片</translation>
    </message>
    <message>
        <source>I took these photos myself (I own the copyright)</source>
        <translation>这些照片是我本人拍摄的（我享有著作权）</translation>
    </message>
    <message>
        <source>Decided from your deals and letters; a choice your records contradict is refused, so the notice never states something untrue.</source>
        <translation>根据你的交易和函件自动判断；与记录相矛盾的选择会被拒绝，通知书不会陈述不真实的事实。</translation>
    </message>
    <message>
        <source>&amp;Platform:</source>
        <translation>平台(&amp;P)：</translation>
    </message>
    <message>
        <source>Platform &amp;country:</source>
        <translation>平台所在国家(&amp;C)：</translation>
    </message>
    <message>
        <source>&amp;Links:</source>
        <translation>链接(&amp;L)：</translation>
    </message>
    <message>
        <source>P&amp;hotos shown:</source>
        <translation>涉及的照片(&amp;H)：</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>信函语言(&amp;L)：</translation>
    </message>
    <message>
        <source>What the content does:</source>
        <translation>内容如何使用了我的脸：</translation>
    </message>
    <message>
        <source>The notice &amp;says:</source>
        <translation>通知书陈述(&amp;S)：</translation>
    </message>
    <message>
        <source>Revocation of the licence</source>
        <translation>撤回肖像授权</translation>
    </message>
    <message>
        <source>Demand to delete (incl. models and datasets)</source>
        <translation>要求删除（包括模型和数据集）</translation>
    </message>
    <message>
        <source>Reminder after the deadline</source>
        <translation>期限届满后的催告</translation>
    </message>
    <message>
        <source>Escalation (complaint / lawsuit)</source>
        <translation>维权告知（投诉／起诉）</translation>
    </message>
    <message>
        <source>The buyer&apos;s use goes beyond what we agreed</source>
        <translation>买家的使用超出了约定范围</translation>
    </message>
    <message>
        <source>Print my legal name, ID number and address on this letter</source>
        <translation>在本函中写明我的真实姓名、身份证件号码和地址</translation>
    </message>
    <message>
        <source>&amp;Buyer:</source>
        <translation>买家(&amp;B)：</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>类型(&amp;K)：</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>理由(&amp;R)：</translation>
    </message>
    <message>
        <source>Why you end the licence, or how the use goes beyond the deal</source>
        <translation>为何解除授权，或对方如何超出约定范围使用</translation>
    </message>
    <message>
        <source>What my records say (automatic)</source>
        <translation>按我的记录（自动）</translation>
    </message>
    <message>
        <source>I never licensed these photos to anyone</source>
        <translation>我从未把这些照片许可给任何人</translation>
    </message>
    <message>
        <source>I licensed them, and revoked the licence</source>
        <translation>曾经许可，已解除许可</translation>
    </message>
    <message>
        <source>I licensed them, and the licence expired</source>
        <translation>曾经许可，许可期限已届满</translation>
    </message>
    <message>
        <source>The use goes beyond the licence I gave</source>
        <translation>该使用超出了我给予的许可范围</translation>
    </message>
    <message>
        <source>No photos chosen: the notice only says you did not license this use</source>
        <translation>未选择照片：通知书只说明你未许可该使用</translation>
    </message>
    <message>
        <source>The notice says: %1</source>
        <translation>通知书陈述：%1</translation>
    </message>
    <message>
        <source>This deal has a stated term that is still running: ending it (Civil Code Article 1022(2)) needs a justified reason. Write it under Reason, for example that the photos were used to train an AI model, which the deal did not allow.</source>
        <translation>这笔交易约定的授权期限尚未届满：依《民法典》第一千零二十二条第二款解除授权需要正当理由。请在“理由”中写明，例如对方将照片用于训练 AI 模型，而交易并未允许。</translation>
    </message>
    <message>
        <source>Say under Reason how the buyer&apos;s use goes beyond what you agreed.</source>
        <translation>请在“理由”中说明买家如何超出约定范围使用。</translation>
    </message>
    <message>
        <source>Add a buyer and the deal you made first.</source>
        <translation>请先添加买家和你们的交易。</translation>
    </message>
    <message>
        <source>Reset text</source>
        <translation>恢复默认文字</translation>
    </message>
    <message>
        <source>Replace your edited text with the default text for the current choices? Undo (Ctrl+Z) in the text brings your version back.</source>
        <translation>用当前选项的默认文字替换你修改过的正文？在正文中撤销（Ctrl+Z）可找回你的版本。</translation>
    </message>
    <message>
        <source>Page %1</source>
        <translation>第 %1 页</translation>
    </message>
    <message>
        <source>Save the letter as PDF</source>
        <translation>将信函保存为 PDF</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>The letter was saved as a PDF:</source>
        <translation>函件已保存为 PDF：</translation>
    </message>
</context>
<context>
    <name>ConfirmPage</name>
    <message>
        <source>Check the recovery key</source>
        <translation>核对恢复密钥</translation>
    </message>
    <message>
        <source>Recovery key groups</source>
        <translation>恢复密钥分组</translation>
    </message>
    <message>
        <source>Lost it already? Go back one page and look again.</source>
        <translation>已经找不到了？返回上一页再看一次。</translation>
    </message>
    <message>
        <source>Type group %1 and group %2 of your recovery key (each 4 characters):</source>
        <translation>请输入恢复密钥的第 %1 组和第 %2 组（每组 4 个字符）：</translation>
    </message>
</context>
<context>
    <name>ContractViewer</name>
    <message>
        <source>Opening the contract…</source>
        <translation>正在打开授权协议…</translation>
    </message>
    <message numerus="yes">
        <source>The contract as it was made (%n page(s)); kept encrypted in the vault.</source>
        <translation>
            <numerusform>授权协议的原样（共 %n 页）；加密保存在保险箱里。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CreateVaultWizard</name>
    <message>
        <source>Create a new vault</source>
        <translation>新建保险箱</translation>
    </message>
    <message>
        <source>Open the vault</source>
        <translation>打开保险箱</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>下一步</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>上一步</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Leave without checking the key?</source>
        <translation>不核对密钥就离开？</translation>
    </message>
    <message>
        <source>The vault has been created. The recovery key will not be shown again. Open the vault without checking that you kept it?</source>
        <translation>保险箱已经创建，恢复密钥不会再显示。不核对是否已保存就打开保险箱吗？</translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <source>Pick the date from a calendar (Alt+Down)</source>
        <translation>从日历中选择日期（Alt+↓）</translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation>日历</translation>
    </message>
    <message>
        <source>YYYY-MM-DD (may stay empty)</source>
        <translation>年-月-日（可留空）</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>年-月-日</translation>
    </message>
</context>
<context>
    <name>DealDialog</name>
    <message>
        <source>Edit deal</source>
        <translation>编辑交易</translation>
    </message>
    <message>
        <source>Add deal</source>
        <translation>添加交易</translation>
    </message>
    <message>
        <source>Date of the deal</source>
        <translation>交易日期</translation>
    </message>
    <message>
        <source>empty when not stated</source>
        <translation>未约定时留空</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>币种</translation>
    </message>
    <message>
        <source>e.g. mainland China; Douyin, Kuaishou</source>
        <translation>例如 中国大陆；抖音、快手</translation>
    </message>
    <message>
        <source>Not stated</source>
        <translation>未约定</translation>
    </message>
    <message>
        <source>Unlimited</source>
        <translation>不限期</translation>
    </message>
    <message>
        <source>Until a date</source>
        <translation>至某一日期</translation>
    </message>
    <message>
        <source>Term ends on</source>
        <translation>期限截止日</translation>
    </message>
    <message>
        <source>The term decides how a licence can be ended: one with no stated term can be ended at any time with reasonable notice (Civil Code art. 1022).</source>
        <translation>期限决定授权如何解除：未约定期限的，可以随时解除，但应在合理期限之前通知对方（《民法典》第一千零二十二条）。</translation>
    </message>
    <message>
        <source>&amp;Buyer:</source>
        <translation>买家(&amp;B)：</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>日期(&amp;D)：</translation>
    </message>
    <message>
        <source>&amp;Price:</source>
        <translation>价格(&amp;P)：</translation>
    </message>
    <message>
        <source>Pa&amp;yment:</source>
        <translation>付款方式(&amp;Y)：</translation>
    </message>
    <message>
        <source>Permitted &amp;uses:</source>
        <translation>授权用途(&amp;U)：</translation>
    </message>
    <message>
        <source>AI &amp;training allowed:</source>
        <translation>允许 AI 训练(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Resale allowed:</source>
        <translation>允许转售(&amp;R)：</translation>
    </message>
    <message>
        <source>Territory / &amp;platforms:</source>
        <translation>地域 / 平台(&amp;L)：</translation>
    </message>
    <message>
        <source>&amp;Term:</source>
        <translation>期限(&amp;E)：</translation>
    </message>
    <message>
        <source>&amp;Exclusive:</source>
        <translation>独家(&amp;X)：</translation>
    </message>
    <message>
        <source>&amp;Order number:</source>
        <translation>订单号(&amp;O)：</translation>
    </message>
    <message>
        <source>No&amp;tes:</source>
        <translation>备注(&amp;T)：</translation>
    </message>
    <message>
        <source>Terms</source>
        <translation>条款</translation>
    </message>
    <message>
        <source>Photos in this deal</source>
        <translation>本次交易的照片</translation>
    </message>
    <message>
        <source>Photos</source>
        <translation>照片</translation>
    </message>
    <message>
        <source>Contract, chat screenshots, payment receipts</source>
        <translation>合同、聊天截图、付款凭证</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>附件</translation>
    </message>
    <message>
        <source>&amp;Kind of the selected file:</source>
        <translation>所选文件的类型(&amp;K)：</translation>
    </message>
    <message>
        <source>Add file…</source>
        <translation>添加文件…</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>预览</translation>
    </message>
    <message>
        <source>Save a copy as…</source>
        <translation>另存副本…</translation>
    </message>
    <message>
        <source>Remove from deal</source>
        <translation>从交易中移除</translation>
    </message>
    <message>
        <source>When you save, a removed attachment is deleted from the vault unless another deal, a sighting or a letter uses it.</source>
        <translation>保存时，移除的附件会从保险箱中删除，除非另一笔交易、某条发现记录或某封函件仍在使用它。</translation>
    </message>
    <message>
        <source>(added when you save)</source>
        <translation>（保存时加入）</translation>
    </message>
    <message>
        <source>other uses as agreed, in your words</source>
        <translation>其他约定用途，用你自己的话写</translation>
    </message>
    <message>
        <source>Other uses</source>
        <translation>其他用途</translation>
    </message>
    <message>
        <source>Attachments are encrypted into the vault. Each file&apos;s kind is guessed from its name and type: choose a file to change it. Images are previewed here, from memory; other files can only be saved as a copy, which is not encrypted.</source>
        <translation>附件会加密存入保险箱。每个文件的类型按文件名和格式自动判断：选中文件即可更改。图片在这里从内存中预览；其他文件只能另存一份副本，副本不加密。</translation>
    </message>
    <message>
        <source>Add attachments</source>
        <translation>添加附件</translation>
    </message>
    <message>
        <source>No preview</source>
        <translation>无法预览</translation>
    </message>
    <message>
        <source>This file is not an image, so it cannot be shown inside the app. Save an unencrypted copy to open it with another program?</source>
        <translation>这个文件不是图片，无法在应用内显示。要另存一份未加密的副本，用其他程序打开吗？</translation>
    </message>
    <message>
        <source>This file is not an image.</source>
        <translation>这个文件不是图片。</translation>
    </message>
    <message>
        <source>The copy was saved:</source>
        <translation>副本已保存：</translation>
    </message>
    <message>
        <source>No buyer yet</source>
        <translation>还没有买家</translation>
    </message>
    <message>
        <source>Add the buyer first, then the deal.</source>
        <translation>请先添加买家，再添加交易。</translation>
    </message>
</context>
<context>
    <name>DealsPage</name>
    <message>
        <source>New sale…</source>
        <translation>新的授权…</translation>
    </message>
    <message>
        <source>A new sale: buyer, photos, fair terms, the contract, then delivery copies</source>
        <translation>新的授权：买家、照片、公平的条款、授权协议，然后是交付副本</translation>
    </message>
    <message>
        <source>Deliver to buyer…</source>
        <translation>交付给买家…</translation>
    </message>
    <message>
        <source>New contract version…</source>
        <translation>新版授权协议…</translation>
    </message>
    <message>
        <source>The deal&apos;s terms changed since its contract: make a contract of the new terms</source>
        <translation>交易条件在协议之后改过：按新条件生成授权协议</translation>
    </message>
    <message>
        <source>Add deal…</source>
        <translation>添加交易…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>编辑…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>No deal matches “%1”.</source>
        <translation>没有匹配“%1”的交易。</translation>
    </message>
    <message>
        <source>A deal records what a buyer got and on what terms. Choose one to see it.</source>
        <translation>交易记录买家得到了什么、依据什么条件。选择一笔交易查看详情。</translation>
    </message>
    <message>
        <source>Photos</source>
        <translation>照片</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>附件</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Buyer</source>
        <translation>买家</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>价格</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>付款方式</translation>
    </message>
    <message>
        <source>Permitted uses</source>
        <translation>授权用途</translation>
    </message>
    <message>
        <source>AI training</source>
        <translation>AI 训练</translation>
    </message>
    <message>
        <source>Resale</source>
        <translation>转售</translation>
    </message>
    <message>
        <source>Territory / platforms</source>
        <translation>地域 / 平台</translation>
    </message>
    <message>
        <source>Term</source>
        <translation>期限</translation>
    </message>
    <message>
        <source>Exclusive</source>
        <translation>独家</translation>
    </message>
    <message>
        <source>Order number</source>
        <translation>订单号</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Deal of %1</source>
        <translation>%1 的交易</translation>
    </message>
    <message>
        <source>Licence contract</source>
        <translation>授权协议</translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation>第 %1 版</translation>
    </message>
    <message>
        <source>open</source>
        <translation>打开</translation>
    </message>
    <message>
        <source>The deal&apos;s terms changed since its newest contract: make a new contract version (New contract version…).</source>
        <translation>交易条件在最新一版协议之后改过：请生成新版授权协议（“新版授权协议…”）。</translation>
    </message>
    <message>
        <source>Delivery copies</source>
        <translation>交付副本</translation>
    </message>
    <message>
        <source>Photo</source>
        <translation>照片</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>编码</translation>
    </message>
    <message>
        <source>Delivered file</source>
        <translation>交付的文件</translation>
    </message>
    <message>
        <source>Given to %1</source>
        <translation>交给 %1</translation>
    </message>
</context>
<context>
    <name>DropBanner</name>
    <message>
        <source>Saw your face somewhere? Drop a screenshot or a screen recording here, or paste one (Ctrl+V), to find which of your photos it shows.</source>
        <translation>在哪里看到了自己的脸？把截图或录屏拖到这里，或粘贴（Ctrl+V），找出它用的是你的哪张照片。</translation>
    </message>
    <message>
        <source>Find in my photos…</source>
        <translation>从我的照片中查找…</translation>
    </message>
</context>
<context>
    <name>EvidenceActions</name>
    <message>
        <source>Export evidence…</source>
        <translation>导出证据…</translation>
    </message>
    <message>
        <source>A signed ZIP of this buyer&apos;s deals, photos, sightings and letters</source>
        <translation>该买家的交易、照片、发现和函件，打包为已签名的 ZIP</translation>
    </message>
    <message>
        <source>A signed ZIP of this sighting, the matched photos and the deals they came from</source>
        <translation>该发现、匹配的照片及其来源交易，打包为已签名的 ZIP</translation>
    </message>
    <message>
        <source>Buyer: %1</source>
        <translation>买家：%1</translation>
    </message>
    <message>
        <source>Sighting: %1</source>
        <translation>发现记录：%1</translation>
    </message>
    <message>
        <source>Export evidence</source>
        <translation>导出证据</translation>
    </message>
    <message>
        <source>An evidence bundle gathers the records of one buyer or one sighting: add a buyer or a sighting first.</source>
        <translation>证据包收集一位买家或一条发现记录的资料：请先添加买家或发现记录。</translation>
    </message>
    <message>
        <source>Evidence about:</source>
        <translation>证据针对：</translation>
    </message>
    <message>
        <source>A signed ZIP of a buyer&apos;s or a sighting&apos;s records, photos and letters, with a PDF report</source>
        <translation>一位买家或一条发现记录的资料、照片和函件，打包为已签名的 ZIP，附 PDF 报告</translation>
    </message>
    <message>
        <source>Signing key…</source>
        <translation>签名密钥…</translation>
    </message>
    <message>
        <source>The fingerprint that identifies your evidence bundles</source>
        <translation>用来识别你的证据包的密钥指纹</translation>
    </message>
    <message>
        <source>Check a bundle…</source>
        <translation>核验证据包…</translation>
    </message>
    <message>
        <source>Check an evidence bundle&apos;s hashes and signature</source>
        <translation>核验证据包的哈希与签名</translation>
    </message>
    <message>
        <source>Evidence tools</source>
        <translation>证据工具</translation>
    </message>
    <message>
        <source>Your signing key&apos;s fingerprint; check a bundle you were sent</source>
        <translation>你的签名密钥指纹；核验别人发给你的证据包</translation>
    </message>
</context>
<context>
    <name>ExportEvidenceDialog</name>
    <message>
        <source>Export evidence</source>
        <translation>导出证据</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <source>Sighting: %1</source>
        <translation>发现：%1</translation>
    </message>
    <message>
        <source>Buyer: %1</source>
        <translation>买家：%1</translation>
    </message>
    <message>
        <source>Photos and clips: %1 · attachments: %2 · deals: %3 · sightings: %4 · letters: %5. The bundle holds the originals, a PDF report, a list of SHA-256 hashes and a signature anyone can check with standard tools.</source>
        <translation>照片与视频：%1 · 附件：%2 · 交易：%3 · 发现：%4 · 函件：%5。证据包内含原始文件、PDF 报告、SHA-256 哈希清单和签名，任何人都能用通用工具核验。</translation>
    </message>
    <message>
        <source>What goes in</source>
        <translation>包含的内容</translation>
    </message>
    <message>
        <source>Original photos and clips</source>
        <translation>原始照片与视频</translation>
    </message>
    <message>
        <source>Attachments: contracts, chats, receipts, screenshots, replies</source>
        <translation>附件：合同、聊天记录、付款凭证、截图、回复</translation>
    </message>
    <message>
        <source>Sightings</source>
        <translation>发现记录</translation>
    </message>
    <message>
        <source>Letters and their replies</source>
        <translation>函件及回复</translation>
    </message>
    <message>
        <source>My notes on buyers, deals, sightings and letters</source>
        <translation>我对买家、交易、发现和函件所写的备注</translation>
    </message>
    <message>
        <source>My legal name and contact details</source>
        <translation>我的真实姓名和联系方式</translation>
    </message>
    <message>
        <source>My ID number (for platforms and courts only)</source>
        <translation>我的身份证件号码（仅供平台和法院）</translation>
    </message>
    <message>
        <source>Never send your ID number to a buyer. The bundle is not encrypted: whoever receives it can read everything in it.</source>
        <translation>切勿把身份证件号码发给买家。证据包不加密：收到它的人可以看到其中全部内容。</translation>
    </message>
    <message>
        <source>Report language</source>
        <translation>报告语言</translation>
    </message>
    <message>
        <source>Bundle file</source>
        <translation>证据包文件</translation>
    </message>
    <message>
        <source>Export progress</source>
        <translation>导出进度</translation>
    </message>
    <message>
        <source>Items that could not be read</source>
        <translation>无法读取的项目</translation>
    </message>
    <message>
        <source>Save the evidence bundle</source>
        <translation>保存证据包</translation>
    </message>
    <message>
        <source>ZIP (*.zip)</source>
        <translation>ZIP 文件 (*.zip)</translation>
    </message>
    <message>
        <source>%1 already exists. Replace it with the new bundle?</source>
        <translation>%1 已存在。要用新的证据包替换它吗？</translation>
    </message>
    <message>
        <source>Step %1 of %2: %3</source>
        <translation>第 %1 步，共 %2 步：%3</translation>
    </message>
    <message>
        <source>The evidence bundle was written:</source>
        <translation>证据包已写入：</translation>
    </message>
    <message>
        <source>%1 files. SHA-256 of the bundle:</source>
        <translation>共 %1 个文件。证据包的 SHA-256：</translation>
    </message>
    <message>
        <source>Signed with the key %1.</source>
        <translation>签名密钥指纹：%1。</translation>
    </message>
    <message>
        <source>Send the ZIP file as it is: README.txt inside tells the receiver how to check it with standard tools.</source>
        <translation>请原样发送该 ZIP 文件：其中的 README.txt 会告诉接收方如何用通用工具核验。</translation>
    </message>
    <message>
        <source>These items could not be read; the report lists them instead of leaving them out silently:</source>
        <translation>以下项目无法读取；报告中已逐一列出，而不是悄悄略去：</translation>
    </message>
</context>
<context>
    <name>FaceMatchingDialog</name>
    <message>
        <source>Face matching</source>
        <translation>人脸比对</translation>
    </message>
    <message>
        <source>In a face-swap video only your face is taken from your photos; the rest of the picture is someone else&apos;s. Face matching finds those too: it compares the faces in a screenshot with the faces in your photos.</source>
        <translation>换脸视频只从你的照片里取走了你的脸，画面的其余部分是别人的。人脸比对也能找出这类视频：它把截图里的人脸和你照片里的人脸进行比较。</translation>
    </message>
    <message>
        <source>To do that, the app measures the face in each of your photos (a list of numbers that describes a face). These measurements are biometric data: they are kept only inside your encrypted vault, never sent anywhere and never exported unless you choose to.</source>
        <translation>为此，本应用会测量你每张照片中的人脸（一组描述人脸的数字）。这些测量数据属于生物识别信息：只保存在你的加密保险箱里，绝不会发送到任何地方，除非你自己选择，也绝不会被导出。</translation>
    </message>
    <message>
        <source>Measuring runs in the background after you turn it on and can take a while for many photos. Turning it off deletes every face measurement at once.</source>
        <translation>开启后，测量会在后台进行，照片多时可能需要一段时间。关闭后，所有人脸测量数据会立即删除。</translation>
    </message>
    <message>
        <source>Face matching is &lt;b&gt;on&lt;/b&gt;</source>
        <translation>人脸比对&lt;b&gt;已开启&lt;/b&gt;</translation>
    </message>
    <message>
        <source> (since %1)</source>
        <translation>（自 %1 起）</translation>
    </message>
    <message>
        <source>Turn &amp;off and delete face data…</source>
        <translation>关闭并删除人脸数据(&amp;O)…</translation>
    </message>
    <message>
        <source>Face matching is &lt;b&gt;off&lt;/b&gt;</source>
        <translation>人脸比对&lt;b&gt;已关闭&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Turn &amp;on</source>
        <translation>开启(&amp;O)</translation>
    </message>
    <message>
        <source>Turn off face matching</source>
        <translation>关闭人脸比对</translation>
    </message>
    <message>
        <source>Turn off face matching and delete the face data of your photos?</source>
        <translation>要关闭人脸比对并删除你照片的人脸数据吗？</translation>
    </message>
    <message>
        <source>Searches will no longer compare faces. If you turn it on again, the faces are measured again from your photos.</source>
        <translation>之后的查找将不再比对人脸。如果再次开启，会从你的照片重新测量人脸。</translation>
    </message>
    <message>
        <source>Turn off and &amp;delete</source>
        <translation>关闭并删除(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Keep it on</source>
        <translation>保持开启(&amp;K)</translation>
    </message>
</context>
<context>
    <name>FileTaskDialog</name>
    <message>
        <source>Choose…</source>
        <translation>选择…</translation>
    </message>
    <message>
        <source>Save as</source>
        <translation>保存为</translation>
    </message>
    <message>
        <source>Signing key</source>
        <translation>签名密钥</translation>
    </message>
    <message>
        <source>Show in folder</source>
        <translation>在文件夹中显示</translation>
    </message>
    <message>
        <source>Preparing…</source>
        <translation>正在准备…</translation>
    </message>
    <message>
        <source>Replace the file?</source>
        <translation>替换该文件？</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>正在取消…</translation>
    </message>
    <message>
        <source>Cancelled; nothing was written.</source>
        <translation>已取消；没有写入任何文件。</translation>
    </message>
</context>
<context>
    <name>GuardedDialog</name>
    <message>
        <source>Discard your changes?</source>
        <translation>放弃所做的修改？</translation>
    </message>
    <message>
        <source>What you typed in this window is not saved yet. Closing it drops it.</source>
        <translation>你在此窗口中输入的内容尚未保存，关闭窗口将丢失这些内容。</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>放弃(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Keep editing</source>
        <translation>继续编辑(&amp;K)</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
</context>
<context>
    <name>HomePage</name>
    <message>
        <source>What to do next</source>
        <translation>接下来要做的事</translation>
    </message>
    <message>
        <source>No deadline is near, every buyer with a running deal has a letter, and every sighting has a takedown notice.</source>
        <translation>没有临近的期限；交易仍有效的买家都已收到通知，每条发现记录也都已发出侵权通知。</translation>
    </message>
    <message>
        <source>Your vault is empty. Start with the photos you handed over: import them, then add the buyers you sold them to and the deals you made. Everything stays encrypted in the vault.</source>
        <translation>保险箱还是空的。先从你交出去的照片开始：导入照片，再添加你卖给的买家和你们的交易。所有内容都加密保存在保险箱里。</translation>
    </message>
    <message>
        <source>1. Import the photos you sold or lent (files or a whole folder).</source>
        <translation>1. 导入你卖出或借出的照片（单个文件或整个文件夹）。</translation>
    </message>
    <message>
        <source>Import photos…</source>
        <translation>导入照片…</translation>
    </message>
    <message>
        <source>2. Add a buyer: their nickname, platform and contact.</source>
        <translation>2. 添加买家：昵称、平台和联系方式。</translation>
    </message>
    <message>
        <source>Add a buyer…</source>
        <translation>添加买家…</translation>
    </message>
    <message>
        <source>No buyers yet: add the people you sold these photos to, and the deals.</source>
        <translation>还没有买家：添加你把这些照片卖给的人，以及你们的交易。</translation>
    </message>
    <message>
        <source>No photos yet: import the photos you handed over.</source>
        <translation>还没有照片：导入你交出去的照片。</translation>
    </message>
    <message>
        <source>Deadlines</source>
        <translation>期限</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 · 致 %2</translation>
    </message>
    <message numerus="yes">
        <source>deadline %1, %n day(s) overdue</source>
        <translation>
            <numerusform>期限 %1，已逾期 %n 天</numerusform>
        </translation>
    </message>
    <message>
        <source>deadline today (%1)</source>
        <translation>期限就是今天（%1）</translation>
    </message>
    <message numerus="yes">
        <source>deadline %1, in %n day(s)</source>
        <translation>
            <numerusform>期限 %1，还剩 %n 天</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>Write a reminder…</source>
        <translation>写催告…</translation>
    </message>
    <message>
        <source>Write an escalation…</source>
        <translation>写升级投诉…</translation>
    </message>
    <message>
        <source>Open the letter</source>
        <translation>查看这份通知</translation>
    </message>
    <message>
        <source>Buyers who still use your photos</source>
        <translation>仍在使用你照片的买家</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n running deal(s), no letter sent yet</source>
        <translation>
            <numerusform>%1：%n 笔交易仍有效，尚未发出通知</numerusform>
        </translation>
    </message>
    <message>
        <source>Open the draft</source>
        <translation>打开草稿</translation>
    </message>
    <message>
        <source>Take my face back…</source>
        <translation>收回我的脸…</translation>
    </message>
    <message>
        <source>Sightings without a takedown notice</source>
        <translation>尚未发出侵权通知的发现记录</translation>
    </message>
    <message>
        <source>%1, seen %2: %3</source>
        <translation>%1，%2 发现：%3</translation>
    </message>
    <message>
        <source>%1: %3</source>
        <translation>%1：%3</translation>
    </message>
    <message>
        <source>Write the takedown notice…</source>
        <translation>写侵权通知…</translation>
    </message>
    <message>
        <source>Backup</source>
        <translation>备份</translation>
    </message>
    <message>
        <source>This vault has never been backed up from this computer. If this disk fails or the computer is lost, the records and photos are gone: keep a copy on a USB stick or another disk.</source>
        <translation>这台电脑上从未备份过这个保险箱。一旦磁盘损坏或电脑丢失，记录和照片就都没了：请在 U 盘或另一块磁盘上保留一份副本。</translation>
    </message>
    <message>
        <source>Back up now…</source>
        <translation>立即备份…</translation>
    </message>
    <message>
        <source>Last backed up today (%1).</source>
        <translation>上次备份：今天（%1）。</translation>
    </message>
    <message numerus="yes">
        <source>Last backed up %1 (%n day(s) ago).</source>
        <translation>
            <numerusform>上次备份：%1（%n 天前）。</numerusform>
        </translation>
    </message>
    <message>
        <source>The vault has changed since.</source>
        <translation>此后保险箱有改动。</translation>
    </message>
    <message>
        <source>Nothing has changed since.</source>
        <translation>此后没有改动。</translation>
    </message>
    <message>
        <source>Back up again…</source>
        <translation>再次备份…</translation>
    </message>
</context>
<context>
    <name>ImportProgress</name>
    <message>
        <source>Importing</source>
        <translation>正在导入</translation>
    </message>
    <message>
        <source>Preparing…</source>
        <translation>正在准备…</translation>
    </message>
    <message>
        <source>Import progress</source>
        <translation>导入进度</translation>
    </message>
    <message>
        <source>Encrypting %1 of %2: %3</source>
        <translation>正在加密第 %1 个，共 %2 个：%3</translation>
    </message>
    <message>
        <source>Cancelling after the files in progress…</source>
        <translation>正在处理的文件完成后取消…</translation>
    </message>
</context>
<context>
    <name>ImportSummary</name>
    <message>
        <source>Import finished</source>
        <translation>导入完成</translation>
    </message>
    <message numerus="yes">
        <source>%n new item(s) encrypted into the vault.</source>
        <translation>
            <numerusform>%n 个新项目已加密存入保险箱。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) were already in the vault.</source>
        <translation>
            <numerusform>%n 个文件已在保险箱中。</numerusform>
        </translation>
    </message>
    <message>
        <source>The import was cancelled; the files done so far are kept.</source>
        <translation>导入已取消，已完成的文件都会保留。</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) could not be imported:</source>
        <translation>
            <numerusform>%n 个文件无法导入：</numerusform>
        </translation>
    </message>
    <message>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Files that could not be imported</source>
        <translation>无法导入的文件</translation>
    </message>
</context>
<context>
    <name>LeftoversDialog</name>
    <message>
        <source>Remove leftover files</source>
        <translation>清除残留文件</translation>
    </message>
    <message>
        <source>Looking for leftover files…</source>
        <translation>正在查找残留文件…</translation>
    </message>
    <message>
        <source>Leftover files</source>
        <translation>残留文件</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>清除(&amp;R)</translation>
    </message>
    <message>
        <source>There are no leftover files: every encrypted file belongs to a kept saved state of the vault.</source>
        <translation>没有残留文件：每个加密文件都属于保险箱保留的某个已保存状态。</translation>
    </message>
    <message numerus="yes">
        <source>%n encrypted file(s), %1 in all, belong to no kept saved state of the vault.</source>
        <translation>
            <numerusform>有 %n 个加密文件（共 %1）不属于保险箱保留的任何已保存状态。</numerusform>
        </translation>
    </message>
    <message>
        <source>They are left by an interrupted save, or they belong to a newer save whose index file is missing (for example a backup restored without it). Opening the vault never deletes them. Remove them only if no newer save is missing: this cannot be undone.</source>
        <translation>它们可能是被中断的保存留下的，也可能属于一次较新的保存，而那次保存的索引文件缺失了（例如恢复备份时没有带上它）。打开保险箱从不删除它们。请先确认没有缺少较新的保存再清除：此操作无法撤销。</translation>
    </message>
    <message numerus="yes">
        <source>Removed %n leftover file(s).</source>
        <translation>
            <numerusform>已清除 %n 个残留文件。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LetterViewer</name>
    <message>
        <source>Opening the saved PDF…</source>
        <translation>正在打开已保存的 PDF…</translation>
    </message>
    <message>
        <source>&amp;Duplicate as new draft…</source>
        <translation>复制为新草稿(&amp;D)…</translation>
    </message>
    <message>
        <source>Open the letter writer with this letter&apos;s choices and text</source>
        <translation>用这封函件的选项和正文打开函件编辑器</translation>
    </message>
    <message numerus="yes">
        <source>The PDF as it was saved (%n page(s)); kept encrypted in the vault.</source>
        <translation>
            <numerusform>保存时的 PDF 原件（共 %n 页），加密保存在保险箱中。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LettersDialog</name>
    <message>
        <source>Letters and deadlines</source>
        <translation>信函与期限</translation>
    </message>
</context>
<context>
    <name>LettersListWidget</name>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>To</source>
        <translation>收件人</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Sent on</source>
        <translation>发送日期</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>期限日</translation>
    </message>
    <message>
        <source>Next step</source>
        <translation>下一步</translation>
    </message>
    <message>
        <source>Revocation</source>
        <translation>解除许可通知</translation>
    </message>
    <message>
        <source>Deletion request</source>
        <translation>删除请求</translation>
    </message>
    <message>
        <source>Takedown notice</source>
        <translation>侵权通知</translation>
    </message>
    <message>
        <source>Reminder</source>
        <translation>催告</translation>
    </message>
    <message>
        <source>Escalation</source>
        <translation>升级投诉</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>草稿</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>已发送</translation>
    </message>
    <message>
        <source>Acknowledged</source>
        <translation>对方已确认</translation>
    </message>
    <message>
        <source>Complied</source>
        <translation>已照办</translation>
    </message>
    <message>
        <source>Ignored</source>
        <translation>未理睬</translation>
    </message>
    <message>
        <source>send a reminder</source>
        <translation>发送催告函</translation>
    </message>
    <message>
        <source>escalate</source>
        <translation>发出维权告知</translation>
    </message>
    <message>
        <source>complain or sue</source>
        <translation>投诉或起诉</translation>
    </message>
    <message>
        <source>Overdue %1 day(s): %2</source>
        <translation>已逾期 %1 天：%2</translation>
    </message>
</context>
<context>
    <name>LettersPage</name>
    <message>
        <source>No letter matches “%1”.</source>
        <translation>没有匹配“%1”的信件。</translation>
    </message>
    <message>
        <source>Revocation letters, takedown notices and reminders, with their status and deadline. Choose one to see it.</source>
        <translation>解除许可通知、侵权通知和催告函，以及它们的状态和期限。选择一封查看详情。</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>To</source>
        <translation>收件人</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>创建日期</translation>
    </message>
    <message>
        <source>Sent on</source>
        <translation>发送日期</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>发送渠道</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>期限日</translation>
    </message>
    <message>
        <source>Photos</source>
        <translation>照片</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>正文</translation>
    </message>
</context>
<context>
    <name>LocationPage</name>
    <message>
        <source>Where should the vault live?</source>
        <translation>保险箱放在哪里？</translation>
    </message>
    <message>
        <source>The vault is a folder of encrypted files. Put it on this computer or on a drive you back up; it can be copied like any folder.</source>
        <translation>保险箱是一个存放加密文件的文件夹。可以放在本机或你会备份的硬盘上，也可以像普通文件夹一样复制。</translation>
    </message>
    <message>
        <source>Likeness Vault</source>
        <translation>肖像保险箱</translation>
    </message>
    <message>
        <source>Vault folder</source>
        <translation>保险箱文件夹</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>选择…</translation>
    </message>
    <message>
        <source>&amp;Folder (new or empty):</source>
        <translation>文件夹（新的或空的）(&amp;F)：</translation>
    </message>
    <message>
        <source>e.g. the name you use on letters</source>
        <translation>例如在函件上署的名字</translation>
    </message>
    <message>
        <source>Your &amp;name:</source>
        <translation>你的名字(&amp;N)：</translation>
    </message>
    <message>
        <source>Choose where to create the vault folder</source>
        <translation>选择在哪里创建保险箱文件夹</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message numerus="yes">
        <source>Indexing photos: %n pending</source>
        <translation>
            <numerusform>正在为照片建立索引：还有 %n 张</numerusform>
        </translation>
    </message>
    <message>
        <source>Photos imported before this version are indexed for matching</source>
        <translation>正在为此版本之前导入的照片建立比对索引</translation>
    </message>
    <message numerus="yes">
        <source>%n photo(s) could not be indexed</source>
        <translation>
            <numerusform>%n 张照片无法建立索引</numerusform>
        </translation>
    </message>
    <message>
        <source>Indexing stopped</source>
        <translation>索引已停止</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>栏目</translation>
    </message>
    <message>
        <source>Home</source>
        <translation>首页</translation>
    </message>
    <message>
        <source>Photos</source>
        <translation>照片</translation>
    </message>
    <message>
        <source>Buyers</source>
        <translation>买家</translation>
    </message>
    <message>
        <source>Deals</source>
        <translation>交易</translation>
    </message>
    <message>
        <source>Sightings</source>
        <translation>发现记录</translation>
    </message>
    <message>
        <source>Letters &amp; evidence</source>
        <translation>函件与证据</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>导入…</translation>
    </message>
    <message>
        <source>Import photos or folders (Ctrl+I)</source>
        <translation>导入照片或文件夹（Ctrl+I）</translation>
    </message>
    <message>
        <source>New buyer…</source>
        <translation>新建买家…</translation>
    </message>
    <message>
        <source>New deal…</source>
        <translation>新建交易…</translation>
    </message>
    <message>
        <source>Lock</source>
        <translation>锁定</translation>
    </message>
    <message>
        <source>Lock the vault now (Ctrl+L)</source>
        <translation>立即锁定保险箱（Ctrl+L）</translation>
    </message>
    <message>
        <source>Your details…</source>
        <translation>我的信息…</translation>
    </message>
    <message>
        <source>Your name and contact details for letters</source>
        <translation>函件上使用的姓名和联系方式</translation>
    </message>
    <message>
        <source>Change the password…</source>
        <translation>修改密码…</translation>
    </message>
    <message>
        <source>New recovery key…</source>
        <translation>生成新的恢复密钥…</translation>
    </message>
    <message>
        <source>Renew the vault key…</source>
        <translation>更换保险箱密钥…</translation>
    </message>
    <message>
        <source>If your old password or recovery key may have leaked: a new vault key</source>
        <translation>旧密码或恢复密钥可能已经泄露时使用：换一把新的保险箱密钥</translation>
    </message>
    <message>
        <source>Check the vault…</source>
        <translation>检查保险箱…</translation>
    </message>
    <message>
        <source>Remove leftover files…</source>
        <translation>清除残留文件…</translation>
    </message>
    <message>
        <source>Encrypted files no saved state refers to: list them and remove them</source>
        <translation>没有任何已保存状态引用的加密文件：列出并清除</translation>
    </message>
    <message>
        <source>Forget on this computer</source>
        <translation>不再在这台电脑上记住</translation>
    </message>
    <message>
        <source>Remove the remembered vault key from this computer&apos;s secret store</source>
        <translation>从这台电脑的系统密钥库中删除记住的保险箱密钥</translation>
    </message>
    <message>
        <source>Back up vault…</source>
        <translation>备份保险箱…</translation>
    </message>
    <message>
        <source>Copy the encrypted vault to a USB stick or another disk, and verify the copy</source>
        <translation>把加密的保险箱复制到 U 盘或另一块磁盘，并校验副本</translation>
    </message>
    <message>
        <source>Vault</source>
        <translation>保险箱</translation>
    </message>
    <message>
        <source>Settings…</source>
        <translation>设置…</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>搜索</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>主工具栏</translation>
    </message>
    <message>
        <source>New</source>
        <translation>新建</translation>
    </message>
    <message>
        <source>New buyer or deal</source>
        <translation>新建买家或交易</translation>
    </message>
    <message>
        <source>Search this page (Ctrl+F)</source>
        <translation>在本页搜索（Ctrl+F）</translation>
    </message>
    <message>
        <source>Vault: password, recovery key, check</source>
        <translation>保险箱：密码、恢复密钥、检查</translation>
    </message>
    <message>
        <source>Nothing to search on this page</source>
        <translation>本页无需搜索</translation>
    </message>
    <message>
        <source>%1 — Likeness Vault</source>
        <translation>%1 — 肖像保险箱</translation>
    </message>
    <message>
        <source>Likeness Vault</source>
        <translation>肖像保险箱</translation>
    </message>
    <message>
        <source>Locked</source>
        <translation>已锁定</translation>
    </message>
    <message numerus="yes">
        <source>%n photo(s)</source>
        <translation>
            <numerusform>%n 张照片</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n buyer(s)</source>
        <translation>
            <numerusform>%n 位买家</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n deal(s)</source>
        <translation>
            <numerusform>%n 笔交易</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n sighting(s)</source>
        <translation>
            <numerusform>%n 条发现记录</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n letter(s)</source>
        <translation>
            <numerusform>%n 封函件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n shown</source>
        <translation>
            <numerusform>显示 %n 项</numerusform>
        </translation>
    </message>
    <message>
        <source>Unlocked</source>
        <translation>已解锁</translation>
    </message>
    <message numerus="yes">
        <source>locks after %n min idle</source>
        <translation>
            <numerusform>闲置 %n 分钟后锁定</numerusform>
        </translation>
    </message>
    <message>
        <source>Press Ctrl+L to lock now</source>
        <translation>按 Ctrl+L 立即锁定</translation>
    </message>
    <message>
        <source>Import photos, clips or voice samples</source>
        <translation>导入照片、视频片段或声音样本</translation>
    </message>
    <message>
        <source>Photos, clips and voice (*.jpg *.jpeg *.png *.webp *.heic *.heif *.avif *.mp4 *.mov *.m4a *.mp3 *.wav *.ogg);;All files (*)</source>
        <translation>照片、视频和声音 (*.jpg *.jpeg *.png *.webp *.heic *.heif *.avif *.mp4 *.mov *.m4a *.mp3 *.wav *.ogg);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Import a folder of photos</source>
        <translation>导入一个照片文件夹</translation>
    </message>
    <message numerus="yes">
        <source>%n new item(s) imported.</source>
        <translation>
            <numerusform>已导入 %n 个新项目。</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete buyer</source>
        <translation>删除买家</translation>
    </message>
    <message>
        <source>Delete the buyer “%1”?</source>
        <translation>要删除买家“%1”吗？</translation>
    </message>
    <message>
        <source>Delete deal</source>
        <translation>删除交易</translation>
    </message>
    <message>
        <source>Delete this deal? Its photos and attachments stay in the vault.</source>
        <translation>要删除这笔交易吗？其中的照片和附件仍保留在保险箱里。</translation>
    </message>
    <message>
        <source>Delete the photo “%1” from the vault?</source>
        <translation>从保险箱中删除照片“%1”？</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n photo(s) from the vault?</source>
        <translation>
            <numerusform>从保险箱中删除 %n 张照片？</numerusform>
        </translation>
    </message>
    <message>
        <source>It will be taken out of these deals:</source>
        <translation>它将从以下交易中移除：</translation>
    </message>
    <message>
        <source>They will be taken out of these deals:</source>
        <translation>它们将从以下交易中移除：</translation>
    </message>
    <message>
        <source>No deal includes it.</source>
        <translation>没有交易包含这张照片。</translation>
    </message>
    <message>
        <source>No deal includes them.</source>
        <translation>没有交易包含这些照片。</translation>
    </message>
    <message>
        <source>It is also taken off the sightings that show it.</source>
        <translation>显示这张照片的发现记录也会去掉它。</translation>
    </message>
    <message>
        <source>They are also taken off the sightings that show them.</source>
        <translation>显示这些照片的发现记录也会去掉它们。</translation>
    </message>
    <message>
        <source>The encrypted original is removed from the vault folder after a few more saves. This cannot be undone.</source>
        <translation>加密的原图会在之后几次保存后从保险箱文件夹中删除。此操作无法撤销。</translation>
    </message>
    <message>
        <source>Delete photo</source>
        <translation>删除照片</translation>
    </message>
    <message>
        <source>Delete sighting</source>
        <translation>删除发现记录</translation>
    </message>
    <message>
        <source>Delete this sighting? Its screenshots are deleted too, unless a deal or a letter uses them. Letters already written stay.</source>
        <translation>删除这条发现记录？它的截图也会一并删除，除非某笔交易或某封函件仍在使用。已写好的函件会保留。</translation>
    </message>
    <message>
        <source>The copy was saved:</source>
        <translation>副本已保存：</translation>
    </message>
    <message>
        <source>Copied. The clipboard is cleared in 30 seconds.</source>
        <translation>已复制。剪贴板将在 30 秒后清空。</translation>
    </message>
    <message>
        <source>Opened with notes</source>
        <translation>已打开（附说明）</translation>
    </message>
    <message>
        <source>The vault is open. While opening it, the app repaired or noticed the following. Run “Check the vault…” (Vault menu) to verify every item.</source>
        <translation>保险箱已打开。打开时，应用修复或发现了以下情况。可在“保险箱”菜单中运行“检查保险箱…”逐项校验。</translation>
    </message>
    <message>
        <source>The password was changed.</source>
        <translation>密码已修改。</translation>
    </message>
    <message>
        <source>The password was changed</source>
        <translation>密码已修改</translation>
    </message>
    <message>
        <source>The new password is in force. The recovery key stays valid. An old copy of the vault (a backup) still opens with the old password.</source>
        <translation>新密码已生效，恢复密钥仍然有效。保险箱的旧副本（备份）仍能用旧密码打开。</translation>
    </message>
    <message>
        <source>This computer no longer remembers the vault: tick “Remember on this computer” at the next open to remember it again.</source>
        <translation>这台电脑已不再记住这个保险箱：下次打开时勾选“在这台电脑上记住”即可重新记住。</translation>
    </message>
    <message>
        <source>If your old password or recovery key may have leaked, also renew the vault key: everything is encrypted again under a new key.</source>
        <translation>如果旧密码或恢复密钥可能已经泄露，请同时更换保险箱密钥：所有内容都会用新密钥重新加密。</translation>
    </message>
    <message>
        <source>The vault key was renewed; this computer no longer remembers the vault.</source>
        <translation>保险箱密钥已更换；这台电脑不再记住这个保险箱。</translation>
    </message>
    <message>
        <source>The vault key was renewed.</source>
        <translation>保险箱密钥已更换。</translation>
    </message>
    <message>
        <source>New recovery key</source>
        <translation>新的恢复密钥</translation>
    </message>
    <message>
        <source>Make a new recovery key? The old one will stop working.</source>
        <translation>要生成新的恢复密钥吗？旧的恢复密钥将失效。</translation>
    </message>
    <message>
        <source>This computer no longer remembers the vault.</source>
        <translation>这台电脑已不再记住这个保险箱。</translation>
    </message>
    <message>
        <source>Backed up and verified: %1</source>
        <translation>已备份并校验：%1</translation>
    </message>
    <message numerus="yes">
        <source>Removed %n leftover file(s).</source>
        <translation>
            <numerusform>已清除 %n 个残留文件。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ManifestActions</name>
    <message>
        <source>Revocation manifest…</source>
        <translation>撤回授权清单…</translation>
    </message>
    <message>
        <source>A signed file of the hashes of the photos this buyer received and your withdrawn consent, that platforms can match without the photos</source>
        <translation>一份已签名的文件，列明这位买家收到的照片的哈希值和你撤回授权的声明，平台无需照片即可比对</translation>
    </message>
    <message>
        <source>A signed file of the hashes of your photos and your withdrawn consent, that platforms can match without the photos</source>
        <translation>一份已签名的文件，列明你照片的哈希值和你撤回授权的声明，平台无需照片即可比对</translation>
    </message>
</context>
<context>
    <name>ManifestDialog</name>
    <message>
        <source>Revocation manifest</source>
        <translation>撤回授权清单</translation>
    </message>
    <message>
        <source>Write the manifest</source>
        <translation>生成清单</translation>
    </message>
    <message>
        <source>One signed file (JSON) that tells a platform, a buyer or an AI company that these photos are of you and that you withdraw your consent. Their systems can recognise the photos from it automatically, without you sending the photos again.</source>
        <translation>一份已签名的文件（JSON），告诉平台、买家或人工智能公司：这些照片是你本人，你撤回授权。对方的系统可以据此自动识别这些照片，你无需再次发送照片。</translation>
    </message>
    <message>
        <source>It contains: your chosen name, the date your withdrawal takes effect, what it covers, a contact for replies, the law it relies on, and for each photo two fingerprints (its SHA-256 and PDQ hashes: numbers computed from the photo, from which the photo cannot be rebuilt). It does not contain your photos, thumbnails, file names, prices or other buyers. It is signed with your vault&apos;s key, so anyone can check that it was not changed.</source>
        <translation>清单包含：你的常用名、撤回生效日期、撤回的范围、回复联系方式、所依据的法律，以及每张照片的两个指纹（SHA-256 和 PDQ 哈希值：由照片计算出的数字，无法据此还原照片）。清单不包含你的照片、缩略图、文件名、价格或其他买家。清单由你的保险箱密钥签名，任何人都可以核验它未被改动。</translation>
    </message>
    <message>
        <source>Photos</source>
        <translation>照片</translation>
    </message>
    <message>
        <source>All my photos (%1)</source>
        <translation>我的全部照片（%1 张）</translation>
    </message>
    <message>
        <source>Delivered to %1 (%2)</source>
        <translation>交付给 %1 的照片（%2 张）</translation>
    </message>
    <message>
        <source>Withdrawn from</source>
        <translation>撤回生效日期</translation>
    </message>
    <message>
        <source>E-mail address or phone number for replies</source>
        <translation>用于回复的电子邮箱或电话号码</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>联系方式</translation>
    </message>
    <message>
        <source>Consent withdrawn for</source>
        <translation>撤回授权的用途</translation>
    </message>
    <message>
        <source>Training AI models</source>
        <translation>训练人工智能模型</translation>
    </message>
    <message>
        <source>Generating or synthesising content with my likeness (face swaps)</source>
        <translation>生成或合成含有我肖像的内容（换脸）</translation>
    </message>
    <message>
        <source>Distributing and publishing</source>
        <translation>传播、发布</translation>
    </message>
    <message>
        <source>Only if you choose</source>
        <translation>仅在你选择时加入</translation>
    </message>
    <message>
        <source>Add my legal name (otherwise only my chosen name)</source>
        <translation>加入我的真实姓名（否则只写常用名）</translation>
    </message>
    <message>
        <source>Add your legal name to your details first</source>
        <translation>请先在你的资料中填写真实姓名</translation>
    </message>
    <message>
        <source>Add face embeddings (biometric data)</source>
        <translation>加入人脸特征向量（生物识别信息）</translation>
    </message>
    <message>
        <source>A face embedding is 128 numbers that describe your face: with it, a system can recognise your face in new pictures, not only in these photos. It is biometric data; once sent, it cannot be taken back. Leave it off unless the receiver asks for it.</source>
        <translation>人脸特征向量是描述你面部的 128 个数字：有了它，系统不仅能识别这些照片，还能在新的图片中认出你的脸。它属于生物识别信息，一旦发出便无法收回。除非对方要求，请不要勾选。</translation>
    </message>
    <message>
        <source>Only possible while face matching is on (Sightings page, Face matching…).</source>
        <translation>只有在人脸比对开启时才能加入（发现记录页面，“人脸比对…”）。</translation>
    </message>
    <message>
        <source>Manifest file</source>
        <translation>清单文件</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>进度</translation>
    </message>
    <message>
        <source>revocation manifest</source>
        <translation>撤回授权清单</translation>
    </message>
    <message>
        <source>Save the revocation manifest</source>
        <translation>保存撤回授权清单</translation>
    </message>
    <message>
        <source>%1 already exists. Replace it with the new manifest?</source>
        <translation>%1 已存在。要用新的清单替换它吗？</translation>
    </message>
    <message>
        <source>Computing the hashes of photo %1 of %2: %3</source>
        <translation>正在计算第 %1 张照片（共 %2 张）的哈希值：%3</translation>
    </message>
    <message>
        <source>The revocation manifest was written:</source>
        <translation>撤回授权清单已生成：</translation>
    </message>
    <message>
        <source>SHA-256 of the file:</source>
        <translation>文件的 SHA-256：</translation>
    </message>
    <message>
        <source>Signed with the key %1.</source>
        <translation>签名密钥指纹：%1。</translation>
    </message>
    <message>
        <source>Send the file as it is. The receiver checks it with likeness-vault-cli verify-manifest, or with OpenSSL, and should compare the key with the one you published. Your letters and takedown notices about these photos now name this file, and your evidence bundles include it.</source>
        <translation>请原样发送该文件。对方可以用 likeness-vault-cli verify-manifest 或 OpenSSL 核验，并应将签名密钥与你公布的密钥比对。今后涉及这些照片的解除许可通知和侵权通知会注明此文件，证据包也会附上它。</translation>
    </message>
</context>
<context>
    <name>MarkSentDialog</name>
    <message>
        <source>Mark as sent</source>
        <translation>标记为已发送</translation>
    </message>
    <message>
        <source>Sent on</source>
        <translation>发送日期</translation>
    </message>
    <message>
        <source>e.g. Xianyu chat, e-mail, registered mail</source>
        <translation>例如闲鱼私信、电子邮件、挂号信</translation>
    </message>
    <message>
        <source>Sent &amp;on:</source>
        <translation>发送日期(&amp;O)：</translation>
    </message>
    <message>
        <source>&amp;Channel:</source>
        <translation>发送方式(&amp;C)：</translation>
    </message>
</context>
<context>
    <name>MatchDialog</name>
    <message>
        <source>Find in my photos</source>
        <translation>从我的照片中查找</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Also compare &amp;faces</source>
        <translation>同时比对人脸(&amp;F)</translation>
    </message>
    <message>
        <source>For face swaps: compare the faces in the picture with those in your photos</source>
        <translation>针对换脸：把画面中的人脸与你照片中的人脸进行比对</translation>
    </message>
    <message>
        <source>Face matching…</source>
        <translation>人脸比对…</translation>
    </message>
    <message>
        <source>&amp;What you gave:</source>
        <translation>你提供的文件(&amp;W)：</translation>
    </message>
    <message>
        <source>What you gave</source>
        <translation>你提供的文件</translation>
    </message>
    <message>
        <source>Your &amp;photos it may show (tick those it shows):</source>
        <translation>其中可能是你的这些照片（请勾选确实用到的）(&amp;P)：</translation>
    </message>
    <message>
        <source>Your photos it may show</source>
        <translation>其中可能是你的这些照片</translation>
    </message>
    <message>
        <source>The picture you gave, the matched part outlined</source>
        <translation>你提供的画面，匹配部分已框出</translation>
    </message>
    <message>
        <source>Your photo</source>
        <translation>你的照片</translation>
    </message>
    <message>
        <source>&amp;Record this sighting…</source>
        <translation>记录这条发现(&amp;R)…</translation>
    </message>
    <message>
        <source>Open the sighting form with the ticked photos, their buyers and the picture</source>
        <translation>打开发现记录表单，填好勾选的照片、对应的买家和这张画面</translation>
    </message>
    <message>
        <source>Write &amp;takedown notice…</source>
        <translation>写侵权通知(&amp;T)…</translation>
    </message>
    <message>
        <source>Turn face matching on first (Face matching…): it is off by default</source>
        <translation>请先开启人脸比对（人脸比对…）：它默认是关闭的</translation>
    </message>
    <message>
        <source>Looking for it in your photos…</source>
        <translation>正在你的照片中查找…</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>正在停止…</translation>
    </message>
    <message>
        <source>Looking at %1 (%2 of %3)…</source>
        <translation>正在查看 %1（第 %2 个，共 %3 个）…</translation>
    </message>
    <message>
        <source>The search was cancelled.</source>
        <translation>查找已取消。</translation>
    </message>
    <message>
        <source>The search was cancelled: what was looked at so far is shown.</source>
        <translation>查找已取消：下面是已经查看过的部分。</translation>
    </message>
    <message>
        <source>Nothing was looked at.</source>
        <translation>没有查看任何文件。</translation>
    </message>
    <message numerus="yes">
        <source>Found your photos in %n of what you gave.</source>
        <translation>
            <numerusform>在你提供的 %n 个文件中找到了你的照片。</numerusform>
        </translation>
    </message>
    <message>
        <source>Found: check the photos below.</source>
        <translation>找到了：请核对下面的照片。</translation>
    </message>
    <message>
        <source>None of your photos were found.</source>
        <translation>没有找到你的照片。</translation>
    </message>
    <message numerus="yes">
        <source>%n photo(s) could not be indexed and were not searched: %1 The photos already indexed were searched.</source>
        <translation>
            <numerusform>%n 张照片无法建立索引，未被查找：%1已建立索引的照片都已查找。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n photo(s) are still being prepared for search; results may be incomplete.</source>
        <translation>
            <numerusform>还有 %n 张照片正在准备以供查找；结果可能不完整。</numerusform>
        </translation>
    </message>
    <message>
        <source>could not be read</source>
        <translation>无法读取</translation>
    </message>
    <message>
        <source>no photo found</source>
        <translation>未找到照片</translation>
    </message>
    <message numerus="yes">
        <source>%n photo(s) found</source>
        <translation>
            <numerusform>找到 %n 张照片</numerusform>
        </translation>
    </message>
    <message>
        <source>This file could not be searched.</source>
        <translation>无法在这个文件中查找。</translation>
    </message>
    <message>
        <source>None of your photos were found in it.</source>
        <translation>其中没有找到你的照片。</translation>
    </message>
    <message>
        <source>Try a sharper screenshot, or one where your photo fills more of the screen.</source>
        <translation>试试更清晰的截图，或者你的照片在画面中占比更大的截图。</translation>
    </message>
    <message>
        <source>For a recording, try a shorter clip around the moment you appear.</source>
        <translation>如果是录屏，试试只截取你出现的那一小段。</translation>
    </message>
    <message>
        <source>If only your face was used (a face swap), turn on face matching (Face matching…) and search again.</source>
        <translation>如果只用了你的脸（换脸），请开启人脸比对（人脸比对…）后再查找一次。</translation>
    </message>
    <message>
        <source>If only your face was used, tick “Also compare faces”.</source>
        <translation>如果只用了你的脸，请勾选“同时比对人脸”。</translation>
    </message>
    <message>
        <source>Very likely the same face</source>
        <translation>很可能是同一张脸</translation>
    </message>
    <message>
        <source>Possibly the same face: please check</source>
        <translation>可能是同一张脸，请您核对</translation>
    </message>
    <message>
        <source>Very likely the same photo</source>
        <translation>很可能是同一张</translation>
    </message>
    <message>
        <source>Possibly this photo: please check</source>
        <translation>可能是，请您核对</translation>
    </message>
    <message>
        <source>The copy given to %1 (geometric code %2)</source>
        <translation>交付给%1的副本（几何编码 %2）</translation>
    </message>
    <message>
        <source>the picture is too small to tell buyers&apos; copies apart</source>
        <translation>画面太小，无法区分各买家的副本</translation>
    </message>
    <message>
        <source>too few points of the photo could be matched</source>
        <translation>能与照片比对上的特征点太少</translation>
    </message>
    <message>
        <source>another buyer&apos;s code is nearly as close</source>
        <translation>另一位买家的编码几乎同样接近</translation>
    </message>
    <message>
        <source>its geometry is not close enough to the code</source>
        <translation>画面的几何形变与该编码不够接近</translation>
    </message>
    <message>
        <source>the reading is not sure</source>
        <translation>识别结果不确定</translation>
    </message>
    <message>
        <source>Possibly the copy given to %1 (geometric code %2): please check; %3. Notices and reports do not name this buyer.</source>
        <translation>可能是交付给%1的副本（几何编码 %2），请您核对；%3。侵权通知和证据包报告不会点名这位买家。</translation>
    </message>
    <message>
        <source>the whole picture looks the same</source>
        <translation>整张画面相同</translation>
    </message>
    <message>
        <source>details of the picture match (also cropped, covered or angled)</source>
        <translation>画面细节一致（裁剪、遮挡或倾斜时也能认出）</translation>
    </message>
    <message>
        <source>the face looks like yours in this photo</source>
        <translation>人脸与这张照片中的你相似</translation>
    </message>
    <message>
        <source>Set: %1</source>
        <translation>套图：%1</translation>
    </message>
    <message>
        <source>Buyers: %1</source>
        <translation>买家：%1</translation>
    </message>
    <message>
        <source>No buyer on record</source>
        <translation>没有记录买家</translation>
    </message>
    <message>
        <source>Frame at %1</source>
        <translation>%1 处的画面</translation>
    </message>
    <message>
        <source>Your picture</source>
        <translation>你提供的画面</translation>
    </message>
    <message>
        <source>No picture to show</source>
        <translation>没有可显示的画面</translation>
    </message>
    <message>
        <source>No photo found</source>
        <translation>未找到照片</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>正在载入…</translation>
    </message>
    <message>
        <source>How sure</source>
        <translation>把握程度</translation>
    </message>
    <message>
        <source>Found because</source>
        <translation>找到的依据</translation>
    </message>
    <message>
        <source>Set</source>
        <translation>套图</translation>
    </message>
    <message>
        <source>Time in the recording</source>
        <translation>在录屏中的时间</translation>
    </message>
    <message>
        <source>Sold to</source>
        <translation>卖给了</translation>
    </message>
    <message>
        <source>nobody on record</source>
        <translation>没有记录</translation>
    </message>
    <message>
        <source>%1 with %2</source>
        <translation>%1 与 %2</translation>
    </message>
    <message>
        <source>Deals</source>
        <translation>交易</translation>
    </message>
    <message>
        <source>Delivery copy</source>
        <translation>交付副本</translation>
    </message>
    <message>
        <source>The sighting is recorded. Next: ask the platform to take it down (Write takedown notice…).</source>
        <translation>发现记录已保存。下一步：请平台下架（写侵权通知…）。</translation>
    </message>
</context>
<context>
    <name>NewRecoveryKeyDialog</name>
    <message>
        <source>New recovery key</source>
        <translation>新的恢复密钥</translation>
    </message>
    <message>
        <source>This is your new recovery key; the old one no longer opens the vault. It is shown only now: write it down or save it as a PDF.</source>
        <translation>这是你新的恢复密钥，旧的已无法打开保险箱。它只在此刻显示一次：请抄下来或保存为 PDF。</translation>
    </message>
    <message>
        <source>Recovery key</source>
        <translation>恢复密钥</translation>
    </message>
    <message>
        <source>Print / save as PDF…</source>
        <translation>打印 / 保存为 PDF…</translation>
    </message>
</context>
<context>
    <name>NoMatchBar</name>
    <message>
        <source>Clear search</source>
        <translation>清除搜索</translation>
    </message>
</context>
<context>
    <name>Page</name>
    <message>
        <source>Nothing on this page matches “%1”.</source>
        <translation>本页没有匹配“%1”的内容。</translation>
    </message>
</context>
<context>
    <name>PasswordPage</name>
    <message>
        <source>Choose a password</source>
        <translation>设置密码</translation>
    </message>
    <message>
        <source>It encrypts everything in the vault. A long phrase of several words is both strong and easy to remember; Chinese characters are fine.</source>
        <translation>密码用来加密保险箱里的一切。由几个词组成的长句既安全又好记，也可以使用汉字。</translation>
    </message>
    <message>
        <source>Creating the vault…</source>
        <translation>正在创建保险箱…</translation>
    </message>
</context>
<context>
    <name>PdfPagesViewer</name>
    <message>
        <source>Page %1</source>
        <translation>第 %1 页</translation>
    </message>
</context>
<context>
    <name>PerformerDialog</name>
    <message>
        <source>Your details</source>
        <translation>我的信息</translation>
    </message>
    <message>
        <source>Used on letters, takedown notices and evidence reports. They are kept encrypted in the vault like everything else.</source>
        <translation>用于函件、侵权通知和证据报告。它们和其他内容一样加密保存在保险箱里。</translation>
    </message>
    <message>
        <source>separate with commas</source>
        <translation>用逗号或顿号分隔</translation>
    </message>
    <message>
        <source>Platforms and courts need it with a takedown notice; letters to buyers leave it out unless you choose otherwise.</source>
        <translation>向平台发侵权通知或向法院提交时需要；发给买家的函件默认不写，除非你另行选择。</translation>
    </message>
    <message>
        <source>Choose i&amp;mages…</source>
        <translation>选择图片(&amp;M)…</translation>
    </message>
    <message>
        <source>Remo&amp;ve</source>
        <translation>移除(&amp;V)</translation>
    </message>
    <message>
        <source>A photo or scan of your ID (front and back). Takedown notices carry it as proof of identity; letters to buyers never do. Stored encrypted in the vault.</source>
        <translation>身份证件的照片或扫描件（正反面）。侵权通知书将其作为身份证明附上；致买家的信函从不附上。加密保存在保险箱中。</translation>
    </message>
    <message>
        <source>&amp;Name on letters:</source>
        <translation>函件署名(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Stage names:</source>
        <translation>艺名(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;Legal name:</source>
        <translation>真实姓名(&amp;L)：</translation>
    </message>
    <message>
        <source>&amp;ID number:</source>
        <translation>身份证号(&amp;I)：</translation>
    </message>
    <message>
        <source>ID &amp;document:</source>
        <translation>身份证件图片(&amp;D)：</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>地址(&amp;A)：</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>电子邮箱(&amp;E)：</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>电话(&amp;P)：</translation>
    </message>
    <message>
        <source>No&amp;tes:</source>
        <translation>备注(&amp;T)：</translation>
    </message>
    <message>
        <source>%1 image(s) stored</source>
        <translation>已保存%1张图片</translation>
    </message>
    <message>
        <source>%1 image(s) chosen, stored when you save</source>
        <translation>已选择%1张图片，保存时存入</translation>
    </message>
    <message>
        <source>None: takedown notices will give only your name and ID number</source>
        <translation>无：侵权通知书将只写明你的姓名和证件号码</translation>
    </message>
    <message>
        <source>Images of your ID document</source>
        <translation>身份证件图片</translation>
    </message>
    <message>
        <source>Images (*.jpg *.jpeg *.png *.heic *.heif *.webp)</source>
        <translation>图片 (*.jpg *.jpeg *.png *.heic *.heif *.webp)</translation>
    </message>
</context>
<context>
    <name>PhotoDialog</name>
    <message>
        <source>Edit photo</source>
        <translation>编辑照片</translation>
    </message>
    <message>
        <source>the shoot it came from</source>
        <translation>出自哪一次拍摄</translation>
    </message>
    <message>
        <source>e.g. the character or look</source>
        <translation>例如角色或造型</translation>
    </message>
    <message>
        <source>separated by commas</source>
        <translation>用逗号分隔</translation>
    </message>
    <message>
        <source>&amp;Set:</source>
        <translation>套图(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;Persona:</source>
        <translation>人设(&amp;P)：</translation>
    </message>
    <message>
        <source>T&amp;ags:</source>
        <translation>标签(&amp;A)：</translation>
    </message>
    <message>
        <source>No&amp;tes:</source>
        <translation>备注(&amp;T)：</translation>
    </message>
</context>
<context>
    <name>PhotoPicker</name>
    <message>
        <source>Filter by name, set or tag</source>
        <translation>按名称、套图或标签筛选</translation>
    </message>
    <message>
        <source>Filter photos</source>
        <translation>筛选照片</translation>
    </message>
    <message>
        <source>Select all</source>
        <translation>全选</translation>
    </message>
    <message>
        <source>Tick every photo the filter shows</source>
        <translation>勾选筛选后显示的所有照片</translation>
    </message>
    <message>
        <source>Select none</source>
        <translation>全不选</translation>
    </message>
    <message>
        <source>Untick every photo the filter shows</source>
        <translation>取消勾选筛选后显示的所有照片</translation>
    </message>
    <message>
        <source>Photos</source>
        <translation>照片</translation>
    </message>
    <message>
        <source>Photos selected</source>
        <translation>已选照片</translation>
    </message>
    <message numerus="yes">
        <source>%n photo(s) selected</source>
        <translation>
            <numerusform>已选 %n 张照片</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>(%n hidden by the filter)</source>
        <translation>
            <numerusform>（其中 %n 张被筛选隐藏）</numerusform>
        </translation>
    </message>
    <message>
        <source>No photos in the vault yet: import them first.</source>
        <translation>保险箱里还没有照片：请先导入。</translation>
    </message>
    <message>
        <source>No photos match “%1”.</source>
        <translation>没有匹配“%1”的照片。</translation>
    </message>
</context>
<context>
    <name>PhotoViewer</name>
    <message>
        <source>Photo</source>
        <translation>照片</translation>
    </message>
    <message>
        <source>Previous photo</source>
        <translation>上一张</translation>
    </message>
    <message>
        <source>Next photo</source>
        <translation>下一张</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>缩小</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>放大</translation>
    </message>
    <message>
        <source>100%</source>
        <translation>100%</translation>
    </message>
    <message>
        <source>Fit to window</source>
        <translation>适合窗口</translation>
    </message>
    <message>
        <source>No photo to show.</source>
        <translation>没有可显示的照片。</translation>
    </message>
    <message>
        <source>%1 (%2 of %3)</source>
        <translation>%1（第 %2 张，共 %3 张）</translation>
    </message>
    <message>
        <source>Decrypting…</source>
        <translation>正在解密…</translation>
    </message>
    <message>
        <source>This photo cannot be shown.</source>
        <translation>无法显示这张照片。</translation>
    </message>
    <message>
        <source>fit to window</source>
        <translation>适合窗口</translation>
    </message>
</context>
<context>
    <name>PhotosPage</name>
    <message>
        <source>Import photos…</source>
        <translation>导入照片…</translation>
    </message>
    <message>
        <source>Save a copy…</source>
        <translation>另存副本…</translation>
    </message>
    <message>
        <source>Import a folder…</source>
        <translation>导入文件夹…</translation>
    </message>
    <message>
        <source>View</source>
        <translation>查看</translation>
    </message>
    <message>
        <source>Show the photo full size, with zoom (double-click or Space)</source>
        <translation>按原始尺寸查看照片，可缩放（双击或按空格键）</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>编辑…</translation>
    </message>
    <message>
        <source>Edit the set, persona, tags and notes (Enter)</source>
        <translation>编辑套图、人设、标签和备注（回车）</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>删除…</translation>
    </message>
    <message>
        <source>Photos</source>
        <translation>照片</translation>
    </message>
    <message>
        <source>Selected photo</source>
        <translation>选中的照片</translation>
    </message>
    <message>
        <source>No photo matches “%1”.</source>
        <translation>没有匹配“%1”的照片。</translation>
    </message>
    <message>
        <source>Choose a photo to see it with its SHA-256, deals and buyers.</source>
        <translation>选择一张照片，查看它的 SHA-256、相关交易和买家。</translation>
    </message>
    <message>
        <source>No photos yet. Drop photos or folders here, or use “Import photos…”. They are encrypted into the vault; the originals stay where they are.</source>
        <translation>还没有照片。把照片或文件夹拖到这里，或点击“导入照片…”。照片会加密存入保险箱，原文件保持不动。</translation>
    </message>
    <message>
        <source>Deals</source>
        <translation>交易</translation>
    </message>
    <message>
        <source>AI training</source>
        <translation>AI 训练</translation>
    </message>
    <message>
        <source>Term</source>
        <translation>期限</translation>
    </message>
    <message>
        <source>Held by</source>
        <translation>持有者</translation>
    </message>
    <message>
        <source>Set</source>
        <translation>套图</translation>
    </message>
    <message>
        <source>Persona</source>
        <translation>人设</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Captured</source>
        <translation>拍摄时间</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>导入日期</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>尺寸</translation>
    </message>
</context>
<context>
    <name>QAbstractFileIconProvider</name>
    <message>
        <source>Folder</source>
        <translation>文件夹</translation>
    </message>
    <message>
        <source>File Folder</source>
        <translation>文件夹</translation>
    </message>
    <message>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Drive</source>
        <translation>驱动器</translation>
    </message>
    <message>
        <source>Alias</source>
        <translation>别名</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>快捷方式</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>未知</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <source>&amp;Look in:</source>
        <translation>查找范围(&amp;L)：</translation>
    </message>
    <message>
        <source>Files of &amp;type:</source>
        <translation>文件类型(&amp;T)：</translation>
    </message>
</context>
<context>
    <name>RecoveryPage</name>
    <message>
        <source>Your recovery key</source>
        <translation>你的恢复密钥</translation>
    </message>
    <message>
        <source>If you forget the password, this key is the only way back into the vault. It is shown only now. Write it down or save it as a PDF and keep it away from this computer.</source>
        <translation>如果忘记密码，这个密钥是重新打开保险箱的唯一办法。它只在此刻显示一次。请抄下来或保存为 PDF，并与这台电脑分开保管。</translation>
    </message>
    <message>
        <source>Recovery key</source>
        <translation>恢复密钥</translation>
    </message>
    <message>
        <source>Print / save as PDF…</source>
        <translation>打印 / 保存为 PDF…</translation>
    </message>
    <message>
        <source>I have written the recovery key down or saved it</source>
        <translation>我已抄下或保存了恢复密钥</translation>
    </message>
</context>
<context>
    <name>RekeyDialog</name>
    <message>
        <source>Renew the vault key</source>
        <translation>更换保险箱密钥</translation>
    </message>
    <message>
        <source>If your old password or recovery key may have leaked, renew the vault key: every item and record is encrypted again under a new key, and you get a new recovery key (shown once). The password stays the same. The old recovery key and old copies of the vault&apos;s header no longer open it, and the older saved states are dropped. Copies or backups of the vault made before stay readable with the old password: delete them.</source>
        <translation>如果旧密码或恢复密钥可能已经泄露，请更换保险箱密钥：每一项内容和记录都会用新密钥重新加密，并生成新的恢复密钥（只显示一次）。密码不变。旧的恢复密钥和保险箱头文件的旧副本将无法再打开它，较早的保存状态会被丢弃。之前做的保险箱副本或备份仍能用旧密码读取：请删除它们。</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>密码(&amp;P)：</translation>
    </message>
    <message>
        <source>Progress of the renewal</source>
        <translation>更换进度</translation>
    </message>
    <message>
        <source>Renew the key</source>
        <translation>更换密钥</translation>
    </message>
    <message>
        <source>Encrypting every item again…</source>
        <translation>正在重新加密每一项内容…</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>正在取消…</translation>
    </message>
    <message>
        <source>Cancelled; the vault is as it was.</source>
        <translation>已取消；保险箱保持原样。</translation>
    </message>
</context>
<context>
    <name>SaleActions</name>
    <message>
        <source>New sale…</source>
        <translation>新的授权…</translation>
    </message>
    <message>
        <source>Buyer, photos, fair terms, the contract, then delivery copies</source>
        <translation>买家、照片、公平的条款、授权协议，然后是交付副本</translation>
    </message>
    <message>
        <source>New contract version</source>
        <translation>新版授权协议</translation>
    </message>
    <message>
        <source>Language of the contract:</source>
        <translation>协议语言：</translation>
    </message>
    <message>
        <source>Licence contract</source>
        <translation>授权协议</translation>
    </message>
    <message>
        <source>Save the contract</source>
        <translation>保存授权协议</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <source>New contract version saved as %1 and attached to the deal.</source>
        <translation>新版授权协议已保存为 %1，并附在交易上。</translation>
    </message>
</context>
<context>
    <name>SaleWizard</name>
    <message>
        <source>New sale</source>
        <translation>新的授权</translation>
    </message>
    <message>
        <source>&lt; &amp;Back</source>
        <translation>&lt; 上一步(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation>下一步(&amp;N) &gt;</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Deliver to buyer</source>
        <translation>交付给买家</translation>
    </message>
    <message>
        <source>Delivery copies of the deal of %1 with %2.</source>
        <translation>%1 与 %2 的交易的交付副本。</translation>
    </message>
    <message>
        <source>Who is buying? Choose the buyer, or add a new one.</source>
        <translation>谁来买？选择买家，或添加一位新买家。</translation>
    </message>
    <message>
        <source>Buyer</source>
        <translation>买家</translation>
    </message>
    <message>
        <source>Add buyer…</source>
        <translation>添加买家…</translation>
    </message>
    <message>
        <source>The contract names the buyer as recorded: the nickname, the platform and its ID, and the real name, company and contact when you know them. The platform ID (Xianyu, WeChat…) is also where notices can be sent.</source>
        <translation>协议按记录写明买家：昵称、平台及账号，以及你知道的真实姓名、公司和联系方式。平台账号（闲鱼、微信…）也是发送通知的渠道。</translation>
    </message>
    <message>
        <source>Photos in this sale</source>
        <translation>本次授权的照片</translation>
    </message>
    <message>
        <source>Tick the photos the buyer gets. The contract lists each one with its thumbnail and SHA-256, so nobody can later claim other photos.</source>
        <translation>勾选买家得到的照片。协议逐张列出缩略图和 SHA-256，日后谁也不能说还包括别的照片。</translation>
    </message>
    <message>
        <source>Date of the contract</source>
        <translation>协议签订日期</translation>
    </message>
    <message>
        <source>The day the contract is signed: the deal&apos;s date and the start of the licence. Today, or an earlier day for a deal already made.</source>
        <translation>签订协议的日期：也是交易的日期和许可的起始日。填今天；已经成交的交易可以填更早的日期。</translation>
    </message>
    <message>
        <source>Contract date:</source>
        <translation>签订日期：</translation>
    </message>
    <message>
        <source>other uses as agreed, in your words</source>
        <translation>其他约定用途，用你自己的话写</translation>
    </message>
    <message>
        <source>Other uses</source>
        <translation>其他用途</translation>
    </message>
    <message>
        <source>Only what you tick is allowed; anything else needs your consent.</source>
        <translation>只允许你勾选的用途；其他用途都要经过你同意。</translation>
    </message>
    <message>
        <source>Permitted uses:</source>
        <translation>许可用途：</translation>
    </message>
    <message>
        <source>No: the photos may not train AI models</source>
        <translation>不允许：照片不得用于训练 AI 模型</translation>
    </message>
    <message>
        <source>Yes: the buyer may train AI models with them</source>
        <translation>允许：买家可以用照片训练 AI 模型</translation>
    </message>
    <message>
        <source>Training means a model learns your face from the photos and can make new pictures or videos of you without them; a trained model cannot simply forget. With No, the delivery copies also say that text and data mining is prohibited.</source>
        <translation>训练的意思是：模型从照片中学会你的脸，以后不用这些照片也能生成你的新图片或视频；训练好的模型无法简单地“忘掉”。选“不允许”时，交付副本里也会写明禁止文本与数据挖掘。</translation>
    </message>
    <message>
        <source>AI training:</source>
        <translation>AI 训练：</translation>
    </message>
    <message>
        <source>e.g. mainland China; Douyin, Kuaishou</source>
        <translation>例如 中国大陆；抖音、快手</translation>
    </message>
    <message>
        <source>Platforms and territory</source>
        <translation>平台和地域</translation>
    </message>
    <message>
        <source>Where the buyer may publish. Left empty, the contract says so.</source>
        <translation>买家可以在哪里发布。留空时，协议会写明未约定。</translation>
    </message>
    <message>
        <source>Platforms / territory:</source>
        <translation>平台 / 地域：</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>截止到</translation>
    </message>
    <message>
        <source>No end date</source>
        <translation>不设结束日期</translation>
    </message>
    <message>
        <source>Term ends on</source>
        <translation>期限截止日</translation>
    </message>
    <message>
        <source>Warning: with no end date, Civil Code art. 1022 ¶1 applies: when the term of a licence to use one&apos;s likeness is not agreed or is unclear, either side may end it at any time, giving reasonable notice in advance. That helps you (you can take your face back at any time), but a buyer may not accept it, and a dispute about what was agreed is harder. An end date is clearer for both.</source>
        <translation>注意：不设结束日期时，适用民法典第一千零二十二条第一款：对肖像许可使用期限没有约定或者约定不明确的，任何一方都可以随时解除，但应当在合理期限之前通知对方。这对你有利（随时可以收回你的脸），但买家可能不接受，而且对约定内容的争议更难处理。写明结束日期对双方都更清楚。</translation>
    </message>
    <message>
        <source>Term:</source>
        <translation>期限：</translation>
    </message>
    <message>
        <source>0 for none</source>
        <translation>无偿填 0</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>价格</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>币种</translation>
    </message>
    <message>
        <source>Price:</source>
        <translation>价格：</translation>
    </message>
    <message>
        <source>How and when the buyer pays. The contract states exactly this; with a price of 0 it says the licence is free.</source>
        <translation>买家怎样、何时付款。协议会如实写明；价格为 0 时，协议写明无偿许可。</translation>
    </message>
    <message>
        <source>Payment:</source>
        <translation>付款方式：</translation>
    </message>
    <message>
        <source>Language of the contract</source>
        <translation>协议语言</translation>
    </message>
    <message>
        <source>Contract language:</source>
        <translation>协议语言：</translation>
    </message>
    <message>
        <source>Delivery copies</source>
        <translation>交付副本</translation>
    </message>
    <message>
        <source>Give the buyer these copies, not your originals: each copy is rebuilt from the pixels (no GPS, camera or other private data), says whose it is and on what terms, and carries a small change of geometry that tells this buyer&apos;s copy apart from every other buyer&apos;s, even after re-saving.</source>
        <translation>请把这些副本交给买家，而不是原图：每份副本都从像素重新生成（不含 GPS、相机等私人信息），写明权利人和许可条件，并带有细微的几何变化，即使被重新保存，也能把这位买家的副本和其他买家的区分开。</translation>
    </message>
    <message>
        <source>Also sign each copy (C2PA content credentials)</source>
        <translation>同时为每份副本签名（C2PA 内容凭证）</translation>
    </message>
    <message>
        <source>Readers show it as untrusted unless they trust your certificate; any re-save strips it. Your certificate&apos;s root is written beside the copies (performer-root.pem): whoever trusts it sees them signed by you.</source>
        <translation>除非查看软件信任你的证书，否则会显示为“不受信任”；任何重新保存都会去掉签名。你的根证书（performer-root.pem）会写在副本旁边：信任它的人就能看到这些副本由你签名。</translation>
    </message>
    <message>
        <source>Copies written to %1 and recorded on the deal (%2):</source>
        <translation>副本已写入 %1，并记录在交易上（共 %2 份）：</translation>
    </message>
    <message>
        <source>Deliver to a folder…</source>
        <translation>交付到文件夹…</translation>
    </message>
    <message>
        <source>Deliver as a ZIP file…</source>
        <translation>交付为压缩包…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>1 Buyer</source>
        <translation>1 买家</translation>
    </message>
    <message>
        <source>2 Photos</source>
        <translation>2 照片</translation>
    </message>
    <message>
        <source>3 Terms</source>
        <translation>3 条款</translation>
    </message>
    <message>
        <source>4 Contract</source>
        <translation>4 授权协议</translation>
    </message>
    <message>
        <source>5 Delivery copies</source>
        <translation>5 交付副本</translation>
    </message>
    <message>
        <source>&amp;Create the contract…</source>
        <translation>生成授权协议(&amp;C)…</translation>
    </message>
    <message>
        <source>Preparing the preview…</source>
        <translation>正在准备预览…</translation>
    </message>
    <message>
        <source>Page %1</source>
        <translation>第 %1 页</translation>
    </message>
    <message numerus="yes">
        <source>This is the contract as it will be saved: %n page(s).</source>
        <translation>
            <numerusform>这就是将要保存的授权协议：共 %n 页。</numerusform>
        </translation>
    </message>
    <message>
        <source>Licence contract</source>
        <translation>授权协议</translation>
    </message>
    <message>
        <source>Save the contract</source>
        <translation>保存授权协议</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <source>The deal is recorded with its contract attached, and the contract was saved as %1. Print it or send it to the buyer to sign.</source>
        <translation>交易已记录，授权协议已附在交易上，并保存为 %1。请打印或发给买家签署。</translation>
    </message>
    <message>
        <source>Deliver as a ZIP file</source>
        <translation>交付为 ZIP 文件</translation>
    </message>
    <message>
        <source>ZIP files (*.zip)</source>
        <translation>ZIP 文件 (*.zip)</translation>
    </message>
    <message>
        <source>Deliver to a folder</source>
        <translation>交付到文件夹</translation>
    </message>
    <message>
        <source>Making the delivery copies…</source>
        <translation>正在生成交付副本…</translation>
    </message>
    <message>
        <source>Cancelled: no copy was written and nothing was recorded.</source>
        <translation>已取消：没有写出任何副本，也没有记录任何内容。</translation>
    </message>
</context>
<context>
    <name>SavedFileDialog</name>
    <message>
        <source>Saved</source>
        <translation>已保存</translation>
    </message>
    <message>
        <source>Saved to</source>
        <translation>保存位置</translation>
    </message>
    <message>
        <source>Show in &amp;folder</source>
        <translation>在文件夹中显示(&amp;F)</translation>
    </message>
    <message>
        <source>Open the folder that holds the file</source>
        <translation>打开该文件所在的文件夹</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>界面语言(&amp;L)：</translation>
    </message>
    <message>
        <source>A new language takes effect when the app starts again.</source>
        <translation>更换的语言在下次启动应用时生效。</translation>
    </message>
    <message>
        <source> min</source>
        <translation> 分钟</translation>
    </message>
    <message>
        <source>never</source>
        <translation>从不</translation>
    </message>
    <message>
        <source>Lock after &amp;idle:</source>
        <translation>闲置多久后锁定(&amp;I)：</translation>
    </message>
    <message>
        <source>Lock when the screen locks</source>
        <translation>屏幕锁定时一并锁定</translation>
    </message>
    <message>
        <source>Forget the recent vaults list</source>
        <translation>清除最近使用的保险箱列表</translation>
    </message>
</context>
<context>
    <name>SightingDialog</name>
    <message>
        <source>Edit sighting</source>
        <translation>编辑发现记录</translation>
    </message>
    <message>
        <source>Add sighting</source>
        <translation>添加发现记录</translation>
    </message>
    <message>
        <source>the address of the page where you saw it</source>
        <translation>你看到它的那个网页的地址</translation>
    </message>
    <message>
        <source>e.g. the drama and episode, or the ad</source>
        <translation>例如短剧名和集数，或广告</translation>
    </message>
    <message>
        <source>Seen on</source>
        <translation>发现日期</translation>
    </message>
    <message>
        <source>What the content does with your face</source>
        <translation>这段内容如何使用了你的脸</translation>
    </message>
    <message>
        <source>&amp;Link:</source>
        <translation>链接(&amp;L)：</translation>
    </message>
    <message>
        <source>&amp;Platform:</source>
        <translation>平台(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>标题(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Seen on:</source>
        <translation>发现日期(&amp;S)：</translation>
    </message>
    <message>
        <source>No&amp;tes:</source>
        <translation>备注(&amp;T)：</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>在哪里</translation>
    </message>
    <message>
        <source>&amp;Photos seen there (tick them):</source>
        <translation>在那里出现的照片（请勾选）(&amp;P)：</translation>
    </message>
    <message>
        <source>Photos seen there</source>
        <translation>在那里出现的照片</translation>
    </message>
    <message>
        <source>Traced to &amp;buyers:</source>
        <translation>追溯到的买家(&amp;B)：</translation>
    </message>
    <message>
        <source>T&amp;race from the photos</source>
        <translation>按照片追溯(&amp;R)</translation>
    </message>
    <message>
        <source>Tick the buyers whose deals delivered the photos ticked above</source>
        <translation>勾选通过交易得到上面所勾照片的买家</translation>
    </message>
    <message>
        <source>Traced to buyers</source>
        <translation>追溯到的买家</translation>
    </message>
    <message>
        <source>Photos and buyers</source>
        <translation>照片和买家</translation>
    </message>
    <message>
        <source>Screensh&amp;ots and recordings:</source>
        <translation>截图和录屏(&amp;O)：</translation>
    </message>
    <message>
        <source>Screenshots</source>
        <translation>截图</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>添加(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>移除(&amp;R)</translation>
    </message>
    <message>
        <source>Screenshots are encrypted into the vault when you save. A screenshot you remove is deleted from the vault unless a deal or letter uses it.</source>
        <translation>保存时截图会加密存入保险箱。移除的截图会从保险箱中删除，除非某笔交易或某封函件仍在使用。</translation>
    </message>
    <message>
        <source>Screenshot preview</source>
        <translation>截图预览</translation>
    </message>
    <message numerus="yes">
        <source>%n buyer(s), chosen by hand.</source>
        <translation>
            <numerusform>%n 位买家，手动选择。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n buyer(s), from the deals of the ticked photos.</source>
        <translation>
            <numerusform>%n 位买家，来自所勾照片的交易。</numerusform>
        </translation>
    </message>
    <message>
        <source>(added when you save)</source>
        <translation>（保存时加入）</translation>
    </message>
    <message>
        <source>Add screenshots</source>
        <translation>添加截图</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg *.webp *.heic);;All files (*)</source>
        <translation>图片 (*.png *.jpg *.jpeg *.webp *.heic);;所有文件 (*)</translation>
    </message>
    <message>
        <source>No screenshot chosen</source>
        <translation>未选择截图</translation>
    </message>
    <message>
        <source>Not an image: no preview</source>
        <translation>不是图片，无法预览</translation>
    </message>
</context>
<context>
    <name>SightingsPage</name>
    <message>
        <source>Add sighting…</source>
        <translation>添加发现记录…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>编辑…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>No sighting matches “%1”.</source>
        <translation>没有匹配“%1”的发现记录。</translation>
    </message>
    <message>
        <source>A sighting is a place your face showed up: a drama, an ad, a resale listing. Choose one to see which photos and buyers it traces back to.</source>
        <translation>发现记录是你的脸出现过的地方：短剧、广告、转售链接。选择一条，查看它能追溯到哪些照片和买家。</translation>
    </message>
    <message>
        <source>Seen on</source>
        <translation>发现日期</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>平台</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>链接</translation>
    </message>
    <message>
        <source>Photos</source>
        <translation>照片</translation>
    </message>
    <message>
        <source>Traced to</source>
        <translation>追溯到</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Screenshots</source>
        <translation>截图</translation>
    </message>
</context>
<context>
    <name>SigningKeyDialog</name>
    <message>
        <source>Signing key</source>
        <translation>签名密钥</translation>
    </message>
    <message>
        <source>Every evidence bundle of this vault is signed with its own key. Anyone can check a signature with the public key inside the bundle; this fingerprint shows that the key is yours. Publish it or have it notarised once, before a dispute.</source>
        <translation>本保险箱导出的每个证据包都用它自己的密钥签名。任何人都能用包内的公钥核验签名；这个指纹证明该密钥属于你。请在发生纠纷之前公布一次或办理公证。</translation>
    </message>
    <message>
        <source>Signing key fingerprint</source>
        <translation>签名密钥指纹</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>复制</translation>
    </message>
    <message>
        <source>Save public key…</source>
        <translation>保存公钥…</translation>
    </message>
    <message>
        <source>Save the public signing key</source>
        <translation>保存签名公钥</translation>
    </message>
    <message>
        <source>PEM public key (*.pem)</source>
        <translation>PEM 公钥 (*.pem)</translation>
    </message>
</context>
<context>
    <name>VerifyEvidenceDialog</name>
    <message>
        <source>Check an evidence bundle</source>
        <translation>核验证据包</translation>
    </message>
    <message>
        <source>Choose a bundle (.zip) to check.</source>
        <translation>请选择要核验的证据包（.zip）。</translation>
    </message>
    <message>
        <source>Problems found</source>
        <translation>发现的问题</translation>
    </message>
    <message>
        <source>Choose a bundle…</source>
        <translation>选择证据包…</translation>
    </message>
    <message>
        <source>ZIP (*.zip)</source>
        <translation>ZIP 文件 (*.zip)</translation>
    </message>
    <message>
        <source>Checking %1…</source>
        <translation>正在核验 %1…</translation>
    </message>
    <message>
        <source>Intact: all %1 files match SHA256SUMS and the signature is valid.</source>
        <translation>完好：全部 %1 个文件与 SHA256SUMS 一致，签名有效。</translation>
    </message>
    <message>
        <source>NOT intact: %1 problem(s). The files named below are missing, extra or altered, or the signature does not match.</source>
        <translation>不完好：发现 %1 个问题。下列文件缺失、多余或被改动，或签名不符。</translation>
    </message>
    <message>
        <source>Signing key: %1</source>
        <translation>签名密钥指纹：%1</translation>
    </message>
    <message>
        <source>This is the signing key of the open vault.</source>
        <translation>这是当前打开的保险箱的签名密钥。</translation>
    </message>
    <message>
        <source>This is not the open vault&apos;s key; compare it with the fingerprint the signer published.</source>
        <translation>这不是当前保险箱的密钥；请与签名者公布的指纹核对。</translation>
    </message>
    <message>
        <source>The bundle carries a time-stamp token, which is not checked here.</source>
        <translation>证据包附有时间戳回执，此处不对其核验。</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>缺失</translation>
    </message>
    <message>
        <source>extra</source>
        <translation>多余</translation>
    </message>
    <message>
        <source>altered</source>
        <translation>被改动</translation>
    </message>
    <message>
        <source>signature</source>
        <translation>签名</translation>
    </message>
    <message>
        <source>signing key</source>
        <translation>签名密钥</translation>
    </message>
    <message>
        <source>malformed</source>
        <translation>格式错误</translation>
    </message>
    <message>
        <source>unreadable</source>
        <translation>无法读取</translation>
    </message>
    <message>
        <source>The file could not be checked:</source>
        <translation>无法核验该文件：</translation>
    </message>
</context>
<context>
    <name>WelcomeWindow</name>
    <message>
        <source>Likeness Vault</source>
        <translation>肖像保险箱</translation>
    </message>
    <message>
        <source>An encrypted record, on this computer only, of every photo of your face you handed over: to whom, when and on what terms; and the letters to take it back.</source>
        <translation>只存在你自己电脑上的加密记录：你交出去的每一张肖像照片，给了谁、什么时候、什么条件；以及把它收回来的函件。</translation>
    </message>
    <message>
        <source>Create a new vault…</source>
        <translation>新建保险箱…</translation>
    </message>
    <message>
        <source>Settings…</source>
        <translation>设置…</translation>
    </message>
    <message>
        <source>Open a vault</source>
        <translation>打开保险箱</translation>
    </message>
    <message>
        <source>&amp;Recent vaults:</source>
        <translation>最近使用的保险箱(&amp;R)：</translation>
    </message>
    <message>
        <source>Recent vaults</source>
        <translation>最近使用的保险箱</translation>
    </message>
    <message>
        <source>Choose another folder…</source>
        <translation>选择其他文件夹…</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>密码(&amp;P)：</translation>
    </message>
    <message>
        <source>Remember on this computer</source>
        <translation>在这台电脑上记住</translation>
    </message>
    <message>
        <source>Forgot the password…</source>
        <translation>忘记密码…</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>打开</translation>
    </message>
    <message>
        <source>The vault was locked. Type the password to open it again.</source>
        <translation>保险箱已锁定。输入密码重新打开。</translation>
    </message>
    <message>
        <source>Looking for this computer&apos;s secret store…</source>
        <translation>正在查找这台电脑的系统密钥库…</translation>
    </message>
    <message>
        <source>Leave empty if this computer remembers the vault</source>
        <translation>如果这台电脑记住了保险箱，可以留空</translation>
    </message>
    <message>
        <source>No operating-system secret store (such as GNOME Keyring, KWallet, the macOS Keychain or Windows Credential Locker) is available, so the vault key cannot be remembered safely; the app never keeps it in a plain file.</source>
        <translation>这里没有可用的系统密钥库（如 GNOME 密钥环、KWallet、macOS 钥匙串或 Windows 凭据管理器），所以无法安全地记住保险箱密钥；本应用绝不会把它存在普通文件里。</translation>
    </message>
    <message>
        <source>Keeps the vault key in this computer&apos;s secret store, so the vault opens without the password while you are logged in.</source>
        <translation>把保险箱密钥存在这台电脑的系统密钥库中，登录期间无需输入密码即可打开。</translation>
    </message>
    <message>
        <source>· remembered on this computer</source>
        <translation>· 这台电脑已记住</translation>
    </message>
    <message>
        <source>Opens without the password: leave the password empty.</source>
        <translation>无需密码即可打开：密码留空即可。</translation>
    </message>
    <message>
        <source>(not found)</source>
        <translation>（未找到）</translation>
    </message>
    <message>
        <source>No vault opened on this computer yet. Create one, or choose its folder.</source>
        <translation>这台电脑上还没有打开过保险箱。新建一个，或选择它所在的文件夹。</translation>
    </message>
    <message>
        <source>No vault chosen yet: create one or choose a folder.</source>
        <translation>还没有选择保险箱：新建一个，或选择一个文件夹。</translation>
    </message>
    <message>
        <source>Choose the vault folder</source>
        <translation>选择保险箱文件夹</translation>
    </message>
    <message>
        <source>Type the password.</source>
        <translation>请输入密码。</translation>
    </message>
    <message>
        <source>Opening…</source>
        <translation>正在打开…</translation>
    </message>
    <message>
        <source>Open with the recovery key</source>
        <translation>用恢复密钥打开</translation>
    </message>
    <message>
        <source>Type the recovery key (8 groups of 4, as printed on the recovery sheet).</source>
        <translation>请输入恢复密钥（8 组、每组 4 个字符，与恢复密钥页上印的一致）。</translation>
    </message>
</context>
<context>
    <name>_Letters</name>
    <message>
        <source>Choose the reply to attach</source>
        <translation>选择要附上的回复</translation>
    </message>
    <message>
        <source>Take my face back…</source>
        <translation>收回我的脸…</translation>
    </message>
    <message>
        <source>Write a revocation letter to the selected buyer</source>
        <translation>给选中的买家写解除许可通知函</translation>
    </message>
    <message>
        <source>Takedown notice…</source>
        <translation>侵权通知…</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>打开</translation>
    </message>
    <message>
        <source>This letter was saved before the app kept a copy of its PDF. Write it again as a new draft with the same choices and text?</source>
        <translation>这封函件保存于本应用开始留存 PDF 副本之前。要用相同的选项和正文重新写一份新草稿吗？</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 · 致 %2</translation>
    </message>
    <message>
        <source>Write a revocation letter to a buyer: end the licence to your photos</source>
        <translation>给买家写解除许可通知：终止对你照片的许可</translation>
    </message>
    <message>
        <source>Ask a platform to take down a video or post that uses your face</source>
        <translation>请平台下架使用了你的脸的视频或帖子</translation>
    </message>
    <message>
        <source>New letter…</source>
        <translation>新建信函…</translation>
    </message>
    <message>
        <source>Mark as sent…</source>
        <translation>标记为已发送…</translation>
    </message>
    <message>
        <source>Attach reply…</source>
        <translation>附上回复…</translation>
    </message>
    <message>
        <source>Keep the recipient&apos;s answer (screenshot, e-mail, letter) with it</source>
        <translation>把对方的回复（截图、邮件、信函）与本函一起保存</translation>
    </message>
    <message>
        <source>Set status</source>
        <translation>设置状态</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>草稿</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>已发送</translation>
    </message>
    <message>
        <source>Acknowledged</source>
        <translation>对方已确认</translation>
    </message>
    <message>
        <source>Complied</source>
        <translation>已照办</translation>
    </message>
    <message>
        <source>Ignored</source>
        <translation>未理睬</translation>
    </message>
    <message>
        <source>Deadlines…</source>
        <translation>期限…</translation>
    </message>
    <message>
        <source>Letters whose deadline has passed, and what is due next</source>
        <translation>已过期限的信函，以及下一步该做什么</translation>
    </message>
    <message>
        <source>Show the letter&apos;s PDF as it was saved</source>
        <translation>查看这封函件保存时的 PDF</translation>
    </message>
    <message>
        <source>Duplicate as new draft…</source>
        <translation>复制为新草稿…</translation>
    </message>
    <message>
        <source>Write a new letter with this letter&apos;s choices and text</source>
        <translation>用这封函件的选项和正文写一封新函件</translation>
    </message>
</context>
<context>
    <name>_Matching</name>
    <message>
        <source>Find in my photos…</source>
        <translation>从我的照片中查找…</translation>
    </message>
    <message>
        <source>Find which of your photos a screenshot or a screen recording shows</source>
        <translation>找出截图或录屏里用的是你的哪张照片</translation>
    </message>
    <message>
        <source>Face matching…</source>
        <translation>人脸比对…</translation>
    </message>
    <message>
        <source>Compare faces too (for face swaps): off until you turn it on</source>
        <translation>同时比对人脸（针对换脸）：默认关闭，需你自己开启</translation>
    </message>
    <message>
        <source>Find in my photos: choose screenshots or a recording</source>
        <translation>从我的照片中查找：选择截图或录屏</translation>
    </message>
    <message>
        <source>Screenshots and recordings (*.jpg *.jpeg *.png *.webp *.heic *.heif *.avif *.gif *.bmp *.mp4 *.mov *.m4v *.webm *.mkv);;All files (*)</source>
        <translation>截图和录屏 (*.jpg *.jpeg *.png *.webp *.heic *.heif *.avif *.gif *.bmp *.mp4 *.mov *.m4v *.webm *.mkv);;所有文件 (*)</translation>
    </message>
    <message>
        <source>pasted image</source>
        <translation>粘贴的图片</translation>
    </message>
    <message>
        <source>The clipboard holds no picture: copy a screenshot first.</source>
        <translation>剪贴板里没有图片：请先复制一张截图。</translation>
    </message>
    <message>
        <source>dropped image</source>
        <translation>拖入的图片</translation>
    </message>
    <message>
        <source>Import into the vault</source>
        <translation>导入保险箱</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <source>The buyer {name} still has deals ({deals}); delete or move the deals first.</source>
        <translation>买家 {name} 仍有交易（{deals}）；请先删除或转移这些交易。</translation>
    </message>
    <message>
        <source>No answer was given (input ended); nothing was changed.</source>
        <translation>没有给出回答（输入已结束）；没有任何改动。</translation>
    </message>
    <message>
        <source>Standard input ended before the answer was given.</source>
        <translation>标准输入在给出回答之前就结束了。</translation>
    </message>
    <message>
        <source>No password was given (input ended); nothing was changed.</source>
        <translation>没有输入密码（输入已结束）；没有任何改动。</translation>
    </message>
    <message>
        <source>Standard input ended before the password was given.</source>
        <translation>标准输入在给出密码之前就结束了。</translation>
    </message>
    <message>
        <source>No current password was given (input ended); nothing was changed.</source>
        <translation>没有输入当前密码（输入已结束）；没有任何改动。</translation>
    </message>
    <message>
        <source>Standard input ended before the current password was given.</source>
        <translation>标准输入在给出当前密码之前就结束了。</translation>
    </message>
    <message>
        <source>No new password was given (input ended); nothing was changed.</source>
        <translation>没有输入新密码（输入已结束）；没有任何改动。</translation>
    </message>
    <message>
        <source>Standard input ended before the new password was given.</source>
        <translation>标准输入在给出新密码之前就结束了。</translation>
    </message>
    <message>
        <source>The new password was not repeated (input ended); nothing was changed.</source>
        <translation>没有再次输入新密码（输入已结束）；没有任何改动。</translation>
    </message>
    <message>
        <source>Standard input ended before the new password was repeated.</source>
        <translation>标准输入在再次给出新密码之前就结束了。</translation>
    </message>
    <message>
        <source>No recovery key was given (input ended); nothing was changed.</source>
        <translation>没有输入恢复密钥（输入已结束）；没有任何改动。</translation>
    </message>
    <message>
        <source>Standard input ended before the recovery key was given.</source>
        <translation>标准输入在给出恢复密钥之前就结束了。</translation>
    </message>
    <message>
        <source>An empty password is refused.</source>
        <translation>不接受空密码。</translation>
    </message>
    <message>
        <source>The two passwords differ; nothing was changed.</source>
        <translation>两次输入的密码不一致；没有任何改动。</translation>
    </message>
    <message>
        <source>Nothing was deleted: standard input is not a terminal, so deleting must be confirmed with --yes.</source>
        <translation>没有删除任何内容：标准输入不是终端，删除必须用 --yes 确认。</translation>
    </message>
    <message>
        <source>{path} already exists; it was left as it is (pass --force to replace it).</source>
        <translation>{path} 已存在，未作改动（如要替换，请加 --force）。</translation>
    </message>
    <message>
        <source>The letter {id} is an unsent draft: record that it was sent first (mark-sent), then what came of it.</source>
        <translation>函件 {id} 是尚未发出的草稿：请先记录它已发出（mark-sent），再记录结果。</translation>
    </message>
    <message>
        <source>Give at least one detail to change (see set-details --help).</source>
        <translation>请至少给出一项要修改的信息（见 set-details --help）。</translation>
    </message>
    <message>
        <source>Give the image file(s) of your ID document, or --remove.</source>
        <translation>请给出身份证件的图片文件，或使用 --remove。</translation>
    </message>
    <message>
        <source>Give --backfill or --repair, not both.</source>
        <translation>请只指定 --backfill 或 --repair 其中之一。</translation>
    </message>
    <message>
        <source>Nothing was removed: standard input is not a terminal, so the removal must be confirmed with --yes.</source>
        <translation>没有清除任何文件：标准输入不是终端，清除必须用 --yes 确认。</translation>
    </message>
    <message>
        <source>The password is wrong; the vault was not opened.</source>
        <translation>密码不正确，保险箱没有打开。</translation>
    </message>
    <message>
        <source>The recovery key is wrong; the vault was not opened.</source>
        <translation>恢复密钥不正确，保险箱没有打开。</translation>
    </message>
    <message>
        <source>The remembered key is wrong; the vault was not opened.</source>
        <translation>这台电脑记住的密钥不正确，保险箱没有打开。</translation>
    </message>
    <message>
        <source>The vault header was changed outside the app (its authentication code does not match); the vault was not opened with the password. The recovery key can still open it, and then rewrites the header.</source>
        <translation>保险箱头文件在本应用之外被改动过（认证码不符）；没有用密码打开保险箱。恢复密钥仍能打开它，并会重写头文件。</translation>
    </message>
    <message>
        <source>{path} is not a Likeness Vault (it has no {header}).</source>
        <translation>{path} 不是肖像保险箱（其中没有 {header}）。</translation>
    </message>
    <message>
        <source>{path} is not a folder; a vault is a folder.</source>
        <translation>{path} 不是文件夹；保险箱是一个文件夹。</translation>
    </message>
    <message>
        <source>{path} already exists and is not empty; choose a new folder.</source>
        <translation>{path} 已存在且不为空，请选择一个新文件夹。</translation>
    </message>
    <message>
        <source>{path} is a file, not a folder; choose a new or empty folder.</source>
        <translation>{path} 是一个文件，不是文件夹；请选择一个新的或空的文件夹。</translation>
    </message>
    <message>
        <source>This vault is open in another Likeness Vault window or command; close it there first.</source>
        <translation>这个保险箱已在另一个肖像保险箱窗口或命令中打开，请先在那里关闭。</translation>
    </message>
    <message>
        <source>The vault is locked; unlock it first.</source>
        <translation>保险箱已锁定，请先解锁。</translation>
    </message>
    <message>
        <source>{path} is a folder; give the name of a file to write.</source>
        <translation>{path} 是一个文件夹；请给出要写入的文件名。</translation>
    </message>
    <message>
        <source>{name}: the image claims {width}x{height} pixels, more than any photo; it was refused as a possible decompression bomb.</source>
        <translation>{name}：这张图片声称有 {width}x{height} 像素，超过任何照片；它可能是“解压炸弹”，已拒绝。</translation>
    </message>
    <message>
        <source>{name}: the image is too large to decode safely; it was refused as a possible decompression bomb.</source>
        <translation>{name}：这张图片太大，无法安全解码；它可能是“解压炸弹”，已拒绝。</translation>
    </message>
    <message>
        <source>{name}: the image cannot be decoded (it is damaged, or a kind of image this app does not read).</source>
        <translation>{name}：无法解码这张图片（文件已损坏，或是本应用不支持的图片类型）。</translation>
    </message>
    <message>
        <source>{name}: the file is empty (0 bytes).</source>
        <translation>{name}：文件是空的（0 字节）。</translation>
    </message>
    <message>
        <source>{name}: the image is truncated (the file ends too early).</source>
        <translation>{name}：图片不完整（文件提前结束了）。</translation>
    </message>
    <message>
        <source>Likeness Vault is installed incompletely: {resource} is missing (looked in {folder}). Reinstall the app.</source>
        <translation>肖像保险箱安装不完整：缺少 {resource}（查找位置：{folder}）。请重新安装本应用。</translation>
    </message>
    <message>
        <source>The attachment kind must be one of {options}, not {value}.</source>
        <translation>附件类型必须是 {options} 之一，不能是 {value}。</translation>
    </message>
    <message>
        <source>{name}: attachments are limited to 2 GB.</source>
        <translation>{name}：附件最大为 2 GB。</translation>
    </message>
    <message>
        <source>{name} is an image of your ID document; its kind stays as it is.</source>
        <translation>{name} 是你的身份证件图片，其类型不能更改。</translation>
    </message>
    <message>
        <source>{name} is a revocation manifest the vault made; its kind stays as it is.</source>
        <translation>{name} 是保险箱生成的撤回授权清单，其类别不能更改。</translation>
    </message>
    <message>
        <source>The attachment {name} is still used by your details (ID document); remove it from there first.</source>
        <translation>附件 {name} 仍作为身份证件用于“我的信息”；请先从那里移除它。</translation>
    </message>
    <message>
        <source>The attachment {name} is still used by {count} deal(s), sighting(s) or letter(s) ({ids}); remove it from there first.</source>
        <translation>附件 {name} 仍被 {count} 条交易、发现记录或函件使用（{ids}）；请先从那里移除它。</translation>
    </message>
    <message>
        <source>{path} already exists; it was left as it is.</source>
        <translation>{path} 已存在，未作改动。</translation>
    </message>
    <message>
        <source>{name} does not match its recorded SHA-256; not exported.</source>
        <translation>{name} 与记录的 SHA-256 不符，没有导出。</translation>
    </message>
    <message>
        <source>{dest} is a file, not a folder; choose a new or empty folder.</source>
        <translation>{dest} 是文件，不是文件夹；请选择一个新的或空的文件夹。</translation>
    </message>
    <message>
        <source>{dest} is not empty; a backup goes into a new or empty folder, and nothing there was touched.</source>
        <translation>{dest} 不是空的；备份只能放进新的或空的文件夹，那里原有的内容都没有动。</translation>
    </message>
    <message>
        <source>The folder {parent} does not exist; choose a place that does.</source>
        <translation>文件夹 {parent} 不存在；请选择一个存在的位置。</translation>
    </message>
    <message>
        <source>A backup cannot go inside the vault folder (or hold it); choose another place, best a separate disk.</source>
        <translation>备份不能放在保险箱文件夹里面（也不能包含它）；请选择别的位置，最好是另一块磁盘。</translation>
    </message>
    <message>
        <source>The backup does not fit: the disk of {dest} is full. The partial copy was removed; the vault itself is unchanged.</source>
        <translation>备份放不下：{dest} 所在的磁盘已满。未完成的副本已删除；保险箱本身没有改动。</translation>
    </message>
    <message>
        <source>There is no permission to write in {dest}. Nothing of the backup was left there; the vault itself is unchanged.</source>
        <translation>没有权限写入 {dest}。那里没有留下任何备份内容；保险箱本身没有改动。</translation>
    </message>
    <message>
        <source>The disk of {dest} reported an input/output error during the backup. The partial copy was removed; the vault itself is unchanged.</source>
        <translation>备份时 {dest} 所在的磁盘报告了读写错误。未完成的副本已删除；保险箱本身没有改动。</translation>
    </message>
    <message>
        <source>The backup to {dest} failed ({reason}). The partial copy was removed; the vault itself is unchanged.</source>
        <translation>备份到 {dest} 失败（{reason}）。未完成的副本已删除；保险箱本身没有改动。</translation>
    </message>
    <message>
        <source>{name} disappeared from the vault folder during the backup; nothing was backed up (run check).</source>
        <translation>备份过程中 {name} 从保险箱文件夹里消失了；没有备份任何内容（请运行检查）。</translation>
    </message>
    <message>
        <source>The copy in {dest} did not pass its check after it was written ({what}): the disk may be failing. The copy was removed; the vault itself is unchanged.</source>
        <translation>{dest} 中的副本写入后未通过检查（{what}）：磁盘可能出了问题。副本已删除；保险箱本身没有改动。</translation>
    </message>
    <message>
        <source>There is no photo or clip with id {id} in this vault.</source>
        <translation>这个保险箱中没有编号为 {id} 的照片或视频。</translation>
    </message>
    <message>
        <source>The id {id} matches more than one photo or clip ({ids}); give more of it.</source>
        <translation>编号 {id} 对应不止一张照片或一段视频（{ids}），请多输入几位。</translation>
    </message>
    <message>
        <source>There is no buyer with id {id} in this vault.</source>
        <translation>这个保险箱中没有编号为 {id} 的买家。</translation>
    </message>
    <message>
        <source>The id {id} matches more than one buyer ({ids}); give more of it.</source>
        <translation>编号 {id} 对应不止一位买家（{ids}），请多输入几位。</translation>
    </message>
    <message>
        <source>There is no deal with id {id} in this vault.</source>
        <translation>这个保险箱中没有编号为 {id} 的交易。</translation>
    </message>
    <message>
        <source>The id {id} matches more than one deal ({ids}); give more of it.</source>
        <translation>编号 {id} 对应不止一条交易（{ids}），请多输入几位。</translation>
    </message>
    <message>
        <source>There is no attachment with id {id} in this vault.</source>
        <translation>这个保险箱中没有编号为 {id} 的附件。</translation>
    </message>
    <message>
        <source>The id {id} matches more than one attachment ({ids}); give more of it.</source>
        <translation>编号 {id} 对应不止一个附件（{ids}），请多输入几位。</translation>
    </message>
    <message>
        <source>There is no sighting with id {id} in this vault.</source>
        <translation>这个保险箱中没有编号为 {id} 的发现记录。</translation>
    </message>
    <message>
        <source>The id {id} matches more than one sighting ({ids}); give more of it.</source>
        <translation>编号 {id} 对应不止一条发现记录（{ids}），请多输入几位。</translation>
    </message>
    <message>
        <source>There is no letter with id {id} in this vault.</source>
        <translation>这个保险箱中没有编号为 {id} 的函件。</translation>
    </message>
    <message>
        <source>The id {id} matches more than one letter ({ids}); give more of it.</source>
        <translation>编号 {id} 对应不止一封函件（{ids}），请多输入几位。</translation>
    </message>
    <message>
        <source>A deal names an attachment ({id}) that is no longer recorded.</source>
        <translation>有一条交易引用的附件（{id}）已不在记录中。</translation>
    </message>
    <message>
        <source>A sighting names an attachment ({id}) that is no longer recorded.</source>
        <translation>有一条发现记录引用的附件（{id}）已不在记录中。</translation>
    </message>
    <message>
        <source>A letter names an attachment ({id}) that is no longer recorded.</source>
        <translation>有一封函件引用的附件（{id}）已不在记录中。</translation>
    </message>
    <message>
        <source>An evidence bundle is for one buyer or one sighting.</source>
        <translation>一个证据包只针对一位买家或一条发现记录。</translation>
    </message>
    <message>
        <source>The sighting names a buyer ({id}) that is no longer recorded.</source>
        <translation>这条发现记录引用的买家（{id}）已不在记录中。</translation>
    </message>
    <message>
        <source>A deal or sighting names a photo ({id}) that is no longer recorded.</source>
        <translation>有交易或发现记录引用的照片（{id}）已不在记录中。</translation>
    </message>
    <message>
        <source>{name} is missing from the vault (its file is gone).</source>
        <translation>保险箱中缺少 {name}（它的文件已不存在）。</translation>
    </message>
    <message>
        <source>{name} cannot be read (system error {code}).</source>
        <translation>无法读取 {name}（系统错误 {code}）。</translation>
    </message>
    <message>
        <source>{name} decrypts, but its SHA-256 differs from the one recorded at import.</source>
        <translation>{name} 可以解密，但它的 SHA-256 与导入时记录的不同。</translation>
    </message>
    <message>
        <source>The report language must be one of zh-CN or en, not {value}.</source>
        <translation>报告语言必须是 zh-CN 或 en，不能是 {value}。</translation>
    </message>
    <message>
        <source>{name} changed while the bundle was written; the export was abandoned.</source>
        <translation>写入证据包时 {name} 发生了变化，已放弃这次导出。</translation>
    </message>
    <message>
        <source>SHA256SUMS is not UTF-8 text.</source>
        <translation>SHA256SUMS 不是 UTF-8 文本。</translation>
    </message>
    <message>
        <source>SHA256SUMS does not end with a line break.</source>
        <translation>SHA256SUMS 的末尾没有换行符。</translation>
    </message>
    <message>
        <source>SHA256SUMS line {number} is not &apos;&lt;sha256&gt;  &lt;path&gt;&apos;.</source>
        <translation>SHA256SUMS 第 {number} 行的格式不是“&lt;sha256&gt;  &lt;路径&gt;”。</translation>
    </message>
    <message>
        <source>SHA256SUMS line {number} names an unsafe path ({path}).</source>
        <translation>SHA256SUMS 第 {number} 行写的是一个不安全的路径（{path}）。</translation>
    </message>
    <message>
        <source>SHA256SUMS lists {path} twice.</source>
        <translation>SHA256SUMS 把 {path} 列了两次。</translation>
    </message>
    <message>
        <source>The key file {path} cannot be read (system error {code}).</source>
        <translation>无法读取密钥文件 {path}（系统错误 {code}）。</translation>
    </message>
    <message>
        <source>{path} is not an Ed25519 public key in PEM form.</source>
        <translation>{path} 不是 PEM 格式的 Ed25519 公钥。</translation>
    </message>
    <message>
        <source>The expected key must be the signing key fingerprint (64 hex digits, as printed on the report&apos;s cover) or the path of a .pem public key file.</source>
        <translation>预期的密钥必须是签名密钥指纹（64 位十六进制数字，印在报告封面上），或一个 .pem 公钥文件的路径。</translation>
    </message>
    <message>
        <source>The bundle has {count} entries, more than {limit}; it was not read.</source>
        <translation>这个证据包有 {count} 个条目，超过上限 {limit}，没有读取。</translation>
    </message>
    <message>
        <source>The entry {name} would expand {ratio} times its stored size (a decompression bomb); the bundle was not read.</source>
        <translation>条目 {name} 解压后会是存储大小的 {ratio} 倍（“解压炸弹”），没有读取这个证据包。</translation>
    </message>
    <message>
        <source>The bundle has entry names that could write outside the folder it is unpacked into (absolute paths, &apos;..&apos;, backslashes, links, duplicates or control characters), so it was not read: {names}.</source>
        <translation>这个证据包中有些条目名称可能写到解压文件夹之外（绝对路径、“..”、反斜杠、链接、重名或控制字符），因此没有读取：{names}。</translation>
    </message>
    <message>
        <source>The bundle declares {size} bytes of content, more than any evidence bundle should hold (a decompression bomb?); it was not read.</source>
        <translation>这个证据包声称内容有 {size} 字节，超过任何证据包应有的大小（可能是“解压炸弹”），没有读取。</translation>
    </message>
    <message>
        <source>The bundle&apos;s entries would inflate to {size}, more than {times} times the {archive} of the ZIP file (a decompression bomb); the bundle was not read.</source>
        <translation>这个证据包的条目解压后会有 {size}，超过 ZIP 文件本身大小（{archive}）的 {times} 倍（“解压炸弹”），没有读取。</translation>
    </message>
    <message>
        <source>There is no file {path}.</source>
        <translation>没有文件 {path}。</translation>
    </message>
    <message>
        <source>{name} has an entry name marked as UTF-8 that is not valid UTF-8, so the names cannot be checked; the bundle was not read.</source>
        <translation>{name} 中有一个标为 UTF-8 的条目名称并不是有效的 UTF-8，无法检查名称，没有读取这个证据包。</translation>
    </message>
    <message>
        <source>{name} is not a readable ZIP file.</source>
        <translation>{name} 不是可读取的 ZIP 文件。</translation>
    </message>
    <message>
        <source>The bundle is signed by the key {key}, not by the expected key {expected}: whoever signed it is not the holder of the expected key.</source>
        <translation>这个证据包是用密钥 {key} 签名的，不是预期的密钥 {expected}：签名的人不是预期密钥的持有人。</translation>
    </message>
    <message>
        <source>{name} is missing from the bundle.</source>
        <translation>证据包中缺少 {name}。</translation>
    </message>
    <message>
        <source>{name} is damaged inside the ZIP.</source>
        <translation>{name} 在 ZIP 文件中已损坏。</translation>
    </message>
    <message>
        <source>{name} is larger than such a file can be.</source>
        <translation>{name} 比这类文件应有的大小还大。</translation>
    </message>
    <message>
        <source>{name} is listed in SHA256SUMS but missing.</source>
        <translation>{name} 列在 SHA256SUMS 中，但证据包里没有。</translation>
    </message>
    <message>
        <source>{name} is in the bundle but not in SHA256SUMS.</source>
        <translation>{name} 在证据包里，但没有列在 SHA256SUMS 中。</translation>
    </message>
    <message>
        <source>{name} cannot be read from the ZIP.</source>
        <translation>无法从 ZIP 文件中读取 {name}。</translation>
    </message>
    <message>
        <source>{name} was altered: its SHA-256 differs from SHA256SUMS.</source>
        <translation>{name} 被改动过：它的 SHA-256 与 SHA256SUMS 中的不同。</translation>
    </message>
    <message>
        <source>{name} is not an Ed25519 public key.</source>
        <translation>{name} 不是 Ed25519 公钥。</translation>
    </message>
    <message>
        <source>{name} is not a readable public key (altered?).</source>
        <translation>{name} 不是可读取的公钥（被改动过？）。</translation>
    </message>
    <message>
        <source>{name} is {size} bytes, not a 64-byte Ed25519 signature.</source>
        <translation>{name} 有 {size} 字节，不是 64 字节的 Ed25519 签名。</translation>
    </message>
    <message>
        <source>The signature {signature} does not match {sums} under {key}: {sums}, {signature} or the key was altered, or the key is not the one that signed.</source>
        <translation>签名 {signature} 用 {key} 验证时与 {sums} 不符：{sums}、{signature} 或密钥被改动过，或者这个密钥不是签名所用的密钥。</translation>
    </message>
    <message>
        <source>{name}: too large to process.</source>
        <translation>{name}：文件太大，无法处理。</translation>
    </message>
    <message>
        <source>{name}: the link points nowhere.</source>
        <translation>{name}：这个链接指向的文件不存在。</translation>
    </message>
    <message>
        <source>{name}: no such file or folder.</source>
        <translation>{name}：没有这个文件或文件夹。</translation>
    </message>
    <message>
        <source>{name}: not one picture could be decoded from the video (it is empty or damaged).</source>
        <translation>{name}：无法从这个视频中解码出任何画面（视频是空的或已损坏）。</translation>
    </message>
    <message>
        <source>{name}: there is no video in the file (it holds no pictures).</source>
        <translation>{name}：文件里没有视频（没有任何画面）。</translation>
    </message>
    <message>
        <source>{name}: a sound recording has no pictures to look for photos in.</source>
        <translation>{name}：这是一段录音，没有可以在其中查找照片的画面。</translation>
    </message>
    <message>
        <source>{name}: not a picture or video this app can look for photos in (JPEG, PNG, WebP, HEIC, MP4, MOV).</source>
        <translation>{name}：不是本应用能在其中查找照片的图片或视频（JPEG、PNG、WebP、HEIC、MP4、MOV）。</translation>
    </message>
    <message>
        <source>{name}: cannot be read (there is no permission to read it).</source>
        <translation>{name}：无法读取（没有读取权限）。</translation>
    </message>
    <message>
        <source>{name}: cannot be read (the file is gone).</source>
        <translation>{name}：无法读取（文件已不存在）。</translation>
    </message>
    <message>
        <source>{name}: not a file that can be read (a folder, a device or a pipe); choose the photo or video file itself.</source>
        <translation>{name}：不是可以读取的文件（是文件夹、设备或管道）；请选择照片或视频文件本身。</translation>
    </message>
    <message>
        <source>{name} is {size} MiB, more than the {limit} MiB a file to look for photos in may be; cut out the part that matters (a screenshot or a shorter clip).</source>
        <translation>{name} 有 {size} MiB，超过了用来查找照片的文件上限 {limit} MiB；请截取相关的部分（一张截图或一段更短的视频）。</translation>
    </message>
    <message>
        <source>{name} lasts {minutes} minutes, longer than the {limit} minutes a video to look for photos in may last; cut out the part that matters.</source>
        <translation>{name} 长 {minutes} 分钟，超过了用来查找照片的视频时长上限 {limit} 分钟；请截取相关的部分。</translation>
    </message>
    <message>
        <source>{name}: the video claims frames of {width}x{height} pixels, more than any screen; it was refused as a possible decompression bomb.</source>
        <translation>{name}：这个视频声称画面有 {width}x{height} 像素，超过任何屏幕；它可能是“解压炸弹”，已拒绝。</translation>
    </message>
    <message>
        <source>{name}: the video is truncated (the file ends too early).</source>
        <translation>{name}：视频不完整（文件提前结束了）。</translation>
    </message>
    <message>
        <source>{name}: the video cannot be decoded (it is damaged, or a kind of video this app does not read).</source>
        <translation>{name}：无法解码这个视频（文件已损坏，或是本应用不支持的视频类型）。</translation>
    </message>
    <message>
        <source>{name}: cannot be read (system error {code}).</source>
        <translation>{name}：无法读取（系统错误 {code}）。</translation>
    </message>
    <message>
        <source>{name}: not a photo, clip or voice sample this app can store (JPEG, PNG, WebP, HEIC, MP4, MOV, M4A, MP3, WAV, OGG).</source>
        <translation>{name}：不是本应用能保存的照片、视频或声音样本（JPEG、PNG、WebP、HEIC、MP4、MOV、M4A、MP3、WAV、OGG）。</translation>
    </message>
    <message>
        <source>{name}: the image file is larger than 256 MB; refused.</source>
        <translation>{name}：图片文件超过 256 MB，已拒绝。</translation>
    </message>
    <message>
        <source>This deal has a stated term that is still running, so ending it (Civil Code Article 1022(2)) needs a justified reason: please give it (--reason in the CLI), for example that the photos were used to train an AI model, which the deal did not allow.</source>
        <translation>这笔交易约定了期限且尚未届满，因此解除许可（《民法典》第一千零二十二条第二款）需要有正当理由：请填写理由（命令行中用 --reason），例如照片被用来训练 AI 模型，而交易并未允许这样做。</translation>
    </message>
    <message>
        <source>Unknown ground {ground}: choose from {options} (gdpr and dmca are decided from the buyer&apos;s country and the platform).</source>
        <translation>未知的依据 {ground}：请从 {options} 中选择（gdpr 和 dmca 由买家所在国家和平台决定）。</translation>
    </message>
    <message>
        <source>The reason is longer than {limit} characters.</source>
        <translation>理由超过了 {limit} 个字符。</translation>
    </message>
    <message>
        <source>The deadline must be between 1 and 365 days away.</source>
        <translation>期限必须在 1 到 365 天之间。</translation>
    </message>
    <message>
        <source>An escalation follows up a letter already sent to this buyer, and there is none: write a revocation or deletion letter first and mark it as sent.</source>
        <translation>升级投诉是对已发给这位买家的函件的跟进，但目前还没有这样的函件：请先写一份解除许可通知或删除请求，并标记为已发出。</translation>
    </message>
    <message>
        <source>A reminder follows up a letter already sent to this buyer, and there is none: write a revocation or deletion letter first and mark it as sent.</source>
        <translation>催告函是对已发给这位买家的函件的跟进，但目前还没有这样的函件：请先写一份解除许可通知或删除请求，并标记为已发出。</translation>
    </message>
    <message>
        <source>The letter kind must be one of {options}.</source>
        <translation>函件类型必须是 {options} 之一。</translation>
    </message>
    <message>
        <source>The letter language must be zh-CN or en.</source>
        <translation>函件语言必须是 zh-CN 或 en。</translation>
    </message>
    <message>
        <source>The earlier letter&apos;s deadline ({deadline}) has not passed yet; an escalation is due only after it.</source>
        <translation>上一封函件的期限（{deadline}）还没有到；期限过后才能升级投诉。</translation>
    </message>
    <message>
        <source>The earlier letter&apos;s deadline ({deadline}) has not passed yet; a reminder is due only after it.</source>
        <translation>上一封函件的期限（{deadline}）还没有到；期限过后才能发催告函。</translation>
    </message>
    <message>
        <source>There is no deal with this buyer: record what you gave them first (add-deal).</source>
        <translation>与这位买家还没有交易记录：请先记录你给了对方什么（add-deal）。</translation>
    </message>
    <message>
        <source>Say how the buyer&apos;s use goes beyond the deal (the reason), so the letter can state it.</source>
        <translation>请说明买家的使用如何超出了交易约定的范围（理由），以便函件写明。</translation>
    </message>
    <message>
        <source>The output file must end in .pdf, not {name}.</source>
        <translation>输出文件名必须以 .pdf 结尾，不能是 {name}。</translation>
    </message>
    <message>
        <source>The date it was sent must be a date written YYYY-MM-DD, not {value}.</source>
        <translation>发出日期必须按 YYYY-MM-DD 填写，不能是 {value}。</translation>
    </message>
    <message>
        <source>The channel is longer than {limit} characters.</source>
        <translation>发送方式超过了 {limit} 个字符。</translation>
    </message>
    <message>
        <source>The date it was sent ({date}) is in the future: give the day you sent it.</source>
        <translation>发出日期（{date}）在未来：请填写实际发出的那一天。</translation>
    </message>
    <message>
        <source>The date it was sent ({date}) is before the letter was written ({written}): give the day you sent it.</source>
        <translation>发出日期（{date}）早于函件的写成日期（{written}）：请填写实际发出的那一天。</translation>
    </message>
    <message>
        <source>The status must be one of {options}.</source>
        <translation>状态必须是 {options} 之一。</translation>
    </message>
    <message>
        <source>The letter {reference} was sent, so it is not an unsent draft; a letter that was sent is kept as it is.</source>
        <translation>函件 {reference} 已经发出，不再是未发出的草稿；已发出的函件会原样保留。</translation>
    </message>
    <message>
        <source>This password is too easy to guess: about 10^{guesses} guesses, and a stolen copy of the vault must withstand 10^{floor}; use four or more unrelated words, or a longer phrase of your own (Chinese is fine).</source>
        <translation>这个密码太容易被猜中：大约 10^{guesses} 次就能猜到，而保险箱副本被盗后必须能抵挡 10^{floor} 次猜测；请使用四个或更多互不相关的词，或一句自己想的较长的话（可以用中文）。</translation>
    </message>
    <message>
        <source>The platform must be one of {options}, not {value}.</source>
        <translation>平台必须是 {options} 之一，不能是 {value}。</translation>
    </message>
    <message>
        <source>The day it was seen must be a date written YYYY-MM-DD, not {value}.</source>
        <translation>发现日期必须按 YYYY-MM-DD 填写，不能是 {value}。</translation>
    </message>
    <message>
        <source>The sighting field {field} cannot be set.</source>
        <translation>发现记录的字段 {field} 不能设置。</translation>
    </message>
    <message>
        <source>Unknown sighting field: {field}.</source>
        <translation>未知的发现记录字段：{field}。</translation>
    </message>
    <message>
        <source>The notice variant must be one of {options}.</source>
        <translation>通知的类型必须是 {options} 之一。</translation>
    </message>
    <message>
        <source>A deal made on {date} covers these photos, so the notice cannot say you never consented: say instead that the licence was revoked, has expired, or does not cover this use.</source>
        <translation>{date} 的一笔交易包含这些照片，因此通知不能说你从未同意：请改为说明许可已解除、已到期，或这次使用超出了许可范围。</translation>
    </message>
    <message>
        <source>No deal covers these photos, so the notice cannot speak of a licence: say that you never licensed them.</source>
        <translation>没有交易包含这些照片，因此通知不能提及许可：请改为说明你从未许可任何人使用这些照片。</translation>
    </message>
    <message>
        <source>No revocation letter covering these photos has been sent with its deadline passed: mark the letter as sent, or give another reason.</source>
        <translation>还没有发出过包含这些照片、且期限已过的解除许可通知：请先把该通知标记为已发出，或改选其他理由。</translation>
    </message>
    <message>
        <source>No deal covering these photos has a term that has ended: give another reason.</source>
        <translation>包含这些照片的交易都没有到期：请改选其他理由。</translation>
    </message>
    <message>
        <source>A takedown notice needs at least one link (--url) to the content.</source>
        <translation>侵权通知至少需要一个指向侵权内容的链接（--url）。</translation>
    </message>
    <message>
        <source>At most {count} links of up to 2000 characters each.</source>
        <translation>最多 {count} 个链接，每个不超过 2000 个字符。</translation>
    </message>
    <message>
        <source>The {ground} ground binds the handler of your data or the AI provider, not a platform: put it in a deletion letter to the buyer instead.</source>
        <translation>依据 {ground} 约束的是处理你个人信息的一方或 AI 服务提供者，而不是平台：请把它写进发给买家的删除请求中。</translation>
    </message>
    <message>
        <source>Unknown ground {ground}: choose from {options} (dmca is decided from the platform&apos;s country and --own-photos).</source>
        <translation>未知的依据 {ground}：请从 {options} 中选择（dmca 由平台所在国家和 --own-photos 决定）。</translation>
    </message>
    <message>
        <source>The price must be a number such as 30 or 19.90, not {value}.</source>
        <translation>价格必须是数字，例如 30 或 19.90，不能是 {value}。</translation>
    </message>
    <message>
        <source>The price must be zero or more.</source>
        <translation>价格必须大于或等于零。</translation>
    </message>
    <message>
        <source>A value that is not text was given where text is needed.</source>
        <translation>这里需要文字，但给出的不是文字。</translation>
    </message>
    <message>
        <source>A text of {length} characters is longer than the {limit} allowed; it begins “{start}”.</source>
        <translation>一段 {length} 个字符的文字超过了允许的 {limit} 个字符；它的开头是“{start}”。</translation>
    </message>
    <message>
        <source>The text “{start}” contains bytes that are not valid text; type it again in UTF-8.</source>
        <translation>文字“{start}”中有无效的字节；请用 UTF-8 重新输入。</translation>
    </message>
    <message>
        <source>The link must be a web address that starts with http:// or https:// and names the site, such as https://www.douyin.com/video/123, not {value}.</source>
        <translation>链接必须是以 http:// 或 https:// 开头、带有网站名的网址，例如 https://www.douyin.com/video/123，不能是 {value}。</translation>
    </message>
    <message>
        <source>This computer does not remember this vault; type the password.</source>
        <translation>这台电脑没有记住这个保险箱，请输入密码。</translation>
    </message>
    <message>
        <source>Unknown performer field(s): {fields}.</source>
        <translation>未知的个人信息字段：{fields}。</translation>
    </message>
    <message>
        <source>Give at most 4 images of the ID document (front and back).</source>
        <translation>身份证件最多 4 张图片（正面和背面）。</translation>
    </message>
    <message>
        <source>{name} is not an image: the ID document must be a photo or scan (JPEG, PNG or HEIC), so that it can be printed on the notice.</source>
        <translation>{name} 不是图片：身份证件必须是照片或扫描件（JPEG、PNG 或 HEIC），才能印在通知上。</translation>
    </message>
    <message>
        <source>{name}: not a JPEG, PNG, WebP or HEIC photo.</source>
        <translation>{name}：不是 JPEG、PNG、WebP 或 HEIC 格式的照片。</translation>
    </message>
    <message>
        <source>These photo fields cannot be edited: {fields}.</source>
        <translation>这些照片字段不能修改：{fields}。</translation>
    </message>
    <message>
        <source>The country must be a two-letter code such as CN, US or DE, not {value}.</source>
        <translation>国家必须是两个字母的代码，例如 CN、US 或 DE，不能是 {value}。</translation>
    </message>
    <message>
        <source>The buyer field {field} cannot be set.</source>
        <translation>买家的字段 {field} 不能设置。</translation>
    </message>
    <message>
        <source>A buyer needs a name (the nickname you know them by).</source>
        <translation>买家需要一个名字（你所知道的对方昵称）。</translation>
    </message>
    <message>
        <source>Unknown buyer field: {field}.</source>
        <translation>未知的买家字段：{field}。</translation>
    </message>
    <message>
        <source>The buyer {name} still has deals ({ids}); delete or move the deals first.</source>
        <translation>买家 {name} 还有交易（{ids}）；请先删除这些交易或把它们移到其他买家名下。</translation>
    </message>
    <message>
        <source>The deal date must be a date written YYYY-MM-DD, not {value}.</source>
        <translation>交易日期必须按 YYYY-MM-DD 填写，不能是 {value}。</translation>
    </message>
    <message>
        <source>The end of the term must be a date written YYYY-MM-DD, not {value}.</source>
        <translation>期限截止日期必须按 YYYY-MM-DD 填写，不能是 {value}。</translation>
    </message>
    <message>
        <source>The currency must be a three-letter code such as CNY or USD, not {value}.</source>
        <translation>币种必须是三个字母的代码，例如 CNY 或 USD，不能是 {value}。</translation>
    </message>
    <message>
        <source>The term must be one of {options}, not {value}.</source>
        <translation>期限必须是 {options} 之一，不能是 {value}。</translation>
    </message>
    <message>
        <source>The AI training choice must be one of {options}, not {value}.</source>
        <translation>“AI 训练”一项必须是 {options} 之一，不能是 {value}。</translation>
    </message>
    <message>
        <source>The resale choice must be one of {options}, not {value}.</source>
        <translation>“转售”一项必须是 {options} 之一，不能是 {value}。</translation>
    </message>
    <message>
        <source>Exclusivity must be one of {options}, not {value}.</source>
        <translation>“独家”一项必须是 {options} 之一，不能是 {value}。</translation>
    </message>
    <message>
        <source>The deal field {field} cannot be set.</source>
        <translation>交易的字段 {field} 不能设置。</translation>
    </message>
    <message>
        <source>A term &apos;until a date&apos; needs that date.</source>
        <translation>期限为“至某一日期”时需要填写该日期。</translation>
    </message>
    <message>
        <source>An end date is only given with the term &apos;until a date&apos;.</source>
        <translation>只有期限为“至某一日期”时才填写截止日期。</translation>
    </message>
    <message>
        <source>The term ends before the deal was made.</source>
        <translation>期限的截止日期早于交易日期。</translation>
    </message>
    <message>
        <source>A deal covers at least one photo or clip.</source>
        <translation>一笔交易至少要包含一张照片或一段视频。</translation>
    </message>
    <message>
        <source>Unknown deal field: {field}.</source>
        <translation>未知的交易字段：{field}。</translation>
    </message>
    <message>
        <source>{path} already exists; it was left as it is (choose a name).</source>
        <translation>{path} 已存在，未作改动（请换一个文件名）。</translation>
    </message>
    <message>
        <source>{text} is not a date: type it as year-month-day, like 2024-03-01.</source>
        <translation>“{text}”不是日期：请按“年-月-日”输入，例如 2024-03-01。</translation>
    </message>
    <message>
        <source>A date is needed here: type it like 2024-03-01.</source>
        <translation>这里需要填写日期，例如 2024-03-01。</translation>
    </message>
    <message>
        <source>{day} is too early: the earliest day is {minimum}.</source>
        <translation>{day} 太早了：最早只能是 {minimum}。</translation>
    </message>
    <message>
        <source>{day} is too late: the latest day is {maximum}.</source>
        <translation>{day} 太晚了：最晚只能是 {maximum}。</translation>
    </message>
    <message>
        <source>The vault header was refused before deriving any key: the key derivation parameter {name}={value} is outside the safe range {low}..{high}.</source>
        <translation>保险箱头文件在派生任何密钥之前就被拒绝了：密钥派生参数 {name}={value} 超出了安全范围 {low}..{high}。</translation>
    </message>
    <message>
        <source>The vault header was refused before deriving any key: the key derivation memory is too small for its lanes.</source>
        <translation>保险箱头文件在派生任何密钥之前就被拒绝了：密钥派生的内存对其并行通道数来说太小。</translation>
    </message>
    <message>
        <source>The vault header was refused before deriving any key: the key derivation asks for {memory} MiB, {passes} passes, {lanes} lane(s), more than 4 times the work of the default ({default_memory} MiB, {default_passes} passes, {default_lanes} lanes).</source>
        <translation>保险箱头文件在派生任何密钥之前就被拒绝了：密钥派生要求 {memory} MiB 内存、{passes} 轮、{lanes} 个并行通道，工作量超过默认设置（{default_memory} MiB、{default_passes} 轮、{default_lanes} 个并行通道）的 4 倍。</translation>
    </message>
    <message>
        <source>The vault header field {field} is not valid base64 text.</source>
        <translation>保险箱头文件的字段 {field} 不是有效的 base64 文本。</translation>
    </message>
    <message>
        <source>The vault header field {field} has the wrong length.</source>
        <translation>保险箱头文件的字段 {field} 长度不对。</translation>
    </message>
    <message>
        <source>The vault header field &apos;{field}&apos; is missing or of the wrong type.</source>
        <translation>保险箱头文件的字段“{field}”缺失或类型不对。</translation>
    </message>
    <message>
        <source>A keyslot in the vault header is not an object.</source>
        <translation>保险箱头文件中的一个密钥槽不是对象。</translation>
    </message>
    <message>
        <source>The vault header names an unknown password key derivation.</source>
        <translation>保险箱头文件指定了未知的密码密钥派生方法。</translation>
    </message>
    <message>
        <source>The vault header names an unknown recovery key derivation.</source>
        <translation>保险箱头文件指定了未知的恢复密钥派生方法。</translation>
    </message>
    <message>
        <source>The vault header has a keyslot of unknown type &apos;{type}&apos;.</source>
        <translation>保险箱头文件中有一个未知类型“{type}”的密钥槽。</translation>
    </message>
    <message>
        <source>The vault header is larger than any real header; it was refused.</source>
        <translation>保险箱头文件比任何真实的头文件都大，已拒绝。</translation>
    </message>
    <message>
        <source>The vault header is not readable JSON.</source>
        <translation>保险箱头文件不是可读的 JSON。</translation>
    </message>
    <message>
        <source>The vault header is not a JSON object.</source>
        <translation>保险箱头文件不是 JSON 对象。</translation>
    </message>
    <message>
        <source>The vault header is damaged (its checksum does not match).</source>
        <translation>保险箱头文件已损坏（校验和不符）。</translation>
    </message>
    <message>
        <source>This file is not a Likeness Vault header.</source>
        <translation>这个文件不是肖像保险箱的头文件。</translation>
    </message>
    <message>
        <source>The vault header has no format version.</source>
        <translation>保险箱头文件没有格式版本。</translation>
    </message>
    <message>
        <source>This vault uses format version {version}, newer than this app understands ({known}); update Likeness Vault to open it.</source>
        <translation>这个保险箱使用第 {version} 版格式，比本应用能识别的（第 {known} 版）更新；请升级肖像保险箱后再打开。</translation>
    </message>
    <message>
        <source>The vault header names an impossible format version {version}.</source>
        <translation>保险箱头文件写着一个不可能的格式版本 {version}。</translation>
    </message>
    <message>
        <source>The vault header&apos;s vault_id is not a UUID.</source>
        <translation>保险箱头文件中的 vault_id 不是 UUID。</translation>
    </message>
    <message>
        <source>The vault header has an impossible number of keyslots.</source>
        <translation>保险箱头文件中的密钥槽数量不可能成立。</translation>
    </message>
    <message>
        <source>The vault header&apos;s mac is not hexadecimal.</source>
        <translation>保险箱头文件中的 mac 不是十六进制。</translation>
    </message>
    <message>
        <source>The vault index {name} is truncated.</source>
        <translation>保险箱索引 {name} 不完整。</translation>
    </message>
    <message>
        <source>The vault index {name} does not start like an index.</source>
        <translation>保险箱索引 {name} 的开头不像索引文件。</translation>
    </message>
    <message>
        <source>The vault index {name} is damaged (it claims format version {version}).</source>
        <translation>保险箱索引 {name} 已损坏（它声称是第 {version} 版格式）。</translation>
    </message>
    <message>
        <source>The vault index {name} is damaged (it fails its authentication check).</source>
        <translation>保险箱索引 {name} 已损坏（未通过认证校验）。</translation>
    </message>
    <message>
        <source>The vault index {name} is impossibly large.</source>
        <translation>保险箱索引 {name} 大得不可能。</translation>
    </message>
    <message>
        <source>The vault index {name} does not hold records.</source>
        <translation>保险箱索引 {name} 中没有记录。</translation>
    </message>
    <message>
        <source>{name} is truncated.</source>
        <translation>{name} 不完整。</translation>
    </message>
    <message>
        <source>{name} is truncated (its file is shorter than a header).</source>
        <translation>{name} 不完整（它的文件比文件头还短）。</translation>
    </message>
    <message>
        <source>{name} is damaged (its file does not start like a vault object).</source>
        <translation>{name} 已损坏（它的文件开头不像保险箱中的加密项目）。</translation>
    </message>
    <message>
        <source>{name} is damaged (its file belongs to another item).</source>
        <translation>{name} 已损坏（它的文件属于另一个项目）。</translation>
    </message>
    <message>
        <source>{name} is damaged (impossible chunk size).</source>
        <translation>{name} 已损坏（分块大小不可能成立）。</translation>
    </message>
    <message>
        <source>{name} is damaged (part {part} of {count} fails its authentication check).</source>
        <translation>{name} 已损坏（第 {part} 块，共 {count} 块，未通过认证校验）。</translation>
    </message>
    <message>
        <source>The keyring package is not installed.</source>
        <translation>没有安装 keyring 软件包。</translation>
    </message>
    <message>
        <source>No operating-system secret store is available here (found only {names}); &apos;remember on this computer&apos; is off, because the other stores keep secrets in plain files or not at all.</source>
        <translation>这里没有可用的操作系统密钥库（只找到 {names}）；“在这台电脑上记住”已关闭，因为其他存储方式会把密钥存成普通文件，或根本不保存。</translation>
    </message>
    <message>
        <source>The secret store refused to keep the key ({reason}).</source>
        <translation>系统密钥库拒绝保存该密钥（{reason}）。</translation>
    </message>
    <message>
        <source>The secret store could not be read ({reason}).</source>
        <translation>无法读取系统密钥库（{reason}）。</translation>
    </message>
    <message>
        <source>The vault index names no valid schema version.</source>
        <translation>保险箱索引中没有有效的记录格式版本。</translation>
    </message>
    <message>
        <source>This vault was saved by a newer Likeness Vault (records version {version}, this app reads up to {known}); update the app to open it.</source>
        <translation>这个保险箱由更新版本的肖像保险箱保存（记录格式第 {version} 版，本应用最多能读第 {known} 版）；请升级本应用后再打开。</translation>
    </message>
    <message>
        <source>{name} in the vault folder is a link to another place; nothing was read, written or deleted through it (replace the link by the real file or folder).</source>
        <translation>保险箱文件夹中的 {name} 是指向别处的链接；没有通过它读取、写入或删除任何内容（请用真正的文件或文件夹替换这个链接）。</translation>
    </message>
    <message>
        <source>The disk is full; nothing was changed ({name} could not be written).</source>
        <translation>磁盘已满；没有任何改动（无法写入 {name}）。</translation>
    </message>
    <message>
        <source>The file system refused a file this large ({name}); nothing was changed.</source>
        <translation>文件系统拒绝了这么大的文件（{name}）；没有任何改动。</translation>
    </message>
    <message>
        <source>There is no permission to write {path}; nothing was changed.</source>
        <translation>没有写入 {path} 的权限；没有任何改动。</translation>
    </message>
    <message>
        <source>The disk reported an input/output error while writing {name}; nothing was changed.</source>
        <translation>写入 {name} 时磁盘报告了输入/输出错误；没有任何改动。</translation>
    </message>
    <message>
        <source>The folder {folder} does not exist; nothing was changed.</source>
        <translation>文件夹 {folder} 不存在；没有任何改动。</translation>
    </message>
    <message>
        <source>The name {name} is too long for this disk; nothing was changed.</source>
        <translation>名称 {name} 对这个磁盘来说太长；没有任何改动。</translation>
    </message>
    <message>
        <source>Writing {name} failed (system error {code}); nothing was changed.</source>
        <translation>写入 {name} 失败（系统错误 {code}）；没有任何改动。</translation>
    </message>
    <message>
        <source>{name} in the vault folder is not a regular file; the vault was not opened.</source>
        <translation>保险箱文件夹中的 {name} 不是普通文件；保险箱没有打开。</translation>
    </message>
    <message>
        <source>vault header</source>
        <translation>保险箱头文件</translation>
    </message>
    <message>
        <source>A vault needs a password; an empty one is refused.</source>
        <translation>保险箱需要密码，不接受空密码。</translation>
    </message>
    <message>
        <source>Both copies of the vault header ({header} and {backup}) are damaged or unreadable; the vault cannot be unlocked.</source>
        <translation>保险箱头文件的两份副本（{header} 和 {backup}）都已损坏或无法读取；保险箱无法解锁。</translation>
    </message>
    <message>
        <source>The new password is empty; it was refused.</source>
        <translation>新密码是空的，已拒绝。</translation>
    </message>
    <message>
        <source>The vault was opened with the recovery key; open it with the password to remember it on this computer.</source>
        <translation>保险箱是用恢复密钥打开的；要让这台电脑记住它，请用密码打开。</translation>
    </message>
    <message>
        <source>The vault did not open its newest saved state; a rekey would drop it. Run check first; nothing was changed.</source>
        <translation>保险箱没有打开最新的已保存状态，更换保险箱密钥会丢掉它。请先运行检查；没有任何改动。</translation>
    </message>
    <message>
        <source>{count} encrypted item(s) are not in the newest saved state; a rekey would make them unreadable for good. Restore the missing save, or remove them with clean first; nothing was changed.</source>
        <translation>有 {count} 个加密项目不在最新的已保存状态中，更换保险箱密钥会让它们永远无法读取。请先恢复缺少的那次保存，或先用清除残留文件把它们删掉；没有任何改动。</translation>
    </message>
    <message>
        <source>{name} decrypts, but its SHA-256 differs from the record; the vault key was not changed (run check).</source>
        <translation>{name} 能解密，但它的 SHA-256 与记录不符；保险箱密钥没有更换（请运行检查）。</translation>
    </message>
    <message>
        <source>The vault index {name} was renamed or swapped.</source>
        <translation>保险箱索引 {name} 被改名或调换过。</translation>
    </message>
    <message>
        <source>The vault has no index (its records file is missing); it cannot be opened.</source>
        <translation>保险箱没有索引（记录文件缺失），无法打开。</translation>
    </message>
    <message>
        <source>Every saved generation of the vault index is damaged: {names}.</source>
        <translation>保险箱索引的每一个已保存版本都已损坏：{names}。</translation>
    </message>
    <message>
        <source>This vault was opened read-only (to verify a copy of it); nothing in it can be changed.</source>
        <translation>这个保险箱以只读方式打开（用于校验它的副本）；其中的内容都不能修改。</translation>
    </message>
    <message>
        <source>Leftover files cannot be removed while a saved state of the vault cannot be read ({names}): they may belong to it; nothing was removed.</source>
        <translation>保险箱有已保存状态无法读取（{names}），这时不能清除残留文件：它们可能属于那个状态；没有清除任何文件。</translation>
    </message>
    <message>
        <source>photo {name} ({id})</source>
        <translation>照片 {name}（{id}）</translation>
    </message>
    <message>
        <source>clip {name} ({id})</source>
        <translation>视频 {name}（{id}）</translation>
    </message>
    <message>
        <source>voice {name} ({id})</source>
        <translation>语音 {name}（{id}）</translation>
    </message>
    <message>
        <source>thumbnail of photo {name} ({id})</source>
        <translation>照片 {name}（{id}）的缩略图</translation>
    </message>
    <message>
        <source>thumbnail of clip {name} ({id})</source>
        <translation>视频 {name}（{id}）的缩略图</translation>
    </message>
    <message>
        <source>thumbnail of voice {name} ({id})</source>
        <translation>语音 {name}（{id}）的缩略图</translation>
    </message>
    <message>
        <source>matching data {key} of photo {name} ({id})</source>
        <translation>照片 {name}（{id}）的比对数据 {key}</translation>
    </message>
    <message>
        <source>attachment {name} ({id})</source>
        <translation>附件 {name}（{id}）</translation>
    </message>
    <message>
        <source>PDF of the letter ({id})</source>
        <translation>函件（{id}）的 PDF</translation>
    </message>
    <message>
        <source>the photo search index</source>
        <translation>照片搜索索引</translation>
    </message>
    <message>
        <source>The manifest {name} does not hold (see above); no image was checked against it.</source>
        <translation>清单 {name} 未通过核验（见上文），没有用它比对任何图片。</translation>
    </message>
    <message>
        <source>{name} shows none of the photos in this vault; no sighting was recorded.</source>
        <translation>{name} 中没有找到此保险箱里的任何照片；没有保存发现记录。</translation>
    </message>
    <message>
        <source>Face matching is not available in this installation: dlib or its face model files are missing.</source>
        <translation>此安装无法使用人脸比对：缺少人脸识别组件或其模型文件。</translation>
    </message>
    <message>
        <source>Face detection stopped unexpectedly: its helper process ended (perhaps out of memory). Nothing was changed; try again.</source>
        <translation>人脸检测意外中止：其辅助进程已结束（可能是内存不足）。没有做任何更改，请重试。</translation>
    </message>
    <message>
        <source>Face detection was stopped before it finished (the vault was locked).</source>
        <translation>人脸检测在完成前被停止（保险箱已锁定）。</translation>
    </message>
    <message>
        <source>Face detection failed on this picture (it may be too large); nothing was changed.</source>
        <translation>这张图片的人脸检测失败（图片可能过大）；没有做任何更改。</translation>
    </message>
    <message>
        <source>The face model files could not be loaded; reinstall Likeness Vault to repair them.</source>
        <translation>无法加载人脸模型文件；请重新安装肖像保险箱以修复。</translation>
    </message>
    <message>
        <source>Unknown scope {scope}: choose from {options} (comma-separated).</source>
        <translation>未知的范围 {scope}：请从 {options} 中选择（用逗号分隔）。</translation>
    </message>
    <message>
        <source>Name at least one use the consent is withdrawn for: {options}.</source>
        <translation>请至少选择一项撤回授权的用途：{options}。</translation>
    </message>
    <message>
        <source>Your chosen name is not set: a manifest says whose likeness it is. Add it to your details first (--display-name in the CLI).</source>
        <translation>你还没有填写常用名：清单需要说明这是谁的肖像。请先在你的资料中填写（命令行：--display-name）。</translation>
    </message>
    <message>
        <source>Your legal name is not recorded, so it cannot be put in the manifest: add it to your details, or leave the legal name out.</source>
        <translation>你的资料中没有真实姓名，无法写入清单：请先填写，或不加入真实姓名。</translation>
    </message>
    <message>
        <source>A manifest needs a contact for replies, and your details have no e-mail address or phone number: add one, or give the contact (--contact in the CLI).</source>
        <translation>清单需要一个回复联系方式，而你的资料中没有电子邮箱或电话号码：请填写一个，或直接给出联系方式（命令行：--contact）。</translation>
    </message>
    <message>
        <source>The contact is longer than {limit} characters.</source>
        <translation>联系方式超过 {limit} 个字符。</translation>
    </message>
    <message>
        <source>The withdrawal date must be a date such as 2026-12-01, not {value}.</source>
        <translation>撤回生效日期必须是 2026-12-01 这样的日期，而不是 {value}。</translation>
    </message>
    <message>
        <source>Face embeddings exist only while face matching is on; turn it on first (it computes them), or make the manifest without them.</source>
        <translation>人脸特征向量只在人脸比对开启时存在：请先开启人脸比对（开启后会计算它们），或生成不含人脸特征向量的清单。</translation>
    </message>
    <message>
        <source>No photos are recorded as delivered to {name}: there is nothing to put in a manifest.</source>
        <translation>没有记录交付给 {name} 的照片：清单中没有可列出的内容。</translation>
    </message>
    <message>
        <source>The vault has no photos: there is nothing to put in a manifest.</source>
        <translation>保险箱中没有照片：清单中没有可列出的内容。</translation>
    </message>
    <message>
        <source>{name} names the member {member} twice in one object; it was refused (readers would disagree on which value counts).</source>
        <translation>{name} 在同一对象中两次出现成员 {member}，已拒绝读取（不同的读取程序会对哪个值有效产生分歧）。</translation>
    </message>
    <message>
        <source>The manifest&apos;s {where} {what}.</source>
        <translation>清单的 {where}：{what}。</translation>
    </message>
    <message>
        <source>The manifest was cancelled; no file was written.</source>
        <translation>已取消生成清单，没有写入任何文件。</translation>
    </message>
    <message>
        <source>The face data of {name} is damaged; no manifest was written (turning face matching off and on computes it again).</source>
        <translation>{name} 的人脸数据已损坏，没有生成清单（关闭再开启人脸比对会重新计算）。</translation>
    </message>
    <message>
        <source>{path} is a folder, not a manifest file.</source>
        <translation>{path} 是文件夹，不是清单文件。</translation>
    </message>
    <message>
        <source>The file {path} cannot be read.</source>
        <translation>无法读取文件 {path}。</translation>
    </message>
    <message>
        <source>{name} is larger than any revocation manifest; it was not read.</source>
        <translation>{name} 比任何撤回授权清单都大，未读取。</translation>
    </message>
    <message>
        <source>{name} is not a JSON document (UTF-8).</source>
        <translation>{name} 不是 JSON 文档（UTF-8）。</translation>
    </message>
    <message>
        <source>The fingerprint written in the manifest, {written}, is not the one of its public key, {actual}.</source>
        <translation>清单中写明的指纹 {written} 与其公钥的指纹 {actual} 不符。</translation>
    </message>
    <message>
        <source>The signature does not match the manifest under the key it names: the manifest was altered after it was signed, or signed by another key.</source>
        <translation>按清单所列的密钥，签名与清单不符：清单在签名后被改动过，或是由其他密钥签名的。</translation>
    </message>
    <message>
        <source>The manifest is signed by the key {key}, not by the expected key {expected}: whoever signed it is not the holder of the expected key.</source>
        <translation>该清单由密钥 {key} 签名，而不是预期的密钥 {expected}：签名者并非预期密钥的持有人。</translation>
    </message>
    <message>
        <source>{name} is larger than any photo ({size} bytes); not read.</source>
        <translation>{name} 比任何照片都大（{size} 字节），未读取。</translation>
    </message>
    <message>
        <source>{name} could not be read (the decoder failed on it); the other files were searched.</source>
        <translation>无法读取 {name}（解码器处理它时出错）；其他文件已照常搜索。</translation>
    </message>
    <message>
        <source>{name} ({id}) is left out of the search: its stored search data is damaged (check the vault).</source>
        <translation>{name}（{id}）未参与搜索：它保存的搜索数据已损坏（请检查保险箱）。</translation>
    </message>
    <message>
        <source>Face matching is off in this vault. Turn it on first (in the app: Sightings, Face matching…; from a script: the command face-matching); the faces of your photos are then indexed.</source>
        <translation>此保险箱未开启人脸比对。请先开启（应用内：发现记录页面的“人脸比对…”；脚本：face-matching 命令），之后会为你的照片建立人脸索引。</translation>
    </message>
    <message>
        <source>The faces of {name} ({id}) are left out of the search: their stored data is damaged (check the vault).</source>
        <translation>{name}（{id}）的人脸未参与搜索：保存的人脸数据已损坏（请检查保险箱）。</translation>
    </message>
    <message>
        <source>--deal makes a new contract from the deal&apos;s recorded terms; change the terms with edit-deal, not with --{option}.</source>
        <translation>--deal 按交易已记录的条件生成新版协议；修改条件请用 edit-deal，不要用 --{option}。</translation>
    </message>
    <message>
        <source>A new contract needs --{option} (or --deal for an existing deal).</source>
        <translation>生成新协议需要 --{option}（已有的交易请用 --deal）。</translation>
    </message>
    <message>
        <source>A new contract with a price needs --payment: how and when it is paid.</source>
        <translation>有价格的新协议需要 --payment：写明怎样、何时付款。</translation>
    </message>
    <message>
        <source>C2PA signing is not available in this version; deliver without --c2pa.</source>
        <translation>此版本无法进行 C2PA 签名；请不加 --c2pa 交付。</translation>
    </message>
    <message>
        <source>The permitted uses must be a list of {options}.</source>
        <translation>许可用途必须是以下各项的列表：{options}。</translation>
    </message>
    <message>
        <source>Unknown permitted use {value}; the uses are {options}.</source>
        <translation>未知的许可用途 {value}；可选的用途有：{options}。</translation>
    </message>
    <message>
        <source>A contract names you by your legal name: enter it in your details first.</source>
        <translation>授权协议要写明你的真实姓名：请先在“我的资料”里填写。</translation>
    </message>
    <message>
        <source>A contract states the price: give it, 0 for none.</source>
        <translation>授权协议要写明价格：请填写，没有费用就填 0。</translation>
    </message>
    <message>
        <source>A contract states whether the buyer may train AI models with the photos: choose yes or no.</source>
        <translation>授权协议要写明买家能否用这些照片训练AI模型：请选择是或否。</translation>
    </message>
    <message>
        <source>A contract states how long the licence runs: give an end date, or choose no end date.</source>
        <translation>授权协议要写明许可期限：请填写结束日期，或选择不设结束日期。</translation>
    </message>
    <message>
        <source>A contract states what the photos may be used for: choose the uses.</source>
        <translation>授权协议要写明照片可以用于什么：请选择用途。</translation>
    </message>
    <message>
        <source>The use “other” needs its text: say what the other use is.</source>
        <translation>选择了“其他用途”，就要写明是什么用途。</translation>
    </message>
    <message>
        <source>A contract states how and when the price is paid: choose the payment terms.</source>
        <translation>协议要写明价款怎样、何时支付：请选择付款方式。</translation>
    </message>
    <message>
        <source>The contract date {date} is after today ({today}): a contract is dated the day it is made or earlier.</source>
        <translation>协议日期 {date} 在今天（{today}）之后：协议的日期只能是签订当天或更早。</translation>
    </message>
    <message>
        <source>The licence would end on {until}, before the contract date {date}: give an end date on or after it.</source>
        <translation>许可将于 {until} 结束，早于协议日期 {date}：请填写不早于协议日期的结束日期。</translation>
    </message>
    <message>
        <source>The contract language must be one of {options}.</source>
        <translation>协议语言必须是以下之一：{options}。</translation>
    </message>
    <message>
        <source>The deal covers no photo: a contract needs one.</source>
        <translation>这笔交易不含任何照片：授权协议至少需要一张。</translation>
    </message>
    <message>
        <source>Photo {name} has been delivered to {count} deals already: every code that tells its copies apart is taken.</source>
        <translation>照片 {name} 已交付给 {count} 个交易：能区分各份副本的编码已全部用完。</translation>
    </message>
    <message>
        <source>{path} is a file, not a folder; it was left as it is.</source>
        <translation>{path} 是一个文件，不是文件夹；未作改动。</translation>
    </message>
    <message>
        <source>The deal {deal} has no photos to deliver.</source>
        <translation>交易 {deal} 没有可交付的照片。</translation>
    </message>
    <message>
        <source>The payment terms must be one of {options}, not {value}.</source>
        <translation>付款方式必须是 {options} 之一，不能是 {value}。</translation>
    </message>
    <message>
        <source>The date of payment must be a date written YYYY-MM-DD, not {value}.</source>
        <translation>付款日期必须写成 YYYY-MM-DD 格式，不能是 {value}。</translation>
    </message>
    <message>
        <source>The price cannot already have been paid on {date}: that day is after today.</source>
        <translation>价款不可能已于 {date} 付清：那一天在今天之后。</translation>
    </message>
    <message>
        <source>The days to pay must be a whole number from 1 to {max}, not {value}.</source>
        <translation>付款天数必须是 1 到 {max} 之间的整数，不能是 {value}。</translation>
    </message>
    <message>
        <source>Payment within days of delivery needs the number of days.</source>
        <translation>选择交付后若干日内付款，需要写明天数。</translation>
    </message>
    <message>
        <source>A number of days to pay is only given with payment within days.</source>
        <translation>只有选择交付后若干日内付款时，才填写付款天数。</translation>
    </message>
    <message>
        <source>A price already paid needs the date it was paid.</source>
        <translation>已经付清的价款需要写明付款日期。</translation>
    </message>
    <message>
        <source>A date of payment is only given when the price was already paid.</source>
        <translation>只有价款已经付清时，才填写付款日期。</translation>
    </message>
    <message>
        <source>Payment in instalments or in another way needs its text: say how and when the price is paid.</source>
        <translation>分期支付或其他付款方式需要文字说明：写明怎样、何时付款。</translation>
    </message>
    <message>
        <source>A payment text is only given with payment in instalments or in another way.</source>
        <translation>只有分期支付或其他付款方式才填写付款说明。</translation>
    </message>
</context>
</TS>
